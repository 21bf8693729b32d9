"""A picture's, a video's or a sound's label glued in front of a dateline's place, both in
capitals ('VIDEOHAVENSTAD - '), is no part of the place: the dateline is the place alone
(issue 21, fifteenth round). A place that only opens like a label keeps its name. The pages are
invented."""

from __future__ import annotations

import pytest

from generator.ingest.datelines import strip_dateline
from generator.ingest.model import Block, Kind
from generator.model.wires import DEFAULT

LEAD = "Na drie jaar in de steigers staat de vuurtoren van Havenstad weer in het rood en wit."


@pytest.mark.parametrize(
    ("opening", "place"),
    [
        ("VIDEOHAVENSTAD - ", "HAVENSTAD"),
        ("FOTOPORT-ELLIS - ", "PORT-ELLIS"),
        ("AUDIONIEUWDORP - ", "NIEUWDORP"),
        ("LIVERPOOL - ", "LIVERPOOL"),  # not a media word
        ("HAVENSTAD - ", "HAVENSTAD"),
        ("Videoville - ", "Videoville"),  # not in capitals: the place's own name
    ],
)
def test_a_glued_media_label_leaves_the_place(opening: str, place: str) -> None:
    block, removal, evidence, _ = strip_dateline(Block(opening + LEAD, Kind.PARAGRAPH, line=3), "", DEFAULT)
    assert block.text == LEAD
    assert removal is not None and removal.text == opening.strip()
    assert evidence.dateline == place
