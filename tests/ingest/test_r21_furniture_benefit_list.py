"""A subscription's list of benefits (issue 21, round 21), on an invented page: a lead-in ending
with a colon that names a paid offer and its benefits ('Ihre Vorteile mit Hafenbote Premium:'),
then list items, is the site's offer. An article's own list under a lead-in that names no paid
offer stays."""

from __future__ import annotations

import pytest

from generator.ingest.benefit_lists import is_benefit_lead_in
from generator.model.site import SiteConfig
from tests.ingest.story_pages import ingested
from tests.ingest.test_line_model import STORIES

OFFER = [
    "Ihre exklusiven Vorteile mit Hafenbote Premium:",
    "- Zugriff auf alle Artikel des Hafenboten",
    "- Exklusive Berichte und Podcasts",
    "- Weniger Werbung",
]


def test_a_benefit_list_leaves_the_page(fixture_config: SiteConfig) -> None:
    headline, dated, paragraphs = STORIES["hafenbote"]
    text = "\n".join([headline, dated, paragraphs[0], *OFFER, *paragraphs[1:]]) + "\n"
    draft = ingested(fixture_config, "hafenbote", text)
    assert [block.text for block in draft.blocks] == list(paragraphs)


@pytest.mark.parametrize(
    ("line", "offer"),
    [
        ("Your benefits with Harbour Post Premium:", True),
        ("Vos avantages avec l'abonnement numérique :", True),
        ("The council listed the benefits of the new sea wall:", False),
        ("Ihre Vorteile mit Hafenbote Premium lesen Sie hier", False),
    ],
)
def test_a_lead_in_names_an_offer_and_its_benefits(line: str, offer: bool) -> None:
    assert is_benefit_lead_in(line) is offer
