"""A byline or a reading time, perhaps with a date, glued after the headline on its line, the
URL's slug ending where the headline ends: '<Headline> 26 de septiembre de 2025 Por Ana Ruiz',
'<Headline> Jo Lee 30-12-2024 - 1 minuten leestijd'. The words after the slug's headline leave
the title only when they are metadata by their shape (`meta_lines.read_meta_line` reads them
whole, or a person's name then such a line), and what they say is read: the time and the authors
join the header's evidence, where the rules' own metadata lines go. A date alone stays (a headline
may end in its own day), and so do words of any other shape (`slug_title.trim_by_slug` may still
cut a tag or a standfirst there)."""

from __future__ import annotations

import re
from dataclasses import replace

from generator.ingest.bylines import Byline, is_person_name
from generator.ingest.clean import Cleaned
from generator.ingest.dates import DateContext
from generator.ingest.head_dates import merge_meta
from generator.ingest.meta_lines import MetaLine, read_meta_line
from generator.ingest.slug_title import slug_end
from generator.model.wires import Registry

_WORD_START = re.compile(r"(?<=\s)\S")
_SEPARATORS = " -–—|·•,;"  # left after the headline once the metadata is cut
MAX_NAME_WORDS = 5  # a byline's name before its date ('Jo Lee 30-12-2024')


def with_slug_tail(cleaned: Cleaned, context: DateContext, wires: Registry) -> Cleaned:
    """`cleaned` with the metadata glued after its headline (see the module) moved from the
    header's title into the header's evidence; `cleaned` itself when there is none."""
    title = cleaned.header.title
    end = slug_end(title, context.url) if title else None
    if title is None or end is None:
        return cleaned
    for start in (end, *(m.start() for m in _WORD_START.finditer(title, end))):
        meta = metadata_tail(title[start:], context, wires)
        if meta is not None:
            header = replace(cleaned.header, title=title[:start].rstrip(_SEPARATORS))
            return replace(cleaned, header=merge_meta(header, meta, context))
    return cleaned


def metadata_tail(text: str, context: DateContext, wires: Registry) -> MetaLine | None:
    """What the words after a headline say when they are a byline or a reading time, perhaps
    with a date ('14 de marzo de 2025 Por Ana Ruiz', 'di Jo Lee'), or a person's name before a
    date or a reading time ('Jo Lee 30-12-2024'); else None. A date alone is not enough: a
    headline may end in its own day ('... until 14 March 2025', a slug cut short)."""
    meta = read_meta_line(text, context, wires)
    if meta is not None:
        credited = (meta.byline is not None and bool(meta.byline.authors)) or meta.reading
        return meta if credited and not meta.labelled else None
    words = text.split()
    for count in range(2, min(MAX_NAME_WORDS, len(words) - 1) + 1):
        name = " ".join(words[:count])
        if not is_person_name(name, wires):
            continue
        rest = read_meta_line(" ".join(words[count:]), context, wires)
        if rest is not None and rest.byline is None:
            return replace(rest, byline=Byline(authors=(name,)))
    return None
