"""The sentences of each cited article that best support a key point, and weak citations.

A key point is split into its sentences; for each, the closest sentence of the cited article
(TF-IDF cosine over the story's sentences) is its evidence when it is close enough. A citation
whose article has no sentence even weakly similar to any part of the point is flagged: it is
likely the wrong article.
"""

from __future__ import annotations

from generator.analysis.corpus import Corpus
from generator.analysis.sentences import plain, split_text
from generator.analysis.similarity import tokens
from generator.model.analysis import PointEvidence, Support
from generator.model.site import KeyPoint

SUPPORTS = 0.2  # a sentence this close to a part of the point is shown as its evidence
MAX_QUOTES = 2
ANCHORS = 4  # a point is compared with the sentences sharing one of its 4 rarest words


def _parts(text: str) -> list[tuple[str, ...]]:
    """The content words of each sentence of a key point (Markdown removed)."""
    found = [tokens(part) for part in split_text(plain(text))]
    return [part for part in found if part]


def support(parts: list[tuple[str, ...]], corpus: Corpus, position: int) -> Support:
    """The best sentences of article `position` for the parts of one point."""
    prepared = corpus.articles[position]
    scored: dict[int, float] = {}
    for part in parts:
        score, index = corpus.best_match(part, position, anchors=ANCHORS)
        if index >= 0:
            scored[index] = max(score, scored.get(index, 0.0))
    ranked = sorted(scored.items(), key=lambda item: (-item[1], item[0]))
    best = ranked[0] if ranked else None
    chosen = sorted(index for index, score in ranked[:MAX_QUOTES] if score >= SUPPORTS)
    return Support(
        article=prepared.article.id,
        score=round(best[1], 4) if best else 0.0,
        quotes=tuple(prepared.quote(index) for index in chosen),
        best=prepared.quote(best[0]) if best else None,
    )


def evidence(point: KeyPoint, corpus: Corpus) -> PointEvidence:
    """The evidence for `point` in each of its cited articles that the corpus holds."""
    positions = {item.article.id: n for n, item in enumerate(corpus.articles)}
    parts = _parts(point.text)
    supports = tuple(support(parts, corpus, positions[i]) for i in point.sources if i in positions)
    return PointEvidence(cited=bool(point.sources), checkable=bool(parts), supports=supports)
