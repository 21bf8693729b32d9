"""What a key point says had happened: the verb after the perfect's auxiliary ("had been
*lost*", "has *authorised*", "had made a *hard* landing"), which evidence of the point must say
too.

A sentence close to a point can share its names, its office holders and its figures and still
say something else of them: "contact had been lost" against "there have been contacts", "had
made a hard landing" against "one of the helicopters had a rough landing". What a point says
had happened is, in the languages that put the participle after the auxiliary, the first
content word after a perfect auxiliary ("has", "had"; past other auxiliaries, adverbs such as
"immediately", "first" and negation, and past a light verb such as "made" or "taken", which
says little without its object). A sentence that does not write that word (by stem, or spelled
the other way: "authorised", "authorized") is no evidence of the point. An auxiliary in a
relative clause ("the colony where he had been held") states background, not the point's
claim, and is not read. Other auxiliaries ("would mean", "are meant to", "is expected to") are
not read: what they introduce is an intention or a reading, often paraphrased ("would entail",
"are intended to"), and refusing those cost right evidence on the example site and the
labelled stories. Precision first: a paraphrase of what had happened with another verb
("recovered" for "had been found") is no evidence; the page then says no sentence of the
article was found giving all of the point.

German and Dutch put the participle at the end of the clause, so their points are not read
here (no predicate: evidence there is decided by the other checks). Cost: one pass over the
point's words; the sentence's words are looked up in a set.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache

from generator.analysis.claim_reading import Word

# Per language: the perfect's auxiliaries (the verb after one is what the point says had
# happened: "had been lost", "has authorised"), other auxiliaries and words passed over between
# an auxiliary and its verb, and light verbs whose object says what happened.
PERFECT = {
    "en": "has have had having",
    "fr": "a ont avait avaient aura auront",
    "es": "ha han había habían habrá",
    "it": "ha hanno aveva avevano avrà",
    "pt": "tem têm tinha tinham terá",
}
AUXILIARIES = {
    "en": "be is are was were been being has have had will would could can may might shall should must",
    "fr": "est sont était étaient été a ont avait avaient aura sera serait aurait pourrait doit",
    "es": "es son era eran fue fueron sido ha han había habían será sería habría podría debe",
    "it": "è sono era erano stato stata stati state ha hanno aveva avevano sarà sarebbe avrebbe potrebbe",
    "pt": "é são era eram foi foram sido tem têm tinha tinham há será seria teria poderia deve",
}
PASSED = {
    "en": "not never also already still yet first just immediately actually reportedly to n't",
    "fr": "ne pas jamais déjà encore aussi",
    "es": "no nunca ya también todavía",
    "it": "non mai già anche ancora",
    "pt": "não nunca já também ainda",
}
# Words opening a relative clause: what its auxiliary states is background ("the colony where
# he was being held"), not the point's claim.
RELATIVE = {
    "en": "where which who whom whose",
    "fr": "où dont lequel laquelle",
    "es": "donde cuyo cuya",
    "it": "dove cui",
    "pt": "onde cujo cuja",
}
RELATIVE_REACH = 2  # an auxiliary this many words or fewer after a relative word is in its clause
LIGHT = {
    "en": "made make makes making had has have got get gets taken take takes took a an the",
}
# Spellings of one word that the stemmer reads as two ("authorised" and "authorized").
SPELLINGS = {"en": (("iz", "is"), ("yz", "ys"))}
# Verbs of one meaning that close wordings of a point use in place of each other ("the army had
# been dispatched" / "army units were sent"), one group a line; a sentence writing any of a group
# writes what the point states. Only sending: other near-synonyms ("found" / "recovered") say
# more or less, and stay refused.
SAME_ACTS = {
    "en": """
        dispatch dispatched dispatches send sent sends deploy deployed deploys
    """,
}


@cache
def _lists(language: str) -> tuple[frozenset[str], ...] | None:
    if language not in PERFECT:
        return None
    return tuple(
        frozenset(table.get(language, "").split())
        for table in (PERFECT, AUXILIARIES, PASSED, LIGHT, RELATIVE)
    )


def predicates(found: Sequence[Word], language: str) -> list[Word]:
    """The words a point states after the perfect's auxiliaries ("lost" of "had been lost"), in
    order; none for a language not listed in `PERFECT`."""
    lists = _lists(language)
    if lists is None:
        return []
    perfect, auxiliaries, passed, light, relative = lists
    stated: list[Word] = []
    at = 0
    while at < len(found):
        if found[at].lower not in perfect:
            at += 1
            continue
        background = any(w.lower in relative for w in found[max(0, at - RELATIVE_REACH) : at])
        at += 1
        while at < len(found) and (
            found[at].lower in auxiliaries or found[at].lower in passed or found[at].lower.endswith("ly")
        ):
            at += 1
        while at < len(found) and found[at].lower in light:
            at += 1
        if at < len(found) and found[at].stem and not found[at].text[0].isdigit() and not background:
            stated.append(found[at])
    return stated


def _folded(word: str, language: str) -> str:
    for written, read in SPELLINGS.get(language, ()):
        word = word.replace(written, read)
    return word


def unsaid(point: Sequence[Word], sentence: Iterable[Word], language: str) -> Word | None:
    """The first word the point states (`predicates`) that the sentence does not write, or
    None."""
    stated = predicates(point, language)
    if not stated:
        return None
    words = list(sentence)
    stems = {w.stem for w in words if w.stem}
    folded = {_folded(w.lower, language) for w in words}
    acts = _acts(language)
    for word in stated:
        if word.stem in stems or _folded(word.lower, language) in folded:
            continue
        if not acts.get(word.lower, frozenset()).isdisjoint(w.lower for w in words):
            continue
        return word
    return None


@cache
def _acts(language: str) -> dict[str, frozenset[str]]:
    """Each word of `SAME_ACTS` with the words of its group."""
    groups = [frozenset(line.split()) for line in SAME_ACTS.get(language, "").strip().splitlines()]
    return {word: group for group in groups for word in group}
