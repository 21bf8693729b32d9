"""Does a cited sentence say what a key point says? Figures, negation, places, opposite verbs.

`differences(point, sentences, language)` compares one sentence of a key point with the closest
sentences of a cited article (see `evidence.py`) and names what differs:

- a figure (`claim_figures`): the point's figure of some kind (a unit's dimension, or what it
  counts: "people killed") against the sentence's figures of that kind, when none of them agrees
  with it ("point: some 50,000; article: some 10,000"). Units are converted ("10 kilometres
  (6 miles)" agrees with "about 10 km"); bounds are read ("at least 118" agrees with "118" and
  with "more than 100", not with "at least 111"; "more than a million" is a figure, and
  "nearly 900,000", which excludes 900,000, is neither it nor "more than 900,000"). A day of
  the week is no contradiction (it may be another event's, "the toll on Saturday" of a quake
  on Friday); evidence must give it.
- negation: the point negates a verb the sentence states ("were not investigating" against
  "were investigating"), or the sentence negates a verb the point states ("has not yet
  confirmed", "declined to comment" against "confirmed"); a sentence putting the thing on hold,
  postponing or suspending it states none of its verbs but that one (`claim_deferrals`).
- a name (`places`): the point names a country, or a province of one, that the sentence
  replaces with another of the same kind ("Gansu" against "Qinghai"), the rest of the point
  being there (`COVERED`), or less of it (`REPLACED`) when the sentence lacks what the point says
  of the place too ("Belarus's aviation authority" against "Russia's federal air transport
  agency") and the article names the point's place nowhere.
- an opposite verb ("downgraded" against "upgraded"), the words around it shared.
- a source (`claim_names`): the point names a news organisation that the sentence replaces with
  another ("The New York Times reported" against "told Reuters"), the rest of the point being
  there and the article naming the point's nowhere.

A difference is kept only when none of the sentences says what the point says. Precision first:
anything it cannot read for sure (a figure of no known kind, a negation with no verb after it, a
name it does not know) gives no difference.

`lacks(point, sentence, language)` asks the weaker question evidence needs: does the sentence
give what the point says? It lacks a figure of the point it does not give (of any kind; a vague
count, "several", needs a count it allows; a day of the week is a figure), what the point states
happened (`claim_predicates`: "had been lost"), certainty (`claim_hedges`: "it is unclear
whether", when the point does not hedge), a word of absence ("no", "never", "without", "denied",
"called off": `claim_absence`) over the point's words that the point does not carry, or one the
point carries that the sentence does not, a verb the point negates that it does not negate, a
place or source of the point it names another of instead, or two places of one kind of the
point named the other way round (their roles may be swapped: flag and destination), or a name
of its own where it leaves out one of the point's (`claim_proper`: "Damascus" for "Beirut",
whatever the kind of name). A sentence that contradicts nothing may still lack the point's
figure: it is then no evidence of it. The word lists are data, per language (`claim_words.py`,
`claim_figures.VAGUE`). Cost: each sentence is read once (`read`), as far as a question needs
it, with set and dict look-ups; a sentence's places only when it does not write the point's;
the index of places is built once, when first needed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cached_property, lru_cache
from itertools import chain, repeat

from generator.analysis.claim_absence import unmatched_absence
from generator.analysis.claim_deferrals import deferring, defers
from generator.analysis.claim_figures import (
    DISTINCTIVE,
    Figure,
    compare,
    conversions,
    figures,
    gives,
    vague_words,
)
from generator.analysis.claim_hedges import hedged
from generator.analysis.claim_locatives import placed_elsewhere
from generator.analysis.claim_names import may_name, organisations
from generator.analysis.claim_paired import paired_differ
from generator.analysis.claim_predicates import unsaid
from generator.analysis.claim_proper import other_name
from generator.analysis.claim_reading import (
    CLAUSE_MARKS,
    WORD,
    Difference,
    Lexicon,
    Word,
    lexicon,
    number,
    words,
)
from generator.analysis.claim_recipients import recipient_missing
from generator.analysis.claim_reversals import reversed_sense
from generator.analysis.claim_roles import first_forms, missing_role, roles, swapped_role
from generator.analysis.claim_words import MONTHS, WEEKDAYS
from generator.analysis.places import Place, core, places
from generator.analysis.similarity import tokens
from generator.analysis.sources_named import KnownSources

__all__ = ["Difference", "Reading", "differences", "distinctive", "lacks", "read"]

NEAR = 4  # words either side of an opposite verb that must share one word
SCOPE = 4  # words after a negation in which its verb is looked for
DISJOINED = 3  # words between a negated word and "or", and between "or" and the next it negates
RAISED_GAP = 2  # words between a verb of believing and the negation that is raised from it
COVERED = 0.6  # share of the point's other words a sentence must have for a swapped place
REPLACED = 0.4  # ...or this share, when the sentence lacks what the point says of the place too
HEAD = 2  # content words after a point's place that say what it is the place of ("Kursk region")
# Words that put what follows somewhere ("inside the Arctic Circle", "near Kharp", "moved to an
# Arctic penal colony"), then the capitalised run naming where (English: the notes measured).
_LOCATED = re.compile(
    r"\b(?:in|inside|near|above|outside|north of|south of|east of|west of|"
    r"(?:moved|transferred|sent|taken|flown|brought|deported|relocated)\s+to)\s+(?:the\s+|an?\s+)?"
    r"(?P<run>[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)*)"
)
_NOT_PLACES = frozenset(
    (MONTHS + " monday tuesday wednesday thursday friday saturday sunday the a an his her their its").split()
)
YEARS = (1800, 2100)  # a four-digit figure within these is a year


class Reading:
    """One sentence read once for every comparison: its words, figures, negated verbs, places.

    Each part is worked out when first asked; readings are kept (`read`), since the same
    sentences are compared with several points and several parts of a point."""

    def __init__(self, text: str, lex: Lexicon):
        self.text, self.lex = text, lex
        self._known: KnownSources | None = None
        self._sources: dict[str, str] = {}

    def sources(self, known: KnownSources) -> dict[str, str]:
        """The news organisations it names (`claim_names`), read with `known` (one story's:
        read again only for another story's)."""
        if known is not self._known:
            capitals = [word for word in self.raw if word[:1].isupper()]
            named = bool(capitals) and may_name(capitals, known)
            self._known, self._sources = known, organisations(self.text, known) if named else {}
        return self._sources

    @cached_property
    def words(self) -> list[Word]:
        return words(self.text, self.lex.language)

    @cached_property
    def raw(self) -> list[str]:
        """Its words as written, without stems (cheap: what most questions need)."""
        return WORD.findall(self.text)

    @cached_property
    def figures(self) -> list[Figure]:
        if (
            not any(map(str.isdigit, self.text))
            and not self.lowers & self.lex.numbers.keys()
            and not self.lowers & vague_words(self.lex.language).keys()
            and not self.lowers & self.lex.scales.keys()
        ):
            return []
        return figures(self.text, self.words, self.lex)

    @cached_property
    def written(self) -> frozenset[str]:
        return frozenset(self.raw)

    @cached_property
    def lowers(self) -> frozenset[str]:
        return frozenset(map(str.lower, self.raw))

    @cached_property
    def stems(self) -> frozenset[str]:
        return frozenset(w.stem for w in self.words if w.stem)

    @cached_property
    def negated(self) -> dict[int, int]:
        lex = self.lex
        if not (self.lowers & lex.cues or "n't" in self.text or "n’t" in self.text):
            return {}
        found = _negated(self.words, lex)
        raised = self.raised
        if raised is None:
            return found
        return {
            verb: cue
            for verb, cue in found.items()
            if verb < raised - RAISED_GAP and cue < raised - RAISED_GAP
        }

    @cached_property
    def raised(self) -> int | None:
        """The index of the first verb of believing a negation stands next to ("do not believe",
        "glauben nicht"), None for none: the negation is of what is believed (negation raising),
        so from there on the sentence neither states nor negates anything."""
        lex = self.lex
        if self.lowers.isdisjoint(lex.raising) or not (
            self.lowers & lex.negations or "n't" in self.text or "n’t" in self.text
        ):
            return None
        found = self.words
        for index, word in enumerate(found):
            if word.lower not in lex.raising:
                continue
            near = found[max(0, index - RAISED_GAP) : index + RAISED_GAP + 1]
            if any(w.lower in lex.negations or w.lower.endswith(("n't", "n’t")) for w in near):
                return index
        return None

    @cached_property
    def denied(self) -> frozenset[str]:
        """The senses of the verbs it negates."""
        return frozenset(_sense(self.words[n].stem, self.lex) for n in self.negated)

    @cached_property
    def stated(self) -> dict[str, int]:
        """Each sense of its content words that it does not negate -> the first word saying it."""
        negated, lex = self.negated, self.lex
        raised = self.raised
        words = self.words if raised is None else self.words[: max(0, raised - RAISED_GAP)]
        found: dict[str, int] = {}
        for n, word in enumerate(words):
            stem = word.stem
            if stem and n not in negated:
                found.setdefault(_sense(stem, lex), n)
        return found

    @cached_property
    def defers(self) -> bool:
        """True when it puts something on hold, postpones or suspends it (`claim_deferrals`)."""
        return defers(self.words, self.lex.language)

    @cached_property
    def years(self) -> frozenset[str]:
        """The years it writes ("2017"): figures `claim_figures` leaves out, compared as written."""
        return frozenset(
            w for w in self.raw if len(w) == 4 and w.isdigit() and YEARS[0] <= int(w) <= YEARS[1]
        )

    @cached_property
    def weekdays(self) -> dict[int, str]:
        """The days of the week it names: 0 (Monday) to 6 -> the word as written."""
        days = _weekdays()
        if self.lowers.isdisjoint(days):
            return {}
        return {days[w.casefold()]: w for w in self.raw if w.casefold() in days}

    @cached_property
    def roles(self) -> dict[str, str]:
        """The offices it names (`claim_roles`): key -> the words as found."""
        if self.lowers.isdisjoint(first_forms()):
            return {}
        return roles([w.lower for w in self.words if w.text[0].isalpha()])

    @cached_property
    def places(self) -> list[Place]:
        return places(self.raw) if any(w[:1].isupper() for w in self.raw) else []

    @cached_property
    def provinces(self) -> list[Place]:
        """Its places that are provinces of a country ("Gansu", "the Vladimir region")."""
        return [place for place in self.places if any(k.startswith("province") for k in place.kinds)]

    @cached_property
    def contents(self) -> frozenset[str]:
        """Its content words as `_covered` compares them (figures by value)."""
        return frozenset(_content(w, self.lex) for w in self.words if w.stem or w.text[0].isdigit()) - {""}


@lru_cache(maxsize=1)
def _weekdays() -> dict[str, int]:
    """Each spelling of a day of the week (`claim_words.WEEKDAYS`) -> 0 (Monday) to 6."""
    return {word: day for line in WEEKDAYS.split("\n") for day, word in enumerate(line.split())}


@lru_cache(maxsize=8192)
def read(text: str, language: str) -> Reading | None:
    """The reading of a sentence in `language`, None for a language without word lists."""
    lex = lexicon(language)
    return Reading(text, lex) if lex is not None else None


def differences(
    point: str,
    sentences: Sequence[str],
    language: str,
    known: KnownSources | None = None,
    elsewhere: Callable[[str], bool] | None = None,
) -> list[tuple[Difference, int]]:
    """What `sentences` (of one article, closest first) say differently from `point`, all in
    `language`: each difference with the sentence saying it. A difference is kept only when no
    sentence says what the point says (the figure, the negation, the verb, the place, the
    source): an article that gives the point's figure in one sentence and another figure in the
    next is not read as contradicting it. `known` are the site's wires and outlets (news
    organisations are read only with them); `elsewhere(words)` says whether the article names
    `words` anywhere: a swapped source, or a place swapped in a sentence sharing fewer of the
    point's words than `COVERED`, is one only when the article never names the point's. Nothing
    for a language without word lists."""
    a = read(point, language)
    if a is None or not sentences:
        return []
    opposing = bool(a.stems & a.lex.opposites.keys())
    named = bool(a.places)
    sourced = a.sources(known) if known is not None else {}
    readings = [b for b in map(read, sentences, repeat(language)) if b is not None]
    found: dict[Difference, int] = {}
    for position, b in enumerate(readings):
        checks: list[Iterator[tuple[Difference, bool]]] = []
        if a.figures and b.figures:
            checks.append(compare(a.figures, b.figures))
        if a.negated or b.negated:
            checks.append(_negations(a, b))
        if opposing and b.lowers & a.lex.opposite_forms:
            checks.append(_opposites(a, b))
        if named and not _writes_places(a, b):
            if b.places:
                checks.append(_names(a, b, elsewhere=elsewhere))
            if elsewhere is not None:
                checks.append(_located(a, b, elsewhere))
        if sourced and known is not None:
            checks.append(_swapped_sources(a, b, sourced, b.sources(known), elsewhere=elsewhere))
        if a.years and b.years:
            checks.append(_years(a, b))
        if a.roles and b.roles:
            checks.append(_roles(a, b))
        for difference, agrees in chain(*checks):
            if not agrees:
                found.setdefault(difference, position)
    if not found:
        return []  # most citations: the agreements below are looked for only to drop a difference
    agreed: set[tuple[str, str]] = set()
    kinds = {d.kind for d in found}
    for b in readings:
        checks = []
        if "figure" in kinds and b.figures:
            checks.append(compare(a.figures, b.figures))
        if "negation" in kinds:
            checks.append(_negations(a, b))
        if "opposite" in kinds:
            checks.append(_opposites(a, b))
        if "name" in kinds and b.places:
            checks.append(_names(a, b, agreeing=True))
        if "source" in kinds and known is not None:
            checks.append(_swapped_sources(a, b, sourced, b.sources(known), agreeing=True))
        if "figure" in kinds and b.years:
            checks.append(_years(a, b, agreeing=True))
        if "role" in kinds and b.roles:
            checks.append(_roles(a, b, agreeing=True))
        agreed.update((d.kind, d.point) for d, agrees in chain(*checks) if agrees)
    # A figure given in two units is given when either is: "(about 6 miles)" converts "10 km".
    paired = conversions(a.figures) if "figure" in kinds else {}
    agreed.update(
        ("figure", other)
        for kind, point in list(agreed)
        if kind == "figure"
        for other in paired.get(point, ())
    )
    return [(d, n) for d, n in found.items() if (d.kind, d.point) not in agreed]


def distinctive(point: str, language: str) -> bool:
    """True when `point` has a figure distinctive enough to tell its sentence ("13", "6.2", not
    "two" or "several")."""
    a = read(point, language)
    return a is not None and any(
        f.bound != "vague" and (f.value >= DISTINCTIVE or f.value != int(f.value)) for f in a.figures
    )


def lacks(
    point: str,
    sentence: str,
    language: str,
    known: KnownSources | None = None,
    anywhere: Callable[[str], bool] | None = None,
) -> Difference | None:
    """What of `point` the `sentence` does not give, though it may contradict nothing: a figure
    of the point it gives nowhere (`Difference("figure", "13", "")`), a verb the point negates
    that it does not negate (`("negation", "were not affected", "")`), or a news organisation of
    the point it names another of instead (`("source", "The New York Times", "Reuters")`). None
    when it gives all of them, or for a language without word lists (nothing can be read).

    A place the sentence leaves out while naming another of its kind is swapped only when the
    sentence lacks what the point says of it too (`_omitted`): "the initial Ukrainian effort
    ... around the Kursk region" leaves out "Russia's" of "Russia's Kursk region", while
    "Russia's federal air transport agency" replaces "Belarus's" of "Belarus's aviation
    authority". A name of the point the sentence leaves out, naming one of its own where the
    point's stands or the article naming the point's nowhere (`anywhere(word)`: whether the
    article writes a word), is a name it lacks (`claim_proper`)."""
    a, b = read(point, language), read(sentence, language)
    if a is None or b is None:
        return None
    for figure in a.figures:
        if not gives(figure, b.figures):
            return Difference("figure", figure.text, "")
    if a.years:
        for year in sorted(a.years - b.years):
            return Difference("figure", year, "")
    for day, written in a.weekdays.items():
        if day not in b.weekdays:
            return Difference("figure", written, next(iter(b.weekdays.values()), ""))
    if a.roles:
        role = missing_role(a.roles, b.roles)
        if role is not None:
            return Difference("role", role, "")
    stated = unsaid(a.words, b.words, a.lex.language)
    if stated is not None:
        return Difference("opposite", stated.text, "")
    undone = reversed_sense(point, sentence, a.lex.language)
    if undone is not None:
        return Difference("opposite", *undone)
    left_open = hedged(point, sentence, a.lex.language)
    if left_open is not None:
        return Difference("negation", "", left_open)
    if a.negated:
        lex = a.lex
        for verb, cue in a.negated.items():
            if _sense(a.words[verb].stem, lex) not in b.denied:
                return Difference("negation", _with_auxiliary(a.words, cue, verb), "")
    unmatched = unmatched_absence(point, sentence, a.lex.language)
    if unmatched is not None:
        return Difference("negation", *unmatched)
    reordered = _reordered(a, b) if len(a.places) > 1 and len(b.places) > 1 else None
    if reordered is not None:
        return Difference("name", *(" … ".join(place.text for place in two) for two in reordered))
    if a.places and not _writes_places(a, b):
        swapped = _swapped_places(a, b) if b.places else None
        if swapped is not None and not _omitted(a, b, swapped[0]):
            return Difference("name", swapped[0].text, swapped[1].text)
        unnamed = _unnamed(a, b)
        if unnamed is not None:
            return Difference("name", unnamed.text, "")
    elsewhere = placed_elsewhere(point, sentence, a.lex.language)
    if elsewhere is not None:
        return Difference("name", *elsewhere)
    told = recipient_missing(point, sentence, a.lex.language)
    if told is not None:
        return Difference("source", *told)
    paired = paired_differ(point, sentence, a.lex.language)
    if paired is not None:
        return Difference("role", *paired)
    if known is not None:
        mine = a.sources(known)
        if mine:
            theirs = b.sources(known)
            missing = [name for key, name in mine.items() if key not in theirs]
            extra = [name for key, name in theirs.items() if key not in mine]
            if missing and extra:
                return Difference("source", missing[0], extra[0])
    other = other_name(point, sentence, a.lex.language, anywhere)
    if other is not None:
        return Difference("name", *other)
    return None


# Negation ---------------------------------------------------------------------------------------


def _negated(found: list[Word], lex: Lexicon) -> dict[int, int]:
    """The verbs a sentence negates: the word index of each -> that of its negation's first word.

    A negation negates the first content word after it (past "immediately", "yet" ...) within
    `SCOPE` words and before any clause mark; a negating verb the verb after its "to".
    """
    verbs: dict[int, int] = {}
    for index, word in enumerate(found):
        lower, cue = word.lower, index
        if lower in lex.negating_verbs:
            if index + 1 >= len(found) or found[index + 1].lower not in ("to", "de", "a", "di", "zu"):
                continue
            index += 1
        elif not (lower in lex.negations or lower.endswith(("n't", "n’t"))):
            continue
        elif (lower, found[index + 1].lower if index + 1 < len(found) else "") in lex.not_negating:
            continue  # "not only"
        for at in range(index + 1, min(len(found), index + SCOPE + 1)):
            other = found[at]
            if other.lower in CLAUSE_MARKS:
                break
            if other.stem and other.lower not in lex.skipped:
                verbs.setdefault(at, cue)
                for joined in _disjoined(found, cue, at, lex):
                    verbs.setdefault(joined, cue)
                break
    return verbs


def _disjoined(found: list[Word], cue: int, first: int, lex: Lexicon) -> Iterator[int]:
    """The words a negation covers past its first through a disjunction ("not a security incident
    or cyberattack", "kein Unfall oder Anschlag"): the content words from `first` to the first
    content word after a disjunction within `DISJOINED` words of it, in one clause, none asking
    ("not clear whether ... or"). Nothing when no disjunction follows."""
    cue_word = found[cue].lower
    between: list[int] = []
    for at in range(first + 1, min(len(found), first + DISJOINED + 2)):
        word = found[at]
        if word.lower in CLAUSE_MARKS or word.lower in lex.not_disjoined:
            return
        after = lex.disjunctions.get(word.lower)
        if after is not None and (not after or cue_word in after):
            for member in range(at + 1, min(len(found), at + DISJOINED + 1)):
                other = found[member]
                if other.lower in CLAUSE_MARKS:
                    return
                if other.stem:
                    yield from between
                    yield member
                    return
            return
        if word.stem:
            between.append(at)


def _sense(stem: str, lex: Lexicon) -> str:
    return str(lex.senses.get(stem, stem))


def _negations(a: Reading, b: Reading) -> Iterator[tuple[Difference, bool]]:
    """A verb one side negates and the other states; or negates too (an agreement)."""
    lex = a.lex
    for one, other, flipped in ((a, b, False), (b, a, True)):
        if not one.negated:
            continue
        denied, stated = other.denied, other.stated
        for verb, cue in one.negated.items():
            sense = _sense(one.words[verb].stem, lex)
            if sense in denied and not flipped:
                yield Difference("negation", _with_auxiliary(one.words, cue, verb), ""), True
            elif one.words[verb].lower in lex.indefinites:
                continue  # "could not say anything": another sentence's "anything" states nothing of it
            elif sense in stated and sense not in denied:
                if other.defers and not deferring(other.words[stated[sense]]):
                    continue  # "will put the talks on hold" states no "put" of "would not put"
                said = _with_auxiliary(other.words, stated[sense], stated[sense])
                unsaid = _with_auxiliary(one.words, cue, verb)
                if flipped:
                    yield Difference("negation", said, unsaid), False
                else:
                    yield Difference("negation", unsaid, said), False
                break


def _with_auxiliary(found: list[Word], first: int, last: int) -> str:
    """Words `first` to `last`, with the stop word before them ("did not block", "were investigating")."""
    if first and not found[first - 1].stem and found[first - 1].text[0].isalpha():
        first -= 1
    return _span(found, first, last)


def _span(found: list[Word], first: int, last: int) -> str:
    return " ".join(w.text for w in found[first : last + 1])


# Opposite verbs ---------------------------------------------------------------------------------


def _opposites(a: Reading, b: Reading) -> Iterator[tuple[Difference, bool]]:
    """A verb of the point against its opposite in the sentence, with a word around both shared;
    or the verb itself (an agreement)."""
    lex = a.lex
    for n, word in enumerate(a.words):
        others = lex.opposites.get(word.stem)
        if not others or n in a.negated:
            continue
        around_a = _around(a.words, n)
        if word.stem in b.stems:
            if any(_around(b.words, m) & around_a for m, w in enumerate(b.words) if w.stem == word.stem):
                yield Difference("opposite", word.text, ""), True
            continue
        if others.isdisjoint(b.stems):
            continue
        for m, other in enumerate(b.words):
            if other.stem in others and m not in b.negated and around_a & _around(b.words, m):
                yield Difference("opposite", word.text, other.text), False
                return


def _around(found: list[Word], index: int) -> set[str]:
    """The content words within `NEAR` words of word `index`, but that word."""
    return {w.stem for w in found[max(0, index - NEAR) : index + NEAR + 1] if w.stem} - {found[index].stem}


# Names ------------------------------------------------------------------------------------------


def _names(
    a: Reading, b: Reading, agreeing: bool = False, elsewhere: Callable[[str], bool] | None = None
) -> Iterator[tuple[Difference, bool]]:
    """A place of the point the sentence replaces with another of its kind while having most of
    the point's other words (`COVERED`), or fewer (`REPLACED`) when it lacks what the point says
    of the place too and the article names the place nowhere; with `agreeing`, each place it
    names too in such a sentence."""
    codes_b = {code for place in b.places for code in place.codes}
    missing = [place for place in a.places if not place.codes & codes_b]
    if agreeing:
        if len(missing) < len(a.places) and _covered(a, b) >= COVERED:
            yield from ((Difference("name", p.text, ""), True) for p in a.places if p not in missing)
        return
    swapped = _swapped_places(a, b) if missing else None
    if swapped is None:
        return
    covered = _covered(a, b)
    replaced = covered >= REPLACED and not _omitted(a, b, swapped[0])
    if covered >= COVERED or (replaced and not (elsewhere and elsewhere(swapped[0].text))):
        yield Difference("name", swapped[0].text, swapped[1].text), False


def _located(a: Reading, b: Reading, elsewhere: Callable[[str], bool]) -> Iterator[tuple[Difference, bool]]:
    """A province of the point that the sentence puts somewhere else, described rather than
    named as a province ("in the Vladimir region" against "inside the Arctic Circle", "in
    Kharp"): the sentence has a share `REPLACED` of the point's other words and a place after
    a locative word (`_LOCATED`: a capitalised run, not a country or a province, nor a month
    or a day), and the article names the province nowhere (all its words: "Vladimir" of
    "Vladimir Putin" is no "Vladimir region")."""
    provinces = a.provinces
    if not provinces or _covered(a, b) < REPLACED or _unnamed(a, b) is None:
        return  # the cheap questions first: most points name no province
    for found in _LOCATED.finditer(b.text):
        run = found.group("run").strip()
        words = run.split()
        if words[0].casefold() in _NOT_PLACES or places(words):
            continue  # a date, or a country ("in Russia": maybe the province's own) or a province
        if not elsewhere(provinces[0].text):
            yield Difference("name", provinces[0].text, run), False
        return


def _writes_places(a: Reading, b: Reading) -> bool:
    """True when the sentence writes every place of the point as the point does: none is
    missing, so none is swapped (its own places are then not looked up: the dearest reading)."""
    return all(b.written.issuperset(core(place)) for place in a.places)


def _reordered(a: Reading, b: Reading) -> tuple[tuple[Place, Place], tuple[Place, Place]] | None:
    """Two places of one kind (two countries, two provinces) that the point and the sentence
    both name, in the other order ("under A's flag, bound for B" against "A-flagged, bound for
    B"): the two as the point writes them and as the sentence does, each in its own order, or
    None. The sentence gives the point's order when its places, as written one after another,
    hold the point's places in that order (a place may be named again: "the United States ...
    Ukraine, a US official" holds "Ukraine ... US"). What role a place has in a sentence is not
    read, so another order is taken for other roles: no evidence of the point. Only a point
    naming exactly two places of one kind is read so: with three or more ("Moscow would treat
    the US, Britain and France ... if Ukraine fired"), a paraphrase reorders them freely."""
    kinds = [place for place in a.places if any(place.kinds & o.kinds for o in a.places if o is not place)]
    mine: list[Place] = []
    for place in kinds:  # the point's places of a shared kind that the sentence names, once each
        if any(place.codes & other.codes for other in b.places) and not any(
            place.codes & seen.codes for seen in mine
        ):
            mine.append(place)
    if len(mine) != 2 or len({place.codes for place in kinds}) != 2:
        return None  # two places that may trade roles; with more, order follows the wording
    step = 0
    for other in b.places:
        if step < len(mine) and mine[step].codes & other.codes:
            step += 1
    if step == len(mine):
        return None
    pair = (mine[step - 1], mine[step])  # step >= 1: the sentence names the point's first
    first, second = sorted(next(n for n, o in enumerate(b.places) if place.codes & o.codes) for place in pair)
    return pair, (b.places[first], b.places[second])


def _unnamed(a: Reading, b: Reading) -> Place | None:
    """A province of the point when the sentence names none of the point's provinces, neither as
    the point writes it nor by another name of it: "in the Vladimir region" against "inside the
    Arctic Circle". A point naming two ("in Gansu and Qinghai") is given by a sentence naming
    one; a country is often left implied ("Russia's Kursk region", "the Kursk region"), so it
    is not asked for (measured on the development stories: asking costs three right evidences,
    saves none)."""
    provinces = a.provinces
    if not provinces:
        return None
    codes_b = {code for place in b.places for code in place.codes}
    for place in provinces:
        if b.written.issuperset(core(place)) or not place.codes.isdisjoint(codes_b):
            return None
    return provinces[0]


def _swapped_places(a: Reading, b: Reading) -> tuple[Place, Place] | None:
    """A place of the point the sentence does not name, and one of its kind the sentence names
    instead (not named by the point)."""
    codes_a = {code for place in a.places for code in place.codes}
    codes_b = {code for place in b.places for code in place.codes}
    missing = [place for place in a.places if not place.codes & codes_b]
    extra = [place for place in b.places if not place.codes & codes_a]
    return next(((p, o) for p in missing for o in extra if p.kinds & o.kinds), None)


def _omitted(a: Reading, b: Reading, place: Place) -> bool:
    """True when the sentence has what the point says of `place`, one of the `HEAD` content
    words right after it in its clause ("Kursk region" of "Russia's Kursk region"): the
    sentence leaves the place out rather than putting another in its stead."""
    written = place.text.split()
    starts = [n for n, w in enumerate(a.words) if w.text == written[0]]
    if not starts:
        return False
    head: list[str] = []
    for word in a.words[starts[0] + len(written) :]:
        if word.lower in CLAUSE_MARKS or len(head) == HEAD:
            break
        if word.stem:
            head.append(word.stem)
    return not b.stems.isdisjoint(head)


def _swapped_sources(
    a: Reading,
    b: Reading,
    mine: dict[str, str],
    theirs: dict[str, str],
    agreeing: bool = False,
    elsewhere: Callable[[str], bool] | None = None,
) -> Iterator[tuple[Difference, bool]]:
    """A news organisation of the point the sentence replaces with another while having most of
    the point's other words ("The New York Times reported" against "told Reuters"), the article
    naming the point's nowhere (a company with a news word in its name, "Royal Mail", named
    throughout its own story, is no swapped source); with `agreeing`, each one it names too in
    such a sentence."""
    named = [name for key, name in mine.items() if key in theirs]
    if agreeing:
        if named and _covered(a, b, mine.values()) >= COVERED:
            yield from ((Difference("source", name, ""), True) for name in named)
        return
    missing = [name for key, name in mine.items() if key not in theirs]
    missing = [name for name in missing if not (elsewhere and elsewhere(name))]
    extra = [name for key, name in theirs.items() if key not in mine]
    if missing and extra and _covered(a, b, mine.values()) >= COVERED:
        yield Difference("source", missing[0], extra[0]), False


def _covered(
    a: Reading, b: Reading, names: Iterable[str] | None = None, drop: frozenset[str] = frozenset()
) -> float:
    """The share of the point's other words (not its places, or not `names`, nor `drop`) that the
    sentence also has."""
    shown = [place.text for place in a.places] if names is None else list(names)
    named = {stem for text in shown for stem in tokens(text, a.lex.language)}
    wanted = a.contents - named - drop
    return len(wanted & b.contents) / len(wanted) if wanted else 0.0


def _content(word: Word, lex: Lexicon) -> str:
    """A content word as compared: figures by value ("Twenty" and "20" alike), others by stem."""
    value = lex.numbers.get(word.lower) if not word.text[0].isdigit() else number(word.text, lex.language)
    return f"{value:g}" if value is not None else word.stem


# Years and roles --------------------------------------------------------------------------------


def _years(a: Reading, b: Reading, agreeing: bool = False) -> Iterator[tuple[Difference, bool]]:
    """Each year of the point the sentence writes too (an agreement); or, the sentence writing
    none of them but another year while having most of the point's other words (`COVERED`), the
    year it gives instead ("expelled in 2017" against "expelled in 2007")."""
    for year in sorted(a.years):
        if year in b.years:
            yield Difference("figure", year, ""), True
        elif not agreeing and not a.years & b.years:
            others = sorted(b.years - a.years)
            if others and _covered(a, b, drop=a.years) >= COVERED:
                yield Difference("figure", year, others[0]), False


def _roles(a: Reading, b: Reading, agreeing: bool = False) -> Iterator[tuple[Difference, bool]]:
    """Each office of the point the sentence names too (an agreement); or one the sentence
    replaces with another while having most of the point's other words (`COVERED`): "Latvia's
    prime minister said" against "Latvia's president said"."""
    for key, name in a.roles.items():
        if key in b.roles:
            yield Difference("role", name, ""), True
    if agreeing:
        return
    swapped = swapped_role(a.roles, b.roles)
    if swapped is not None and _covered(a, b, names=a.roles.values()) >= COVERED:
        yield Difference("role", swapped[0], swapped[1]), False
