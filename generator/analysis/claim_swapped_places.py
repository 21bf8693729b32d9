"""Places of a point a sentence names otherwise: swapped, reordered, left out, or put elsewhere.

A country or province of the point the sentence replaces with another of its kind ("Gansu"
against "Qinghai"), two of one kind named the other way round, a province the sentence names
none of, or a province the sentence puts somewhere described rather than named ("in the
Vladimir region" against "inside the Arctic Circle").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from generator.analysis.claim_covered import COVERED, REPLACED, covered_share
from generator.analysis.claim_reading import CLAUSE_MARKS, Difference
from generator.analysis.claim_sentence import Reading
from generator.analysis.claim_words import MONTHS
from generator.analysis.places import Place, core, places

HEAD = 2  # content words after a point's place that say what it is the place of ("Kursk region")
# Words that put what follows somewhere ("inside the Arctic Circle", "near Kharp", "moved to an
# Arctic penal colony"), then the capitalised run naming where (English: the notes measured).
_LOCATED = re.compile(
    r"\b(?:in|inside|near|above|outside|north of|south of|east of|west of|"
    r"(?:moved|transferred|sent|taken|flown|brought|deported|relocated)\s+to)\s+(?:the\s+|an?\s+)?"
    r"(?P<run>[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)*)"
)
_NOT_PLACES = frozenset(
    (MONTHS + " monday tuesday wednesday thursday friday saturday sunday the a an his her their its").split()
)


def place_differences(
    a: Reading, b: Reading, agreeing: bool = False, elsewhere: Callable[[str], bool] | None = None
) -> Iterator[tuple[Difference, bool]]:
    """A place of the point the sentence replaces with another of its kind while having most of
    the point's other words (`COVERED`), or fewer (`REPLACED`) when it lacks what the point says
    of the place too and the article names the place nowhere; with `agreeing`, each place it
    names too in such a sentence."""
    codes_b = {code for place in b.places for code in place.codes}
    missing = [place for place in a.places if not place.codes & codes_b]
    if agreeing:
        if len(missing) < len(a.places) and covered_share(a, b) >= COVERED:
            yield from ((Difference("name", p.text, ""), True) for p in a.places if p not in missing)
        return
    swapped = swapped_places(a, b) if missing else None
    if swapped is None:
        return
    covered = covered_share(a, b)
    replaced = covered >= REPLACED and not omitted(a, b, swapped[0])
    if covered >= COVERED or (replaced and not (elsewhere and elsewhere(swapped[0].text))):
        yield Difference("name", swapped[0].text, swapped[1].text), False


def located(a: Reading, b: Reading, elsewhere: Callable[[str], bool]) -> Iterator[tuple[Difference, bool]]:
    """A province of the point that the sentence puts somewhere else, described rather than
    named as a province ("in the Vladimir region" against "inside the Arctic Circle", "in
    Kharp"): the sentence has a share `REPLACED` of the point's other words and a place after
    a locative word (`_LOCATED`: a capitalised run, not a country or a province, nor a month
    or a day), and the article names the province nowhere (all its words: "Vladimir" of
    "Vladimir Putin" is no "Vladimir region")."""
    provinces = a.provinces
    if not provinces or covered_share(a, b) < REPLACED or unnamed_province(a, b) is None:
        return  # the cheap questions first: most points name no province
    for found in _LOCATED.finditer(b.text):
        run = found.group("run").strip()
        words = run.split()
        if words[0].casefold() in _NOT_PLACES or places(words):
            continue  # a date, or a country ("in Russia": maybe the province's own) or a province
        if not elsewhere(provinces[0].text):
            yield Difference("name", provinces[0].text, run), False
        return


def writes_places(a: Reading, b: Reading) -> bool:
    """True when the sentence writes every place of the point as the point does: none is
    missing, so none is swapped (its own places are then not looked up: the dearest reading)."""
    return all(b.written.issuperset(core(place)) for place in a.places)


def reordered_places(a: Reading, b: Reading) -> tuple[tuple[Place, Place], tuple[Place, Place]] | None:
    """Two places of one kind (two countries, two provinces) that the point and the sentence
    both name, in the other order ("under A's flag, bound for B" against "A-flagged, bound for
    B"): the two as the point writes them and as the sentence does, each in its own order, or
    None. The sentence gives the point's order when its places, as written one after another,
    hold the point's places in that order (a place may be named again: "the United States ...
    Ukraine, a US official" holds "Ukraine ... US"). What role a place has in a sentence is not
    read, so another order is taken for other roles: no evidence of the point. Only a point
    naming exactly two places of one kind is read so: with three or more ("Moscow would treat
    the US, Britain and France ... if Ukraine fired"), a paraphrase reorders them freely."""
    kinds = [place for place in a.places if any(place.kinds & o.kinds for o in a.places if o is not place)]
    mine: list[Place] = []
    for place in kinds:  # the point's places of a shared kind that the sentence names, once each
        if any(place.codes & other.codes for other in b.places) and not any(
            place.codes & seen.codes for seen in mine
        ):
            mine.append(place)
    if len(mine) != 2 or len({place.codes for place in kinds}) != 2:
        return None  # two places that may trade roles; with more, order follows the wording
    step = 0
    for other in b.places:
        if step < len(mine) and mine[step].codes & other.codes:
            step += 1
    if step == len(mine):
        return None
    pair = (mine[step - 1], mine[step])  # step >= 1: the sentence names the point's first
    first, second = sorted(next(n for n, o in enumerate(b.places) if place.codes & o.codes) for place in pair)
    return pair, (b.places[first], b.places[second])


def unnamed_province(a: Reading, b: Reading) -> Place | None:
    """A province of the point when the sentence names none of the point's provinces, neither as
    the point writes it nor by another name of it: "in the Vladimir region" against "inside the
    Arctic Circle". A point naming two ("in Gansu and Qinghai") is given by a sentence naming
    one; a country is often left implied ("Russia's Kursk region", "the Kursk region"), so it
    is not asked for (measured on the development stories: asking costs three right evidences,
    saves none)."""
    provinces = a.provinces
    if not provinces:
        return None
    codes_b = {code for place in b.places for code in place.codes}
    for place in provinces:
        if b.written.issuperset(core(place)) or not place.codes.isdisjoint(codes_b):
            return None
    return provinces[0]


def swapped_places(a: Reading, b: Reading) -> tuple[Place, Place] | None:
    """A place of the point the sentence does not name, and one of its kind the sentence names
    instead (not named by the point)."""
    codes_a = {code for place in a.places for code in place.codes}
    codes_b = {code for place in b.places for code in place.codes}
    missing = [place for place in a.places if not place.codes & codes_b]
    extra = [place for place in b.places if not place.codes & codes_a]
    return next(((p, o) for p in missing for o in extra if p.kinds & o.kinds), None)


def omitted(a: Reading, b: Reading, place: Place) -> bool:
    """True when the sentence has what the point says of `place`, one of the `HEAD` content
    words right after it in its clause ("Kursk region" of "Russia's Kursk region"): the
    sentence leaves the place out rather than putting another in its stead."""
    written = place.text.split()
    starts = [n for n, w in enumerate(a.words) if w.text == written[0]]
    if not starts:
        return False
    head: list[str] = []
    for word in a.words[starts[0] + len(written) :]:
        if word.lower in CLAUSE_MARKS or len(head) == HEAD:
            break
        if word.stem:
            head.append(word.stem)
    return not b.stems.isdisjoint(head)
