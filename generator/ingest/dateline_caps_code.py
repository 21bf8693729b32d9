"""A print dateline: a place in capitals, then in brackets the code of whoever filed it (a
reporter's or a desk's initials, perhaps a wire with its desk: '(mm)', '(VP/EP)', '(dpa/lno)'),
then perhaps a full stop, and the text with no dash ('SCHÖNAU (mm). Überlegungen ...', 'VALLE
ALTA (AB/CD). El consejo ...'), as German and Spanish papers print it. A wire of the registry
among the codes is the `via`; initials are no credit.

An acronym in capitals reads like a place ('UNICEF (ONU). El organismo ...', 'FIFA (ES). La
...'), so a lone code is read only as lower-case initials ('(mm)') or a wire as the registry
prints it ('(dpa)'); initials in capitals only beside another code ('(VP/EP)'). A code that
spells a wire in another case than the wire's own ('NASA (ap). The agency ...') is neither.

Bound: one anchored regex match on the paragraph's first characters (the place three words in
capitals, the codes three of at most five letters), linear; two registry look-ups per code.
"""

from __future__ import annotations

import re

from generator.ingest.dateline_forms import FILER_CODE, LABEL
from generator.ingest.shapes import PARAGRAPH_WORDS, word_count
from generator.model.wires import Registry

_CAPS_CODE = re.compile(
    r"^(?P<place>[A-ZÀ-Þ]{3,}(?:[ /-][A-ZÀ-Þ]{2,}){0,2})\s+"
    r"\((?P<code>[A-Za-z]{2,5}(?:/[A-Za-z]{2,5}){0,2})\)\.?\s+"
    r"(?=[A-ZÀ-Þ\"“„«¿¡][a-zà-ÿ])"
)


def caps_code_dateline(text: str, wires: Registry) -> tuple[re.Match[str], str, str | None] | None:
    """The match, the place and the wire (None for initials) of such a dateline opening `text`,
    or None: the codes as the module reads them, the place neither a label nor a wire's name,
    and a paragraph's words after it."""
    match = _CAPS_CODE.match(text)
    if match is None:
        return None
    place, rest = match.group("place"), text[match.end() :]
    if LABEL.match(place) or wires.name(place, any_case=True) is not None:
        return None
    if word_count(rest) < PARAGRAPH_WORDS:
        return None  # a paragraph opens under it, not a caption's few words
    codes = match.group("code").split("/")
    wire = None
    for code in codes:
        named = wires.name(code)
        if named is None and (wires.name(code, any_case=True) is not None or not FILER_CODE.fullmatch(code)):
            return None  # 'Mmmm': a word, not a code; '(ap)': a wire in another case
        if named is None and len(codes) == 1 and not code.islower():
            return None  # 'UNICEF (ONU)': a lone code in capitals, an acronym's aside
        wire = wire or named
    return match, place, wire
