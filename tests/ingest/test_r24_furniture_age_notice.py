"""A page's notice that the article is old (issue 21, round 24), on invented pages: 'This article is
more than 5 years old', 'Cet article date de plus de trois ans.' goes; a sentence of the article
about an old article stays."""

from __future__ import annotations

import pytest

from generator.ingest.widget_age import is_age_notice
from generator.model.site import SiteConfig
from tests.ingest.story_pages import with_line


@pytest.mark.parametrize(
    ("outlet", "line"),
    [
        ("harbour-gazette", "This article is more than 5 years old"),
        ("gazette-du-port", "Cet article date de plus de trois ans."),
        ("hafenbote", "Dieser Artikel ist älter als ein Jahr"),
        ("diario-del-puerto", "Este artículo tiene más de dos años"),
        ("havenkrant", "Dit artikel is meer dan een jaar oud"),
    ],
)
def test_the_age_notice_goes(fixture_config: SiteConfig, outlet: str, line: str) -> None:
    body, removals = with_line(fixture_config, outlet, line)
    assert line not in body
    assert any(removal.startswith(line) for removal in removals)


@pytest.mark.parametrize(
    "line",
    [
        "This article is more than 5 years old, the archivist said, and still read daily.",
        "The article is more than a year old.",
        "Ce texte date de plus de trois ans.",
    ],
)
def test_a_sentence_about_an_old_article_stays(line: str) -> None:
    assert not is_age_notice(line)
