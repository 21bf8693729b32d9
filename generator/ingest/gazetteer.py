"""Place names of two or three words (generator/ingest/place_names.json.gz, built by
`tools.ingest_places` from GeoNames): what tells a dateline's place in capitals from a person's
name in the same spot ('ROCCA PIETORE - ' is a town, 'ALICE MARINI - ' a byline). Names are
compared folded (case and accents dropped, spaces single)."""

from __future__ import annotations

import gzip
import json
import unicodedata
from functools import cache
from pathlib import Path

GAZETTEER = Path(__file__).resolve().parent / "place_names.json.gz"  # gzip-compressed JSON


def fold(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def read_file() -> dict[str, object]:
    """The shipped file: its `source` (the data's origin and licence) and its `names`."""
    data: dict[str, object] = json.loads(gzip.decompress(GAZETTEER.read_bytes()).decode("utf-8"))
    return data


@cache
def _names() -> frozenset[str]:
    names = read_file()["names"]
    assert isinstance(names, list)
    return frozenset(names)


def known_place(name: str) -> bool:
    """Whether GeoNames knows `name` (two or three words), or the first two words of a
    three-word name ('ANNA MARIA ISLAND': the town and the island it stands on)."""
    words = fold(name).split()
    return " ".join(words) in _names() or (len(words) == 3 and " ".join(words[:2]) in _names())
