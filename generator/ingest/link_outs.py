"""Links to other stories inside the text, one line each: 'Read more: ...', 'ALSO READ | ...',
'Lesen Sie auch: ...', a link boxed in bars, a latest-news teaser, a video or gallery teaser, a
promotion of the outlet's live coverage. `text_rules` names them and gives each its reason.
"""

from __future__ import annotations

import re

from generator.ingest.furniture_words import LINK_LABELS_OTHER, MORE_AT, READ_VERBS, READER, STORY_NOUNS
from generator.ingest.link_pointers import is_live_blog_pointer
from generator.ingest.shapes import word_count

_I = re.IGNORECASE
_X = re.IGNORECASE | re.VERBOSE


_LINK_LABEL_WORDS = (
    r"""(?:read\ more|read\ also|also\ read|read\ next|read|see\ also|see\ more
    | related(?:\ stor(?:y|ies)|\ articles?|\ news|\ coverage|\ content|\ reading)?
    | recommended(?:\ reading|\ for\ you)? | more(?:\ news|\ stories)? | watch(?:\ video)? | also\ watch
    | listen | must\ read | don'?t\ miss | also\ see | trending(?:\ now)? | suggested(?:\ reading)?
    | explore\ more | further\ reading | catch\ up | top\ stories | in\ pictures | in\ photos | live\ updates
    | go\ deeper | dig\ deeper | more\ on\ this"""
    + LINK_LABELS_OTHER
    + r"""
    )"""
)
_LINK_LABEL = re.compile(rf"^{_LINK_LABEL_WORDS}\s*(?:[:|»›>：]|[–—]|-\s)\s*\S", _X)
_LINK_LABEL_STOP = re.compile(rf"^(?P<label>{_LINK_LABEL_WORDS})\.\s+\S", _X)  # 'READ ALSO. The ...'
_POINTER = re.compile(r"^[→⇒➜➔►▶▸»›>•·]+\s*")  # an arrow or bullet the link is drawn with


def _link_label(text: str) -> bool:
    """A link's label, then the other story's title: 'Read more: ...', after an arrow or a bullet
    ('→ Lire aussi : ...'); a label in capitals closed by a full stop ('→ À LIRE. ...')."""
    text = _POINTER.sub("", text)
    stop = _LINK_LABEL_STOP.match(text)
    return bool(_LINK_LABEL.match(text) and not _lowercase_sentence_after_label(text)) or (
        stop is not None and stop.group("label").isupper()
    )


BOXED_MAX_WORDS = 25
MORE_AT_MAX_WORDS = 12
_MORE_AT = re.compile(rf"^(?:\.\.\.|…)?\s*{MORE_AT}", _X)  # '...Más información en Diario del Puerto'
_GLUED_TIME = re.compile(  # '09:15Sport - ...': a teaser's time glued to its section, not '10.30am The ...'
    r"^\d{1,2}[:h.]\d{2}(?=[^\W\d])(?!(?:am|pm|a\.m\.|p\.m\.|h|hrs?|uhr|u)\b\W*\w)", re.I
)
_INNER_STOP = re.compile(r"[.!?]\s+[A-ZÀ-Þ]")


_IS_LINK_OUT_RE = re.compile(r"^【(?:写真|動画|画像|関連)[^】]{0,8}】")
_IS_LINK_OUT_RE2 = re.compile(r"^(?:READ MORE|ALSO READ|READ ALSO|SEE ALSO|RELATED|WATCH|MUST READ)\b\s*\S")
_IS_LINK_OUT_RE3 = re.compile(
    r"""\bclick\ here\b
                | ^[(\[]?(?:read|watch|see|follow)\ (?:the\ |our\ )?(?:full|complete|live|latest)
                \ (?:story|article|report|coverage|updates)\b.{0,30}\bhere\b""",
    _X,
)


def is_link_out(text: str) -> bool:
    """An inline link to another story: 'Read more: ...', 'ALSO READ | ...', 'Click here to ...',
    'Lesen Sie auch: ...', '前の記事:...', a photo-gallery teaser '【写真を見る】...', a link boxed in
    bars ('| Special: the harbour vote |'), a latest-news teaser whose time the copy glued to it
    ('14:03World - Quake hits ...'; a live blog's '10.30am The minister arrives' is an entry), a
    pointer to another site ('...Más información en Diario del Puerto': a name or an address
    after it, no clause), a promotion of the outlet's live coverage or a pointer to its live blog
    ('Lees hier het liveblog terug', `link_pointers`)."""
    stripped = text.strip()
    return bool(
        _link_label(text)
        or (word_count(text) <= MORE_AT_MAX_WORDS and "," not in text and _MORE_AT.match(text))
        or (
            len(stripped) > 2
            and stripped.startswith("|")
            and stripped.endswith("|")
            and word_count(text) <= BOXED_MAX_WORDS
        )
        or (
            _GLUED_TIME.match(stripped)
            and word_count(text) <= BOXED_MAX_WORDS
            and not _INNER_STOP.search(stripped)
        )
        or _IS_LINK_OUT_RE.match(text)
        or is_media_teaser(text)
        or _read_it_here(text)
        or _live_promo(text)
        or is_live_blog_pointer(text)
        or _IS_LINK_OUT_RE2.match(text)
        or (word_count(text) <= 30 and _IS_LINK_OUT_RE3.search(text))
    )


READ_HERE_MAX_WORDS = 40
_READER = re.compile(READER, re.I)
_QUOTED_TITLE_END = re.compile(r"[:：]\s*[\"“«„‘'].{3,150}[\"”»“’']\s*[.。]?$")
_READ_VERB = re.compile(rf"\b(?:{READ_VERBS})\b", _I)
_STORY_NOUN = re.compile(rf"\b(?:{STORY_NOUNS})\b", _I)


def _read_it_here(text: str) -> bool:
    """A link to another story written as a sentence: 'More on the inquiry can be read in this
    article: "Inquiry widens"', 'Lesen Sie mehr dazu in diesem Beitrag: „...“'."""
    read = _READ_VERB.search(text)
    return (
        word_count(text) <= READ_HERE_MAX_WORDS
        and bool(_QUOTED_TITLE_END.search(text))
        and read is not None
        and bool(_STORY_NOUN.search(text))
        and (read.start() == 0 or bool(_READER.search(text)))  # an imperative, or spoken to the reader
    )


_MEDIA_TEASER = re.compile(  # a label in capitals, then what the video or gallery shows
    r"^(?:EN\ VIDÉO|VIDÉO|VIDÉOS|EN\ IMAGES|EN\ PHOTOS|VIDEO|VIDEOS|IN\ VIDEO|IN\ PICTURES|IM\ VIDEO"
    r"|BILDERGALERIE|FOTOSTRECKE|EN\ VÍDEO|VÍDEO|VÍDEOS|EN\ FOTOS|FOTOGALERÍA|IN\ FOTO|FOTOGALLERY"
    r"|FOTOGALERIA|FOTO'S|AUDIO|PODCAST|動画|写真特集)\s*[-–—:|]\s*\S"
)


def is_media_teaser(text: str) -> bool:
    """A teaser for a video or gallery: 'EN VIDÉO - Les enquêteurs ...', 'VIDEO: The moment ...'."""
    return bool(_MEDIA_TEASER.match(text.strip()))


LIVE_PROMO_MAX_WORDS = 30
_FOLLOW_LIVE = (  # an imperative starting a sentence: 'Follow the debate', 'Volg het debat'
    r"\b(?-i:Follow|Volg|Suivez|Segui|Sigue|Siga|Acompanhe|Verfolgen\ Sie|Folgen\ Sie|Watch|Kijk)\b"
)


_LIVE_PROMO_RE = re.compile(rf"\blive\b.{{0,60}}{_FOLLOW_LIVE}.{{0,80}}\blive\b", _X)


def _live_promo(text: str) -> bool:
    """'Harbour debate live Follow the debate from 10.15 live on the site': a promotion."""
    return word_count(text) <= LIVE_PROMO_MAX_WORDS and bool(_LIVE_PROMO_RE.search(text))


_LOWERCASE_SENTENCE_AFTER_LABEL_RE = re.compile(r"[:|»›>–—]|-\s")


def _lowercase_sentence_after_label(text: str) -> bool:
    """'Read: the ministry's note says ...' is prose, not a link: lowercase start, ends with '.'."""
    rest = _LOWERCASE_SENTENCE_AFTER_LABEL_RE.split(text, maxsplit=1)[-1].strip()
    return bool(rest) and rest[0].islower() and rest.endswith(".") and word_count(rest) >= 8
