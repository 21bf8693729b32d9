"""Verbs of saying in a sentence: whether it gives several sources' claims (`several_speakers`),
and whether someone in it said what a carrier published (`_speaker_said`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

# Verbs of saying, in the languages the patterns read: a sentence with two of them or more
# gives several sources' claims (`several_speakers`).
_SAYING_WORDS = (
    r"said|says|reported|reports|told|stated|announced|according\s+to|estimated|put\s+it"
    r"|sagte|sagten|berichtete\w*|teilte\w*|laut|zufolge"
    r"|a\s+déclaré|a\s+indiqué|a\s+annoncé|a\s+rapporté|selon|ont\s+déclaré"
    r"|dijo|dijeron|informó|según|ha\s+dicho|ha\s+detto|secondo|riferito"
    r"|zei|zeiden|volgens|disse|disseram|informou|segundo"
)
SAYING = re.compile(r"\b(?:" + _SAYING_WORDS + r")\b", re.IGNORECASE)


# Each verb of saying holds its longest run of ASCII letters ('clar' of 'a déclaré'), in lower
# case once the text is: two verbs, so two places where a run starts. Only four characters
# besides ASCII letters match an ASCII letter under `re.IGNORECASE` ('İ', 'ı', 'ſ', the Kelvin
# sign: `str.lower` leaves them or makes two characters of one); a text holding one is not
# screened so.
_CASE_ODD = re.compile("[\u0130\u0131\u017f\u212a]")


def _runs_pattern(alternatives: Sequence[str]) -> str:
    """The longest run of ASCII letters of each alternative, grouped by first letter (the
    regular expression then tries one group a place, not every run). An alternative must be
    letters, `\\s+` and `\\w*` only (other syntax could make a run optional) and hold an
    ASCII letter (else a sentence could hold the verb and none of the runs)."""
    runs = set()
    for alternative in alternatives:
        found = re.findall(r"[a-z]+", re.sub(r"\\[sw][+*]", " ", alternative))
        if not found or not re.fullmatch(r"(?:[^\W\d_]|\\s\+|\\w\*)+", alternative):
            raise ValueError(
                f"verb of saying {alternative!r}: several_speakers' screen needs letters, '\\s+' and "
                "'\\w*' only, with an ASCII letter (else drop the screen)"
            )
        runs.add(max(found, key=len))
    groups: dict[str, list[str]] = {}
    for run in sorted(runs):
        groups.setdefault(run[0], []).append(run[1:])
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items())


_SAYING_RUNS = re.compile(_runs_pattern(_SAYING_WORDS.split("|")))


# A verb of saying in the passive gives no speaker ("Fico was reported to have been shot").
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being|wird|wurde|est|fue)\s+$", re.IGNORECASE)
# Joins between two clauses that each say something of their own ("..., while", "; ", "but").
_JOINED = re.compile(
    r",?\s+(?:while|whereas|but|and|während|aber|alors\s+que|tandis\s+que|mais|mientras|pero|mentre|terwijl|enquanto)\s+|;",
    re.IGNORECASE,
)


def _speaker_said(text: str, match: re.Match[str]) -> bool:
    """True when `text` has a verb of saying (`SAYING`) before the trigger `match`, not in the
    passive: someone in the sentence said what it quotes, and the name after "by" only carried
    it ("said Cardinal X in the statement published by the Vatican"). A verb after it is the
    carried source's own ("Security services quoted by Interfax said": Interfax reported)."""
    return any(not _PASSIVE.search(text, 0, m.start()) for m in SAYING.finditer(text, 0, match.start()))


def several_speakers(text: str) -> bool:
    """True when a sentence has two verbs of saying or more (`SAYING`): 'China said 6.2, while
    the survey reported 5.9 and the centre said 6.1'. Which of its claims is whose cannot be
    shown from one name, so none of its attributions is."""
    if text.isascii() or _CASE_ODD.search(text) is None:
        lower = text.lower()
        first = _SAYING_RUNS.search(lower)
        if first is None or _SAYING_RUNS.search(lower, first.start() + 1) is None:
            return False  # fewer than two verbs of saying (most sentences): two quick scans
    said = [m.start() for m in SAYING.finditer(text) if not _PASSIVE.search(text, 0, m.start())]
    return any(_JOINED.search(text, first, second) for first, second in pairwise(said))
