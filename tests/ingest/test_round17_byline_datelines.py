"""A person's name in capitals glued before the lead with a dash, 'NAME SURNAME - <Lead>', is the
byline, not a dateline (issue 21, seventeenth round): a place in capitals of two or three words
that has no wire, no day and no region, shaped as a name and unknown to the gazetteer of place
names (`gazetteer`, from GeoNames). Towns of the same shape that the gazetteer knows stay
datelines. The pages are invented."""

from __future__ import annotations

import pytest

from generator.ingest.gazetteer import fold, known_place, read_file
from generator.ingest.model import Request
from generator.ingest.pipeline import Source, ingest
from generator.model.site import SiteConfig
from generator.model.wires import DEFAULT
from tests.ingest.support import NOW

TITLE = "Al porto vecchio tornano le barche dei pescatori"
LEAD = (
    "Oltre cento persone hanno accolto ieri mattina le barche dei pescatori che tornavano nel "
    "porto vecchio dopo tre settimane di fermo per il maltempo."
)
SECOND = "Il sindaco ha promesso nuovi pontili entro la prossima estate."


@pytest.mark.parametrize(
    ("opening", "dateline", "authors"),
    [
        ("GIULIA FERRANTE - ", None, ("Giulia Ferrante",)),  # the name written as a name
        ("ROCCA PIETORE - ", "ROCCA PIETORE", ()),  # a town of this shape that the gazetteer knows
        ("PORTO TORRES - ", "PORTO TORRES", ()),
        ("VITTORIO VENETO – ", "VITTORIO VENETO", ()),  # a town named after a person
    ],
)
def test_a_name_before_the_lead_is_the_byline(
    fixture_config: SiteConfig, opening: str, dateline: str | None, authors: tuple[str, ...]
) -> None:
    page = f"{TITLE}\n\n{opening}{LEAD}\n\n{SECOND}\n"
    draft = ingest(
        Source("page.txt", page, False), Request(outlet="gazzetta-del-porto"), fixture_config, NOW, DEFAULT
    )
    assert (draft.metadata.dateline, draft.metadata.authors) == (dateline, authors)
    assert [b.text for b in draft.blocks] == [LEAD, SECOND]


def test_the_gazetteer_reads_names_folded() -> None:
    assert known_place("Den Haag") and known_place("SÃO CARLOS") and known_place("ANNA MARIA ISLAND")
    assert not known_place("Giulia Ferrante")


def test_the_shipped_gazetteer_is_folded_sorted_and_credited() -> None:
    data = read_file()
    names = data["names"]
    assert "CC BY 4.0" in data["source"] and "GeoNames" in data["source"]
    assert names == sorted(set(names))
    assert all(2 <= len(n.split()) <= 3 and n == fold(n) for n in names)
