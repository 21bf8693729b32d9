"""A source, year or office of a point that a sentence replaces with another.

"The New York Times reported" against "told Reuters", "expelled in 2017" against "expelled in
2007", "Latvia's prime minister said" against "Latvia's president said": each a difference only
when the sentence has most of the point's other words (`COVERED`); each named too an agreement.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from generator.analysis.claim_covered import COVERED, covered_share
from generator.analysis.claim_reading import Difference
from generator.analysis.claim_roles import swapped_role
from generator.analysis.claim_sentence import Reading


def swapped_sources(
    a: Reading,
    b: Reading,
    mine: dict[str, str],
    theirs: dict[str, str],
    agreeing: bool = False,
    elsewhere: Callable[[str], bool] | None = None,
) -> Iterator[tuple[Difference, bool]]:
    """A news organisation of the point the sentence replaces with another while having most of
    the point's other words ("The New York Times reported" against "told Reuters"), the article
    naming the point's nowhere (a company with a news word in its name, "Royal Mail", named
    throughout its own story, is no swapped source); with `agreeing`, each one it names too in
    such a sentence."""
    named = [name for key, name in mine.items() if key in theirs]
    if agreeing:
        if named and covered_share(a, b, mine.values()) >= COVERED:
            yield from ((Difference("source", name, ""), True) for name in named)
        return
    missing = [name for key, name in mine.items() if key not in theirs]
    missing = [name for name in missing if not (elsewhere and elsewhere(name))]
    extra = [name for key, name in theirs.items() if key not in mine]
    if missing and extra and covered_share(a, b, mine.values()) >= COVERED:
        yield Difference("source", missing[0], extra[0]), False


def years(a: Reading, b: Reading, agreeing: bool = False) -> Iterator[tuple[Difference, bool]]:
    """Each year of the point the sentence writes too (an agreement); or, the sentence writing
    none of them but another year while having most of the point's other words (`COVERED`), the
    year it gives instead ("expelled in 2017" against "expelled in 2007")."""
    for year in sorted(a.years):
        if year in b.years:
            yield Difference("figure", year, ""), True
        elif not agreeing and not a.years & b.years:
            others = sorted(b.years - a.years)
            if others and covered_share(a, b, drop=a.years) >= COVERED:
                yield Difference("figure", year, others[0]), False


def roles_differ(a: Reading, b: Reading, agreeing: bool = False) -> Iterator[tuple[Difference, bool]]:
    """Each office of the point the sentence names too (an agreement); or one the sentence
    replaces with another while having most of the point's other words (`COVERED`): "Latvia's
    prime minister said" against "Latvia's president said"."""
    for key, name in a.roles.items():
        if key in b.roles:
            yield Difference("role", name, ""), True
    if agreeing:
        return
    swapped = swapped_role(a.roles, b.roles)
    if swapped is not None and covered_share(a, b, names=a.roles.values()) >= COVERED:
        yield Difference("role", swapped[0], swapped[1]), False
