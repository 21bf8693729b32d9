"""A story's articles prepared once for every analysis: sentences, their words and weights.

Each article is read in its language (see `language`): split into sentences and words by that
language's rules. Words of different languages never meet, so the analyses compare only the
articles `comparable` says they may; the others are "not compared".

Work is done where it is needed: word sets for every sentence (one pass), TF-IDF vectors and
"which sentences use this word" lists only for the sentences and words a comparison asks for.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from itertools import chain, compress, count, repeat
from operator import contains

from generator.analysis import language
from generator.analysis.sentences import Sentence, split_body
from generator.analysis.similarity import Weights, cosine, tokens, words
from generator.model.analysis import Quote
from generator.model.site import Article, Outlet

DISTINCTIVE_MIN = 3  # a word in at most this many sentences of a story is distinctive...
DISTINCTIVE_SHARE = 0.1  # ...or in at most this share of them
MAX_CANDIDATES = 6  # sentences compared per query: those sharing the most of its chosen words
# The sentences of each article a story's analysis reads (a long feature has a few hundred). A
# sentence is compared with those sharing a distinctive word, up to a tenth of the story, so the
# work grows with the square of an article's length: this bounds it (loading warns when it cuts).
MAX_SENTENCES = 2_000
_PRONOUN_OPENINGS_TEXT = """
    this that these those they it he she such its their there
"""
PRONOUN_OPENINGS = frozenset(_PRONOUN_OPENINGS_TEXT.split())


@dataclass(frozen=True)
class Prepared:
    """One article as sentences, each with its content words in order, read in its language."""

    article: Article
    sentences: tuple[Sentence, ...]
    words: tuple[tuple[str, ...], ...]
    language: str = "en"  # a primary subtag ("de"), or language.UNKNOWN
    _postings: dict[str, tuple[int, ...]] = field(default_factory=dict, compare=False, repr=False)

    @cached_property
    def vocabulary(self) -> frozenset[str]:
        return frozenset().union(*self.word_sets)

    @cached_property
    def word_sets(self) -> tuple[frozenset[str], ...]:
        """The words of each sentence as a set (made when first needed, as is the vocabulary)."""
        return tuple(map(frozenset, self.words))

    def using(self, word: str) -> tuple[int, ...]:
        """The sentences that use `word`, in order.

        A word is looked up in every sentence's set when first asked (one C-level pass, the
        cheapest for the few words most articles are asked about); once those passes have cost
        as much as the article has words, every word's sentences are listed in one pass, so an
        article asked about many words costs twice its length at most, not its length per word.
        """
        found = self._postings.get(word)
        if found is None:
            if len(self._postings) * len(self.word_sets) >= self.length:
                return self.postings.get(word, ())
            uses = map(contains, self.word_sets, repeat(word))
            found = self._postings[word] = tuple(compress(count(), uses))
        return found

    @cached_property
    def length(self) -> int:
        """The number of words of the article's sentences (counted once in each)."""
        return sum(map(len, self.word_sets))

    @cached_property
    def postings(self) -> dict[str, tuple[int, ...]]:
        """The sentences using each word of the article."""
        found: dict[str, list[int]] = {}
        for number, used in enumerate(self.word_sets):
            for word in used:
                found.setdefault(word, []).append(number)
        return {word: tuple(numbers) for word, numbers in found.items()}

    def names(self, index: int) -> frozenset[str]:
        """The words of a sentence written with a capital or a digit (names, numbers)."""
        return frozenset(
            word for word, capital in words(self.sentences[index].text, self.language) if capital
        )

    def quote(self, index: int) -> Quote:
        sentence = self.sentences[index]
        return Quote(self.article.id, index, self.article.body_line + sentence.line - 1, sentence.text)

    def leans_back(self, index: int) -> bool:
        """True when the sentence opens with a word pointing back ('This sets them apart...')."""
        first = self.sentences[index].text.split(" ", 1)[0].strip("\"'“‘(").casefold()
        return first in PRONOUN_OPENINGS


@dataclass(frozen=True)
class Corpus:
    """Every article of a story, prepared, with TF-IDF weights over all their sentences."""

    articles: tuple[Prepared, ...]
    weights: Weights
    _vectors: dict[tuple[int, int], dict[str, float]] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def of(
        cls,
        articles: Sequence[Article],
        outlets: Mapping[str, Outlet] | None = None,
        site_language: str = language.UNKNOWN,
    ) -> Corpus:
        """The articles prepared, each in its language (`language.language_of`: its outlet's in
        `outlets`, else detected, `site_language` the one expected; with no `outlets`, every
        article is detected)."""
        codes = language.languages_of(articles, outlets or {}, site_language)
        prepared = []
        for article, code in zip(articles, codes, strict=True):
            sentences = split_body(article.body, code)[:MAX_SENTENCES]
            found = tuple(tokens(sentence.text, code) for sentence in sentences)
            prepared.append(Prepared(article, sentences, found, code))
        weights = Weights.of(s for item in prepared for s in item.words)
        return cls(tuple(prepared), weights)

    def language_of(self, position: int) -> str:
        """The language of the article at `position` (a primary subtag, or language.UNKNOWN)."""
        return self.articles[position].language

    def comparable(self, a: int, b: int) -> bool:
        """True when the articles at positions `a` and `b` can be compared (the same language)."""
        return language.comparable(self.articles[a].language, self.articles[b].language)

    def comparable_with(self, position: int) -> tuple[int, ...]:
        """The positions of the other articles that the one at `position` can be compared with."""
        own = self.articles[position].language
        return tuple(
            n
            for n, item in enumerate(self.articles)
            if n != position and language.comparable(own, item.language)
        )

    def compares(self, text_language: str, position: int) -> bool:
        """True when a text in `text_language` (a note's key point) can be compared with the
        article at `position`."""
        return language.comparable(text_language, self.articles[position].language)

    def vector(self, position: int, index: int) -> dict[str, float]:
        """The TF-IDF vector of one sentence (made when first needed)."""
        key = (position, index)
        found = self._vectors.get(key)
        if found is None:
            found = self._vectors[key] = self.weights.vector(self.articles[position].words[index])
        return found

    @cached_property
    def distinctive(self) -> frozenset[str]:
        """Words in few of the story's sentences: only sentences sharing one can say the same thing."""
        total = sum(len(item.words) for item in self.articles)
        limit = max(DISTINCTIVE_MIN, DISTINCTIVE_SHARE * total)
        return frozenset(word for word, count in self.weights.frequency.items() if count <= limit)

    def others_vocabulary(self, position: int) -> frozenset[str]:
        """The words used by every article of the story but the one at `position`."""
        return frozenset().union(*(a.vocabulary for n, a in enumerate(self.articles) if n != position))

    def comparable_vocabulary(self, position: int) -> frozenset[str]:
        """The words used by the other articles the one at `position` can be compared with."""
        return frozenset().union(*(self.articles[n].vocabulary for n in self.comparable_with(position)))

    def best_match(
        self,
        words: Sequence[str],
        position: int,
        anchors: int | None = None,
        sentence: tuple[int, int] | None = None,
    ) -> tuple[float, int]:
        """(similarity, sentence index) of the sentence of article `position` closest to `words`.

        Only sentences sharing a distinctive word with the query are compared (or, with
        `anchors`, one of its `anchors` rarest words), at most `MAX_CANDIDATES` of them, so a
        query costs a few short lists, not a pass over the whole article. When `words` are
        those of a sentence of the story, `sentence` is its (article position, index): its
        vector, made once, is then reused for every article it is compared with.
        """
        if anchors is None and self.distinctive.isdisjoint(words):
            return (0.0, -1)  # no candidate (most sentences: this costs one C-level set pass)
        item = self.articles[position]
        present = set(words) & item.vocabulary
        if anchors is None:
            chosen = sorted(present & self.distinctive)
        else:
            # Rarest first, ties by word: the words sorted, then stably by descending weight.
            # (Every word of an article has a weight: `idf` counts all the story's words.)
            chosen = sorted(sorted(present), key=self.weights.idf.__getitem__, reverse=True)[:anchors]
        hits = Counter(chain.from_iterable(map(item.using, chosen)))  # counted at C level
        if not hits:
            return (0.0, -1)
        vector = self.weights.vector(words) if sentence is None else self.vector(*sentence)
        best = (0.0, -1)
        # The sentences sharing the most chosen words, ties by index (sorted, then stably by count).
        for index in sorted(sorted(hits), key=hits.__getitem__, reverse=True)[:MAX_CANDIDATES]:
            score = cosine(vector, self.vector(position, index))
            if score > best[0] or (score == best[0] > 0 and index < best[1]):
                best = (score, index)
        return best
