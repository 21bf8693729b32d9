"""Briefing notes: `content/briefings/<slug>.yaml`, checked against topics and articles."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from generator.dates import zone
from generator.errors import Report, did_you_mean
from generator.fields import Fields, type_name
from generator.models import Briefing, KeyPoint, SiteConfig, TimelineEntry
from generator.sources import read_source
from generator.urls import slug_problem
from generator.yamlio import Node, YamlError, load_yaml

BRIEFING_FIELDS = (
    "title",
    "date",
    "updated",
    "summary",
    "key_points",
    "why_it_matters",
    "whats_next",
    "topics",
    "sources",
    "timeline",
    "related",
    "draft",
)
POINT_FIELDS = ("text", "sources")
TIMELINE_FIELDS = ("date", "text", "sources")


@dataclass(frozen=True)
class LoadedBriefing:
    """A briefing and the lines of its `related` entries, checked once all notes are read."""

    briefing: Briefing
    related_lines: Mapping[str, int]


class _Refs:
    """Resolves topic names and article ids for one note, reporting unknown ones."""

    def __init__(self, config: SiteConfig, article_ids: Collection[str], path: Path, report: Report):
        self.config, self.article_ids, self.path, self.report = config, article_ids, path, report
        self.topic_names: dict[str, str] = {}
        for slug, topic in config.topics.items():
            self.topic_names[slug] = slug
            for alias in topic.aliases:
                self.topic_names[alias.casefold()] = slug

    def topic(self, name: str, line: int, where: str) -> str | None:
        slug = self.topic_names.get(name) or self.topic_names.get(name.casefold())
        if slug is None:
            hint = did_you_mean(name, self.topic_names)
            self.report.error(self.path, line, where, f"unknown topic '{name}'{hint}")
        return slug

    def article(self, article_id: str, line: int, where: str) -> str | None:
        if article_id in self.article_ids:
            return article_id
        hint = did_you_mean(article_id, self.article_ids)
        self.report.error(self.path, line, where, f"unknown article '{article_id}'{hint}")
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
    fields.check_unknown(BRIEFING_FIELDS)
    tz = zone(config.timezone)
    refs = _Refs(config, article_ids, path, report)

    title = fields.text("title", required=True)
    date = fields.when("date", tz, required=True)
    updated = fields.when("updated", tz)
    if date and updated and updated[0] < date[0]:
        fields.error("updated", "is earlier than date")
    summary = fields.text("summary", required=True)
    key_points = _key_points(fields, refs)
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
    for slug, line in fields.text_list("related"):
        related_lines.setdefault(slug, line)

    if len(report.errors) > errors_before or title is None or date is None or summary is None:
        return None
    briefing = Briefing(
        slug=path.stem,
        path=report.rel(path),
        title=title,
        date=date[0],
        date_only=date[1],
        summary=summary,
        key_points=key_points,
        topics=tuple(dict.fromkeys(topics)),
        sources=sources,
        updated=updated[0] if updated else None,
        why_it_matters=fields.text("why_it_matters"),
        whats_next=fields.text("whats_next"),
        timeline=timeline,
        related=tuple(related_lines),
        draft=fields.boolean("draft"),
    )
    return LoadedBriefing(briefing, related_lines)


def _key_points(fields: Fields, refs: _Refs) -> tuple[KeyPoint, ...]:
    items = fields.items("key_points")
    if items is None:
        fields.warn("key_points", "no key points")
        return ()
    points = []
    for index, item in enumerate(items):
        where = f"key_points[{index}]"
        if isinstance(item, str) and item.strip():
            points.append(KeyPoint(item.strip()))
        elif isinstance(item, Node):
            point = Fields(item, fields.path, fields.report, where)
            point.check_unknown(POINT_FIELDS)
            text = point.text("text", required=True)
            if text:
                points.append(KeyPoint(text, refs.articles(point, "sources")))
        else:
            fields.report.error(
                fields.path,
                items.line_of(index),
                where,
                f"expected text or {{text, sources}}, found {type_name(item)}",
            )
    return tuple(points)


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
        entry.check_unknown(TIMELINE_FIELDS)
        when = entry.when("date", tz, required=True)
        text = entry.text("text", required=True)
        sources = refs.articles(entry, "sources")
        if when and text:
            entries.append(TimelineEntry(when[0], when[1], text, sources))
    return tuple(sorted(entries, key=lambda e: e.date))
