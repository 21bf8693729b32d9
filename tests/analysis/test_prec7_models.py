"""A product or model name is never a source (issue 23, class 2)."""

from __future__ import annotations

import pytest

from generator.analysis.known_sources import KnownSources
from generator.analysis.sources_named import english


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        # the name the pattern should have taken runs on into the model of the vehicle
        ("Ferry tracking site Wavecount9 the vessel was a Korvane 412-8 Skylark", None),
        ("the harbour pilots the boat was an Ostra A320", None),
        ("a Velka Mi-8 Stormbird", None),
        # a source with digits in its own name, and an ordinary source, are still read
        ("ferry tracking site Wavecount9", "Wavecount9"),
        ("the Kestrel Harbour Authority", "Kestrel Harbour Authority"),
    ],
)
def test_a_model_number_makes_a_run_no_source(phrase: str, name: str | None) -> None:
    found = english(phrase, KnownSources())
    assert (found.name if found is not None else None) == name
