"""Judging what a story page shows against the truth, one function per claim type.

Each function takes the adapter's records (`intel_claims`) and the truth (`intel_truth`) and
returns a `Tally`: shown items judged right, wrong or unjudged (the truth says nothing about
them), and how many of the truth's items were found. The rules are in docs/intelligence.md.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import combinations

from tools.intel_claims import Quoted, ShownFact, ShownSource
from tools.intel_match import printed_name, same_name, same_sentence, with_printed_acronym
from tools.intel_truth import Dispute, Fact, First, Source, Truth

QUOTE_CHARS = 160


@dataclass
class Tally:
    """Counts of one claim type (of one story, or summed over stories)."""

    right: int = 0
    wrong: int = 0
    unjudged: int = 0
    found: int = 0
    total: int = 0
    shown: bool = True  # False: the page does not show this claim type
    strict_shown: bool = False  # whether the type has unjudged items (a strict precision)
    wrongs: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    unjudgeds: list[str] = field(default_factory=list)
    extra: str = ""
    agreed: int = 0  # disputed: the truth's disputes shown as agreed...
    disputes: int = 0  # ...of these

    def __iadd__(self, other: Tally) -> Tally:
        self.agreed += other.agreed
        self.disputes += other.disputes
        self.right += other.right
        self.wrong += other.wrong
        self.unjudged += other.unjudged
        self.found += other.found
        self.total += other.total
        self.shown = self.shown or other.shown
        self.strict_shown = self.strict_shown or other.strict_shown
        return self

    def judge(self, verdict: str, what: str) -> None:
        if verdict == "right":
            self.right += 1
        elif verdict == "wrong":
            self.wrong += 1
            self.wrongs.append(what)
        else:
            self.unjudged += 1
            self.unjudgeds.append(what)


def not_shown() -> Tally:
    return Tally(shown=False)


def short(text: str) -> str:
    return text if len(text) <= QUOTE_CHARS else text[: QUOTE_CHARS - 1] + "…"


def _said(quote: Quoted) -> str:
    return f'{quote.article}: "{short(quote.text)}"'


# --- newsrooms -------------------------------------------------------------------------------


def newsroom_count(shown: int, truth: Truth) -> Tally:
    exact = shown == truth.newsrooms
    tally = Tally(right=int(exact), wrong=int(not exact), found=int(exact), total=1)
    tally.extra = f"shown {shown}, truth {truth.newsrooms}: {'exact' if exact else 'not exact'}"
    if not exact:
        tally.wrongs.append(tally.extra)
    return tally


def _pairs(groups: Iterable[Iterable[str]]) -> set[frozenset[str]]:
    return {frozenset(p) for group in groups for p in combinations(sorted(group), 2)}


def grouping(shown: Sequence[frozenset[str]], truth: Truth) -> Tally:
    """Pairs of articles the page puts in one newsroom, against the truth's groups."""
    said, true = _pairs(shown), _pairs(members for _, members in truth.groups)
    tally = Tally(right=len(said & true), wrong=len(said - true), found=len(said & true), total=len(true))
    tally.wrongs += [" + ".join(sorted(p)) for p in sorted(said - true, key=sorted)]
    tally.missed += [" + ".join(sorted(p)) for p in sorted(true - said, key=sorted)]
    return tally


# --- facts -----------------------------------------------------------------------------------


def _facts_of(fact: ShownFact, truth: Truth) -> tuple[list[Fact], list[Dispute]]:
    def carried(sentences: Iterable[str]) -> bool:
        return any(same_sentence(q.text, s) for q in fact.quotes for s in sentences)

    return (
        [f for f in truth.facts if carried(s for found in f.sentences.values() for s in found)],
        [d for d in truth.disputed if carried(d.sentences)],
    )


def _values_shown(fact: ShownFact, dispute: Dispute) -> int:
    """How many of `dispute`'s values the shown quotes give: a dispute is shown right only with
    two of them (one value against a figure the truth does not dispute is no dispute it knows)."""
    return sum(
        any(same_sentence(q.text, s) for q in fact.quotes for found in carried.values() for s in found)
        for _, carried in dispute.values
    )


def _quotes(fact: ShownFact) -> str:
    return " | ".join(_said(q) for q in fact.quotes)


def every(
    shown: Sequence[ShownFact] | None, truth: Truth, not_compared: frozenset[str] | None = None
) -> Tally:
    """'Carried by every newsroom': right on a fact every newsroom carries, or every newsroom the
    page compared (it names the others as not compared, e.g. those writing in another language);
    wrong on one some compared newsroom lacks, or on a disputed value. Recall is over the facts
    every newsroom carries."""
    if shown is None:
        return not_shown()
    tally = Tally(strict_shown=True, total=sum(f.every for f in truth.facts))
    found: set[str] = set()
    # a newsroom the page compared none of (all its articles in another language, say)
    compared = {name for name, members in truth.groups if not set(members) <= (not_compared or frozenset())}
    for fact in shown:
        facts, disputes = _facts_of(fact, truth)
        if disputes:
            tally.judge("wrong", f"disputed ({', '.join(d.id for d in disputes)}): {_quotes(fact)}")
        elif any(f.every or compared <= f.newsrooms for f in facts):
            tally.judge("right", "")
            found.update(f.id for f in facts if f.every)
        elif facts:
            tally.judge("wrong", f"not every newsroom ({', '.join(f.id for f in facts)}): {_quotes(fact)}")
        else:
            tally.judge("unjudged", _quotes(fact))
    tally.found = len(found)
    tally.missed += [f"{f.id} {f.statement}" for f in truth.facts if f.every and f.id not in found]
    return tally


def agreed_disputes(shown: Sequence[ShownFact] | None, truth: Truth) -> set[str]:
    """The truth's disputes the page shows as carried by every newsroom."""
    return {d.id for fact in shown or () for d in _facts_of(fact, truth)[1]}


def only_in(shown: Sequence[ShownFact] | None, truth: Truth) -> Tally:
    """'Only in X': right when no newsroom outside X carries what the sentence says (a fact or
    one disputed value), wrong when one does."""
    if shown is None:
        return not_shown()
    tally = Tally(strict_shown=True, total=sum(f.only_in is not None for f in truth.facts))
    found: set[str] = set()
    for fact in shown:
        claimed = {truth.newsroom_of(a) for a in fact.articles}
        facts, disputes = _facts_of(fact, truth)
        carriers = [(f.id, f.newsrooms) for f in facts]
        carriers += [
            (f"{d.id}={value}", frozenset(truth.newsroom_of(a) for a in articles))
            for d in disputes
            for value, articles in d.values
            if any(
                same_sentence(q.text, s) for q in fact.quotes for found in articles.values() for s in found
            )
        ]
        inside = [key for key, newsrooms in carriers if newsrooms <= claimed]
        if inside:
            tally.judge("right", "")
            found.update(f.id for f in facts if f.only_in is not None and f.id in inside)
        elif carriers:
            keys = ", ".join(key for key, _ in carriers)
            tally.judge("wrong", f"also elsewhere ({keys}); shown only in {sorted(claimed)}: {_quotes(fact)}")
        else:
            tally.judge("unjudged", _quotes(fact))
    tally.found = len(found)
    tally.missed += [
        f"{f.id} only in {f.only_in}: {f.statement}" for f in truth.facts if f.only_in and f.id not in found
    ]
    return tally


def disputed(shown: Sequence[ShownFact] | None, truth: Truth, agreed: set[str]) -> Tally:
    """Facts shown as disputed: right on a disputed value, wrong on an undisputed fact."""
    tally = not_shown() if shown is None else Tally(strict_shown=True, total=len(truth.disputed))
    tally.agreed, tally.disputes = len(agreed), len(truth.disputed)
    tally.wrongs += [f"{d} shown as carried by every newsroom" for d in sorted(agreed)]
    if shown is None:
        return tally
    found: set[str] = set()
    for fact in shown:
        facts, disputes = _facts_of(fact, truth)
        both = [d for d in disputes if _values_shown(fact, d) >= 2]
        if both:
            tally.judge("right", "")
            found.update(d.id for d in both)
        elif disputes:
            tally.judge("unjudged", f"one value of {', '.join(d.id for d in disputes)} only: {_quotes(fact)}")
        elif facts:
            tally.judge("wrong", f"undisputed ({', '.join(f.id for f in facts)}): {_quotes(fact)}")
        else:
            tally.judge("unjudged", _quotes(fact))
    tally.found = len(found)
    tally.missed += [f"{d.id} {d.about}" for d in truth.disputed if d.id not in found]
    return tally


# --- citations -------------------------------------------------------------------------------


def warnings(warned: frozenset[tuple[int, str]] | None, truth: Truth) -> Tally:
    """`briefing check` warnings against the citations labelled wrong."""
    if warned is None:
        return not_shown()
    labels = {(c.point, c.article): c for c in truth.citations}
    tally = Tally(total=sum(not c.supports for c in truth.citations))
    for key in sorted(warned):
        label = labels.get(key)
        if label is None:
            tally.judge("unjudged", f"key point {key[0]} × {key[1]} (not labelled)")
        elif label.supports:
            tally.judge("wrong", f"key point {key[0]} × {key[1]}: warned, but it supports the point")
        else:
            tally.judge("right", "")
            tally.found += 1
    tally.missed += [
        f"key point {c.point} × {c.article}: not warned ({c.why})"
        for c in truth.citations
        if not c.supports and (c.point, c.article) not in warned
    ]
    return tally


def evidence(shown: frozenset[tuple[int, str]] | None, truth: Truth) -> Tally:
    """Sentences quoted as evidence under a point, by citation: wrong for a contradicting article."""
    if shown is None:
        return not_shown()
    labels = {(c.point, c.article): c for c in truth.citations}
    tally = Tally(total=sum(c.supports for c in truth.citations))
    for key in sorted(shown):
        label = labels.get(key)
        if label is None:
            tally.judge("unjudged", f"key point {key[0]} × {key[1]} (not labelled)")
        elif label.supports:
            tally.judge("right", "")
            tally.found += 1
        else:
            tally.judge("wrong", f"key point {key[0]} × {key[1]}: shown as evidence ({label.why})")
    tally.missed += [
        f"key point {c.point} × {c.article}: no evidence shown"
        for c in truth.citations
        if c.supports and (c.point, c.article) not in shown
    ]
    return tally


# --- attributions ----------------------------------------------------------------------------

_RELAY_SPLIT = re.compile(r",|\band\b|\bwith\b|\(|\)")


def relays(source: Source) -> list[str]:
    """The names of who relays a labelled attribution ('AP, NYT and the Post' -> three)."""
    text = re.sub(r"\([^)]*\)", "", source.reported_by or "")
    return [part.strip() for part in _RELAY_SPLIT.split(text) if part.strip()]


def _matches(claim: ShownSource, source: Source) -> str | None:
    """'source' when the claim names the labelled source, 'relay' when it names who relays it."""
    if source.negated or source.source is None:
        return None
    if claim.role == "told":
        speaker_ok = claim.speaker in (None, "Sources") or same_name(claim.speaker, source.source)
        told = source.told is not None and same_name(claim.name, source.told)
        return "source" if told and speaker_ok else None
    if source.told is not None and same_name(claim.name, source.told):
        return None  # the recipient of 'X told Y' is not a source
    if same_name(with_printed_acronym(claim.name, claim.quote.text), source.source):
        return "source"
    return "relay" if any(same_name(claim.name, r) for r in relays(source)) else None


def sources(shown: Sequence[ShownSource], truth: Truth) -> Tally:
    """Each shown source with its role and sentence, against the labels on that sentence."""
    claims = [c for c in shown if c.role != "first"]
    positive = [s for s in truth.sources if not s.negated]
    tally = Tally(strict_shown=True, total=len(positive))
    found: set[int] = set()
    for claim in claims:
        on_sentence = [
            (n, s) for n, s in enumerate(truth.sources) if same_sentence(claim.quote.text, s.sentence)
        ]
        what = f"{claim.label}: {_said(claim.quote)}"
        if claim.role == "unknown":
            tally.judge("unjudged", f"{what} (a label the scorer does not read)")
            continue
        hits = [(n, kind) for n, s in on_sentence if (kind := _matches(claim, s))]
        if not printed_name(claim.name, claim.quote.text):
            tally.judge("wrong", f"{what} (not a name printed in the sentence)")
        elif hits:
            tally.judge("right", "")
            found.update(n for n, kind in hits if kind == "source")
        elif on_sentence:
            labelled = "; ".join(_label(s) for _, s in on_sentence)
            tally.judge("wrong", f"{what} (labelled: {labelled})")
        else:
            tally.judge("unjudged", what)
    tally.found = len(found & {n for n, s in enumerate(truth.sources) if not s.negated})
    tally.missed += [
        f'{_label(s)}: {s.article}: "{short(s.sentence)}"'
        for n, s in enumerate(truth.sources)
        if not s.negated and n not in found
    ]
    return tally


def _label(source: Source) -> str:
    if source.negated:
        return f"no source ({source.pattern})"
    told = f" told {source.told}" if source.told else ""
    relay = f", reported by {source.reported_by}" if source.reported_by else ""
    return f"{source.source}{told}{relay}"


def answer_name(first: First) -> str | None:
    """Whom the truth says first reported the story, or None when it says nobody is known
    ('not known ...', or an empty answer)."""
    name = re.split(r"[(;]", first.answer)[0].strip()
    return None if not name or re.match(r"not\b", name, re.IGNORECASE) else name


def first_reported(shown: Sequence[ShownSource], truth: Truth) -> Tally:
    """'First reported by X' lines: right when X is who the truth says first reported the story,
    or when its sentence is one the truth marks as a supported 'first reported' claim."""
    lines: dict[str, list[Quoted]] = {}
    for claim in shown:
        if claim.role == "first":
            lines.setdefault(claim.name, []).append(claim.quote)
    answer = answer_name(truth.first)
    tally = Tally(total=int(answer is not None))
    for name, quotes in lines.items():
        quoted = [q for q in truth.first.quotes if any(same_sentence(s.text, q.sentence) for s in quotes)]
        what = f"First reported by {name}: " + " | ".join(_said(q) for q in quotes)
        if quoted:
            ok = any(q.supported and q.claims is not None and same_name(name, q.claims) for q in quoted)
        else:
            ok = answer is not None and same_name(name, answer)
        tally.judge("right" if ok else "wrong", f"{what} (truth: {truth.first.answer})")
        tally.found += int(ok and answer is not None and same_name(name, answer))
    tally.found = min(tally.found, tally.total)
    if answer is not None and not tally.found:
        tally.missed.append(f"first reported by {answer}")
    return tally


def first_published(shown: str | None, truth: Truth) -> Tally:
    """'First published by X': right when X is the earliest timed article of the truth."""
    tally = Tally(total=int(truth.first.earliest is not None))
    if shown is not None:
        ok = shown == truth.first.earliest
        tally.judge("right" if ok else "wrong", f"{shown} (truth: {truth.first.earliest})")
        tally.found = int(ok)
    if not tally.found and truth.first.earliest:
        tally.missed.append(f"first published: {truth.first.earliest}")
    return tally


def languages(shown: Mapping[str, str] | None, truth: Truth) -> Tally:
    """Each article's language as shown, against the truth's."""
    if shown is None:
        return not_shown()
    tally = Tally(total=len(truth.languages))
    for article, language in sorted(shown.items()):
        true = truth.languages.get(article)
        if true is None:
            tally.judge("unjudged", f"{article}: {language}")
        elif same_language(language, true):
            tally.judge("right", "")
            tally.found += 1
        else:
            tally.judge("wrong", f"{article}: shown {language}, truth {true}")
    return tally


SAME_LANGUAGE = 1  # the largest CLDR tag distance read as one language


def same_language(shown: str, true: str) -> bool:
    """One language under two codes: the same primary subtag, or codes CLDR holds for one
    language ('fil' and 'tl': Filipino is the standard form of Tagalog; distance 0), or a
    macrolanguage and its standard form ('no' and 'nb', distance 1). 'nn' and 'no' differ (20)."""
    from langcodes import tag_distance

    primary = shown.split("-")[0].casefold()
    return primary == true.casefold() or tag_distance(primary, true.casefold()) <= SAME_LANGUAGE


def not_compared(shown: frozenset[str] | None, truth: Truth) -> Tally:
    """Articles the page says were not compared: right for one in another language than the
    story's most common one (no recall: comparing across languages is allowed where it works).
    When several languages tie for the most articles, which one the story is told in is the
    page's choice (more newsrooms, the first article): an article in one of them is unjudged."""
    if shown is None:
        return not_shown()
    counts: dict[str, int] = {}
    for language in truth.languages.values():
        counts[language] = counts.get(language, 0) + 1
    most = max(counts.values(), default=0)
    main = sorted(language for language, n in counts.items() if n == most)
    tally = Tally()
    for article in sorted(shown):
        written = truth.languages.get(article)
        if written is None or (written in main and len(main) > 1):
            tally.judge("unjudged", f"{article} ({written}, story: {' or '.join(main)})")
        else:
            tally.judge(
                "right" if written not in main else "wrong", f"{article} ({written}, story: {main[0]})"
            )
    return tally
