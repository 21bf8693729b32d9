"""Reading the times pages state, always to the same instant, in the outlet's zone."""

from __future__ import annotations

from datetime import datetime

import pytest

from generator.ingest.dates import combine, is_time_only, parse_stamp, read_date_line
from tests.ingest.support import context

# (outlet zone, text on the page, the instant it means)
STAMPS = [
    ("Asia/Tokyo", "16:16 JST, November 20, 2024", "2024-11-20T16:16:00+09:00"),
    ("Asia/Kolkata", "Nov 20, 2024 01:13 pm", "2024-11-20T13:13:00+05:30"),
    ("Asia/Kolkata", "Nov 20, 2024 01:13 pm IST", "2024-11-20T13:13:00+05:30"),
    ("Asia/Jerusalem", "Nov 20, 2024 01:13 pm IST", "2024-11-20T13:13:00+02:00"),
    ("UTC", "2024-11-20T13:13:00+05:30", "2024-11-20T07:43:00+00:00"),
    ("Europe/Oslo", "2025-02-03 08:00", "2025-02-03T08:00:00+01:00"),
    ("Europe/London", "Wed 6 Mar 2024 14.30 GMT", "2024-03-06T14:30:00+00:00"),
    ("Europe/London", "Wed 6 Jun 2024 14.30 BST", "2024-06-06T14:30:00+01:00"),
    ("America/Chicago", "11:02 a.m. CT Nov. 12, 2024", "2024-11-12T11:02:00-06:00"),
    ("UTC", "June 9, 2025 4:20 AM GMT+1", "2025-06-09T03:20:00+00:00"),
    ("America/New_York", "Jan 8, 2025 / 7:45 AM ET", "2025-01-08T07:45:00-05:00"),
    ("America/New_York", "March 5, 2025 at 6:00 a.m. EST", "2025-03-05T06:00:00-05:00"),
    ("Asia/Kolkata", "14 March 2025, 16:20 IST", "2025-03-14T16:20:00+05:30"),
]


@pytest.mark.parametrize(("zone", "text", "instant"), STAMPS)
def test_stamp_is_the_same_instant(zone: str, text: str, instant: str) -> None:
    stamp = parse_stamp(text, context(zone, day_first=not zone.startswith("America")))
    assert stamp is not None
    assert stamp.when == datetime.fromisoformat(instant)
    assert stamp.when.utcoffset() == stamp.when.astimezone(context(zone).tz).utcoffset()


def test_a_bare_date_is_midnight_in_the_outlet_zone_and_says_so() -> None:
    stamp = parse_stamp("4 November 2024", context("Europe/London"))
    assert stamp is not None and not stamp.has_time and stamp.has_year
    assert stamp.when.isoformat() == "2024-11-04T00:00:00+00:00"


def test_a_date_without_a_year_says_so() -> None:
    stamp = parse_stamp("Nov 3", context("UTC"))
    assert stamp is not None and not stamp.has_year
    assert stamp.when.date().isoformat() == "2025-11-03"


def test_a_bare_time_completes_the_date_before_it() -> None:
    ctx = context("Asia/Kolkata")
    day, clock = parse_stamp("Nov 20, 2024", ctx), parse_stamp("01:13 pm", ctx)
    assert day is not None and clock is not None and is_time_only(clock)
    assert combine(day, clock, ctx).when.isoformat() == "2024-11-20T13:13:00+05:30"


@pytest.mark.parametrize(
    ("line", "labels"),
    [
        (
            "Published: Nov 20, 2024, 01:13 pm IST | Updated: Nov 20, 2024, 03:00 pm IST",
            ["published", "updated"],
        ),
        ("Last Updated: Aug 07, 2025, 21:05 IST", ["updated"]),
        ("First published on Wed 20 Nov 2024 08.23 CET", ["first"]),
        ("June 9, 2025 4:20 AM GMT+1 Updated 2 hours ago", ["published"]),
        ("Posted on 20/11/2024 at 13:13", ["published"]),
    ],
)
def test_date_lines_are_labelled(line: str, labels: list[str]) -> None:
    found = read_date_line(line, context("Asia/Kolkata"))
    assert found is not None
    assert [label for label, _ in found.stamps] == labels


@pytest.mark.parametrize(
    ("language", "line", "labels"),
    [
        ("de", "Stand: 20.11.2024 13:13 Uhr", ["updated"]),
        ("it", "Ultimo aggiornamento: 20 novembre 2024 13:13", ["updated"]),
        ("es", "Actualizado 20/11/2024 - 13:13h", ["updated"]),
        ("fr", "Publié le 20/11/2024 à 13h13, mis à jour le 20/11/2024 à 15h02", ["published", "updated"]),
        (
            "nl",
            "Gepubliceerd: 20 nov 2024, 13:13 | Laatste update: 20 nov 2024, 15:02",
            ["published", "updated"],
        ),
    ],
)
def test_labels_in_the_pages_language(language: str, line: str, labels: list[str]) -> None:
    found = read_date_line(line, context("Europe/Berlin", language=language))
    assert found is not None
    assert [label for label, _ in found.stamps] == labels


@pytest.mark.parametrize(
    "line",
    [
        "The minister said on Nov 20, 2024 that talks would resume.",
        "Shares fell 7% on Monday.",
        "2 min read",
        "Top 10 stories of 2024",
    ],
)
def test_other_lines_are_not_date_lines(line: str) -> None:
    assert read_date_line(line, context()) is None


def test_relative_times_are_recognised_but_not_used() -> None:
    found = read_date_line("Updated 3 hours ago", context())
    assert found is not None and found.relative and not found.stamps


# (language, line as the page prints it, the wall-clock time it states in the outlet's zone)
LANGUAGE_LINES = [
    ("nl", "dinsdag, 14 maart 2023 om 09:41", "2023-03-14T09:41"),
    ("nl", "vrijdag, 22 augustus 2025 om 22:50", "2025-08-22T22:50"),
    ("fr", "Publié le Mardi 14 mars 2023", "2023-03-14T00:00"),
    ("fr", "Mis à jour le 14 mars 2023 à 09h41", "2023-03-14T09:41"),
    ("de", "Veröffentlicht am 14. März 2023, 09:41 Uhr", "2023-03-14T09:41"),
    ("de", "14.03.2023 | 09:41", "2023-03-14T09:41"),
    ("es", "Publicado el 14 de marzo de 2023 a las 09:41", "2023-03-14T09:41"),
    ("es", "14/03/2023 09:41", "2023-03-14T09:41"),
    ("it", "Pubblicato il 14 marzo 2023 alle 09:41", "2023-03-14T09:41"),
    ("pt", "Publicado em 14 de março de 2023, às 09:41", "2023-03-14T09:41"),
    ("pt", "terça-feira, 14 de março de 2023", "2023-03-14T00:00"),
    ("ja", "2023年3月14日 9時41分", "2023-03-14T09:41"),
    ("ja", "2023-03-14 09:41:07", "2023-03-14T09:41"),
    ("en", "Mar 14, 2023 at 09:41 1204", "2023-03-14T09:41"),
]


@pytest.mark.parametrize(("language", "line", "wall_clock"), LANGUAGE_LINES)
def test_date_lines_in_the_pages_language(language: str, line: str, wall_clock: str) -> None:
    found = read_date_line(line, context("Europe/Amsterdam", language=language))
    assert found is not None and found.stamps
    assert found.stamps[0][1].when.strftime("%Y-%m-%dT%H:%M") == wall_clock


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("nl", "vandaag, 06:39"),
        ("nl", "gisteren om 18:02"),
        ("it", "2 ore ago"),
        ("fr", "il y a 3 heures"),
        ("fr", "Publié aujourd’hui à 09h41"),
        ("de", "Aktualisiert vor 2 Stunden"),
        ("es", "hace 5 minutos"),
        ("pt", "há 2 horas"),
        ("ja", "3時間前"),
        ("en", "Yesterday at 10:15"),
    ],
)
def test_a_relative_time_is_never_a_date(language: str, line: str) -> None:
    ctx = context("Europe/Amsterdam", language=language)
    found = read_date_line(line, ctx)
    assert found is not None and found.relative and not found.stamps
    assert parse_stamp(line, ctx) is None


@pytest.mark.parametrize("text", ["Tuesday", "dinsdag", "om 10 uur"])
def test_a_weekday_or_an_hour_alone_is_not_placed(text: str) -> None:
    stamp = parse_stamp(text, context(language="nl"))
    assert stamp is None or not stamp.has_date
