"""Words by which a sentence says that something did not happen, is absent or was undone: "no
group has claimed the attack", "nobody was hurt", "has yet to be found", "without power",
"denied", "called off". Evidence must carry such a cue exactly when its key point does: "there
were no immediate claims of responsibility" is no evidence that a group claimed the attack, and
a point saying "no contact was made" is not evidenced by "there have been contacts".

This is a gate against a class, not a reading: it does not ask which verb the cue negates (that
is `claim_negated.negated`, which reads only a negation followed by its verb) nor whether the two
sides negate the same thing. It only asks that a cue stands over what the two texts share:

- a cue is a word of `CUES` (a negation or a quantifier of none: "no", "never", "without",
  "yet to", "too risky to", "kein", "sans", "ningún") or of `UNDONE` (a word that says something
  was undone or refused: "denied", "unclaimed", "called off", "suspended");
- a cue in the sentence counts when one of the point's content words stands within `NEAR` words
  of it in its clause: after it up to a clause mark, before it back to a clause mark or a clause
  join (`JOINS`: "could not be revived by medics, the prison service said" and "lost
  consciousness and could not be revived" negate nothing of "he lost consciousness after a
  walk"; "zu dem Anschlag bekannte sich keine Gruppe" negates the claim);
- a cue of `CUES` in the point counts anywhere (a point is one short claim) and asks for one in
  the sentence; a point's word of `UNDONE` only answers the sentence's (the undone is said in
  too many words: "lost power" is "cut power");
- a cue of `NOT_ABSENT` counts never: "without elaborating" says that the source said no more,
  "not only" and "no fewer than 20" that something is there.

A cue is never a contradiction: it refuses evidence and raises no warning (warnings need a
certain contradiction: `claims.differences`). Lists are data, per language: whole words or
phrases, matched case-blind on word boundaries. Cost: one regular-expression scan per text and
one token look-up per word in each cue's scope.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

from generator.analysis.similarity import tokens

NEAR = 6  # words either side of a sentence's cue, in its clause, in which a point's word must stand

CUES = {
    "en": r"not|cannot|never|no|none|nobody|nothing|neither|nor|without|no[\s-]one|yet\s+to"
    r"|(?:fail|declin|refus|tr(?:y|ie)|attempt)(?:s|e|es|ed|ing)?\s+to|sought\s+to|too\s+\w+\s+to"
    r"|absence|lack(?:s|ed|ing)?|\w+n[’']t",
    "de": r"nicht|kein\w*|nie|niemals|niemand|nichts|ohne|weder",
    "fr": r"ne|pas|aucun\w*|jamais|rien|sans|ni|nul(?:le)?",
    "es": r"no|ningun\w*|ningún|nadie|nada|nunca|jamás|sin|ni|tampoco",
    "it": r"non|nessun\w*|niente|nulla|mai|senza|né",
    "nl": r"niet|geen|niemand|niets|nooit|zonder|noch",
    "pt": r"não|nenhum\w*|ninguém|nada|nunca|jamais|sem|nem",
}
UNDONE = {
    "en": r"den(?:y|ies|ied|ying)|unclaimed|cancel(?:l?ed|s|l?ing)?|called\s+off|ruled\s+out|scrapped"
    r"|halt(?:s|ed)?|suspend(?:s|ed)?|stopped|abandon(?:s|ed)?|postponed",
    "de": r"dementier\w*|bestr(?:eitet|itt|itten)|abgesagt|ausgeschlossen|unbestätigt",
    "fr": r"démen\w*|nié\w*|nie|annul\w*|exclu\w*",
    "es": r"neg(?:ó|aron|ado)|desmin\w*|cancela\w*|descart\w*",
    "it": r"negat\w*|smentit\w*|annullat\w*|esclus\w*",
    "nl": r"ontk\w*|afgelast|geannuleerd|uitgesloten",
    "pt": r"neg(?:ou|aram|ado)|desmen\w*|cancelad\w*|descart\w*",
}
# Cues that say nothing is absent: "without" and its like before a verb of telling (the source
# said no more: "without elaborating", "sans préciser"), "not only", and a bound on a figure ("no
# fewer than 20"), and a number sign ("colony No. 3").
NOT_ABSENT = {
    "en": r"without\s+(?:immediately\s+|further\s+)?(?:elaborat|detail|comment|explain|specify|giving|"
    r"providing|revealing|offering|citing|saying|identifying|naming)\w*"
    r"|not\s+(?:only|least)|no\s+(?:doubt|later|earlier|fewer|less|more)\s+than|no\s+doubt|no\.(?=\s*\d)",
    "de": r"ohne\s+(?:(?:nähere|weitere)\s+\w+|details?|einzelheiten|\w+\s+zu\s+nennen)|nicht\s+nur"
    r"|nicht\s+weniger\s+als",
    "fr": r"sans\s+(?:préciser|donner|détailler|commenter|plus\s+de\s+(?:détails|précisions))"
    r"|non\s+seulement|pas\s+moins\s+de",
    "es": r"sin\s+(?:precisar|dar\s+detalles|detallar|especificar|ofrecer)|no\s+s[oó]lo|no\s+menos\s+de",
    "it": r"senza\s+(?:precisare|fornire|dettagliare|specificare)|non\s+solo|non\s+meno\s+di",
    "nl": r"zonder\s+(?:details|verdere|toe\s+te\s+lichten)|niet\s+alleen|niet\s+minder\s+dan",
    "pt": r"sem\s+(?:precisar|dar\s+detalhes|detalhar|especificar)|não\s+(?:só|apenas)|não\s+menos\s+de",
}
# Words that join two clauses: a cue's clause does not reach back past one ("lost consciousness
# and could not be revived" says nothing of losing consciousness).
JOINS = {
    "en": frozenset(["and", "but", "or", "while", "whereas"]),
    "de": frozenset(["und", "aber", "oder", "doch", "während"]),
    "fr": frozenset(["et", "mais", "ou"]),
    "es": frozenset(["y", "e", "pero", "o", "u"]),
    "it": frozenset(["e", "ed", "ma", "o"]),
    "nl": frozenset(["en", "maar", "of"]),
    "pt": frozenset(["e", "mas", "ou"]),
}
CLAUSE_MARKS = ',;:—–()"“”'
_WORD = re.compile(r"\S+")


@cache
def _pattern(language: str) -> re.Pattern[str] | None:
    if language not in CUES:
        return None
    return re.compile(
        rf"(?<!\w)(?:(?P<not_absent>{NOT_ABSENT[language]})|(?P<negation>{CUES[language]})|{UNDONE[language]})(?![\w-])",
        re.IGNORECASE,
    )


def _ends_clause(word: str) -> bool:
    return word[-1:] in CLAUSE_MARKS or word[-1:] in ".!?"


def _scope(words: list[str], first: int, last: int, language: str) -> list[str]:
    """The words of the cue's clause within `NEAR` words of the cue (`first` to `last`): after
    it up to a clause mark, before it back to a clause mark or a clause join ("and", "but")."""
    after: list[str] = []
    n = last
    while n + 1 < len(words) and len(after) < NEAR and not _ends_clause(words[n]):
        n += 1
        after.append(words[n])
    before: list[str] = []
    joins = JOINS.get(language, frozenset())
    n = first - 1
    while n >= 0 and len(before) < NEAR and not _ends_clause(words[n]) and words[n].lower() not in joins:
        before.append(words[n])
        n -= 1
    return after + before


def absence(
    text: str, language: str, shared: frozenset[str] | None = None, negations: bool = False
) -> str | None:
    """The first cue of `text` as written, or None (also for a language without lists). With
    `shared` (content words), only a cue standing over one of them counts; with `negations`,
    only a cue of `CUES` (see the module's doc)."""
    cue = _pattern(language)
    if cue is None:
        return None
    spans = [m.span() for m in _WORD.finditer(text)]
    starts = [start for start, _ in spans]
    words = [text[start:stop] for start, stop in spans]
    for found in cue.finditer(text):
        if found.group("not_absent") or (negations and not found.group("negation")):
            continue
        if shared is None:
            return found.group(0)
        first = bisect_right(starts, found.start()) - 1  # the word the cue starts in
        last = bisect_right(starts, found.end() - 1) - 1  # ...and the one it ends in
        scope = _scope(words, first, last, language)
        if any(shared.intersection(tokens(word, language)) for word in scope):
            return found.group(0)
    return None


def unmatched_absence(point: str, sentence: str, language: str) -> tuple[str, str] | None:
    """(the point's cue, the sentence's cue) when one of the two says that something the other
    states is absent or undone; the other side is "". None when both do or neither does.

    A point's word of `UNDONE` answers a sentence's ("suspended" and "called off"), but does not
    demand one: what was undone is said in many more words than these ("lost power" is "cut
    power", "halted" is "paused"), which are no negation."""
    in_sentence = absence(sentence, language, frozenset(tokens(point, language)))
    if in_sentence is not None:
        return None if absence(point, language) is not None else ("", in_sentence)
    in_point = absence(point, language, negations=True)
    return None if in_point is None else (in_point, "")
