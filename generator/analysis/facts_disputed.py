"""Facts newsrooms dispute: figures alike sentences of different newsrooms give differently,
and figures an article's correction names.

See the module docstring of `facts` ("Disputed") for the measure.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from generator.analysis import disputes
from generator.analysis.facts_sentences import Sentences
from generator.model.analysis import Correction, Disputed, Variant

DIFFER = 0.3  # two sentences this close that give a unit different values dispute it


def sentence_disputes(sentences: Sentences, compared: Sequence[int]) -> tuple[tuple[Disputed, ...], set[int]]:
    """Figures alike sentences give differently, and figures an article's correction names."""
    pairs: dict[str, list[tuple[int, int]]] = {}
    for (a, b), score in sorted(sentences.scores.items()):
        if score >= DIFFER and disputes.figures(sentences.text(a)) and disputes.figures(sentences.text(b)):
            for unit, _, _ in disputes.differing(sentences.text(a), sentences.text(b)):
                pairs.setdefault(unit, []).append((a, b))
    found: list[tuple[str, set[int], tuple[Correction, ...]]] = []
    for unit, linked in pairs.items():
        # Pairs linked by a sentence are one dispute, and so are disputes of one unit two of whose
        # sentences are alike (the same value in both: '118' and '118', disputed by '116' and '111').
        groups = _groups(linked)
        alike = [
            (a, b)
            for i, one in enumerate(groups)
            for other in groups[i + 1 :]
            for a in sorted(one)
            for b in sorted(other)
            if sentences.scores.get((min(a, b), max(a, b)), 0.0) >= DIFFER
        ]
        found += [(unit, group, ()) for group in _groups([*linked, *alike])]
    for unit, group, corrections in _corrected(sentences, compared):
        same = next((f for f in found if f[0] == unit and not f[1].isdisjoint(group)), None)
        if same is None:
            found.append((unit, group, corrections))
        else:  # the figures the correction names are those two sentences dispute
            same[1].update(group)
            found[found.index(same)] = (unit, same[1], same[2] + corrections)
    result: list[Disputed] = []
    in_dispute: set[int] = set()
    for unit, group, corrections in found:
        variants: dict[float, tuple[str, list[int]]] = {}
        for number in sorted(group, key=sentences.first):
            for figure in disputes.figures(sentences.text(number)):
                if figure.unit == unit:
                    variants.setdefault(figure.value, (figure.printed, []))[1].append(number)
        listed = tuple(Variant(printed, sentences.quotes(numbers)) for printed, numbers in variants.values())
        if len(listed) > 1 or corrections:
            in_dispute |= group
            result.append(Disputed(listed[0].value.split(" ")[-1], listed, tuple(corrections)))
    result.sort(key=lambda d: min((q.article, q.sentence) for v in d.variants for q in v.sentences))
    return tuple(result), in_dispute


def _groups(pairs: Iterable[tuple[int, int]]) -> list[set[int]]:
    """The groups of sentences that chains of pairs link."""
    groups: list[set[int]] = []
    for pair in pairs:
        joined = [g for g in groups if not g.isdisjoint(pair)]
        groups = [g for g in groups if g.isdisjoint(pair)] + [set(pair).union(*joined)]
    return groups


def _corrected(
    sentences: Sentences, compared: Sequence[int]
) -> list[tuple[str, set[int], tuple[Correction, ...]]]:
    """For each correction an article prints (in its text or its `corrections`), the sentences
    giving a unit the correction gives a value it names: one group per unit."""
    printed: list[tuple[str, str]] = []
    for position in compared:
        item = sentences.corpus.articles[position]
        printed += [(item.article.id, text) for text in item.article.corrections]
        if disputes.is_correction(item.article.body):  # one pass over most bodies, not each sentence
            printed += [(item.article.id, s.text) for s in item.sentences if disputes.is_correction(s.text)]
    if not printed:
        return []
    given = [n for n in range(len(sentences)) if disputes.figures(sentences.text(n))]
    found: list[tuple[str, set[int], tuple[Correction, ...]]] = []
    for article, text in printed:
        named = disputes.numbers(text)
        for unit in dict.fromkeys(f.unit for f in disputes.figures(text)):
            group = {
                n
                for n in given
                if sentences.text(n) != text
                and any(
                    f.unit == unit and any(disputes.same_value(f.value, f.rounded, v, r) for v, r in named)
                    for f in disputes.figures(sentences.text(n))
                )
            }
            if group:
                found.append((unit, group, (Correction(article, text),)))
    return found
