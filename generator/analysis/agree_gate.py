"""'Carried by every newsroom' shown only with a quote whose every detail most newsrooms give.

`facts` groups sentences of different newsrooms into one fact when they are alike, and lists
a fact every compared newsroom carries with one sentence to quote. Alike is not the same: a
lead sentence can add a detail the other newsrooms give differently or not at all ("shot in
the arm" where others say "in the chest", or say nowhere where), and a reader takes every
word of the quote as agreed. This filter keeps a fact only with a quote whose content the
newsrooms of the fact give alike:

- a sentence's **words** are its content words, stemmed, stop words out, read in its
  article's language (`similarity.words`): names, figures and the words that carry a detail;
- a newsroom **gives** a word when one of its sentences of the fact has it;
- a sentence may be quoted when each of its words is given by at least `MIN_GIVEN` of the
  fact's newsrooms: a detail fewer newsrooms give (a body part, a place, a figure, an
  adjective) is one the others leave out or give another way, so the sentence is not shown
  as agreed;
- a figure (digits, or a number word) of the quote must be given by every newsroom of the
  fact: a count half the newsrooms give may be one the others give differently;
- of the sentences that may be quoted, the one whose least-given word is given by the most
  newsrooms, then the shortest (the core of the fact, the fewest added details), then the
  first in story order;
- a fact with no sentence that may be quoted is not shown (when unsure, show nothing).

Cost: the words of each sentence of each agreed fact, read once (linear in the fact's
sentences), and one set lookup per word and newsroom.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from generator.analysis.corpus import Corpus
from generator.analysis.disputes import NUMBER_STEMS
from generator.analysis.similarity import words
from generator.model.analysis import Agreed, Quote

MIN_GIVEN = 0.5  # share of a fact's newsrooms that must give each word of its quote


def _words(quote: Quote, languages: Mapping[str, str]) -> frozenset[str]:
    return frozenset(word for word, _ in words(quote.text, languages.get(quote.article, "en")))


def _figure(word: str) -> bool:
    """True for a word that is a figure: it has a digit, or is a number word ("six")."""
    return word in NUMBER_STEMS or any(c.isdigit() for c in word)


def least_given(own: frozenset[str], given: Sequence[set[str]]) -> float:
    """The share of the newsrooms (`given`: the words of each) giving the least-given of the
    words `own` (0.0 for no word, or for a figure not every newsroom gives)."""
    if not own or not given:
        return 0.0
    if any(_figure(word) and not all(word in room for room in given) for word in own):
        return 0.0  # a figure some newsroom of the fact does not give: maybe another value
    return min(sum(word in room for room in given) for word in own) / len(given)


def _quoted(fact: Agreed, rooms: Mapping[str, str], languages: Mapping[str, str]) -> Agreed | None:
    """`fact` with the quote chosen as the module says, or None when no sentence may be quoted."""
    read = [_words(quote, languages) for quote in fact.sentences]
    by_room: dict[str, set[str]] = {}
    for quote, found in zip(fact.sentences, read, strict=True):
        by_room.setdefault(rooms.get(quote.article, quote.article), set()).update(found)
    given = list(by_room.values())  # the words each newsroom of the fact gives in its sentences
    ranked = []
    for order, (quote, found) in enumerate(zip(fact.sentences, read, strict=True)):
        share = least_given(found, given)
        if share >= MIN_GIVEN:
            ranked.append((-share, len(quote.text), order, quote))
    if not ranked:
        return None
    return Agreed(min(ranked)[3], fact.sentences)


def gated(agreed: Sequence[Agreed], corpus: Corpus, rooms: Mapping[str, str]) -> tuple[Agreed, ...]:
    """The facts shown as carried by every newsroom, each with a quote they all give alike."""
    if not agreed:
        return ()
    languages = {item.article.id: item.language for item in corpus.articles}
    kept = (_quoted(fact, rooms, languages) for fact in agreed)
    return tuple(fact for fact in kept if fact is not None)
