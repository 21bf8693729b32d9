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
- a sentence opening with a word pointing back ("He added ...", "This is ...", "It was ...",
  `corpus.PRONOUN_OPENINGS`) is never the quote: who or what it speaks of is named elsewhere,
  and a reader cannot tell that every newsroom says it of the same subject;
- a sentence saying only who said the sentence before it ("Das teilte X mit.", "This was
  announced by X.", `facts_said.says_only_who`) is never the quote: it names a source, and
  what was said is in another sentence;
- a fact with no sentence that may be quoted is not shown (when unsure, show nothing);
- a fact is shown only when the newsrooms compared word for word (those whose sentences it
  holds) are at least `MIN_ROOMS`, unless they are all of the story's newsrooms, and at least
  `MIN_ROOM_SHARE` of them: with most of the story's newsrooms in other languages, "carried by
  every newsroom" would say what two of five agree on (a story of two newsrooms, both compared,
  still shows what both carry). On the 47 development stories the right items were compared
  in 3 of 7 newsrooms or more (0.43); the share is a bound with a margin below that;
- a fact whose quote gives a figure that a sentence of another newsroom of the story (any
  article, compared or not) gives with another value (`disputes.differing`: "killed 39 people"
  / "killed 56 people") is not shown: the quote is read as agreeing on every figure it prints.

Cost: `says_only_who` per sentence of each agreed fact (one search and a few set lookups);
the words of each sentence of each agreed fact, read once (linear in the fact's sentences),
and one set lookup per word and newsroom; for each of the at most
`facts_agreed.MAX_AGREED` facts whose quote gives a figure, one `disputes.differing` per sentence of
the story's other newsrooms (linear in the story's sentences).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from generator.analysis import disputes
from generator.analysis.corpus import Corpus, Prepared
from generator.analysis.disputes import NUMBER_STEMS
from generator.analysis.facts_said import says_only_who
from generator.analysis.similarity import words
from generator.model.analysis import Agreed, Quote

MIN_GIVEN = 0.5  # share of a fact's newsrooms that must give each word of its quote
MIN_ROOMS = 3  # newsrooms compared word for word, at least (unless all), for a fact to be shown...
MIN_ROOM_SHARE = 1 / 3  # ...and at least this share of the story's newsrooms


def _words(quote: Quote, prepared: Mapping[str, Prepared]) -> frozenset[str]:
    return frozenset(word for word, _ in words(quote.text, prepared[quote.article].language))


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


def _quoted(fact: Agreed, rooms: Mapping[str, str], prepared: Mapping[str, Prepared]) -> Agreed | None:
    """`fact` with the quote chosen as the module says, or None when no sentence may be quoted."""
    read = [_words(quote, prepared) for quote in fact.sentences]
    by_room: dict[str, set[str]] = {}
    for quote, found in zip(fact.sentences, read, strict=True):
        by_room.setdefault(rooms.get(quote.article, quote.article), set()).update(found)
    given = list(by_room.values())  # the words each newsroom of the fact gives in its sentences
    ranked = []
    for order, (quote, found) in enumerate(zip(fact.sentences, read, strict=True)):
        if prepared[quote.article].leans_back(quote.sentence):
            continue  # "He added ...": its subject is named elsewhere
        if says_only_who(quote.text):
            continue  # "Das teilte X mit.": who said the sentence before, no fact
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
    prepared = {item.article.id: item for item in corpus.articles}
    story_rooms = len({rooms.get(item.article.id, item.article.id) for item in corpus.articles})
    kept = (_quoted(fact, rooms, prepared) for fact in agreed if _covers(fact, rooms, story_rooms))
    return tuple(
        fact for fact in kept if fact is not None and not _given_differently(fact.quote, corpus, rooms)
    )


def covering(compared: int, story_rooms: int) -> bool:
    """True when `compared` newsrooms of a story's `story_rooms` are enough to say "carried by
    every newsroom": at least `MIN_ROOM_SHARE` of them, and `MIN_ROOMS` unless all of them."""
    return (compared >= MIN_ROOMS or compared == story_rooms) and compared >= MIN_ROOM_SHARE * story_rooms


def _covers(fact: Agreed, rooms: Mapping[str, str], story_rooms: int) -> bool:
    return covering(len({rooms.get(quote.article, quote.article) for quote in fact.sentences}), story_rooms)


def _given_differently(quote: Quote, corpus: Corpus, rooms: Mapping[str, str]) -> bool:
    """True when a sentence of a newsroom other than the quote's gives one of the quote's
    figures with another value (`disputes.differing`)."""
    if not disputes.figures(quote.text):
        return False
    own = rooms.get(quote.article, quote.article)
    return any(
        disputes.differing(quote.text, sentence.text)
        for item in corpus.articles
        if rooms.get(item.article.id, item.article.id) != own
        for sentence in item.sentences
    )
