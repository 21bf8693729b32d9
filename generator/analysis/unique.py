"""What each source adds ("only in"), and the facts every source carries ("agreed").

A sentence is only in its article when most of its weight is in words no other article of
the story uses (`NOVEL`) and no sentence of another article is close to it (`SAME`). At most
two are quoted per source: short ones that stand on their own (not "This sets them apart..."),
one per paragraph (a paragraph is about one thing), the one naming the most new names; the
paragraphs whose sentences are the most novel win. A sentence that credits another outlet is
shown as that credit, not quoted.

A fact is agreed when a sentence of the story's shortest article has a close sentence in
every other article; sentences of one paragraph that agree are one fact, quoted by the
shortest sentence that says it.
"""

from __future__ import annotations

from generator.analysis import attribution
from generator.analysis.corpus import Corpus
from generator.model.analysis import Agreed, Credit, OnlyIn, Quote

NOVEL = 0.5
SAME = 0.3
SHORT_WORDS = 32
MAX_QUOTED = 2
MAX_AGREED = 6


def only_in(corpus: Corpus) -> tuple[OnlyIn, ...]:
    """For each article (when the story has two or more), what only it says."""
    if len(corpus.articles) < 2:
        return ()
    found = []
    for position, item in enumerate(corpus.articles):
        others = corpus.others_vocabulary(position)
        own = item.vocabulary - others
        rows = []
        for index, words in enumerate(item.words):
            if own.isdisjoint(words):
                continue  # every word of it is used elsewhere
            novelty = 1 - corpus.weights.share(words, others)
            if novelty < NOVEL:
                continue
            closest = max(
                (
                    corpus.best_match(words, other, sentence=(position, index))[0]
                    for other in range(len(corpus.articles))
                    if other != position
                ),
                default=0.0,
            )
            if closest < SAME:
                rows.append((index, novelty, len(item.names(index) - others)))
        labels = {i: attribution.credit(item.sentences[i].text) for i, _, _ in rows}
        credits = [i for i, _, _ in rows if labels[i]]
        quotable = [
            row
            for row in rows
            if row[0] not in credits
            and not item.leans_back(row[0])
            and len(item.sentences[row[0]].text.split()) <= SHORT_WORDS
        ]
        passages: dict[int, list[tuple[int, float, int]]] = {}
        for row in quotable:
            passages.setdefault(item.sentences[row[0]].paragraph, []).append(row)
        chosen = sorted(
            (max(rows_, key=lambda r: (r[2], -r[0])) for rows_ in passages.values()),
            key=lambda r: (-max(x[1] for x in passages[item.sentences[r[0]].paragraph]), r[0]),
        )[:MAX_QUOTED]
        found.append(
            OnlyIn(
                article=item.article.id,
                sentences=tuple(item.quote(i) for i, _, _ in rows),
                quoted=tuple(item.quote(i) for i in sorted(r[0] for r in chosen)),
                credits=tuple(Credit(item.quote(i), labels[i] or "") for i in credits),
            )
        )
    return tuple(found)


def agreed(corpus: Corpus) -> tuple[Agreed, ...]:
    """The facts carried by every article, in the order of the shortest article."""
    if len(corpus.articles) < 2:
        return ()
    reference = min(range(len(corpus.articles)), key=lambda n: (len(corpus.articles[n].sentences), n))
    item = corpus.articles[reference]
    facts: dict[int, list[Quote]] = {}
    for index, words in enumerate(item.words):
        matches = []
        for other in range(len(corpus.articles)):
            if other == reference:
                continue
            score, found = corpus.best_match(words, other, sentence=(reference, index))
            if score < SAME:
                break
            matches.append(corpus.articles[other].quote(found))
        else:
            group = facts.setdefault(item.sentences[index].paragraph, [])
            group.append(item.quote(index))
            group.extend(q for q in matches if q not in group)
    result = []
    for group in list(facts.values())[:MAX_AGREED]:
        order = {item.article.id: n for n, item in enumerate(corpus.articles)}
        standing = [q for q in group if not _leans_back(corpus, order[q.article], q.sentence)]
        best = min(standing or group, key=lambda q: (len(q.text.split()), order[q.article], q.sentence))
        result.append(Agreed(best, tuple(sorted(group, key=lambda q: (order[q.article], q.sentence)))))
    return tuple(result)


def _leans_back(corpus: Corpus, position: int, index: int) -> bool:
    return corpus.articles[position].leans_back(index)
