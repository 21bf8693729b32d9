"""Whether the one who "told" a newsroom is an unnamed person the page cannot print: "a person
familiar with the situation told The Associated Press", "people familiar with the matter told
X", "a source close to the inquiry told X".

When the speaker reader (`attribution_names._speaker`) reads no speaker there, the line would
be "Spoke to X": a newsroom credited with the words of nobody the page can name. It is not
shown. A speaker is such an unnamed person when the clause before "told" holds a word for one
(`ANONYMOUS`: "person", "official", "sources", ...) and no capitalised word but an opening
determiner: a capitalised word names whom it speaks for ("a U.S. official", "Italian fire
service officials", "a source close to the President") and is kept. A speaker the reader does
read ("An official told Reuters") keeps its line: the label prints who spoke.

Cost: one look back from the trigger to its clause's start (`attribution_names.clause_before`,
at most 240 characters) and one set lookup per word of that clause, per "told" found with no
speaker read.
"""

from __future__ import annotations

from generator.analysis.attribution_names import clause_before

# Words for a person whom a sentence does not name (the "told" trigger is English).
_ANONYMOUS_TEXT = """
    person persons people source sources official officials someone somebody individual
    individuals insider insiders
"""
ANONYMOUS = frozenset(_ANONYMOUS_TEXT.split())
# Words that may open the clause, capitalised at a sentence's start: they name nobody.
_OPENING_TEXT = "a an one two three four several some many other another the"
_OPENING = frozenset(_OPENING_TEXT.split())


def anonymous_speaker(text: str, start: int) -> bool:
    """True when the clause before the trigger at `start` ("told") is an unnamed person's
    description and nothing more: a word of `ANONYMOUS` and no capitalised word but an opening
    determiner ("A person familiar with the situation", "Officials")."""
    words = [w.strip("\"“”‘’'()") for w in clause_before(text, start).split()]
    words = [w for w in words if w]
    if not words:
        return False
    if not any(w.casefold() in ANONYMOUS for w in words):
        return False
    first = words[0].casefold()
    rest = words[1:] if first in _OPENING or first in ANONYMOUS else words
    return not any(w[:1].isupper() for w in rest)
