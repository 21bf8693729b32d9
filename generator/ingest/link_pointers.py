"""Lines that point the reader away from the article: to a live blog ('Lees hier het liveblog
terug over het debat', 'Read our live blog here', 'Hier den Liveblog nachlesen'), or a notice
about a link to an external site ('外部リンクへ移動', 'This external site may not be accessible',
'Externer Link, öffnet in neuem Fenster').

A live-blog pointer is an imperative: its first word is a reading or following verb, or 'here'
with such a verb later, and it names a live blog; a sentence that only mentions one ('The ministry's live blog
was read by thousands') is text. An external-link notice names an external link or site and is
short: at most 30 words, or 120 characters in scripts written without spaces. Bounds: a few
regex searches over one line of at most that size, linear.
"""

from __future__ import annotations

import re

from generator.ingest.shapes import word_count

POINTER_MAX_WORDS = 16  # 'Lees hier het liveblog terug over de regeringsverklaring.' is 8
NOTICE_MAX_WORDS = 30
NOTICE_MAX_CHARS = 120  # a Japanese notice of the sets is under 80 characters
_LIVE_BLOG = re.compile(
    r"live[- ]?blog|live[- ]?ticker|liveticker|live\ coverage|en\ direct|notre\ direct|minuto\ a\ minuto"
    r"|en\ vivo|en\ directo|in\ diretta|la\ diretta|ao\ vivo|tempo\ real|ライブ|速報",
    re.I,
)
_VERBS = (
    r"read|follow|catch\ up|lees|volg|bekijk|lesen|folgen|nachlesen|verfolgen|lisez|relisez|suivez"
    r"|retrouvez|lee|sigue|siga|leggi|segui|rileggi|leia|acompanhe|veja"
)
_IMPERATIVE = re.compile(rf"^(?:{_VERBS})\b", re.I)  # 'Lees hier het liveblog terug'
_HERE = re.compile(r"^(?:here|hier|ici|aquí|aqui)\b", re.I)  # 'Hier den Liveblog nachlesen'
_VERB = re.compile(rf"\b(?:{_VERBS})\b", re.I)
_EXTERNAL = re.compile(
    r"external\ (?:link|site|website)|externer?\ (?:link|seite|website)|lien\ externe|site\ externe"
    r"|enlace\ externo|sitio\ externo|link\ estern[oi]|sito\ esterno|link\ extern[oa]|site\ extern[oa]"
    r"|externe\ (?:link|site|website)|外部リンク|外部サイト",
    re.I,
)


def is_live_blog_pointer(text: str) -> bool:
    """'Lees hier het liveblog terug over de regeringsverklaring.', 'Follow our live blog': an
    imperative pointing to a live blog."""
    return (
        word_count(text) <= POINTER_MAX_WORDS
        and bool(_IMPERATIVE.match(text.strip()) or (_HERE.match(text.strip()) and _VERB.search(text)))
        and bool(_LIVE_BLOG.search(text))
    )


def is_external_link_notice(text: str) -> bool:
    """'外部リンクへ移動', 'External link (opens in a new window)', or a notice that an external
    site's content may not be accessible: a short line naming an external link or site."""
    text = text.strip()
    short = len(text) <= NOTICE_MAX_CHARS if " " not in text else word_count(text) <= NOTICE_MAX_WORDS
    return short and bool(_EXTERNAL.search(text))
