"""A link to a list of articles printed in the header ('特集一覧', '>>過去記事一覧', 'All stories',
'Alle Artikel', 'Tous les articles'): a topic page's or a photo strip's block ends there, and the
article's headline is printed after it. The lines above such a link (the topic's name, its blurb,
the teasers) are never the headline when a title-shaped line follows it.

Bound: one anchored regular expression over each header line, linear in the line.
"""

from __future__ import annotations

import re

from generator.ingest.model import Block

_ALL = (
    r"all\s+(?:stories|articles|news)|more\s+(?:stories|articles)|alle\s+(?:artikel|nachrichten|meldungen)"
    r"|tous\s+les\s+articles|toutes\s+les\s+actualités|todas\s+las\s+noticias|todos\s+los\s+artículos"
    r"|tutte\s+le\s+notizie|tutti\s+gli\s+articoli|alle\s+artikelen|alle\s+berichten|todas\s+as\s+notícias"
)
_JA_LIST = r"(?:過去の?|最新|関連|全|他の)?(?:記事|特集|ニュース|連載|写真|動画|コラム)一覧"
_LIST_LINK = re.compile(rf"^[>＞»›\s]*(?:{_JA_LIST}|(?i:{_ALL}))[\s>＞»›→]*$")


def is_list_link(text: str) -> bool:
    """A line that is only a link to a list of articles (see the module)."""
    return _LIST_LINK.match(text.strip()) is not None


def after_list_link(lines: list[tuple[int, Block]]) -> list[tuple[int, Block]]:
    """The header lines after its last link to a list of articles; all of them without one."""
    links = [position for position, (_, block) in enumerate(lines) if is_list_link(block.text)]
    return lines[links[-1] + 1 :] if links else lines
