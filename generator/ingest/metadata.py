"""The front matter: the editor's flags first, then the page's own metadata, then what the text said.

Anything guessed is said so in `review` (a provisional title, a date without a time, a missing
URL). A page that states no published time that can be placed (none, a relative '3 hours ago', a
day without a year) gives no date: the article is written as a draft with a review note saying
so, never with a guessed date. What makes the article unwritable (no text) is a blocker.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime
from urllib.parse import urlsplit

from generator.ingest.clean import Cleaned
from generator.ingest.dates import DateContext, parse_stamp, read_date_line
from generator.ingest.head_dates import is_site_date_note, merge_meta
from generator.ingest.head_title import kind_of_label
from generator.ingest.html_meta import PageMeta
from generator.ingest.meta_lines import MetaLine
from generator.ingest.model import Block, Evidence, Kind, Metadata, PageTime, Request
from generator.ingest.prompts import is_free_notice
from generator.ingest.shapes import norm
from generator.ingest.slug_title import PROVISIONAL
from generator.model.wires import Registry

PROVISIONAL_WORDS = 12
NO_DATE = "no published time found"
_UPDATE_PREFIX = re.compile(
    r"^(?:UPDATE\s*\d+|REFILE|CORRECTED|RPT|再送|訂正|更新\s*\d*)\s*[-–—:：]\s*", re.I
)
_KIND_PREFIX = re.compile(
    r"^(?P<label>analysis|explainer|opinion|interview|fact ?-?check|live(?: updates)?|factbox|comment)"
    r"\s*[-–—:|]\s*",
    re.I,
)


def page_evidence(page: PageMeta, context: DateContext) -> Evidence:
    """What the HTML page declared, with its times read in the outlet's zone."""
    shown = _shown_times(page.date_lines, context)
    declared = Evidence(published=_stamp(page.published, context)).merge(shown)
    return Evidence(
        title=page.title,
        dek=page.dek,
        url=page.url,
        site_name=page.site_name,
        published=declared.published,
        first_published=shown.first_published,
        updated=_stamp(page.updated, context) or shown.updated,
        authors=page.authors,
        via=page.via,
        kind=page.kind or kind_of_label(page.section or ""),
        paywalled=page.paywalled,
    )


def _shown_times(lines: tuple[str, ...], context: DateContext) -> Evidence:
    """Times from the page's visible date elements ('Published: 14 March 2025, 16:20 IST')."""
    found = Evidence()
    for line in lines:
        dated = read_date_line(line, context)
        if dated is not None:
            found = merge_meta(found, MetaLine(stamps=dated.stamps), context)
    return found


def request_evidence(request: Request, context: DateContext, wires: Registry) -> Evidence:
    """What the editor gave on the command line (a wire under any of its spellings)."""
    via = (wires.name(request.via, any_case=True) or request.via.strip()) if request.via else None
    return Evidence(
        title=request.title,
        url=request.url,
        published=_stamp(request.published, context),
        authors=request.authors,
        via=via,
        dateline=request.dateline,
    )


def assemble(
    request: Request,
    page: Evidence,
    cleaned: Cleaned,
    outlet: str,
    outlet_name: str,
    context: DateContext,
    wires: Registry,
) -> tuple[Metadata, tuple[str, ...]]:
    """Metadata from all the evidence, and the reasons (if any) the article cannot be written."""
    given = request_evidence(request, context, wires)
    header, site_date = _without_site_date(cleaned.header, given.url or page.url)
    found = given.merge(page).merge(header).merge(cleaned.body)
    review: list[str] = []
    blockers: list[str] = []
    title, kind = _title(found.title, cleaned.blocks, review)
    published, updated = _times(found, review, site_date if found.published is None else None)
    if not cleaned.blocks:
        blockers.append("no article text found in the page")
    if found.url is None:
        review.append("url unknown: the raw page does not give the original URL; add it or pass --url")
    via = found.via if found.via and not wires.same(found.via, outlet_name) else None
    dek = found.dek if found.dek and found.dek != title else None
    paywalled = found.paywalled or (
        any(r.rule == "paywall" for r in cleaned.removals)
        and not any(
            is_free_notice(r.text) for r in cleaned.removals
        )  # 'Already a subscriber?' by a free article
    )
    if paywalled:
        review.append("paywalled: the text may be cut short by a paywall")
    metadata = Metadata(
        title=title,
        outlet=outlet,
        published=published,
        url=found.url,
        updated=updated,
        authors=_authors(found, outlet_name),
        via=via,
        dateline=found.dateline,
        dek=dek,
        kind=found.kind or kind or "news",
        paywalled=paywalled,
        corrections=found.corrections,
        draft=published is None,
        review=tuple(review),
    )
    return metadata, tuple(blockers)


def _title(title: str | None, blocks: tuple[Block, ...], review: list[str]) -> tuple[str, str | None]:
    """The title without wire version prefixes, and the kind a prefix names ('Analysis: ...')."""
    if not title:
        title = provisional_title(blocks)
        review.append(f"{PROVISIONAL}: the raw text has none; pass --title or edit it")
    title = _UPDATE_PREFIX.sub("", title).strip()
    match = _KIND_PREFIX.match(title)
    return title, kind_of_label(match.group("label")) if match else None


_PROVISIONAL_TITLE_RE = re.compile(r"(?<=[a-z0-9])[.,;:!?](?:\s|$)")


def provisional_title(blocks: tuple[Block, ...]) -> str:
    """The lead's first clause, cut to a dozen words: a stand-in until an editor writes one."""
    lead = next((b.text for b in blocks if b.kind == Kind.PARAGRAPH), "Untitled article")
    clause = _PROVISIONAL_TITLE_RE.split(lead, maxsplit=1)[0].strip()
    words = clause.split()
    return " ".join(words[:PROVISIONAL_WORDS]) + ("…" if len(words) > PROVISIONAL_WORDS else "")


def _without_site_date(header: Evidence, url: str | None) -> tuple[Evidence, str | None]:
    """The header's evidence without its date when that date may be the site's today-date
    (see `head.site_date_note`) and the URL's path does not state its year and month; and the
    review note saying so."""
    note = next((n for n in header.notes if is_site_date_note(n)), None)
    if note is None or header.published is None or _url_confirms(url, header.published):
        return header, None
    return replace(header, published=None), note


_URL_MONTH = re.compile(r"/((?:19|20)\d\d)/(\d\d?)(?=/|$)")


def _url_confirms(url: str | None, stamp: PageTime) -> bool:
    """True when the URL's path names the stamp's year and month ('/2007/08/cabinet-...')."""
    path = urlsplit(url).path if url else ""
    return any((int(y), int(m)) == (stamp.when.year, stamp.when.month) for y, m in _URL_MONTH.findall(path))


def _times(
    found: Evidence, review: list[str], site_date: str | None = None
) -> tuple[datetime | None, datetime | None]:
    """Published and updated: 'First published' wins and demotes a later unlabelled time to
    updated; an 'Updated' time alone stands in for published (said in review)."""
    if found.first_published is not None:
        first = found.first_published
        later = found.published if found.published and found.published.when > first.when else None
        found = replace(found, published=first, updated=found.updated or later)
    if found.published is None and found.updated is not None:
        review.append('published time taken from the "Updated" time: the page states no other')
        found = replace(found, published=found.updated, updated=None)
    published = _published(found.published, found.relative, review, site_date)
    updated = found.updated.when if found.updated else None
    if updated is not None and (published is None or updated <= published):
        updated = None
    return published, updated


def _published(
    stamp: PageTime | None, relative: str | None, review: list[str], site_date: str | None = None
) -> datetime | None:
    """The published instant, or None with a review note saying why (the article is then a
    draft): a relative time or a day without a year cannot be placed, and is never guessed."""
    if stamp is None or not stamp.has_year:
        if stamp is not None:
            why = f"the page gives a day without a year ('{stamp.source}')"
        elif site_date:
            why = site_date
        elif relative:
            why = f"the page gives only a relative time ('{relative}'), which cannot be placed"
        else:
            why = "the page states none"
        review.append(
            f"{NO_DATE}: {why}; set published: and remove draft: true, "
            "or ingest it again with --published WHEN --force"
        )
        return None
    if not stamp.has_time:
        review.append(
            f"published time unknown: the page gives only the day ('{stamp.source}'); midnight assumed"
        )
    return stamp.when


def _stamp(value: str | None, context: DateContext) -> PageTime | None:
    return parse_stamp(value, context) if value else None


def _authors(found: Evidence, outlet_name: str) -> tuple[str, ...]:
    """The people named as authors: not the outlet or site itself, names in display case."""
    organisations = {norm(n).removeprefix("the ") for n in (outlet_name, found.site_name) if n}
    return tuple(_display_name(a) for a in found.authors if norm(a).removeprefix("the ") not in organisations)


def _display_name(name: str) -> str:
    """'JANE DOE' -> 'Jane Doe'; names in mixed case stay as written."""
    return name.title() if name.isupper() else name
