"""The compared sentences of a story, each distinct sentence once, and how alike they are.

`facts` (see its docstring) pairs the sentences of different newsrooms through an inverted
index of their rarer words and scores each pair by TF-IDF cosine over word sets; this module
holds that index (`Sentences`) and what a sentence names (`_names`: words written with a
capital or a digit, not a news organisation's name).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from itertools import chain
from operator import mul

from generator.analysis.corpus import Corpus
from generator.analysis.pairs import shared_pairs
from generator.analysis.similarity import tokens
from generator.analysis.source_words import NEWS_NAME_WORDS
from generator.model.analysis import Quote

TIE_WORDS = 2  # ...nor one sharing this many words (a figure counts twice) that no other sentence uses
TIE_WORDS_TWO = 3  # ...or this many, in a story of two compared newsrooms
SAME = 0.5  # two sentences of one newsroom this close are one fact (copies, light edits)
MIN_WORDS = 3  # a sentence of fewer content words says too little to be matched
MAX_POSTINGS = 16  # a word in more distinct sentences is too common to pair sentences by
MIN_SHARED = 2  # indexed words two sentences must share to be compared
DIGIT = re.compile(r"\d")
_NONE = (0.0, -1)  # no sentence found yet
_EDGES = "\"'“”‘’()[],.;:!?"


class Sentences:
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
        if tying and len(tying) + sum(DIGIT.search(w) is not None for w in tying) >= self._tie_words:
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


def _names(text: str, language: str) -> frozenset[str]:
    """The words of a sentence written with a capital or a digit ("Kursk", "50,000", "U.S.-made",
    "Überlebenschancen"), read from its chunks (runs of characters between spaces, as `tokens`
    reads them) holding one; but for its first word, and for a news organisation's name ("The
    New York Times reported": a run of such chunks holding a word of `NEWS_NAME_WORDS`). A
    script without capitals names nothing this way."""
    written: list[str] = []
    run: list[str] = []
    for chunk in text.split()[1:]:
        if chunk.islower() or (chunk.lower() == chunk and DIGIT.search(chunk) is None):
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
