"""A site's date above the headline against the story's own date under it: the story's wins.

Many sites print their today-date (often with the time) above every page's headline; a page
copied years after its story then shows two dates in its header. When the rules took a date
line above the headline as the published time, and the header also gives, under the headline,
a date line of one other, earlier day (unlabelled or labelled published), the date under the
headline is the story's: it is written instead, with a review note naming both lines. A later
day under the headline, or more than one, is not decided here (the rules' own notes stand).
No date is guessed: only a date line the rules already read as a header meta line is used.

A date line far later than the day the page's URL names (more than `URL_DAY_SLACK` days after
it: a player's or a list's stamp at the page's foot, years after the story was filed) is no
published time either: the page is left undated, a draft, with a review note naming both.
"""

from __future__ import annotations

from dataclasses import replace

from generator.ingest.dates import DateContext, read_date_line, url_days
from generator.ingest.model import Draft, PageTime, Removal

STORY_DATE_NOTE = (
    "published time taken from the date line under the headline ('{below}'), not the one above it "
    "('{above}'), which may be the site's date: check it"
)
URL_DAY_SLACK = 31  # days a story's printed date may follow the day its URL names (a late update)
LATE_NOTE = (
    "no published time found: the date line '{line}' is {days} days after the day the URL names "
    "({url_day}), so it is not the story's; set published: and remove draft: true"
)
DAY_ONLY_NOTE = "published time unknown: the page gives only the day ('{below}'); midnight assumed"


def with_story_date(draft: Draft, context: DateContext) -> Draft:
    """`draft` with the story's own date under the headline written over a site's date above it
    (see the module docstring); `draft` itself otherwise."""
    metadata = draft.metadata
    published = metadata.published
    title = next((r.line for r in draft.removals if r.rule == "title" and r.line is not None), None)
    if published is None or title is None:
        return draft
    dated = [(r, _days(r, context)) for r in draft.removals if r.rule == "meta-line" and r.line is not None]
    above = [(r, days) for r, days in dated if days and (r.line or 0) < title]
    below = [(r, days) for r, days in dated if days and (r.line or 0) > title]
    if not above or len(below) != 1 or len(below[0][1]) != 1:
        return draft
    day = published.date()
    if not any(stamp.when.date() == day for _, days in above for stamp in days):
        return draft  # the published time is not the date above the headline
    line, (stamp,) = below[0]
    if stamp.when.date() >= day:
        return draft  # a later day under the headline: an update's, not decided here
    notes = [STORY_DATE_NOTE.format(below=line.text.strip(" •·-|/"), above=above[0][0].text.strip(" •·-|/"))]
    if not stamp.has_time:
        notes.append(DAY_ONLY_NOTE.format(below=line.text.strip(" •·-|/")))
    review = (*metadata.review, *notes)
    return replace(draft, metadata=replace(metadata, published=stamp.when, review=review))


def _days(removal: Removal, context: DateContext) -> tuple[PageTime, ...]:
    """The dates with a year (not an update's) a meta line removed from the header states."""
    dated = read_date_line(removal.text, context)
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
            if r.rule == "meta-line" and any(stamp.when == published for stamp in _days(r, context))
        ),
        None,
    )
    if line is None:
        return draft  # not a date line the rules read: not decided here
    url_day = min(days, key=lambda day: abs((published.date() - day).days))
    note = LATE_NOTE.format(line=line.text.strip(" •·-|/"), days=late, url_day=url_day.isoformat())
    review = (*metadata.review, note)
    return replace(draft, metadata=replace(metadata, published=None, draft=True, review=review))
