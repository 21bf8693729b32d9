"""Metadata runs read as a whole: a wire byline with its dates, labelled date lines, an update
stamp in brackets or after a full stop (invented lines in the shapes of the held-out sets)."""

from __future__ import annotations

import pytest

from generator.ingest import meta_lines
from generator.ingest.dates import DateContext, DateLine, read_date_line
from generator.ingest.meta_lines import META_MAX_CHARS, read_meta_line
from generator.model.wires import DEFAULT
from tests.ingest.support import context


def _stamps(line: str, language: str) -> tuple[list[tuple[str, str]], str | None]:
    meta = read_meta_line(line, context(language=language), DEFAULT)
    assert meta is not None
    stamps = [(label, stamp.when.strftime("%Y-%m-%dT%H:%M")) for label, stamp in meta.stamps]
    return stamps, meta.byline.via if meta.byline else None


@pytest.mark.parametrize(
    ("language", "line", "stamps", "via"),
    [
        (  # a wire byline, its date and an update stamp in brackets
            "nl",
            "Door ANP - 7-2-2024, 08:15 (Update 7-2-2024, 09:40)",
            [("published", "2024-02-07T08:15"), ("updated", "2024-02-07T09:40")],
            "ANP",
        ),
        (
            "de",
            "04.06.2024 UPDATE: 05.06.2024 11:02 Uhr",
            [("published", "2024-06-04T00:00"), ("updated", "2024-06-05T11:02")],
            None,
        ),
    ],
)
def test_a_date_with_an_update_stamp(
    language: str, line: str, stamps: list[tuple[str, str]], via: str | None
) -> None:
    assert _stamps(line, language) == (stamps, via)


@pytest.mark.parametrize(
    ("language", "line", "published"),
    [
        ("es", "Fecha: 21 de octubre de 2024", "2024-10-21T00:00"),
        ("de", "Datum: 21. Oktober 2024", "2024-10-21T00:00"),
        ("pt", "Data: 21 de outubro de 2024", "2024-10-21T00:00"),
        ("it", "Data: 21/10/2024", "2024-10-21T00:00"),
    ],
)
def test_a_labelled_date_line(language: str, line: str, published: str) -> None:
    assert _stamps(line, language) == ([("published", published)], None)


def test_an_update_time_after_a_full_stop_takes_the_day_before_it() -> None:
    """'<dd> <mon> <yyyy> . Actualizado a las <hh:mm> h.': the time is the update's, on that day;
    it never completes the published date."""
    stamps, _ = _stamps("3 nov 2024 . Actualizado a las 18:45 h.", "es")
    assert stamps == [("published", "2024-11-03T00:00"), ("updated", "2024-11-03T18:45")]


@pytest.mark.parametrize(
    ("language", "line", "published"),
    [
        (  # a desk's byline, a bar, a date with a 12-hour time and a zone, an update stamp
            "en",
            "By Valley 12 Newsdesk | March 3, 2021 at 7:15 PM CST - Updated March 3 at 8:02 PM",
            "2021-03-04T01:15",
        ),
        ("ja", "山田太郎    2021年3月3日(水) 19時15分", "2021-03-03T19:15"),  # a name, spaces, a date
        ("nl", "Binnenland 3 maart 2021 4 minuten Redactie", "2021-03-03T00:00"),  # label, date, reading time
        ("de", "03.03.2021 UPDATE: 04.03.2021 07:30 Uhr 2 Minuten, 41 Sekunden", "2021-03-03T00:00"),
        ("fr", "Article publié le 3 mars 2021", "2021-03-03T00:00"),
        ("es", "Noticia publicada el 3 de marzo de 2021", "2021-03-03T00:00"),
    ],
)
def test_a_run_of_metadata_is_read_whole(language: str, line: str, published: str) -> None:
    stamps, via = _stamps(line, language)
    assert stamps[0] == ("published", published) and via is None


@pytest.mark.parametrize(
    "line",
    [
        "Die Sitzung dauerte am 3. März 2021 nur 4 Minuten.",
        "Mairie publié le rapport le 3 mars 2021 devant le conseil",
    ],
)
def test_a_sentence_with_a_date_and_a_duration_is_no_metadata(line: str) -> None:
    assert read_meta_line(line, context(language="de" if "Sitzung" in line else "fr"), DEFAULT) is None


def test_a_line_over_the_metadata_length_is_not_read_part_by_part(monkeypatch: pytest.MonkeyPatch) -> None:
    """A metadata line is short; a paragraph of date-like parts is not read part by part (that
    cost grew with the square of its length: one line of 19,800 characters took 23 s)."""
    calls: list[str] = []

    def counted(text: str, context: DateContext) -> DateLine | None:
        calls.append(text)
        return read_date_line(text, context)

    monkeypatch.setattr(meta_lines, "read_date_line", counted)
    line = "3 minuten, " * 500 + "3 maart 2021"
    assert len(line) > META_MAX_CHARS
    assert read_meta_line(line, context(language="nl"), DEFAULT) is None
    assert calls == []
    assert read_meta_line("Binnenland 3 maart 2021 4 minuten", context(language="nl"), DEFAULT) is not None
    assert calls


@pytest.mark.parametrize(
    ("language", "line", "stamps"),
    [
        (
            "pt",
            "| Edição de 3 de março de 2021 | Atualizado em 4 de março de 2021",
            [("published", "2021-03-03T00:00"), ("updated", "2021-03-04T00:00")],
        ),
        ("es", "Edición del 3 de marzo de 2021", [("published", "2021-03-03T00:00")]),
        ("en", "Edition of March 3, 2021", [("published", "2021-03-03T00:00")]),
    ],
)
def test_an_edition_date_is_the_published_date(
    language: str, line: str, stamps: list[tuple[str, str]]
) -> None:
    assert _stamps(line, language) == (stamps, None)


@pytest.mark.parametrize(
    ("line", "via"), [("(via Agência Brasil)", "Agência Brasil"), ("via Reuters", "Reuters")]
)
def test_a_via_line_is_a_wire_credit(line: str, via: str) -> None:
    meta = read_meta_line(line, context(language="pt"), DEFAULT)
    assert meta is not None and meta.wire_only and meta.byline is not None and meta.byline.via == via


@pytest.mark.parametrize("line", ["(via Harbour Daily)", "Via Appia", "Print edition"])
def test_no_via_credit_or_edition_date(line: str) -> None:
    assert read_meta_line(line, context(language="en"), DEFAULT) is None
