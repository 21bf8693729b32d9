"""Reading the times a page states ('16:16 JST, November 20, 2024', 'Nov 20, 2024 01:13 pm').

ISO stamps go through the generator's own `parse_when`; human dates through `dateparser`, in the
outlet's language and English ('dinsdag 14 maart 2023, 09:41', 'Publié le Mardi 14 mars 2023').
A relative time ('3 hours ago', 'vandaag, 06:39') is never read as a date: it cannot be placed.
Time
zone names are resolved here, not by dateparser, because abbreviations are ambiguous ('IST' is
India, Israel or Ireland): an abbreviation the outlet's own zone uses at that date means the
outlet's zone, then a short table of common ones applies. A time without a zone is read in the
outlet's zone. Every result is expressed in the outlet's zone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone, tzinfo
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import dateparser

from generator.ingest.date_words import LABEL_TAIL, LABELS_PUBLISHED, LABELS_UPDATED, DateWords, date_words
from generator.ingest.model import PageTime
from generator.load.dates import parse_when

_ZONES: dict[str, str | float] = {
    "UTC": "UTC", "GMT": "UTC", "Z": "UTC", "ET": "America/New_York", "EST": -5, "EDT": -4,
    "CT": "America/Chicago", "CST": -6, "CDT": -5, "MT": "America/Denver", "MST": -7,
    "MDT": -6, "PT": "America/Los_Angeles", "PST": -8, "PDT": -7, "BST": 1, "WET": 0,
    "WEST": 1, "CET": 1, "CEST": 2, "EET": 2, "EEST": 3, "MSK": 3, "EAT": 3, "SAST": 2,
    "CAT": 2, "WAT": 1, "GST": 4, "PKT": 5, "IST": 5.5, "NPT": 5.75, "ICT": 7, "WIB": 7,
    "SGT": 8, "HKT": 8, "PHT": 8, "AWST": 8, "KST": 9, "JST": 9, "ACST": 9.5, "AEST": 10,
    "AEDT": 11, "NZST": 12, "NZDT": 13,
}  # fmt: skip
_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_WEEKDAYS = (
    r"mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?"
    r"|sun(?:day)?"
)
_ISO = re.compile(r"\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\b")
_ISO_CLOCK_AFTER = re.compile(r"\s*[|,·•]?\s*(\d{1,2}):(\d{2})(?::(\d{2}))?\s*$")
_OFFSET = re.compile(r"\b(?:GMT|UTC)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?\b", re.I)
_ABBREVIATION = re.compile(r"\(?\b([A-Z]{1,4}T|Z|UTC)\b\)?")
_TIME = re.compile(r"\b\d{1,2}[:.h]\d{2}\b|\b\d{1,2}\s*(?:[ap]\.?m\b\.?)", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2}\b")  # '2023', or '14/03/23'
_MONTH = re.compile(rf"\b(?:{_MONTHS})\b\.?", re.I)
_NUMERIC_DATE = re.compile(r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b")
_KANA_KANJI = "\u3040-\u30ff\u4e00-\u9fff"
_LABEL = re.compile(  # a Japanese label needs no space: '2024年8月26日配信', '15時更新'
    rf"(?:(?<!\w)|(?=[{_KANA_KANJI}]))(?:(first|last|originally|zuletzt|laatst)\s+)?"
    rf"({LABELS_PUBLISHED}|{LABELS_UPDATED}){LABEL_TAIL}(?:(?!\w)|(?<=[{_KANA_KANJI}]))\s*[:：]?",
    re.I,
)
_SUFFIX_LABEL = re.compile(rf"^[{_KANA_KANJI}]")
_LEAD_WORD = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ]{2,12}")
_UPDATED = re.compile(rf"^(?:{LABELS_UPDATED})$", re.I)
_COUNTER = re.compile(r"^(?P<stamp>.*\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\.?)?)\s+\d{1,9}$", re.I)
_DATE_WORD = re.compile(
    rf"^(?:(?:{_MONTHS}|{_WEEKDAYS})\.?,?|\d{{1,4}}(?:st|nd|rd|th)?[,.]?|\d{{1,2}}[:.h]\d{{2}}(?:[:.]\d{{2}})?(?:h|hs|hrs)?,?"
    r"|[ap]\.?m\.?,?|hrs?\.?,?|h|at|on|of|the|\(?[A-Z]{1,4}T\)?,?|\(?UTC\)?,?|GMT[+-]\S*|UTC[+-]\S*"
    r"|\d{4}-\d{2}-\d{2}\S*|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?|[|•·,/–—-])$",
    re.I,
)
_MAX_DATE_WORDS = 14
_JA_DAY = re.compile(r"\d{1,2}月\s*\d{1,2}日")
_JA_TIME = re.compile(r"\d{1,2}時(?:\d{1,2}分)?")


@dataclass(frozen=True)
class DateContext:
    """How to read times of one outlet: its zone, the date-order habit, and 'now' for years."""

    tz: ZoneInfo
    reference: datetime
    day_first: bool = True
    language: str = "en"
    url: str | None = None  # the page's address: a day in its path settles a date's field order

    @property
    def words(self) -> DateWords:
        """The date words of the outlet's language and English."""
        return date_words(self.language, "en")


@dataclass(frozen=True)
class DateLine:
    """A line that only states times: each stamp labelled 'published', 'first' or 'updated'."""

    stamps: tuple[tuple[str, PageTime], ...] = ()
    relative: str | None = None  # the relative time the line gives ('vandaag, 06:39'): no date


def read_date_line(text: str, context: DateContext) -> DateLine | None:
    """The stamps of a line made only of dates, times and labels, or None for any other line.
    A line giving only a relative time ('Updated 3 hours ago') has no stamp and says so."""
    text = _without_short_weekday(clock(_unglued(dotted(text))), context.words)
    relative = relative_only(text, context)
    if relative is not None:
        return DateLine(relative=relative)
    segments = _labelled_segments(text)
    if not segments:
        return None
    if len(segments) > 1 and _LEAD_WORD.fullmatch(segments[0][1]):
        segments = segments[1:]  # 'Article publié le 3 juillet 2014': one word names what is dated
    stamps: list[tuple[str, PageTime]] = []
    for label, segment in segments:
        if not segment or (stamps and relative_only(segment, context)):
            continue
        counted = _COUNTER.match(segment)
        segment = counted.group("stamp") if counted else segment  # '17:08 876': a view counter
        if not _only_date_words(segment, context.words):
            return None
        stamp = parse_stamp(segment, context)
        if stamp is None:
            return None
        day = next((s for _, s in reversed(stamps) if s.has_date), None)
        if label == "updated" and not stamp.has_date and day is not None:
            stamp = combine(day, stamp, context)  # '14 mar 2025 . Actualizado a las 10:20 h.'
        stamps.append((label, stamp))
    return DateLine(tuple(stamps)) if stamps else None


_APPROX = re.compile(  # 'about 2 hours ago', 'ongeveer 2 uur geleden', 'environ 2 heures'
    r"(?<!\w)(?:about|around|approximately|some|ongeveer|circa|ca\.|etwa|rund|ungefähr|environ|près\ de"
    r"|alrededor\ de|aproximadamente|unos|unas|circa|quasi|cerca\ de|por\ volta\ de|quase|約|およそ)(?!\w)",
    re.I | re.X,
)


def relative_only(text: str, context: DateContext) -> str | None:
    """The text when it states only a relative time, perhaps with a clock time and a label
    ('3 hours ago', 'vandaag, 06:39', 'Aktualisiert vor 2 Stunden'); else None."""
    words = context.words
    found = words.relative_in(text)
    if found is None:
        return None
    rest = (text[: found.start()] + " " + text[found.end() :]).strip(" ,:|-–—·•")
    rest = _APPROX.sub(" ", _LABEL.sub(" ", rest)).strip(" ,:|-–—·•")
    if not rest or (all(_is_date_word(w, words) for w in rest.split()) and not _has_day(rest, words)):
        return " ".join(text.strip(" |-–—·•").split())
    return None


def has_label(text: str) -> bool:
    """True when the line names what its time is: 'Published', 'Updated', 'Posted on' ..."""
    return bool(_LABEL.search(text))


_LABEL_NAME_RE = re.compile(rf"{LABEL_TAIL}$", re.I)


def _label_name(prefix: str | None, word: str) -> str:
    """'updated', 'first' (first published: the original time) or 'published'."""
    prefix = (prefix or "").lower()
    label = _LABEL_NAME_RE.sub("", word.lower())
    if _UPDATED.match(label) or prefix in ("last", "zuletzt", "laatst"):
        return "updated"
    return "first" if prefix in ("first", "originally") else "published"


_CLOCK = re.compile(  # '09.41h', '09.41 Uhr', '12u25', '09h41', '21.20 hs': a time of day, any notation
    r"(?<![\d./:-])(?P<h>[01]?\d|2[0-3])(?:(?P<sep>[u:h])|\.(?=\d{2}\s*(?:h|hs|hrs|uhr|uur|horas?)\b))"
    r"(?P<m>[0-5]\d)(?![\d./:-]\d)(?:\s*(?:h|hs|hrs|min)\b\.?)?",
    re.I,
)


def clock(text: str) -> str:
    """Times of day in a page's own notation written as 'HH:MM': Dutch '12u25', French '09h41',
    Spanish '09.41h' or '21.20 hs', Portuguese '10h30min', German '14.52 Uhr'. Dates
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


def _without_short_weekday(text: str, words: DateWords) -> str:
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
_UNGLUED_RE2 = re.compile(r"(?<=[\w)])(?=(?:Updated|Published|Posted|Modified)\b)")
# A label of any language the vocabulary knows, capitalised and run straight after a figure
# ('13:17Gewijzigd op ...', '09:05Modifié le ...'): two spans of a page copied without a space.
_GLUED_LABEL = re.compile(rf"(?<=\d)(?=[A-ZÀ-Þ])(?=(?i:{LABELS_PUBLISHED}|{LABELS_UPDATED})(?!\w))")


def _unglued(text: str) -> str:
    """Spaces back where scraped spans ran together: '20256:05 AMGMT+2Updated' -> '2025 6:05 ...',
    '13:17Gewijzigd op' -> '13:17 Gewijzigd op'."""
    text = _UNGLUED_RE.sub(r"\1 \2", text)
    return _GLUED_LABEL.sub(" ", _UNGLUED_RE2.sub(" ", text))


def _labelled_segments(text: str) -> list[tuple[str, str]]:
    """Split 'Published: X | Updated: Y' into [('published', 'X'), ('updated', 'Y')]; a Japanese
    label after its date names that date ('2024年8月26日 15時更新')."""
    segments: list[tuple[str, str]] = []
    label, start = "published", 0
    for match in _LABEL.finditer(text):
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


def _only_date_words(segment: str, words: DateWords) -> bool:
    tokens = segment.split()
    if not tokens or len(tokens) > _MAX_DATE_WORDS or not any(c.isdigit() for c in segment):
        return False
    if not (
        _has_day(segment, words) or _ISO.search(segment) or _TIME.search(segment) or _JA_TIME.search(segment)
    ):
        return False
    return all(_is_date_word(token, words) for token in tokens)


_FILE_EXTENSION = re.compile(
    r"\.(?:jpe?g|png|gif|webp|avif|heic|heif|tiff?|bmp|svg|raw|dng|mp4|mov|avi|webm|pdf|docx?)$", re.I
)
_CAMERA_PREFIX = re.compile(
    r"^(?:IMG|DSC[FN]?|PXL|VID|MVIMG|GOPR|DJI|SAM|Screenshot|Bildschirmfoto|Captura|Schermata|WhatsApp)[_-]",
    re.I,
)
_UNDERSCORE_DIGIT = re.compile(r"\d_|_\d")


def is_file_name(token: str) -> bool:
    """Whether a word (a run without spaces) is a file name, path or address, not a date a page
    states: an address ('https://', 'www.'), a file's extension ('.jpg', '.mp4', '.pdf'), a
    camera's or a screenshot's prefix ('IMG_', 'DSC-'), or figures joined by an underscore
    ('2017-08-24_00h03_35'): no step reads a date inside one."""
    token = token.strip("()[]{}<>\"'“”‘’«»,;:!?")
    return bool(
        "://" in token
        or token.lower().startswith("www.")
        or _FILE_EXTENSION.search(token)
        or _CAMERA_PREFIX.match(token)
        or _UNDERSCORE_DIGIT.search(token)
    )


def token_at(text: str, start: int, end: int) -> str:
    """The run of non-space characters of `text` holding `text[start:end]`."""
    left = start
    while left > 0 and not text[left - 1].isspace():
        left -= 1
    right = end
    while right < len(text) and not text[right].isspace():
        right += 1
    return text[left:right]


def is_date_token(token: str, context: DateContext) -> bool:
    """A word a date or time line is made of ('14', 'juillet', 'le', '09:41', '26/03/24', '-')."""
    return _is_date_word(token, context.words)


def _is_date_word(token: str, words: DateWords) -> bool:
    """A word a date or time line is made of, in English or the page's language."""
    return bool(_DATE_WORD.match(token)) or words.is_date_word(token)


def _has_day(text: str, words: DateWords) -> bool:
    """True when `text` names a day of a month: a month name in any known language, a numeric
    date ('14/03/2023') or a Japanese one ('3月14日')."""
    return bool(
        _MONTH.search(text)
        or _NUMERIC_DATE.search(text)
        or _JA_DAY.search(text)
        or any(words.is_month(token) for token in text.split())
    )


_PARSE_STAMP_RE = re.compile(r"\d{2,4}年")


def parse_stamp(text: str, context: DateContext) -> PageTime | None:
    """Read one date/time expression; None when it is not one, or gives only a relative time
    ('vandaag, 06:39') or no day and no time ('Tuesday'), which cannot be placed."""
    text = text.strip()
    iso = _ISO.search(text)
    if iso:
        try:
            when, date_only = parse_when(iso.group(0), context.tz)
        except ValueError:
            return None
        after = _ISO_CLOCK_AFTER.match(text, iso.end()) if date_only else None
        if after is not None:  # '2023-08-01 | 04:30': the day's own time, after a separator
            hour, minute, second = (int(after.group(i) or 0) for i in (1, 2, 3))
            if hour < 24 and minute < 60 and second < 60:
                return PageTime(when.replace(hour=hour, minute=minute, second=second), source=text)
        return PageTime(when.astimezone(context.tz), has_time=not date_only, source=text)
    words = context.words
    if words.relative_in(text) is not None:
        return None
    cleaned, zone_hint = _take_zone(text, words)
    has_date = _has_day(cleaned, words)
    has_time = bool(_TIME.search(cleaned) or _JA_TIME.search(cleaned))
    if not (has_date or has_time):
        return None
    order = field_order(cleaned, context)
    if order is None:
        return None  # '21/05/02' may be 21 May 2002 or 2 May 2021: never a guess
    naive = _dateparser(cleaned, context, has_date, order)
    if naive is None:
        return None
    zone = _resolve_zone(zone_hint, naive, context.tz)
    when = naive.replace(tzinfo=zone).astimezone(context.tz)
    if not has_time:
        when = naive.replace(tzinfo=context.tz)
    has_year = has_date and bool(_YEAR.search(cleaned) or _PARSE_STAMP_RE.search(cleaned))
    if has_year and not _year_stated(naive.year, cleaned):
        return None  # the parser's guess, not the page's year: never a date the page does not give
    return PageTime(when, has_time=has_time, has_year=has_year, source=text, has_date=has_date)


def _year_stated(year: int, text: str) -> bool:
    """True when `text` writes `year`, in four figures or as a numeric date's two, last or first
    ('14/03/23', '23/03/14')."""
    yy = f"{year % 100:02d}"
    return str(year) in text or bool(re.search(rf"[/.-]{yy}\b|\b{yy}[/.-]\d", text))


_SHORT_NUMERIC = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{2})(?![/.-]?\d)")
_URL_DAY = re.compile(r"(?<!\d)((?:19|20)\d{2})[/_-]?(\d{2})[/_-]?(\d{2})")
YEAR_FIRST_LANGUAGES = frozenset({"ja", "zh", "ko"})  # '21/05/02' is year, month, day there
_FIELDS = {"DMY": (2, 1, 0), "MDY": (2, 0, 1), "YMD": (0, 1, 2)}  # where the year, month, day stand


def field_order(text: str, context: DateContext) -> str | None:
    """The order of a numeric date's fields (dateparser's DATE_ORDER), or None when the text's
    numeric date has three fields of two figures ('21/05/02') that several orders read as a
    possible day (a real date, not after today) and nothing settles which: a day in the page's
    URL that one reading gives, else the convention of the page's language (year first in
    Japanese, Chinese and Korean; else the outlet's day-first or month-first habit), else the
    only possible reading."""
    convention = (
        "YMD" if context.language in YEAR_FIRST_LANGUAGES else ("DMY" if context.day_first else "MDY")
    )
    match = _SHORT_NUMERIC.search(text)
    if match is None:
        return "DMY" if context.day_first else "MDY"
    fields = (int(match.group(1)), int(match.group(3)), int(match.group(4)))
    readings = {order: _reading(fields, order, context.reference) for order in _FIELDS}
    possible = {order: day for order, day in readings.items() if day is not None}
    url_days = _url_days(context.url)
    settled = [order for order, day in possible.items() if day in url_days]
    if len(settled) == 1:
        return settled[0]
    if convention in possible:
        return convention
    return next(iter(possible)) if len(possible) == 1 else None


def _reading(fields: tuple[int, int, int], order: str, reference: datetime) -> date | None:
    """The day `fields` give in `order`, if it is a real day not after `reference`'s."""
    at_year, at_month, at_day = _FIELDS[order]
    year = 2000 + fields[at_year]
    year = year if year <= reference.year else year - 100
    try:
        day = date(year, fields[at_month], fields[at_day])
    except ValueError:
        return None
    return day if day <= reference.date() else None


def url_days(url: str | None) -> frozenset[date]:
    """The days the URL's path writes (see `_url_days`): the day a story was first filed."""
    return _url_days(url)


def _url_days(url: str | None) -> frozenset[date]:
    """The days the URL's path writes as 'yyyymmdd', 'yyyy/mm/dd' or 'yyyy-mm-dd'."""
    days = set()
    for year, month, day in _URL_DAY.findall(urlsplit(url).path if url else ""):
        try:
            days.add(date(int(year), int(month), int(day)))
        except ValueError:
            continue
    return frozenset(days)


def is_time_only(stamp: PageTime) -> bool:
    """True for a stamp read from a bare time like '01:13 pm' (no day stated)."""
    return not stamp.has_date


def combine(day: PageTime, clock: PageTime, context: DateContext) -> PageTime:
    """A date-only stamp completed by a time-only one that follows it ('Nov 20, 2024' + '01:13 pm')."""
    local_clock = clock.when.astimezone(context.tz)
    when = day.when.astimezone(context.tz).replace(
        hour=local_clock.hour, minute=local_clock.minute, second=local_clock.second
    )
    return PageTime(when, has_time=True, has_year=day.has_year, source=f"{day.source} {clock.source}")


def _take_zone(text: str, words: DateWords) -> tuple[str, str | tzinfo | None]:
    """The text without its zone designator, and the zone: an abbreviation or a fixed offset
    (never a month written in capitals, such as German 'OKT')."""
    offset = _OFFSET.search(text)
    if offset:
        sign = -1 if offset.group(1) == "-" else 1
        delta = timedelta(hours=int(offset.group(2)), minutes=int(offset.group(3) or 0))
        return _strip(text, offset.start(), offset.end()), timezone(sign * delta)
    for match in _ABBREVIATION.finditer(text):
        abbreviation = match.group(1)
        if abbreviation in _ZONES or (abbreviation.endswith("T") and not words.is_month(abbreviation)):
            return _strip(text, match.start(), match.end()), match.group(1)
    return text, None


def _strip(text: str, start: int, end: int) -> str:
    return " ".join((text[:start] + " " + text[end:]).split()).strip(" ,")


_DATEPARSER_RE = re.compile(r"\bhrs?\b\.?", re.I)


def _dateparser(text: str, context: DateContext, has_date: bool, order: str) -> datetime | None:
    text = _DATEPARSER_RE.sub("", text)
    settings = {
        "PREFER_DATES_FROM": "past",
        "RELATIVE_BASE": context.reference.astimezone(context.tz).replace(tzinfo=None),
        "RETURN_AS_TIMEZONE_AWARE": False,
        "PREFER_DAY_OF_MONTH": "first",
        "DATE_ORDER": order,
    }
    if has_date:
        settings["REQUIRE_PARTS"] = ["day", "month"]
    try:
        return dateparser.parse(text, languages=[context.language, "en"], settings=settings)
    except (ValueError, OverflowError):
        return None


def _resolve_zone(hint: str | tzinfo | None, naive: datetime, outlet_tz: ZoneInfo) -> tzinfo:
    """The zone a designator stands for; the outlet's own zone wins when it uses that name."""
    if hint is None:
        return outlet_tz
    if not isinstance(hint, str):
        return hint
    if outlet_tz.tzname(naive.replace(tzinfo=outlet_tz)) == hint:
        return outlet_tz
    known = _ZONES.get(hint)
    if isinstance(known, str):
        return ZoneInfo(known)
    if known is not None:
        return timezone(timedelta(minutes=round(known * 60)))
    return outlet_tz
