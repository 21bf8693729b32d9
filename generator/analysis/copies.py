"""Copies from the text: which articles of a story carry the same copy, whether credited or not.

An agency story reprinted under several mastheads keeps most of its runs of words through cuts,
a new lead, a house style or a merged update. Each article's running text becomes a set of
shingles (`shingles.py`): every run of `SHINGLE` consecutive words of more than `SHORT` letters,
folded to lower case without punctuation (short words, mostly articles and prepositions, are skipped, so a
house style that adds or drops one changes few shingles). Two articles are the same copy when
at least `MIN_SHARED` shingles, and at least `MIN_SHARE` of the shorter one's, are in both.
Text inside quotation marks is left out: two newsrooms that quote one statement each wrote
their own report. A paraphrase or a translation shares few runs of words: neither is found.

Calibrated on the development stories of the issue-23 labelled set, pairs of articles against
the truth's newsrooms. Of two articles of different newsrooms, the most the shorter shares is
0.200 of its shingles (7 shingles: a short flash) and 0.190 (22 shingles: an explainer that
reuses two sentences of an agency's copy); edited copies share 0.262 (a summary quoting a wire)
and more. Rewrites and a machine-reworded copy of the same newsroom share 0.147 to 0.197: they
are left apart (precision first). At 0.25 the grouping's pairs are 29 of 30 right; the one
wrong pair is two uncredited articles of one masthead, which count as its own reports.

`MIN_SHARED` was 20 until the ten-story set (2026-12-05) showed later versions of a wire story
with a rewritten top that keep one or two of its paragraphs word for word (12 to 19 shingles,
0.25 to 0.48 of the shorter, which has 25 to 75). Over all pairs of articles of the ten
stories, of two articles of different newsrooms sharing 12 shingles or more, the most the
shorter shares is 0.195 (25 shingles) and 0.190 (22), except a compilation credited to one
wire that carries another's
paragraphs (0.436 and 0.383: kept apart by `compilations`); the closest pair under 12 is 8
shingles at 0.421 (an agency's short alert inside a broadcaster's compilation). At 12 and 0.25
no pair of different newsrooms is joined by text, and 10 more same-newsroom pairs are. A text
of under `SHORT_TEXT` shingles (a two-sentence brief, an alert) still needs `SHORT_SHARED`: its
few runs are mostly a lead, and leads of short alerts are worded alike by different newsrooms.
Beside a long text, it may instead share `MIN_SHARED` that are `CUT_SHARE` of its own (a copy
cut short to its headline and lead: 18 of 18 shingles in the twelve-story set, 2026-12-05); of
a short and a long article of different newsrooms the most the short one shares is 8 of 19
(0.42, an alert worded partly like a lead): never 12, nor 0.75. Two short texts still need
`SHORT_SHARED`: two briefs of a few sentences may be worded alike by two newsrooms.

An early version and the write-through that keeps one or two of its sentences share fewer
runs than `MIN_SHARED`, but most of what the early version has: the shorter text (of
`SHORT_TEXT` shingles or more) sharing `CLOSE_SHARED` that are `CLOSE_SHARE` of its own is one
copy too (`one_copy`), still only if it carries one of its sentences. On the 39 development
stories (2026-12-05), of two articles of different newsrooms sharing fewer than 12 shingles and
carrying a sentence, the shorter shares at most 0.21 of its own (5 of 24) and, from 8 shared,
0.15; pairs of one newsroom share 11 at 0.34 to 0.37 (a wire's early version and its
write-through; two cuts of one copy). At 10 and 0.3 three such pairs are joined, no pair of two
newsrooms.

Two reprints of one short text that is mostly a quoted statement share few runs outside
quotation marks (a lead and an attribution line: under `SHORT_SHARED`). Their whole texts, quotes
included, are one text word for word: the shorter's whole text sharing `WHOLE_SHARED` shingles
(the short-text bar, so that an unquoted brief needs no fewer than before), `WHOLE_SHARE` of its
own, with the other is one copy (`same_whole`), when the shorter has fewer than `SHORT_TEXT`
shingles of its own and quoted words, unless the two are credited to different newsrooms. Over
all same-language pairs of the 59 development stories (2026-12-05), of two articles of different
newsrooms the shorter's whole text shares at most 0.526 of its own with the other (0.447 on the
even-numbered stories, 0.526 on the odd ones: no wrong pair within 10% of 0.8 on either half); it
joins one more pair, none wrong. Two pairs of one newsroom at 16 and 19 shingles (0.84, 1.0) are
left apart: that few shingles do not tell a copy from two newsrooms' alike wording of a short brief.

A copy prints the wire's text; an outlet's own report may paste in a few of a wire's sentences
and go on with its own reporting. The wire's short copy then has most of its runs in the report,
but the report has few of its own in the copy. So when the shorter of two articles is in a group
credited to a newsroom (a wire's copy, `via` or the wire's own outlet, or an uncredited reprint
already joined to one) and the longer is in a group credited to none,
the longer must have `OWN_SHARE` of its own shingles in the other (`own_report`): a reprint of a
credited copy prints most of it. Two uncredited articles are left as before: an early version
and its write-through (two cuts of one copy, `CLOSE_SHARED`) share as little of the longer
(0.115 in `test_copy7_newsrooms`), and no credit says whose either is.
Calibrated on ever-given-refloated-2021 (issue-23 draw 23, 2026-12-05): the
wrong join, an Indian newspaper's own long report opening with two Reuters sentences, has 0.14
of its own shingles in the Reuters copy; the right joins there have 0.20 (a reprint with a
longer tail of its own) and more. Checked on tenerife-wildfire-2023 and bondi-junction-stabbing-
2024 (the longer of each joined pair has 0.22 and more of its own: none left apart) and on
notre-dame-fire-2019 (draw 26: no pair joined before or after). One comparison per pair that
passes the other thresholds.
On the 30 development stories (draws 23-32) the rule refused three wrong pairs (ever-given: the
credited copy 0.63-0.93 in the report) and three right ones (a longer uncredited reprint of
another cut of the wire, the credited copy 0.31-0.44 in it), so the report must also carry
`PASTED_SHARE` of the credited copy (`own_report`): calibrated on the stories amatrice to kobe
(alphabetical first half: 0.63 wrong, 0.44 right), checked on kremlin to uvalde (two right
pairs at 0.31 and 0.43, now joined; no wrong pair refused there, before or after).

A run of words is not yet a sentence: a compilation or another newsroom's rewrite may open with
a phrase lifted from a wire's one-sentence flash and go on with its own text. So two articles
are one copy only if the shorter carries one of its sentences, `CARRIED` of its shingles, in the
other (`carries_a_sentence`). On the 21 development stories of the issue-23 set (2026-12-05),
of the 140 pairs that pass the thresholds above, the two pairs of different newsrooms this
removes carry 0.33 and 0.37 of the flash's one sentence; the pairs of one newsroom carry 0.38,
0.44, 0.45, then 0.57 and more: three of them are left apart (two are still joined through
another copy: one reworded copy of a wire is lost, precision first).

Cost, for a story of n articles and W words: shingling is linear in W (C-level str, map and
set work). Each article with `MIN_SHARED` shingles that another article also has is compared
with the earlier groups' articles, one set intersection each, until one shares its text: n
intersections when all are copies of one text, at most n²/2 when none is, each linear in the
shorter article's shared shingles. A pair that passes is checked sentence by sentence: each
article's sentences are shingled once, when first needed (linear in its words), and one set
intersection per sentence of the shorter. Nothing is quadratic in sentences. Whole texts (quotes
included) are shingled only in a story with a short article that has quoted words, each once;
a pair is then intersected on the shingles some other article also has, only if both have
enough of them.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from generator.analysis.corpus import Prepared
from generator.analysis.shingles import Shingles, shingles
from generator.model.analysis import Quote

MIN_SHARE = 0.25  # of the shorter article's shingles, in both: the same copy
MIN_SHARED = 12  # shingles in both, at least (a paragraph of about 25 words, or shorter runs)...
SHORT_TEXT = 24  # ...when the shorter article has this many shingles; a shorter one (a brief,
SHORT_SHARED = 20  # an alert: a lead any newsroom may word alike) must share this many, or
CUT_SHARE = 0.75  # `MIN_SHARED` that are this share of its own: a copy cut short to its top
CLOSE_SHARED = 10  # fewer shingles than `MIN_SHARED` make one copy when the shorter (of
CLOSE_SHARE = 0.3  # `SHORT_TEXT` or more) has this share of its own in the other
REDISTRIBUTED = 0.5  # of the shorter's shingles, in two articles credited apart: one text
EVIDENCE_SHARE = 0.9  # a sentence quoted as evidence has this share of its shingles in the source
CARRIED = 0.5  # of a sentence's shingles, in the other article: the shorter carries that sentence
EVIDENCE_MIN = 4  # and at least this many shingles
WHOLE_SHARED = SHORT_SHARED  # shingles of the shorter's whole text, quotes included, in both...
WHOLE_SHARE = 0.8  # ...and this share of them: one text word for word, however little is unquoted
OWN_SHARE = 0.17  # of an uncredited longer article's shingles, in both: it prints the copy...
PASTED_SHARE = 0.5  # ...unless under this share of the credited shorter's is in it: two cuts of one wire


@dataclass(frozen=True)
class Link:
    """Article `copy` carries the text of article `source` (positions in the story's order)."""

    copy: int
    source: int
    share: float  # of the shorter article's shingles, in both


def same_copies(
    texts: Sequence[Shingles],
    claims: Sequence[str | None],
    sentences: Callable[[int], Sequence[Shingles]] | None = None,
    whole: Callable[[int], Shingles] | None = None,
) -> tuple[list[int], list[Link]]:
    """Group the story's articles (earliest first) by shared text: each article's group (the
    position of its earliest member), and the links that joined them, in the order found.

    `claims[n]` names the newsroom article n is credited to, if it is credited to any. Two
    groups whose credits name different newsrooms are joined only through two articles that are
    both credited and share `REDISTRIBUTED` of the shorter's text: one text printed under two
    credits is one newsroom's copy, one of the credits a redistributor's (an agency reprinting
    another newsroom's copy under its own name). A summary that quotes two wires shares text
    with each, but the two wires' own articles share none, so it joins one of the wires at
    most, and never makes the two wires one newsroom.

    `sentences(n)`, if given, is article n's sentences' shingles: two articles are then one
    copy only if the shorter carries one of its sentences, `CARRIED` of it, in the other
    (`carries_a_sentence`).

    `whole(n)`, if given, is article n's whole text's shingles, quotations included
    (`whole_shingles`): two articles, the shorter under `SHORT_TEXT` shingles outside quotes,
    are also one copy when the shorter's whole text is in the other (`same_whole`). It is asked
    for the short articles' texts first, and for the others' only when one of those is long
    enough to be joined so: most stories pay nothing for it.
    """
    shared = _repeated(texts, CLOSE_SHARED)
    sizes = [len(found) for found in texts]
    short = [n for n, size in enumerate(sizes) if size < SHORT_TEXT]
    wholes: list[Shingles] = [frozenset()] * len(texts)
    # Only a short text with quoted words (its whole text more than its own) can be joined so.
    if whole is not None and any(len(whole(n)) >= WHOLE_SHARED and whole(n) != texts[n] for n in short):
        found = _repeated([whole(n) for n in range(len(texts))], WHOLE_SHARED)
        if any(len(found[n]) >= WHOLE_SHARED for n in short):
            wholes = found
    counts = [len(found) for found in shared]
    claim = list(claims)
    group = list(range(len(texts)))
    members: dict[int, list[int]] = {}  # each group so far (by its earliest article): its articles

    def find(n: int) -> int:
        while group[n] != n:
            group[n] = group[group[n]]
            n = group[n]
        return n

    links: list[Link] = []
    # Only an article with enough shingles some other article has can be a copy. It is compared
    # with each earlier group's articles until one shares its text; a pair whose shared
    # shingles could not reach `MIN_SHARE` of the shorter is not intersected.
    for later in (n for n in range(len(texts)) if counts[n] >= CLOSE_SHARED or wholes[n]):
        for root in list(members):
            if root not in members:  # joined to another group by this article
                continue
            mine = find(later)
            if root == mine:
                continue
            credited_apart = bool(claim[root] and claim[mine] and claim[root] != claim[mine])
            if credited_apart and not claims[later]:
                continue
            share = REDISTRIBUTED if credited_apart else MIN_SHARE
            for earlier in members[root]:
                if credited_apart and not claims[earlier]:
                    continue
                if (
                    wholes[earlier]
                    and wholes[later]
                    and min(sizes[earlier], sizes[later]) < SHORT_TEXT
                    and not credited_apart
                    and whole is not None
                    and same_whole(wholes[earlier], wholes[later], whole, earlier, later)
                ):
                    common = len(shared[earlier] & shared[later])
                elif (
                    not _may_share(counts, sizes, earlier, later, min(share, CLOSE_SHARE))
                    or not one_copy(
                        common := len(shared[earlier] & shared[later]), sizes[earlier], sizes[later], share
                    )
                    or own_report(common, sizes[earlier], sizes[later], claim[root], claim[mine])
                ):
                    continue
                elif sentences is not None:
                    shorter, longer = sorted((earlier, later), key=lambda n: (sizes[n], n))
                    if not carries_a_sentence(sentences(shorter), texts[longer]):
                        continue
                first, second = min(root, mine), max(root, mine)
                shorter_size = max(1, min(sizes[earlier], sizes[later]))
                group[second] = first
                claim[first] = claim[first] or claim[second]
                members[first] = sorted(members[first] + members.pop(second, []))
                links.append(Link(later, earlier, common / shorter_size))
                break
        members.setdefault(find(later), [])
        members[find(later)] = sorted({*members[find(later)], later})
    return [find(n) for n in range(len(texts))], links


def own_report(common: int, one: int, two: int, one_claim: str | None, two_claim: str | None) -> bool:
    """True when the shorter of two articles (of `one` and `two` shingles, sharing `common`)
    is in a group of copies credited to a newsroom (`one_claim`, `two_claim`: their groups'),
    the longer in one credited to none, and the longer has under `OWN_SHARE` of its
    own shingles in the other: it is its own report quoting a few of the credited copy's
    sentences, not a reprint of it. A report pastes the sentences whole, so `PASTED_SHARE` of
    the credited copy is in it; a longer reprint of another cut of the wire (a write-through
    with material of its own) carries less of it, and is left to the other thresholds."""
    (shorter, short_claim), (longer, long_claim) = sorted(
        ((one, one_claim), (two, two_claim)), key=lambda p: p[0]
    )
    return (
        short_claim is not None
        and long_claim is None
        and common < OWN_SHARE * longer
        and common >= PASTED_SHARE * shorter
    )


def _repeated(texts: Sequence[Shingles], least: int) -> list[Shingles]:
    """Each text's shingles that an earlier or later text has too (none for a text of fewer
    than `least`): one pass over the texts, one set operation each."""
    seen: set[int] = set()
    repeated: set[int] = set()
    for found in texts:
        repeated |= seen.intersection(found)
        seen |= found
    return [found & repeated if len(found) >= least else frozenset() for found in texts]


def _may_share(counts: Sequence[int], sizes: Sequence[int], one: int, two: int, share: float) -> bool:
    """False when the shingles the two articles share with any other could not reach `share`
    of the shorter's: the pair need not be intersected."""
    needed = share * min(sizes[one], sizes[two])
    return counts[one] >= needed and counts[two] >= needed


def same_whole(
    one_repeated: Shingles, two_repeated: Shingles, whole: Callable[[int], Shingles], one: int, two: int
) -> bool:
    """True when the shorter of two articles' whole texts (quotations included) shares at least
    `WHOLE_SHARED` shingles, `WHOLE_SHARE` of its own, with the other: one text word for word.
    Two newsrooms quoting one statement each add words of their own around it; the same words
    around the same quote are one copy. `repeated` are the whole texts' shingles some other
    article has too (`_repeated`), so that most pairs are not intersected."""
    shorter = min(len(whole(one)), len(whole(two)))
    needed = max(WHOLE_SHARED, WHOLE_SHARE * shorter)
    if len(one_repeated) < needed or len(two_repeated) < needed:
        return False
    return len(one_repeated & two_repeated) >= needed


def carries_a_sentence(sentences: Sequence[Shingles], other: Shingles) -> bool:
    """True when `other` carries `CARRIED` of the shingles of one of `sentences` (of at least
    `EVIDENCE_MIN`): the two texts share a sentence, not only a phrase of one."""
    return any(len(s) >= EVIDENCE_MIN and len(s & other) >= CARRIED * len(s) for s in sentences)


def same_text(one: Shingles, two: Shingles) -> bool:
    """True when two articles' shingles make them the same copy (as `same_copies` decides)."""
    return one_copy(len(one & two), len(one), len(two))


def one_copy(common: int, one: int, two: int, share: float = MIN_SHARE) -> bool:
    """True when two articles of `one` and `two` shingles sharing `common` of them are one copy:
    `enough` of them and `share` of the shorter's; or, the shorter of `SHORT_TEXT` or more,
    `CLOSE_SHARED` that are `CLOSE_SHARE` of its own (an early version or a copy cut to a few
    paragraphs, whose shared runs are few but most of what it has)."""
    shorter = min(one, two)
    if common >= enough(one, two) and common >= share * shorter:
        return True
    return (
        share <= CLOSE_SHARE and shorter >= SHORT_TEXT and common >= max(CLOSE_SHARED, CLOSE_SHARE * shorter)
    )


def enough(one: int, two: int) -> int:
    """The shingles two articles of `one` and `two` shingles must share to be one copy: a
    short one beside a long one (a copy cut short to its headline and lead) must share
    `CUT_SHARE` of its own; two short ones (two briefs), `SHORT_SHARED`."""
    shorter, longer = sorted((one, two))
    if shorter >= SHORT_TEXT:
        return MIN_SHARED
    if longer < SHORT_TEXT:
        return SHORT_SHARED
    return min(SHORT_SHARED, max(MIN_SHARED, math.ceil(CUT_SHARE * shorter)))


def shared_sentence(item: Prepared, source: Shingles) -> Quote | None:
    """A sentence of `item` that the text of `source` carries too, as evidence of the copy:
    the first with `EVIDENCE_SHARE` of its shingles in `source` (it reads the same in both),
    else the one sharing the most, if that is at least half of its shingles (an edited
    sentence); None if no sentence of `EVIDENCE_MIN` shingles shares that much."""
    best: tuple[int, int] | None = None
    for index, sentence in enumerate(item.sentences):
        own = shingles(sentence.text)
        if len(own) < EVIDENCE_MIN:
            continue
        common = len(own & source)
        if common >= EVIDENCE_SHARE * len(own):
            return item.quote(index)
        if 2 * common >= len(own) and (best is None or common > best[0]):
            best = (common, index)
    return item.quote(best[1]) if best else None
