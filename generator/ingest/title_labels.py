"""Furniture glued to a headline on its line: a label before it, cut off by a separator or a
bracket ('Vidéo. <headline>', 'ACTUALITÉ: <headline>', 'World: <headline>', '【気象】<headline>',
'<速報><headline>'), or a tag after it ('<headline> [2019/10/14 10:33]', '<headline> |').

A segment leaves the title only when it is furniture by its vocabulary or its shape: a button,
media or banner word, a section's name, a genre label (`furniture_words`), a short tag in
Japanese lens brackets or angle brackets before the headline, a date and time in brackets after
it, a date printed after it without brackets ('<headline> 06 april 2018', `title_date_line`;
not '... until 14 March 2025', the headline's own words). One word before a headline that is a
quotation stays: a topic's kicker ('Hafensperrung "Jeder Tag kostet uns Kunden"') and a
speaker's name ('Scholz "Wir schaffen das schon"') have the same shape. Words of any other kind
stay ('Bergsturz in den Schweizer Alpen: <headline>' keeps its kicker: it is the headline's
words), and so does a title too short once the label is cut off. A kicker of up to four words
that the copy glued to the headline by a colon with no space after it ('Künstliche
Intelligenz:Wie Europa ...', where a sentence's colon is always followed by a space) is cut off,
whatever its words.
"""

from __future__ import annotations

import re

from generator.ingest.furniture_words import MEDIA_WORDS
from generator.ingest.shapes import word_count
from generator.ingest.title_date_line import without_trailing_date

SECTION_WORDS = (  # a newspaper's sections, in the eight languages
    r"news|world|national|local|politics|business|economy|sport|sports|culture|science|opinion"
    r"|nachrichten|welt|politik|wirtschaft|kultur|lokales|panorama|regional"
    r"|actualité|actualités|actu|monde|international|politique|économie|société|faits\ divers|région"
    r"|actualidad|noticias|mundo|nacional|política|economía|sociedad|sucesos|deportes|cultura"
    r"|attualità|notizie|cronaca|esteri|politica|economia|società"
    r"|nieuws|binnenland|buitenland|politiek|economie|cultuur|regio"
    r"|notícias|atualidade|actualidade|sociedade|desporto|esportes"
    r"|国内|国際|社会|政治|経済|気象|地域|天気"
)
_SECTION = re.compile(rf"^(?:{SECTION_WORDS})$", re.IGNORECASE | re.VERBOSE)
_MEDIA = re.compile(rf"^(?:{MEDIA_WORDS})$", re.IGNORECASE | re.VERBOSE)
# 'Label: ', 'Label | ', 'Label - ': a section's name; 'Vidéo. ', 'Vídeo – ': a media word
_LEADING = re.compile(r"^(?P<label>[^:|.\-–—]{1,30}?)(?P<sep>\s*[:|]|\s[-–—]|(?<=\w)\.)\s+(?P<rest>\S.*)$")
_LEADING_BRACKET = re.compile(
    r"^\s*(?:【(?P<lens>[^】]{1,12})】|[<＜](?P<angle>[^>＞]{1,8})[>＞])\s*(?P<rest>\S.*)$"
)
_TRAILING_DATE = re.compile(  # searched in a stripped title: anchored at its end by '$'
    r"[\[(（［【]\s?\d{1,4}[/.\-年]\d{1,2}[/.\-月]\d{1,4}日?(?:\s?\d{1,2}:\d{2})?\s?[\])）］】]$"
)
_TRAILING_SEPARATOR = re.compile(r"(?<=\s)[|｜•·]$")
_LEADING_SEPARATOR = re.compile(r"^[:|｜•·]\s+(?=\S)")  # a label left empty: ': <headline>'
MIN_LEFT_CHARS = 8  # what is left of a headline once a label is cut off
# 'Künstliche Intelligenz:Wie Europa ...': a kicker the copy glued to the headline, a colon between
# two letters with no space after it (a sentence's colon is always followed by one)
_GLUED_KICKER = re.compile(r"^(?P<label>[^\W\d_][^:|]{2,40}?[^\W\d_]):(?P<rest>[A-ZÀ-Þ\"„“«][^:]*)$")
GLUED_KICKER_MAX_WORDS = 4
GLUED_REST_MIN_WORDS = 3
MAX_CUTS = 3  # labels cut off one title: a label and a tag at each end at most


def without_glued_label(title: str) -> str:
    """`title` without the furniture glued before or after its headline (see the module); the
    title itself when none is, or too little would be left."""
    text = title.strip()
    for _ in range(MAX_CUTS):
        cut = _cut_once(text)
        if cut is None or len(cut.strip()) < MIN_LEFT_CHARS:
            break
        text = cut.strip()
    return text if text != title.strip() else title


def _cut_once(text: str) -> str | None:
    bracket = _LEADING_BRACKET.match(text)
    if bracket is not None and (bracket.group("angle") or is_section(bracket.group("lens"))):
        return bracket.group("rest")
    leading = _LEADING.match(text)
    if leading is not None:
        label, colon = leading.group("label"), leading.group("sep").strip() in ":|"
        if is_section(label) or (not colon and _MEDIA.match(label.strip()) is not None):
            return leading.group("rest")
    glued = _GLUED_KICKER.match(text)
    if (
        glued is not None
        and word_count(glued.group("label")) <= GLUED_KICKER_MAX_WORDS
        and word_count(glued.group("rest")) >= GLUED_REST_MIN_WORDS
    ):
        return glued.group("rest")
    bare = _LEADING_SEPARATOR.match(text)
    if bare is not None:
        return text[bare.end() :]
    for tail in (_TRAILING_DATE, _TRAILING_SEPARATOR):
        found = tail.search(text)
        if found is not None:
            return text[: found.start()].rstrip()
    undated = without_trailing_date(text)
    return undated if undated != text else None


def is_section(text: str) -> bool:
    """A newspaper section's name standing alone ('World', 'ACTUALITÉ', '気象')."""
    return _SECTION.match(text.strip()) is not None
