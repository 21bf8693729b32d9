"""A paywall's offer box leaves the body (issue 21, round 17): its plans, prices, trial and
cancellation lines, headings and buttons, as a run of short lines with offer lines of two kinds
or more (`offer_box`); a free trial offered to the reader or a voucher code's field on its own is
a paywall notice. A price in a sentence of news, or a table of prices of one kind, stays. Every
page and line here is invented.
"""

from __future__ import annotations

import pytest

from generator.model.site import SiteConfig
from tests.ingest.story_pages import appended, ingested

BOX = ("paywall", "paywall's offer box (plans, prices, buttons)")
PAYWALL = ("paywall", "paywall notice")
UI = ("ui-label", "navigation or UI label")
OFFER = PAYWALL

OFFERS = [  # (outlet, the lines a page prints under its article, the rule of each), all invented
    (
        "hafenbote",
        [
            "Alles lesen mit Hafenbote+",
            "Basis",
            "6,50 € mtl.",
            "2 Monate kostenlos",
            "Jederzeit kündbar",
            "Zum Angebot",
            "Jahresabo",
            "59 € im Jahr",
            "20% sparen",
            "Jetzt sichern",
        ],
        [BOX] * 10,
    ),
    (
        "harbour-gazette",
        ["Read on with Gazette Plus", "Monthly", "$4.99/month", "Cancel anytime", "Subscribe"],
        [BOX, BOX, BOX, PAYWALL, UI],  # 'Cancel anytime' and 'Subscribe' were known already
    ),
    (
        "hafenbote",
        ["Lesen Sie jetzt 14 Tage kostenlos.", "Ihr Gutscheincode ist abgelaufen."],
        [OFFER, OFFER],
    ),
]


@pytest.mark.parametrize(("outlet", "lines", "rules"), OFFERS)
def test_an_offer_box_leaves_the_body(
    fixture_config: SiteConfig, outlet: str, lines: list[str], rules: list[tuple[str, str]]
) -> None:
    text, paragraphs = appended(outlet, lines)
    draft = ingested(fixture_config, outlet, text)
    assert [block.text for block in draft.blocks] == paragraphs
    removed = {r.text: (r.rule, r.reason) for r in draft.removals}
    assert [removed.get(line) for line in lines] == rules, removed


@pytest.mark.parametrize(
    ("outlet", "sentence"),
    [
        ("harbour-gazette", "The ferry company said a monthly pass will cost $49.99 from June."),
        ("hafenbote", "Das Monatsticket kostet künftig 49 € im Monat, teilte der Verbund mit."),
        ("harbour-gazette", "Residents can try the new ferry free for 30 days, the council said."),
    ],
)
def test_a_price_in_a_sentence_of_news_stays(fixture_config: SiteConfig, outlet: str, sentence: str) -> None:
    text, paragraphs = appended(outlet, [sentence])
    draft = ingested(fixture_config, outlet, text)
    assert [block.text for block in draft.blocks] == [*paragraphs, sentence]


def test_a_table_of_prices_in_the_article_is_no_offer_box(fixture_config: SiteConfig) -> None:
    """Prices per month only, one kind of offer line: the article's own table stays."""
    table = ["Hafenkarte", "12 € im Monat", "Stadtkarte", "29 € im Monat", "Landkarte", "49 € im Monat"]
    text, _ = appended("hafenbote", table)
    draft = ingested(fixture_config, "hafenbote", text)
    assert not [r for r in draft.removals if r.rule == "paywall"]
