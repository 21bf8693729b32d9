"""Small in-memory articles and outlets for the analysis tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from generator.incremental.content_cache import digest_of
from generator.model.site import Article, Briefing, KeyPoint, Outlet

OUTLETS = {
    "reuters": Outlet("reuters", "Reuters", country="GB", language="en", kind="wire"),
    "japan-news": Outlet("japan-news", "The Japan News", country="JP", language="en"),
    "newsbytes": Outlet("newsbytes", "NewsBytes", country="IN", language="en", kind="digital"),
    "daily": Outlet("daily", "The Daily", country="US"),
}
START = datetime(2024, 11, 20, 7, 0, tzinfo=UTC)


def article(
    article_id: str, body: str, outlet: str = "daily", via: str | None = None, minutes: int = 0
) -> Article:
    return Article(
        id=article_id,
        path=f"content/articles/{article_id}.md",
        title=article_id,
        outlet=outlet,
        published=START + timedelta(minutes=minutes),
        excerpt="",
        body=body,
        body_digest=digest_of(body),
        via=via,
        body_line=5,
    )


def briefing(*points: KeyPoint) -> Briefing:
    sources = tuple(dict.fromkeys(s for p in points for s in p.sources))
    return Briefing(
        slug="story",
        path="content/briefings/story.yaml",
        title="A story",
        date=START,
        date_only=False,
        summary="s",
        key_points=points,
        topics=(),
        sources=sources,
    )
