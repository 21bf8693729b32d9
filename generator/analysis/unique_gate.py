"""'Only in X' shown only on positive evidence, checked against every other newsroom's whole text.

`facts` finds a newsroom's own sentences by comparing sentences within one language, word by
word. What it cannot see is a fact another newsroom gives in other words, or in another
language (its own other-language service, a translation): that sentence is then listed as
"only in" wrongly. This filter keeps a sentence only when its distinctive content is absent
from every other newsroom's text, in any language, read through keys every language shares:

- the sentence's **keys** are its names (a word written with a capital, not the sentence's
  first word) and its figures (at least `FIGURE_DIGITS` digits, digit groups joined: "50,000"
  = "50.000" = "50000"; a figure before a scale word of its article's language is read at its
  value: "1.4 billion" = "1.400 millones" = "1,4 Milliarden" = "1400000000", so that an amount
  another newsroom writes at another scale is the figure it gives). A name's key is its first
  `PREFIX` letters, accents removed, case folded and spelt as it sounds, so that one name in
  the Latin spellings of several wires and languages has one key ("Mexican", "mexicain" ->
  "meks"; "Zelensky", "Selenskyj" -> "sele"); a shorter word has none;
- another newsroom **uses** a key when any word of any of its articles, in any language,
  capitalised or not, keyed the same way, gives it (the words as the corpus read them, in each
  article's language, and the figures as printed);
- a **rounded** figure (a multiple of `ROUND`) no other newsroom gives is read as a rounded
  figure another newsroom gives within `ROUNDING` of the larger ("a city of 38,000" where
  another writes "37,000"): one quantity rounded differently is the figure that newsroom gives,
  never a figure of the sentence's own;
- a key is the story's **subject** when every other newsroom uses it: it says what the story is
  about, not what the sentence adds (in a story of two newsrooms, every key the other one uses:
  there the gate only asks for a key of the sentence's own);
- a product's maker and model number ("Ford F-150", "Airbus A320", "Su-25") and a company's
  stock ticker in brackets ("(MSFT.O)", "(NASDAQ: MSFT)") are no keys: they say what kind of
  thing, or name a company again, never a fact of the sentence's own (an agency's initials in
  brackets, "(AFAD)", are still a name);
- a sentence's capitalised first word is a name too when its article never writes that word
  in lower case ("Guatemala's consulate said"; not "Rescuers ... the rescuers"): it can only
  refuse the sentence, never count as its own (a common word opening one sentence would);
- a sentence is kept when none of its figures is used by another newsroom unless it is the
  story's subject (a figure some other newsroom gives means the sentence may carry a fact it
  gives in other words), nor any of its names, unless the sentence has a figure no other
  newsroom gives (a count, an amount, a distance of its own: the fact it carries is then
  not the one the other newsroom names the same people or places for; a date of its own, a
  year or a clock time, is not such a figure: it places background another newsroom gives in
  other words, "left Gaza in 2019", "since the invasion of February 2022"), and at least one of
  its keys is used by no other newsroom (positive evidence of something of its own). A name
  counts as that evidence only when every newsroom of the story writes in the Latin script (a
  name in another script cannot be matched, so its absence proves nothing); a figure always
  counts. A sentence with no key
  (no name, no figure) is not kept: nothing in it can be looked for in other languages;
- a sentence that is one quotation and nothing else ('"We cannot rule anything out."', its
  speaker named in the sentence before) is not kept: another newsroom quoting the same person
  often translates or shortens the words, so nothing shows the fact is this newsroom's own.
  Development stories (draws 23-29, split alphabetically in two halves before looking): half A
  1 wrong removed, half B 1 unjudged removed, no right one on either;
- each newsroom keeps at most `MAX_SHOWN` sentences: those with the most keys of their own
  (ties: the first in story order), listed in story order. The bound is the page's, not a
  precision rank: on the 39 development stories the sentences past the third strongest that
  both gates let through were 4 more right, none wrong, 2 unjudged (3 -> 12; nothing changes
  from 8 to 100), so a newsroom with many facts of its own has them listed (the page quotes
  two and folds the rest under "more").

A newsroom writing in another language than the one the story is compared in (`facts`: only in
it, among the newsrooms of its own language) is compared with the others by its **counts**
only (`across`): a sentence of it is kept when the gate above keeps it and it gives a count no
other newsroom gives, in any language. A count is a figure that cannot be a date or a time: over
`COUNT_ABOVE` (a day of the month, an hour), not a year (`YEARS`), not part of a clock time
("7:58", "18h00", "1000 GMT"), not an ordinal ("der 828. Brigade", "the 828th": a unit's
number, which another language may leave out or spell otherwise). A name is no evidence
across languages: German writes every noun with a capital, and a name's spellings differ by
language. Measured on the twelve development stories: 13 sentences shown this way, 13 right
by the truth, 2 unjudged; with any key of its own (a name, a date) as evidence, 17 right and
7 wrong.

Nothing else is changed: the quoted sentences and the credit lines are those of `facts` that
are kept. Cost: each newsroom's distinct words (the union of its articles' vocabularies, one
C-level pass) keyed through a memo, one C-level scan of its bodies for figures (a scale word
after one read in the same scan, `_FIGURES`; each scaled figure's value read once), a count of
the newsrooms using each key, one lookup per key of each candidate sentence and, for a rounded
figure no other newsroom gives, a binary search among the story's rounded figures: linear in
the story (O(W), O(log F) per rounded figure).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from itertools import chain

from generator.analysis.claim_reading import number
from generator.analysis.claim_words import SCALES
from generator.analysis.corpus import Corpus
from generator.analysis.similarity import MEMO
from generator.model.analysis import OnlyIn, Quote

PREFIX = 4  # a name is compared by its first letters (a word of fewer letters is no name)
FIGURE_DIGITS = 2  # a figure of fewer digits ("6 a.m.", "2.6 km") is too common to count
MAX_SHOWN = 12  # sentences kept per newsroom, the strongest first (the page's bound)
COUNT_ABOVE = 31  # a figure up to this may be a day of the month or an hour: no count across languages
YEARS = range(1900, 2101)  # a figure in this range may be a year: no count across languages
# Why a sentence is refused (`Gate.verdict`), each condition of the module by name.
FIGURE_ELSEWHERE = "a figure another newsroom gives"
NAME_ELSEWHERE = "a name another newsroom gives, no figure of its own"
NO_KEY_OF_ITS_OWN = "no key of its own"
FIRST_WORD_ELSEWHERE = "its first word a name another newsroom gives"
QUOTATION_ONLY = "only a quotation, its speaker not in the sentence"
REFUSALS = (QUOTATION_ONLY, FIGURE_ELSEWHERE, NAME_ELSEWHERE, NO_KEY_OF_ITS_OWN, FIRST_WORD_ELSEWHERE)
# Double quotation marks of the languages read (a single one may be an apostrophe).
_QUOTES = '"“”„«»「」『』'
# Rounded figures: a multiple of ROUND within ROUNDING of the larger of another newsroom's
# rounded figure is that figure rounded differently. On the 53 development stories (with the
# scaled figures) 2 wrong "only in" sentences go, none right: 38,000 against 37,000 (2.6% apart)
# on the even-numbered half, 5.5 million against 5.58 million (1.4%) on the odd one. From 3% to
# 5% the same; at 8% and 10% one right sentence goes too (34,000 households, odd half); with
# ROUND = 100 three right ones; with ROUND = 10,000 the 38,000 stays.
ROUND = 1000
ROUNDING = 0.05
LATIN_SHARE = 0.5  # a newsroom with this share of its words in Latin letters writes in Latin script
# Latin transliterations of one name differ by wire and language ("Zelensky", "Selenskyj";
# "Navalny", "Nawalny"; "Khamenei", "Chamenei"; "Zhukov", "Schukow"): letters that spell one
# sound are read as one, and a doubled letter as one.
_SOUNDS = (("tsch", "k"), ("sch", "s"), ("kh", "k"), ("ch", "k"), ("sh", "s"), ("zh", "s"), ("ph", "f"))
_LETTERS = str.maketrans({"w": "v", "j": "i", "y": "i", "z": "s", "c": "k", "q": "k", "x": "ks"})
_DOUBLED = re.compile(r"([^\W\d_])\1+")
# A figure with its digit groups ("50,000", "50.000", "50 000", "50\u00a0000" are one figure). A
# group after a plain space only follows a run of one to three digits, as `claim_reading.GROUPED`
# reads it: a four-digit run is never a group ("2023 100" is a year and a count).
# Written to open with its first digit, outside the alternation: `re` then skips in C to the
# next digit, where a pattern opening with a look-behind is tried at every character (0.8 ->
# 0.12 ms a bench story's bodies). `(?<!\d\d)` after the first digit is `(?<!\d)` before it.
_GROUPED = r"\d(?:(?<!\d\d)\d{0,2}(?:[ \u00a0\u202f'’]\d{3})+(?!\d)|\d*(?:[,.\u00a0\u202f'’]\d{3}(?!\d))*)"
# A word, or a figure with its digit groups.
_WORD = re.compile(rf"{_GROUPED}|[^\W\d_]+")
# A product's maker and model number ("Ford F-150", "Airbus A320", "Su-25"), or a company's
# stock ticker in brackets ("(MSFT.O)", "(NASDAQ: CRWD)"): no name or figure of a fact.
_DESIGNATION = re.compile(
    r"(?:\b[A-Z][^\W\d_]*\s+)?\b[A-Za-z]{1,3}-?\d+\b"
    r"|\((?:[A-Z]+:\s?[A-Z]{1,5}|[A-Z]{1,5}\.[A-Z]{1,2})\)"
)
# Each language's scale words and what they multiply by ("millones": 1e6), from `claim_words`.
_SCALE_OF = {
    language: {word: float(value) for word, value in (pair.split(":") for pair in table.split())}
    for language, table in SCALES.items()
}
# A figure, with its decimal part and a scale word of any language when one follows ("1.4
# billion", "50,000"): one C-level scan of a text reads both (`_FIGURE` and scaled figures). The
# scale words in lower case, capitalised and in capitals, tried only before a decimal part or a
# letter (a look-ahead: 10.6 ms a megabyte of the development stories' bodies, against 8.8 for
# `_FIGURE` alone and 12.6 with the words matched ignoring case).
_SCALE_WORDS = frozenset(
    form for table in _SCALE_OF.values() for word in table for form in (word, word.capitalize(), word.upper())
)
_FIGURES = re.compile(
    rf"{_GROUPED}(?:(?=[.,]\d|[ \u00a0]?[a-zA-Z])(?:[.,]\d+)?[ \u00a0]?"
    rf"(?:{'|'.join(sorted(_SCALE_WORDS, key=len, reverse=True))})\b)?"
)
_SCALE_WORD = re.compile(r"[ \u00a0]?([^\W\d_]+)$")  # the scale word ending a scaled figure
_MARKS = re.compile(r"[\u0300-\u036f]")  # combining accents, once letters are decomposed
_NOT_DIGIT = re.compile(r"\D")
_OPENING = "\"'“‘«„([ "  # what may open a sentence before its first word
_FIGURE = re.compile(_GROUPED)
# A clock time: "7:58", "18h00", "18 H 00", "1000 GMT" (its figures are no counts).
_TIME = re.compile(r"(?<!\d)\d{1,2}\s?[:hH]\s?\d{2}(?!\d)|(?<!\d)\d{3,4}\s?(?:GMT|UTC)\b")
# An ordinal: a unit's or a place's number, no count ("der 828. Brigade", "the 828th Brigade",
# "la 828e brigade", "el 828º"): a figure with an ordinal's ending, or a dot and a word after it
# inside one sentence (German; a sentence's own closing dot has no word after it).
_ORDINAL = re.compile(r"(?<![\d.,])\d+(?:\.(?=\s+\w)|(?:st|nd|rd|th|e|er|ème|º|ª)\b)")


def _key(word: str) -> str:
    """The key of one word ('' for none): a figure whole (no groups, no leading zeros); a name
    by its first letters as they sound, accents removed, in lower case ("México" -> "meks")."""
    if word[0].isdigit():
        figure = _NOT_DIGIT.sub("", word).lstrip("0")
        return figure if len(figure) >= FIGURE_DIGITS else ""
    spelt = word.casefold()
    if not spelt.isascii():
        spelt = _MARKS.sub("", unicodedata.normalize("NFKD", spelt))
    for letters, sound in _SOUNDS:
        if letters in spelt:
            spelt = spelt.replace(letters, sound)
    spelt = _DOUBLED.sub(r"\1", spelt.translate(_LETTERS))
    return spelt[:PREFIX] if len(spelt) >= PREFIX else ""


class _Keys(dict[str, str]):
    """The key of each word, worked out when first asked for (words repeat across stories);
    emptied when it holds `MEMO` words."""

    def __missing__(self, word: str) -> str:
        if len(self) >= MEMO:
            self.clear()
        key = self[word] = _key(word)
        return key


_KEYS = _Keys()


def word_key(word: str) -> str:
    """The key of one word: a name's first letters as they sound, a figure whole ('' for none)."""
    return _KEYS[word]


def _value(written: str, language: str) -> str:
    """The value of a figure `_FIGURES` read with a scale word, in `language` ("1.400 millones"
    in Spanish -> "1400000000"), or '' when the word is no scale word of that language or the
    figure is written with fewer than `FIGURE_DIGITS` digits ("1 million": too common to count,
    as "6 a.m." is)."""
    word = _SCALE_WORD.search(written)
    scale = _SCALE_OF.get(language, {}).get(word[1].casefold()) if word else None
    if word is None or scale is None or sum(map(str.isdigit, written)) < FIGURE_DIGITS:
        return ""
    found = number(written[: word.start()], language)
    return "" if found is None else str(round(found * scale))


def _valued(text: str, language: str) -> str:
    """`text` with each figure before a scale word of `language` written out at its value."""
    pieces, done = [], 0
    for figure in _FIGURES.finditer(text):
        value = "" if figure[0][-1].isdigit() else _value(figure[0], language)
        if value:
            pieces += [text[done : figure.start()], value]
            done = figure.end()
    return "".join([*pieces, text[done:]]) if pieces else text


def figures(text: str, language: str) -> list[str]:
    """The figures of a text as printed ("50,000", as `_FIGURE` reads them), and the value of
    each before a scale word of `language` ("1.4 billion" -> "1", "4" and "1400000000")."""
    found = _FIGURES.findall(text)
    printed = [figure for figure in found if figure[-1].isdigit()]
    for figure in found:
        if not figure[-1].isdigit():
            value = _value(figure, language)
            printed += [*_FIGURE.findall(figure), value] if value else _FIGURE.findall(figure)
    return printed


def keys(text: str, language: str = "") -> frozenset[str]:
    """The keys of a sentence: its names (capitalised, not its first word) and its figures, a
    figure before a scale word of `language` at its value; a product's name and model number
    ("Ford F-150", "Airbus A320") and a company's ticker in brackets ("(MSFT.O)") are neither:
    they say what kind of thing, or name a company again."""
    found = _WORD.findall(_valued(_DESIGNATION.sub(" ", text), language))
    chosen = (w for n, w in enumerate(found) if w[0].isdigit() or (n > 0 and w[0].isupper()))
    return frozenset(map(_KEYS.__getitem__, chosen)) - {""}


def counts(text: str) -> frozenset[str]:
    """The keys of a sentence's counts: its figures that cannot be a date or a time (see module)."""
    found = map(_KEYS.__getitem__, _FIGURE.findall(_ORDINAL.sub(" ", _TIME.sub(" ", text))))
    return frozenset(k for k in found if k and (len(k) > 4 or (int(k) > COUNT_ABOVE and int(k) not in YEARS)))


def dates(text: str) -> frozenset[str]:
    """The keys of a sentence's dates: its years (`YEARS`, written as four digits) and the
    figures of its clock times ("0530 GMT", "18h00")."""
    found = {_KEYS[f] for f in _FIGURE.findall(text) if len(f) == 4 and int(f) in YEARS}
    for time in _TIME.findall(text):
        found.update(map(_KEYS.__getitem__, _FIGURE.findall(time)))
    found.discard("")
    return frozenset(found)


def quotation_only(text: str) -> bool:
    """True when the sentence is one quotation and nothing else (it opens and closes with a
    double quotation mark and holds no other): its speaker is named in another sentence, and
    another newsroom quoting the same person often translates or shortens the words, so
    nothing in it shows the fact is the newsroom's own."""
    text = text.strip()
    return (
        len(text) > 2
        and text[0] in _QUOTES
        and text[-1] in _QUOTES
        and not any(mark in text[1:-1] for mark in _QUOTES)
    )


def used(words: Iterable[str]) -> frozenset[str]:
    """Every key the words give, names or not ("port" is used by "the port closed")."""
    found = set(map(_KEYS.__getitem__, words))
    found.discard("")
    return frozenset(found)


class Gate:
    """Which sentences of a story may be shown as only in one newsroom (see the module)."""

    def __init__(self, corpus: Corpus, rooms: Mapping[str, str]):
        # Each newsroom's words as the corpus read them (lower case, accents gone, in each
        # article's language: "mexicain"), and its figures as printed ("50.000").
        words: dict[str, set[str]] = {}
        for item in corpus.articles:
            found = words.setdefault(rooms.get(item.article.id, item.article.id), set())
            found |= item.vocabulary
            found.update(figures(item.article.body, item.language))
        self.used = {room: used(found) for room, found in words.items()}
        self.bodies = {item.article.id: item.article.body for item in corpus.articles}
        self.languages = {item.article.body: item.language for item in corpus.articles}
        self.rooms_using = Counter(chain.from_iterable(self.used.values()))  # newsrooms per key
        # Every rounded figure some newsroom gives, in order (`ROUND`).
        self.rounded = sorted(int(k) for k in self.rooms_using if k.isdigit() and not int(k) % ROUND)
        # Most of each newsroom's words in Latin letters once accents are gone (not Cyrillic,
        # Greek, Arabic, Chinese...): only then can a name's absence be seen.
        self.names_count = all(
            sum(map(str.isascii, found)) >= LATIN_SHARE * len(found) for found in words.values()
        )

    def strength(self, room: str, text: str, body: str = "") -> int:
        """How many keys of the sentence no other newsroom uses, or 0 when it may not be shown.
        `body` is its article's: a capitalised first word the article never writes in lower
        case is a name too ("Guatemala's consulate said"), read only to refuse the sentence."""
        return self.verdict(room, text, body)[0]

    def verdict(self, room: str, text: str, body: str = "") -> tuple[int, str]:
        """`strength`, and the condition of the module refusing the sentence ('' when kept):
        one of `REFUSALS`, so that what each condition costs can be counted on labelled stories."""
        if quotation_only(text):
            return 0, QUOTATION_ONLY
        own_keys = self.used.get(room, frozenset())
        others = len(self.used) - (room in self.used)
        own = 0
        figure_own = False
        named_elsewhere = False
        dated = dates(text)
        for key in keys(text, self.languages.get(body, "")):
            uses = self.rooms_using[key] - (key in own_keys)  # other newsrooms using it
            if not uses and key.isdigit() and key not in dated:
                uses = self._rounding(int(key), own_keys)  # the same figure rounded differently
            if uses == 0:
                own += key.isdigit() or self.names_count
                # a date of its own places a fact; it does not make the fact another one
                figure_own = figure_own or (key.isdigit() and key not in dated)
            elif uses < others:  # not the story's subject
                if key.isdigit():
                    return 0, FIGURE_ELSEWHERE  # maybe its fact in other words
                named_elsewhere = True
        if named_elsewhere and not figure_own:
            return 0, NAME_ELSEWHERE  # maybe its fact in other words, no figure of its own
        if not own:
            return 0, NO_KEY_OF_ITS_OWN
        first = _WORD.match(text.lstrip(_OPENING))
        if first and first[0][0].isupper() and first[0].lower() not in body:
            uses = self.rooms_using[_KEYS[first[0]]] - (_KEYS[first[0]] in own_keys)
            if 0 < uses < others:
                return 0, FIRST_WORD_ELSEWHERE
        return own, ""

    def _rounding(self, value: int, own_keys: frozenset[str]) -> int:
        """How many other newsrooms give a rounded figure within `ROUNDING` of `value` (the most
        of any such figure), when `value` is rounded (`ROUND`); else 0."""
        if value % ROUND:
            return 0
        low = bisect_left(self.rounded, value * (1 - ROUNDING))
        high = bisect_right(self.rounded, value / (1 - ROUNDING))
        near = (str(other) for other in self.rounded[low:high] if other != value)
        return max((self.rooms_using[key] - (key in own_keys) for key in near), default=0)

    def own_count(self, room: str, text: str) -> bool:
        """True when the sentence gives a count (`counts`) no other newsroom gives, in any language."""
        own_keys = self.used.get(room, frozenset())
        return any(self.rooms_using[key] == (key in own_keys) for key in counts(text))

    def filter(self, item: OnlyIn, across: bool = False) -> OnlyIn:
        """`item` with only the sentences the gate lets through, in story order; `across`: a
        newsroom compared with the others by its counts only (see module)."""
        scored = [
            (self.strength(item.newsroom, q.text, self.bodies[q.article]), q)
            for q in item.sentences
            if not across or self.own_count(item.newsroom, q.text)
        ]
        ranked = sorted((pair for pair in scored if pair[0]), key=lambda pair: -pair[0])
        kept = {(q.article, q.sentence) for _, q in ranked[:MAX_SHOWN]}
        return OnlyIn(
            item.newsroom,
            item.articles,
            _only(kept, item.sentences),
            _only(kept, item.quoted),
            tuple(c for c in item.credits if (c.quote.article, c.quote.sentence) in kept),
        )


def _only(kept: set[tuple[str, int]], quotes: Iterable[Quote]) -> tuple[Quote, ...]:
    return tuple(q for q in quotes if (q.article, q.sentence) in kept)


def gated(only_in: Sequence[OnlyIn], gate: Callable[[], Gate]) -> tuple[OnlyIn, ...]:
    """The story's "only in" results with only the sentences shown on positive evidence.
    `gate()` gives the story's `Gate` (built once, shared with the dispute gate)."""
    if not any(item.sentences for item in only_in):
        return tuple(only_in)
    built = gate()
    return tuple(built.filter(item) for item in only_in)


def gated_across(only_in: Sequence[OnlyIn], gate: Callable[[], Gate]) -> tuple[OnlyIn, ...]:
    """What newsrooms writing in another language than the one compared have alone, by their
    counts (see module): only those with a sentence kept. `gate()` as for `gated`."""
    if not any(item.sentences for item in only_in):
        return ()
    built = gate()
    kept = (built.filter(item, across=True) for item in only_in)
    return tuple(item for item in kept if item.sentences)
