"""Whether a sentence's figure says, contradicts or is silent about a point's figure, for the
claim check (figures as `claim_figures` reads them: value, unit, bounds and what they count).

A figure of the sentence gives a point's when it is the same figure or one within its bounds, of
the same kind (a unit's dimension, or what a count counts); it contradicts it when of its kind
and no value fits both. A vague count ("several") never makes a contradiction.
"""

from __future__ import annotations

import math
from collections.abc import Iterator

from generator.analysis.claim_figures import Figure
from generator.analysis.claim_reading import Difference

SHARED_KIND = 2  # words two counts must share to be counts of one thing
SAME = 0.005  # relative difference within which two figures are one figure
CONVERTED = 0.1  # ...when one of them was converted from another unit ("10 km (6 miles)")
# Figures of one dimension in different units, sharing no word, more than this factor apart
# measure different things (hours of a service, years since a fire); on the 30 development
# stories such pairs are 1.6 apart when of one quantity, over 2,000 apart otherwise.
SCALE = 10
DISTINCTIVE = 10  # a whole figure below this ("two") is not the same figure wherever it stands

# The stem of a count's noun that counts the rest past those a sentence names ("X, his daughter
# and three others" is "X and four others"): the names before it differ between outlets, so such
# a count never contradicts another figure (it may agree with one).
REMAINDERS = frozenset({"other", "andeer"})  # en "others", nl "anderen"


def _says(a: Figure, b: Figure) -> bool:
    """True when figure `b` of a sentence gives figure `a` of a point: the same figure, or one
    within it ("118" for "more than 100"), of the same kind."""
    if not _same_kind(a, b) and a.dimension != b.dimension:
        return False
    return _close(a, b) or (a.low <= b.low and b.high <= a.high)


def _apart(a: Figure, b: Figure) -> bool:
    """True when one figure is just under its value ("nearly 900,000", which excludes it) and the
    other at or over it ("more than 900,000", "just over 900,000"), or the other way round:
    their ranges meet at most at the value, which one of them excludes."""
    return _under_over(a.bound, b.bound) or _under_over(b.bound, a.bound)


def _under_over(one: str, other: str) -> bool:
    return (one == "under" and other in ("least", "over")) or (one == "over" and other in ("most", "under"))


def _close(a: Figure, b: Figure) -> bool:
    """One figure, maybe bounded differently or converted ("at least 118" and "118"), not one
    just under and one over one value (`_apart`). Rounding is allowed only across units: "40
    kilometres" is not "36 km". Two figures written to the same decimals in one unit state the
    same precision: they are one figure only when equal ("33.5" is no "33.4"; "33" may be "33.4")."""
    if _apart(a, b):
        return False
    if a.decimals and a.decimals == b.decimals and _same_unit(a, b):
        return a.value == b.value
    converted = a.converted or b.converted or a.base != a.value or b.base != b.value
    across = a.dimension == b.dimension and not _same_unit(a, b)
    tolerance = CONVERTED if converted and across else SAME
    return abs(a.base - b.base) <= tolerance * max(abs(a.base), abs(b.base))


def _same_value(a: Figure, b: Figure) -> bool:
    """The same written value, distinctive enough to be the same figure whatever it counts."""
    distinctive = a.value >= DISTINCTIVE or a.value != int(a.value)
    apart = _apart(a, b)
    return (
        distinctive and not apart and a.value == b.value and (a.dimension != b.dimension or a.base == b.base)
    )


def _compatible(a: Figure, b: Figure) -> bool:
    """False when figure `b` of a sentence contradicts figure `a` of a point of its kind: no value
    fits both, or both are bounds the same way round from different figures ("at least 118"
    against "at least 111")."""
    if _close(a, b):
        return True
    low, high = max(a.low, b.low), min(a.high, b.high)
    if low > high or (low == high and _apart(a, b)):
        return False
    if a.low <= b.low and b.high <= a.high:
        return True
    return not (a.bound == b.bound and a.bound in ("least", "most"))


def _same_kind(a: Figure, b: Figure) -> bool:
    """Figures of one quantity, or counts of one thing: `SHARED_KIND` words around them shared,
    or the same noun right after both ("four helicopters", "three helicopters"). Figures of one
    unit's dimension are one quantity when written in one unit, when one is a conversion of the
    other ("10 km (6 miles)"), when a word around them is shared, or when they are within
    `SCALE` of each other ("about 10 km" deep, "just over 10 miles" beneath): "more than five
    years" and a "two-hour service" are both durations, of different things, and never contradict.
    Two percentages are one quantity only when what they are shares of agrees (`Figure.of`)."""
    if a.dimension or b.dimension:
        if a.dimension != b.dimension:
            return False
        if a.of and b.of and a.of != b.of:
            return False  # shares of different wholes ("of the vote", "of polling stations")
        near = max(abs(a.base), abs(b.base)) <= SCALE * min(abs(a.base), abs(b.base))
        return _same_unit(a, b) or a.converted or b.converted or bool(a.counts & b.counts) or near
    return len(a.counts & b.counts) >= SHARED_KIND or (bool(a.head) and a.head == b.head)


def gives(figure: Figure, theirs: list[Figure]) -> bool:
    """True when one of a sentence's figures gives a point's `figure`, whatever it counts: the
    same figure or one within its bounds, of its unit's dimension ("10 kilometres" for "about
    10 km", "118" for "more than 100"), or the same distinctive value ("magnitude 5.9" for
    "5.9"). Evidence must give the point's figures; what a count counts is not asked (a
    sentence giving the figure is read as giving it). When the sentence writes a figure of the
    point's dimension in the point's own unit, its conversions in brackets into another unit are
    not read: they are rounded ("about 40 kilometres (24 miles)" gives no "about 36 km", though
    24 miles is 38.6 km)."""
    own = any(other.dimension and _same_unit(figure, other) for other in theirs)
    for other in theirs:
        if _same_value(figure, other):
            return True
        if own and other.converted and not _same_unit(figure, other):
            continue
        if figure.dimension == other.dimension and (
            _close(figure, other) or (figure.low <= other.low and other.high <= figure.high)
        ):
            return True
    return False


def _same_unit(a: Figure, b: Figure) -> bool:
    """True when two figures of one dimension are written in one unit (the same factor to it)."""
    if a.dimension != b.dimension or not a.value or not b.value:
        return False
    return math.isclose(a.base / a.value, b.base / b.value, rel_tol=1e-9)


def conversions(found: list[Figure]) -> dict[str, frozenset[str]]:
    """Each figure given in two units ("up to 10 kilometres (about 6 miles)") -> the texts of
    its conversions: figures of its dimension, one of them converted, within `CONVERTED` of it."""
    pairs: dict[str, set[str]] = {}
    for one in found:
        for other in found:
            if (
                one is not other
                and one.dimension
                and one.dimension == other.dimension
                and (one.converted or other.converted)
                and abs(one.base - other.base) <= CONVERTED * max(one.base, other.base)
            ):
                pairs.setdefault(one.text, set()).add(other.text)
    return {text: frozenset(others) for text, others in pairs.items()}


def compare(mine: list[Figure], theirs: list[Figure]) -> Iterator[tuple[Difference, bool]]:
    """Each figure of the point the sentence gives too (about the same thing: a word around it
    shared), or contradicts with another of its kind, none of its figures agreeing with it."""
    # Vague counts ("several") never contradict.
    mine = [f for f in mine if f.bound != "vague"]
    theirs = [f for f in theirs if f.bound != "vague"]
    # A figure of the sentence that gives one of the point's is that figure's, no other's
    # ("105 dead in Gansu and 13 in Qinghai" against "13 dead in Qinghai").
    taken = {n for n, f in enumerate(theirs) for g in mine if _says(g, f)}
    for figure in mine:
        if any(_says(figure, f) and figure.counts & f.counts for f in theirs):
            yield Difference("figure", figure.text, ""), True
            continue
        if any(_same_value(figure, f) for f in theirs):
            continue  # the same distinctive figure, of another kind ("magnitude 6.2", "at 6.2")
        if figure.head in REMAINDERS:
            continue  # "Bryant and four others" counts past whoever is named before it
        kind = [n for n, f in enumerate(theirs) if _same_kind(figure, f) and f.head not in REMAINDERS]
        if any(_compatible(figure, theirs[n]) for n in kind):
            continue
        other = [theirs[n] for n in kind if n not in taken]
        if other:
            yield Difference("figure", figure.text, other[0].text), False
