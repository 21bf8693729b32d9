"""Which verbs a sentence negates: a negation's scope, and a disjunction it covers.

A negation ("not", "never", "n't", "declined to") negates the first content word after it within
`SCOPE` words, and past it the words of a disjunction within `DISJOINED` words ("not a security
incident or cyberattack"). `sense_of` maps a stem to the sense verbs are compared by.
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.analysis.claim_reading import CLAUSE_MARKS, Lexicon, Word

SCOPE = 4  # words after a negation in which its verb is looked for
DISJOINED = 3  # words between a negated word and "or", and between "or" and the next it negates


def negated(found: list[Word], lex: Lexicon) -> dict[int, int]:
    """The verbs a sentence negates: the word index of each -> that of its negation's first word.

    A negation negates the first content word after it (past "immediately", "yet" ...) within
    `SCOPE` words and before any clause mark; a negating verb the verb after its "to".
    """
    verbs: dict[int, int] = {}
    for index, word in enumerate(found):
        lower, cue = word.lower, index
        if lower in lex.negating_verbs:
            if index + 1 >= len(found) or found[index + 1].lower not in ("to", "de", "a", "di", "zu"):
                continue
            index += 1
        elif not (lower in lex.negations or lower.endswith(("n't", "n’t"))):
            continue
        elif (lower, found[index + 1].lower if index + 1 < len(found) else "") in lex.not_negating:
            continue  # "not only"
        for at in range(index + 1, min(len(found), index + SCOPE + 1)):
            other = found[at]
            if other.lower in CLAUSE_MARKS:
                break
            if other.stem and other.lower not in lex.skipped:
                verbs.setdefault(at, cue)
                for joined in disjoined(found, cue, at, lex):
                    verbs.setdefault(joined, cue)
                break
    return verbs


def disjoined(found: list[Word], cue: int, first: int, lex: Lexicon) -> Iterator[int]:
    """The words a negation covers past its first through a disjunction ("not a security incident
    or cyberattack", "kein Unfall oder Anschlag"): the content words from `first` to the first
    content word after a disjunction within `DISJOINED` words of it, in one clause, none asking
    ("not clear whether ... or"). Nothing when no disjunction follows."""
    cue_word = found[cue].lower
    between: list[int] = []
    for at in range(first + 1, min(len(found), first + DISJOINED + 2)):
        word = found[at]
        if word.lower in CLAUSE_MARKS or word.lower in lex.not_disjoined:
            return
        after = lex.disjunctions.get(word.lower)
        if after is not None and (not after or cue_word in after):
            for member in range(at + 1, min(len(found), at + DISJOINED + 1)):
                other = found[member]
                if other.lower in CLAUSE_MARKS:
                    return
                if other.stem:
                    yield from between
                    yield member
                    return
            return
        if word.stem:
            between.append(at)


def sense_of(stem: str, lex: Lexicon) -> str:
    return str(lex.senses.get(stem, stem))
