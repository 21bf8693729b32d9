"""A photo's two captions (issue 21, round 21), on invented pages: a picture desk's long caption,
its credit in capitals inside it and a usage note after it ('... EPA/ANNA ROSSI USAGE
CONDITIONS - ...'), printed right above the site's own short caption with its credit ('... Bild:
Anna Rossi/EPA'). Both are the photo's; kept, the long one counted as an article paragraph and
made the article's own paragraphs below a 'must see' heading look like other stories' teasers."""

from __future__ import annotations

import pytest

from generator.ingest.caption_pairs import has_desk_credit
from generator.model.site import SiteConfig
from tests.ingest.story_pages import ingested

DESK_CAPTION = (
    "epa01234567 Havenstad's captain Mara Lind (C) celebrates with team mates after scoring the "
    "2-1 lead during the league match between Havenstad and Nordheim at the Harbour Arena, 2 May "
    "2019. EPA/ANNA ROSSI USAGE CONDITIONS - ATTENTION: the league only permits the publication of "
    "up to ten pictures per match on the internet during the match."
)
SITE_CAPTION = "Havenstad feiert das Tor zum 2:1 gegen Nordheim. Bild: ANNA ROSSI/EPA/HAFENFOTO"
DEK = (
    "Havenstad gewinnt gegen Nordheim und bleibt an der Spitze der Liga, Nordheim fällt nach der "
    "dritten Niederlage in Folge auf den vorletzten Platz zurück."
)
FIRST = (
    "Nach einer schwierigen Woche mit zwei Niederlagen startet Havenstad gut ins Spiel gegen "
    "Nordheim. Schon in der dritten Minute trifft Mara Lind per Kopf zum 1:0 für die Gastgeber:"
)
SECOND = (
    "Dann ist im Hafenstadion Zeit für Fernschüsse. Erst gleicht Nordheims Jon Hafenmann aus, dann "
    "bringt Lind ihre Mannschaft mit einem Schuss aus zwanzig Metern wieder in Führung:"
)


def test_a_desk_caption_above_the_site_caption_goes_with_it(fixture_config: SiteConfig) -> None:
    text = "\n\n".join(
        [
            DESK_CAPTION,
            SITE_CAPTION,
            "Havenstad jubelt nach schwierigen Tagen",
            DEK,
            "2.5.19, 20:22",
            "Das musst du gesehen haben",
            FIRST,
            "Lind mit dem 1:0. Video: Hafenfilm",
            SECOND,
            "Hafenmann gleicht zum 1:1 aus. Video: Hafenfilm",
        ]
    )
    body = [block.text for block in ingested(fixture_config, "hafenbote", text + "\n").blocks]
    assert DESK_CAPTION not in body and SITE_CAPTION not in body
    assert FIRST in body and SECOND in body


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        (DESK_CAPTION, True),
        ("The team celebrates in Havenstad. ANNA ROSSI/EPA", True),
        ("The poll by Reuters/Ipsos shows Mara Lind ahead of the mayor.", False),
        ("Prices rose at the EPA/EU meeting in Havenstad, the minister said.", False),
    ],
)
def test_a_desk_credit_is_an_agency_and_a_photographer_in_capitals(text: str, credited: bool) -> None:
    assert has_desk_credit(text) is credited
