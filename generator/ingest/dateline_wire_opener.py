"""A dateline whose punctuation the copy lost: a wire's name as the registry prints it, the
place, and the text's first sentence opening with an article, all on one line ('EFE Puerto Ellis
El consejo ...', 'AFP Havenstad Le port ...'). The article is what tells where the place ends;
without one ('AFP Havenstad port ...') nothing is read.

Bound: one anchored regex match on the paragraph's first characters (one of the registry's
spellings, the place three words), linear; two registry look-ups.
"""

from __future__ import annotations

import re
from functools import cache

from generator.ingest.dateline_forms import LABEL
from generator.ingest.shapes import PARAGRAPH_WORDS, word_count
from generator.model.wires import Registry

_WORD = r"[A-ZÀ-Þ][a-zà-ÿ'’.]+(?:-[A-ZÀ-Þ]?[a-zà-ÿ'’.]+)*"
_PARTICLE = r"(?:de|del|da|do|di|la|le|am|an|van|sur)"
_ARTICLE = (  # the article opening the text's first sentence, in the languages ingest reads
    r"(?:The|A|An|Der|Die|Das|Ein|Eine|Le|La|Les|L['’]|Un|Une|El|Los|Las|Il|Lo|Gli|De|Het|Een|O|Os|As|Um|Uma)"
)


@cache
def _opener(wires: Registry) -> re.Pattern[str]:
    spellings = "|".join(map(re.escape, wires.spellings()))  # longest first
    return re.compile(
        rf"^(?P<wire>{spellings})\s+(?P<place>(?!{_ARTICLE}\s){_WORD}(?: (?:{_PARTICLE} )?{_WORD}){{0,2}})\s+"
        rf"(?={_ARTICLE}(?:\s+|(?<=['’]))[^\W\d_])"
    )


def wire_place_opener(text: str, wires: Registry) -> re.Match[str] | None:
    """The match ('wire', 'place') of such a dateline opening `text`, or None: the wire one of
    the registry in its printed case, the place neither a wire's name nor a label, and a
    paragraph's words after it."""
    match = _opener(wires).match(text)
    if (
        match is None
        or wires.name(match.group("wire")) is None
        or wires.name(match.group("place"), any_case=True) is not None
        or LABEL.match(match.group("place"))
        or word_count(text[match.end() :]) < PARAGRAPH_WORDS
    ):
        return None
    return match
