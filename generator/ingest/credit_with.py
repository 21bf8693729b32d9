"""A line of its own crediting a wire with the word 'with' ('avec AFP', 'con EFE', 'mit dpa',
'With Reuters'): newsrooms of every country print it under the headline or after the text. It
credits the wire, never a photo: the header takes it off as the text's `via` even under a
caption (`head.read_head`), and the credit rules take it in the text and after it
(`credits.strip_credits`, `wire_lines.line_wire`)."""

from __future__ import annotations

import re
from functools import cache

from generator.model.wires import Registry

WITH = r"with|avec|mit|con|met|com"  # the word crediting a wire, in the languages ingest reads


@cache
def _with_wire(wires: Registry) -> re.Pattern[str]:
    """The whole line: 'with', perhaps an article, one spelling of a wire, perhaps a full stop."""
    spellings = "|".join(map(re.escape, wires.spellings()))
    return re.compile(
        rf"^(?:{WITH})\s+(?:the\s+|la\s+|l['’]\s*|der\s+|de\s+|da\s+|do\s+)?(?P<wire>{spellings})\.?$",
        re.I,
    )


def with_wire(text: str, wires: Registry) -> str | None:
    """The wire a 'with <wire>' line credits, or None. One anchored match of the stripped line."""
    match = _with_wire(wires).match(text.strip())
    return wires.name(match.group("wire"), any_case=True) if match else None
