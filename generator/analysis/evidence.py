"""The sentences of each cited article that best support a key point, weak citations, and
sentences that contradict the point.

A key point is split into its sentences; for each, the closest sentence of the cited article
(TF-IDF cosine over the story's sentences) is its evidence when it is close enough. A citation
whose article has no sentence even weakly similar to any part of the point is flagged: it is
likely the wrong article. Each part's closest sentence, when it is about the same thing
(`ALIGNED`), is then read against the part (`claims.differences`): a sentence that gives another
figure, negates what the point states, names another place or says the opposite contradicts the
point, and the citation shows the contradiction instead of any evidence. An article in another
language than the note is not compared at all (`Support.compared`), so never called weak.
"""

from __future__ import annotations

from collections import Counter
from itertools import chain
from typing import NamedTuple

from generator.analysis.claims import differences
from generator.analysis.corpus import MAX_CANDIDATES, Corpus
from generator.analysis.sentences import plain, split_text
from generator.analysis.similarity import cosine, tokens
from generator.model.analysis import Contradiction, PointEvidence, Support
from generator.model.site import KeyPoint

SUPPORTS = 0.2  # a sentence this close to a part of the point is shown as its evidence
ALIGNED = 0.1  # a sentence this close to a part of the point is read against it for contradictions
READ = 2  # ...the closest two such sentences of each cited article (3 and 4 find no more on the dev set)
MAX_QUOTES = 2
ANCHORS = 4  # a point is compared with the sentences sharing one of its 4 rarest words


class Part(NamedTuple):
    """One sentence of a key point: its text and its content words."""

    text: str
    words: tuple[str, ...]


def _parts(text: str, language: str) -> list[Part]:
    """Each sentence of a key point (Markdown removed), with its content words."""
    found = [Part(part, tokens(part, language)) for part in split_text(plain(text), language)]
    return [part for part in found if part.words]


def support(parts: list[Part], corpus: Corpus, position: int, language: str = "en") -> Support:
    """The best sentences of article `position` for the parts of one point, or the sentences
    that contradict it."""
    prepared = corpus.articles[position]
    scored: dict[int, float] = {}
    contradictions: list[Contradiction] = []
    for part in parts:
        score, index = corpus.best_match(part.words, position, anchors=ANCHORS)
        if index < 0:
            continue
        scored[index] = max(score, scored.get(index, 0.0))
        read = [prepared.quote(other) for other in _aligned(part.words, corpus, position)]
        contradictions.extend(
            Contradiction(found.kind, found.point, found.article, read[number])
            for found, number in differences(part.text, [quote.text for quote in read], language)
        )
    ranked = sorted(scored.items(), key=lambda item: (-item[1], item[0]))
    best = ranked[0] if ranked else None
    chosen = sorted(index for index, score in ranked[:MAX_QUOTES] if score >= SUPPORTS)
    return Support(
        article=prepared.article.id,
        score=round(best[1], 4) if best else 0.0,
        quotes=() if contradictions else tuple(prepared.quote(index) for index in chosen),
        best=prepared.quote(best[0]) if best else None,
        language=language,
        contradictions=tuple(contradictions),
    )


def _aligned(words: tuple[str, ...], corpus: Corpus, position: int) -> list[int]:
    """The sentences of article `position` about what `words` (a part of a point) are about:
    the `READ` closest at least `ALIGNED` close, among those sharing the most of the part's
    `ANCHORS` rarest words (the candidates `Corpus.best_match` weighs), closest first."""
    item = corpus.articles[position]
    present = sorted(set(words) & item.vocabulary)
    chosen = sorted(present, key=corpus.weights.idf.__getitem__, reverse=True)[:ANCHORS]
    hits = Counter(chain.from_iterable(map(item.using, chosen)))
    if not hits:
        return []
    vector = corpus.weights.vector(words)
    candidates = sorted(sorted(hits), key=hits.__getitem__, reverse=True)[:MAX_CANDIDATES]
    scored = [(cosine(vector, corpus.vector(position, index)), index) for index in candidates]
    ranked = sorted((item for item in scored if item[0] >= ALIGNED), key=lambda item: (-item[0], item[1]))
    return [index for _, index in ranked[:READ]]


def evidence(point: KeyPoint, corpus: Corpus, language: str = "en") -> PointEvidence:
    """The evidence for `point`, written in `language` (the note's: `language.note_language`),
    in each of its cited articles that the corpus holds. An article in another language is not
    compared (`Corpus.compares`): it offers no evidence and is never called the wrong article."""
    positions = {item.article.id: n for n, item in enumerate(corpus.articles)}
    parts = _parts(point.text, language)
    supports = []
    for article in point.sources:
        position = positions.get(article)
        if position is None:
            continue
        if corpus.compares(language, position):
            supports.append(support(parts, corpus, position, language))
        else:
            supports.append(
                Support(article, 0.0, (), None, compared=False, language=corpus.language_of(position))
            )
    return PointEvidence(cited=bool(point.sources), checkable=bool(parts), supports=tuple(supports))
