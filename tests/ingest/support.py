"""Shared values for the ingest tests: the fixtures folder, a pinned 'now', date contexts."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from generator.ingest.dates import DateContext

FIXTURES = Path(__file__).parent / "fixtures"
NOW = datetime(2025, 12, 1, 12, 0, tzinfo=UTC)


def context(zone: str = "UTC", day_first: bool = True, language: str = "en") -> DateContext:
    """How an outlet in `zone` writing in `language` reads times, with 'now' pinned."""
    return DateContext(tz=ZoneInfo(zone), reference=NOW, day_first=day_first, language=language)
