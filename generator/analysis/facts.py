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
every pair of the story's sentences: see `facts_sentences.Sentences`.

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
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import chain

from generator.analysis import attribution, facts_agreed, facts_refusal
from generator.analysis.corpus import Corpus
from generator.analysis.facts_disputed import sentence_disputes
from generator.analysis.facts_sentences import SAME, Sentences
from generator.analysis.language import UNKNOWN, comparable
from generator.model.analysis import (
    Agreed,
    Credit,
    Disputed,
    NotCompared,
    OnlyIn,
    Quote,
)

# `facts_agreed.agreed` and `facts_refusal.refusal` are called through their modules:
# tools/intel_gates.py replaces them there to record what they read.

SHORT_WORDS = 32  # longer sentences are listed, not quoted
MAX_QUOTED = 2


@dataclass(frozen=True)
class Facts:
    """What `story_facts` finds."""

    only_in: tuple[OnlyIn, ...]  # one per compared newsroom, in the coverage's order
    agreed: tuple[Agreed, ...]
    disputed: tuple[Disputed, ...]
    not_compared: tuple[NotCompared, ...]
    # One per newsroom not compared: its own among the newsrooms of its language (see `_across`).
    across: tuple[OnlyIn, ...] = ()


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
    sentences = Sentences(corpus, room_list, compared)
    disputed, in_dispute = sentence_disputes(sentences, compared)
    return Facts(
        only_in=_only_in(sentences, compared_rooms, compared, in_dispute, credits),
        agreed=facts_agreed.agreed(sentences, frozenset(compared_rooms), in_dispute),
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
        sentences = Sentences(corpus, room_list, group)
        _, in_dispute = sentence_disputes(sentences, group)
        rooms = list(dict.fromkeys(room_list[n] for n in group))
        found += [
            item for item in _only_in(sentences, rooms, group, in_dispute, credits) if item.newsroom in wanted
        ]
    return tuple(found)


# --- only in one newsroom ---------------------------------------------------------------------


def _only_in(
    sentences: Sentences,
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


def _own(sentences: Sentences, number: int, shared: frozenset[str]) -> bool:
    """True when a sentence of one newsroom says what no other newsroom says (see module)."""
    return not facts_refusal.refusal(sentences, number, shared)


def _one_each(sentences: Sentences, numbers: list[int]) -> list[int]:
    """The sentences, those close to an earlier one (at `SAME`: its copies) left out, in story order."""
    kept: set[int] = set()
    for number in sorted(numbers, key=sentences.first):
        if all(sentences.score(k, number) < SAME for k in sentences.kin.get(number, ()) if k in kept):
            kept.add(number)
    return sorted(kept, key=sentences.first)


def _quoted(sentences: Sentences, quotable: list[int], shared: frozenset[str]) -> tuple[Quote, ...]:
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
