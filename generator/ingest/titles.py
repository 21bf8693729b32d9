"""Which header line is the headline, when a page prints several title-shaped lines.

Above a headline pages print kickers and banners: a section phrase ('Aus der Region und aller
Welt'), a kicker in capitals ('OBRAS TERMINADAS | PUERTO ELLIS'), a breaking-news banner or the
headline of another story. A headline is about what the article says, so a line whose words the
body does not use is another story's ('Storm warning issued for the northern coast' over a story
about a bridge) and a short phrase that shares clearly fewer of them than a later line is a
kicker. Words are compared by their first five letters (so 'reopens' meets 'reopened'), and
Japanese or Chinese text by pairs of characters. Kickers glued to the headline by a colon
('Hafen:Die Stadt hat ...') are cut off.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from generator.ingest.date_words import LABELS_UPDATED
from generator.ingest.dates import DateContext, read_date_line
from generator.ingest.furniture_words import BANNER_WORDS
from generator.ingest.list_rules import is_headline_list_header
from generator.ingest.model import Block, Kind, Removal, Step
from generator.ingest.shapes import is_headline_like, is_paragraph_like, norm, word_count

PREFIX_LETTERS = 5
MIN_WORD_LETTERS = 4
OFF_TOPIC = 0.34  # share of a line's words in the body under which it is another story's
CLEARLY_MORE = 0.25  # a later line sharing this much more of its words with the body wins
ON_TOPIC = 0.5
KICKER_MAX_WORDS = 6
REPEAT_SEARCH = 8
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
_GLUED_KICKER = re.compile(r"^(?P<kicker>[A-ZÀ-Þ][\w'’-]{1,30}):(?P<headline>[A-ZÀ-Þ\"„“«'‘].{9,})$")


_TOPIC_WORDS_RE = re.compile(r"\w+")


def topic_words(text: str) -> set[str]:
    """The words of `text` that say what it is about: five-letter prefixes of words of four
    letters or more, and pairs of Japanese or Chinese characters."""
    found: set[str] = set()
    for word in _TOPIC_WORDS_RE.findall(text.casefold()):
        if _CJK.search(word):
            chars = [c for c in word if _CJK.match(c)]
            found |= {a + b for a, b in pairwise(chars)}
        elif len(word) >= MIN_WORD_LETTERS and not word.isdigit():
            found.add(word[:PREFIX_LETTERS])
    return found


def overlap(text: str, body: set[str]) -> float:
    """The share of the line's topic words that the body uses."""
    words = topic_words(text)
    return len(words & body) / len(words) if words else 0.0


def is_kicker_shaped(text: str) -> bool:
    """A kicker or section line in the header: words in capitals, parts joined by ' | ', or a
    list's name and a topic joined by a dash ('Latest news - Harbour strike')."""
    letters = [c for c in text if c.isalpha()]
    section = _SECTION_DASH.match(text)
    return (
        " | " in text
        or (word_count(text) >= 2 and bool(letters) and all(c.isupper() for c in letters))
        or (section is not None and is_headline_list_header(section.group("label")))
    )


_SECTION_DASH = re.compile(r"^(?P<label>[^-–—|]{2,30}?)\s[-–—]\s\S")


def glued_headline(text: str) -> str | None:
    """The headline of a 'Kicker:Headline' line copied without the space, or None."""
    match = _GLUED_KICKER.match(text)
    return match.group("headline") if match and is_headline_like(match.group("headline")) else None


_LABEL_PREFIX = re.compile(  # 'RECIT. "Je parle ..."', 'Taranto | Arrestato ...': a genre or place label
    r"^(?:(?P<caps>[A-ZÀ-Þ]{2,}(?:\s[A-ZÀ-Þ]{2,}){0,2})\.|(?P<label>[^|]{1,30}?)\s\||"
    rf"(?P<banner>(?i:{BANNER_WORDS}))\s*:)\s+(?P<headline>\S.*)$",
    re.X,
)
LABELLED_MIN_WORDS = 4


def without_label(text: str) -> str:
    """The headline without a label the page prints before it: a genre in capitals and a full
    stop ('RECIT. '), a label and a bar ('Taranto | '), a banner's word and a colon ('Alerte : ',
    'BREAKING: '); the line itself when it has none."""
    match = _LABEL_PREFIX.match(text)
    if match is None or (match.group("label") and len(match.group("label").split()) > 3):
        return text
    headline = match.group("headline")
    return headline if is_headline_like(headline) and word_count(headline) >= LABELLED_MIN_WORDS else text


_BRACKETED_TAIL = re.compile(r"\s*[(\[（［【](?P<tag>[^()\[\]（）［］【】]{1,40})[)\]）］】]\s*$")
_UPDATE_TAG = re.compile(rf"^(?:{LABELS_UPDATED})\b[\s\d:.,/hH年月日時分-]*$", re.I)
_ACRONYM_TAG = re.compile(r"^[A-Z][A-Z&]{1,5}$")
_KANJI_TAG = re.compile(  # after a slash any short kanji tag; after a space only a place's name
    r"(?:[/／]\s*(?P<tag>[\u3400-\u4dbf\u4e00-\u9fff]{1,4})"
    r"|\s(?P<place>[\u3400-\u4dbf\u4e00-\u9fff]{1,3}[都道府県市区町村郡]))$"
)
TAGGED_MIN_CHARS = 8  # what is left of a headline once a tag is cut off


def without_tail(text: str, is_source: Callable[[str], bool]) -> str:
    """The headline without a tag the page prints after it: in brackets, an update mark
    ('(updated 10:45)', '（更新）', by the date labels the page's dates are read with), a
    source's name (an acronym in capitals, '(XYZ)', or a name `is_source` knows: a wire); after
    a slash, a short tag in kanji closing a Japanese or Chinese headline ('... 声明 /東京'), after a
    space only a place's name ('... 港区': its last kanji names a prefecture, city, ward, town or
    village; '... 治験中 効果予測' keeps its last words). The line itself when no such tag closes
    it, or too little is left."""
    bracketed = _BRACKETED_TAIL.search(text)
    if bracketed is not None:
        tag = bracketed.group("tag").strip()
        if _UPDATE_TAG.match(tag) or _ACRONYM_TAG.match(tag) or is_source(tag):
            rest = text[: bracketed.start()].rstrip()
            return rest if len(rest) >= TAGGED_MIN_CHARS else text
        return text
    kanji = _KANJI_TAG.search(text)
    if kanji is not None and len(_CJK.findall(text[: kanji.start()])) >= TAGGED_MIN_CHARS:
        return text[: kanji.start()].rstrip(" /／")
    return text


def choose_title(shaped: list[tuple[int, Block]], body: set[str]) -> tuple[int, Block] | None:
    """The headline among title-shaped header lines, in page order: kickers in capitals are
    passed over when another line is there; a line is passed over for a later one that the
    body is clearly more about, when it is off-topic or a short kicker phrase."""
    plain = [(i, b) for i, b in shaped if not is_kicker_shaped(b.text)] or shaped
    if not plain:
        return None
    scores = [overlap(b.text, body) for _, b in plain]
    for position, (index, block) in enumerate(plain):
        later = scores[position + 1 :]
        best = max(later, default=0.0)
        mine = scores[position]
        off_topic = mine < OFF_TOPIC
        kicker = word_count(block.text) <= KICKER_MAX_WORDS and best - mine >= CLEARLY_MORE
        if best >= ON_TOPIC and (off_topic or kicker):
            continue
        return index, block
    return plain[-1]


def lead_before_headline(blocks: list[Block]) -> int:
    """How many paragraphs a reduced page prints above its 'Kicker:Headline' line (they are the
    body's start, and the header follows them); 0 for a page that starts with its header."""
    for index in (1, 2):
        if index < len(blocks) and glued_headline(blocks[index].text):
            before = blocks[:index]
            if all(b.kind in (Kind.LINE, Kind.PARAGRAPH) and is_paragraph_like(b.text) for b in before):
                return index
    return 0


STAMP_MAX_WORDS = 8
MIN_HEADLINE_WORDS = 3
_SOURCE_PREFIX = re.compile(r"^(?P<source>[^•·|]{1,40}?)\s+[•·|]\s+(?P<rest>\S.*)$")


def split_stamped_headline(blocks: list[Block], context: DateContext, limit: int) -> list[Block]:
    """Lines of the header that print a source, a time and the headline on one line
    ('Havennieuws • vandaag, 06:39 Havenbrug weer open') as two blocks: the source and time,
    then the headline."""
    out: list[Block] = []
    for index, block in enumerate(blocks):
        parts = _stamped_headline(block.text, context) if index < limit and block.kind == Kind.LINE else None
        if parts is None:
            out.append(block)
        else:
            out += [block.with_text(parts[0]), block.with_text(parts[1])]
    return out


def _stamped_headline(text: str, context: DateContext) -> tuple[str, str] | None:
    match = _SOURCE_PREFIX.match(text)
    if match is None or read_date_line(match.group("source"), context) is not None:
        return None
    words = match.group("rest").split()
    for size in range(min(STAMP_MAX_WORDS, len(words) - 2), 0, -1):
        stamp, headline = " ".join(words[:size]), " ".join(words[size:])
        if (
            read_date_line(stamp, context) is not None
            and is_headline_like(headline)
            and word_count(headline) >= MIN_HEADLINE_WORDS
            and read_date_line(headline, context) is None
        ):
            return text[: match.start("rest")] + stamp, headline
    return None


def drop_repeated_title(blocks: list[Block], title: str | None) -> Step:
    """The headline printed again below the header (after 'You are reading:', a photo credit or
    a date line) taken out of the top of the body, with its `##` heading look-alikes."""
    if not title:
        return Step(blocks)
    key = norm(title)
    for index, block in enumerate(blocks[:REPEAT_SEARCH]):
        if key in (norm(block.text), norm(glued_headline(block.text) or ""), norm(without_label(block.text))):
            removal = Removal.of(block, "title", "headline printed again")
            return Step(blocks[:index] + blocks[index + 1 :], (removal,))
        if is_paragraph_like(block.text):
            break
    return Step(blocks)
