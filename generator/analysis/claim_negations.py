"""A verb one side negates and the other states: the negation differences of a point and a sentence.

"were not investigating" against "were investigating", or "has not yet confirmed" against
"confirmed"; a sentence putting the thing on hold states none of its verbs but that one
(`claim_deferrals`). Both negating it is an agreement.
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.analysis.claim_deferrals import deferring
from generator.analysis.claim_negated import sense_of
from generator.analysis.claim_reading import Difference, Word
from generator.analysis.claim_sentence import Reading


def negations(a: Reading, b: Reading) -> Iterator[tuple[Difference, bool]]:
    """A verb one side negates and the other states; or negates too (an agreement)."""
    lex = a.lex
    for one, other, flipped in ((a, b, False), (b, a, True)):
        if not one.negated:
            continue
        denied, stated = other.denied, other.stated
        for verb, cue in one.negated.items():
            sense = sense_of(one.words[verb].stem, lex)
            if sense in denied and not flipped:
                yield Difference("negation", with_auxiliary(one.words, cue, verb), ""), True
            elif one.words[verb].lower in lex.indefinites:
                continue  # "could not say anything": another sentence's "anything" states nothing of it
            elif sense in stated and sense not in denied:
                if other.defers and not deferring(other.words[stated[sense]]):
                    continue  # "will put the talks on hold" states no "put" of "would not put"
                said = with_auxiliary(other.words, stated[sense], stated[sense])
                unsaid = with_auxiliary(one.words, cue, verb)
                if flipped:
                    yield Difference("negation", said, unsaid), False
                else:
                    yield Difference("negation", unsaid, said), False
                break


def with_auxiliary(found: list[Word], first: int, last: int) -> str:
    """Words `first` to `last`, with the stop word before them ("did not block", "were investigating")."""
    if first and not found[first - 1].stem and found[first - 1].text[0].isalpha():
        first -= 1
    return _span(found, first, last)


def _span(found: list[Word], first: int, last: int) -> str:
    return " ".join(w.text for w in found[first : last + 1])
