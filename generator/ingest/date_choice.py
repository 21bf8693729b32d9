"""The date chooser's step: a plain-text draft the rules left undated because "the page states
none" gets the date the model (`date_model`) is sure of, said so in review; a date it is not
sure of is only named in the review note, and the page stays a draft.

The rules' refusals keep priority: a site's today-date, a relative time or a day without a
year leave other notes, and the chooser never runs on them. A candidate later than now is
never taken.
"""

from __future__ import annotations

from dataclasses import replace

from generator.ingest.date_candidates import candidates
from generator.ingest.date_model import DateModel, rows
from generator.ingest.dates import DateContext
from generator.ingest.line_features import line_key
from generator.ingest.metadata import NO_DATE
from generator.ingest.model import Block, Draft

STATES_NONE = f"{NO_DATE}: the page states none"


def with_chosen_date(draft: Draft, page: list[Block], context: DateContext, model: DateModel) -> Draft:
    """`draft` with the published date the model picks from `page`'s lines, when the rules
    found none and the model is sure (see the module docstring)."""
    metadata = draft.metadata
    open_note = next((note for note in metadata.review if note.startswith(STATES_NONE)), None)
    if metadata.published is not None or open_note is None:
        return draft
    lines = [block.text for block in page]
    found = [c for c in candidates(lines, context) if c.stamp.when <= context.reference]
    if not found:
        return draft
    key = line_key(metadata.title)
    title_line = next((i for i, line in enumerate(lines) if key and line_key(line) == key), None)
    scored = [model.probability(row) for row in rows(found, lines, title_line, context.language)]
    best = max(range(len(found)), key=lambda i: scored[i])
    pick, sure = found[best], scored[best]
    where = f"'{pick.text}' (line {page[pick.line].line or pick.line + 1})"
    if sure < model.threshold:
        seen = f"the date model saw {where} but is not sure it is the published date: left undated"
        return replace(draft, metadata=replace(metadata, review=(*metadata.review, seen)))
    notes = [f"published time chosen by the date model from {where}: check it"]
    if not pick.stamp.has_time:
        notes.append(f"published time unknown: the page gives only the day ('{pick.text}'); midnight assumed")
    review = tuple(note for note in metadata.review if note is not open_note) + tuple(notes)
    return replace(draft, metadata=replace(metadata, published=pick.stamp.when, draft=False, review=review))
