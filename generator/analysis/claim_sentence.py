"""One sentence read once (`read`): its words, figures, negated verbs, years, days, offices, places.

Each part of a `Reading` is worked out when first asked, and readings are kept, since the same
sentences are compared with several points and several parts of a point (`claims`).
"""

from __future__ import annotations

from functools import cached_property, lru_cache

from generator.analysis.claim_deferrals import defers
from generator.analysis.claim_figures import Figure, figures, vague_words
from generator.analysis.claim_names import may_name, organisations
from generator.analysis.claim_negated import negated, sense_of
from generator.analysis.claim_reading import WORD, Lexicon, Word, lexicon, number, words
from generator.analysis.claim_roles import first_forms, roles
from generator.analysis.claim_words import WEEKDAYS
from generator.analysis.known_sources import KnownSources
from generator.analysis.places import Place, places

RAISED_GAP = 2  # words between a verb of believing and the negation that is raised from it
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
    def affirmed(self) -> frozenset[str]:
        """The lower-cased words not negated ("damaged" in "was damaged", not in "was not damaged")."""
        negated = self.negated
        return frozenset(w.lower for n, w in enumerate(self.words) if n not in negated)

    @cached_property
    def stems(self) -> frozenset[str]:
        return frozenset(w.stem for w in self.words if w.stem)

    @cached_property
    def negated(self) -> dict[int, int]:
        lex = self.lex
        if not (self.lowers & lex.cues or "n't" in self.text or "n’t" in self.text):
            return {}
        found = negated(self.words, lex)
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
        return frozenset(sense_of(self.words[n].stem, self.lex) for n in self.negated)

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
                found.setdefault(sense_of(stem, lex), n)
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
        """Its content words as `covered_share` compares them (figures by value)."""
        return frozenset(content(w, self.lex) for w in self.words if w.stem or w.text[0].isdigit()) - {""}


@lru_cache(maxsize=1)
def _weekdays() -> dict[str, int]:
    """Each spelling of a day of the week (`claim_words.WEEKDAYS`) -> 0 (Monday) to 6."""
    return {word: day for line in WEEKDAYS.split("\n") for day, word in enumerate(line.split())}


@lru_cache(maxsize=8192)
def read(text: str, language: str) -> Reading | None:
    """The reading of a sentence in `language`, None for a language without word lists."""
    lex = lexicon(language)
    return Reading(text, lex) if lex is not None else None


def content(word: Word, lex: Lexicon) -> str:
    """A content word as compared: figures by value ("Twenty" and "20" alike), others by stem."""
    value = lex.numbers.get(word.lower) if not word.text[0].isdigit() else number(word.text, lex.language)
    return f"{value:g}" if value is not None else word.stem
