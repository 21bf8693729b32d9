"""Attributions found in the articles' own words: who a story's articles credit, and how.

Each pattern is a trigger ("according to", "reported", "told", "laut", ...) and the side its
source stands on; `sources_named` says whether the phrase there names a source (a known wire
or outlet, or a proper name) and which. Kinds:

- `first_reported`: "X first reported", "X was the first to report", "X broke the story",
  "first reported by X"; "not first reported by A but by B" credits B;
- `reported`: "X reported", "as X reported", "reported by X", "quoted by X", "the X news
  agency reported"; "X said" only when X is a news organisation; other languages' verbs
  ("berichtete", "informou", "a rapporté", ...);
- `according_to`: "according to X", "laut X", "X zufolge", "selon X", "según X", ...;
- `citing`: "citing X", "unter Berufung auf X";
- `told`: "an official told Reuters": the source spoke to X, which must be a news
  organisation; X is not credited when it is the article's own newsroom (its own reporting);
  a country owning the outlet is not X ("told Iran's state television": the whole phrase is,
  or the outlet's name after it, "told Russia's RIA Novosti news agency");
- `interview`: "in an interview with X".

A negated pattern credits nothing ("X did not report", "not first reported by A"). Only
sentences about the story count (`story_relevance`). Mentions of the same kind naming the same
source (however spelt: 'AP', 'the Associated Press') are one attribution; "first reported"
claims naming different sources are one `Conflict`, each claim with its quotes. A name the
sentence splitter cut at a dot inside it ("News.Az reports" split after "News.") is read whole,
from the body's line (`_unglued`).

Cost: the words the patterns need are looked for in each article's text (C-level substring
searches); a sentence is matched only with the patterns whose words its article holds, and
only the attributions found are scored for relevance. Linear in the story's text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import accumulate, count, pairwise, takewhile
from operator import add
from typing import NamedTuple

from generator.analysis.claim_roles import role_words
from generator.analysis.corpus import Corpus
from generator.analysis.language import UNKNOWN
from generator.analysis.own_outlet import fold, signed_names
from generator.analysis.places import places
from generator.analysis.sentences import Sentence
from generator.analysis.sources_named import (
    DESCRIBING,
    DESCRIPTORS,
    NEWS_NAME_WORDS,
    OUTLET_ADJECTIVES,
    KnownSources,
    Named,
    english,
    foreign,
    generic,
    person_like,
)
from generator.analysis.story_relevance import Relevance
from generator.model.analysis import Attribution, Conflict, Coverage, PointEvidence, Quote
from generator.model.site import Article, Briefing, Outlet
from generator.model.wires import Registry

BEFORE, AFTER = "before", "after"  # the side of the trigger the source's name stands on


@dataclass(frozen=True)
class Pattern:
    """One way of attributing: the kind, the side of the name, words one of which the sentence
    must hold (lower case), the trigger, whether the name is read as English, and whether the
    name must be a news organisation (a known wire or outlet, or named with a descriptor)."""

    kind: str
    side: str
    needed: tuple[str, ...]
    trigger: re.Pattern[str]
    english: bool = True
    newsroom_only: bool = False
    speaker: bool = False  # with `newsroom_only`: a name that is no newsroom's may be a speaker's
    # "reported/published by X": X carried words; in a sentence where someone says them
    # (`_speaker_said`), X is no source of them.
    carrier: bool = False
    # The trigger without its opening `\b`: `re` skips ahead to a literal opening a pattern
    # (2.4 us -> 0.5 us a 150-character sentence), never past a `\b`. Where it first matches
    # is where the trigger's matches can start from (`_find`).
    opening: re.Pattern[str] | None = None


def _p(
    kind: str,
    side: str,
    needed: str,
    trigger: str,
    english: bool = True,
    newsroom: bool = False,
    speaker: bool = False,
    carrier: bool = False,
) -> Pattern:
    opening = re.compile(trigger.removeprefix(r"\b"))
    return Pattern(
        kind, side, tuple(needed.split()), re.compile(trigger), english, newsroom, speaker, carrier, opening
    )


# English patterns, then other languages' (per-language word lists: data, not code). Each
# trigger opens with a word, so that the regular expression engine finds it fast.
_FOREIGN_ACCORDING = "laut selon según secondo volgens segundo acordo ifølge enligt"
_FOREIGN_REPORTED = (
    "berichtete meldete schrieb informou informó rapporté riferito meldde melder meldte vahendas teatas"
)
PATTERNS: tuple[Pattern, ...] = (
    _p("first_reported", AFTER, "first", r"\bfirst\s+(?:reported|revealed|disclosed)\s+by\s+"),
    _p(
        "first_reported",
        BEFORE,
        "first",
        r"\b(?:first\s+(?:reported|broke|revealed|disclosed)|"
        r"was\s+(?:the\s+)?first\s+(?:outlet\s+|news\s+organi[sz]ation\s+)?to\s+(?:report|break|reveal))\b",
    ),
    _p("first_reported", BEFORE, "broke", r"\bbroke\s+the\s+(?:story|news)\b"),
    _p(
        "reported",
        AFTER,
        "reported quoted revealed disclosed published",
        r"\b(?:reported|quoted|revealed|disclosed|published)\s+by\s+",
        carrier=True,
    ),
    _p("according_to", AFTER, "according", r"\b[Aa]ccording\s+to\s+"),
    _p("citing", AFTER, "citing", r"\b[Cc]iting\s+"),
    _p("told", AFTER, "told", r"\btold\s+"),
    _p("interview", AFTER, "interview", r"\b[Ii]n\s+an?\s+(?:\w+\s+)?interview\s+(?:with|to)\s+"),
    # "X reported for the Associated Press": the reporter's newsroom is the source, not X.
    _p("reported", AFTER, "reported reporting", r"\b(?:reported|reporting)\s+for\s+", newsroom=True),
    _p("reported", BEFORE, "reported reports", r"\b(?:reported|reports)\b(?!\s+(?:by|for)\b)"),
    # "X said": a report when X is a news organisation, else a statement of X when X is a
    # speaker named in full ("Kira Yarmysh said", "said Han Shujun, a spokesperson": `_speaks`).
    _p("reported", BEFORE, "said says stated", r"\b(?:said|says|stated)\b", newsroom=True, speaker=True),
    _p("reported", AFTER, "said stated", r"\b(?:said|stated)\s+", newsroom=True, speaker=True),
    # German, French, Spanish, Italian, Dutch, Portuguese, Norwegian, Swedish, Hungarian, Estonian
    _p(
        "according_to",
        AFTER,
        _FOREIGN_ACCORDING,
        r"\b(?:[Ll]aut|[Ss]elon|[Ss]egún|[Ss]econdo|[Vv]olgens|[Ss]egundo|[Dd]e\s+acordo\s+com|[Ii]følge|[Ee]nligt)\s+",
        english=False,
    ),
    _p("according_to", BEFORE, "zufolge szerint", r"\b(?:zufolge|szerint)\b", english=False),
    _p(
        "reported",
        AFTER,
        _FOREIGN_REPORTED,
        r"\b(?:berichtete|meldete|schrieb|informou|informó|a\s+rapporté|ha\s+riferito|meldde|melder|"
        r"meldte|vahendas|teatas)\s+",
        english=False,
    ),
    _p(
        "reported",
        BEFORE,
        "berichtet berichtte " + _FOREIGN_REPORTED,
        r"\b(?:berichtete|berichtet|meldete|schrieb|informou|informó|a\s+rapporté|ha\s+riferito|"
        r"meldde|berichtte|melder|meldte)\b",
        english=False,
    ),
    _p("citing", AFTER, "berufung", r"\b[Uu]nter\s+Berufung\s+auf\s+", english=False),
)
# Every word a pattern needs: an article holding none of them is not read sentence by sentence.
_NEEDED = frozenset(w for p in PATTERNS for w in p.needed)
# Punctuation to spaces, so that a text's words are its white-space separated chunks.
_TO_SPACES = str.maketrans(dict.fromkeys(",.;:!?()[]{}\"'“”‘’„«»—–/", " "))
ORDER = ("first_reported", "reported", "according_to", "citing", "told", "interview")
# Lower-case words read after a recipient's first capitalised word for its kind ("Spanish public
# television station TVE": the name is the run after them).
RECIPIENT_KIND_WORDS = 4
CREDITS = ("first_reported", "reported")  # kinds that credit another newsroom with a report
# Kinds whose source spoke to the newsroom named: in that newsroom's own copy, its own reporting.
RECEIVED = ("told", "interview")
MAX_WORDS = 12  # a name is read from at most this many words next to its trigger
SPEAKER_WORDS = 2  # words of a speaker's name for "X said" to credit X (see `_speaks`)
_TITLES_TEXT = "sen. sen rep. rep dr. dr mr. mr mrs. mrs ms. ms gen. gen lt. col. sir dame"
TITLES = frozenset(_TITLES_TEXT.split())

# Where the phrase naming the source ends (after the trigger) or starts (before it).
_CLAUSE_MARKS = re.compile(r"[,;:()\[\]!?]|\s[-–—]+\s")
_CLAUSE_WORDS_TEXT = """
    that which who whom whose as when while where whether if because but and or since until than
    who's reportedly dass sich wonach als und aber que qui où e ma che og men és
"""
_CLAUSE_WORDS = frozenset(_CLAUSE_WORDS_TEXT.split())
# After a trigger a preposition ends the name's phrase too; before one it stays in the phrase,
# so that a name inside a prepositional phrase ('officials in Qinghai reported') is refused.
_PHRASE_ENDS_TEXT = (
    "on in at about after before during to from with via amid over under die am im beim vom zum zur"
)
_BOUNDARY_WORDS = _CLAUSE_WORDS | frozenset(_PHRASE_ENDS_TEXT.split())
_BETWEEN = frozenset(["has", "had", "have", "also", "later", "earlier", "then"])
_NEGATORS_TEXT = "not n't never no nicht kein keine pas ne non niet não nem nie ikke ei"
_NEGATORS = frozenset(_NEGATORS_TEXT.split())
_BUT = re.compile(r"\s*\bbut\s+(?:by\s+|rather\s+by\s+)?")
_SPEAKER = re.compile(
    r"(?P<speaker>(?:\b(?i:an?|the|two|three|four|five|several|some|\d+|one)\s+(?:[\w.’'-]+\s+){0,3}?"
    r"(?:officials?|sources?|spokes(?:man|woman|person)|diplomats?|ministers?|aides?|people|persons?|"
    r"residents?|witnesses|volunteers?))|(?:(?<=^)|(?<=,\s))(?i:sources|officials|witnesses|residents))"
    r"(?:,[^,]{1,60},)?\s+(?:also\s+)?$"
)
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
_TRAILING_DESCRIPTOR = re.compile(
    r"(?:\s+(?:" + "|".join(sorted(DESCRIPTORS, key=len, reverse=True)) + r"))+$"
)


class Found(NamedTuple):
    """What a story's articles credit: attributions, and first-report claims that disagree."""

    attributions: tuple[Attribution, ...]
    conflicts: tuple[Conflict, ...]


# The last word of a sentence cut at a dot inside a name ("News." of "News.Az").
_GLUED_TAIL = re.compile(r"(?:^|\s)([A-Z][\w-]*\.)$")


class Hit(NamedTuple):
    kind: str
    named: Named
    speaker: str | None


def _after(text: str, start: int) -> str:
    """The phrase after a trigger, up to where its clause or noun phrase ends."""
    rest = text[start:].rstrip()
    rest = rest[:-1] if rest.endswith(".") else rest
    mark = _CLAUSE_MARKS.search(rest)
    phrase = rest[: mark.start()] if mark else rest
    kept: list[str] = []
    for word in phrase.split()[:MAX_WORDS]:
        if kept and word.casefold() in _BOUNDARY_WORDS:
            break
        kept.append(word)
    return " ".join(kept)


def _before(text: str, end: int) -> str:
    """The phrase before a trigger, back to where its clause starts, without the auxiliaries
    and relative pronoun between the name and the verb ('X, which had first reported')."""
    head = text[max(0, end - 240) : end].rstrip()  # a name stands within a few words of its verb
    while True:
        last = head.rsplit(None, 1)
        if len(last) == 2 and last[1].casefold() in _BETWEEN:
            head = last[0].rstrip()
        elif len(last) == 2 and last[1].casefold() in ("which", "who") and last[0].endswith(","):
            head = last[0][:-1].rstrip()
        else:
            break
    marks = list(_CLAUSE_MARKS.finditer(head))
    phrase = head[marks[-1].end() :] if marks else head
    words = phrase.split()[-MAX_WORDS:]
    kept: list[str] = []
    for word in reversed(words):
        if kept and word.casefold() in _CLAUSE_WORDS and not word[:1].isupper():
            break
        kept.append(word)
    return " ".join(reversed(kept))


def _may_name_before(text: str, end: int, known: KnownSources) -> bool:
    """False when the word before a verb cannot end a source's name: most 'said' and
    'reported' follow a common noun ('officials said'), and are passed over at this cost."""
    words = text[max(0, end - 60) : end].split()
    while words and words[-1].casefold() in _BETWEEN:
        words.pop()
    if not words:
        return False
    last = words[-1].strip(",")
    return (
        not last[:1].islower()
        or last in DESCRIPTORS
        or last in ("which", "who")
        or last.casefold() in known.lower_case
    )


def _negated(text: str) -> bool:
    """True when a negation is among the words of `text` ('could not', "didn't", 'nicht')."""
    lowered = text.casefold().replace("’", "'")
    return "n't" in lowered or not _NEGATORS.isdisjoint(re.findall(r"[\w']+", lowered))


def _name(pattern: Pattern, phrase: str, known: KnownSources) -> tuple[str, Named] | None:
    """The kind of attribution and the source `phrase` names for `pattern`, or None: "X said"
    of a speaker is a statement, credited as "according to X"."""
    if phrase.islower() and known.lower_case.isdisjoint(phrase.split()):
        return None  # no capital: no name, unless a known wire written in lower case ('dpa')
    trailing = _TRAILING_DESCRIPTOR.search(phrase)
    described = trailing is not None
    if trailing is not None:
        phrase = phrase[: trailing.start()]
    if pattern.kind == "told":
        told = _recipient(phrase, known, described, trailing.group(0) if trailing is not None else "")
        return None if told is None else ("told", told)
    if pattern.english:
        found = english(phrase, known, after_descriptor=described)
    else:
        found = foreign(phrase, known, after_descriptor=described)
    if found is None:
        return None
    if (
        pattern.kind == "reported"
        and not pattern.newsroom_only
        and not (found.known or described or _news_named(phrase))
        and person_like(found.name)
    ):
        return None  # "Jim Heintz reported": a reporter, whose newsroom is the source, if named
    if pattern.newsroom_only and not (found.known or described or _news_named(phrase)):
        if not pattern.speaker or (pattern.side == AFTER and not phrase[:1].isupper()):
            return None  # "said that Yevgeny Prigozhin was on the list": the name is no speaker
        said = _statement(found.name, known)
        return None if said is None else ("according_to", said)
    if trailing is not None and not found.known and phrase.endswith(found.name):
        # The kind word printed after a name no list knows is part of it ('JOJ television').
        found = replace(found, name=found.name + trailing.group(0))
    return pattern.kind, found


def _statement(speaker: str | None, known: KnownSources) -> Named | None:
    """The speaker of a statement as a source, when named in full (`_speaks`), without a
    leading "The" ("The Federal Prison Service said") or title; else None."""
    if not speaker:
        return None
    name = _untitled(speaker.removeprefix("The "))
    named = Named(name, known.key(name), False)
    return named if _speaks(named) else None


def _untitled(name: str) -> str:
    """A speaker's name without the office or title before it ("President Vladimir Putin" ->
    "Vladimir Putin"; the offices of `claim_roles`, and `TITLES`)."""
    words = name.split()
    while len(words) > SPEAKER_WORDS:
        first = words[0].casefold()
        if first in TITLES or first in role_words():
            words = words[1:]
        elif words[1].casefold() in role_words() and places(words[:1]):
            words = words[1:]  # "Russian President Vladimir Putin": the country of an office
        else:
            break
    return " ".join(words)


def _speaks(named: Named) -> bool:
    """True when a statement's subject is a named speaker: a person's or an organisation's name
    of `SPEAKER_WORDS` capitalised words or more ("Kira Yarmysh", "Federal Prison Service"),
    not a place ("North Korea", "United States": a country's statement names no source; "China
    Earthquake Networks Center" holds one and is a speaker) and
    not a news organisation (the "X said" pattern of newsrooms credits those as reports).
    One word ("Navalny", "Kremlin") is too often the story's subject or a metonym."""
    words = named.name.split()
    if named.known or len(words) < SPEAKER_WORDS or is_news_name(named.name):
        return False
    if not all(w[:1].isupper() and w.strip(".'’-").isalpha() for w in words):
        return False
    if not role_words().isdisjoint(w.casefold() for w in words):
        return False  # "Foreign Minister": an office without its holder's name
    return not _a_place(words)  # a place is no speaker; a name holding one may be one


def _recipient(phrase: str, known: KnownSources, described: bool, trailing: str = "") -> Named | None:
    """Whom a source told, when it is a news organisation: the name right after 'told' ('told
    Reuters the plan was ready'), a known wire or outlet or a news organisation's name."""
    words = phrase.split()
    while words and (words[0] in ("the", "The") or words[0] in DESCRIPTORS):
        words = words[1:]
    run = _capitalised_run(words)
    rest = words[len(run) :]
    kinds = list(takewhile(lambda w: not w[:1].isupper(), rest[:RECIPIENT_KIND_WORDS]))
    if run and run[-1].endswith(("’s", "'s")) and _a_place(run):
        # "told Iran's state television": a country owns the outlet and is none. The outlet's
        # own name printed right after it or after its kind ("Russia's RIA Novosti", "Iran's
        # state news agency IRNA") is the source; else the whole phrase, when it ends in an
        # outlet word ("Iran's state television"); else there is none.
        ended = not kinds or kinds[-1] in DESCRIPTORS
        named = _capitalised_run(rest[len(kinds) :]) if ended else []
        if not named:
            outlet = _outlet_kind([*kinds, *trailing.split()] if len(kinds) == len(rest) else kinds)
            if not outlet:
                return None
            whole = " ".join([*run, *outlet]).rstrip(",.;:")
            return Named(whole, known.key(whole), False)
        described = described or bool(kinds)
        run, kinds = named, []
    if run and not run[-1].endswith((",", ".")) and any(w in DESCRIPTORS for w in kinds):
        named = _capitalised_run(rest[len(kinds) :])  # "Spanish public television station TVE"
        if named:
            run, described = named, True
    if not run:
        return None
    found = english(" ".join(run), known, after_descriptor=described)
    if found is None:
        return None
    if found.known or described or _news_named(phrase) or is_news_name(found.name):
        return found
    return None


def _outlet_kind(words: Sequence[str]) -> list[str]:
    """The opening words of `words` that describe an outlet, up to its last outlet word ("state
    television" of "state television that"; "state-run news agency"), or [] without one."""
    taken: list[str] = []
    for word in words:
        bare = word.rstrip(",.;:")
        if bare not in DESCRIPTORS and bare not in OUTLET_ADJECTIVES and not DESCRIBING.search(bare):
            break
        taken.append(word)
        if word != bare:
            break
    while taken and taken[-1].rstrip(",.;:") not in DESCRIPTORS:
        taken.pop()
    return taken


def _a_place(run: Sequence[str]) -> bool:
    """True when the words `run` are the name of a place and nothing more ("Iran's", "South
    Korea's")."""
    return any(len(place.text.split()) == len(run) for place in places(list(run)))


def _capitalised_run(words: Sequence[str]) -> list[str]:
    """The capitalised words opening `words`, up to one ending a clause or a possessive."""
    run: list[str] = []
    for word in words:
        if not word[:1].isupper():
            break
        run.append(word)
        if word.endswith((",", ".", "’s", "'s")):
            break
    return run


def _news_named(phrase: str) -> bool:
    """True when the words before the name say it is a news organisation ('state broadcaster CCTV')."""
    return any(w in DESCRIPTORS for w in phrase.split()[:-1])


def _speaker(text: str, start: int) -> str | None:
    """Who told: an anonymous source's description ('a U.S. official') or a proper name."""
    found = _SPEAKER.search(text[:start])
    if found is not None:
        return re.sub(r",[^,]*,", "", found.group("speaker")).strip()
    named = english(_before(text, start), KnownSources())
    return named.name if named is not None and not named.known else None


def find(text: str, known: KnownSources | None = None) -> list[tuple[str, str, str | None]]:
    """(kind, name, speaker) of every attribution in one sentence, in pattern order."""
    return [(h.kind, h.named.name, h.speaker) for h in _find(text, PATTERNS, known or KnownSources())]


def _find(text: str, patterns: Sequence[Pattern], known: KnownSources, held: bool = False) -> list[Hit]:
    """`find` trying only `patterns` (a subset of `PATTERNS`, in their order); `held` when the
    text is known to hold a word each of them needs (`_to_read` found it)."""
    found: list[Hit] = []
    taken: list[tuple[int, int]] = []
    lower = "" if held else text.casefold()
    for pattern in patterns:
        if not held and not any(word in lower for word in pattern.needed):
            continue
        start = 0
        if pattern.opening is not None:
            first = pattern.opening.search(text)
            if first is None:
                continue  # the trigger's rest is nowhere, so neither is the trigger
            start = first.start()  # the trigger reads the text before it for `\b` all the same
        for match in pattern.trigger.finditer(text, start):
            if pattern.side == AFTER:
                phrase = _after(text, match.end())
                span = (match.end(), match.end() + len(phrase))
                # 'was not first reported by': a verb's negation stands in the two words before it.
                verb = pattern.kind in CREDITS
                negated = verb and _negated(" ".join(text[: match.start()].split()[-2:]))
            else:
                if not _may_name_before(text, match.start(), known):
                    continue
                phrase = _before(text, match.start())
                span = (match.start() - len(phrase), match.start())
                negated = _negated(match.group(0)) or _negated(" ".join(phrase.split()[-3:]))
            if negated:
                # "not first reported by A but by B": B is the source; otherwise nobody is.
                but = _BUT.match(text, span[1]) if pattern.side == AFTER else None
                if but is None:
                    taken.append(span)
                    continue
                phrase = _after(text, but.end())
                span = (but.end(), but.end() + len(phrase))
            if any(a < span[1] and span[0] < b for a, b in taken):
                continue
            read = _name(pattern, phrase, known) if phrase else None
            if read is None and pattern.kind == "told":
                # "Leonid Brill told local media": no newsroom named, but a speaker named in full.
                said = _statement(_speaker(text, match.start()), known)
                read = None if said is None else ("according_to", said)
            if read is None or (not read[1].known and generic(read[1].name)):
                continue  # "Agency", "the Authorities": a kind of source, no name printed
            if pattern.carrier and _speaker_said(text, match):
                continue  # "..., said Cardinal X in the statement published by Y": X's words, not Y's report
            taken.append(span)
            speaker = _speaker(text, match.start()) if read[0] == "told" else None
            found.append(Hit(read[0], read[1], speaker))
    return found


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


def is_news_name(name: str) -> bool:
    """True when a name holds a word of news organisations' names ('Daily Planet', 'Star Tribune')."""
    return any(word.casefold().strip("'’") in NEWS_NAME_WORDS for word in name.split())


def credit(text: str) -> str | None:
    """How a sentence credits another newsroom with a report ('Credits X with the first report')."""
    for hit in _find(text, PATTERNS, KnownSources()):
        if hit.kind in CREDITS:
            first = "first " if hit.kind == "first_reported" else ""
            return f"Credits {hit.named.name} with the {first}report"
    return None


def credit_labels(found: Sequence[Attribution]) -> dict[tuple[str, int], str]:
    """How each sentence of the story credits another newsroom with a report, by (article id,
    sentence index): `credit`'s labels, from a story's attributions (so about the story only,
    read with the site's wires and outlets, and never an article crediting itself)."""
    labels: dict[tuple[str, int], str] = {}
    for item in found:
        if item.kind in CREDITS:
            first = "first " if item.kind == "first_reported" else ""
            for quote in item.mentions:
                labels.setdefault(
                    (quote.article, quote.sentence), f"Credits {item.name} with the {first}report"
                )
    return labels


def own_names(
    articles: Iterable[Article], outlets: Mapping[str, Outlet], newsrooms: Mapping[str, str]
) -> dict[str, tuple[str, ...]]:
    """The names each article's own reporting goes by: its newsroom's, its outlet's and its
    `via` (in this order; a missing one is ''), then the short names its outlet signs with
    (`own_outlet.signed_names`: "Trend" of "Trend News Agency", "trend.az")."""
    found: dict[str, tuple[str, ...]] = {}
    for article in articles:
        outlet = outlets.get(article.outlet)
        names = (newsrooms.get(article.id, ""), outlet.name if outlet else "", article.via or "")
        found[article.id] = names + (signed_names(outlet) if outlet else ())
    return found


def attributions(
    corpus: Corpus,
    known: KnownSources | None = None,
    relevance: Relevance | None = None,
    own: Mapping[str, Sequence[str]] | None = None,
) -> tuple[Attribution, ...]:
    """Every attribution in the story's sentences about the story, grouped by kind, source and
    speaker.

    `own` gives the names of each article's own newsroom: an article is not shown crediting
    itself ('a resident told AFP' in AFP's copy is AFP's own reporting)."""
    known = known or KnownSources()
    own = own or {}
    # Keyed by speaker too: a quote is never shown under another sentence's speaker.
    grouped: dict[tuple[str, str, str], tuple[Named, str | None, list[Quote]]] = {}
    for position, item in enumerate(corpus.articles):
        reading = _to_read(item.sentences)
        if not reading:
            continue
        names = own.get(item.article.id, ())
        itself = {known.key(name) for name in names if name}  # its newsroom, outlet and `via`
        outlet_names = [name for name in (*names[1:2], *names[3:]) if name]  # its outlet, signed
        masthead = {known.key(name) for name in outlet_names}
        signed = {fold(name) for name in outlet_names}
        body_lines = cache(item.article.body.splitlines)  # split once, if ever needed (`_unglued`)
        for index, patterns in reading:
            if several_speakers(item.sentences[index].text):
                continue
            for found_hit in _find(item.sentences[index].text, patterns, known, held=True):
                hit = _unglued(found_hit, body_lines, item.sentences, index, known)
                if (
                    hit.named.key in (itself if hit.kind in RECEIVED else masthead)
                    or fold(hit.named.name) in signed
                ):
                    # "resident Ma Lin told AFP" in AFP's copy: AFP's own reporting, Ma Lin's statement
                    said = _statement(hit.speaker, known) if hit.kind == "told" else None
                    if said is None:
                        continue
                    hit = Hit("according_to", said, None)
                whole_story = hit.kind == "first_reported"
                if relevance is not None and not relevance.about(
                    corpus, position, index, hit.named.name, whole_story
                ):
                    continue
                said_by = fold(hit.speaker or "")
                entry = grouped.setdefault((hit.kind, hit.named.key, said_by), (hit.named, hit.speaker, []))
                entry[2].append(item.quote(index))
    found = [
        Attribution(kind, named.name, speaker, tuple(quotes))
        for (kind, _, _), (named, speaker, quotes) in grouped.items()
    ]
    return tuple(sorted(found, key=lambda a: ORDER.index(a.kind)))  # stable: story order within a kind


def _unglued(
    hit: Hit,
    body_lines: Callable[[], list[str]],
    sentences: Sequence[Sentence],
    index: int,
    known: KnownSources,
) -> Hit:
    """`hit` with its whole name when the sentences were split at a dot inside it ("News.Az
    reports" read as "...the dead, News." and "Az reports"): a name opening a sentence, the
    sentence before it in its paragraph ending in a capitalised word and a dot, and the body
    printing the two with no space between them ("News.Az"). A name is never cut at a dot."""
    text = sentences[index].text
    if (
        not index
        or not text.startswith(hit.named.name)
        or sentences[index - 1].paragraph != sentences[index].paragraph
    ):
        return hit
    tail = _GLUED_TAIL.search(sentences[index - 1].text)
    if tail is None:
        return hit
    whole = tail.group(1) + hit.named.name
    lines = body_lines()
    line = sentences[index].line - 1
    if not 0 <= line < len(lines) or whole not in lines[line]:
        return hit
    named = known.known(whole, credit=True) or Named(whole, known.key(whole), False)
    return Hit(hit.kind, named, hit.speaker)


def _to_read(sentences: Sequence[Sentence]) -> list[tuple[int, list[Pattern]]]:
    """The sentences holding a word some pattern needs, each with those patterns, in order.

    The article's words are taken in one pass (C-level: case folding, punctuation to spaces,
    split, set intersection); each word found is then looked up with `str.find`, so the cost
    is a few passes over the text, not one per sentence and pattern."""
    texts = [sentence.text for sentence in sentences]
    joined = "\n".join(texts)
    lower = joined.casefold()
    present = _NEEDED.intersection(lower.translate(_TO_SPACES).split())
    if not present:
        return []
    if len(lower) != len(joined):  # case folding lengthened some letters ('ß' -> 'ss'): count them
        texts = [text.casefold() for text in texts]
    # Where each sentence starts in `lower`: the ends of the texts so far, plus a line break each.
    starts = [0, *map(add, accumulate(map(len, texts)), count(1))]
    held: dict[int, set[str]] = {}
    for word in present:
        at = lower.find(word)
        while at >= 0:
            held.setdefault(bisect_right(starts, at) - 1, set()).add(word)
            at = lower.find(word, at + len(word))
    return [(index, _patterns(frozenset(words))) for index, words in sorted(held.items())]


@lru_cache(maxsize=4096)
def _patterns(words: frozenset[str]) -> list[Pattern]:
    """The patterns needing one of `words` (a sentence holds them), in `PATTERNS`' order."""
    return [p for p in PATTERNS if not words.isdisjoint(p.needed)]


def of_story(
    corpus: Corpus,
    briefing: Briefing,
    points: Sequence[PointEvidence],
    counted: Coverage,
    outlets: Mapping[str, Outlet],
    wires: Registry,
    note: str = UNKNOWN,
    site_language: str = UNKNOWN,
) -> Found:
    """What a story's articles credit, about the story its briefing tells (`analyse()`'s step):
    the site's wires and outlets and the story's newsrooms are the names known, and the
    evidence of the key points is about the story; `note` is the briefing's language, if
    known, and `site_language` the site's."""
    newsroom = {a: n.name for n in counted.newsrooms for a in n.articles}
    ordered = [item.article for item in corpus.articles]
    names = dict.fromkeys([*newsroom.values(), *(a.via for a in ordered if a.via)])
    shown = ((q.article, q.sentence) for point in points for s in point.supports for q in s.quotes)
    return conflicting(
        attributions(
            corpus,
            KnownSources(wires, outlets, tuple(names)),
            Relevance.of(briefing, shown, note, site_language),
            own_names(ordered, outlets, newsroom),
        )
    )


def conflicting(found: Sequence[Attribution]) -> Found:
    """The attributions, with "first reported" claims naming different sources taken out as one
    conflict: the page shows it as one entry listing each claim with its quotes."""
    first = tuple(a for a in found if a.kind == "first_reported")
    if len(first) < 2:
        return Found(tuple(found), ())
    return Found(tuple(a for a in found if a.kind != "first_reported"), (Conflict("first_reported", first),))
