"""An office named as a source with its holder's name right after it: the holder is the source.

"According to the Slovenian Prime Minister, Robert Golob: ..." reads "Slovenian Prime Minister"
as the source, a label the sentence does not print as a name. When the name read after a
trigger is only an office (its words offices of `claim_roles` or titles, after the country or
people that holds it) and the sentence goes on with a comma and a person's name in full (two
capitalised words or more, the apposition), that name is the source instead. An office with no
name after it is left as read ("according to the country's interim Prime Minister").

Cost: one look at the words of the name read and at the few words after it, per attribution
found: constant per attribution.
"""

from __future__ import annotations

import re

from generator.analysis.attribution_names import TITLES
from generator.analysis.claim_roles import role_words
from generator.analysis.places import places

# ", Robert Golob" after the office: capitalised words up to the clause's end.
_HOLDER = re.compile(r"\s*,\s+((?:[A-Z][\w'’.-]*)(?:\s+[A-Z][\w'’.-]*){1,3})(?=\s*(?:[,:;.!?)]|$))")


def office_only(name: str) -> bool:
    """True when `name` is an office and nothing else ("Prime Minister", "Slovenian Prime
    Minister", "the Interior Minister"): no word of it a person's or an organisation's own."""
    words = [w for w in name.split() if w.casefold() != "the"]
    while words and places(words[:1]):
        words = words[1:]  # the country or people holding the office
    offices = role_words()
    return bool(words) and all(w.casefold() in offices or w.casefold() in TITLES for w in words)


def holder(text: str, end: int) -> str | None:
    """The person's name in apposition right after an office ending at `end` in `text`
    (", Robert Golob:"), or None."""
    match = _HOLDER.match(text, end)
    if match is None:
        return None
    name = match.group(1).rstrip(".")
    if any(w.casefold() in role_words() for w in name.split()):
        return None  # another office, not its holder
    return name
