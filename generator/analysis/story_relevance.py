"""Which sentences of a story's articles are about the story its briefing tells.

An article often mentions other stories: a Reuters copy about landmines says "The Washington
Post first reported the development" and goes on about missile strikes. A page on the strikes
must not say the Post first reported them. What a sentence claims (its words less the source's
name and the words of attribution) is compared, by TF-IDF cosine over the story's sentences,
with each part of the briefing (title, each sentence of the summary, each key point); its
score is the best of these. A sentence that claims almost nothing of its own ("... first
reported the development") stands for its article's news: its title and first sentence are
read instead.

A sentence is about the story when it is the evidence the page shows for a key point, or
scores `STRONG`; any attribution but a "first reported" claim also counts when its article's
lead (title and first sentence) scores `LEAD` and the sentence at least `WEAK`: the article is
about the story and the sentence shares something with the briefing. A "first reported" claim
is a claim about the whole story, so its own sentence must be about it. Only an article in the
note's language is compared (`language.comparable`): the words of a German sentence say
nothing of an English briefing, so none of its sentences counts unless it is the evidence of a
key point (precision first; a German note over German articles reads them).

Calibrated on the development stories of the labelled set (issue 23) and the example site:
every attribution of a story scored against its own briefing (on-topic) and against the other
stories' briefings, plus the example site's four briefings over its two articles, labelled by
hand (off-topic). Of those in the note's language, 44 on-topic and 89 off-topic: the highest
off-topic sentence scored 0.199 (STRONG 0.25 keeps none), the highest off-topic lead 0.246
(LEAD 0.30 keeps none); 36 of the 44 on-topic ones are kept (LEAD 0.27 would keep 39, with a
margin of 0.02 only). 12 more on-topic ones are in another language than their briefing.

Cost: one vector per sentence asked about (only sentences holding an attribution) and one per
article lead, each compared with the briefing's few parts through one index of their words
(made once): linear in the sentence's words and the parts sharing them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

from generator.analysis import language
from generator.analysis.corpus import Corpus
from generator.analysis.similarity import tokens
from generator.model.site import Briefing

STRONG = 0.25  # a sentence scoring this is about the story
LEAD = 0.30  # an article whose lead scores this is about the story...
WEAK = 0.05  # ...and so is its sentence scoring this (but for a "first reported" claim)
THIN = 3  # a claim of fewer content words than this is read with its article's lead instead
_ATTRIBUTION_TEXT = """
    according report reported reports reporting first broke break story news agency cited citing
    told tell interview said says say stated revealed disclosed quoted confirm earlier initially
    laut zufolge berichtete berichtet meldete schrieb selon según segundo secondo volgens informou
    informó melder ifølge szerint
"""
ATTRIBUTION_WORDS = frozenset(tokens(_ATTRIBUTION_TEXT))
# The summary's sentences, roughly: a briefing is the site's own text, short and edited.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"“])")


@dataclass(frozen=True)
class Relevance:
    """The briefing's parts, and the sentences it shows as evidence, for one story."""

    texts: tuple[str, ...]  # the title, each summary sentence, each key point
    evidence: frozenset[tuple[str, int]]  # (article id, sentence index)
    note: str  # the note's language, or language.UNKNOWN when not yet detected
    expected: str = language.UNKNOWN  # the language it is likely in (the site's), if known
    _leads: dict[int, float] = field(default_factory=dict, compare=False, repr=False)
    # word -> (part, weight) of each part of the briefing using it: made once, when first needed
    _index: dict[str, list[tuple[int, float]]] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def of(
        cls,
        briefing: Briefing,
        evidence: Iterable[tuple[str, int]] = (),
        note: str = language.UNKNOWN,
        expected: str = language.UNKNOWN,
    ) -> Relevance:
        """The relevance of a briefing; `note` is its language when known (detected when a
        sentence is first judged otherwise: most stories have nothing to judge), `expected` the
        site's language, if known."""
        texts = (
            briefing.title,
            *_SENTENCE_END.split(briefing.summary),
            *(p.text for p in briefing.key_points),
        )
        return cls(
            texts, frozenset(evidence), note, language.primary(expected) if expected else language.UNKNOWN
        )

    @cached_property
    def language(self) -> str:
        """The note's language."""
        if self.note != language.UNKNOWN:
            return self.note
        return language.detect(" ".join(self.texts), self.expected)

    @cached_property
    def parts(self) -> tuple[tuple[str, ...], ...]:
        """The words of each part of the briefing, in its language."""
        return tuple(found for found in (tokens(text, self.language) for text in self.texts) if found)

    def _best(self, corpus: Corpus, words: Iterable[str], left_out: frozenset[str]) -> float:
        """The best cosine of some words (less `left_out`) with a part of the briefing (less the
        words of attribution; its vectors are made once, with the story's weights).

        The parts' vectors are kept as one index by word, so that a sentence's cosines with all
        the parts are summed in one pass over its own words (each word meets only the parts
        using it) instead of one pass per part."""
        index = self._index
        if not index:
            for number, part in enumerate(self.parts):
                vector = corpus.weights.vector(w for w in part if w not in ATTRIBUTION_WORDS)
                for word, weight in vector.items():
                    index.setdefault(word, []).append((number, weight))
            index.setdefault("", [])  # made, even for a briefing of no words
        vector = corpus.weights.vector(w for w in words if w not in left_out)
        if not vector:
            return 0.0
        sums = [0.0] * len(self.parts)
        for word, value in vector.items():
            for number, weight in index.get(word, ()):
                sums[number] += value * weight
        return max(sums, default=0.0)

    def lead(self, corpus: Corpus, position: int) -> float:
        """The score of an article's lead: its title and first sentence."""
        found = self._leads.get(position)
        if found is None:
            item = corpus.articles[position]
            words = (*tokens(item.article.title, item.language), *(item.words[0] if item.words else ()))
            found = self._leads[position] = self._best(corpus, words, ATTRIBUTION_WORDS)
        return found

    def score(self, corpus: Corpus, position: int, index: int, name: str) -> float:
        """How close what a sentence claims is to the closest part of the briefing."""
        item = corpus.articles[position]
        left_out = ATTRIBUTION_WORDS | frozenset(tokens(name, item.language))
        claimed = [w for w in item.words[index] if w not in left_out]
        if len(set(claimed)) < THIN:
            claimed += [*tokens(item.article.title, item.language), *(item.words[0] if item.words else ())]
        return self._best(corpus, claimed, left_out)

    def about(self, corpus: Corpus, position: int, index: int, name: str, whole_story: bool = False) -> bool:
        """True when the sentence is about the story; `whole_story` for a claim about the whole
        story ('first reported'), which its own sentence must make."""
        if (corpus.articles[position].article.id, index) in self.evidence:
            return True
        if not language.comparable(corpus.language_of(position), self.language):
            return False
        score = self.score(corpus, position, index, name)
        if score >= STRONG:
            return True
        return not whole_story and score >= WEAK and self.lead(corpus, position) >= LEAD
