"""An accessibility skip link: the line a page prints first for screen readers, offering to jump
past its menus to the text ('Skip to main content', 'Zum Inhalt springen', 'Aller au contenu',
'本文へスキップ', 'メインメニューをとばして、このページの本文エリアへ'). It is never the headline.

Such a line among the page's first `SKIP_SEARCH` lines is taken out before the header is read
(a removal the dry run shows), so that the header starts at the page's own lines. A skip link is
a short line made of a verb of jumping or going and the page's content (or navigation) as its
object, in the eight languages of the page furniture, and nothing else.

Bound: one anchored regular expression over each of at most `SKIP_SEARCH` lines of at most
`SKIP_MAX_CHARS` characters, linear in them.
"""

from __future__ import annotations

import re

from generator.ingest.model import Block, Removal

SKIP_MAX_CHARS = 60
SKIP_SEARCH = 5

_CONTENT = (
    r"(?:main\s+|haupt)?(?:content|contents|text|article|navigation|menu|inhalt)"
    r"|(?:le\s+|au\s+)?contenu(?:\s+principal)?|(?:el\s+|al\s+)?contenido(?:\s+principal)?"
    r"|(?:il\s+|al\s+)?contenuto(?:\s+principale)?|(?:de\s+)?inhoud|(?:o\s+)?conte[uú]do(?:\s+principal)?"
    r"|(?:la\s+)?navigation|(?:la\s+)?navegaci[oó]n|(?:la\s+)?navigazione|(?:a\s+)?navega[cç][aã]o"
)
_TO_FR = r"\s+(?:au|à\s+la)"
_LATIN = re.compile(
    r"^(?:"
    r"(?:skip|jump|go)(?:\s+(?:to|over|past))?(?:\s+the)?"  # en
    r"|(?:direkt\s+)?zu[mr]?|spring(?:e|en)?\s+zu[mr]?"  # de
    rf"|aller(?:\s+directement)?{_TO_FR}|passer{_TO_FR}|acc[ée]der{_TO_FR}|sauter"  # fr
    r"|saltar\s+(?:al|a\s+la)|ir\s+(?:al|a\s+la)|pasar\s+al"  # es
    r"|vai\s+al|salta\s+(?:al|la)|passa\s+al"  # it
    r"|(?:ga\s+)?(?:direct\s+)?naar|spring\s+naar"  # nl
    r"|(?:pular|ir|saltar|avan[cç]ar)\s+para(?:\s+[oa])?"  # pt
    r")\s+"
    rf"(?:{_CONTENT})"
    r"(?:\s+(?:springen|überspringen|gaan|overslaan))?\s*[.»>›→]*$",
    re.IGNORECASE,
)
_JAPANESE = re.compile(
    r"^[^。]{0,30}(?:本文|コンテンツ|メインコンテンツ)(?:エリア)?(?:へ|に)"
    r"(?:スキップ|移動|ジャンプ|進む|移る|飛ぶ)?(?:する)?$"
    r"|^[^。]{0,30}(?:メニュー|ナビゲーション)を?(?:スキップ|とばして|飛ばして)[^。]{0,30}$"
)


def is_skip_link(text: str) -> bool:
    """Whether `text` is a skip link (see the module)."""
    line = " ".join(text.split())
    return len(line) <= SKIP_MAX_CHARS and bool(_LATIN.match(line) or _JAPANESE.match(line))


def without_skip_links(blocks: list[Block]) -> tuple[list[Block], tuple[Removal, ...]]:
    """`blocks` without the skip links among their first `SKIP_SEARCH` non-empty lines, and
    their removals; unchanged without one."""
    top = [i for i, block in enumerate(blocks) if block.text.strip()][:SKIP_SEARCH]
    found = [i for i in top if is_skip_link(blocks[i].text)]
    if not found:
        return blocks, ()
    removals = tuple(Removal.of(blocks[i], "skip-link", "link to skip the page's menus") for i in found)
    return [b for i, b in enumerate(blocks) if i not in found], removals
