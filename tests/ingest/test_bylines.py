"""Bylines, credits and datelines: who wrote it, which wire it came from, where it was filed."""

from __future__ import annotations

import pytest

from generator.ingest.bylines import read_byline, split_names
from generator.ingest.credits import read_credit, strip_credits, strip_dateline
from generator.ingest.model import Block
from generator.model.wires import DEFAULT


@pytest.mark.parametrize(
    ("line", "authors", "via"),
    [
        ("By Mike Stone and Costas Pitas", ("Mike Stone", "Costas Pitas"), None),
        ("By Jane Doe, Reuters", ("Jane Doe",), "Reuters"),
        ("By Jane Doe, Senior Correspondent", ("Jane Doe",), None),
        ("By Keiko Sato / Yomiuri Shimbun Staff Writer", ("Keiko Sato",), None),
        ("By Maria de la Cruz & Li Wei", ("Maria de la Cruz", "Li Wei"), None),
        ("Written by Ana Ruiz in Lisbon", ("Ana Ruiz",), None),
        ("By Staff Reporter", (), None),
        ("Capital Chronicle Web Desk", (), None),
        ("Reuters", (), "Reuters"),
        ("The Associated Press", (), "AP"),
        ("door anp", (), "ANP"),
        ("di Marta Rossi", ("Marta Rossi",), None),
        ("Par Claire Dubois et Marc Petit", ("Claire Dubois", "Marc Petit"), None),
        ("por Ana Costa, Rui Lima, Inês Sousa - RTP", ("Ana Costa", "Rui Lima", "Inês Sousa"), None),
        ("Von Hanna Weber, dpa", ("Hanna Weber",), "dpa"),
        ("Redazione", (), None),
        ("Coordenadora do Diário do Porto", (), None),
        ("Redacción / EFE", (), "EFE"),
        ("Le Monde des Ports avec AFP", (), "AFP"),
    ],
)
def test_bylines(line: str, authors: tuple[str, ...], via: str | None) -> None:
    byline = read_byline(line, DEFAULT)
    assert byline is not None
    assert (byline.authors, byline.via) == (authors, via)


@pytest.mark.parametrize(
    "line",
    [
        "By Tuesday, the troops had withdrawn.",
        "Reporters Without Borders said on Monday",
        "Asia Pacific",
        "Von Berlin nach Paris",
        "Por favor, espere",
        "Di notte la città dorme",
        "Door de regen bleef de brug dicht",
    ],
)
def test_not_bylines(line: str) -> None:
    assert read_byline(line, DEFAULT) is None


@pytest.mark.parametrize(
    ("line", "authors", "kind"),
    [
        ("Kommentar von Hanna Weber", ("Hanna Weber",), "opinion"),
        ("analyse van Mr. Anna de Vries en Piet Jansen", ("Anna de Vries", "Piet Jansen"), "analysis"),
        ("Une analyse de Claire Dubois", ("Claire Dubois",), "analysis"),
        ("By Jane Doe", ("Jane Doe",), None),
    ],
)
def test_a_byline_word_names_the_kind(line: str, authors: tuple[str, ...], kind: str | None) -> None:
    byline = read_byline(line, DEFAULT)
    assert byline is not None and (byline.authors, byline.kind) == (authors, kind)


def test_names_are_split_and_places_dropped() -> None:
    assert split_names("Lena Vogt in Kessel", DEFAULT) == (("Lena Vogt",), None)
    assert split_names("Ana Ruiz, Ben Ortiz", DEFAULT) == (("Ana Ruiz", "Ben Ortiz"), None)


def test_editors_and_additional_reporters_are_not_authors() -> None:
    credit = read_credit(
        "Reporting by Mike Stone and Costas Pitas; Additional reporting by Lidia Kelly in Melbourne; "
        "Editing by Clarence Fernandez",
        DEFAULT,
    )
    assert credit is not None
    assert credit.authors == ("Mike Stone", "Costas Pitas")
    assert credit.via == "Reuters"


def test_writers_are_authors() -> None:
    credit = read_credit(
        "Reporting by Harriet Vance; Writing by Pritha Banerjee; Editing by Clive Mercer", DEFAULT
    )
    assert credit is not None and credit.authors == ("Harriet Vance", "Pritha Banerjee")


@pytest.mark.parametrize(
    ("text", "kept", "via"),
    [
        ("It ended. (Reporting by Mike Stone; Editing by Clarence Fernandez)", "It ended.", "Reuters"),
        ("He said so. — AFP", "He said so.", "AFP"),
        ("It rained. (ANI)", "It rained.", "ANI"),
        ("He left. (With inputs from PTI)", "He left.", "PTI"),
        ("Source: AFP", None, "AFP"),
        ("Associated Press writer Jamal Hughes in Chicago contributed to this report.", None, "AP"),
        ("Yuki Tanaka contributed reporting from Tokyo.", None, None),
        ("The funds contributed to a rise in prices.", "The funds contributed to a rise in prices.", None),
        ("It was approved (AP).", "It was approved (AP).", None),
        ("Il ponte è stato riaperto. (con ANSA)", "Il ponte è stato riaperto.", "ANSA"),
        ("La circulation reprend (avec AFP)", "La circulation reprend", "AFP"),
        ("Reuters contributed to this report.", None, "Reuters"),
        ("Material from the Associated Press was used in this report.", None, "AP"),
        ("El puente reabrió el martes. (Con información de EFE)", "El puente reabrió el martes.", "EFE"),
    ],
)
def test_credits_are_cut_from_the_text(text: str, kept: str | None, via: str | None) -> None:
    block, _, evidence = strip_credits(Block(text), DEFAULT)
    assert (block.text if block else None) == kept
    assert evidence.via == via


@pytest.mark.parametrize(
    ("text", "rest", "dateline", "via", "day"),
    [
        (
            "LONDON, Nov 3 (Reuters) - Britain's economy grew.",
            "Britain's economy grew.",
            "LONDON",
            "Reuters",
            "Nov 3",
        ),
        (
            "KYIV, Ukraine (AP) — Russian forces advanced.",
            "Russian forces advanced.",
            "KYIV, Ukraine",
            "AP",
            None,
        ),
        (
            "NEW DELHI: The government said it would act.",
            "The government said it would act.",
            "NEW DELHI",
            None,
            None,
        ),
        (
            "Jakarta (AFP) – Smoke drifted across the Straits.",
            "Smoke drifted across the Straits.",
            "Jakarta",
            "AFP",
            None,
        ),
        ("TOKYO (The Japan News) — Ferries resumed.", "Ferries resumed.", "TOKYO", None, None),
        (
            "HAVENSTAD (ANP) - Ingenieurs openden de brug.",
            "Ingenieurs openden de brug.",
            "HAVENSTAD",
            "ANP",
            None,
        ),
        (
            "KYIV, Ukraine (AP) —Russian forces advanced.",
            "Russian forces advanced.",
            "KYIV, Ukraine",
            "AP",
            None,
        ),
        (
            "MADRID, 14 (EUROPA PRESS) - El Gobierno aprobó.",
            "El Gobierno aprobó.",
            "MADRID",
            "Europa Press",
            "14",
        ),
        (
            "Port Ellis — Engineers reopened the bridge.",
            "Engineers reopened the bridge.",
            "Port Ellis",
            None,
            None,
        ),
        (
            "Hafenstadt - Die Ingenieure haben geöffnet.",
            "Die Ingenieure haben geöffnet.",
            "Hafenstadt",
            None,
            None,
        ),
        (
            "PORT-ELLIS: Les ingénieurs ont rouvert le pont.",
            "Les ingénieurs ont rouvert le pont.",
            "PORT-ELLIS",
            None,
            None,
        ),
        (
            "[ポートエリス 14日 ロイター] - 市当局は発表した。",
            "市当局は発表した。",
            "ポートエリス",
            "Reuters",
            None,
        ),
        ("【ポートエリス共同】市当局は発表した。", "市当局は発表した。", "ポートエリス", "Kyodo", None),
        (
            "(ANSA) - ROMA, 14 MAR - Il ponte è stato riaperto.",
            "Il ponte è stato riaperto.",
            "ROMA",
            "ANSA",
            "14 MAR",
        ),
        (
            "Madrid, España (20 mayo 2020).- El Gobierno aprobó la prórroga.",
            "El Gobierno aprobó la prórroga.",
            "Madrid, España",
            None,
            "20 mayo 2020",
        ),
    ],
)
def test_datelines(text: str, rest: str, dateline: str, via: str | None, day: str | None) -> None:
    block, removal, evidence, found_day = strip_dateline(Block(text), "The Japan News", DEFAULT)
    assert removal is not None
    assert (block.text, evidence.dateline, evidence.via, found_day) == (rest, dateline, via, day)


@pytest.mark.parametrize(
    "text",
    [
        "NATO - the alliance said on Monday it would meet.",
        "Officials (from three states) - met.",
        "The sky is blue.",
        "【政治部記者覆面座談会】政権の情報統制の問題点",
        "Meanwhile — the council voted.",
        "Hafenstadt - die Brücke bleibt zu.",
    ],
)
def test_no_dateline(text: str) -> None:
    _, removal, _, _ = strip_dateline(Block(text), "The Japan News", DEFAULT)
    assert removal is None
