"""Words that undo an event or a statement: called off, postponed, denied, rejected, suspended.

A sentence can share every name, figure and place of a key point and still say the event did
not happen as the point says: "the opposition cancelled its planned protest" against "the
opposition went ahead with its planned protest", "the ministry denied the report" against "the
ministry confirmed the report". Pairing each verb with its opposite ("went ahead" / "called
off", "held" / "scrapped", "confirmed" / "dismissed") cannot be complete, on stories and in
languages nobody listed. What can be listed is the small class of words that undo: a sentence
and a point that do not use the same senses of that class (`REVERSALS`: called off, postponed,
denied, rejected, suspended) do not say the same thing, whatever the rest of their words, and
the sentence is no evidence of the point. Precision first: a sentence mentioning an incidental
denial ("Moscow denied any role") is then no evidence of a point that does not; the page says
that no sentence closely supports the point.

The words are data, per language, one regular expression per sense (matched case-blind on word
boundaries; German participles and nouns only, its separable verbs "sagte ... ab" being two
words apart). Cost: one search per sense per sentence read.
"""

from __future__ import annotations

import re
from functools import cache

# Per language, the senses that undo an event or a statement, each one pattern.
REVERSALS: dict[str, dict[str, str]] = {
    "en": {
        "called off": r"cancel\w*|call(?:s|ed|ing)?\s+off|scrap(?:s|ped|ping)?|abandon(?:s|ed|ing)?"
        r"|scuttled?|axed",
        "postponed": r"postpon\w*|put\s+off|adjourn\w*|deferr?(?:s|ed|ing)?|rescheduled?",
        "denied": r"den(?:y|ies|ied|ying|ial|ials)|refut\w*|dismiss(?:es|ed|ing)?|disput(?:e|es|ed|ing)",
        "rejected": r"reject\w*|refus(?:e|es|ed|ing|al)|turn(?:s|ed|ing)?\s+down|veto(?:es|ed|ing)?",
        "suspended": r"suspend(?:s|ed|ing)?|suspension|halt(?:s|ed|ing)?",
    },
    "de": {
        "called off": r"abgesagt\w*|absage\w*|abgebrochen\w*|storniert\w*|annulliert\w*",
        "postponed": r"verschoben\w*|verschieb\w*|vertagt\w*",
        "denied": r"dementi\w*|bestritt\w*|bestritten\w*|bestreit\w*|zurückgewiesen\w*",
        "rejected": r"abgelehnt\w*|ablehn\w*|verweigert\w*|verworfen\w*",
        "suspended": r"ausgesetzt\w*|gestoppt\w*|eingestellt\w*",
    },
    "fr": {
        "called off": r"annul\w*|abandonn\w*",
        "postponed": r"report(?:é|ée|és|ées)|ajourn\w*",
        "denied": r"dément\w*|démenti\w*|ni(?:é|ée|és|ées|ent)|contest(?:é|ée|és|ées|e|ent)",
        "rejected": r"rejet\w*|rejeté\w*|refus\w*",
        "suspended": r"suspend\w*|suspension",
    },
    "es": {
        "called off": r"cancel\w*|anul(?:ó|aron|ado|ada|ados|adas)",
        "postponed": r"aplaz\w*|pospu\w*|pospon\w*",
        "denied": r"neg(?:ó|aron)|desment\w*|desmint\w*",
        "rejected": r"rechaz\w*",
        "suspended": r"suspend(?:ió|ieron)|suspendid\w*",
    },
    "it": {
        "called off": r"annullat\w*|cancellat\w*",
        "postponed": r"rinviat\w*|rimandat\w*",
        "denied": r"smentit\w*|smentisc\w*|negat[oaie]",
        "rejected": r"respint\w*|rifiutat\w*",
        "suspended": r"sospes[oaie]",
    },
    "nl": {
        "called off": r"afgelast\w*|geannuleerd\w*",
        "postponed": r"uitgesteld\w*",
        "denied": r"ontken\w*",
        "rejected": r"verworpen|afgewezen",
        "suspended": r"opgeschort\w*",
    },
    "pt": {
        "called off": r"cancel\w*",
        "postponed": r"adiad\w*|adiou",
        "denied": r"neg(?:ou|aram)|desment\w*",
        "rejected": r"rejeit\w*|recus\w*",
        "suspended": r"suspens[oa]s?|suspend(?:eu|eram)",
    },
}


@cache
def _patterns(language: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple(
        (sense, re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE))
        for sense, pattern in REVERSALS.get(language, {}).items()
    )


def reversals(text: str, language: str) -> dict[str, str]:
    """Each sense of `REVERSALS` that `text` uses, with its first word as written (none for a
    language without a list)."""
    found = {}
    for sense, pattern in _patterns(language):
        match = pattern.search(text)
        if match:
            found[sense] = match.group(0)
    return found


def reversed_sense(point: str, sentence: str, language: str) -> tuple[str, str] | None:
    """(the point's word, the sentence's word) of the first sense that one of them uses and the
    other does not ('' on the side without it), or None when they use the same senses."""
    mine, theirs = reversals(point, language), reversals(sentence, language)
    for sense in REVERSALS.get(language, {}):
        if (sense in mine) != (sense in theirs):
            return mine.get(sense, ""), theirs.get(sense, "")
    return None
