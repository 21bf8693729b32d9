"""The dates a page's header states: a metadata line's values merged into the header's evidence
(a bare time completes a bare date, a date with its year replaces one without), and the header's
only date when it may be the site's today-date above the headline (a review note).

After the rules and the line model (`pipeline.ingest`, plain-text pages): a site's date above
the headline against the story's own date nearer the story, the story's wins. Many sites print their
today-date (often with the time) above every page's headline; a page copied years after its
story then shows two dates in its header. When the rules took a date line above the headline as
the published time, and the header also gives, below that line (under the headline, or between
it and the headline: 'Sábado, 4 de maio de 2030 | 02:21' over 'Notícias - 12/03/2029 |
09h05m'), a date line of one other, earlier day (unlabelled or labelled published), that date
is the story's: it is written instead, with a review note naming both lines. A date line below
it of the same day that also gives the time of day ('6:26 pm on 21 March 2030' under '21 Mar
2030') gives the published time its time. A later day below it, or more than one, is not
decided here (the rules' own notes stand). No date is guessed:
only a date line the rules already read as a header meta line is used.

A date line far later than the day the page's URL names (more than `URL_DAY_SLACK` days after
it: a player's or a list's stamp at the page's foot, years after the story was filed) is no
published time either: the page is left undated, a draft, with a review note naming both.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from generator.ingest.date_spelling import without_counts
from generator.ingest.dates import DateContext, combine, is_time_only, read_date_line, url_days
from generator.ingest.line_rule import LineRule
from generator.ingest.meta_lines import MetaLine
from generator.ingest.model import Block, Draft, Evidence, PageTime

SITE_DATE_NOTE = (
    "a date line above the headline ('{line}') may be the site's date, not the article's: check it"
)


def site_date_note(line: str) -> str:
    """The review note for a header's only date, a day with its weekday above the headline."""
    return SITE_DATE_NOTE.format(line=line.strip(" •·-|"))


def is_site_date_note(note: str) -> bool:
    prefix, _, _ = SITE_DATE_NOTE.partition("{line}")
    return note.startswith(prefix)


def find_site_date(
    blocks: list[Block],
    metas: dict[int, MetaLine],
    ruled: dict[int, LineRule],
    end: int,
    context: DateContext,
) -> int | None:
    """The index of the header's only date when it may be the site's today-date rather than the
    article's: a line of its own ('Venerdì 22 Novembre 2024') first in the header (only
    furniture above it), with a weekday and no time, no label and no byline, and no other date
    or time in the header, and no counts of the article's readers or comments after it ('• 578
    lectures': the article's own line). Many sites print their today-date so above every page's
    headline."""
    dated = [i for i in metas if i < end and metas[i].stamps]
    if len(dated) != 1 or any(i not in ruled for i in range(dated[0])):
        return None
    meta = metas[dated[0]]
    if meta.byline is not None or meta.labelled or meta.dateline or meta.relative:
        return None
    if any(stamp.has_time or not stamp.has_year for _, stamp in meta.stamps):
        return None
    words = context.words
    text = blocks[dated[0]].text
    if without_counts(text, words) != text:
        return None  # '• 578 lectures': the article's own counts, on the article's own date line
    return dated[0] if any(words.is_weekday(w) for w in text.split()) else None


def merge_meta(evidence: Evidence, meta: MetaLine, context: DateContext) -> Evidence:
    """Evidence with a metadata line's values added; a bare time completes a bare date before it,
    and a date with its year replaces an earlier one without."""
    published = evidence.published
    updated = evidence.updated
    first = evidence.first_published
    yearless = published is not None and not published.has_year
    for label, stamp in meta.stamps:
        if is_time_only(stamp):
            if published is not None and not published.has_time:
                published = combine(published, stamp, context)
            continue
        if label == "updated":
            updated = updated or stamp
        elif label == "first":
            first = first or stamp
        elif published is None or (not published.has_year and stamp.has_year):
            published = stamp  # a day without a year ('26 DE FEBRERO') gives way to one with it
    if yearless and published is not None and published.has_year:
        evidence = replace(evidence, published=None)  # `merge` would keep the yearless day
    byline = meta.byline
    found = Evidence(
        published=published,
        first_published=first,
        updated=updated,
        authors=byline.authors if byline else (),
        via=byline.via if byline else None,
        dateline=meta.dateline,
        kind=byline.kind if byline else None,
        relative=meta.relative,
    )
    return evidence.merge(found)


STORY_DATE_NOTE = (
    "published time taken from the date line under the headline ('{below}'), not the one above it "
    "('{above}'), which may be the site's date: check it"
)
NEARER_DATE_NOTE = (  # both lines above the headline: the lower one is nearer the story
    "published time taken from the date line nearer the story ('{below}'), not the one at the top "
    "('{above}'), which may be the site's date: check it"
)
URL_DAY_SLACK = 31  # days a story's printed date may follow the day its URL names (a late update)
LATE_NOTE = (
    "no published time found: the date line '{line}' is {days} days after the day the URL names "
    "({url_day}), so it is not the story's; set published: and remove draft: true"
)
DAY_ONLY_NOTE = "published time unknown: the page gives only the day ('{below}'); midnight assumed"


def with_story_date(draft: Draft, context: DateContext) -> Draft:
    """`draft` with the story's own date nearer the story (under the headline, or between the
    site's date line and the headline) written over a site's date above it (see the module
    docstring); `draft` itself otherwise."""
    metadata = draft.metadata
    published = metadata.published
    title = next((r.line for r in draft.removals if r.rule == "title" and r.line is not None), None)
    if published is None or title is None:
        return draft
    day = published.date()
    dated = [  # each line of a meta line's removal (consecutive date lines are removed as one)
        ((r.line or 0, k), text, _days(text, context))
        for r in draft.removals
        if r.rule == "meta-line" and r.line is not None
        for k, text in enumerate(r.text.splitlines())
    ]
    top = next(
        (at for at, _, days in dated if at[0] < title and any(s.when.date() == day for s in days)),
        None,
    )
    if top is None:
        return draft  # the published time is not a date line above the headline
    below = [(at, text, days) for at, text, days in dated if days and at > top]
    if len(below) != 1 or len(below[0][2]) != 1:
        return draft
    at, line, (stamp,) = below[0]
    if stamp.when.date() == day and stamp.has_time and not _timed(dated, top, day):
        return replace(draft, metadata=replace(metadata, published=stamp.when))  # the day's time
    if stamp.when.date() >= day:
        return draft  # a later day nearer the story: an update's, not decided here
    above = next(text for at, text, _ in dated if at == top)
    note = STORY_DATE_NOTE if at[0] > title else NEARER_DATE_NOTE
    notes = [note.format(below=line.strip(" •·-|/"), above=above.strip(" •·-|/"))]
    if not stamp.has_time:
        notes.append(DAY_ONLY_NOTE.format(below=line.strip(" •·-|/")))
    review = (*metadata.review, *notes)
    return replace(draft, metadata=replace(metadata, published=stamp.when, review=review))


def _timed(
    dated: list[tuple[tuple[int, int], str, tuple[PageTime, ...]]], at: tuple[int, int], day: date
) -> bool:
    """Whether the date line at `at` gives a time of day with `day`."""
    return any(s.has_time for where, _, days in dated if where == at for s in days if s.when.date() == day)


def _days(text: str, context: DateContext) -> tuple[PageTime, ...]:
    """The dates with a year (not an update's) a meta line removed from the header states."""
    dated = read_date_line(text, context)
    if dated is None:
        return ()
    return tuple(s for label, s in dated.stamps if label != "updated" and s.has_date and s.has_year)


def without_late_date(draft: Draft, context: DateContext) -> Draft:
    """`draft` left undated, with a review note, when its published time is a meta line's date
    more than `URL_DAY_SLACK` days after every day the URL names; `draft` itself otherwise."""
    metadata = draft.metadata
    published = metadata.published
    days = url_days(context.url)
    if published is None or not days:
        return draft
    late = min((published.date() - day).days for day in days)
    if late <= URL_DAY_SLACK:
        return draft
    line = next(
        (
            r
            for r in draft.removals
            if r.rule == "meta-line" and any(stamp.when == published for stamp in _days(r.text, context))
        ),
        None,
    )
    if line is None:
        return draft  # not a date line the rules read: not decided here
    url_day = min(days, key=lambda day: abs((published.date() - day).days))
    note = LATE_NOTE.format(line=line.text.strip(" •·-|/"), days=late, url_day=url_day.isoformat())
    review = (*metadata.review, note)
    return replace(draft, metadata=replace(metadata, published=None, draft=True, review=review))
