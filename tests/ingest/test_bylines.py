"""Bylines and credits: who wrote it, and which wire it came from."""

from __future__ import annotations

import pytest

from generator.ingest.bylines import read_byline, split_names
from generator.ingest.credits import newsroom_wire, read_credit, strip_credits
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
        ("Jane Doe, AP", ("Jane Doe",), "AP"),
        ("Por María García (EFE)", ("María García",), "EFE"),
        ("Texto: Lusa", (), "Lusa"),
        ("AP Story.", (), "AP"),
        ("Quelle: dpa, AFP", (), "dpa"),
        ("Kestrel Press Agency", (), None),  # not a wire of the built-in registry
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
        "AP Photo",
        "Jane Doe, Harbour Gazette",
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


def test_writers_are_authors() -> None:
    credit = read_credit(
        "Reporting by Harriet Vance; Writing by Pritha Banerjee; Editing by Clive Mercer", DEFAULT
    )
    assert credit is not None and credit.authors == ("Harriet Vance", "Pritha Banerjee")


@pytest.mark.parametrize(
    ("text", "kept", "via"),
    [
        ("It ended. (Reporting by Mike Stone; Editing by Clarence Fernandez)", "It ended.", None),
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
        ("El puente reabrió. (Con información de AFP y EFE)", "El puente reabrió.", "AFP"),
        ("Reuters staff contributed to this report.", None, "Reuters"),
        ("Kyodo News writers contributed to this report.", None, "Kyodo"),
        ("Associated Press writer John Roe in Berlin contributed.", None, "AP"),
        ("Agence France-Presse reporters in Lyon contributed reporting.", None, "AFP"),
    ],
)
def test_credits_are_cut_from_the_text(text: str, kept: str | None, via: str | None) -> None:
    block, _, evidence = strip_credits(Block(text), DEFAULT)
    assert (block.text if block else None) == kept
    assert evidence.via == via


@pytest.mark.parametrize(
    ("text", "wire"),
    [
        ("A U.S. official told Reuters the decision was made on Monday.", "Reuters"),
        ("The ministry did not respond to Reuters’ requests to comment.", "Reuters"),
        ("The mayor did not reply to an AFP request for comment.", "AFP"),
        ("Officials did not respond to AFP's request for comment.", "AFP"),
        (
            "The figures could not be verified. The Associated Press could not independently verify them.",
            "AP",
        ),
        ("He said so in an interview with Reuters, and later told AFP the opposite.", None),  # two wires
        ("Reuters reported on Monday that talks had stalled.", None),  # a wire cited, not this copy's
    ],
)
def test_the_newsroom_a_text_speaks_of_as_its_own(text: str, wire: str | None) -> None:
    assert newsroom_wire([Block(text)], DEFAULT) == wire
