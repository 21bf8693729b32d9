"""Place names of two or three words (generator/ingest/place_names.json, built by
`tools.ingest_places` from GeoNames): what tells a dateline's place in capitals from a person's
name in the same spot ('ROCCA PIETORE - ' is a town, 'ALICE MARINI - ' a byline). Names are
compared folded (case and accents dropped, spaces single)."""

from __future__ import annotations

import json
import unicodedata
from functools import cache
from pathlib import Path

GAZETTEER = Path(__file__).resolve().parent / "place_names.json"


def fold(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


@cache
def _names() -> frozenset[str]:
    data = json.loads(GAZETTEER.read_text(encoding="utf-8"))
    return frozenset(data["names"])


def known_place(name: str) -> bool:
    """Whether GeoNames knows `name` (two or three words), or the first two words of a
    three-word name ('ANNA MARIA ISLAND': the town and the island it stands on)."""
    words = fold(name).split()
    return " ".join(words) in _names() or (len(words) == 3 and " ".join(words[:2]) in _names())
