"""Metadata lines of issue 21, round 15 (every page and line is invented): a time printed as
its own part before its day ('Política • 14:30h • 12 de março de 2024'); a French clock ('21h11')
in a line of names and a date, two names joined with no 'Par'; a reading time after the date
('Publié le 3 mars 2019 Lecture : 16 minutes.')."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from generator.ingest.meta_lines import read_meta_line
from generator.ingest.model import Request
from generator.ingest.pipeline import Source, ingest
from generator.model.site import SiteConfig
from generator.model.wires import DEFAULT
from tests.ingest.support import NOW, context


def test_a_time_printed_before_its_day_is_that_day_s_time() -> None:
    line = "Economia • 14:30h • 12 de março de 2024"
    meta = read_meta_line(line, context("Europe/Lisbon", language="pt"), DEFAULT)
    assert meta is not None
    assert [(label, s.when.replace(tzinfo=None), s.has_time) for label, s in meta.stamps] == [
        ("published", datetime(2024, 3, 12, 14, 30), True)
    ]


def test_a_portuguese_page_with_its_time_before_the_day_is_not_dated_midnight(
    fixture_config: SiteConfig,
) -> None:
    page = (
        "Economia • 14:30h • 12 de março de 2024\n"
        "Porto de pesca recebe novo cais\n"
        "A câmara municipal inaugurou esta terça-feira o novo cais do porto de pesca, uma obra de "
        "dois anos.\n"
        "O cais tem 300 metros e pode receber vinte barcos ao mesmo tempo.\n"
    )
    draft = ingest(
        Source("page.txt", page, False), Request(outlet="jornal-do-porto"), fixture_config, NOW, DEFAULT
    )
    assert draft.metadata.published == datetime(2024, 3, 12, 14, 30, tzinfo=ZoneInfo("Europe/Lisbon"))
    assert not any("midnight assumed" in note for note in draft.metadata.review)


def test_two_names_a_french_clock_an_update_and_a_reading_time_make_one_metadata_line() -> None:
    line = "Jeanne FAROT et Paul MERLE - 11 mars 2019 à 21h11 | mis à jour le 12 mars 2019 à 08h00 - Lecture : 4 min"
    meta = read_meta_line(line, context("Europe/Paris", language="fr"), DEFAULT)
    assert meta is not None
    assert [(label, s.when.replace(tzinfo=None)) for label, s in meta.stamps] == [
        ("published", datetime(2019, 3, 11, 21, 11)),
        ("updated", datetime(2019, 3, 12, 8, 0)),
    ]
    assert meta.byline is not None and meta.byline.authors == ("Jeanne FAROT", "Paul MERLE")


def test_a_label_and_a_date_are_no_byline() -> None:
    meta = read_meta_line(
        "Sport et Culture - 11 mars 2019 à 21h11", context("Europe/Paris", language="fr"), DEFAULT
    )
    assert meta is not None and meta.byline is None
    assert (
        read_meta_line(
            "Jeanne FAROT et Paul MERLE - Politique", context("Europe/Paris", language="fr"), DEFAULT
        )
        is None
    )


def test_a_glued_french_clock_is_one_time() -> None:
    meta = read_meta_line(
        "Par Jeanne Farot le 11 mars 2019 à 21h11", context("Europe/Paris", language="fr"), DEFAULT
    )
    assert meta is not None
    assert [s.when.replace(tzinfo=None) for _, s in meta.stamps] == [datetime(2019, 3, 11, 21, 11)]


def test_a_published_date_followed_by_its_reading_time_is_read(fixture_config: SiteConfig) -> None:
    page = (
        "Le port de pêche inaugure son nouveau quai\n"
        "Publié le 3 mars 2019 Lecture : 16 minutes.\n"
        "La mairie a inauguré mardi le nouveau quai du port de pêche, après deux ans de travaux.\n"
        "Le quai mesure 300 mètres et peut accueillir vingt bateaux à la fois.\n"
    )
    draft = ingest(
        Source("page.txt", page, False), Request(outlet="gazette-du-port"), fixture_config, NOW, DEFAULT
    )
    assert draft.metadata.published == datetime(2019, 3, 3, tzinfo=ZoneInfo("Europe/Paris"))
    assert all("Lecture" not in block.text for block in draft.blocks)


def test_a_reading_time_label_whose_figure_was_lost_closes_a_byline_and_date_line() -> None:
    line = "Jeanne FAROT et Paul MERLE - 05 août 2021 à 20:00 | mis à jour le 07 août 2021 à 10:39 - Temps de lecture :"
    meta = read_meta_line(line, context("Europe/Paris", language="fr"), DEFAULT)
    assert meta is not None and meta.reading
    assert [(label, s.when.replace(tzinfo=None)) for label, s in meta.stamps] == [
        ("published", datetime(2021, 8, 5, 20, 0)),
        ("updated", datetime(2021, 8, 7, 10, 39)),
    ]
    assert meta.byline is not None and meta.byline.authors == ("Jeanne FAROT", "Paul MERLE")


def test_a_reading_time_label_alone_is_no_metadata_line() -> None:
    assert read_meta_line("Temps de lecture :", context("Europe/Paris", language="fr"), DEFAULT) is None
