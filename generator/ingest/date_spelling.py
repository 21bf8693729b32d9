"""How pages spell a date before it is read: a clock in any notation ('09.41h', '12u25'), dots
between a date's figures ('05·03·2024'), a weekday cut short, labels glued to the date, and the
words a date line is made of (a day of a month, in English or the page's language)."""

from __future__ import annotations

import re

from generator.ingest.date_words import LABEL_TAIL, LABELS_PUBLISHED, LABELS_UPDATED, DateWords

# '09.41h', '09.41 Uhr', '12u25', '09h41', '14h18m', '21.20 hs': a time of day, any notation
_CLOCK = re.compile(
    r"(?<![\d./:-])(?P<h>[01]?\d|2[0-3])(?:(?P<sep>[u:h])|\.(?=\d{2}\s*(?:h|hs|hrs|uhr|uur|horas?)\b))"
    r"(?P<m>[0-5]\d)(?![\d./:-]\d)(?:\s*(?:h|hs|hrs|min)\b\.?|m\b)?",
    re.I,
)

_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_WEEKDAYS = (
    r"mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?"
    r"|sun(?:day)?"
)
ISO = re.compile(r"\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\b")
TIME = re.compile(r"\b\d{1,2}[:.h]\d{2}\b|\b\d{1,2}\s*(?:[ap]\.?m\b\.?)", re.I)
_MONTH = re.compile(rf"\b(?:{_MONTHS})\b\.?", re.I)
_NUMERIC_DATE = re.compile(r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b")
_KANA_KANJI = "\u3040-\u30ff\u4e00-\u9fff"
LABEL = re.compile(  # a Japanese label needs no space: '2024年8月26日配信', '15時更新'
    rf"(?:(?<!\w)|(?=[{_KANA_KANJI}]))(?:(first|last|originally|zuletzt|laatst)\s+)?"
    rf"({LABELS_PUBLISHED}|{LABELS_UPDATED}){LABEL_TAIL}(?:(?!\w)|(?<=[{_KANA_KANJI}]))\s*[:：]?",
    re.I,
)
_SUFFIX_LABEL = re.compile(rf"^[{_KANA_KANJI}]")
_UPDATED = re.compile(rf"^(?:{LABELS_UPDATED})$", re.I)
_DATE_WORD = re.compile(
    rf"^(?:(?:{_MONTHS}|{_WEEKDAYS})\.?,?|\d{{1,4}}(?:st|nd|rd|th)?[,.]?|\d{{1,2}}[:.h]\d{{2}}(?:[:.]\d{{2}})?(?:h|hs|hrs)?,?"
    r"|[ap]\.?m\.?,?|hrs?\.?,?|h|at|on|of|the|\(?[A-Z]{1,4}T\)?,?|\(?UTC\)?,?|GMT[+-]\S*|UTC[+-]\S*"
    r"|\d{4}-\d{2}-\d{2}\S*|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?|[|•·,/–—-])$",
    re.I,
)
_MAX_DATE_WORDS = 14
_JA_DAY = re.compile(r"\d{1,2}月\s*\d{1,2}日")
JA_TIME = re.compile(r"\d{1,2}時(?:\d{1,2}分)?")


_LABEL_NAME_RE = re.compile(rf"{LABEL_TAIL}$", re.I)


def _label_name(prefix: str | None, word: str) -> str:
    """'updated', 'first' (first published: the original time) or 'published'."""
    prefix = (prefix or "").lower()
    label = _LABEL_NAME_RE.sub("", word.lower())
    if _UPDATED.match(label) or prefix in ("last", "zuletzt", "laatst"):
        return "updated"
    return "first" if prefix in ("first", "originally") else "published"


def clock(text: str) -> str:
    """Times of day in a page's own notation written as 'HH:MM': Dutch '12u25', French '09h41',
    Spanish '09.41h' or '21.20 hs', Portuguese '10h30min' or '14h18m', German '14.52 Uhr'. Dates
    ('14.03.2023') are left as they are."""
    return _CLOCK.sub(lambda m: f"{m.group('h')}:{m.group('m')}", text)


_DOTTED_DATE = re.compile(r"(?<!\d)(\d{1,4})[·∙・](\d{1,2})[·∙・](\d{1,4})(?!\d)")  # '05·03·2024'
_GLUED_TO_DATE = re.compile(r"^[A-ZÀ-Þ][^\W\d_]{2,}(?=\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}(?!\d))")
_GLUED_WORD = re.compile(r"^[A-ZÀ-Þ][^\W\d_]{2,}(?=[,.]?\s+\d)")
GLUED_NAME_MIN = 3  # letters of a day's or month's name run into the word before it ('Sociedadmartes')


def dotted(text: str) -> str:
    """A date's middle dots read as its dots: '05·03·2024' -> '05.03.2024'."""
    return _DOTTED_DATE.sub(r"\1.\2.\3", text)


_SHORT_WEEKDAY = re.compile(r"^(?P<word>[^\W\d_]{3,4})\.?,?\s+(?=\d)")
WEEKDAY_MIN_LETTERS = 5  # weekday names this long are cut short by some pages ('din' for 'dinsdag')


def without_short_weekday(text: str, words: DateWords) -> str:
    """The line without a weekday's name cut short before the day ('din 15 nov 2016' ->
    '15 nov 2016'): three or four letters that begin a weekday's name of the page's language, a
    name the parser does not know; the date itself says the same."""
    match = _SHORT_WEEKDAY.match(text)
    if match is None or words.is_date_word(match.group("word")):
        return text
    word = match.group("word").casefold()
    if any(len(day) >= WEEKDAY_MIN_LETTERS and day.startswith(word) for day in words.weekdays):
        return text[match.end() :]
    return text


# '2030年7月8日(日)', '7月8日（月・祝）': a Japanese day's weekday (a holiday's mark too) in brackets
_KANJI_WEEKDAY = re.compile(r"(?<=日)\s*[(（]\s*[月火水木金土日](?:曜日?)?(?:\s*[・･]\s*祝日?)?\s*[)）]")


def without_kanji_weekday(text: str) -> str:
    """The date without the bracketed weekday a Japanese page writes after its day ('2030年7月8日
    (日)' -> '2030年7月8日'); the day itself says the same. One regex pass, linear."""
    return _KANJI_WEEKDAY.sub(" ", text).strip()


# '• 578 lectures • 0 commentaires', '| 1.204 views': counts ending a date line, each after a bullet or a bar
_COUNTS = re.compile(r"(?:\s*[•·|]\s*\d[\d.,]*\s+(?P<word>[^\W\d_]{3,20}))+\s*$")
COUNTED_LINE_MAX = 160  # a date line with its counts is short: longer lines are not searched
_COUNT = re.compile(r"[•·|]\s*\d[\d.,]*\s+(?P<word>[^\W\d_]{3,20})")


def without_counts(text: str, words: DateWords) -> str:
    """The date line without the counts it ends with ('10 avril 2030 • 578 lectures • 0
    commentaires' -> '10 avril 2030'): after a bullet or a bar, a number and one word that is no
    date word and no relative time's ('3 hours ago'). One regex search on a line of at most
    `COUNTED_LINE_MAX` characters."""
    match = _COUNTS.search(text) if len(text) <= COUNTED_LINE_MAX else None
    if match is None:
        return text
    counts = [m.group("word") for m in _COUNT.finditer(match.group(0))]
    if any(is_date_word(word, words) for word in counts) or words.relative_in(match.group(0)):
        return text
    return text[: match.start()]


def glued_label(text: str, words: DateWords) -> int | None:
    """Where the date starts in a line that opens with a capitalised name run into it with no
    space, as two spans of a page copy: 'Sociedad05.03.2024' -> 8, 'Sociedadmartes, 5 de marzo'
    -> 8; None for any other line."""
    text = dotted(text)
    numeric = _GLUED_TO_DATE.match(text)
    if numeric is not None:
        return numeric.end()
    word = _GLUED_WORD.match(text)
    if word is None or words.is_month(word.group(0)) or words.is_weekday(word.group(0)):
        return None
    name = word.group(0)
    for cut in range(GLUED_NAME_MIN, len(name) - GLUED_NAME_MIN + 1):
        rest = name[cut:]
        if rest[0].islower() and name[cut - 1].islower() and (words.is_weekday(rest) or words.is_month(rest)):
            return cut
    return None


_UNGLUED_RE = re.compile(r"\b((?:19|20)\d{2})(\d{1,2}:\d{2})")
# A day's comma run straight into the year after a month word ('Feb 13,2008'), and a month word
# between a day and a year with dots and no spaces ('31.Aug.2017'): one pass each, linear.
_GLUED_YEAR_COMMA = re.compile(r"(\b[^\W\d]{3,9}\.?\s*\d{1,2}),((?:19|20)\d{2})\b")
_GLUED_MONTH_DOTS = re.compile(r"\b(\d{1,2})\.([^\W\d]{3,9})\.((?:19|20)\d{2})\b")
_UNGLUED_RE2 = re.compile(r"(?<=[\w)])(?=(?:Updated|Published|Posted|Modified)\b)")
# A label of any language the vocabulary knows, capitalised and run straight after a figure
# ('13:17Gewijzigd op ...', '09:05Modifié le ...'): two spans of a page copied without a space.
_GLUED_LABEL = re.compile(rf"(?<=\d)(?=[A-ZÀ-Þ])(?=(?i:{LABELS_PUBLISHED}|{LABELS_UPDATED})(?!\w))")


def unglued(text: str) -> str:
    """Spaces back where scraped spans ran together: '20256:05 AMGMT+2Updated' -> '2025 6:05 ...',
    '13:17Gewijzigd op' -> '13:17 Gewijzigd op', 'Feb 13,2008' -> 'Feb 13, 2008', '31.Aug.2017' ->
    '31. Aug. 2017'."""
    text = _UNGLUED_RE.sub(r"\1 \2", text)
    text = _GLUED_YEAR_COMMA.sub(r"\1, \2", text)
    text = _GLUED_MONTH_DOTS.sub(r"\1. \2. \3", text)
    return _GLUED_LABEL.sub(" ", _UNGLUED_RE2.sub(" ", text))


def labelled_segments(text: str) -> list[tuple[str, str]]:
    """Split 'Published: X | Updated: Y' into [('published', 'X'), ('updated', 'Y')]; a Japanese
    label after its date names that date ('2024年8月26日 15時更新')."""
    segments: list[tuple[str, str]] = []
    label, start = "published", 0
    for match in LABEL.finditer(text):
        name = _label_name(match.group(1), match.group(2))
        if _SUFFIX_LABEL.match(match.group(2)) and text[start : match.start()].strip(_SEGMENT_EDGES):
            segments.append((name, text[start : match.start()]))  # '15時更新': it names what precedes
            label = "published"
        else:
            segments.append((label, text[start : match.start()]))
            label = name
        start = match.end()
    segments.append((label, text[start:]))
    return [(name, part.strip(_SEGMENT_EDGES)) for name, part in segments]


_SEGMENT_EDGES = " :|-–—·•,.()[]【】（）［］"


def only_date_words(segment: str, words: DateWords) -> bool:
    tokens = segment.split()
    if not tokens or len(tokens) > _MAX_DATE_WORDS or not any(c.isdigit() for c in segment):
        return False
    if not (
        has_day(segment, words) or ISO.search(segment) or TIME.search(segment) or JA_TIME.search(segment)
    ):
        return False
    return all(is_date_word(token, words) for token in tokens)


def is_date_word(token: str, words: DateWords) -> bool:
    """A word a date or time line is made of, in English or the page's language."""
    return bool(_DATE_WORD.match(token)) or words.is_date_word(token)


def has_day(text: str, words: DateWords) -> bool:
    """True when `text` names a day of a month: a month name in any known language, a numeric
    date ('14/03/2023') or a Japanese one ('3月14日')."""
    return bool(
        _MONTH.search(text)
        or _NUMERIC_DATE.search(text)
        or _JA_DAY.search(text)
        or any(words.is_month(token) for token in text.split())
    )
