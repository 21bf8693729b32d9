"""What templates see of a story's analysis: coverage, provenance, evidence, what each source adds.

Every quoted sentence links to its entry in the story's source list and, when the article's URL
is recorded, to the original with a text fragment that highlights the sentence there.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from generator.analysis.diversity import diversity
from generator.model.analysis import (
    Attribution,
    Diversity,
    Facet,
    PointEvidence,
    Profile,
    Quote,
    StoryAnalysis,
)
from generator.render.urls import text_fragment


def language_name(code: str) -> str:
    """A language's English name ('de' -> 'German'), or the code itself when CLDR has none."""
    from langcodes import Language

    try:
        return Language.get(code).display_name("en") if code else "another language"
    except (LookupError, ValueError):
        return code


@dataclass(frozen=True)
class SourceRef:
    """A story's source as quotes cite it: its number and entry in the source list."""

    number: int
    href: str
    label: str
    url: str | None


@dataclass(frozen=True)
class QuoteView:
    text: str
    source: SourceRef
    original: str | None  # the original article, scrolled to the sentence


@dataclass(frozen=True)
class ContradictionView:
    """A cited source's sentence that says otherwise than the point, and the words that differ."""

    source: SourceRef
    quote: QuoteView
    kind: str  # what differs: "a figure", "negation", "a place", "the verb"
    point: str
    article: str


@dataclass(frozen=True)
class EvidenceView:
    """The supporting sentences of one key point, the cited sources that offer none, those
    that contradict it (never shown as evidence), and those not compared (another language)."""

    quotes: tuple[QuoteView, ...]
    unsupported: tuple[SourceRef, ...]
    contradictions: tuple[ContradictionView, ...] = ()
    unchecked: tuple[tuple[SourceRef, str], ...] = ()  # (source, its language's English name)


@dataclass(frozen=True)
class Mention:
    """Where an attribution was found: the newsroom that wrote it, linked to the sentence."""

    newsroom: str
    quote: QuoteView


@dataclass(frozen=True)
class AttributionView:
    label: str
    connector: str  # 'according to' or 'in'
    mentions: tuple[Mention, ...]


@dataclass(frozen=True)
class ConflictView:
    """Claims that disagree ('first reported by A', 'by B'): one entry, each claim with its quotes."""

    label: str
    claims: tuple[AttributionView, ...]


@dataclass(frozen=True)
class CreditView:
    label: str
    quote: QuoteView


@dataclass(frozen=True)
class NewsroomRef:
    """A newsroom as the facts name it, linked to the source list entry of its first article."""

    name: str
    source: SourceRef


@dataclass(frozen=True)
class OnlyInView:
    """What one newsroom adds: quoted first, then listed (`more`); its copies are one newsroom."""

    newsroom: str
    sources: tuple[SourceRef, ...]  # its articles that were compared
    quotes: tuple[QuoteView, ...]
    credits: tuple[CreditView, ...]
    more: tuple[QuoteView, ...]  # further sentences found only there, listed on demand


@dataclass(frozen=True)
class AgreedView:
    quote: QuoteView
    also: tuple[NewsroomRef, ...]  # the other newsrooms carrying it


@dataclass(frozen=True)
class VariantView:
    """One value of a disputed figure, and each newsroom giving it with one of its sentences."""

    value: str
    quotes: tuple[QuoteView, ...]  # one per newsroom
    newsrooms: tuple[str, ...]


@dataclass(frozen=True)
class DisputedView:
    unit: str
    variants: tuple[VariantView, ...]
    corrections: tuple[CreditView, ...]  # 'Corrected by <source>', with the correction's text


@dataclass(frozen=True)
class NotComparedView:
    """Newsrooms whose articles are all in a language the story's facts were not compared in."""

    language: str  # its English name ('German')
    newsrooms: tuple[NewsroomRef, ...]


@dataclass(frozen=True)
class CopyView:
    """A source counted under another newsroom: credited to it, the same text as `of`, or (a
    rewrite) `of` said again sentence by sentence."""

    source: SourceRef
    credited: bool
    of: SourceRef | None
    evidence: QuoteView | None  # a sentence both carry (a rewrite: its own sentence)
    short: str  # the start of that sentence, to show
    rewrite: bool = False
    counterpart: QuoteView | None = None  # a rewrite: the sentence of `of` it says again
    counterpart_short: str = ""
    translation: bool = False  # `of` given in another language (figures and names in order)


@dataclass(frozen=True)
class CopiesView:
    """A newsroom whose copy other outlets carry, and those copies."""

    name: str
    copies: tuple[CopyView, ...]


@dataclass(frozen=True)
class ProvenanceView:
    """The coverage and provenance section of a story page."""

    coverage: str
    newsrooms: int
    first: SourceRef | None
    first_reported: tuple[AttributionView, ...]
    attributions: tuple[AttributionView, ...]
    facets: tuple[Facet, ...]
    conflicts: tuple[ConflictView, ...] = ()  # 'first reported' claims naming different sources
    copies: tuple[CopiesView, ...] = ()  # newsrooms whose copy other outlets carry


class AnalysisViews:
    """Builds the views of one story's analysis, given how its sources are numbered."""

    def __init__(self, analysis: StoryAnalysis, refs: Mapping[str, SourceRef]):
        self.analysis, self.refs = analysis, refs
        self.newsroom = {a: n.name for n in analysis.coverage.newsrooms for a in n.articles}

    def quote(self, quote: Quote) -> QuoteView:
        ref = self.refs[quote.article]
        return QuoteView(quote.text, ref, text_fragment(ref.url, quote.text) if ref.url else None)

    def evidence(self, point: PointEvidence) -> EvidenceView:
        supports, refs = point.supports, self.refs
        return EvidenceView(
            quotes=tuple(self.quote(q) for s in supports if not s.contradictions for q in s.quotes),
            unsupported=tuple(
                refs[s.article] for s in supports if s.compared and not (s.quotes or s.contradictions)
            ),
            contradictions=tuple(
                ContradictionView(refs[s.article], self.quote(c.quote), c.differs, c.point, c.article)
                for s in supports
                for c in s.contradictions
            ),
            unchecked=tuple((refs[s.article], language_name(s.language)) for s in supports if not s.compared),
        )

    def attribution(self, found: Attribution) -> AttributionView:
        mentions: dict[str, Mention] = {}
        for quote in found.mentions:
            name = self.newsroom[quote.article]
            mentions.setdefault(name, Mention(name, self.quote(quote)))
        connector = "in" if found.kind in ("according_to", "citing", "interview") else "according to"
        return AttributionView(found.label, connector, tuple(mentions.values()))

    def conflicts(self) -> tuple[ConflictView, ...]:
        return tuple(
            ConflictView(c.label, tuple(self.attribution(a) for a in c.claims))
            for c in self.analysis.conflicts
        )

    def provenance(self) -> ProvenanceView:
        found = [self.attribution(a) for a in self.analysis.attributions]
        kinds = [a.kind for a in self.analysis.attributions]
        first = self.analysis.first
        return ProvenanceView(
            coverage=self.analysis.coverage.line,
            newsrooms=len(self.analysis.coverage.newsrooms),
            first=self.refs[first] if first else None,
            first_reported=tuple(v for v, k in zip(found, kinds, strict=True) if k == "first_reported"),
            attributions=tuple(v for v, k in zip(found, kinds, strict=True) if k != "first_reported"),
            facets=self.analysis.diversity.facets,
            conflicts=self.conflicts(),
            copies=self.copies(),
        )

    def copies(self) -> tuple[CopiesView, ...]:
        """Each newsroom with copies found from their text (the same text or a rewrite), and why
        each of its copies counts."""
        return tuple(
            CopiesView(
                n.name,
                tuple(
                    CopyView(
                        self.refs[c.article],
                        c.reason == "credit",
                        self.refs[c.source] if c.source else None,
                        self.quote(c.evidence) if c.evidence else None,
                        _opening(c.evidence.text) if c.evidence else "",
                        c.reason == "rewrite",
                        self.quote(c.counterpart) if c.counterpart else None,
                        _opening(c.counterpart.text) if c.counterpart else "",
                        c.reason == "translation",
                    )
                    for c in n.copies
                ),
            )
            for n in self.analysis.coverage.newsrooms
            if any(c.reason != "credit" for c in n.copies)  # a credit alone says why in its label
        )

    def newsroom_ref(self, key: str) -> NewsroomRef:
        newsroom = next(n for n in self.analysis.coverage.newsrooms if n.key == key)
        first = min((self.refs[a] for a in newsroom.articles), key=lambda r: r.number)
        return NewsroomRef(newsroom.name, first)

    def only_in(self) -> tuple[OnlyInView, ...]:
        """What each newsroom adds, in the order of the source list."""
        names = {n.key: n.name for n in self.analysis.coverage.newsrooms}
        views = []
        for item in self.analysis.only_in:
            shown = {(q.article, q.sentence) for q in (*item.quoted, *(c.quote for c in item.credits))}
            views.append(
                OnlyInView(
                    newsroom=names[item.newsroom],
                    sources=tuple(sorted((self.refs[a] for a in item.articles), key=lambda r: r.number)),
                    quotes=tuple(self.quote(q) for q in item.quoted),
                    credits=tuple(CreditView(c.label, self.quote(c.quote)) for c in item.credits),
                    more=tuple(self.quote(q) for q in item.sentences if (q.article, q.sentence) not in shown),
                )
            )
        return tuple(sorted(views, key=lambda v: v.sources[0].number if v.sources else 0))

    def agreed(self) -> tuple[AgreedView, ...]:
        """Facts every newsroom carries, each with the other newsrooms it is also in."""
        keys = {a: n.key for n in self.analysis.coverage.newsrooms for a in n.articles}
        views = []
        for fact in self.analysis.agreed:
            own = keys[fact.quote.article]
            others = dict.fromkeys(keys[q.article] for q in fact.sentences if keys[q.article] != own)
            also = sorted((self.newsroom_ref(k) for k in others), key=lambda r: r.source.number)
            views.append(AgreedView(self.quote(fact.quote), tuple(also)))
        return tuple(views)

    def disputed(self) -> tuple[DisputedView, ...]:
        """Figures the newsrooms give differently, or that one corrects: each value with one
        sentence of each newsroom giving it."""
        keys = {a: n.key for n in self.analysis.coverage.newsrooms for a in n.articles}
        views = []
        for found in self.analysis.disputed:
            variants = []
            for variant in found.variants:
                first = {keys[q.article]: q for q in reversed(variant.sentences)}
                ordered = sorted(first.values(), key=lambda q: self.refs[q.article].number)
                variants.append(
                    VariantView(
                        variant.value,
                        tuple(self.quote(q) for q in ordered),
                        tuple(self.newsroom[q.article] for q in ordered),
                    )
                )
            corrections = tuple(
                CreditView(
                    f"Corrected by {self.refs[c.article].label}",
                    QuoteView(
                        c.text,
                        self.refs[c.article],
                        text_fragment(url, c.text) if (url := self.refs[c.article].url) else None,
                    ),
                )
                for c in found.corrections
            )
            views.append(DisputedView(found.unit, tuple(variants), corrections))
        return tuple(views)

    def not_compared(self) -> tuple[NotComparedView, ...]:
        """The newsrooms not compared, by language (in the order of their first article)."""
        by_language: dict[str, list[NewsroomRef]] = {}
        for item in self.analysis.not_compared:
            by_language.setdefault(item.language, []).append(self.newsroom_ref(item.newsroom))
        return tuple(
            NotComparedView(language_name(code), tuple(sorted(refs, key=lambda r: r.source.number)))
            for code, refs in by_language.items()
        )


def _opening(text: str, words: int = 8) -> str:
    """The first words of a sentence, with an ellipsis when there are more."""
    split = text.split()
    return text if len(split) <= words else " ".join(split[:words]).rstrip(",;:") + "…"


def source_order(analysis: StoryAnalysis) -> list[tuple[str | None, list[str]]]:
    """The source list's groups: (label of a wire group, or None, article ids), in order.

    Newsrooms come in the order of their first article; a newsroom with reprints is one group
    under its name, so the reprints of a wire story sit together.
    """
    groups: list[tuple[str | None, list[str]]] = []
    for newsroom in analysis.coverage.newsrooms:
        if newsroom.reprints:
            count = len(newsroom.reprints)
            label = f"{newsroom.name} copy: {count} reprint{'s' if count != 1 else ''}"
            groups.append((label, list(newsroom.articles)))
        else:
            groups.extend((None, [article]) for article in newsroom.articles)
    return groups


def topic_diversity(stories: Iterable[Sequence[Profile]]) -> Diversity:
    """Diversity of the newsrooms behind several stories, each newsroom counted once."""
    return diversity(p for profiles in stories for p in profiles)
