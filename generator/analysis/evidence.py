"""The sentences of each cited article that support a key point, weak citations, and sentences
that contradict the point.

A key point is split into its sentences (parts). For each part, the cited article's sentences
sharing its rarest words are ranked by TF-IDF cosine over the story's sentences. A citation
whose article has no sentence even weakly similar to any part of the point is flagged: it is
likely the wrong article. The `READ` closest sentences at least `ALIGNED` close are read
against the part (`claims.differences`): a sentence that gives another figure, negates what the
point states, names another place or source or says the opposite contradicts the point, and
the citation shows the contradiction instead of any evidence.

A part's evidence is its closest sentence when that is close enough (`SUPPORTS`; `FIGURED` for
a part with a distinctive figure, which the sentence must then give: a shared "13" says more
than shared words) and gives what the part says (`claims.lacks`): each of its figures, each
verb it negates negated too, no other place or source in place of its own. Failing that, a part
of two claims joined by a clause join ("..., and 13 had been killed in Qinghai";
`CLAUSE_JOINS`) is read clause by clause, each needing such a sentence. The citation shows
evidence only when every part has it; otherwise the page says that no sentence closely
supports the point (precision first: a sentence giving half of a point is no evidence of the
point). An article in another language than the note is not compared at all
(`Support.compared`), so never called weak.

Cost per citation: for each part, one ranking of at most `MAX_CANDIDATES` sentences (the
cosines; the part's vector is made once for all its cited articles) and the reading of at most
`READ` of them; a part's clauses are ranked and read only when no sentence gives the whole part.
Nothing grows with the article's length.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from functools import cache, partial
from itertools import chain
from typing import NamedTuple

from generator.analysis.claim_given import given_anywhere
from generator.analysis.claims import differences, distinctive, lacks
from generator.analysis.corpus import MAX_CANDIDATES, Corpus, Prepared
from generator.analysis.known_sources import KnownSources
from generator.analysis.sentences import plain, split_text
from generator.analysis.similarity import cosine, tokens
from generator.model.analysis import Contradiction, PointEvidence, Support
from generator.model.site import KeyPoint

SUPPORTS = 0.17  # a sentence this close to a part of the point, giving what it says, is its evidence
FIGURED = 0.1  # ...this close for a part with a distinctive figure ("13", "6.2"), which it gives
ALIGNED = 0.1  # a sentence this close to a part of the point is read against it for contradictions
READ = 2  # ...the closest two such sentences of each cited article (3 and 4 find no more on the dev set)
MAX_QUOTES = 2
ANCHORS = 4  # a point is compared with the sentences sharing one of its 4 rarest words
MIN_CLAUSE = 2  # content words each side of a clause join for a sentence to be read as two claims
# Words that join two clauses of a sentence, each a claim of its own, per language (a comma
# before "and" or "but": "..., and 13 had been killed"; "and that"; a semicolon).
CLAUSE_JOINS = {
    "en": r",\s+(?:and|but|while|whereas)|\s+(?:and|but)\s+that|;",
    "de": r",\s+(?:und|aber|während|doch)|\s+und\s+dass|;",
    "fr": r",\s+(?:et|mais|tandis\s+que|alors\s+que)|\s+et\s+que|;",
    "es": r",\s+(?:y|pero|mientras\s+que)|\s+y\s+que|;",
    "it": r",\s+(?:e|ma|mentre)|\s+e\s+che|;",
    "nl": r",\s+(?:en|maar|terwijl)|\s+en\s+dat|;",
    "pt": r",\s+(?:e|mas|enquanto)|\s+e\s+que|;",
}


class Part(NamedTuple):
    """One sentence of a key point: its text, its content words, its TF-IDF vector (made once
    for every cited article: `_weighed`) and its clauses, where a clause join starts another
    claim (each a part; none for a sentence of one claim)."""

    text: str
    words: tuple[str, ...]
    vector: Mapping[str, float] | None = None
    clauses: tuple[Part, ...] = ()


def _parts(text: str, language: str) -> list[Part]:
    """Each sentence of a key point (Markdown removed), with its content words and clauses."""
    found = []
    for sentence in split_text(plain(text), language):
        words = tokens(sentence, language)
        if words:
            clauses = _clauses(sentence, language)
            more = tuple(Part(c, tokens(c, language)) for c in clauses) if len(clauses) > 1 else ()
            found.append(Part(sentence, words, clauses=more))
    return found


def _weighed(parts: list[Part], corpus: Corpus) -> list[Part]:
    """The parts with their vectors in the story's weights (their clauses' are made if needed)."""
    return [part._replace(vector=corpus.weights.vector(part.words)) for part in parts]


@cache
def _joins(language: str) -> re.Pattern[str] | None:
    pattern = CLAUSE_JOINS.get(language)
    return re.compile(rf"\s*(?:{pattern})\s+", re.IGNORECASE) if pattern else None


def _clauses(sentence: str, language: str) -> list[str]:
    """The clauses of a sentence at its clause joins, when each has `MIN_CLAUSE` content words
    ("they bought rice, beans, and salt": a last item of one word is no clause)."""
    joins = _joins(language)
    if joins is None or not joins.search(sentence):
        return [sentence]
    clauses = [clause for clause in joins.split(sentence) if clause]
    if len(clauses) < 2 or any(len(tokens(clause, language)) < MIN_CLAUSE for clause in clauses):
        return [sentence]
    return clauses


def support(
    parts: list[Part], corpus: Corpus, position: int, language: str = "en", known: KnownSources | None = None
) -> Support:
    """The sentences of article `position` that give the parts of one point, or the sentences
    that contradict it.

    Each part is read against its closest sentences for contradictions. A sentence giving the
    whole part is its evidence; failing one, each of its clauses must have a sentence giving
    it (a point's two claims are often in two sentences: "105 dead in Gansu" and "13 in
    Qinghai")."""
    prepared = corpus.articles[position]
    best = (0.0, -1)
    contradictions: list[Contradiction] = []
    chosen: dict[int, float] = {}
    every_part = True
    for part in parts:
        ranked = _ranked(part, corpus, position)
        if not ranked:
            every_part = False
            continue
        if ranked[0][0] > best[0] or (ranked[0][0] == best[0] and ranked[0][1] < best[1]):
            best = ranked[0]
        aligned = [index for score, index in ranked[:READ] if score >= ALIGNED]
        texts = [prepared.sentences[index].text for index in aligned]
        said = differences(part.text, texts, language, known, partial(_names, prepared, language))
        if any(d.kind == "figure" for d, _ in said):
            # The article gives the point's figure elsewhere (two figures of its own for one thing).
            every = [sentence.text for sentence in prepared.sentences]
            said = [
                (d, n)
                for d, n in said
                if d.kind != "figure" or not given_anywhere(part.text, d.point, d.article, every, language)
            ]
        contradictions.extend(
            Contradiction(d.kind, d.point, d.article, prepared.quote(aligned[number])) for d, number in said
        )
        giving = [_giving(part, ranked, prepared, language, known)]
        if giving[0] is None and part.clauses:
            giving = [
                _giving(c, _ranked(c, corpus, position), prepared, language, known) for c in part.clauses
            ]
        for given in giving:
            if given is None:
                every_part = False
            else:
                chosen[given[1]] = max(given[0], chosen.get(given[1], 0.0))
    shown: list[int] = []
    if every_part and not contradictions:
        ranked_quotes = sorted(chosen.items(), key=lambda item: (-item[1], item[0]))[:MAX_QUOTES]
        shown = sorted(index for index, _ in ranked_quotes)
    return Support(
        article=prepared.article.id,
        score=round(best[0], 4),
        quotes=tuple(prepared.quote(index) for index in shown),
        best=prepared.quote(best[1]) if best[1] >= 0 else None,
        language=language,
        contradictions=tuple(contradictions),
    )


def _names(prepared: Prepared, language: str, words: str) -> bool:
    """True when the article uses every content word of `words` (a name) somewhere."""
    return prepared.vocabulary.issuperset(tokens(words, language))


def _giving(
    part: Part, ranked: list[tuple[float, int]], prepared: Prepared, language: str, known: KnownSources | None
) -> tuple[float, int] | None:
    """(similarity, index) of the closest sentence to `part` when it is close enough (`SUPPORTS`,
    `FIGURED` with a distinctive figure) and gives what the part says (`claims.lacks`), or None.
    Only the closest: the next one, lacking nothing the first lacked but further from the point
    (it may only share a name), is no evidence (measured: the same on the development set)."""
    if not ranked:
        return None
    score, index = ranked[0]
    close = min(SUPPORTS, FIGURED) if distinctive(part.text, language) else SUPPORTS
    sentence = prepared.sentences[index].text
    if (
        score >= close
        and lacks(part.text, sentence, language, known, partial(_names, prepared, language)) is None
    ):
        return score, index
    return None


def _ranked(part: Part, corpus: Corpus, position: int) -> list[tuple[float, int]]:
    """The sentences of article `position` about what `part` is about, as (similarity, index),
    closest first (ties by index), none of similarity 0: those sharing the most of the part's
    `ANCHORS` rarest words, at most `MAX_CANDIDATES` (the candidates and order
    `Corpus.best_match` gives, in one pass)."""
    item = corpus.articles[position]
    present = sorted(set(part.words) & item.vocabulary)
    chosen = sorted(present, key=corpus.weights.idf.__getitem__, reverse=True)[:ANCHORS]
    hits = Counter(chain.from_iterable(map(item.using, chosen)))
    if not hits:
        return []
    vector = part.vector if part.vector is not None else corpus.weights.vector(part.words)
    candidates = sorted(sorted(hits), key=hits.__getitem__, reverse=True)[:MAX_CANDIDATES]
    scored = [(cosine(vector, corpus.vector(position, index)), index) for index in candidates]
    return sorted((item for item in scored if item[0] > 0), key=lambda item: (-item[0], item[1]))


def evidence(
    point: KeyPoint, corpus: Corpus, language: str = "en", known: KnownSources | None = None
) -> PointEvidence:
    """The evidence for `point`, written in `language` (the note's: `language.note_language`),
    in each of its cited articles that the corpus holds; `known` are the site's wires and outlets
    (the sources a point may name). An article in another language is not compared
    (`Corpus.compares`): it offers no evidence and is never called the wrong article."""
    positions = {item.article.id: n for n, item in enumerate(corpus.articles)}
    parts = _parts(point.text, language)
    known = known if known is not None else KnownSources()  # the built-in wires
    weighed: list[Part] | None = None  # vectors made for the first article compared
    supports = []
    for article in point.sources:
        position = positions.get(article)
        if position is None:
            continue
        if corpus.compares(language, position):
            weighed = weighed if weighed is not None else _weighed(parts, corpus)
            supports.append(support(weighed, corpus, position, language, known))
        else:
            supports.append(
                Support(article, 0.0, (), None, compared=False, language=corpus.language_of(position))
            )
    return PointEvidence(cited=bool(point.sources), checkable=bool(parts), supports=tuple(supports))
