"""Newsrooms: which of a story's articles are one newsroom's copy, credited or found in the text.

An article credited `via: Reuters` and published by another outlet is Reuters copy: it counts
towards Reuters' newsroom, not its publisher's. Credits are read through the site's wire
registry (`SiteConfig.wires`), so 'AP', 'Associated Press' and 'The Associated Press' name one
newsroom. A credit that names an outlet of `site.yaml` (its slug, its name, or a spelling of the
same wire) is that outlet, so Reuters' own articles and the reprints of them are one newsroom.

Articles that carry the same text are the same copy (`copies`), credited or not. A group of
copies is named by a credit one of its articles gives, or by an outlet that is a wire, and
otherwise by the outlet of its earliest article. Groups with the same name are one newsroom.
An outlet's uncredited articles are its own reports unless their text is another newsroom's.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from generator.analysis.copies import Link, running_text, same_copies, same_text, shared_sentence, shingles
from generator.analysis.corpus import Corpus
from generator.model.analysis import Copy, Coverage, Newsroom
from generator.model.site import Article, Outlet
from generator.model.wires import DEFAULT, Registry, wire_key

CREDIT = "credit"
TEXT = "text"


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
    items = (corpus or Corpus.of(articles, outlets)).articles
    names = _Names(outlets, wires)
    credits = [names.credit(a.via) if a.via else None for a in articles]
    claims = [c[0] if c else names.claim(outlets[a.outlet]) for a, c in zip(articles, credits, strict=True)]
    texts = [shingles(running_text(item)) for item in items] if len(items) > 1 else []
    groups, links = same_copies(texts, claims) if texts else (list(range(len(items))), [])

    members: dict[int, list[int]] = {}
    for position, group in enumerate(groups):
        members.setdefault(group, []).append(position)
    named: dict[int, tuple[str, str, str | None]] = {}
    for group, among in members.items():
        credited = next((credits[n] for n in among if credits[n]), None)
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
    sources = _sources(anchors.values(), links)
    for group, among in members.items():  # the anchor itself, when the copy has its text
        anchor = anchors[group]
        for n in among:
            if n in sources and sources[n] != anchor and same_text(texts[n], texts[anchor]):
                sources[n] = anchor
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
            source = sources[position]
            quote = shared_sentence(items[position], texts[source])
            entry[3].append(Copy(article.id, TEXT, articles[source].id, quote))
    newsrooms = tuple(
        Newsroom(key, name, slug, tuple(ids), tuple(c.article for c in copies), tuple(copies))
        for key, (name, slug, ids, copies) in found.items()
    )
    parts = [_plural(len(articles), "article"), _plural(len(newsrooms), "newsroom")]
    for newsroom in newsrooms:
        by_credit = sum(c.reason == CREDIT for c in newsroom.copies)
        same = len(newsroom.copies) - by_credit
        parts += [f"{by_credit} via {newsroom.name}"] if by_credit else []
        parts += [f"{_plural(same, 'copy', 'copies')} of {newsroom.name}"] if same else []
    return Coverage(len(articles), newsrooms, " · ".join(parts) if articles else "No source articles.")


def _sources(anchors: Iterable[int], links: Sequence[Link]) -> dict[int, int]:
    """For each article joined to a group by text, the article it was found to copy: its
    neighbour on the way from the group's anchor (a credited article, or one of the newsroom's
    own outlet) through the links found."""
    neighbours: dict[int, list[int]] = {}
    for link in links:
        neighbours.setdefault(link.copy, []).append(link.source)
        neighbours.setdefault(link.source, []).append(link.copy)
    sources: dict[int, int] = {}
    for start in anchors:
        reached, queue = {start}, [start]
        for here in queue:
            for there in sorted(neighbours.get(here, ())):
                if there not in reached:
                    reached.add(there)
                    sources[there] = here
                    queue.append(there)
    return sources
