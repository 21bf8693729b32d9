"""Compilations: an article credited to one wire whose text names another wire of the story.

A newspaper that writes its own story from two agencies' copy credits one of them ("Reuters,
and staff") and names the other where it uses it ("the Associated Press reports"). Its runs of
words are then shared with the other wire's copies, and the credit says it is the first wire's:
joined by its text, it would make an uncredited copy of the second wire the first wire's, and
keep that copy from its own wire's group. So an article whose credit names one wire and whose
running text names another wire that some article of the story is credited to (or published
by) is a compilation: its own newsroom's text. It is joined to no copy, rewrite or translation
(`wire.coverage`), and counts as a newsroom of its own, as the labelled set counts compilations.

This removes joins, never adds one: on a story never seen it can only leave a copy apart (the
count one too high), not join two newsrooms. A wire's own copy that names another wire present
in the story ("told Reuters") is not touched: only a *credited* article (`via`) is a reprint
whose credit could name the wrong writer.

Calibrated on the ten development stories of the issue-23 labelled set: of 34 credited articles,
12 name another wire in their text (Russian, Iranian and other national agencies as sources,
mostly); one names a wire whose copy is in the story (AP, beside an AP-credited copy): the
Irish Times compilation of Reuters and AP copy, its own newsroom in the truth.

An agency that relays another wire's dispatch credits itself and names the wire ("carried by
Maghreb Arabe Presse"), but prints the wire's text: an article that carries `REPRINTED` of the
shorter text of an article credited to a wire it names is that wire's copy (then joined to it
as a redistributor's, `copies.REDISTRIBUTED`), not a compilation. On the twelve development
stories the relay shares 0.91; the compilation of two wires shares 0.44 and 0.38 with each.

A wire's own copy may name another wire it cites ("dpa reported"), and several mastheads print
it under the wire's credit: an article that carries `REPRINTED` of the shorter text of another
article credited to its own wire is that wire's copy, not a newspaper's compilation (one
newsroom's own text is not printed alike under the wire's credit elsewhere). On the 39
development stories (2026-12-05) this is one pair: two AP-credited copies naming dpa, sharing
1.00 of the shorter. The only other credited article naming a wire of its story, the Irish
Times compilation (credited to Reuters), has no other Reuters-credited article beside it.

Cost: one regular-expression scan of each credited article's text for the spellings of the
story's other wires (compiled once per set of wires), a look-up per match: linear in the
credited articles' words; for each credited article naming a wire, one set intersection with
each article credited to that wire.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from generator.analysis.shingles import Shingles
from generator.model.wires import Registry, Wire, as_printed

REPRINTED = 0.8  # of the shorter text, in both: a relay of the named wire's copy


def named_wires(text: str, wires: Registry, among: frozenset[str]) -> set[str]:
    """The names of the wires of `among` (registry names: 'AP') that `text` names anywhere; a
    single word counts only as the wire prints itself ('Reuters', not 'reuters'), as in
    `Registry.find`."""
    found: set[str] = set()
    for match in _pattern(wires, among).finditer(text):
        phrase = match.group()
        wire = wires.lookup(phrase)
        if wire is not None and (" " in phrase or as_printed(phrase, wire)):
            found.add(wire.name)
    return found


@lru_cache(maxsize=64)
def _pattern(wires: Registry, among: frozenset[str]) -> re.Pattern[str]:
    """Every spelling of the wires `among`, longest first, as whole words, in any case: one
    C-level scan of a text finds them all."""
    spellings = sorted(
        {s for w in wires.wires if w.name in among for s in w.spellings}, key=lambda s: (-len(s), s)
    )
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, spellings))})(?!\w)", re.IGNORECASE)


def compilations(
    texts: Sequence[str],
    credits: Sequence[str | None],
    publishers: Iterable[str | None],
    wires: Registry,
    shingled: Sequence[Shingles] = (),
) -> frozenset[int]:
    """The positions of the articles that are compilations: `credits[n]` is article n's `via`
    (None if uncredited), `texts[n]` its running text, `shingled[n]` its shingles (if given);
    `publishers` the wires (registry names) that publish articles of the story under their own
    outlet. An article that names a wire and carries `REPRINTED` of the text of an article
    credited to that wire, or of another article credited to its own wire, is that wire's copy
    (relayed under another credit, or printed under its own), not a compilation."""
    credited = {n: wires.lookup(c) for n, c in enumerate(credits) if c}
    present = {w.name for w in credited.values() if w is not None} | {p for p in publishers if p}
    found = set()
    for n, wire in credited.items():
        if wire is None:
            continue
        others = frozenset(present - {wire.name})
        named = named_wires(texts[n], wires, others) if others else set()
        if named and not (shingled and _relayed(n, named | {wire.name}, credited, shingled)):
            found.add(n)
    return frozenset(found)


def _relayed(n: int, named: set[str], credited: dict[int, Wire | None], shingled: Sequence[Shingles]) -> bool:
    """True when article n carries `REPRINTED` of the shorter text of another article credited
    to one of the wires it names or to its own wire (`named` holds both): one set intersection
    per such article."""
    mine = shingled[n]
    for m, wire in credited.items():
        if m != n and wire is not None and wire.name in named:
            theirs = shingled[m]
            if mine and theirs and len(mine & theirs) >= REPRINTED * min(len(mine), len(theirs)):
                return True
    return False
