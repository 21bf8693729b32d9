"""Facts across newsrooms: what every newsroom carries, what only one has, what they dispute.

Facts are counted by newsroom (`rooms` maps each article to its newsroom's key, from the
coverage), so a wire's facts count once, under the wire, however many mastheads print it.
Articles are compared in one language (`compared_language`): of the languages two newsrooms
or more write in (in one newsroom's language there is nothing to compare), the one most of
the story's articles are in. A newsroom with no article in it is listed as not compared, and
neither counts against "carried by every newsroom" nor has its sentences listed as its own.

Each distinct sentence (its content words, stemmed in its language: a wire's copies repeat
sentences word for word) is looked at once. Two sentences are compared when they share at
least `MIN_SHARED` words each used by 2 to `MAX_POSTINGS` distinct sentences (an inverted
index; pairs counted by `pairs.shared_pairs`), by TF-IDF cosine over word sets. Each sentence
keeps its closest sentence in each other newsroom and how close it comes to any (`nearest`). Never
every pair of the story's sentences: see `_Sentences`.

- Carried by every newsroom: a sentence whose closest sentence in each other newsroom is at
  `AGREE` or more, and at `AGREE_MEAN` on average, also over the newsrooms not printing a
  copy of it (at `SAME`: a copy the coverage did not group is no second report); a "star":
  chance likeness to one sentence of every newsroom is rare, so the bar for each can be low.
  Stars holding one another's centre, or sharing `MERGE` sentences, are one fact; one whose
  sentences give a figure differently, or take part in a dispute, is left out. A fact is
  quoted by a sentence giving no number if one does (figures are what newsrooms most often
  give differently, and a reader takes every figure of the quote as agreed), then by the one
  most of whose words the fact's sentences in most other newsrooms use too: it says what they
  agree on and least else.
- Only in a newsroom: a sentence of that newsroom alone that says something no other newsroom
  says. It has at least `OWN_WORDS` content words no other newsroom uses (a sentence carrying
  the story's shared facts may add one of its own), among them a name or a figure (a word
  written with a capital or a digit, not the first, or a number word: "four") that its article
  uses in at most `ANCHOR_USES` sentences (a name an article repeats is its subject or its
  spelling, "Kiev", not one fact), and not a news organisation's name ("The New York Times
  reported": what it reported is that newsroom's). No sentence of another newsroom is as close
  as `LOOSE` to it or to its copies in its own newsroom (at `SAME`: a newsroom's versions of one
  sentence are one fact), and none shares `TIE_WORDS` words with it that no other sentence
  uses, a figure counting as two (the two say one thing, however differently the rest is
  worded: background each newsroom gives in its own words); `TIE_WORDS_TWO` in a story of two
  compared newsrooms, where every word each newsroom uses once is used by two sentences only.
  A sentence leaning on the one before ("He was moved ...") is not listed: what it adds is
  about a subject named elsewhere.
  Copies of it in the newsroom's articles are listed once.
  A newsroom not compared (none of its articles in the compared language) has its sentences
  found the same way among the newsrooms of its own language (`_across`): they are only
  candidates, which `unique_gate.gated_across` compares with every other newsroom by counts.
- Disputed: two sentences of different newsrooms, alike at `DIFFER` or more, that give one unit
  values neither gives ("118 people" / "127 people", see `disputes`); or a figure a sentence
  gives that a correction of another article names ("an earlier version said 10 soldiers").

Connected components of alike sentences (a fact as every sentence linked to it) were measured
and left out: at the cosines that link one fact's sentences in different words, components run
through sentences carrying several facts into one of most of the story.

Every threshold was chosen on the labelled development stories (docs/intelligence.md), each
measured with the grouping of the coverage and with the truth's; the share of a sentence's
weight in words of its own (the bar before) and the share another newsroom's sentence carries
changed nothing the other tests do not.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import chain
from operator import mul

from generator.analysis import attribution, disputes
from generator.analysis.corpus import Corpus
from generator.analysis.language import UNKNOWN, comparable
from generator.analysis.pairs import shared_pairs
from generator.analysis.similarity import tokens
from generator.analysis.sources_named import NEWS_NAME_WORDS
from generator.model.analysis import (
    Agreed,
    Correction,
    Credit,
    Disputed,
    NotCompared,
    OnlyIn,
    Quote,
    Variant,
)

AGREE = 0.2  # each newsroom's closest sentence at least this close: carried by every newsroom...
AGREE_MEAN = 0.25  # ...and this close on average, over all and over those not printing a copy
LOOSE = 0.3  # a sentence this close to a sentence of another newsroom is not only in its own...
TIE_WORDS = 2  # ...nor one sharing this many words (a figure counts twice) that no other sentence uses
TIE_WORDS_TWO = 3  # ...or this many, in a story of two compared newsrooms
OWN_WORDS = 5  # content words no other newsroom uses, for a sentence to be its own...
NEW_NAMES = 1  # ...among them this many names or figures...
ANCHOR_USES = 2  # ...each in at most this many sentences of its article
SAME = 0.5  # two sentences of one newsroom this close are one fact (copies, light edits)
DIFFER = 0.3  # two sentences this close that give a unit different values dispute it
MIN_WORDS = 3  # a sentence of fewer content words says too little to be matched
MAX_POSTINGS = 16  # a word in more distinct sentences is too common to pair sentences by
MIN_SHARED = 2  # indexed words two sentences must share to be compared
SHORT_WORDS = 32  # longer sentences are listed, not quoted
MAX_QUOTED = 2
MAX_AGREED = 6
MERGE = 2  # stars sharing this many sentences are one fact
_DIGIT = re.compile(r"\d")
_NONE = (0.0, -1)  # no sentence found yet
_EDGES = "\"'“”‘’()[],.;:!?"


@dataclass(frozen=True)
class Facts:
    """What `story_facts` finds."""

    only_in: tuple[OnlyIn, ...]  # one per compared newsroom, in the coverage's order
    agreed: tuple[Agreed, ...]
    disputed: tuple[Disputed, ...]
    not_compared: tuple[NotCompared, ...]
    # One per newsroom not compared: its own among the newsrooms of its language (see `_across`).
    across: tuple[OnlyIn, ...] = ()


class _Sentences:
    """The compared sentences of a story, each distinct sentence once, and how alike they are.

    Cost, for S distinct sentences and W word occurrences: one dict pass to find the distinct
    sentences, O(W); an inverted index of the words used by 2 to `MAX_POSTINGS` of them, O(W);
    the pairs sharing such a word counted (`pairs.shared_pairs`: numpy arrays for a large
    story), at most O(W x MAX_POSTINGS); and a TF-IDF cosine (a C-level set intersection and
    an exact sum over the shared words) for each pair sharing `MIN_SHARED` of them."""

    def __init__(self, corpus: Corpus, rooms: Sequence[str], compared: Sequence[int]):
        self.corpus = corpus
        self.room_of = rooms  # by article position
        ids: dict[tuple[str, ...], int] = {}
        self.places: list[list[tuple[int, int]]] = []  # (article position, sentence index)
        self.sets: list[frozenset[str]] = []
        for position in compared:
            prepared = corpus.articles[position]
            for index, (words, used) in enumerate(zip(prepared.words, prepared.word_sets, strict=True)):
                found = ids.setdefault(words, len(ids))
                if found == len(self.places):
                    self.places.append([])
                    self.sets.append(used)
                self.places[found].append((position, index))
        self.language = [corpus.articles[places[0][0]].language for places in self.places]
        alone = {room: frozenset((room,)) for room in rooms}
        self.rooms = [
            alone[rooms[places[0][0]]] if len(places) == 1 else frozenset(rooms[p] for p, _ in places)
            for places in self.places
        ]
        # Its newsroom's key, for a sentence of one newsroom (most sentences), else None.
        self._room = [next(iter(r)) if len(r) == 1 else None for r in self.rooms]
        frequency = Counter(chain.from_iterable(self.sets))  # distinct sentences using each word
        self.idf = corpus.weights.idf  # every word of the story has its weight
        weights = [list(map(self.idf.__getitem__, used)) for used in self.sets]
        self.totals = list(map(math.fsum, weights))  # exact sums: the same in any order of a set
        self.norms = [math.sqrt(math.fsum(map(mul, w, w))) for w in weights]
        # Words in one sentence pair nothing; words in very many are too common to tell by.
        indexed = frozenset(w for w, n in frequency.items() if 1 < n <= MAX_POSTINGS)
        self._twice = frozenset(w for w, n in frequency.items() if n == 2)
        # A word two sentences alone use ties them the more surely the more newsrooms could
        # have used it too: in a story of two newsrooms, every word each says once is such a word.
        self._tie_words = TIE_WORDS if len(set(rooms[p] for p in compared)) > 2 else TIE_WORDS_TWO
        postings: dict[str, list[int]] = {}
        for number, used in enumerate(self.sets):
            if len(used) >= MIN_WORDS:
                for word in used & indexed:
                    postings.setdefault(word, []).append(number)
        self.scores: dict[tuple[int, int], float] = {}  # pairs of different newsrooms
        self._same: dict[tuple[int, int], float] = {}  # pairs of one newsroom, scored when asked
        self._names: dict[int, frozenset[str]] = {}
        # Each sentence's closest sentence in each other newsroom: (score, sentence) by newsroom.
        self.best: list[dict[str, tuple[float, int]]] = [{} for _ in self.sets]
        self.nearest = [0.0] * len(self.sets)  # the closest it comes to another newsroom's sentence
        self.tied: set[int] = set()  # see `TIE_WORDS`
        # The sentences of its own newsroom each may be a copy of (compared when asked).
        self.kin: dict[int, list[int]] = {}
        for a, b in shared_pairs(postings.values(), len(self.sets), MIN_SHARED):
            if self.rooms[a] != self.rooms[b]:
                self._record(a, b)
            else:
                self.kin.setdefault(a, []).append(b)
                self.kin.setdefault(b, []).append(a)

    def __len__(self) -> int:
        return len(self.sets)

    def _record(self, a: int, b: int) -> None:
        common = self.sets[a] & self.sets[b]
        weights = list(map(self.idf.__getitem__, common))
        score = math.fsum(map(mul, weights, weights)) / (self.norms[a] * self.norms[b])
        self.scores[a, b] = score
        tying = common & self._twice
        if tying and len(tying) + sum(_DIGIT.search(w) is not None for w in tying) >= self._tie_words:
            self.tied.update((a, b))
        for one in (a, b):
            if score > self.nearest[one]:
                self.nearest[one] = score
        room_a, room_b = self._room[a], self._room[b]
        if room_a is not None and room_b is not None:  # the common case, made cheap
            if score > self.best[a].get(room_b, _NONE)[0]:
                self.best[a][room_b] = (score, b)
            if score > self.best[b].get(room_a, _NONE)[0]:
                self.best[b][room_a] = (score, a)
            return
        for one, other in ((a, b), (b, a)):
            best = self.best[one]
            for room in self.rooms[other] - self.rooms[one]:
                if score > best.get(room, _NONE)[0]:
                    best[room] = (score, other)

    def score(self, a: int, b: int) -> float:
        """The cosine of two sentences' TF-IDF vectors (over word sets); 0 for two sentences of
        different newsrooms that were not compared."""
        key = (a, b) if a < b else (b, a)
        found = self.scores.get(key)
        if found is None:
            if self.rooms[a] != self.rooms[b]:
                return 0.0
            found = self._same.get(key)
            if found is None:
                weights = list(map(self.idf.__getitem__, self.sets[a] & self.sets[b]))
                found = math.fsum(map(mul, weights, weights)) / (self.norms[a] * self.norms[b])
                self._same[key] = found
        return found

    def copies(self, number: int) -> list[int]:
        """The sentences of its own newsroom at `SAME` or closer to a sentence (its copies)."""
        return [k for k in self.kin.get(number, ()) if self.score(k, number) >= SAME]

    def text(self, number: int) -> str:
        position, index = self.places[number][0]
        return self.corpus.articles[position].sentences[index].text

    def quote(self, number: int) -> Quote:
        position, index = self.places[number][0]
        return self.corpus.articles[position].quote(index)

    def quotes(self, numbers: Iterable[int]) -> tuple[Quote, ...]:
        """Every place of some sentences, in story order."""
        places = sorted(place for n in numbers for place in self.places[n])
        return tuple(self.corpus.articles[p].quote(i) for p, i in places)

    def first(self, number: int) -> tuple[int, int]:
        return self.places[number][0]

    def leans_back(self, number: int) -> bool:
        position, index = self.places[number][0]
        return self.corpus.articles[position].leans_back(index)

    def paragraph(self, number: int) -> tuple[int, int]:
        position, index = self.places[number][0]
        return position, self.corpus.articles[position].sentences[index].paragraph

    def names(self, number: int) -> frozenset[str]:
        """The words the sentence writes with a capital or a digit (`_names`), read once."""
        found = self._names.get(number)
        if found is None:
            found = self._names[number] = _names(self.text(number), self.language[number])
        return found

    def uses(self, number: int, word: str) -> int:
        """How many sentences of the sentence's (first) article use `word`."""
        position, _ = self.places[number][0]
        return len(self.corpus.articles[position].using(word))


def compared_language(languages: Sequence[str], rooms: Sequence[str]) -> str:
    """The language a story's facts are compared in, of its articles' `languages` (each
    article's newsroom in `rooms`): of the languages two newsrooms or more write in, the one
    most articles are in (ties: the one more newsrooms write in, then the earliest article's);
    when no language has two newsrooms, the one most articles are in.

    Most articles, not most newsrooms: the reader's story is told mostly in that language, and
    a language fewer newsrooms write in but more articles (a wire's copies under several
    mastheads, a newsroom's updates) has more to compare. On the 44 development stories the
    two differ on one (Al Haouz: 6 French and 5 English newsrooms, 7 French and 9 English
    articles): comparing in French listed 9 of its 19 articles, in the language most of them
    are in, as not compared. Two newsrooms at least: in a language only one newsroom writes in
    nothing can be compared, however many copies it prints, and the story's other newsrooms
    would all be listed as not compared. O(articles).
    """
    articles = Counter(languages)
    newsrooms = Counter(language for _, language in dict.fromkeys(zip(rooms, languages, strict=True)))
    shared = [language for language in articles if newsrooms[language] >= 2] or list(articles)
    first = {language: n for n, language in reversed(list(enumerate(languages)))}
    return min(shared, key=lambda language: (-articles[language], -newsrooms[language], first[language]))


def story_facts(
    corpus: Corpus, rooms: Mapping[str, str], credits: Mapping[tuple[str, int], str] | None = None
) -> Facts:
    """The facts of a story whose articles' ids map to their newsroom's key in `rooms`.

    `credits` labels the sentences (article id, sentence index) that credit another newsroom
    with a report (`attribution.credit_labels` of the story's attributions); without it each
    sentence listed as only in one newsroom is read for a credit on its own (`attribution.credit`).
    """
    if not corpus.articles:
        return Facts((), (), (), ())
    room_list = [rooms[item.article.id] for item in corpus.articles]
    spoken = [item.language or UNKNOWN for item in corpus.articles]
    language = compared_language(spoken, room_list)
    compared = [n for n, said in enumerate(spoken) if comparable(said, language)]
    compared_rooms = list(dict.fromkeys(room_list[n] for n in compared))
    not_compared = tuple(
        NotCompared(room, next(s for s, r in zip(spoken, room_list, strict=True) if r == room))
        for room in dict.fromkeys(room_list)
        if room not in compared_rooms
    )
    if len(compared_rooms) < 2:
        return Facts((), (), (), not_compared)
    sentences = _Sentences(corpus, room_list, compared)
    disputed, in_dispute = _disputes(sentences, compared)
    return Facts(
        only_in=_only_in(sentences, compared_rooms, compared, in_dispute, credits),
        agreed=_agreed(sentences, frozenset(compared_rooms), in_dispute),
        disputed=disputed,
        not_compared=not_compared,
        across=_across(corpus, room_list, spoken, not_compared, credits),
    )


def _across(
    corpus: Corpus,
    room_list: Sequence[str],
    spoken: Sequence[str],
    not_compared: Sequence[NotCompared],
    credits: Mapping[tuple[str, int], str] | None,
) -> tuple[OnlyIn, ...]:
    """For each newsroom not compared, the sentences only in it among the articles of its
    language (its first article's), found as for the compared language: the candidates that
    `unique_gate.gated_across` compares with every other newsroom by their counts. A language
    not known is not read. Each language's articles are read once: linear in the story."""
    found: list[OnlyIn] = []
    for language in dict.fromkeys(item.language for item in not_compared):
        if language == UNKNOWN:
            continue
        group = [n for n, said in enumerate(spoken) if comparable(said, language)]
        wanted = {item.newsroom for item in not_compared if item.language == language}
        sentences = _Sentences(corpus, room_list, group)
        _, in_dispute = _disputes(sentences, group)
        rooms = list(dict.fromkeys(room_list[n] for n in group))
        found += [
            item for item in _only_in(sentences, rooms, group, in_dispute, credits) if item.newsroom in wanted
        ]
    return tuple(found)


# --- carried by every newsroom ----------------------------------------------------------------


def _agreed(sentences: _Sentences, rooms: frozenset[str], in_dispute: set[int]) -> tuple[Agreed, ...]:
    """Facts every compared newsroom carries: stars (see module), one fact for stars holding one
    another's centre. O(S x newsrooms)."""
    stars: list[tuple[float, int, set[int]]] = []
    for number, best in enumerate(sentences.best):
        if is_star(sentences, number, rooms):
            scores = [score for score, _ in best.values()]
            stars.append((min(scores), number, {number, *(n for _, n in best.values())}))
    centres: list[int] = []  # of each fact found: its first centre...
    members: list[set[int]] = []  # ...and its sentences
    merged: list[int] = []  # each fact's parent (itself while not merged into another)
    fact_of: dict[int, int] = {}  # a sentence -> a fact it is in

    def root(fact: int) -> int:
        while merged[fact] != fact:
            merged[fact] = fact = merged[merged[fact]]
        return fact

    for _, centre, star in sorted(stars, key=lambda s: (-s[0], sentences.first(s[1]))):
        if star & in_dispute or _figures_differ(sentences, star):
            continue
        # A star sharing its centre or `MERGE` sentences with facts found is one fact with them.
        shared = Counter(root(fact_of[n]) for n in star if n in fact_of)
        same = sorted(
            fact
            for fact, count in shared.items()
            if count >= MERGE or centre in members[fact] or centres[fact] in star
        )
        if not same:
            same = [len(centres)]
            centres.append(centre)
            members.append(set())
            merged.append(same[0])
        into = same[0]
        for fact in same[1:]:
            merged[fact] = into
            members[into] |= members[fact]
        members[into] |= star
        for number in star:
            fact_of.setdefault(number, into)
    found = [members[f] for f in range(len(centres)) if merged[f] == f][:MAX_AGREED]
    kept = sorted(found, key=lambda fact: min(map(sentences.first, fact)))
    return tuple(Agreed(sentences.quote(_quote(sentences, m)), sentences.quotes(m)) for m in kept)


def is_star(sentences: _Sentences, number: int, rooms: frozenset[str]) -> bool:
    """True when a sentence is the centre of a fact every compared newsroom carries (see module):
    its closest sentence in each other newsroom at `AGREE` or more, at `AGREE_MEAN` on average,
    and not a correction."""
    best = sentences.best[number]
    others = len(rooms) - len(sentences.rooms[number])
    if not others or len(best) != others:
        return False
    scores = [score for score, _ in best.values()]
    # On average, and over the newsrooms saying it in words of their own: a newsroom printing
    # a copy of the sentence (one the coverage did not group) is no second report.
    worded = [score for score in scores if score < SAME]
    return (
        min(scores) >= AGREE
        and math.fsum(scores) >= AGREE_MEAN * len(scores)
        and math.fsum(worded) >= AGREE_MEAN * len(worded)
        and not disputes.is_correction(sentences.text(number))
    )


def _figures_differ(sentences: _Sentences, members: set[int]) -> bool:
    texts = [sentences.text(n) for n in sorted(members)]
    counted = [t for t in texts if disputes.figures(t)]
    return any(disputes.differing(a, b) for i, a in enumerate(counted) for b in counted[i + 1 :])


def _quote(sentences: _Sentences, members: Iterable[int]) -> int:
    """The sentence to quote for a fact (see module): giving no number if one does, standing on
    its own (not "This ..."), the one whose words (by weight) the fact's sentences in most other
    newsrooms use most; ties: the shortest, the first."""
    listed = sorted(members)
    by_room: dict[str, set[str]] = {}
    for number in listed:
        for room in sentences.rooms[number]:
            by_room.setdefault(room, set()).update(sentences.sets[number])
    weight = sentences.idf.__getitem__

    def key(number: int) -> tuple[bool, bool, float, int, tuple[int, int]]:
        others = [used for room, used in by_room.items() if room not in sentences.rooms[number]]
        words = sentences.sets[number]
        common = [w for w in words if 2 * sum(w in used for used in others) >= len(others)]
        share = math.fsum(map(weight, common)) / sentences.totals[number]
        text = sentences.text(number)
        return (
            bool(disputes.numbers(text)),
            sentences.leans_back(number),
            -round(share, 2),
            len(text.split()),
            sentences.first(number),
        )

    return min(listed, key=key)


# --- only in one newsroom ---------------------------------------------------------------------


def _only_in(
    sentences: _Sentences,
    rooms: Sequence[str],
    compared: Sequence[int],
    in_dispute: set[int],
    credits: Mapping[tuple[str, int], str] | None,
) -> tuple[OnlyIn, ...]:
    vocabulary: dict[str, set[str]] = {room: set() for room in rooms}
    for number, words in enumerate(sentences.sets):
        for room in sentences.rooms[number]:
            vocabulary[room].update(words)
    used = Counter(chain.from_iterable(vocabulary.values()))
    shared = frozenset(w for w, n in used.items() if n > 1)
    found: dict[str, list[int]] = {room: [] for room in rooms}
    for number, owners in enumerate(sentences.rooms):
        if len(owners) == 1 and _own(sentences, number, shared):
            (room,) = owners
            found[room].append(number)
    result = []
    for room in rooms:
        articles = tuple(
            sentences.corpus.articles[p].article.id for p in compared if sentences.room_of[p] == room
        )
        numbers = _one_each(sentences, found[room])
        quotes = [sentences.quote(n) for n in numbers]
        if credits is None:
            labels = [attribution.credit(q.text) for q in quotes]
        else:
            labels = [credits.get((q.article, q.sentence)) for q in quotes]
        listed = tuple(Credit(q, label) for q, label in zip(quotes, labels, strict=True) if label)
        quotable = [
            n
            for n, label in zip(numbers, labels, strict=True)
            if not label
            and n not in in_dispute
            and not sentences.leans_back(n)
            and len(sentences.text(n).split()) <= SHORT_WORDS
        ]
        quoted = _quoted(sentences, quotable, shared)
        result.append(OnlyIn(room, articles, tuple(quotes), quoted, listed))
    return tuple(result)


def _own(sentences: _Sentences, number: int, shared: frozenset[str]) -> bool:
    """True when a sentence of one newsroom says what no other newsroom says (see module)."""
    return not refusal(sentences, number, shared)


# Why a sentence of one newsroom is not its own (`refusal`), each condition by name.
TOO_FEW_WORDS = "too few content words"
CLOSE_ELSEWHERE = "close to a sentence of another newsroom"
TOO_FEW_OWN_WORDS = "too few words no other newsroom uses"
NO_NAME_OF_ITS_OWN = "no name or figure of its own"
TIED = "tied to another newsroom by rare words"
COPY_CLOSE_ELSEWHERE = "a copy of it close to another newsroom"
LEANS_BACK = "leans on an earlier sentence"
CORRECTION = "a correction"
REFUSALS = (
    TOO_FEW_WORDS,
    CLOSE_ELSEWHERE,
    TOO_FEW_OWN_WORDS,
    NO_NAME_OF_ITS_OWN,
    TIED,
    COPY_CLOSE_ELSEWHERE,
    LEANS_BACK,
    CORRECTION,
)


def refusal(sentences: _Sentences, number: int, shared: frozenset[str]) -> str:
    """The condition of the module refusing a sentence of one newsroom as its own, '' for none
    (one of `REFUSALS`, the cheap tests first): what each costs can be counted on labelled stories."""
    words = sentences.sets[number]
    if len(words) < MIN_WORDS:
        return TOO_FEW_WORDS
    if sentences.nearest[number] >= LOOSE:
        return CLOSE_ELSEWHERE
    own = words - shared
    if len(own) < OWN_WORDS:
        return TOO_FEW_OWN_WORDS
    if NEW_NAMES:
        anchors = _anchors(sentences, number, own)
        if sum(sentences.uses(number, w) <= ANCHOR_USES for w in anchors) < NEW_NAMES:
            return NO_NAME_OF_ITS_OWN
    if number in sentences.tied:
        return TIED
    if any(sentences.nearest[copy] >= LOOSE for copy in sentences.copies(number)):
        return COPY_CLOSE_ELSEWHERE
    if sentences.leans_back(number):
        return LEANS_BACK
    if disputes.is_correction(sentences.text(number)):
        return CORRECTION
    return ""


def _names(text: str, language: str) -> frozenset[str]:
    """The words of a sentence written with a capital or a digit ("Kursk", "50,000", "U.S.-made",
    "Überlebenschancen"), read from its chunks (runs of characters between spaces, as `tokens`
    reads them) holding one; but for its first word, and for a news organisation's name ("The
    New York Times reported": a run of such chunks holding a word of `NEWS_NAME_WORDS`). A
    script without capitals names nothing this way."""
    written: list[str] = []
    run: list[str] = []
    for chunk in text.split()[1:]:
        if chunk.islower() or (chunk.lower() == chunk and _DIGIT.search(chunk) is None):
            written += _unless_newsroom(run)
            run = []
            continue
        run.append(chunk)
        if not chunk[-1].isalnum():  # "Moscow," "(CNN)": the run ends with it
            written += _unless_newsroom(run)
            run = []
    written += _unless_newsroom(run)
    return frozenset(tokens(" ".join(written), language)) if written else frozenset()


def _unless_newsroom(run: list[str]) -> list[str]:
    """A run of chunks written with capitals, or none when it names a news organisation."""
    return [] if any(chunk.strip(_EDGES).casefold() in NEWS_NAME_WORDS for chunk in run) else run


def _anchors(sentences: _Sentences, number: int, among: frozenset[str]) -> frozenset[str]:
    """The names and figures among some words of a sentence: those it writes with a capital or
    a digit (not its first word: `_names`), and English number words ("four")."""
    figures = among & disputes.NUMBER_STEMS if sentences.language[number] == "en" else frozenset()
    text = sentences.text(number)
    if text[1:].islower() and _DIGIT.search(text) is None:
        return figures  # no capital but the first letter, no digit (a C-level test first)
    return (sentences.names(number) & among) | figures


def _one_each(sentences: _Sentences, numbers: list[int]) -> list[int]:
    """The sentences, those close to an earlier one (at `SAME`: its copies) left out, in story order."""
    kept: set[int] = set()
    for number in sorted(numbers, key=sentences.first):
        if all(sentences.score(k, number) < SAME for k in sentences.kin.get(number, ()) if k in kept):
            kept.add(number)
    return sorted(kept, key=sentences.first)


def _quoted(sentences: _Sentences, quotable: list[int], shared: frozenset[str]) -> tuple[Quote, ...]:
    """At most two: one per paragraph (the one naming the most new names), most novel first."""
    passages: dict[tuple[int, int], list[int]] = {}
    for number in quotable:
        passages.setdefault(sentences.paragraph(number), []).append(number)
    weight = sentences.idf.__getitem__

    def novelty(number: int) -> float:
        words = sentences.sets[number]
        return math.fsum(map(weight, words - shared)) / sentences.totals[number]

    def new_names(number: int) -> int:
        return len(sentences.names(number) - shared)

    best = [max(found, key=lambda n: (new_names(n), -sentences.first(n)[1])) for found in passages.values()]
    ranked = sorted(
        best, key=lambda n: (-max(map(novelty, passages[sentences.paragraph(n)])), sentences.first(n))
    )
    return tuple(sentences.quote(n) for n in sorted(ranked[:MAX_QUOTED], key=sentences.first))


# --- disputed ---------------------------------------------------------------------------------


def _disputes(sentences: _Sentences, compared: Sequence[int]) -> tuple[tuple[Disputed, ...], set[int]]:
    """Figures alike sentences give differently, and figures an article's correction names."""
    pairs: dict[str, list[tuple[int, int]]] = {}
    for (a, b), score in sorted(sentences.scores.items()):
        if score >= DIFFER and disputes.figures(sentences.text(a)) and disputes.figures(sentences.text(b)):
            for unit, _, _ in disputes.differing(sentences.text(a), sentences.text(b)):
                pairs.setdefault(unit, []).append((a, b))
    found: list[tuple[str, set[int], tuple[Correction, ...]]] = []
    for unit, linked in pairs.items():
        # Pairs linked by a sentence are one dispute, and so are disputes of one unit two of whose
        # sentences are alike (the same value in both: '118' and '118', disputed by '116' and '111').
        groups = _groups(linked)
        alike = [
            (a, b)
            for i, one in enumerate(groups)
            for other in groups[i + 1 :]
            for a in sorted(one)
            for b in sorted(other)
            if sentences.scores.get((min(a, b), max(a, b)), 0.0) >= DIFFER
        ]
        found += [(unit, group, ()) for group in _groups([*linked, *alike])]
    for unit, group, corrections in _corrected(sentences, compared):
        same = next((f for f in found if f[0] == unit and not f[1].isdisjoint(group)), None)
        if same is None:
            found.append((unit, group, corrections))
        else:  # the figures the correction names are those two sentences dispute
            same[1].update(group)
            found[found.index(same)] = (unit, same[1], same[2] + corrections)
    result: list[Disputed] = []
    in_dispute: set[int] = set()
    for unit, group, corrections in found:
        variants: dict[float, tuple[str, list[int]]] = {}
        for number in sorted(group, key=sentences.first):
            for figure in disputes.figures(sentences.text(number)):
                if figure.unit == unit:
                    variants.setdefault(figure.value, (figure.printed, []))[1].append(number)
        listed = tuple(Variant(printed, sentences.quotes(numbers)) for printed, numbers in variants.values())
        if len(listed) > 1 or corrections:
            in_dispute |= group
            result.append(Disputed(listed[0].value.split(" ")[-1], listed, tuple(corrections)))
    result.sort(key=lambda d: min((q.article, q.sentence) for v in d.variants for q in v.sentences))
    return tuple(result), in_dispute


def _groups(pairs: Iterable[tuple[int, int]]) -> list[set[int]]:
    """The groups of sentences that chains of pairs link."""
    groups: list[set[int]] = []
    for pair in pairs:
        joined = [g for g in groups if not g.isdisjoint(pair)]
        groups = [g for g in groups if g.isdisjoint(pair)] + [set(pair).union(*joined)]
    return groups


def _corrected(
    sentences: _Sentences, compared: Sequence[int]
) -> list[tuple[str, set[int], tuple[Correction, ...]]]:
    """For each correction an article prints (in its text or its `corrections`), the sentences
    giving a unit the correction gives a value it names: one group per unit."""
    printed: list[tuple[str, str]] = []
    for position in compared:
        item = sentences.corpus.articles[position]
        printed += [(item.article.id, text) for text in item.article.corrections]
        if disputes.is_correction(item.article.body):  # one pass over most bodies, not each sentence
            printed += [(item.article.id, s.text) for s in item.sentences if disputes.is_correction(s.text)]
    if not printed:
        return []
    given = [n for n in range(len(sentences)) if disputes.figures(sentences.text(n))]
    found: list[tuple[str, set[int], tuple[Correction, ...]]] = []
    for article, text in printed:
        named = disputes.numbers(text)
        for unit in dict.fromkeys(f.unit for f in disputes.figures(text)):
            group = {
                n
                for n in given
                if sentences.text(n) != text
                and any(
                    f.unit == unit and any(disputes.same_value(f.value, f.rounded, v, r) for v, r in named)
                    for f in disputes.figures(sentences.text(n))
                )
            }
            if group:
                found.append((unit, group, (Correction(article, text),)))
    return found
