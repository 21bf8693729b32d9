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
is a claim about the whole story, so its own sentence must be about it.

Calibrated on the development stories of the labelled set (issue 23) and the example site:
every attribution of a story scored against its own briefing (55, all about their story) and
against the other stories' briefings, plus the example site's four briefings over its two
articles, labelled by hand (111 that are not about the story). The highest score of a sentence
not about its story was 0.20 (STRONG 0.25 keeps none of them); of a lead, 0.246 (LEAD 0.30).
Kept: 36 of the 55 on-topic attributions; most of the others are in another language than the
briefing, whose words a briefing in English does not share.

Cost: one vector per sentence asked about (only sentences holding an attribution) and one per
article lead, each compared with the briefing's few parts.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from generator.analysis.corpus import Corpus
from generator.analysis.sentences import split_text
from generator.analysis.similarity import cosine, tokens
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


@dataclass(frozen=True)
class Relevance:
    """The briefing's parts, and the sentences it shows as evidence, for one story."""

    parts: tuple[tuple[str, ...], ...]  # the words of the title, each summary sentence, each key point
    evidence: frozenset[tuple[str, int]]  # (article id, sentence index)
    _leads: dict[int, float] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def of(cls, briefing: Briefing, evidence: Iterable[tuple[str, int]] = ()) -> Relevance:
        texts = [briefing.title, *split_text(briefing.summary), *(p.text for p in briefing.key_points)]
        parts = tuple(found for found in (tokens(text) for text in texts) if found)
        return cls(parts, frozenset(evidence))

    def _best(self, corpus: Corpus, words: Iterable[str], left_out: frozenset[str]) -> float:
        vector = corpus.weights.vector(w for w in words if w not in left_out)
        if not vector:
            return 0.0
        return max(
            cosine(vector, corpus.weights.vector(w for w in part if w not in left_out)) for part in self.parts
        )

    def lead(self, corpus: Corpus, position: int) -> float:
        """The score of an article's lead: its title and first sentence."""
        found = self._leads.get(position)
        if found is None:
            item = corpus.articles[position]
            words = (*tokens(item.article.title), *(item.words[0] if item.words else ()))
            found = self._leads[position] = self._best(corpus, words, frozenset())
        return found

    def score(self, corpus: Corpus, position: int, index: int, name: str) -> float:
        """How close what a sentence claims is to the closest part of the briefing."""
        item = corpus.articles[position]
        left_out = ATTRIBUTION_WORDS | frozenset(tokens(name))
        claimed = [w for w in item.words[index] if w not in left_out]
        if len(set(claimed)) < THIN:
            claimed += [*tokens(item.article.title), *(item.words[0] if item.words else ())]
        return self._best(corpus, claimed, left_out)

    def about(self, corpus: Corpus, position: int, index: int, name: str, whole_story: bool = False) -> bool:
        """True when the sentence is about the story; `whole_story` for a claim about the whole
        story ('first reported'), which its own sentence must make."""
        if (corpus.articles[position].article.id, index) in self.evidence:
            return True
        score = self.score(corpus, position, index, name)
        if score >= STRONG:
            return True
        return not whole_story and score >= WEAK and self.lead(corpus, position) >= LEAD
