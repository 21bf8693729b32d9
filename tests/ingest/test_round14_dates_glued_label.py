"""A date and time run straight into a label of the page's language with its own later date,
no space between ('… 13:17Gewijzigd op …', '… 09:05Modifié le …'): the first date is the
published time, the labelled one the update (issue 21, round 14). Every page is invented."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from generator.ingest.dates import read_date_line
from generator.ingest.model import Request
from generator.ingest.pipeline import Source, ingest
from generator.model.site import SiteConfig
from generator.model.wires import DEFAULT
from tests.ingest.support import NOW, context

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


@pytest.mark.parametrize(
    ("line", "language", "zone", "published", "updated"),
    [
        (
            "14 March 2011 13:17Gewijzigd op 2 April 2019 03:25",
            "nl",
            "Europe/Amsterdam",
            datetime(2011, 3, 14, 13, 17),
            datetime(2019, 4, 2, 3, 25),
        ),
        (
            "3 mars 2012 09:05Modifié le 4 mars 2012 10:00",
            "fr",
            "Europe/Paris",
            datetime(2012, 3, 3, 9, 5),
            datetime(2012, 3, 4, 10, 0),
        ),
        (
            "12.05.2015 08:30Aktualisiert am 13.05.2015 09:00",
            "de",
            "Europe/Berlin",
            datetime(2015, 5, 12, 8, 30),
            datetime(2015, 5, 13, 9, 0),
        ),
    ],
)
def test_a_date_glued_to_a_labelled_update_is_read_as_two_stamps(
    line: str, language: str, zone: str, published: datetime, updated: datetime
) -> None:
    dated = read_date_line(line, context(zone, language=language))
    assert dated is not None
    assert [(label, stamp.when.replace(tzinfo=None)) for label, stamp in dated.stamps] == [
        ("published", published),
        ("updated", updated),
    ]


def test_a_word_glued_after_a_figure_that_is_no_label_still_makes_no_date_line() -> None:
    assert (
        read_date_line(
            "14 March 2011 13:17Havenkrant 2 April 2019", context("Europe/Amsterdam", language="nl")
        )
        is None
    )


def test_a_page_whose_date_runs_into_its_update_label_is_published_then(fixture_config: SiteConfig) -> None:
    page = (
        "Nieuwe kademuur voor de Oosthaven\n"
        "De gemeente Havenstad begint in het voorjaar aan een nieuwe kademuur langs de Oosthaven.\n"
        "14 March 2011 13:17Gewijzigd op 2 April 2019 03:25\n"
        "HAVENSTAD – De oude muur is volgens de gemeente op meerdere plekken verzakt en moet worden "
        "vervangen voordat de volgende winter begint.\n"
        "Het werk duurt naar verwachting een jaar en kost ruim vier miljoen euro.\n"
    )
    draft = ingest(
        Source("page.txt", page, False), Request(outlet="havenkrant"), fixture_config, NOW, DEFAULT
    )
    assert draft.metadata.published == datetime(2011, 3, 14, 13, 17, tzinfo=AMSTERDAM)
    assert draft.metadata.updated == datetime(2019, 4, 2, 3, 25, tzinfo=AMSTERDAM)
    assert not draft.metadata.draft
