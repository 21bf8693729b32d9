"""One raw page to one draft article: read, resolve the outlet, clean, assemble the metadata;
for a plain-text page, then the line model's corrections (`line_filter`)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from generator.ingest.byline_marker import with_markers_joined
from generator.ingest.clean import clean_blocks
from generator.ingest.date_choice import with_chosen_date
from generator.ingest.date_model import packaged as date_model
from generator.ingest.dates import DateContext
from generator.ingest.head_dates import with_story_date, without_late_date
from generator.ingest.html_extract import read_page
from generator.ingest.html_meta import PageMeta
from generator.ingest.lead_stamp import without_lead_stamp
from generator.ingest.line_features import PageFacts, line_key, page_features
from generator.ingest.line_filter import choose_title, drop_furniture
from generator.ingest.line_model import LineModel, packaged
from generator.ingest.metadata import assemble, page_evidence
from generator.ingest.model import Block, Draft, Evidence, IngestFailure, Removal, Request
from generator.ingest.outlets import resolve_outlet
from generator.ingest.slug_tail import with_slug_tail
from generator.ingest.slug_title import (
    headline_by_slug,
    is_provisional,
    slug_note,
    spelling_line,
    trim_by_slug,
)
from generator.ingest.standfirst import standfirst_repeated
from generator.ingest.text_blocks import MAX_LINES, split_text
from generator.ingest.text_rules import line_rules
from generator.ingest.title_model import TitleModel, chooser_note
from generator.ingest.title_model import packaged as title_model
from generator.ingest.title_site_address import without_site_address
from generator.ingest.title_site_name import without_site_name
from generator.ingest.title_skip import without_skip_links
from generator.ingest.title_slug_outlet import article_slug_url
from generator.ingest.title_tails import without_page_tag
from generator.ingest.unspaced_slug import title_from_unspaced_slug
from generator.ingest.url_title import title_from_slug, url_title_note
from generator.ingest.wrapped_title import wrapped_end
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
    line model shipped with ingest (`line_model`) and the standfirst printed again (`standfirst`)."""
    ruled = by_rules(source, request, config, now, wires)
    if source.is_html:
        return ruled.draft
    modelled = standfirst_repeated(with_model(ruled, packaged(), wires, title_model()))
    modelled = with_story_date(modelled, ruled.context)  # the story's date under the headline, not the site's
    modelled = without_late_date(modelled, ruled.context)  # a stamp years after the URL's day
    return with_chosen_date(modelled, ruled.page, ruled.context, date_model())


@dataclass(frozen=True)
class Ruled:
    """The draft the rules made, with the page's blocks as read and what the line model reads."""

    draft: Draft
    page: list[Block]
    facts: PageFacts
    title_given: bool  # the editor's --title: the model never changes it
    context: DateContext  # how the outlet's times are read (for the date chooser)


def with_model(ruled: Ruled, model: LineModel, wires: Registry, chooser: TitleModel | None = None) -> Draft:
    """The rules' draft corrected by the line model: the body lines it calls furniture removed,
    and the line it is sure is the headline made the title (unless the editor gave one); then,
    with a `chooser`, the header line it is sure of made the title (`title_model`)."""
    draft = ruled.draft
    rows = page_features(ruled.page, ruled.facts, line_rules(wires))
    body, removals = drop_furniture(ruled.page, rows, draft.blocks, model)
    metadata = draft.metadata
    headline = None if ruled.title_given else choose_title(ruled.page, rows, metadata.title, model)
    if headline is not None:
        metadata = replace(metadata, title=headline.text)
        body, again = without_line(body, headline.text, "the headline, by the line model")
        removals += again
    ruled_title, spelled = metadata.title, None
    if not ruled.title_given:
        # the headline printed again, closed by another tag or by the site's name
        untagged = without_site_name(without_page_tag(metadata.title, ruled.page), ruled.facts.url)
        metadata = replace(metadata, title=untagged)
        ruled_title = untagged
        spelled = headline_by_slug(ruled.page, untagged, ruled.facts.url)
        if spelled is not None:  # the title shares almost nothing with the URL's slug; these words do
            metadata = replace(metadata, title=spelled.text)
            for line in spelled.lines:
                body, again = without_line(body, line.text, "the headline, by the URL's slug")
                removals += again
        # a kicker or tag glued to the headline, by the URL's slug
        metadata = replace(metadata, title=trim_by_slug(metadata.title, ruled.facts.url))
    if metadata.title != ruled_title:
        metadata = replace(metadata, review=slug_note(metadata.review, ruled_title))
    unprinted = headline is None and spelled is None and metadata.title == ruled_title
    provisional = unprinted and is_provisional(metadata.review)
    # a headline the rules took for the lead: the line that spells the URL's slug
    lead = spelling_line(ruled.page, ruled.facts.url) if provisional else None
    from_url = (  # a line that spells the slug is the headline, unless an unspaced-script slug is
        (None if lead is not None else title_from_slug(ruled.page, ruled.facts.url))
        or title_from_unspaced_slug(ruled.page, ruled.facts.url)
        if provisional
        else None
    )
    if from_url is not None:  # the page prints no headline: the URL's slug in the page's spelling
        metadata = replace(metadata, title=from_url, review=url_title_note(metadata.review))
    chosen = (  # never over the editor's title, nor over one the URL's slug spelled from its lines
        None
        if chooser is None or ruled.title_given or spelled is not None or from_url is not None
        else chooser.choose(ruled.page, rows, metadata.title, ruled.facts.url, model)
    )
    if chosen is not None:  # the title chooser is sure another header line is the headline
        metadata = replace(metadata, title=chosen.text, review=chooser_note(metadata.review, ruled_title))
        body, again = without_line(body, chosen.text, "the headline, by the title chooser")
        removals += again
    elif lead is not None and from_url is None:  # the line that spells the slug is the headline
        spelled_line = trim_by_slug(lead.text.strip(), ruled.facts.url)  # a standfirst glued after it
        metadata = replace(metadata, title=spelled_line, review=slug_note(metadata.review, ruled_title))
        body, again = without_line(body, lead.text, "the headline, by the URL's slug")
        removals += again
    end = (
        None
        if ruled.title_given or from_url is not None
        else wrapped_end(ruled.page, metadata.title, ruled.context, wires)
    )
    if end is not None:  # the headline hard-wrapped: its second line joined to the title
        metadata = replace(metadata, title=f"{metadata.title.strip()} {end.text.strip()}")
        body, again = without_line(body, end.text, "the headline's wrapped end")
        removals += again or (Removal.of(end, "title", "the headline's wrapped end"),)
    if not removals and metadata is draft.metadata:
        return draft
    joined = None if end is None else end.line  # a line the header took, now the title's end
    earlier = [r for r in draft.removals if joined is None or r.line != joined or r.rule == "title"]
    ordered = tuple(sorted((*earlier, *removals), key=lambda r: r.line or 0))
    return replace(draft, metadata=metadata, blocks=body, removals=ordered)


def without_line(
    body: tuple[Block, ...], text: str, reason: str
) -> tuple[tuple[Block, ...], tuple[Removal, ...]]:
    """`body` without the lines holding the words of `text` (the headline), and their removals."""
    key = line_key(text)
    kept = tuple(b for b in body if line_key(b.text) != key)
    return kept, tuple(Removal.of(b, "title", reason) for b in body if line_key(b.text) == key)


def by_rules(source: Source, request: Request, config: SiteConfig, now: datetime, wires: Registry) -> Ruled:
    """The rules' draft of one raw page (see `ingest`), with what the line model reads."""
    page, blocks, lead = (
        (*read_page(source.text, wires), ()) if source.is_html else _plain_lines(source.text, request.url)
    )
    text = sum(len(block.text) for block in blocks)
    if text > MAX_TEXT:  # cleaning takes some 7 s a MiB of text: refused before it starts
        raise IngestFailure(f"the page has {text} characters of text; the limit is {MAX_TEXT}")
    if len(blocks) > MAX_LINES:  # and some 0.3 ms a line, however short: refused before it starts
        raise IngestFailure(f"the page has {len(blocks)} lines of text; the limit is {MAX_LINES}")
    if not source.is_html:  # after the bounds, like all cleaning
        blocks = with_markers_joined(blocks, wires)  # 'von' / 'Ana Costa'
    chosen = resolve_outlet(request.outlet, page, blocks, config.outlets, request.url)
    outlet = chosen.outlet
    context = replace(date_context(outlet, config, now), url=request.url or page.url)
    known = Evidence(title=request.title or page.title, dek=page.dek, authors=page.authors)
    page_blocks = list(blocks)
    cleaned = clean_blocks(blocks, context, known, outlet.name, wires)
    if known.title is None:  # a date or byline glued after the headline the URL's slug spells
        cleaned = with_slug_tail(cleaned, context, wires)
    metadata, blockers = assemble(
        request, page_evidence(page, context), cleaned, outlet.slug, outlet.name, context, wires
    )
    note = f"outlet '{outlet.slug}': {chosen.because}" if chosen.because else None
    draft = Draft(metadata, cleaned.blocks, (*lead, *cleaned.removals), blockers, note)
    slug_url = article_slug_url(request.url, outlet.name)  # None where an e-paper's slug names the paper
    facts = PageFacts(draft.metadata.title, slug_url)
    return Ruled(draft, page_blocks, facts, request.title is not None, context)


def _plain_lines(text: str, url: str | None = None) -> tuple[PageMeta, list[Block], tuple[Removal, ...]]:
    """A plain-text page's lines, without a time stamp above the page, skip links and the
    masthead printing the site's own address (`title_site_address`), which are removed."""
    blocks, stamp = without_lead_stamp(split_text(text))
    blocks, skips = without_skip_links(blocks)
    blocks, masthead = without_site_address(blocks, url)
    return PageMeta(), blocks, (*stamp, *skips, *masthead)


def date_context(outlet: Outlet, config: SiteConfig, now: datetime) -> DateContext:
    """How this outlet's times are read: its zone (else the site's), language and date order."""
    tz = zone(outlet.timezone or config.timezone)
    language = (outlet.language or config.language or "en").split("-")[0].lower()
    day_first = (outlet.country or "").casefold() not in MONTH_FIRST_COUNTRIES
    return DateContext(tz=tz, reference=now, day_first=day_first, language=language)
