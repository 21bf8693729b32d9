"""Newsrooms: which of a story's articles are one newsroom's copy, credited or found in the text.

An article credited `via: Reuters` and published by another outlet is Reuters copy: it counts
towards Reuters' newsroom, not its publisher's. Credits are read through the site's wire
registry (`SiteConfig.wires`), so 'AP', 'Associated Press' and 'The Associated Press' name one
newsroom. A credit that names an outlet of `site.yaml` (its slug, its name, or a spelling of the
same wire) is that outlet, so Reuters' own articles and the reprints of them are one newsroom.

Articles that carry the same text are the same copy (`copies`), credited or not, and so are
two groups of copies one of which says again, sentence by sentence, what the other says (a
rewrite: `rewrites`). Groups whose credits name different newsrooms are never joined. A group
of copies is named by a credit one of its articles gives (a wire's before a redistributor's:
one text printed under both is the wire's copy), or by an outlet that is a wire, and
otherwise by the outlet of its earliest article. Groups with the same name are one newsroom.
An outlet's uncredited articles are its own reports unless their text is another newsroom's.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable, Mapping, Sequence
from heapq import heappop, heappush
from typing import TypeVar

from generator.analysis.compilations import compilations
from generator.analysis.copies import Link, same_copies, same_text, shared_sentence
from generator.analysis.corpus import Corpus, Prepared
from generator.analysis.language import UNKNOWN, comparable
from generator.analysis.rewrites import Rewrite, rewrites
from generator.analysis.shingles import Shingles, running_text, shingles, whole_shingles
from generator.analysis.translations import Translation, translations
from generator.model.analysis import Copy, Coverage, Newsroom
from generator.model.site import Article, Outlet
from generator.model.wires import DEFAULT, Registry, wire_key

CREDIT = "credit"
TEXT = "text"
REWRITE = "rewrite"
TRANSLATION = "translation"
Join = TypeVar("Join", Rewrite, Translation)


def _plural(count: int, word: str, plural: str | None = None) -> str:
    return f"{count} {word if count == 1 else plural or word + 's'}"


class _Names:
    """The newsroom a credit or an outlet names: (key, name, outlet slug or None)."""

    def __init__(self, outlets: Mapping[str, Outlet], wires: Registry):
        self.outlets, self.wires = outlets, wires
        self.credits: dict[str, tuple[str, str, str | None]] = {}

    def credit(self, via: str) -> tuple[str, str, str | None]:
        """The newsroom `via` credits: an outlet named by its slug, its name or a spelling of
        the same wire; else the wire, by its registry name; else the credit as written."""
        found = self.credits.get(via)
        if found is None:
            found = self.credits[via] = self._credit(via)
        return found

    def _credit(self, via: str) -> tuple[str, str, str | None]:
        wanted = via.casefold()
        wire = self.wires.lookup(via, any_case=True)
        spellings = {s.casefold() for s in wire.spellings} if wire else set()
        for slug, outlet in sorted(self.outlets.items()):
            name = outlet.name.casefold()
            if wanted in (slug.casefold(), name) or name in spellings:
                return slug, outlet.name, slug
        if wire is not None:
            return f"via:{wire_key(wire.name)}", wire.name, None
        return f"via:{wire_key(via)}", via, None

    def is_wire(self, credit: tuple[str, str, str | None]) -> bool:
        """Whether a credit (as `credit` reads it) names a wire: a wire of the registry, or
        an outlet of `site.yaml` that is one."""
        slug = credit[2]
        if slug is not None:
            return self.claim(self.outlets[slug]) is not None
        return self.wires.lookup(credit[1], any_case=True) is not None

    def claim(self, outlet: Outlet) -> str | None:
        """The outlet's key when the outlet is a wire (its own reports are that wire's copy)."""
        if outlet.kind == "wire" or self.wires.lookup(outlet.name) is not None:
            return outlet.slug
        return None


def coverage(
    articles: Sequence[Article],
    outlets: Mapping[str, Outlet],
    wires: Registry = DEFAULT,
    corpus: Corpus | None = None,
) -> Coverage:
    """Count newsrooms and copies: '3 articles · 2 newsrooms · 1 via Reuters · 1 copy of AP'.

    `articles` are the story's, earliest first; `corpus` is them prepared, if it is at hand.
    """
    prepared = corpus or Corpus.of(articles, outlets)
    items = prepared.articles
    names = _Names(outlets, wires)
    credits = [names.credit(a.via) if a.via else None for a in articles]
    claims = [c[0] if c else names.claim(outlets[a.outlet]) for a, c in zip(articles, credits, strict=True)]
    runs = [running_text(item) for item in items] if len(items) > 1 else []
    texts = [shingles(text) for text in runs]
    # A compilation (credited to one wire, naming another wire of the story) is its own text.
    publishers = (w.name for a in articles if (w := wires.lookup(outlets[a.outlet].name)) is not None)
    apart = compilations(runs, [a.via for a in articles], publishers, wires, texts) if runs else frozenset()
    compared = [frozenset() if n in apart else found for n, found in enumerate(texts)]
    # ...named by its own outlet: its credit names one of its sources, not its writer.
    credits = [None if n in apart else credit for n, credit in enumerate(credits)]
    claims = [names.claim(outlets[articles[n].outlet]) if n in apart else c for n, c in enumerate(claims)]
    by_sentence: dict[int, list[Shingles]] = {}  # each article's sentences' shingles, when first asked

    def sentences(n: int) -> list[Shingles]:
        if n not in by_sentence:
            by_sentence[n] = [shingles(sentence.text) for sentence in items[n].sentences]
        return by_sentence[n]

    # Each text whole, quotations included: two reprints of one short text that is mostly a quote.
    wholes: dict[int, Shingles] = {}  # each article's, when first asked

    def whole(n: int) -> Shingles:
        if n not in wholes:
            wholes[n] = frozenset() if n in apart else whole_shingles(runs[n])
        return wholes[n]

    groups, links = (
        same_copies(compared, claims, sentences, whole) if texts else (list(range(len(items))), [])
    )
    reworded = _joined(groups, claims, _without(rewrites(prepared, groups), apart)) if texts else []
    translated = _joined(groups, claims, _without(translations(prepared, groups), apart)) if texts else []

    members: dict[int, list[int]] = {}
    for position, group in enumerate(groups):
        members.setdefault(group, []).append(position)
    named: dict[int, tuple[str, str, str | None]] = {}
    for group, among in members.items():
        given = [credit for n in among if (credit := credits[n])]
        # One text under two credits is the wire's copy, the other credit a redistributor's.
        credited = next((c for c in given if names.is_wire(c)), given[0] if given else None)
        wire_outlet = next((claims[n] for n in among if claims[n] and not credits[n]), None)
        if credited is not None:
            named[group] = credited
        elif wire_outlet is not None:
            named[group] = (wire_outlet, outlets[wire_outlet].name, wire_outlet)
        else:
            first = outlets[articles[group].outlet]
            named[group] = (first.slug, first.name, first.slug)

    # Each copy says whose text it has: the way to it from the group's credited or own article.
    anchors = {}
    for group, among in members.items():
        slug = named[group][2]
        anchors[group] = next((n for n in among if articles[n].via or articles[n].outlet == slug), group)
    sources = _sources(anchors.values(), links, reworded, translated)
    for group, among in members.items():  # the anchor itself, when the copy has its text
        anchor = anchors[group]
        for n in among:
            way = sources.get(n)
            if way and way[0] != anchor and way[2] == TEXT and same_text(texts[n], texts[anchor]):
                sources[n] = (anchor, None, TEXT)
    found: dict[str, tuple[str, str | None, list[str], list[Copy]]] = {}
    for position, article in enumerate(articles):
        key, name, slug = named[groups[position]]
        entry = found.setdefault(key, (name, slug, [], []))
        entry[2].append(article.id)
        if article.outlet == slug:
            continue
        if article.via:
            entry[3].append(Copy(article.id, CREDIT, None, None))
        elif position in sources:
            source, pair, reason = sources[position]
            if reason == TRANSLATION:
                entry[3].append(Copy(article.id, TRANSLATION, articles[source].id, None))
            elif pair is None:
                quote = shared_sentence(items[position], texts[source])
                entry[3].append(Copy(article.id, TEXT, articles[source].id, quote))
            else:
                said, again = items[position].quote(pair[0]), items[source].quote(pair[1])
                entry[3].append(Copy(article.id, REWRITE, articles[source].id, said, again))
    newsrooms = tuple(
        Newsroom(key, name, slug, tuple(ids), tuple(c.article for c in copies), tuple(copies))
        for key, (name, slug, ids, copies) in found.items()
    )
    parts = [_plural(len(articles), "article"), _plural(len(newsrooms), "newsroom")]
    credit_of = {a.id: c[1] for a, c in zip(articles, credits, strict=True) if c}
    for newsroom in newsrooms:
        # A newsroom's copies by credit: a redistributor's own credit is named as printed.
        by_credit = Counter(credit_of[c.article] for c in newsroom.copies if c.reason == CREDIT)
        same = len(newsroom.copies) - by_credit.total()
        parts += [f"{count} via {name}" for name, count in by_credit.items()]
        parts += [f"{_plural(same, 'copy', 'copies')} of {newsroom.name}"] if same else []
    if apart:
        each = "its" if len(apart) == 1 else "each its"
        parts.append(f"{_plural(len(apart), 'compilation')} of wire copy, {each} own newsroom")
    # Groups named alike are one newsroom: an article whose newsroom also writes in another
    # language (a wire's services, credited) is not alone in its language.
    alone = _alone(items, [named[g][0] for g in groups])
    if alone:
        parts.append(
            f"{_plural(alone, 'article')} in another language no other newsroom writes in, "
            "compared for copies only by figures and names"
        )
    return Coverage(len(articles), newsrooms, " · ".join(parts) if articles else "No source articles.")


def _alone(items: Sequence[Prepared], groups: Sequence[Hashable]) -> int:
    """How many articles are in a known language, not the story's main one (most of its
    articles', ties: the earliest's), that no article of another group of copies is comparable
    with, in a group not joined to another language: their copies could be found
    only as close translations (`translations`), so the count of newsrooms cannot rule out that
    they are another newsroom's copy. O(n x L) language tests for n articles in L languages."""
    spoken = [item.language for item in items]
    if len(set(spoken)) < 2:
        return 0
    counted = Counter(spoken)
    main = max(counted, key=lambda language: (counted[language], -spoken.index(language)))
    mixed = {g for n, g in enumerate(groups) for m in range(n) if groups[m] == g and spoken[m] != spoken[n]}
    groups_of: dict[str, set[Hashable]] = {}  # each language: the groups with an article comparable with it
    for language in counted:
        groups_of[language] = {
            g for g, other in zip(groups, spoken, strict=True) if comparable(language, other)
        }
    return sum(
        spoken[n] not in (UNKNOWN, main)
        and groups[n] not in mixed  # a translation found: nothing is left to rule out
        and groups_of[spoken[n]] == {groups[n]}
        for n in range(len(items))
    )


def _without(found: Sequence[Join], apart: frozenset[int]) -> list[Join]:
    """The joins of `found` that involve none of the articles `apart` (compilations)."""
    return [join for join in found if join.copy not in apart and join.source not in apart]


def _joined(groups: list[int], claims: Sequence[str | None], found: Sequence[Join]) -> list[Join]:
    """Join the groups of copies that `found` (strongest first) says are one text reworded or
    translated, never two groups whose credits name different newsrooms; `groups` is updated
    (each article's group is its earliest member). The pairs that joined two groups, in order."""
    claim = {g: claims[g] for g in groups}
    for position, group in enumerate(groups):
        claim[group] = claim[group] or claims[position]
    joined = []
    for rewrite in found:
        one, two = groups[rewrite.copy], groups[rewrite.source]
        if one == two or (claim[one] and claim[two] and claim[one] != claim[two]):
            continue
        first, second = min(one, two), max(one, two)
        claim[first] = claim[first] or claim[second]
        groups[:] = [first if g == second else g for g in groups]
        joined.append(rewrite)
    return joined


Way = tuple[int, tuple[int, int] | None, str]  # the article copied, a rewrite's pair, the reason


def _sources(
    anchors: Iterable[int],
    links: Sequence[Link],
    reworded: Sequence[Rewrite] = (),
    translated: Sequence[Translation] = (),
) -> dict[int, Way]:
    """For each article joined to a group, the article it was found to copy, for a rewrite the
    evidence pair (its sentence, the source's), and why (`TEXT`, `REWRITE`, `TRANSLATION`): its
    neighbour on the way from the group's anchor (a credited article, or one of the newsroom's
    own outlet), through as few rewrites and translations as possible, then as few steps."""
    neighbours: dict[int, list[tuple[int, int, tuple[int, int] | None, str]]] = {}
    for link in links:
        neighbours.setdefault(link.copy, []).append((0, link.source, None, TEXT))
        neighbours.setdefault(link.source, []).append((0, link.copy, None, TEXT))
    for r in reworded:  # each edge from `here` to `there` with the pair (there's sentence, here's)
        neighbours.setdefault(r.copy, []).append((1, r.source, (r.evidence[1], r.evidence[0]), REWRITE))
        neighbours.setdefault(r.source, []).append((1, r.copy, r.evidence, REWRITE))
    for t in translated:
        neighbours.setdefault(t.copy, []).append((2, t.source, None, TRANSLATION))
        neighbours.setdefault(t.source, []).append((2, t.copy, None, TRANSLATION))
    sources: dict[int, Way] = {}
    for start in anchors:
        # Shortest ways by (rewrites, steps): Dijkstra's search over a few articles.
        best, queue = {start: (0, 0)}, [(0, 0, start)]
        while queue:
            rewrites_so_far, steps, here = heappop(queue)
            if (rewrites_so_far, steps) > best[here]:
                continue
            for cost, there, pair, reason in sorted(neighbours.get(here, ()), key=lambda e: e[:2]):
                found = (rewrites_so_far + cost, steps + 1)
                if there not in best or found < best[there]:
                    best[there] = found
                    sources[there] = (here, pair, reason)
                    heappush(queue, (*found, there))
    return sources
