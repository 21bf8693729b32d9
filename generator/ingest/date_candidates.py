"""Every date a plain-text page prints near its top and foot, with what surrounds it.

The date chooser (`date_model`) reads these when the rules found no published time: each
candidate is one date expression (a numeric date, a day with a month name, an ISO stamp, a
Japanese `2024年8月26日`), with the time printed just after it, read by `parse_stamp` in the
outlet's language, and the line and position where it stands. Only dates that state their
year are candidates: a day without a year is never placed. Lines searched: the first
`TOP_LINES`, each cut to `LINE_CHARS` characters, down to the `PROSE_LINES`-th line of text.
On the first line of text, only a date glued before the text (as on a one-line page); below
it, only a date that opens its line, alone or after a published label ('10/02/2016', '11 mars
2019 à 21h11 par AFP', 'postado em 21/01/2016 00:00': a date line under a standfirst), never
one after other words ('Hearing November 5, 2024', a dated sub-heading). Refused
outright (the refusals keep priority over the model): a line of a list of stories, a date in
brackets after words, a date among a caption's words (in a script without spaces, on a line
that is not text, more than `SPACELESS_LEAD` of its characters before the date and a word's
after it), and a day without a time standing with more than `DAY_ONLY_WORDS` other words, and a
date inside a file name, path or address (`dates.is_file_name`: an image's name printed under its photo is no
date the page states).
Words are counted as runs holding a letter or a figure: a comma or a slash standing alone is
no word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.ingest.date_words import LABEL_TAIL, LABELS_PUBLISHED
from generator.ingest.dates import DateContext, is_file_name, parse_stamp, token_at
from generator.ingest.model import PageTime
from generator.ingest.shapes import CJK

TOP_LINES = 30
FOOT_LINES = 15  # the model's feature of nearness to the page's end counts this many lines
LINE_CHARS = 600  # characters of a line searched (a one-line page holds the whole article)
PROSE_WORDS = 10  # a line of this many words ending a sentence is text: no date below it is read
LONG_WORDS = 30  # a line of this many words is text (or a caption) whatever its end
GLUED_WORDS = 12  # on a line of text, only a date within its first words (glued before the text)
DAY_ONLY_WORDS = 4  # a date without a time stands with at most this many other words on its line
LEAD_WORDS = 5  # on a shorter line, only a date after at most this many words (a label, a name, a place)
MAX_CANDIDATES = 40  # per page: a page printing more dates is an archive or a list
PROSE_LINES = 2  # the search stops at this line of text: a date line under a standfirst is read

_TIME_AFTER = (
    r"(?:\s*(?:,|\||-|–|—|/|·|•|à|a las|às|as|alle|ore|um|om|at|kl\.?|klo)?\s*"
    r"\(?\d{1,2}(?:[:h.]\d{2}|時\d{1,2}分)(?::\d{2})?\)?\s*(?:h\b|hs\b|Uhr\b|uur\b|[ap]\.?m\.?|[A-Z]{2,4}T\b)?)?"
)
_WORD = r"[^\W\d_]{3,12}\.?"
_DATE = re.compile(
    r"(?:\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?"
    r"|\b\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d{2}\b"
    + _TIME_AFTER
    + r"|\b(?:19|20)\d{2}[/.]\d{1,2}[/.]\d{1,2}\b"
    + _TIME_AFTER
    + rf"|\b\d{{1,2}}\.?(?:er|º|°)?\s+(?:de\s+)?{_WORD}\s+(?:de\s+|del\s+)?(?:19|20)\d{{2}}\b"
    + _TIME_AFTER
    + rf"|\b{_WORD}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{{2}}\b"
    + _TIME_AFTER
    + r"|(?:19|20)\d{2}年\s*\d{1,2}月\s*\d{1,2}日(?:\s*\([^)]{1,3}\))?"
    + _TIME_AFTER
    + ")",
    re.I,
)


@dataclass(frozen=True)
class Candidate:
    """One date the page prints: the line it stands on, where in the line, and what it reads."""

    line: int  # index of the page line
    start: int  # character offset in the line
    end: int
    text: str
    stamp: PageTime


def candidates(lines: list[str], context: DateContext) -> list[Candidate]:
    """The dates with a year printed in the page's first lines, in page order, down to the
    `PROSE_LINES`-th line of prose (see the module docstring for what is read on each line)."""
    found: list[Candidate] = []
    prose_seen = 0
    for index, line in enumerate(lines[:TOP_LINES]):
        prose = is_prose(line)
        prose_seen += prose
        if prose and prose_seen >= PROSE_LINES:
            break  # the text has begun: a date below is one it speaks of, or a teaser's
        text = line[:LINE_CHARS]
        if _LIST_MARK.match(text):  # a list of other stories ('- Otras noticias: ... (3 de marzo de 2016)')
            continue
        for match in _DATE.finditer(text):
            if is_file_name(token_at(text, match.start(), match.end())):
                continue  # a date inside a file name, path or address ('2017-08-24_00h03_35', 'IMG_...jpg')
            before = words_in(text[: match.start()])
            if prose and before > GLUED_WORDS:
                break
            if before > (GLUED_WORDS if prose else LEAD_WORDS) or (
                not prose and spaceless_among(text[: match.start()], text[match.end() :])
            ):
                continue  # a date inside a caption's or a teaser's words, not a date line's
            if prose_seen and not prose and not _OPENS.fullmatch(text[: match.start()]):
                continue  # below the text's first line, words before a date: a dated sub-heading
            if prose and in_a_clause(text[: match.start()], text[match.end() :]):
                continue  # 'Since the flood of 12 March 2019 the ...': a day the text speaks of
            if _BRACKETED.search(text[: match.start()]) and (
                before > 2 or _chars(text[: match.start()]) > BRACKET_LEAD
            ):
                continue  # a date in brackets after words: a teaser's or a caption's
            stamp = parse_stamp(match.group(0), context)
            if stamp is None or not stamp.has_year or not stamp.has_date:
                continue
            rest = before + words_in(text[match.end() :])
            if not stamp.has_time and not prose and rest > DAY_ONLY_WORDS:
                continue  # a day alone among words is a caption's or a teaser's, not a date line
            found.append(Candidate(index, match.start(), match.end(), match.group(0).strip(), stamp))
            if len(found) >= MAX_CANDIDATES:
                return found
    return found


def words_in(text: str) -> int:
    """The words of `text`: runs of non-space holding a letter or a figure ('/' and ',' are none)."""
    return sum(1 for token in text.split() if any(c.isalnum() for c in token))


_SEPARATED = re.compile(r"\s*(?:[-–—|:·•]|\.-)")
_CLAUSE_WORD = re.compile(r"[a-zà-ÿ]{2,}")


def in_a_clause(before: str, after: str) -> bool:
    """Whether a date on a line of text stands inside its first clause: more than two words
    before it, one of them a lower-case word of running text, and no dash, bar or colon after it
    (a dateline's 'BERLIN, 12 March 2019 – ' and a one-line page's headline before its date are
    not)."""
    words = before.split()
    return (
        len(words) > 2
        and any(_CLAUSE_WORD.fullmatch(word.strip(",;()\"'")) for word in words)
        and not _SEPARATED.match(after)
    )


def is_prose(line: str) -> bool:
    """A line of the article's text (or a caption): `PROSE_WORDS` words or more ending a
    sentence, or `LONG_WORDS` words or more."""
    words = len(line.split())
    return words >= LONG_WORDS or (words >= PROSE_WORDS and line.rstrip()[-1:] in _SENTENCE_END)


_LIST_MARK = re.compile(r"^\s*[-•*·▶►]\s")
_OPENS = re.compile(rf"\s*(?:(?:{LABELS_PUBLISHED}){LABEL_TAIL}\s*[:：]?\s*)?", re.I)
_BRACKETED = re.compile(r"[(（]\s*$")
BRACKET_LEAD = 12  # letters before a bracketed date: a caption's words, also in scripts without spaces


SPACELESS_LEAD = 3 * LEAD_WORDS  # characters of kana and kanji: about LEAD_WORDS words
_SPACELESS = re.compile(rf"[{CJK}]")


SPACELESS_WORD = 3  # characters of kana and kanji: about one word


def spaceless_among(before: str, after: str) -> bool:
    """Whether a date on a line that is not text stands among the words of a script written
    without spaces (kana, kanji, hangul): more than `SPACELESS_LEAD` characters before it (more
    than `LEAD_WORDS` words) and a word's worth after it, a caption or a teaser, which counting
    words by spaces misses ('<what the photo shows>=<place>で2016年4月16日、<who>撮影'). A
    headline with its date at the end ('<headline>[2018/07/09 11:45]') is no caption."""
    return (
        len(_SPACELESS.findall(before)) > SPACELESS_LEAD and len(_SPACELESS.findall(after)) >= SPACELESS_WORD
    )


def _chars(text: str) -> int:
    """The letters and digits in `text` (a caption in Japanese has few spaces to count words by)."""
    return sum(c.isalnum() for c in text)


_SENTENCE_END = frozenset('.!?"”»)。')
