"""One raw page to one draft article: read, resolve the outlet, clean, assemble the metadata."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from generator.ingest.clean import clean_blocks
from generator.ingest.dates import DateContext
from generator.ingest.html_extract import read_page
from generator.ingest.html_meta import PageMeta
from generator.ingest.line_features import PageFacts
from generator.ingest.line_model import LineModel, drop_furniture, packaged
from generator.ingest.metadata import assemble, page_evidence
from generator.ingest.model import Block, Draft, Evidence, IngestFailure, Request
from generator.ingest.outlets import resolve_outlet
from generator.ingest.text_blocks import split_text
from generator.ingest.text_rules import line_rules
from generator.load.dates import zone
from generator.model.site import Outlet, SiteConfig
from generator.model.wires import Registry

MAX_TEXT = 1024 * 1024  # characters of text a page may hold (a long feature has 100,000)
MONTH_FIRST_COUNTRIES = frozenset({"us", "usa", "united states", "philippines", "ph"})


@dataclass(frozen=True)
class Source:
    """A raw page: where it came from (for messages) and its text."""

    name: str
    text: str
    is_html: bool


def ingest(source: Source, request: Request, config: SiteConfig, now: datetime, wires: Registry) -> Draft:
    """Clean one raw page into a draft, reading credits by the site's wire registry; raise
    IngestFailure when the outlet is unknown. A plain-text page's body then goes through the
    line model shipped with ingest (`line_model`)."""
    ruled = by_rules(source, request, config, now, wires)
    return ruled.draft if source.is_html else with_model(ruled, packaged(), wires)


@dataclass(frozen=True)
class Ruled:
    """The draft the rules made, with the page's blocks as read and what the line model reads."""

    draft: Draft
    page: list[Block]
    facts: PageFacts


def with_model(ruled: Ruled, model: LineModel, wires: Registry) -> Draft:
    """The rules' draft with the body lines the line model calls furniture removed too."""
    draft = ruled.draft
    body, removals = drop_furniture(ruled.page, draft.blocks, ruled.facts, line_rules(wires), model)
    if not removals:
        return draft
    ordered = tuple(sorted((*draft.removals, *removals), key=lambda r: r.line or 0))
    return replace(draft, blocks=body, removals=ordered)


def by_rules(source: Source, request: Request, config: SiteConfig, now: datetime, wires: Registry) -> Ruled:
    """The rules' draft of one raw page (see `ingest`), with what the line model reads."""
    page, blocks = read_page(source.text, wires) if source.is_html else (PageMeta(), split_text(source.text))
    text = sum(len(block.text) for block in blocks)
    if text > MAX_TEXT:  # cleaning takes some 7 s a MiB of text: refused before it starts
        raise IngestFailure(f"the page has {text} characters of text; the limit is {MAX_TEXT}")
    chosen = resolve_outlet(request.outlet, page, blocks, config.outlets, request.url)
    outlet = chosen.outlet
    context = date_context(outlet, config, now)
    known = Evidence(title=request.title or page.title, dek=page.dek, authors=page.authors)
    page_blocks = list(blocks)
    cleaned = clean_blocks(blocks, context, known, outlet.name, wires)
    metadata, blockers = assemble(
        request, page_evidence(page, context), cleaned, outlet.slug, outlet.name, context, wires
    )
    note = f"outlet '{outlet.slug}': {chosen.because}" if chosen.because else None
    draft = Draft(metadata, cleaned.blocks, cleaned.removals, blockers, note)
    return Ruled(draft, page_blocks, PageFacts(draft.metadata.title, request.url))


def date_context(outlet: Outlet, config: SiteConfig, now: datetime) -> DateContext:
    """How this outlet's times are read: its zone (else the site's), language and date order."""
    tz = zone(outlet.timezone or config.timezone)
    language = (outlet.language or config.language or "en").split("-")[0].lower()
    day_first = (outlet.country or "").casefold() not in MONTH_FIRST_COUNTRIES
    return DateContext(tz=tz, reference=now, day_first=day_first, language=language)
