"""Who an attribution names: a known wire or outlet, or a proper name (organisation, person).

An attribution pattern ("according to ...", "... reported") gives a phrase; this module says
which source, if any, the phrase names. A name is accepted when it is

- a wire of the site's registry (`generator.model.wires`) or an outlet of `site.yaml`;
- in English, a proper name span: capitalised words ("the China Earthquake Networks Center",
  "Grey Zone" in "a Wagner-linked Telegram channel Grey Zone"), not a sentence-initial word
  that is no name ("As", "Citing"), not a pronoun, and not a phrase whose head is a common
  noun ("two U.S. officials", "Chinese state media", "Russia's civil aviation authority"):
  those are anonymous or generic sources, which the page leaves out;
- in other languages, where every German noun has a capital, only a known wire or outlet, a
  name in quotation marks ("New York Times"), an all-capitals acronym ("TASS") or a name
  with a word of a news organisation's name in it ("Times", "Post", "Zeitung").

The word lists are data (`source_words`: `OPENERS`, `CONNECTORS`, `DESCRIPTORS`,
`NEWS_NAME_WORDS`), not cases keyed to one outlet or one article.
"""

from __future__ import annotations

import re
from itertools import pairwise

from generator.analysis.known_sources import WORD_EDGES, KnownSources, Named, clean_name
from generator.analysis.source_words import (
    CONNECTORS,
    DESCRIBING,
    DESCRIPTORS,
    LEADING_ADJECTIVES,
    NEWS_NAME_WORDS,
    OPENERS,
)

_QUOTED = re.compile(r"^[\"“„«‚‘']\s*(?P<name>[^\"“”„«»‚‘’']{2,60}?)\s*[\"”“»’‘']$")
# A word that opens with a capital or is an initialism ("U.S."), apostrophes and hyphens inside.
_CAPITALISED = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-Žא-ת][\w&'’.\-]*$")
_ACRONYM = re.compile(r"^[A-ZÀ-Þ][A-ZÀ-Þ.&\-]{1,9}$")
_ELISION = re.compile(r"^(?:[lLdD]|dell|dall|nell|sull)['’](?=[A-ZÀ-Þ])")


def words_of(phrase: str) -> list[str]:
    """The white-space separated words of a phrase, without surrounding punctuation."""
    return [w for w in (raw.strip(",;:!?") for raw in phrase.split()) if w]


def _capitalised(word: str) -> bool:
    bare = word.strip(WORD_EDGES)
    return bool(bare) and bool(_CAPITALISED.match(bare))


def _opener(word: str) -> bool:
    return word.strip(WORD_EDGES).casefold() in OPENERS


def _unadjectived(run: list[str], known: KnownSources, described: bool) -> list[str]:
    """A run of name words without the adjectives before it that describe the source
    ('State-run IRNA', 'Local JOJ television' -> 'IRNA', 'JOJ'): a word ending in
    `DESCRIBING` ('state-run', 'Kyiv-based'), or one of `LEADING_ADJECTIVES` when what follows
    is surely a name of its own: an acronym, a known wire or outlet, or described as a news
    organisation ('television'); 'Local Government Association' keeps its first word."""
    while len(run) > 1:
        bare = run[0].strip(WORD_EDGES).casefold()
        rest = run[1:]
        if DESCRIBING.search(bare) or (
            bare in LEADING_ADJECTIVES
            and (
                described
                or all(_ACRONYM.match(w.strip(WORD_EDGES)) for w in rest)
                or known.known(" ".join(rest)) is not None
            )
        ):
            run = rest
        else:
            break
    return run


def _trim(run: list[str]) -> list[str]:
    """A run of name words without openers at its start ('As CNN' -> 'CNN') or connectors at
    either end; a leading capital 'The' stays when a name follows ('The New York Times')."""
    start = 0
    while start < len(run) and (_opener(run[start]) or run[start] in CONNECTORS):
        if run[start] == "The" and start + 1 < len(run) and not _opener(run[start + 1]):
            break
        start += 1
    run = run[start:]
    while run and run[-1] in CONNECTORS:
        run = run[:-1]
    return run


def _final_run(words: list[str]) -> tuple[list[str], list[str]]:
    """(the capitalised run that ends `words`, the words before it)."""
    end = len(words)
    start = end
    while start > 0:
        word = words[start - 1]
        joins = word in CONNECTORS and start - 1 > 0 and start < end and _capitalised(words[start - 2])
        if not (_capitalised(word) or joins):
            break
        start -= 1
    return words[start:end], words[:start]


_PREPOSITIONS_TEXT = """
    in of from at near by with for on to into over under across around about against between among
    inside outside within through
"""
_PREPOSITIONS = frozenset(_PREPOSITIONS_TEXT.split())


# A model number: digits, with a short maker's prefix or a variant after a hyphen ('787-8',
# 'A320', 'Su-25', 'Mi-8', 'F-16', '737'); 'Flightradar24' (a long word before its digits) is none.
_MODEL_NUMBER = re.compile(
    r"^(?:[A-Za-z]{1,3}-?)?\d{2,5}(?:-?\d{1,3})?[A-Za-z]{0,3}$|^[A-Za-z]{1,3}-\d{1,5}[A-Za-z]{0,3}$"
)


def model_named(run: list[str], before: list[str]) -> bool:
    """True when a run of capitalised words names a product, not a source: it holds a model
    number or follows one ('a Boeing 787-8 Dreamliner', 'an Airbus A320', 'Mi-8 helicopter')."""
    near = [*run, *before[-1:]]
    return any(_MODEL_NUMBER.match(w.strip(WORD_EDGES + ",;:.")) for w in near)


def english(phrase: str, known: KnownSources, after_descriptor: bool = False) -> Named | None:
    """The source an English noun phrase names ('the state-run Xinhua News Agency' -> Xinhua).

    The phrase is what the pattern gave, cut at the clause's end. Its name is the capitalised
    run that ends it (its head); the words before the run must describe it ('the state-run',
    'Russian state news agency'), not place it inside a prepositional phrase ('officials in
    neighboring Qinghai')."""
    words = words_of(phrase)
    if not words:
        return None
    whole = known.known(" ".join(words), credit=after_descriptor)
    if whole is not None:
        return whole
    run, before = _final_run(words)
    run = _trim(run)
    if not run:
        return None
    if any(w.strip(WORD_EDGES).casefold() in _PREPOSITIONS for w in before):
        return None
    if model_named(run, before):
        return None
    described = after_descriptor or any(w.strip(WORD_EDGES) in DESCRIPTORS for w in before)
    run = _unadjectived(run, known, described)
    name = clean_name(" ".join(run))
    if not name or not any(c.isalpha() for c in name):
        return None
    found = known.known(name, credit=described)
    if found is not None:
        return found
    return Named(name, known.key(name), False)


def foreign(phrase: str, known: KnownSources, after_descriptor: bool = False) -> Named | None:
    """The source a noun phrase in another language names, accepted only when it is a known
    wire or outlet, quoted, an acronym, or holds a word of a news organisation's name."""
    phrase = phrase.strip()
    quoted = _QUOTED.match(phrase)
    if quoted is None:
        # A quoted name at the end of a longer phrase: 'die US-Zeitung „New York Times“'.
        inner = re.search(r"[\"“„«](?P<name>[^\"“”„«»]{2,60})[\"”“»]\s*$", phrase)
        if inner is not None:
            quoted = inner
    if quoted is not None:
        name = clean_name(quoted.group("name"))
        found = known.known(name, credit=True)
        return found or (Named(name, known.key(name), False) if name[:1].isupper() else None)
    words = [_ELISION.sub("", w) for w in words_of(phrase)]
    whole = known.known(" ".join(words), credit=after_descriptor) if words else None
    if whole is not None:
        return whole
    # The name ends the phrase ('laut staatlicher Nachrichtenagentur TASS') or opens it after
    # lower-case words ('volgens het ANP is de minister ...').
    # A known wire or outlet right after a descriptor: 'Nachrichtenagentur dpa', 'agência Lusa'.
    for descriptor, word in pairwise(words):
        if descriptor.casefold() in DESCRIPTORS:
            found = known.known(word, credit=True)
            if found is not None:
                return found
    final, before = _final_run(words)
    skipped = 0
    while skipped < len(words) and not _capitalised(words[skipped]):
        skipped += 1
    first, _ = _final_run(_first_run(words[skipped:]))
    for run, lead in ((final, before), (first, words[:skipped])):
        described = after_descriptor or any(w.casefold() in DESCRIPTORS for w in lead)
        found = _foreign_run(run, known, described)
        if found is not None:
            return found
    return None


def _first_run(words: list[str]) -> list[str]:
    """The capitalised words (and connectors between them) that open `words`."""
    end = 0
    while end < len(words) and (
        _capitalised(words[end])
        or (words[end] in CONNECTORS and end + 1 < len(words) and _capitalised(words[end + 1]))
    ):
        end += 1
    return words[:end]


def _foreign_run(run: list[str], known: KnownSources, described: bool) -> Named | None:
    """A run of capitalised words of another language, when it is a name we can trust.

    Proper names only: the run may not swallow a capitalised common noun before the name
    ('Nachrichtenagentur TASS'): its words are tried from the first one on, dropping one each time."""
    for start in range(len(run)):
        candidate = run[start:]
        name = clean_name(" ".join(candidate))
        if not name:
            continue
        found = known.known(name, credit=described)
        if found is not None:
            return found
        bare = [w.strip(WORD_EDGES) for w in candidate]
        if any(_opener(w) for w in bare[:1]):
            continue
        if all(_ACRONYM.match(w) for w in bare):
            return Named(name, known.key(name), False)
        if len(bare) > 1 and any(w.casefold() in NEWS_NAME_WORDS for w in bare):
            return Named(name, known.key(name), False)
    return None
