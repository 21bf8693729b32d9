"""Offices and roles a sentence names, for the claim check: "prime minister", "Präsident".

A role is a title from `ROLES` (data; each line one role, its spellings in every language
separated by "|", continued on indented lines), looked up on the sentence's lower-cased words,
longest spelling first. Spellings of one role share its key, so "prime minister",
"Premierminister" and "primo ministro" are one role. A role whose key is in `GENERIC`
("minister") names no particular office: it is never swapped with another, and a more precise
one ("foreign minister") gives it.

Cost: one dictionary look-up per word and spelling length (at most `MAX_WORDS`); a sentence is
read only when one of its words is the first word of a spelling (`FIRST_WORDS`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

# key: spellings (any language), each a phrase of lower-case words. Compound words are written
# as one ("ministerpräsident"); "-" is read as a space ("porte-parole", "primeiro-ministro").
ROLES = """
president: president|presidente|président|présidente|präsident|präsidentin|staatspräsident|
    staatspräsidentin
prime-minister: prime minister|premierminister|premierministerin|ministerpräsident|
    ministerpräsidentin|primo ministro|premier ministre|première ministre|primer ministro|
    primera ministra|primeiro ministro|primeira ministra|minister president|regierungschef|
    regierungschefin
chancellor: chancellor|kanzler|kanzlerin|bundeskanzler|bundeskanzlerin|chancelier|chancelière|
    cancelliere
foreign-minister: foreign minister|foreign secretary|secretary of state|außenminister|
    außenministerin|ministre des affaires étrangères|ministro degli esteri|
    ministro degli affari esteri|ministro de asuntos exteriores|ministro de relaciones exteriores|
    minister van buitenlandse zaken|ministro dos negócios estrangeiros|
    ministro das relações exteriores
defence-minister: defence minister|defense minister|defence secretary|defense secretary|
    verteidigungsminister|verteidigungsministerin|ministre de la défense|ministro della difesa|
    ministro de defensa|minister van defensie|ministro da defesa
interior-minister: interior minister|home secretary|innenminister|innenministerin|
    ministre de l'intérieur|ministro dell'interno|ministro del interior
finance-minister: finance minister|chancellor of the exchequer|treasury secretary|finanzminister|
    finanzministerin|ministre des finances|ministro dell'economia|ministro de hacienda|
    minister van financiën
minister: minister|ministerin|ministre|ministro|ministra
spokesperson: spokesman|spokeswoman|spokesperson|press secretary|sprecher|sprecherin|
    regierungssprecher|regierungssprecherin|porte parole|portavoce|portavoz|woordvoerder|
    woordvoerster|porta voz
lawyer: lawyer|attorney|anwalt|anwältin|rechtsanwalt|rechtsanwältin|avocat|avocate|avvocato|
    avvocata|abogado|abogada|advocaat|advogado|advogada
governor: governor|gouverneur|gouverneurin|governatore|gobernador|gobernadora|governador|governadora
mayor: mayor|bürgermeister|bürgermeisterin|maire|sindaco|sindaca|alcalde|alcaldesa|burgemeester|
    prefeito|prefeita
ambassador: ambassador|botschafter|botschafterin|ambassadeur|ambassadrice|ambasciatore|embajador|
    embajadora|embaixador|embaixadora
king: king|könig|roi|rey|koning
queen: queen|königin|reine|regina|reina|koningin|rainha
"""
GENERIC = frozenset({"minister"})
MAX_WORDS = 6  # the longest spelling, in words


@cache
def _table() -> dict[str, str]:
    """Each spelling (its words joined by one space) -> its role's key."""
    table: dict[str, str] = {}
    for line in re.sub(r"\n\s+", "", ROLES.strip()).splitlines():  # a role's lines joined
        key, _, spellings = line.partition(":")
        for spelling in spellings.split("|"):
            words = spelling.replace("-", " ").split()
            if words:
                table.setdefault(" ".join(words), key.strip())
    return table


@cache
def first_words() -> frozenset[str]:
    """The first word of every spelling: a sentence holding none names no role."""
    return frozenset(spelling.split()[0] for spelling in _table())


@cache
def first_forms() -> frozenset[str]:
    """The first words of spellings as a sentence may write them (`forms`): "president",
    "president's", "presidents'", "presidents"."""
    return frozenset(
        word + ending for word in first_words() for ending in ("", "'s", "’s", "'", "’", "s", "s'", "s’")
    )


@cache
def role_words() -> frozenset[str]:
    """Every word of every spelling ("prime", "minister", "präsident")."""
    return frozenset(word for spelling in _table() for word in spelling.split())


_POSSESSIVE = re.compile(r"['’]s?$")


def forms(lowers: Sequence[str]) -> list[str]:
    """A sentence's lower-cased words as spellings are written: a possessive read as its owner
    ("the president's helicopter": "president"), an English plural of a role word as its
    singular ("interior ministers": "minister")."""
    words = role_words()
    found = []
    for word in lowers:
        word = _POSSESSIVE.sub("", word)
        if word.endswith("s") and word not in words and word[:-1] in words:
            word = word[:-1]
        found.append(word)
    return found


def roles(lowers: Sequence[str]) -> dict[str, str]:
    """The roles named by a sentence's lower-cased words in order (as `forms` reads them):
    key -> the words as found (the first spelling found of each). Longest spelling first, no
    overlap."""
    table, starts = _table(), first_words()
    lowers = forms(lowers)
    found: dict[str, str] = {}
    at = 0
    while at < len(lowers):
        if lowers[at] not in starts:
            at += 1
            continue
        for width in range(min(MAX_WORDS, len(lowers) - at), 0, -1):
            phrase = " ".join(lowers[at : at + width])
            key = table.get(phrase)
            if key is not None:
                found.setdefault(key, phrase)
                at += width
                break
        else:
            at += 1
    return found


def swapped_role(mine: dict[str, str], theirs: dict[str, str]) -> tuple[str, str] | None:
    """A role of the point a sentence does not name, and a particular one it names instead:
    (the point's words, the sentence's), or None."""
    missing = [name for key, name in mine.items() if key not in theirs and key not in GENERIC]
    extra = [name for key, name in theirs.items() if key not in mine and key not in GENERIC]
    return (missing[0], extra[0]) if missing and extra else None


def missing_role(mine: dict[str, str], theirs: dict[str, str]) -> str | None:
    """A role of the point a sentence does not name (a precise one gives a generic one:
    "foreign minister" gives "minister"), or None."""
    for key, name in mine.items():
        if key in theirs:
            continue
        if key in GENERIC and any(name in other for other in theirs.values()):
            continue
        return name
    return None
