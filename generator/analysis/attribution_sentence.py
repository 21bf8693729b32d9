"""Attributions in one sentence: every pattern's trigger matched, the name next to it read
(`attribution_names`; an office with its holder's name after it, the holder:
`attribution_apposition`), negations and overlapping matches refused (`find`, `_find`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from generator.analysis.attribution_anonymous import anonymous_speaker
from generator.analysis.attribution_apposition import holder, office_only
from generator.analysis.attribution_names import (
    _after,
    _name,
    _negated,
    _speaker,
    _statement,
    clause_before,
    may_name_before,
)
from generator.analysis.attribution_patterns import AFTER, CREDITS, PATTERNS, Pattern
from generator.analysis.attribution_saying import _speaker_said
from generator.analysis.known_sources import KnownSources, Named
from generator.analysis.source_words import generic

_BUT = re.compile(r"\s*\bbut\s+(?:by\s+|rather\s+by\s+)?")


class Hit(NamedTuple):
    kind: str
    named: Named
    speaker: str | None


def find(text: str, known: KnownSources | None = None) -> list[tuple[str, str, str | None]]:
    """(kind, name, speaker) of every attribution in one sentence, in pattern order."""
    return [(h.kind, h.named.name, h.speaker) for h in _find(text, PATTERNS, known or KnownSources())]


def _find(text: str, patterns: Sequence[Pattern], known: KnownSources, held: bool = False) -> list[Hit]:
    """`find` trying only `patterns` (a subset of `PATTERNS`, in their order); `held` when the
    text is known to hold a word each of them needs (`_to_read` found it)."""
    found: list[Hit] = []
    taken: list[tuple[int, int]] = []
    lower = "" if held else text.casefold()
    for pattern in patterns:
        if not held and not any(word in lower for word in pattern.needed):
            continue
        start = 0
        if pattern.opening is not None:
            first = pattern.opening.search(text)
            if first is None:
                continue  # the trigger's rest is nowhere, so neither is the trigger
            start = first.start()  # the trigger reads the text before it for `\b` all the same
        for match in pattern.trigger.finditer(text, start):
            if pattern.side == AFTER:
                phrase = _after(text, match.end())
                span = (match.end(), match.end() + len(phrase))
                # 'was not first reported by': a verb's negation stands in the two words before it.
                verb = pattern.kind in CREDITS
                negated = verb and _negated(" ".join(text[: match.start()].split()[-2:]))
            else:
                if not may_name_before(text, match.start(), known):
                    continue
                phrase = clause_before(text, match.start())
                span = (match.start() - len(phrase), match.start())
                negated = _negated(match.group(0)) or _negated(" ".join(phrase.split()[-3:]))
            if negated:
                # "not first reported by A but by B": B is the source; otherwise nobody is.
                but = _BUT.match(text, span[1]) if pattern.side == AFTER else None
                if but is None:
                    taken.append(span)
                    continue
                phrase = _after(text, but.end())
                span = (but.end(), but.end() + len(phrase))
            if any(a < span[1] and span[0] < b for a, b in taken):
                continue
            read = _name(pattern, phrase, known) if phrase else None
            if read is None and pattern.kind == "told":
                # "Leonid Brill told local media": no newsroom named, but a speaker named in full.
                said = _statement(_speaker(text, match.start()), known)
                read = None if said is None else ("according_to", said)
            if read is not None and pattern.side == AFTER and office_only(read[1].name):
                # "according to the Slovenian Prime Minister, Robert Golob": the holder is the source
                named = holder(text, span[1])
                said = _statement(named, known) if named else None
                if said is not None:
                    read = (read[0], said)
            if read is None or (not read[1].known and generic(read[1].name)):
                continue  # "Agency", "the Authorities": a kind of source, no name printed
            speaker = _speaker(text, match.start()) if read[0] == "told" else None
            if read[0] == "told" and speaker is None and anonymous_speaker(text, match.start()):
                continue  # "a person familiar with the situation told AP": no "Spoke to AP" for nobody named
            if pattern.carrier and _speaker_said(text, match):
                continue  # "..., said Cardinal X in the statement published by Y": X's words, not Y's report
            taken.append(span)
            found.append(Hit(read[0], read[1], speaker))
    return found
