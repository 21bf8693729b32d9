"""What one story page shows, read through the project's own code: the one adapter.

`read_page` loads a story's mini-site with the build's own stages (`pipeline.load`,
`pipeline.analyse`, which also runs `briefing check`'s citation findings into a report) and
builds the story page's view with the renderer's `ViewBuilder.story` (so every limit and filter
of `render/provenance_views.py` applies). Each claim type then has one function below that
turns that view into plain records the scorer judges. When the analysis result or the views
change shape, these functions are the only place to follow them; a claim type the page does
not show yet returns None and is printed "not shown".

Nothing is written to the story's folder: its `site.yaml` and `content/` are copied to a
temporary folder first, and the analysis cache is kept in memory.
"""

from __future__ import annotations

import re
import shutil
import tempfile
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from generator import pipeline
from generator.analysis.cache import AnalysisCache
from generator.analysis.pool import with_bodies
from generator.analysis.story import analyse, story_articles
from generator.load.content import LoadOptions
from generator.model.analysis import StoryAnalysis
from generator.model.site import Article, Briefing, Site
from generator.render.provenance_views import QuoteView, SourceRef, source_order
from generator.render.urls import Urls
from generator.render.views import StoryView, ViewBuilder


class AdapterError(Exception):
    """The page shows something this adapter does not know how to read: update it."""


@dataclass(frozen=True)
class Quoted:
    """A sentence the page quotes, and the article it is quoted from."""

    article: str
    text: str


@dataclass(frozen=True)
class ShownFact:
    """A fact the page lists: the articles it says carry it ('only in X': X's), and its quotes."""

    articles: frozenset[str]
    quotes: tuple[Quoted, ...]


@dataclass(frozen=True)
class ShownSource:
    """An attribution line of the page, as one claim per quoted sentence.

    `role` is 'source' (X is the source or reports it), 'told' (`speaker`, or someone unnamed,
    told `name`), 'first' (X first reported the story) or 'unknown' (a label this adapter does
    not read: see `label_claim`)."""

    role: str
    name: str
    speaker: str | None
    label: str
    quote: Quoted


@dataclass(frozen=True)
class Page:
    slug: str
    briefing: Briefing
    site: Site
    analysis: StoryAnalysis
    view: StoryView
    numbered: Mapping[int, str]  # source number on the page -> article id
    warnings: tuple[tuple[str, str], ...]  # (field, message) of every `briefing check` warning
    cpu: float  # CPU seconds of one `analyse()` of the story (the least of the runs)
    cpu_first: float  # ... of the first run in this process (colder caches)


def read_page(site_dir: Path, repeat: int = 3) -> Page:
    """Load, analyse and view the one story of a mini-site (`<story>/site`)."""
    with tempfile.TemporaryDirectory(prefix="intel-") as scratch:
        root = Path(scratch)
        shutil.copy2(site_dir / "site.yaml", root / "site.yaml")
        shutil.copytree(site_dir / "content", root / "content")
        loaded = pipeline.load(root, LoadOptions())
        site = pipeline.analyse(root, loaded, AnalysisCache(root), loaded.report)
        if len(site.briefings) != 1:
            raise AdapterError(f"{site_dir}: expected one briefing, found {len(site.briefings)}")
        (briefing,) = site.briefings
        sources = with_bodies(root, story_articles(briefing, site.articles))
        runs = [_cpu(briefing, sources, site) for _ in range(max(1, repeat))]
        errors = [f"{p.path}:{p.line}: {p.field}: {p.message}" for p in loaded.report.errors]
        if errors:
            raise AdapterError(f"{site_dir}: the site does not load:\n" + "\n".join(errors))
        warnings = tuple((p.field, p.message) for p in loaded.report.warnings)
        view = ViewBuilder(site, pipeline.index(site), Urls(site.config.base_url)).story(briefing)
    analysis = site.analyses[briefing.slug]
    numbered = _numbers(view, site, analysis)
    return Page(briefing.slug, briefing, site, analysis, view, numbered, warnings, min(runs), runs[0])


def _cpu(briefing: Briefing, sources: Sequence[Article], site: Site) -> float:
    started = time.process_time()
    analyse(briefing, sources, site.config.outlets)
    return time.process_time() - started


def _numbers(view: StoryView, site: Site, analysis: StoryAnalysis) -> dict[int, str]:
    """Source numbers of the page -> article ids: the source list is in `source_order`'s order
    (as `ViewBuilder.story` numbers it); each entry's title and URL are checked against it."""
    ordered = [i for _, ids in source_order(analysis) for i in ids]
    shown = [(item.number, item.title, item.url) for item in view.sources]
    expected = [(n, site.articles[i].title, site.articles[i].url) for n, i in enumerate(ordered, start=1)]
    if shown != expected:
        raise AdapterError("the page's source list is not in source_order's order: update _numbers()")
    return dict(enumerate(ordered, start=1))


def _quoted(page: Page, quote: QuoteView) -> Quoted:
    return Quoted(page.numbered[quote.source.number], quote.text)


def _ref(page: Page, ref: SourceRef) -> str:
    return page.numbered[ref.number]


# --- one function per claim type -------------------------------------------------------------


def newsroom_count(page: Page) -> int:
    """How many newsrooms the page says the story has."""
    return page.view.provenance.newsrooms


def newsroom_groups(page: Page) -> tuple[frozenset[str], ...]:
    """The articles the page counts as one newsroom, each group."""
    return tuple(frozenset(n.articles) for n in page.analysis.coverage.newsrooms)


def every(page: Page) -> tuple[ShownFact, ...] | None:
    """'Carried by every source': each fact, by the sentence the page quotes for it."""
    everyone = frozenset(page.numbered.values())
    return tuple(ShownFact(everyone, (_quoted(page, fact.quote),)) for fact in page.view.agreed)


def only_in(page: Page) -> tuple[ShownFact, ...] | None:
    """'Only in X': each newsroom's quoted and listed sentences and credit lines, one fact each."""
    found: list[ShownFact] = []
    for item in page.view.only_in:
        articles = frozenset(_ref(page, ref) for ref in item.sources)
        quotes = [*(c.quote for c in item.credits), *item.quotes, *item.more]
        found.extend(ShownFact(articles, (_quoted(page, q),)) for q in quotes)
    return tuple(found)


def disputed(page: Page) -> tuple[ShownFact, ...] | None:
    """Facts the page shows as disputed: each with every value's quotes."""
    return tuple(
        ShownFact(
            frozenset(_quoted(page, q).article for v in d.variants for q in v.quotes),
            tuple(_quoted(page, q) for v in d.variants for q in v.quotes),
        )
        for d in page.view.disputed
    )


def warned(page: Page) -> frozenset[tuple[int, str]] | None:
    """The citations (key point, article) `briefing check` warns about."""
    found: set[tuple[int, str]] = set()
    for field, _ in page.warnings:
        match = re.fullmatch(r"key_points\[(\d+)\]\.sources\[(\d+)\]", field)
        if match:
            point, number = int(match[1]), int(match[2])
            found.add((point, page.briefing.key_points[point].sources[number]))
    return frozenset(found)


def evidence(page: Page) -> frozenset[tuple[int, str]] | None:
    """The citations (key point, article) under which the page quotes a sentence as evidence."""
    found: set[tuple[int, str]] = set()
    for index, point in enumerate(page.view.key_points):
        if point.evidence is not None:
            found.update((index, _quoted(page, q).article) for q in point.evidence.quotes)
    return frozenset(found)


_LABELS = (
    ("first", re.compile(r"First reported by (?P<name>.+)")),
    ("told", re.compile(r"Spoke to (?P<name>.+)")),  # someone unnamed told X
    ("told", re.compile(r"(?P<speaker>.+?) told (?P<name>.+)")),
    ("source", re.compile(r"(?:Reported by|According to|Citing|In an interview with) (?P<name>.+)")),
)
_CREDIT = re.compile(r"Credits (?P<name>.+) with the (?P<first>first )?report")


def label_claim(label: str) -> tuple[str, str, str | None]:
    """(role, name, speaker) of an attribution line's label; role 'unknown' for a shape this
    adapter does not read yet (scored as unjudged, and named in the output)."""
    for role, pattern in _LABELS:
        match = pattern.fullmatch(label)
        if match:
            return role, match["name"], match.groupdict().get("speaker")
    return "unknown", label, None


def sources(page: Page) -> tuple[ShownSource, ...]:
    """Every attribution the page shows (provenance lines, credit lines of 'only in'), one per
    quoted sentence; 'first reported' ones have role 'first'."""
    found: list[ShownSource] = []
    provenance = page.view.provenance
    for line in (*provenance.first_reported, *provenance.attributions):
        role, name, speaker = label_claim(line.label)
        found.extend(
            ShownSource(role, name, speaker, line.label, _quoted(page, m.quote)) for m in line.mentions
        )
    for item in page.view.only_in:
        for credit in item.credits:
            match = _CREDIT.fullmatch(credit.label)
            role = ("first" if match["first"] else "source") if match else "unknown"
            name = match["name"] if match else credit.label
            found.append(ShownSource(role, name, None, credit.label, _quoted(page, credit.quote)))
    # A credit line repeats a provenance line on the same sentence: one claim.
    kept: dict[tuple[str, str, Quoted], ShownSource] = {}
    for claim in found:
        kept.setdefault((claim.role, claim.name.casefold(), claim.quote), claim)
    return tuple(kept.values())


def first_published(page: Page) -> str | None:
    """The article the page says first published the story ('First published by X, date')."""
    provenance = page.view.provenance
    if provenance.first is None or page.view.first_published is None:
        return None
    return _ref(page, provenance.first)


def languages(page: Page) -> Mapping[str, str] | None:
    """Each article's language as the page names it in the source list ('in German'), for the
    sources not in the site's language."""
    from langcodes import find

    found = {}
    for item in page.view.sources:
        if item.language:
            found[page.numbered[item.number]] = str(find(item.language).language)
    return found


def not_compared(page: Page) -> frozenset[str] | None:
    """The articles the page says were not compared (another language)."""
    found: set[str] = set()
    for group in page.view.not_compared:
        for ref in group.newsrooms:
            newsroom = next(n for n in page.analysis.coverage.newsrooms if n.name == ref.name)
            found.update(newsroom.articles)
    return frozenset(found)
