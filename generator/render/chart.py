"""The coverage chart of a story page: when each newsroom published, as inline SVG with a table.

One row per newsroom (copies of a wire sit in the wire's row), time across. An article that
gives its time is a dot; one that gives only a day is a bar over that day, because its hour is
not known. The first report is marked only when the recorded times prove it: its latest possible
moment is before every other article's earliest (a day-only article on the day of the earliest
timed one could have come first, so then no report is marked and the description says why).

Positions are percentages of the chart's width, so the SVG stretches to any width (360 px and
up) while its text keeps the page's size: there is no `viewBox` to scale the labels down.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from generator.model.analysis import Newsroom
from generator.model.site import Article

LEFT, RIGHT = 3.0, 97.0  # the plot spans these percentages of the width
TOP, ROW, AXIS = 6, 44, 34  # pixels: above the first row, per row, for the time axis
MAX_TICKS = 4  # labels of about 12 characters: four fit in 360 px
MAX_LABEL = 40  # characters of a row's label: what fits in 360 px at the chart's text size
_HOUR = 3600
_STEPS = (1, 2, 3, 6, 12, 24, 48, 7 * 24, 14 * 24, 30 * 24, 91 * 24, 365 * 24)  # hours
DAY = timedelta(days=1)


@dataclass(frozen=True)
class Entry:
    """One article as the chart places it."""

    article: Article
    masthead: str
    href: str  # its entry in the page's source list
    shown: str  # when it was published, as the source list shows it...
    iso: str  # ...and as its <time datetime> gives it (a day, for a day-only article)

    @property
    def start(self) -> datetime:
        return self.article.published

    @property
    def end(self) -> datetime:
        """The latest moment it can have been published: the end of its day when only a day is known."""
        return self.article.published + DAY if self.article.date_only else self.article.published


@dataclass(frozen=True)
class Mark:
    x: float  # percent of the width
    width: float  # percent; 0 for a moment
    label: str
    first: bool


@dataclass(frozen=True)
class Row:
    name: str
    note: str  # "3 articles", "AP copy under 3 mastheads", ...
    y: int  # of the row's marks, in pixels
    marks: tuple[Mark, ...]


@dataclass(frozen=True)
class Tick:
    x: float
    label: str
    anchor: str  # start, middle or end: a label at an edge must not run out of the chart


@dataclass(frozen=True)
class TableRow:
    newsroom: str
    masthead: str
    href: str
    shown: str
    iso: str
    first: bool


@dataclass(frozen=True)
class ChartView:
    title: str
    description: str
    height: int
    axis: int  # y of the time axis, in pixels
    rows: tuple[Row, ...]
    ticks: tuple[Tick, ...]
    table: tuple[TableRow, ...]
    timed: bool  # some article gives its time (else the legend has no dots)
    day_only: bool  # some article gives only its day


def first_report(entries: Sequence[Entry]) -> Entry | None:
    """The article certainly published first: it ended before every other one could begin."""
    if not entries:
        return None
    earliest = min(entries, key=lambda e: (e.end, e.start, e.article.id))
    if all(earliest.end < other.start for other in entries if other is not earliest):
        return earliest
    if len(entries) == 1:
        return earliest
    return None


def chart(newsrooms: Sequence[Newsroom], entries: dict[str, Entry], tz: ZoneInfo) -> ChartView | None:
    """The chart of a story whose articles come from two or more newsrooms (else None)."""
    groups = [(n, [entries[i] for i in n.articles if i in entries]) for n in newsrooms]
    groups = [(n, members) for n, members in groups if members]
    if len(groups) < 2:
        return None
    everything = [e for _, members in groups for e in members]
    first = first_report(everything)
    begin = min(e.start for e in everything)
    end = max(e.end for e in everything)
    if end <= begin:  # one moment: give it an hour so the dots sit in the middle
        begin, end = begin - timedelta(minutes=30), end + timedelta(minutes=30)
    span = (end - begin).total_seconds()

    def at(moment: datetime) -> float:
        return round(LEFT + (RIGHT - LEFT) * (moment - begin).total_seconds() / span, 2)

    rows = []
    for number, (newsroom, members) in enumerate(groups):
        marks = tuple(
            Mark(
                at(e.start),
                round(at(e.end) - at(e.start), 2),
                f"{e.masthead}, {e.shown}" + (" (the first report)" if e is first else ""),
                e is first,
            )
            for e in members
        )
        rows.append(Row(newsroom.name, _note(newsroom, members), TOP + ROW * number + 30, marks))
    axis = TOP + ROW * len(groups) + 4
    table = tuple(
        TableRow(n.name, e.masthead, e.href, e.shown, e.iso, e is first)
        for n, members in groups
        for e in members
    )
    return ChartView(
        title="When each newsroom published",
        description=_description(everything, len(groups), first, tz),
        height=axis + AXIS,
        axis=axis,
        rows=tuple(rows),
        ticks=_ticks(begin, end, tz, at),
        table=table,
        timed=any(not e.article.date_only for e in everything),
        day_only=any(e.article.date_only for e in everything),
    )


def _note(newsroom: Newsroom, members: Sequence[Entry]) -> str:
    """'1 article', '2 articles: The Daily, The Post' or, when that would not fit a narrow
    screen on one line with the name, '5 articles under 4 mastheads' (the table names them)."""
    mastheads = sorted({e.masthead for e in members})
    count = f"{len(members)} article{'s' if len(members) != 1 else ''}"
    if mastheads == [newsroom.name]:
        return count
    listed = f"{count}: {', '.join(mastheads)}"
    if len(newsroom.name) + len(listed) <= MAX_LABEL:
        return listed
    return f"{count} under {len(mastheads)} masthead{'s' if len(mastheads) != 1 else ''}"


def _description(entries: Sequence[Entry], newsrooms: int, first: Entry | None, tz: ZoneInfo) -> str:
    days = sorted({_day(e, tz) for e in entries})
    when = f"on {days[0]}" if len(days) == 1 else f"between {days[0]} and {days[-1]}"
    text = f"{len(entries)} articles from {newsrooms} newsrooms, published {when}."
    undated = sum(1 for e in entries if e.article.date_only)
    if first is not None:
        return f"{text} The first report: {first.masthead}, {first.shown}."
    if undated:
        return (
            f"{text} Which came first is not known: {undated} of the {len(entries)} "
            "give only the day they were published."
        )
    return f"{text} Which came first is not known: the first ones were published at the same time."


def _day(entry: Entry, tz: ZoneInfo) -> str:
    local = entry.article.published if entry.article.date_only else entry.article.published.astimezone(tz)
    return f"{local.day} {local:%B %Y}"


def _ticks(begin: datetime, end: datetime, tz: ZoneInfo, at: Callable[[datetime], float]) -> tuple[Tick, ...]:
    """Up to `MAX_TICKS` round moments (whole hours or days in the site's zone) across the span."""
    span = (end - begin).total_seconds()
    hours = next((h for h in _STEPS if span / (h * _HOUR) <= MAX_TICKS), _STEPS[-1])
    local = begin.astimezone(tz)
    if hours < 24:
        moment = local.replace(minute=0, second=0, microsecond=0)
        moment = moment.replace(hour=moment.hour - moment.hour % hours)
    else:
        moment = local.replace(hour=0, minute=0, second=0, microsecond=0)
    found: list[Tick] = []
    previous_day = None
    while moment <= end and len(found) < 2 * MAX_TICKS:
        if moment >= begin:
            day = f"{moment.day} {moment:%b}"
            if hours >= 24:
                label = day
            else:
                label = (
                    f"{moment:%H:%M}"
                    if day == previous_day
                    else day
                    if moment.hour == 0
                    else f"{day} {moment:%H:%M}"
                )
            previous_day = day
            x = at(moment)
            anchor = "start" if x < 15 else "end" if x > 85 else "middle"
            found.append(Tick(x, label, anchor))
        moment = (moment + timedelta(hours=hours)).astimezone(tz)
        if hours >= 24:  # whole days in the zone, across a change of clocks
            moment = moment.replace(hour=0, minute=0, second=0, microsecond=0)
    return tuple(found[:MAX_TICKS])
