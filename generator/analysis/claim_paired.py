"""Paired roles of people a sentence names, for the claim check: passenger or crew, civilian or
soldier, adult or child, driver or pedestrian.

The two roles of a pair are what a swapped account of an event changes ("both survivors were
crew members" against "one passenger and one crew member"), so a sentence is evidence of a
point only when it names the same roles of each pair the point names (`paired_differ`). Words
are data (`PAIRS`: per language, each role's words, as regular expressions over lower-case
text), for the seven languages the analysis reads.

Cost: one regular expression search per role of the point's language, on the point and on the
sentence: linear in their lengths.
"""

from __future__ import annotations

import re
from functools import cache

# pair -> role -> language -> alternatives (lower case; `\w*` for endings).
PAIRS: dict[str, dict[str, dict[str, str]]] = {
    "passenger-crew": {
        "passenger": {
            "en": r"passengers?",
            "de": r"passagier\w*|fluggast|fluggäste\w*",
            "fr": r"passag[eè]re?s?",
            "es": r"pasajer[oa]s?",
            "it": r"passegger[oia]",
            "nl": r"passagier(?:s|es)?",
            "pt": r"passageir[oa]s?",
        },
        "crew": {
            "en": r"crew\w*|flight\s+attendants?|stewards?|stewardess(?:es)?|pilots?|co-?pilots?",
            "de": r"besatzung\w*|crew\w*|flugbegleiter\w*|pilot\w*",
            "fr": r"équipage|hôtesses?|stewards?|pilotes?|copilotes?",
            "es": r"tripula\w*|azafat[oa]s?|pilotos?|copilotos?",
            "it": r"equipaggio|assistent[ei]\s+di\s+volo|hostess|pilot[ai]|copilot[ai]",
            "nl": r"bemanning\w*|crew\w*|stewardess\w*|piloten?|copiloten?",
            "pt": r"tripula\w*|comissári[oa]s?|pilotos?|copilotos?",
        },
    },
    "civilian-soldier": {
        "civilian": {
            "en": r"civilians?",
            "de": r"zivilist\w*|zivilbevölkerung",
            "fr": r"civils?",
            "es": r"civiles",
            "it": r"civili",
            "nl": r"burgers|burgerslachtoffers",
            "pt": r"civis",
        },
        "soldier": {
            "en": r"soldiers?|troops?|servicem[ae]n|servicewom[ae]n",
            "de": r"soldat\w*",
            "fr": r"soldats?|militaires",
            "es": r"soldados?|militares",
            "it": r"soldat[oi]|militari",
            "nl": r"soldaten|soldaat|militairen",
            "pt": r"soldados?|militares",
        },
    },
    "adult-child": {
        "adult": {
            "en": r"adults?",
            "de": r"erwachsene\w*",
            "fr": r"adultes?",
            "es": r"adult[oa]s?",
            "it": r"adult[oi]",
            "nl": r"volwassen\w*",
            "pt": r"adult[oa]s?",
        },
        "child": {
            "en": r"child|children|kids?|minors?|infants?|toddlers?|bab(?:y|ies)",
            "de": r"kind|kinder\w*|kindes|minderjährige\w*|säugling\w*|baby|babys",
            "fr": r"enfants?|mineurs?|bébés?|nourrissons?",
            "es": r"niñ[oa]s?|menores|bebés?",
            "it": r"bambin[oiae]|minor[ei]|neonat[oi]",
            "nl": r"kind|kinderen|minderjarigen?|baby's|baby",
            "pt": r"crianças?|menores|bebês?|bebés?",
        },
    },
    "driver-pedestrian": {
        "driver": {
            "en": r"drivers?|motorists?",
            "de": r"fahrer\w*|autofahrer\w*",
            "fr": r"conducteurs?|conductrices?|automobilistes?",
            "es": r"conductor(?:a|es|as)?|automovilistas?",
            "it": r"conducent[ei]|automobilist[ai]|autist[ai]",
            "nl": r"bestuurders?|automobilisten?|chauffeurs?",
            "pt": r"motoristas?|condutor(?:a|es|as)?",
        },
        "pedestrian": {
            "en": r"pedestrians?|passers?-by|bystanders?",
            "de": r"fußgänger\w*|passant\w*",
            "fr": r"piétons?|passants?",
            "es": r"peatón|peatones|transeúntes?",
            "it": r"pedon[ei]|passant[ei]",
            "nl": r"voetgangers?|omstanders?",
            "pt": r"pedestres?|peões|peão|transeuntes?",
        },
    },
}


@cache
def _patterns(language: str) -> tuple[tuple[str, tuple[tuple[str, re.Pattern[str]], ...]], ...]:
    """Per pair, each role's compiled words in `language` (none for a language without words)."""
    found = []
    for pair, roles in PAIRS.items():
        compiled = tuple(
            (role, re.compile(rf"(?<!\w)(?:{words[language]})(?!\w)"))
            for role, words in roles.items()
            if language in words
        )
        if len(compiled) == len(roles):
            found.append((pair, compiled))
    return tuple(found)


def paired_roles(text: str, language: str) -> dict[str, frozenset[str]]:
    """The roles of each pair `text` names: pair -> the roles (pairs named by none left out)."""
    lower = text.casefold()
    found: dict[str, frozenset[str]] = {}
    for pair, roles in _patterns(language):
        named = frozenset(role for role, pattern in roles if pattern.search(lower))
        if named:
            found[pair] = named
    return found


def paired_differ(point: str, sentence: str, language: str) -> tuple[str, str] | None:
    """The first pair whose roles `point` names that `sentence` names otherwise (the other
    role, or both where the point names one, or one where it names both): (the point's roles,
    the sentence's), each joined by " and "; None when the sentence names the roles the point
    names of each pair, or no role of it (a sentence naming no crew nor passenger swaps none:
    "the ship's crew sent a mayday" against "the authorities stopped drivers" is read as
    usual)."""
    mine = paired_roles(point, language)
    if not mine:
        return None
    theirs = paired_roles(sentence, language)
    for pair, roles in mine.items():
        other = theirs.get(pair)
        if other is not None and other != roles:
            return " and ".join(sorted(roles)), " and ".join(sorted(other))
    return None
