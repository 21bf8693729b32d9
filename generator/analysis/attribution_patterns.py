"""Trigger patterns of attribution: the ways an article credits a source ("according to",
"reported", "told", "laut", ...), the side of the trigger its name stands on, and which
sentences of an article hold a word some pattern needs (`_to_read`).

Cost: the words the patterns need are looked for in each article's text (C-level substring
searches); a sentence is matched only with the patterns whose words its article holds."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, count
from operator import add

from generator.analysis.sentences import Sentence

BEFORE, AFTER = "before", "after"  # the side of the trigger the source's name stands on


@dataclass(frozen=True)
class Pattern:
    """One way of attributing: the kind, the side of the name, words one of which the sentence
    must hold (lower case), the trigger, whether the name is read as English, and whether the
    name must be a news organisation (a known wire or outlet, or named with a descriptor)."""

    kind: str
    side: str
    needed: tuple[str, ...]
    trigger: re.Pattern[str]
    english: bool = True
    newsroom_only: bool = False
    speaker: bool = False  # with `newsroom_only`: a name that is no newsroom's may be a speaker's
    # "reported/published by X": X carried words; in a sentence where someone says them
    # (`_speaker_said`), X is no source of them.
    carrier: bool = False
    # The trigger without its opening `\b`: `re` skips ahead to a literal opening a pattern
    # (2.4 us -> 0.5 us a 150-character sentence), never past a `\b`. Where it first matches
    # is where the trigger's matches can start from (`_find`).
    opening: re.Pattern[str] | None = None


def _p(
    kind: str,
    side: str,
    needed: str,
    trigger: str,
    english: bool = True,
    newsroom: bool = False,
    speaker: bool = False,
    carrier: bool = False,
) -> Pattern:
    opening = re.compile(trigger.removeprefix(r"\b"))
    return Pattern(
        kind, side, tuple(needed.split()), re.compile(trigger), english, newsroom, speaker, carrier, opening
    )


# English patterns, then other languages' (per-language word lists: data, not code). Each
# trigger opens with a word, so that the regular expression engine finds it fast.
_FOREIGN_ACCORDING = "laut selon según secondo volgens segundo acordo ifølge enligt"
_FOREIGN_REPORTED = (
    "berichtete meldete schrieb informou informó rapporté riferito meldde melder meldte vahendas teatas"
)
PATTERNS: tuple[Pattern, ...] = (
    _p("first_reported", AFTER, "first", r"\bfirst\s+(?:reported|revealed|disclosed)\s+by\s+"),
    _p(
        "first_reported",
        BEFORE,
        "first",
        r"\b(?:first\s+(?:reported|broke|revealed|disclosed)|"
        r"was\s+(?:the\s+)?first\s+(?:outlet\s+|news\s+organi[sz]ation\s+)?to\s+(?:report|break|reveal))\b",
    ),
    _p("first_reported", BEFORE, "broke", r"\bbroke\s+the\s+(?:story|news)\b"),
    _p(
        "reported",
        AFTER,
        "reported quoted revealed disclosed published",
        r"\b(?:reported|quoted|revealed|disclosed|published)\s+by\s+",
        carrier=True,
    ),
    _p("according_to", AFTER, "according", r"\b[Aa]ccording\s+to\s+"),
    _p("citing", AFTER, "citing", r"\b[Cc]iting\s+"),
    _p("told", AFTER, "told", r"\btold\s+"),
    _p("interview", AFTER, "interview", r"\b[Ii]n\s+an?\s+(?:\w+\s+)?interview\s+(?:with|to)\s+"),
    # "X reported for the Associated Press": the reporter's newsroom is the source, not X.
    _p("reported", AFTER, "reported reporting", r"\b(?:reported|reporting)\s+for\s+", newsroom=True),
    _p("reported", BEFORE, "reported reports", r"\b(?:reported|reports)\b(?!\s+(?:by|for)\b)"),
    # "X said": a report when X is a news organisation, else a statement of X when X is a
    # speaker named in full ("Kira Yarmysh said", "said Han Shujun, a spokesperson": `_speaks`).
    _p("reported", BEFORE, "said says stated", r"\b(?:said|says|stated)\b", newsroom=True, speaker=True),
    _p("reported", AFTER, "said stated", r"\b(?:said|stated)\s+", newsroom=True, speaker=True),
    # German, French, Spanish, Italian, Dutch, Portuguese, Norwegian, Swedish, Hungarian, Estonian
    _p(
        "according_to",
        AFTER,
        _FOREIGN_ACCORDING,
        r"\b(?:[Ll]aut|[Ss]elon|[Ss]egún|[Ss]econdo|[Vv]olgens|[Ss]egundo|[Dd]e\s+acordo\s+com|[Ii]følge|[Ee]nligt)\s+",
        english=False,
    ),
    _p("according_to", BEFORE, "zufolge szerint", r"\b(?:zufolge|szerint)\b", english=False),
    _p(
        "reported",
        AFTER,
        _FOREIGN_REPORTED,
        r"\b(?:berichtete|meldete|schrieb|informou|informó|a\s+rapporté|ha\s+riferito|meldde|melder|"
        r"meldte|vahendas|teatas)\s+",
        english=False,
    ),
    _p(
        "reported",
        BEFORE,
        "berichtet berichtte " + _FOREIGN_REPORTED,
        r"\b(?:berichtete|berichtet|meldete|schrieb|informou|informó|a\s+rapporté|ha\s+riferito|"
        r"meldde|berichtte|melder|meldte)\b",
        english=False,
    ),
    _p("citing", AFTER, "berufung", r"\b[Uu]nter\s+Berufung\s+auf\s+", english=False),
)
# Every word a pattern needs: an article holding none of them is not read sentence by sentence.
_NEEDED = frozenset(w for p in PATTERNS for w in p.needed)
# Punctuation to spaces, so that a text's words are its white-space separated chunks.
_TO_SPACES = str.maketrans(dict.fromkeys(",.;:!?()[]{}\"'“”‘’„«»—–/", " "))
CREDITS = ("first_reported", "reported")  # kinds that credit another newsroom with a report
# Kinds whose source spoke to the newsroom named: in that newsroom's own copy, its own reporting.
RECEIVED = ("told", "interview")


def _to_read(sentences: Sequence[Sentence]) -> list[tuple[int, list[Pattern]]]:
    """The sentences holding a word some pattern needs, each with those patterns, in order.

    The article's words are taken in one pass (C-level: case folding, punctuation to spaces,
    split, set intersection); each word found is then looked up with `str.find`, so the cost
    is a few passes over the text, not one per sentence and pattern."""
    texts = [sentence.text for sentence in sentences]
    joined = "\n".join(texts)
    lower = joined.casefold()
    present = _NEEDED.intersection(lower.translate(_TO_SPACES).split())
    if not present:
        return []
    if len(lower) != len(joined):  # case folding lengthened some letters ('ß' -> 'ss'): count them
        texts = [text.casefold() for text in texts]
    # Where each sentence starts in `lower`: the ends of the texts so far, plus a line break each.
    starts = [0, *map(add, accumulate(map(len, texts)), count(1))]
    held: dict[int, set[str]] = {}
    for word in present:
        at = lower.find(word)
        while at >= 0:
            held.setdefault(bisect_right(starts, at) - 1, set()).add(word)
            at = lower.find(word, at + len(word))
    return [(index, _patterns(frozenset(words))) for index, words in sorted(held.items())]


@lru_cache(maxsize=4096)
def _patterns(words: frozenset[str]) -> list[Pattern]:
    """The patterns needing one of `words` (a sentence holds them), in `PATTERNS`' order."""
    return [p for p in PATTERNS if not words.isdisjoint(p.needed)]
