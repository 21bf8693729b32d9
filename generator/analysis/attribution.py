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
  or the outlet's name after it, "told Russia's RIA Novosti news agency"); nor is a country's
  adjective ("told Italian television": the speaker's statement is credited instead); an
  unnamed person whom the label cannot print ("a person familiar with the situation told AP")
  gives no line (`attribution_anonymous`);
- `interview`: "in an interview with X".

A negated pattern credits nothing ("X did not report", "not first reported by A"). Only
sentences about the story count (`story_relevance`). Mentions of the same kind naming the same
source (however spelt: 'AP', 'the Associated Press') are one attribution, shown under a name
every one of its sentences prints when one of its mentions gives such a name (`_printed`);
"first reported" claims naming different sources are one `Conflict`, each claim with its
quotes. A name the sentence splitter cut at a dot inside it ("News.Az reports" split after
"News.") is read whole, from the body's line (`_unglued`). An office read as the source with
its holder's name after it ("according to the Slovenian Prime Minister, Robert Golob") credits
the holder (`attribution_apposition`).

Cost: the words the patterns need are looked for in each article's text (C-level substring
searches); a sentence is matched only with the patterns whose words its article holds, and
only the attributions found are scored for relevance. Linear in the story's text. An
attribution whose mentions are spelt differently has each spelling looked for in each of its
quoted sentences (`_printed`): mentions times spellings, both bounded by the story's sentences.

The parts: the trigger patterns (`attribution_patterns`), one sentence's attributions
(`attribution_sentence`), the name next to a trigger (`attribution_names`) and the verbs of
saying (`attribution_saying`); here, grouping a story's attributions by kind, source and
speaker, and the public entry points (`of_story`, `attributions`, `credit`, `credit_labels`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import cache
from typing import NamedTuple

from generator.analysis.attribution_names import _statement
from generator.analysis.attribution_patterns import CREDITS, PATTERNS, RECEIVED, _to_read
from generator.analysis.attribution_saying import several_speakers
from generator.analysis.attribution_sentence import Hit, _find
from generator.analysis.corpus import Corpus
from generator.analysis.known_sources import KnownSources, Named
from generator.analysis.language import UNKNOWN
from generator.analysis.own_outlet import fold, signed_names
from generator.analysis.sentences import Sentence
from generator.analysis.story_relevance import Relevance
from generator.model.analysis import Attribution, Conflict, Coverage, PointEvidence, Quote
from generator.model.site import Article, Briefing, Outlet
from generator.model.wires import Registry

ORDER = ("first_reported", "reported", "according_to", "citing", "told", "interview")


class Found(NamedTuple):
    """What a story's articles credit: attributions, and first-report claims that disagree."""

    attributions: tuple[Attribution, ...]
    conflicts: tuple[Conflict, ...]


# The last word of a sentence cut at a dot inside a name ("News." of "News.Az").
_GLUED_TAIL = re.compile(r"(?:^|\s)([A-Z][\w-]*\.)$")


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
    # Keyed by speaker too: a quote is never shown under another sentence's speaker. Last in each
    # entry: each mention's name, as its sentence reads it.
    grouped: dict[tuple[str, str, str], tuple[Named, str | None, list[Quote], list[str]]] = {}
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
                key = (hit.kind, hit.named.key, said_by)
                entry = grouped.setdefault(key, (hit.named, hit.speaker, [], []))
                entry[2].append(item.quote(index))
                entry[3].append(hit.named.name)
    found = [
        Attribution(kind, _printed(named.name, spelt, quotes), speaker, tuple(quotes))
        for (kind, _, _), (named, speaker, quotes, spelt) in grouped.items()
    ]
    return tuple(sorted(found, key=lambda a: ORDER.index(a.kind)))  # stable: story order within a kind


def _printed(name: str, names: Sequence[str], quotes: Sequence[Quote]) -> str:
    """The name one attribution is shown under: the first mention's, unless a sentence of it
    prints another spelling ("The STA news agency reported" and "Slovenian news agency STA
    reported"): then the shortest of the mentions' names that every sentence prints ("STA"),
    so that the label is a name each quoted sentence shows; else the first mention's."""

    def printed(spelling: str) -> bool:
        word = re.compile(rf"(?<!\w){re.escape(spelling)}(?!\w)")
        return all(word.search(quote.text) for quote in quotes)

    if len(set(names)) < 2 or printed(name):
        return name
    return next((other for other in sorted(set(names), key=len) if printed(other)), name)


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
