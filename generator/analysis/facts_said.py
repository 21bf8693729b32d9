"""A sentence saying only who said the sentence before it ("Das teilte X mit.", "This was
announced by X.", "So said X."): it names a source, not a fact of the story.

Its shape, in every language the patterns read: a word pointing back to what was said ("das",
"this", "so", "lo") opens the sentence, a verb of saying (`attribution_saying.SAYING`) follows
at once or after one auxiliary ("was", "wurde", "ha"), and neither a clause of what was said
("that", "dass", "que") nor a comma ("That said, ...", "So according to X, ...") follows
it: what is said is the sentence before, so the sentence alone is no fact every newsroom
carries, whoever else names the same source.

Cost: one regular-expression search and a few set lookups per sentence tested.
"""

from __future__ import annotations

import re

from generator.analysis.attribution_saying import SAYING

# Words pointing back to what was said, as the object (or passive subject) of the verb.
_POINTING_TEXT = """
    das dies dieses this that so thus lo eso esto ello ça cela ceci dat dit isso isto ciò
"""
POINTING = frozenset(_POINTING_TEXT.split())

# One auxiliary may stand between the pointing word and the verb ("This was announced").
_AUXILIARY_TEXT = """
    was is has had were been wurde wird hat hatte ha había fue a été est werd heeft è
"""
AUXILIARIES = frozenset(_AUXILIARY_TEXT.split())

# A clause of what was said, after the verb: then the sentence gives a fact of its own.
_CLAUSE_TEXT = "that dass daß que qu dat che"
CLAUSE = frozenset(_CLAUSE_TEXT.split())

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def says_only_who(text: str) -> bool:
    """True when `text` only says who said what the sentence before it says (see module)."""
    found = [(m.start(), m.group(0).lower()) for m in _WORD.finditer(text)]
    if len(found) < 2 or found[0][1] not in POINTING:
        return False
    verb = SAYING.search(text, found[1][0])
    if verb is None:
        return False
    between = [word for start, word in found[1:] if start < verb.start()]
    if len(between) > 1 or any(word not in AUXILIARIES for word in between):
        return False
    if any(mark in text[verb.end() :] for mark in ",;:"):
        return False  # "That said, ...", "So according to X, ...": a fact follows
    return not any(word in CLAUSE for start, word in found if start >= verb.end())
