"""Shared values for the ingest tests: the fixtures folder, a pinned 'now', date contexts."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from generator.cli import main
from generator.ingest.dates import DateContext

FIXTURES = Path(__file__).parent / "fixtures"
NOW = datetime(2025, 12, 1, 12, 0, tzinfo=UTC)


def context(zone: str = "UTC", day_first: bool = True, language: str = "en") -> DateContext:
    """How an outlet in `zone` writing in `language` reads times, with 'now' pinned."""
    return DateContext(tz=ZoneInfo(zone), reference=NOW, day_first=day_first, language=language)


def ingest(site: Path, *args: str) -> int:
    """`briefing ingest` run in the project `site`; its exit code."""
    return main(["ingest", "--root", str(site), *args])


def articles(site: Path) -> list[str]:
    """The articles ingest wrote into `site` (its one article of its own, a1.md, left out)."""
    return sorted(p.name for p in (site / "content" / "articles").iterdir() if p.name != "a1.md")
