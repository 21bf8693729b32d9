"""A credit line naming whose reports the text was compiled from, as American papers print it
under the headline or after the text: 'Compiled from Associated Press reports', 'From AP and
Reuters reports', 'From staff and wire reports', 'From wire reports'. A wire of the registry named
there is the text's `via`; a line that names none ('From wire reports') is taken off as a credit
with no `via`: a wire is never guessed.

Bound: one anchored regex match of a line of at most REPORTS_MAX_CHARS characters, linear; the
names between 'from' and 'reports' are split on 'and' and commas and looked up in the registry.
"""

from __future__ import annotations

import re

from generator.model.wires import Registry

REPORTS_MAX_CHARS = 90
_REPORTS = re.compile(
    r"^(?:compiled |adapted |assembled )?from (?P<who>[^.;:()]{2,70}?) (?:wire |news )?reports\.?$",
    re.I,
)
_SPLIT = re.compile(r"\s*,\s*|\s+and\b\s*|\s*&\s*", re.I)
_GENERIC = re.compile(r"^(?:the )?(?:staff|wires?|news|(?:news|wire) services?|agency|agencies)$", re.I)


def reports_credit(text: str, wires: Registry) -> tuple[bool, str | None]:
    """Whether `text` is such a credit line, and the first registry wire it names (None for
    'From wire reports'). Every name between 'from' and 'reports' must be a wire of the registry
    or a generic word ('staff', 'wire'): 'From police reports' is the text's own."""
    line = " ".join(text.split())
    match = _REPORTS.match(line) if len(line) <= REPORTS_MAX_CHARS else None
    if match is None:
        return False, None
    found: list[str] = []
    for name in filter(None, _SPLIT.split(match.group("who"))):
        wire = wires.name(name.removeprefix("the ").removeprefix("The "), any_case=True)
        if wire is not None:
            found.append(wire)
        elif not _GENERIC.match(name):
            return False, None
    return True, (found[0] if found else None)
