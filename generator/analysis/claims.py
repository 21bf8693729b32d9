"""Does a cited sentence say what a key point says? Figures, negation, places, opposite verbs.

`differences(point, sentences, language)` compares one sentence of a key point with the closest
sentences of a cited article (see `evidence.py`) and names what differs:

- a figure (`claim_figures`): the point's figure of some kind (a unit's dimension, or what it
  counts: "people killed") against the sentence's figures of that kind, when none of them agrees
  with it ("point: some 50,000; article: some 10,000"). Units are converted ("10 kilometres
  (6 miles)" agrees with "about 10 km"); bounds are read ("at least 118" agrees with "118" and
  with "more than 100", not with "at least 111"; "more than a million" is a figure, and
  "nearly 900,000", which excludes 900,000, is neither it nor "more than 900,000"). A day of
  the week is no contradiction (it may be another event's, "the toll on Saturday" of a quake
  on Friday); evidence must give it.
- negation: the point negates a verb the sentence states ("were not investigating" against
  "were investigating"), or the sentence negates a verb the point states ("has not yet
  confirmed", "declined to comment" against "confirmed"); a sentence putting the thing on hold,
  postponing or suspending it states none of its verbs but that one (`claim_deferrals`).
- a name (`places`): the point names a country, or a province of one, that the sentence
  replaces with another of the same kind ("Gansu" against "Qinghai"), the rest of the point
  being there (`COVERED`), or less of it (`REPLACED`) when the sentence lacks what the point says
  of the place too ("Belarus's aviation authority" against "Russia's federal air transport
  agency") and the article names the point's place nowhere.
- an opposite verb ("downgraded" against "upgraded"), the words around it shared.
- a source (`claim_names`): the point names a news organisation that the sentence replaces with
  another ("The New York Times reported" against "told Reuters"), the rest of the point being
  there and the article naming the point's nowhere.

A difference is kept only when none of the sentences says what the point says. Precision first:
anything it cannot read for sure (a figure of no known kind, a negation with no verb after it, a
name it does not know) gives no difference.

`lacks(point, sentence, language)` asks the weaker question evidence needs: does the sentence
give what the point says? It lacks a figure of the point it does not give (of any kind; a vague
count, "several", needs a count it allows; a day of the week is a figure), what the point states
happened (`claim_predicates`: "had been lost"), certainty (`claim_hedges`: "it is unclear
whether", when the point does not hedge), a word of absence ("no", "never", "without", "denied",
"called off": `claim_absence`) over the point's words that the point does not carry, or one the
point carries that the sentence does not, a verb the point negates that it does not negate, a
place or source of the point it names another of instead, or two places of one kind of the
point named the other way round (their roles may be swapped: flag and destination), or a name
of its own where it leaves out one of the point's (`claim_proper`: "Damascus" for "Beirut",
whatever the kind of name). A sentence that contradicts nothing may still lack the point's
figure: it is then no evidence of it. The word lists are data, per language (`claim_words.py`,
`claim_figures.VAGUE`). Cost: each sentence is read once (`read`), as far as a question needs
it, with set and dict look-ups; a sentence's places only when it does not write the point's;
the index of places is built once, when first needed.

Where the parts live: a sentence's reading (`claim_sentence`), which verbs it negates
(`claim_negated`), and one module a kind of difference: negation (`claim_negations`), opposite
verbs (`claim_opposites`), places (`claim_swapped_places`), sources, years and offices
(`claim_swapped`), with the share of the point's words they ask for (`claim_covered`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from itertools import chain, repeat

from generator.analysis.claim_absence import unmatched_absence
from generator.analysis.claim_figures_compare import DISTINCTIVE, compare, conversions, gives
from generator.analysis.claim_hedges import hedged
from generator.analysis.claim_locatives import placed_elsewhere
from generator.analysis.claim_negated import sense_of
from generator.analysis.claim_negations import negations, with_auxiliary
from generator.analysis.claim_opposites import opposites
from generator.analysis.claim_paired import paired_differ
from generator.analysis.claim_predicates import unsaid
from generator.analysis.claim_privatives import privatives
from generator.analysis.claim_proper import other_name
from generator.analysis.claim_reading import Difference
from generator.analysis.claim_recipients import recipient_missing
from generator.analysis.claim_reversals import reversed_sense
from generator.analysis.claim_roles import missing_role
from generator.analysis.claim_sentence import read
from generator.analysis.claim_swapped import roles_differ, swapped_sources, years
from generator.analysis.claim_swapped_places import (
    located,
    omitted,
    place_differences,
    reordered_places,
    swapped_places,
    unnamed_province,
    writes_places,
)
from generator.analysis.known_sources import KnownSources

__all__ = ["differences", "distinctive", "lacks"]


def differences(
    point: str,
    sentences: Sequence[str],
    language: str,
    known: KnownSources | None = None,
    elsewhere: Callable[[str], bool] | None = None,
) -> list[tuple[Difference, int]]:
    """What `sentences` (of one article, closest first) say differently from `point`, all in
    `language`: each difference with the sentence saying it. A difference is kept only when no
    sentence says what the point says (the figure, the negation, the verb, the place, the
    source): an article that gives the point's figure in one sentence and another figure in the
    next is not read as contradicting it. `known` are the site's wires and outlets (news
    organisations are read only with them); `elsewhere(words)` says whether the article names
    `words` anywhere: a swapped source, or a place swapped in a sentence sharing fewer of the
    point's words than `COVERED`, is one only when the article never names the point's. Nothing
    for a language without word lists."""
    a = read(point, language)
    if a is None or not sentences:
        return []
    opposing = bool(a.stems & a.lex.opposites.keys())
    named = bool(a.places)
    sourced = a.sources(known) if known is not None else {}
    readings = [b for b in map(read, sentences, repeat(language)) if b is not None]
    found: dict[Difference, int] = {}
    for position, b in enumerate(readings):
        checks: list[Iterator[tuple[Difference, bool]]] = []
        if a.figures and b.figures:
            checks.append(compare(a.figures, b.figures))
        if a.negated or b.negated:
            checks.append(negations(a, b))
        if opposing and b.lowers & a.lex.opposite_forms:
            checks.append(opposites(a, b))
        checks.append(privatives(a, b))
        if named and not writes_places(a, b):
            if b.places:
                checks.append(place_differences(a, b, elsewhere=elsewhere))
            if elsewhere is not None:
                checks.append(located(a, b, elsewhere))
        if sourced and known is not None:
            checks.append(swapped_sources(a, b, sourced, b.sources(known), elsewhere=elsewhere))
        if a.years and b.years:
            checks.append(years(a, b))
        if a.roles and b.roles:
            checks.append(roles_differ(a, b))
        for difference, agrees in chain(*checks):
            if not agrees:
                found.setdefault(difference, position)
    if not found:
        return []  # most citations: the agreements below are looked for only to drop a difference
    agreed: set[tuple[str, str]] = set()
    kinds = {d.kind for d in found}
    for b in readings:
        checks = []
        if "figure" in kinds and b.figures:
            checks.append(compare(a.figures, b.figures))
        if "negation" in kinds:
            checks.append(negations(a, b))
            checks.append(privatives(a, b, agreeing=True))
        if "opposite" in kinds:
            checks.append(opposites(a, b))
        if "name" in kinds and b.places:
            checks.append(place_differences(a, b, agreeing=True))
        if "source" in kinds and known is not None:
            checks.append(swapped_sources(a, b, sourced, b.sources(known), agreeing=True))
        if "figure" in kinds and b.years:
            checks.append(years(a, b, agreeing=True))
        if "role" in kinds and b.roles:
            checks.append(roles_differ(a, b, agreeing=True))
        agreed.update((d.kind, d.point) for d, agrees in chain(*checks) if agrees)
    # A figure given in two units is given when either is: "(about 6 miles)" converts "10 km".
    paired = conversions(a.figures) if "figure" in kinds else {}
    agreed.update(
        ("figure", other)
        for kind, point in list(agreed)
        if kind == "figure"
        for other in paired.get(point, ())
    )
    return [(d, n) for d, n in found.items() if (d.kind, d.point) not in agreed]


def distinctive(point: str, language: str) -> bool:
    """True when `point` has a figure distinctive enough to tell its sentence ("13", "6.2", not
    "two" or "several")."""
    a = read(point, language)
    return a is not None and any(
        f.bound != "vague" and (f.value >= DISTINCTIVE or f.value != int(f.value)) for f in a.figures
    )


def lacks(
    point: str,
    sentence: str,
    language: str,
    known: KnownSources | None = None,
    anywhere: Callable[[str], bool] | None = None,
) -> Difference | None:
    """What of `point` the `sentence` does not give, though it may contradict nothing: a figure
    of the point it gives nowhere (`Difference("figure", "13", "")`), a verb the point negates
    that it does not negate (`("negation", "were not affected", "")`), or a news organisation of
    the point it names another of instead (`("source", "The New York Times", "Reuters")`). None
    when it gives all of them, or for a language without word lists (nothing can be read).

    A place the sentence leaves out while naming another of its kind is swapped only when the
    sentence lacks what the point says of it too (`omitted`): "the initial Ukrainian effort
    ... around the Kursk region" leaves out "Russia's" of "Russia's Kursk region", while
    "Russia's federal air transport agency" replaces "Belarus's" of "Belarus's aviation
    authority". A name of the point the sentence leaves out, naming one of its own where the
    point's stands or the article naming the point's nowhere (`anywhere(word)`: whether the
    article writes a word), is a name it lacks (`claim_proper`)."""
    a, b = read(point, language), read(sentence, language)
    if a is None or b is None:
        return None
    for figure in a.figures:
        if not gives(figure, b.figures):
            return Difference("figure", figure.text, "")
    if a.years:
        for year in sorted(a.years - b.years):
            return Difference("figure", year, "")
    for day, written in a.weekdays.items():
        if day not in b.weekdays:
            return Difference("figure", written, next(iter(b.weekdays.values()), ""))
    if a.roles:
        role = missing_role(a.roles, b.roles)
        if role is not None:
            return Difference("role", role, "")
    stated = unsaid(a.words, b.words, a.lex.language)
    if stated is not None:
        return Difference("opposite", stated.text, "")
    undone = reversed_sense(point, sentence, a.lex.language)
    if undone is not None:
        return Difference("opposite", *undone)
    left_open = hedged(point, sentence, a.lex.language)
    if left_open is not None:
        return Difference("negation", "", left_open)
    if a.negated:
        lex = a.lex
        for verb, cue in a.negated.items():
            if sense_of(a.words[verb].stem, lex) not in b.denied:
                return Difference("negation", with_auxiliary(a.words, cue, verb), "")
    unmatched = unmatched_absence(point, sentence, a.lex.language)
    if unmatched is not None:
        return Difference("negation", *unmatched)
    reordered = reordered_places(a, b) if len(a.places) > 1 and len(b.places) > 1 else None
    if reordered is not None:
        return Difference("name", *(" … ".join(place.text for place in two) for two in reordered))
    if a.places and not writes_places(a, b):
        swapped = swapped_places(a, b) if b.places else None
        if swapped is not None and not omitted(a, b, swapped[0]):
            return Difference("name", swapped[0].text, swapped[1].text)
        unnamed = unnamed_province(a, b)
        if unnamed is not None:
            return Difference("name", unnamed.text, "")
    elsewhere = placed_elsewhere(point, sentence, a.lex.language)
    if elsewhere is not None:
        return Difference("name", *elsewhere)
    told = recipient_missing(point, sentence, a.lex.language)
    if told is not None:
        return Difference("source", *told)
    paired = paired_differ(point, sentence, a.lex.language)
    if paired is not None:
        return Difference("role", *paired)
    if known is not None:
        mine = a.sources(known)
        if mine:
            theirs = b.sources(known)
            missing = [name for key, name in mine.items() if key not in theirs]
            extra = [name for key, name in theirs.items() if key not in mine]
            if missing and extra:
                return Difference("source", missing[0], extra[0])
    other = other_name(point, sentence, a.lex.language, anywhere)
    if other is not None:
        return Difference("name", *other)
    return None
