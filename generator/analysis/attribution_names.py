"""Reading a source's name next to an attribution's trigger: the phrase before or after it, its
negation, whether it names a news organisation, a speaker of a statement or the newsroom a
source told (`_name`, `_recipient`, `_statement`), with `sources_named` saying which source."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import takewhile

from generator.analysis.attribution_patterns import AFTER, Pattern
from generator.analysis.claim_roles import role_words
from generator.analysis.known_sources import KnownSources, Named
from generator.analysis.places import places
from generator.analysis.source_words import (
    DESCRIBING,
    DESCRIPTORS,
    NEWS_NAME_WORDS,
    OUTLET_ADJECTIVES,
    country_words,
    person_like,
)
from generator.analysis.sources_named import english, foreign

# Lower-case words read after a recipient's first capitalised word for its kind ("Spanish public
# television station TVE": the name is the run after them).
RECIPIENT_KIND_WORDS = 4
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
_SPEAKER = re.compile(
    r"(?P<speaker>(?:\b(?i:an?|the|two|three|four|five|several|some|\d+|one)\s+(?:[\w.’'-]+\s+){0,3}?"
    r"(?:officials?|sources?|spokes(?:man|woman|person)|diplomats?|ministers?|aides?|people|persons?|"
    r"residents?|witnesses|volunteers?))|(?:(?<=^)|(?<=,\s))(?i:sources|officials|witnesses|residents))"
    r"(?:,[^,]{1,60},)?\s+(?:also\s+)?$"
)
_TRAILING_DESCRIPTOR = re.compile(
    r"(?:\s+(?:" + "|".join(sorted(DESCRIPTORS, key=len, reverse=True)) + r"))+$"
)


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


def clause_before(text: str, end: int) -> str:
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


def may_name_before(text: str, end: int, known: KnownSources) -> bool:
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
    if not found.known and country_words(found.name.split()):
        return None  # "told Italian television": a country's adjective describes an outlet, names none
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
    named = english(clause_before(text, start), KnownSources())
    return named.name if named is not None and not named.known else None


def is_news_name(name: str) -> bool:
    """True when a name holds a word of news organisations' names ('Daily Planet', 'Star Tribune')."""
    return any(word.casefold().strip("'’") in NEWS_NAME_WORDS for word in name.split())
