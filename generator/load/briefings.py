"""Briefing notes: `content/briefings/<slug>.yaml`, checked against topics and articles."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from generator.errors import Report, did_you_mean, shorten
from generator.load.dates import zone
from generator.load.fields import Fields, type_name
from generator.load.spec import BRIEFING, POINT, TIMELINE_ENTRY, UPDATE
from generator.load.spec_reader import read_fields
from generator.load.textfile import read_source
from generator.load.yamlio import Node, YamlError, load_yaml
from generator.model.site import Briefing, KeyPoint, SiteConfig, TimelineEntry, Topic, Update
from generator.render.urls import slug_problem
from generator.text.markdown_limits import check


@dataclass(frozen=True)
class PointLines:
    """Where one key point is in its note: its line, and each cited article's index and line."""

    line: int
    sources: Mapping[str, tuple[int, int]]


@dataclass(frozen=True)
class LoadedBriefing:
    """A briefing and where later checks report (`related`, key points).

    `related_lines` and `related_index` give each briefing named under `related:` (once, in
    order) its line and its index in the list as written."""

    briefing: Briefing
    related_lines: Mapping[str, int]
    point_lines: tuple[PointLines, ...] = ()
    related_index: Mapping[str, int] = field(default_factory=dict)


_NAMES: list[tuple[Mapping[str, Topic], dict[str, str]]] = []  # the last topics' names


def _topic_names(topics: Mapping[str, Topic]) -> dict[str, str]:
    """Slug and folded alias -> slug, made once for the topics of a load (not once per note)."""
    if _NAMES and _NAMES[0][0] is topics:
        return _NAMES[0][1]
    names: dict[str, str] = {}
    for slug, topic in topics.items():
        names[slug] = slug
        for alias in topic.aliases:
            names[alias.casefold()] = slug
    _NAMES[:] = [(topics, names)]
    return names


class _Refs:
    """Resolves topic names and article ids for one note, reporting unknown ones."""

    def __init__(self, config: SiteConfig, article_ids: Collection[str], path: Path, report: Report):
        self.config, self.article_ids, self.path, self.report = config, article_ids, path, report
        self.topic_names = _topic_names(config.topics)

    def topic(self, name: str, line: int, where: str) -> str | None:
        slug = self.topic_names.get(name) or self.topic_names.get(name.casefold())
        if slug is None:
            hint = did_you_mean(name, self.topic_names)
            self.report.error(self.path, line, where, f"unknown topic '{shorten(name)}'{hint}")
        return slug

    def article(self, article_id: str, line: int, where: str) -> str | None:
        if article_id in self.article_ids:
            return article_id
        hint = did_you_mean(article_id, self.article_ids)
        self.report.error(self.path, line, where, f"unknown article '{shorten(article_id)}'{hint}")
        return None

    def articles(self, fields: Fields, key: str) -> tuple[str, ...]:
        found = []
        for index, (article_id, line) in enumerate(fields.text_list(key)):
            if self.article(article_id, line, f"{fields.name(key)}[{index}]"):
                found.append(article_id)
        return tuple(dict.fromkeys(found))


def read_briefing(
    path: Path, config: SiteConfig, article_ids: Collection[str], report: Report
) -> LoadedBriefing | None:
    """Load and validate one note, reporting every problem in it."""
    text = read_source(path, report)
    if text is None:
        return None
    problem = slug_problem(path.stem)
    if problem:
        report.error(path, None, "", f"file name: {problem}; e.g. landmines-for-ukraine.yaml")
        return None
    if not text.strip():
        report.error(path, None, "", "the note is empty")
        return None
    try:
        data = load_yaml(text)
    except YamlError as exc:
        report.error(path, exc.line, "", str(exc))
        return None
    if not isinstance(data, Node):
        report.error(path, 1, "", f"expected a mapping of fields, found {type_name(data)}")
        return None
    errors_before = len(report.errors)
    fields = Fields(data, path, report)
    fields.check_unknown(BRIEFING.names)
    tz = zone(config.timezone)
    refs = _Refs(config, article_ids, path, report)

    values = read_fields(fields, BRIEFING, tz)  # title, summary, draft and the like, by their types
    date = fields.when("date", tz, required=True)
    if date and values["updated"] and values["updated"] < date[0]:
        fields.error("updated", "is earlier than date")
    key_points, point_lines = _key_points(fields, refs, tz)
    updates = _updates(fields, tz, date[0] if date else None)
    storyline = values["storyline"]
    if storyline is not None and storyline not in config.storylines:
        known = ", ".join(sorted(config.storylines)) or "none yet"
        fields.error(
            "storyline",
            f"unknown storyline '{storyline}'{did_you_mean(storyline, config.storylines)} "
            f"(declare it under storylines: in site.yaml; declared: {known})",
        )
    timeline = _timeline(fields, refs, tz)
    topics = []
    for index, (name, line) in enumerate(fields.text_list("topics")):
        slug = refs.topic(name, line, f"topics[{index}]")
        if slug:
            topics.append(slug)
    if not topics and "topics" not in data:
        report.warn(path, data.line, "topics", "no topics: the story appears on no topic page")
    cited = [s for p in key_points for s in p.sources] + [s for t in timeline for s in t.sources]
    sources = tuple(dict.fromkeys([*refs.articles(fields, "sources"), *cited]))
    if not sources and len(report.errors) == errors_before:
        report.warn(path, data.line, "sources", "no sources: the story cites no article")
    related_lines: dict[str, int] = {}
    related_index: dict[str, int] = {}
    for index, (slug, line) in enumerate(fields.text_list("related")):
        if slug in related_index:
            report.warn(
                path,
                line,
                f"related[{index}]",
                f"'{slug}' is listed twice (first as related[{related_index[slug]}]); the second is ignored",
            )
            continue
        related_lines[slug], related_index[slug] = line, index

    if len(report.errors) > errors_before or date is None or None in (values["title"], values["summary"]):
        return None
    values.update(
        date=date[0],
        updated=_last_change(date[0], values["updated"], updates),
        key_points=key_points,
        topics=tuple(dict.fromkeys(topics)),
        sources=sources,
        timeline=timeline,
        related=tuple(related_lines),
        updates=updates,
    )
    briefing = Briefing(
        **BRIEFING.model_values(values), slug=path.stem, path=report.rel(path), date_only=date[1]
    )
    return LoadedBriefing(briefing, related_lines, point_lines, related_index)


def _last_change(
    published: datetime | None, updated: datetime | None, updates: tuple[Update, ...]
) -> datetime | None:
    """`updated`, moved to the latest entry of `updates` when that is later (and after `date`)."""
    latest = updates[-1].date if updates else None
    if latest is None or (updated is not None and updated >= latest):
        return updated
    if published is not None and latest <= published:
        return updated
    return latest


def _before(when: tuple[datetime, bool], moment: datetime, tz: ZoneInfo) -> bool:
    """Whether `when` (a moment, or a whole day) is before `moment`."""
    if when[1]:
        return when[0].date() < moment.astimezone(tz).date()
    return when[0] < moment


def _key_points(
    fields: Fields, refs: _Refs, tz: ZoneInfo
) -> tuple[tuple[KeyPoint, ...], tuple[PointLines, ...]]:
    items = fields.items("key_points")
    if items is None:
        fields.warn("key_points", "no key points")
        return (), ()
    points, lines = [], []
    for index, item in enumerate(items):
        where = f"key_points[{index}]"
        if isinstance(item, str) and item.strip():
            refused = check(item)
            if refused is not None:
                at = f"line {refused.line} of the text: " if refused.line > 1 else ""
                fields.report.error(fields.path, items.line_of(index), where, at + refused.message)
            points.append(KeyPoint(item.strip()))
            lines.append(PointLines(items.line_of(index), {}))
        elif isinstance(item, Node):
            point = Fields(item, fields.path, fields.report, where)
            point.check_unknown(POINT.names)
            values = read_fields(point, POINT, tz)
            if values["text"]:
                values["sources"] = refs.articles(point, "sources")
                points.append(KeyPoint(**POINT.model_values(values)))
                cited: dict[str, tuple[int, int]] = {}
                for number, (article_id, line) in enumerate(point.text_list("sources")):
                    cited.setdefault(article_id, (number, line))
                lines.append(PointLines(items.line_of(index), cited))
        else:
            fields.report.error(
                fields.path,
                items.line_of(index),
                where,
                f"expected text or {{text, sources}}, found {type_name(item)}",
            )
    return tuple(points), tuple(lines)


def _updates(fields: Fields, tz: ZoneInfo, published: datetime | None) -> tuple[Update, ...]:
    """The note's dated history of updates and corrections, oldest first."""
    items = fields.items("updates")
    if items is None:
        return ()
    found = []
    for index, item in enumerate(items):
        where = f"updates[{index}]"
        if not isinstance(item, Node):
            fields.report.error(
                fields.path,
                items.line_of(index),
                where,
                f"expected {{date, kind, text}}, found {type_name(item)}",
            )
            continue
        entry = Fields(item, fields.path, fields.report, where)
        entry.check_unknown(UPDATE.names)
        values = read_fields(entry, UPDATE, tz)
        when = entry.when("date", tz, required=True)
        kind, kinds = entry.text("kind", required=True), UPDATE["kind"].choices
        if kind is not None and kind not in kinds:
            entry.error("kind", f"expected update or correction, found '{kind}'{did_you_mean(kind, kinds)}")
            kind = None
        if when and published and _before(when, published, tz):
            entry.error("date", "is earlier than the briefing's date")
        if when and kind and values["text"]:
            values.update(date=when[0], kind=kind)
            found.append(Update(**UPDATE.model_values(values), date_only=when[1]))
    return tuple(sorted(found, key=lambda u: u.date))


def _timeline(fields: Fields, refs: _Refs, tz: ZoneInfo) -> tuple[TimelineEntry, ...]:
    items = fields.items("timeline")
    if items is None:
        return ()
    entries = []
    for index, item in enumerate(items):
        where = f"timeline[{index}]"
        if not isinstance(item, Node):
            fields.report.error(
                fields.path,
                items.line_of(index),
                where,
                f"expected {{date, text, sources}}, found {type_name(item)}",
            )
            continue
        entry = Fields(item, fields.path, fields.report, where)
        entry.check_unknown(TIMELINE_ENTRY.names)
        values = read_fields(entry, TIMELINE_ENTRY, tz)
        when = entry.when("date", tz, required=True)
        values["sources"] = refs.articles(entry, "sources")
        if when and values["text"]:
            values["date"] = when[0]
            entries.append(TimelineEntry(**TIMELINE_ENTRY.model_values(values), date_only=when[1]))
    return tuple(sorted(entries, key=lambda e: e.date))
