"""A date line that ends with the article's counts ('dimanche 10 avril 2030 • 578 lectures • 0
commentaires', 'March 3, 2030 | 1,204 views') is read as its date, and being the article's own
line it is no site's today-date: the date is kept (issue 21, round 24). Every page here is
invented."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from generator.ingest.dates import DateContext, read_date_line
from generator.ingest.model import Request
from generator.ingest.pipeline import Source, ingest
from generator.model.site import SiteConfig
from generator.model.wires import DEFAULT
from tests.ingest.support import NOW

PARIS = ZoneInfo("Europe/Paris")
FR = DateContext(tz=PARIS, reference=datetime(2031, 1, 1, tzinfo=PARIS), language="fr")


@pytest.mark.parametrize(
    ("line", "when"),
    [
        ("dimanche 10 avril 2030 • 578 lectures • 0 commentaires", datetime(2030, 4, 10, tzinfo=PARIS)),
        ("March 3, 2030 | 1,204 views", datetime(2030, 3, 3, tzinfo=PARIS)),
        ("10 avril 2030 | 14:05 • 3 commentaires", datetime(2030, 4, 10, 14, 5, tzinfo=PARIS)),
    ],
)
def test_counts_after_a_date_are_read_past(line: str, when: datetime) -> None:
    dated = read_date_line(line, FR)
    assert dated is not None
    assert [stamp.when for _, stamp in dated.stamps] == [when]


@pytest.mark.parametrize("line", ["10 avril • 12 mars", "578 lectures • 0 commentaires"])
def test_no_date_is_made_of_counts(line: str) -> None:
    dated = read_date_line(line, FR)
    assert dated is None or not any(stamp.has_year for _, stamp in dated.stamps)


HEADLINE = "Le port de Villeclaire rouvre ses quais après trois semaines de travaux"
LEAD = (
    "Le port de Villeclaire a rouvert ses quais mardi matin, après trois semaines de travaux "
    "menés par la commune et la chambre de commerce."
)
SECOND = "Les pêcheurs ont salué une réouverture attendue depuis le début de la saison."


def test_a_weekday_date_line_with_counts_above_the_headline_is_the_article_s(
    fixture_config: SiteConfig,
) -> None:
    page = f"dimanche 10 avril 2030 • 578 lectures • 0 commentaires\n\n{HEADLINE}\n\n{LEAD}\n\n{SECOND}\n"
    draft = ingest(
        Source("page.txt", page, False), Request(outlet="gazette-du-port"), fixture_config, NOW, DEFAULT
    )
    assert draft.metadata.published is not None
    assert draft.metadata.published.date() == datetime(2030, 4, 10).date()
