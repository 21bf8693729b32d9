"""Datelines: where a story was filed, and the wire that filed it, in every form ingest reads."""

from __future__ import annotations

import pytest

from generator.ingest.datelines import strip_dateline
from generator.ingest.model import Block
from generator.model.wires import DEFAULT


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
        ("(AFP) PORT ELLIS — Engineers reopened it.", "Engineers reopened it.", "PORT ELLIS", "AFP", None),
        ("(dpa) Hafenstadt – Die Brücke ist offen.", "Die Brücke ist offen.", "Hafenstadt", "dpa", None),
        ("(ANP)—HAVENSTAD—De brug is open.", "De brug is open.", "HAVENSTAD", "ANP", None),
        (
            "PORT ELLIS (Reuters)—Engineers reopened it.",
            "Engineers reopened it.",
            "PORT ELLIS",
            "Reuters",
            None,
        ),
        (
            "PORT ELLIS, March 14. /TASS/. Engineers reopened it.",
            "Engineers reopened it.",
            "PORT ELLIS",
            "TASS",
            "March 14",
        ),
        (
            "HAFENSTADT. Die Ingenieure haben geöffnet.",
            "Die Ingenieure haben geöffnet.",
            "HAFENSTADT",
            None,
            None,
        ),
        ("【ポートエリスAP】市当局は発表した。", "市当局は発表した。", "ポートエリス", "AP", None),
        (
            "PORT ELLIS. Oct 2 (Interfax) - Engineers reopened it.",
            "Engineers reopened it.",
            "PORT ELLIS",
            "Interfax",
            "Oct 2",
        ),
        ("Sept 18 (Reuters) - Engineers reopened it.", "Engineers reopened it.", None, "Reuters", "Sept 18"),
        (
            "Porto Ellis, 8 nov. (PortoNews) - Il ponte è aperto.",
            "Il ponte è aperto.",
            "Porto Ellis",
            "PortoNews",
            "8 nov.",
        ),
        ("LusaLisboa, 30 out (Lusa) – A ponte reabriu.", "A ponte reabriu.", "Lisboa", "Lusa", "30 out"),
        (
            "Haven (Harbour Islands News Agency) - The bridge reopened.",
            "The bridge reopened.",
            "Haven",
            "Harbour Islands News Agency",
            None,
        ),
        ("【ポートエリス新華社】市当局は発表した。", "市当局は発表した。", "ポートエリス", "Xinhua", None),
        ("【ポートエリスAFP時事】市当局は発表した。", "市当局は発表した。", "ポートエリス", "AFP", None),
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
        "U.S. Secretary of State Jo Lee said on Tuesday that",
        "AFP. Le gouvernement a dit",
        "【速報】市当局は発表した。",
        "(Reuters) - Britain's economy grew — officials said",
        "Paris (France) - Le gouvernement a parlé.",
        "PARIS, 3 mars (photo) - Le gouvernement a parlé.",
        "Gernot Blümel – Treuer Soldat marschiert ins Kanzleramt",
    ],
)
def test_no_dateline(text: str) -> None:
    _, removal, _, _ = strip_dateline(Block(text), "The Japan News", DEFAULT)
    assert removal is None


def test_wire_alone_gives_no_place() -> None:
    """'(AFP) Le Premier ministre — a dit': the wire opens the text with no dash; what follows is
    the text, never a place read up to the dash."""
    block, removal, evidence, _ = strip_dateline(
        Block("(AFP) Le Premier ministre — a dit"), "The Japan News", DEFAULT
    )
    assert removal is not None and removal.text == "(AFP)"
    assert (evidence.dateline, evidence.via, block.text) == (None, "AFP", "Le Premier ministre — a dit")
