"""Reading the times a page states ('16:16 JST, November 20, 2024', 'Nov 20, 2024 01:13 pm').

ISO stamps go through the generator's own `parse_when`; human dates through `dateparser`, in the
outlet's language and English ('dinsdag 14 maart 2023, 09:41', 'Publié le Mardi 14 mars 2023').
A relative time ('3 hours ago', 'vandaag, 06:39') is never read as a date: it cannot be placed.
Time
zone names are resolved by ingest (`time_zones`), not by dateparser, because abbreviations are
ambiguous ('IST' is India, Israel or Ireland): an abbreviation the outlet's own zone uses at that
date means the outlet's zone, then a short table of common ones applies. A time without a zone
is read in the outlet's zone. Every result is expressed in the outlet's zone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import dateparser

from generator.ingest.date_spelling import (
    ISO,
    JA_TIME,
    LABEL,
    TIME,
    clock,
    dotted,
    has_day,
    is_date_word,
    labelled_segments,
    only_date_words,
    unglued,
    without_counts,
    without_kanji_weekday,
    without_short_weekday,
)
from generator.ingest.date_typography import untypeset
from generator.ingest.date_words import DateWords, date_words
from generator.ingest.model import PageTime
from generator.ingest.time_zones import resolve_zone, take_zone
from generator.load.dates import parse_when

_ISO_CLOCK_AFTER = re.compile(r"\s*[|,·•]?\s*(\d{1,2}):(\d{2})(?::(\d{2}))?\s*$")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2}\b")  # '2023', or '14/03/23'
_LEAD_WORD = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ]{2,12}")
_COUNTER = re.compile(r"^(?P<stamp>.*\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\.?)?)\s+\d{1,9}$", re.I)


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


# 'Notícias - 12/03/2029', 'Sport | 12.03.2029', 'Havenstad 12/03/29': one capitalised word (a
# section's or a place's name) before a numeric date, perhaps a dash or a bar between
_SECTION_BEFORE_DATE = re.compile(
    r"^[A-ZÀ-Þ][a-zà-ÿ]{2,15}(?:\s+[-–—|])?\s+(?=\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(?!\d))"
)


def read_date_line(text: str, context: DateContext) -> DateLine | None:
    """The stamps of a line made only of dates, times and labels, or None for any other line.
    A line giving only a relative time ('Updated 3 hours ago') has no stamp and says so."""
    words = context.words
    text = without_kanji_weekday(without_counts(text, words))
    text = without_short_weekday(clock(unglued(dotted(untypeset(text)))), words)
    section = _SECTION_BEFORE_DATE.match(text)  # 'Notícias - 12/03/2029 | 09h05m': the section's name
    if section is not None and not has_label(section.group(0)):  # 'Actualizado 20/11/2029' is a label
        text = text[section.end() :]
    relative = relative_only(text, context)
    if relative is not None:
        return DateLine(relative=relative)
    segments = labelled_segments(text)
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
        if not only_date_words(segment, context.words):
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
    rest = _APPROX.sub(" ", LABEL.sub(" ", rest)).strip(" ,:|-–—·•")
    if not rest or (all(is_date_word(w, words) for w in rest.split()) and not has_day(rest, words)):
        return " ".join(text.strip(" |-–—·•").split())
    return None


def has_label(text: str) -> bool:
    """True when the line names what its time is: 'Published', 'Updated', 'Posted on' ..."""
    return bool(LABEL.search(text))


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
    return is_date_word(token, context.words)


_PARSE_STAMP_RE = re.compile(r"\d{2,4}年")


def parse_stamp(text: str, context: DateContext) -> PageTime | None:
    """Read one date/time expression; None when it is not one, or gives only a relative time
    ('vandaag, 06:39') or no day and no time ('Tuesday'), which cannot be placed."""
    text = text.strip()
    iso = ISO.search(text)
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
    cleaned, zone_hint = take_zone(without_kanji_weekday(text), words)
    has_date = has_day(cleaned, words)
    has_time = bool(TIME.search(cleaned) or JA_TIME.search(cleaned))
    if not (has_date or has_time):
        return None
    order = field_order(cleaned, context)
    if order is None:
        return None  # '21/05/02' may be 21 May 2002 or 2 May 2021: never a guess
    naive = _dateparser(cleaned, context, has_date, order)
    if naive is None:
        return None
    zone = resolve_zone(zone_hint, naive, context.tz)
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
_KANJI_FIELDS = re.compile(r"\d\s*月\s*\d{1,2}\s*日")  # '7月8日': the marks name month and day
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
    if _KANJI_FIELDS.search(text):  # '7月8日' is 8 July in any outlet's habit ('2018年' before it
        return "MDY"  # is read by its mark); dateparser reads the figures by this order, not by the marks
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
