"""What the analysis stage finds about each story: the result model templates and checks read.

`analysis/` computes these (`story.analyse` is its entry point) and `Site.analyses` holds them,
so they are declared here, with the rest of the model: the model imports nothing from the
stages that fill it. `Analyses` keeps each story's result pickled until its page reads it.
"""

from __future__ import annotations

import pickle
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import NamedTuple

# Below this, the article says nothing like the point: likely a wrong citation. Calibrated on the
# labelled citations of the development stories (issue 23), precision first: the lowest correct
# citation in the note's language scores 0.068 there (0.12 flagged it and a 0.118 paraphrase).
WEAK = 0.06


class Quote(NamedTuple):
    """A sentence quoted from an article, with the file line it starts on."""

    article: str
    sentence: int
    line: int
    text: str


class Copy(NamedTuple):
    """An article published by another outlet that carries a newsroom's copy, and why it is
    counted under that newsroom: its `via` credits it ('credit'), or it has the same text as
    `source`, another article of the newsroom ('text'), with `evidence`, one sentence of the
    article that `source` also has (None when no single sentence is shared whole), or it says
    again, sentence by sentence, what `source` says ('rewrite'), with `evidence`, one of its
    sentences, and `counterpart`, the sentence of `source` it says again, or it gives the text
    of `source` in another language ('translation': its figures and names in order)."""

    article: str
    reason: str  # 'credit', 'text', 'rewrite' or 'translation'
    source: str | None
    evidence: Quote | None
    counterpart: Quote | None = None


@dataclass(frozen=True)
class Newsroom:
    """Who did the reporting behind some of a story's articles."""

    key: str
    name: str
    outlet: str | None  # the slug in `outlets:`, when the newsroom is one of them
    articles: tuple[str, ...]
    reprints: tuple[str, ...]  # articles published by another outlet with this newsroom's copy
    copies: tuple[Copy, ...] = ()  # the reprints, each with why it is counted here


@dataclass(frozen=True)
class Coverage:
    """A story's articles counted by newsroom, in order of each newsroom's first article."""

    articles: int
    newsrooms: tuple[Newsroom, ...]
    line: str


@dataclass(frozen=True)
class Attribution:
    """A source the articles credit, how, and every sentence that says so."""

    kind: str
    name: str
    speaker: str | None
    mentions: tuple[Quote, ...]

    @property
    def label(self) -> str:
        """'First reported by The Washington Post', 'A U.S. official told Reuters', ..."""
        if self.kind == "first_reported":
            return f"First reported by {self.name}"
        if self.kind == "told":
            if not self.speaker:
                return f"Spoke to {self.name}"
            return f"{self.speaker[:1].upper() + self.speaker[1:]} told {self.name}"
        if self.kind == "reported":
            return f"Reported by {self.name}"
        if self.kind == "according_to":
            return f"According to {self.name}"
        if self.kind == "interview":
            return f"In an interview with {self.name}"
        return f"Citing {self.name}"


@dataclass(frozen=True)
class Conflict:
    """Claims of one kind that name different sources: 'first reported by A' in one article and
    'by B' in another. Shown as one entry listing each claim with its quotes, never as several
    confident lines."""

    kind: str
    claims: tuple[Attribution, ...]  # one per source named, in story order

    @property
    def label(self) -> str:
        return "Sources differ on who first reported the story"


class Contradiction(NamedTuple):
    """A sentence of a cited article that says otherwise than a key point, and the words that differ."""

    kind: str  # a key of DIFFERS
    point: str  # the point's words ("50 billion")
    article: str  # the article's ("35 billion")
    quote: Quote

    @property
    def differs(self) -> str:
        """What differs, as `briefing check` and the page say it ("a figure", "the role")."""
        return DIFFERS[self.kind]


DIFFERS = {
    "figure": "a figure",
    "negation": "negation",
    "name": "a place",
    "opposite": "the verb",
    "source": "the source",
    "role": "the role",
}


@dataclass(frozen=True)
class Support:
    """What one cited article offers for one key point: supporting sentences (`quotes`, none
    when it contradicts the point), or sentences that contradict it; or, for an article in
    another language than the note (`compared` False), nothing: it was not compared."""

    article: str
    score: float
    quotes: tuple[Quote, ...]
    best: Quote | None
    compared: bool = True
    language: str = ""  # the article's language, as a primary subtag ("de"), when known
    contradictions: tuple[Contradiction, ...] = ()

    @property
    def weak(self) -> bool:
        """Likely the wrong article: it was compared, contradicts nothing and says nothing like it."""
        return self.compared and not self.contradictions and self.score < WEAK


@dataclass(frozen=True)
class PointEvidence:
    """The evidence for one key point, by cited article in citation order."""

    cited: bool
    checkable: bool
    supports: tuple[Support, ...]


class Credit(NamedTuple):
    """A sentence found only in one article that credits another newsroom, and how."""

    quote: Quote
    label: str


@dataclass(frozen=True)
class OnlyIn:
    """What one newsroom has that no other newsroom of the story has (its copies count once)."""

    newsroom: str  # the key of one of the coverage's newsrooms
    articles: tuple[str, ...]  # its articles that were compared
    sentences: tuple[Quote, ...]  # one for every fact found only there
    quoted: tuple[Quote, ...]  # at most two of them, to show first
    credits: tuple[Credit, ...]  # those that credit another newsroom with a report


@dataclass(frozen=True)
class Agreed:
    """A fact every compared newsroom carries: the sentences saying it, and the one to quote."""

    quote: Quote
    sentences: tuple[Quote, ...]


class Variant(NamedTuple):
    """One value a disputed figure is given as ('118 people'), and the sentences giving it."""

    value: str
    sentences: tuple[Quote, ...]


class Correction(NamedTuple):
    """A correction an article printed ('An earlier version of this story said ...')."""

    article: str
    text: str


@dataclass(frozen=True)
class Disputed:
    """A figure the story's sources give differently, or that one of them corrects."""

    unit: str  # as printed in the first variant ('people', 'km')
    variants: tuple[Variant, ...]  # in story order
    corrections: tuple[Correction, ...]


class NotCompared(NamedTuple):
    """A newsroom none of whose articles is in the language the story's facts are compared in."""

    newsroom: str  # the key of one of the coverage's newsrooms
    language: str  # a primary language subtag ('de'), or 'und' when not known


@dataclass(frozen=True)
class Facet:
    """One dimension (country, language, kind) with its values and their counts."""

    name: str
    values: tuple[tuple[str, int], ...]

    @property
    def line(self) -> str:
        return ", ".join(f"{value} {count}" for value, count in self.values)


@dataclass(frozen=True)
class Diversity:
    """How varied the newsrooms behind some stories are."""

    newsrooms: int
    facets: tuple[Facet, ...]


@dataclass(frozen=True)
class Profile:
    """What `site.yaml` says about one newsroom (`None` where it says nothing)."""

    key: str
    country: str | None
    language: str | None
    kind: str | None


class Finding(NamedTuple):
    """A citation problem of one key point: it cites nothing (`article` None), a weak source, or
    a source that contradicts it (`contradiction`)."""

    point: int
    article: str | None
    score: float
    best: Quote | None
    contradiction: Contradiction | None = None


@dataclass(frozen=True)
class StoryAnalysis:
    """Provenance, evidence and what each source adds, for one briefing."""

    version: int
    articles: tuple[str, ...]  # the source articles, earliest first
    coverage: Coverage
    attributions: tuple[Attribution, ...]
    evidence: tuple[PointEvidence, ...]  # one per key point, in the note's order
    only_in: tuple[OnlyIn, ...]
    agreed: tuple[Agreed, ...]
    profiles: tuple[Profile, ...]  # one per newsroom
    diversity: Diversity
    conflicts: tuple[Conflict, ...] = ()  # "first reported" claims that name different sources
    disputed: tuple[Disputed, ...] = ()  # figures the sources give differently, or correct
    not_compared: tuple[NotCompared, ...] = ()  # newsrooms writing in another language
    languages: tuple[tuple[str, str], ...] = ()  # (article id, its language: a primary subtag or 'und')

    @property
    def first(self) -> str | None:
        """The earliest article of the story."""
        return self.articles[0] if self.articles else None

    @property
    def findings(self) -> tuple[Finding, ...]:
        """What `briefing check` reports: uncited key points, citations that support nothing, and
        citations that contradict their point."""
        found = []
        for index, point in enumerate(self.evidence):
            if not point.cited:
                found.append(Finding(index, None, 0.0, None))
            elif point.checkable:
                found.extend(
                    Finding(index, s.article, s.score, s.best, (s.contradictions or (None,))[0])
                    for s in point.supports
                    if s.weak or s.contradictions
                )
        return tuple(found)


# One story's analysis as the cache keeps it: its findings and profiles, and the whole result
# pickled (see `Analyses`).
Entry = tuple[tuple[Finding, ...], tuple[Profile, ...], bytes]


class Analyses(Mapping[str, StoryAnalysis]):
    """Story analyses by briefing slug, each unpickled when read (its story page is rendered,
    once a build). None is kept: a process rendering thousands of story pages would otherwise
    keep every result it read (about 8 kB each as objects, from 2 kB pickled)."""

    def __init__(self, entries: Mapping[str, Entry], digests: Mapping[str, str]):
        self._entries = dict(entries)
        self._digests = dict(digests)

    def digest(self, slug: str) -> str:
        """The cache key of a story's analysis: what dependency tracking compares."""
        return self._digests[slug]

    def findings(self, slug: str) -> tuple[Finding, ...]:
        """What `briefing check` reports of a story."""
        return self._entries[slug][0]

    def replaced(self, updates: Mapping[str, tuple[Entry, str]]) -> Analyses:
        """These analyses with some stories' (entry, digest) replaced; the others are shared."""
        if not updates:
            return self
        new = Analyses({}, {})
        new._entries, new._digests = dict(self._entries), dict(self._digests)
        for slug, (made, key) in updates.items():
            new._entries[slug], new._digests[slug] = made, key
        return new

    def profiles(self, slug: str) -> tuple[Profile, ...]:
        """The newsrooms of a story, without unpickling its whole analysis."""
        return self._entries[slug][1]

    def __getitem__(self, slug: str) -> StoryAnalysis:
        result: StoryAnalysis = pickle.loads(self._entries[slug][2])
        return result

    def __contains__(self, slug: object) -> bool:
        return slug in self._entries

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(self._entries))

    def __len__(self) -> int:
        return len(self._entries)
