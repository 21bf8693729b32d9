"""Datelines whose credit stands beside the place with no brackets round the pair: the credit
after the place's dash, in brackets ('HAVENSTAD - (dpa) Die ...', 'Havenstad – (TV4) Op ...'),
or a wire's bare name after the place, before a bar ('HAVENSTAD/ELLIS dpa | Die ...').

A credit in brackets after the dash is a wire of the registry (the via) or an outlet's short
code of capitals with a figure ('TV4': taken off with the place, no via; never a word in
capitals alone, a party's or a label's: '(SPD)', '(UPDATE)', '(VIDEO)'); a bare name before a
bar is a wire of the registry as it prints it, the place no wire's name. Running text of a
paragraph's length follows either.

Bound: two anchored regex matches on the paragraph's first characters, linear.
"""

from __future__ import annotations

import re

from generator.ingest.credit_names import registry_wire
from generator.ingest.dateline_forms import LABEL
from generator.ingest.shapes import DASH, PARAGRAPH_WORDS, word_count
from generator.model.wires import Registry

_WORD = r"[A-ZÀ-Þ][\w.'’-]*"
_PARTICLE = r"(?:de|del|da|do|di|la|le|am|an|van|aan|den|sur|upon|on)"
_PLACES = rf"(?P<place>{_WORD}(?:[ /-](?:{_PARTICLE} )?{_WORD}){{0,3}})"
_OPENS = r"(?=[A-ZÀ-Þ\"“‘'«„¿¡])"
_DASH_CREDIT = re.compile(rf"^{_PLACES}\s+{DASH}\s+\((?P<wire>[^()]{{2,30}})\)\s+{_OPENS}")
_WIRE_BAR = re.compile(rf"^{_PLACES}\s+(?P<wire>[^\W\d][\w&.’-]{{1,15}})\s*\|\s*{_OPENS}")
_CODE = re.compile(r"^(?=[A-Z]*\d)[A-Z][A-Z0-9]{1,7}$")  # an outlet's code with a figure: 'TV4'


def credit_dateline(text: str, wires: Registry) -> tuple[re.Match[str], str, str | None] | None:
    """The match, the place and the wire (None for an outlet's code) of a dateline of the module's
    forms opening `text`, or None."""
    match = _DASH_CREDIT.match(text)
    if match is not None and word_count(text[match.end() :]) >= PARAGRAPH_WORDS:
        wire = registry_wire(match.group("wire"), wires)
        code = match.group("wire").strip()
        if wire is not None or (_CODE.match(code) and not LABEL.match(code)):
            return match, match.group("place").strip(), wire
    match = _WIRE_BAR.match(text)
    if (
        match is not None
        and (wire := wires.name(match.group("wire"))) is not None
        and wires.name(match.group("place"), any_case=True) is None
        and word_count(text[match.end() :]) >= PARAGRAPH_WORDS
    ):
        return match, match.group("place").strip(), wire
    return None
