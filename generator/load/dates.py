"""Reading dates and times from content, always ending with an aware `datetime`.

A value with a UTC offset keeps it; a naive time is read in the time zone that applies (the
outlet's for articles, the site's for briefings); a bare date means that day's midnight there.
"""

from __future__ import annotations

import os
import re
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

_DATE_ONLY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
FIRST_DAY = date(1, 1, 3)  # two days inside the calendar's ends (see `_in_range`)
LAST_DAY = date(9999, 12, 29)


def zone(name: str) -> ZoneInfo:
    """The IANA zone called `name`; raise ValueError with a readable message if unknown."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone '{name}' (expected an IANA name like 'Europe/London')") from None


def is_date_only(value: object) -> bool:
    """True for a date without a time of day, as YAML or text gives it ('2024-11-20')."""
    if isinstance(value, datetime):
        return False
    if isinstance(value, date):
        return True
    return isinstance(value, str) and bool(_DATE_ONLY.match(value.strip()))


def parse_when(value: object, tz: ZoneInfo) -> tuple[datetime, bool]:
    """Parse an ISO 8601 date or date-time; return (aware datetime, date_only).

    Raise ValueError naming what was expected and what was found.
    """
    if isinstance(value, datetime | date):
        text = value.isoformat()
    elif isinstance(value, str):
        text = value.strip()
    else:
        raise ValueError(f"expected an ISO 8601 date like 2024-11-20T13:13:00+05:30, found {value!r}")
    if _DATE_ONLY.match(text):
        try:
            day = date.fromisoformat(text)
        except ValueError:
            raise ValueError(f"'{text}' is not a real date") from None
        return _in_range(datetime.combine(day, time(0, 0), tz), text), True
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00") if text.endswith("Z") else text)
    except ValueError:
        raise ValueError(
            f"expected an ISO 8601 date like 2024-11-20 or 2024-11-20T13:13:00+05:30, found '{text}'"
        ) from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=tz)
    return _in_range(parsed, text), False


def _in_range(moment: datetime, text: str) -> datetime:
    """`moment`, when it and its UTC time fall within `FIRST_DAY` and `LAST_DAY`.

    Python's dates end at 0001-01-01 and 9999-12-31: a moment on either day (as written or in
    UTC) would overflow when shown in another time zone or moved by a day."""
    try:
        days = (moment.date(), moment.astimezone(UTC).date())
    except OverflowError:
        days = (date.min, date.min)
    if min(days) < FIRST_DAY or max(days) > LAST_DAY:
        raise ValueError(f"'{text}' is out of range: dates must lie between {FIRST_DAY} and {LAST_DAY}")
    return moment


def now() -> datetime:
    """The build's notion of now: `SOURCE_DATE_EPOCH` when set, for reproducible builds."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.strip().isdigit():
        return datetime.fromtimestamp(int(epoch), UTC)
    return datetime.now(UTC)
