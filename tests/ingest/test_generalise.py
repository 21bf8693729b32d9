"""Rules written by shape for failure classes of pages nobody here wrote (issue 21, fifth round):
times of day in a page's own notation, a label beside a numeric date in a script without
capitals, a guessed year, datelines without a dash, in brackets or with '.-'. Invented text."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from generator.ingest.contents import drop_contents
from generator.ingest.credits import is_credit_line, strip_credits
from generator.ingest.date_spelling import clock
from generator.ingest.datelines import strip_dateline
from generator.ingest.dates import DateContext, parse_stamp, read_date_line
from generator.ingest.list_rules import is_headline_list_header
from generator.ingest.meta_lines import read_meta_line
from generator.ingest.model import Block, Kind
from generator.ingest.page_end import drop_page_end
from generator.ingest.story_extras import is_photo_caption
from generator.ingest.titles import without_label
from generator.model.wires import DEFAULT


def _context(language: str, zone: str) -> DateContext:
    tz = ZoneInfo(zone)
    return DateContext(tz, datetime(2026, 1, 1, tzinfo=tz), True, language)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("09u41", "09:41"),
        ("14 mars 2023 à 09h41", "14 mars 2023 à 09:41"),
        ("14/03/2023 - 09.41h", "14/03/2023 - 09:41"),
        ("Lunes 21.20 hs", "Lunes 21:20"),
        ("14.52 Uhr", "14:52 Uhr"),
        ("14.03.2023", "14.03.2023"),  # a date, not a time
        ("2023.03.14 09:41", "2023.03.14 09:41"),
        ("3.5 Mio.", "3.5 Mio."),
    ],
)
def test_clock_notations(text: str, expected: str) -> None:
    assert clock(text) == expected


def test_dotted_time_with_h_is_read_not_guessed() -> None:
    """'14/03/2023 - 09.41h' gave a day and time the page does not state (the parser's guess)."""
    line = read_date_line("14/03/2023 - 09.41h", _context("es", "Europe/Madrid"))
    assert line is not None
    ((_, stamp),) = line.stamps
    assert stamp.when.isoformat() == "2023-03-14T09:41:00+01:00"


def test_a_year_the_text_does_not_write_is_no_date(monkeypatch: pytest.MonkeyPatch) -> None:
    """A parse whose year is not in the text is the parser's guess: no date, never an invented one."""
    import generator.ingest.dates as dates

    monkeypatch.setattr(dates, "_dateparser", lambda *_: datetime(2025, 12, 31, 14, 35))
    assert parse_stamp("14/03/2023 09:41", _context("es", "Europe/Madrid")) is None
    monkeypatch.setattr(dates, "_dateparser", lambda *_: datetime(2023, 3, 14, 9, 41))
    stamp = parse_stamp("14/03/23 09:41", _context("es", "Europe/Madrid"))
    assert stamp is not None and stamp.when.year == 2023


@pytest.mark.parametrize(
    ("text", "language", "zone", "iso"),
    [
        ("経済 2023.03.14 09:41", "ja", "Asia/Tokyo", "2023-03-14T09:41:00+09:00"),
        ("Día 14/03/2023 - 09.41h", "es", "Europe/Madrid", "2023-03-14T09:41:00+01:00"),
    ],
)
def test_label_beside_numeric_date_and_time(text: str, language: str, zone: str, iso: str) -> None:
    meta = read_meta_line(text, _context(language, zone), DEFAULT)
    assert meta is not None
    assert [s.when.isoformat() for _, s in meta.stamps] == [iso]


def test_long_caseless_text_beside_a_date_is_no_label() -> None:
    """A sentence in Japanese that gives a date is not a label-and-date line."""
    assert (
        read_meta_line(
            "港湾会社は来月から増便すると発表 2023.03.14 09:41", _context("ja", "Asia/Tokyo"), DEFAULT
        )
        is None
    )


@pytest.mark.parametrize(
    ("text", "place", "via", "rest"),
    [
        ("PORT ELLIS, Ore. (AP) Crews worked through the night.", "PORT ELLIS, Ore.", "AP", "Crews worked"),
        ("(ANSA) Il sindaco ha riaperto il ponte del porto.", None, "ANSA", "Il sindaco"),
        ("Puerto Ellis.- El alcalde anunció una grúa nueva.", "Puerto Ellis", None, "El alcalde"),
        (
            "Puerto Ellis, Oeste.– El alcalde anunció una grúa nueva.",
            "Puerto Ellis, Oeste",
            None,
            "El alcalde",
        ),
        ("(Port-Ellis) Le maire a annoncé la fermeture du port.", "Port-Ellis", None, "Le maire"),
    ],
)
def test_dateline_forms_without_a_dash(text: str, place: str | None, via: str | None, rest: str) -> None:
    block, removal, evidence, _ = strip_dateline(Block(text), "La Gazette du Port", DEFAULT)
    assert removal is not None
    assert (evidence.dateline, evidence.via) == (place, via)
    assert block.text.startswith(rest)


@pytest.mark.parametrize(
    "text",
    [
        "(Photo) Le maire a annoncé la fermeture du port.",
        "(Update) The mayor said the port would close on Sunday.",
        "(Vidéo) Le maire a annoncé la fermeture du port.",
        "(En direct) Le maire a annoncé la fermeture du port.",
        "PARIS (France) The mayor said the port would close on Sunday.",  # no wire: no dateline
        "(Reuters) - Britain's economy grew — officials said",
        "Mr.- The mayor said",
    ],
)
def test_no_dateline_without_a_dash(text: str) -> None:
    _, removal, _, _ = strip_dateline(Block(text), "La Gazette du Port", DEFAULT)
    assert removal is None


@pytest.mark.parametrize(
    ("text", "via", "rest"),
    [
        ("Avec Belga", "Belga", None),  # 'with' and a wire, a line of its own
        ("Mit dpa", "dpa", None),
        ("With the Associated Press", "AP", None),
        ("(source: Reuters)", "Reuters", None),
        (
            "Bron: Belga 0 Het debat in het parlement begon donderdag.",
            "Belga",
            "Het debat in het parlement begon donderdag.",
        ),
        (
            "Quelle: Die Polizei teilte am Montag mit, dass die Brücke gesperrt bleibt.",
            None,
            "Quelle: Die Polizei teilte am Montag mit, dass die Brücke gesperrt bleibt.",
        ),
        ("Avec Belga, le ministre a parlé du budget.", None, "Avec Belga, le ministre a parlé du budget."),
    ],
)
def test_wire_credit_shapes(text: str, via: str | None, rest: str | None) -> None:
    block, _, evidence = strip_credits(Block(text), DEFAULT)
    assert evidence.via == via
    assert (block.text if block is not None else None) == rest


def test_a_source_line_at_the_end_is_left_to_the_credits() -> None:
    """'(source: Reuters)' closing the page is a credit, never one of 'other headlines'."""
    assert is_credit_line("(source: Reuters)")
    assert not is_credit_line(
        "Source: the mayor said the bridge would stay closed until the end of the month"
    )


def _paragraphs(*texts: str) -> list[Block]:
    return [Block(text, Kind.PARAGRAPH, line=index + 1) for index, text in enumerate(texts)]


ARTICLE = (
    "The harbour bridge reopened on Tuesday after three weeks of repairs to its deck and railings, the city"
    " said in a statement published on its website.",
    "Only two of the four lanes will be open to traffic until the end of the month, while workers finish"
    " painting the steel arches, a spokesperson for the city added.",
)


def test_an_email_line_closing_the_article_takes_the_boxes_under_it() -> None:
    blocks = _paragraphs(*ARTICLE, "reporter@example.org", "Back to the top", "Send us your news", "Contact")
    step = drop_page_end(blocks)
    assert [b.text for b in step.blocks] == list(ARTICLE)
    assert [r.rule for r in step.removals] == ["contact-block"] * 4


def test_an_email_line_before_more_of_the_article_goes_alone() -> None:
    more = "Tips can be sent to the desk. The city will publish the repair schedule on Friday, it said."
    blocks = _paragraphs(*ARTICLE, "Tips: desk@example.org", more)
    step = drop_page_end(blocks)
    assert [b.text for b in step.blocks] == [*ARTICLE, more]
    assert [r.rule for r in step.removals] == ["contact-line"]


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Alerte : Le maire du port veut que le conseil tombe", "Le maire du port veut que le conseil tombe"),
        ("BREAKING: Harbour bridge closes after a ship strike", "Harbour bridge closes after a ship strike"),
        ("Eilmeldung: Hafenbrücke nach Schiffsunfall gesperrt", "Hafenbrücke nach Schiffsunfall gesperrt"),
        (
            "Alert systems fail: why the sirens stayed silent",
            "Alert systems fail: why the sirens stayed silent",
        ),
        (
            "Urgent care: the clinic on the quay reopens today",
            "Urgent care: the clinic on the quay reopens today",
        ),
    ],
)
def test_a_banner_word_and_colon_before_the_headline_is_cut(line: str, title: str) -> None:
    assert without_label(line) == title


def _lines(*specs: tuple[Kind, str]) -> list[Block]:
    return [Block(text, kind, line=index + 1) for index, (kind, text) in enumerate(specs)]


def test_a_table_of_contents_printed_twice_goes_and_its_headings_stay() -> None:
    item, line = Kind.ITEM, Kind.LINE
    lead = (
        "The city council met on Tuesday to vote on the harbour budget for the coming year, officials said."
    )
    blocks = _lines(
        (line, lead),
        (item, "What the budget pays for"),
        (line, "What the budget pays for"),
        (item, "Who voted against it"),
        (line, "Who voted against it"),
        (item, "What the budget pays for"),
        (item, "Who voted against it"),
        (line, "What the budget pays for"),
        (line, "Most of the money goes to the quay walls and the two cranes on the north pier."),
    )
    step = drop_contents(blocks)
    assert [b.text for b in step.blocks] == [lead, *[b.text for b in blocks[7:]]]
    assert {r.rule for r in step.removals} == {"contents"}


def test_a_list_printed_once_stays() -> None:
    blocks = _lines(
        (Kind.ITEM, "New cranes on the north pier"),
        (Kind.ITEM, "Repairs to the quay walls"),
        (Kind.LINE, "The new cranes on the north pier will arrive in May, the council said on Tuesday."),
    )
    assert drop_contents(blocks).blocks == blocks


@pytest.mark.parametrize(
    "header", ["MásPopular", "MostRead", "Lo más popular", "Les plus populaires", "Meest populair"]
)
def test_a_most_popular_header_even_glued_is_a_list_header(header: str) -> None:
    assert is_headline_list_header(header)


@pytest.mark.parametrize(
    "line", ["Popular science is booming", "iPhone sales", "Más popular que nunca en el puerto"]
)
def test_popular_in_a_line_is_no_list_header(line: str) -> None:
    assert not is_headline_list_header(line)


def test_the_contents_rule_reads_a_long_page_in_linear_time() -> None:
    """A page of many list items: four times the items take well under sixteen times as long
    (the first version compared every item with every block)."""
    import time

    def page(n: int) -> list[Block]:
        return _lines(*[(Kind.ITEM, f"Entry number {i % (n // 2)} of the list") for i in range(n)])

    def seconds(n: int) -> float:
        blocks = page(n)
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            drop_contents(blocks)
            best = min(best, time.perf_counter() - start)
        return best

    small, large = seconds(2000), seconds(8000)
    assert large < 10 * small + 0.05


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("Il sindaco sul ponte del porto durante la cerimonia di riapertura (foto Ansa)", True),
        ("Le maire sur le pont du port, mardi matin (photo Jean Dupont)", True),
        ("Der Hafen am frühen Morgen nach dem Sturm (Bild Hans Müller).", True),
        ("The mayor spoke at the harbour (photo gallery below) and then left.", False),
        ("He said the (Photo Booth) company on the quay would close next year.", False),
    ],
)
def test_a_caption_closed_by_a_photo_word_and_a_name(line: str, caption: bool) -> None:
    assert is_photo_caption(line, DEFAULT) is caption
