"""What a page reads: the one table of key kinds, and the recorder of the keys a page read.

Every piece of the model a page is built from is named by a key `(kind, ident)`:
`("card", "landmines")` is what a story card shows of the briefing `landmines`, `("topic",
"ukraine")` the topic of `site.yaml`. `KINDS` is the registry of kinds: for each, what model
object its ident names (`find`) and how the key's value is read from that object (`project`).
Both sides use it:

- a view reads a value with `ViewBuilder.read(KIND, ident)`, which records the key and returns
  `KIND.value(site, indexes, ident)`;
- `Digests` (see `incremental.deps`) digests the same `KIND.value(site, indexes, ident)`.

So what a view was given is what the key's digest covers. For a briefing shown in a list, the
value is a projection: `CardFields`, `TitleFields` and `ArchiveFields` are named tuples of some
of its fields, and the view gets the tuple, not the briefing. A field the projection does not
declare cannot be read through it (mypy refuses the attribute; at run time it is an
AttributeError in every test that renders a card). Showing a new field on cards means adding it
to `CardFields`, which adds it to the card key's digest: there is no second list to forget.

Conditional reads: a page records the keys it read on this run, and only those. That is enough:
the page is a function of the values it read, so while none of them changed, rendering it again
takes the same branches and reads the same keys (the argument of build systems that record
dependencies as they run, such as Salsa's). A branch must therefore test values that were read
through a key, never the model directly. Within a projection the digest covers every field,
whichever the view used on this run.

Version kinds (`briefing`, `article`, `analysis`) name a whole loaded file or analysis: their
digest is its version (`Site.versions`), and the view reads the object itself. The `site` key
covers the site-wide settings and the generator's code (see `Digests`). A kind that is not in
the table is a programming error: `Reads.add` raises `UnknownKind` naming it, and so does
`Digests.of`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from operator import attrgetter
from typing import Any, Generic, NamedTuple, TypeVar

from generator.index.indexes import Country, Indexes
from generator.model.analysis import Profile
from generator.model.site import Article, Briefing, Outlet, Site, Storyline, Topic

Key = tuple[str, str]
T = TypeVar("T")


class UnknownKind(LookupError):
    """A key of a kind that is not in `KINDS`: a programming error, not a user's."""

    def __init__(self, name: str):
        super().__init__(
            f"unknown key kind '{name}': every kind a page reads is declared in KINDS "
            "(generator/render/reads.py)"
        )
        self.name = name


class CardFields(NamedTuple):
    """What a story card shows of its briefing (see `ViewBuilder.card`)."""

    title: str
    date: datetime
    date_only: bool
    summary: str
    topics: tuple[str, ...]
    sources: tuple[str, ...]  # the card counts them
    draft: bool


class TitleFields(NamedTuple):
    """What a link to a story shows of its briefing."""

    title: str


class ArchiveFields(NamedTuple):
    """What the archive shows of a story."""

    title: str
    date: datetime
    date_only: bool
    draft: bool


def projection(fields: type[T], model: type) -> Callable[[Any], T]:
    """The function giving `fields` (a NamedTuple) from an object of `model` (a dataclass),
    checked now: each of its fields is a field of the model, declared with the same type (as
    written: both modules keep annotations as text)."""
    names: Sequence[str] = fields._fields  # type: ignore[attr-defined]
    own = {name: getattr(kind, "__forward_arg__", kind) for name, kind in fields.__annotations__.items()}
    types = {f.name: f.type for f in dataclasses.fields(model)}
    for name in names:
        where = f"{fields.__name__}.{name}"
        if name not in types:
            raise TypeError(f"{where}: {model.__name__} has no field '{name}'")
        if own[name] != types[name]:
            raise TypeError(f"{where}: declared {own[name]}, but {model.__name__}.{name} is {types[name]}")
    get = attrgetter(*names)
    make: Callable[..., T] = fields._make  # type: ignore[attr-defined]
    if len(names) == 1:
        return lambda obj: make((get(obj),))
    return lambda obj: make(get(obj))


@dataclass(frozen=True, slots=True)
class Kind(Generic[T]):
    """One kind of key: what its ident names, and how the key's value is read.

    `find(site, indexes, ident)` gives the model object (None: the ident names nothing now, and
    the value is None); `project(found)` gives what of it the key covers (no `project`: the
    object itself). `follows` names the
    version kind whose version fixes the value (a build reuses the last build's digest while
    that version is the same); `compare` marks values cheap to compare (plain strings, counts,
    dates that only order): in the preview, an equal value keeps the last build's digest without
    hashing it again. A `version` kind's digest is the version of the file or analysis it names.
    """

    name: str
    names: str  # what the ident names, in words
    find: Callable[[Site, Indexes, str], Any] | None = None
    project: Callable[[Any], T] | None = None
    follows: str | None = None
    compare: bool = False
    version: bool = False

    def value(self, site: Site, indexes: Indexes, ident: str) -> T | None:
        find, project = self.find, self.project
        if find is None:
            raise TypeError(f"a '{self.name}' key has no value of its own (see its `names`)")
        found = find(site, indexes, ident)
        return found if found is None or project is None else project(found)


def _slugs(briefings: Sequence[Briefing]) -> tuple[str, ...]:
    return tuple([b.slug for b in briefings])


def _slugs_dates(briefings: Sequence[Briefing]) -> tuple[tuple[str, datetime], ...]:
    return tuple([(b.slug, b.date) for b in briefings])


# How each kind finds what its ident names: (site, indexes, ident) -> the object, or None.
def _shown(site: Site, indexes: Indexes, slug: str) -> Briefing | None:
    return indexes.by_slug.get(slug)  # a shown story (a draft is one only in a --drafts build)


def _article(site: Site, indexes: Indexes, article_id: str) -> Article | None:
    return site.articles.get(article_id)


def _profiles(site: Site, indexes: Indexes, slug: str) -> tuple[Profile, ...] | None:
    return site.analyses.profiles(slug) if slug in site.analyses else None


def _topic(site: Site, indexes: Indexes, slug: str) -> Topic | None:
    return site.config.topics.get(slug)


def _outlet(site: Site, indexes: Indexes, slug: str) -> Outlet | None:
    return site.config.outlets.get(slug)


def _under_topic(site: Site, indexes: Indexes, slug: str) -> tuple[Briefing, ...]:
    return indexes.by_topic.get(slug, ())


def _filed_under(site: Site, indexes: Indexes, slug: str) -> tuple[Briefing, ...]:
    return indexes.direct.get(slug, ())


def _citing(site: Site, indexes: Indexes, article_id: str) -> tuple[Briefing, ...]:
    return indexes.citing.get(article_id, ())


def _country(site: Site, indexes: Indexes, code: str) -> Country | None:
    return indexes.countries.get(code)


def _outlet_articles(site: Site, indexes: Indexes, slug: str) -> tuple[Article, ...]:
    return indexes.by_outlet.get(slug, ())


StorylineValue = tuple[Storyline | None, tuple[tuple[str, datetime], ...]]


def _storyline(site: Site, indexes: Indexes, slug: str) -> tuple[Storyline | None, tuple[Briefing, ...]]:
    return site.config.storylines.get(slug), indexes.storylines.get(slug, ())


def _storyline_value(found: tuple[Storyline | None, tuple[Briefing, ...]]) -> StorylineValue:
    return found[0], _slugs_dates(found[1])


# The kinds. `names` says in words what a key's ident names; the rest is how its value is read.
SITE: Kind[Any] = Kind(
    "site", names="the site-wide settings (site.yaml but its topics, outlets, storylines) and the code"
)
BRIEFING: Kind[Any] = Kind("briefing", names="a note by slug, whole: its version", version=True)
ARTICLE: Kind[Any] = Kind("article", names="an article by id, whole: its version", version=True)
ANALYSIS: Kind[Any] = Kind("analysis", names="a story's analysis by slug, whole: its version", version=True)
CARD = Kind(
    "card",
    names="a shown story by slug, as its card shows it",
    find=_shown,
    project=projection(CardFields, Briefing),
    follows="briefing",
)
TITLE = Kind(
    "title",
    names="a shown story by slug, as a link to it shows it",
    find=_shown,
    project=projection(TitleFields, Briefing),
    follows="briefing",
)
DATED = Kind(
    "dated",
    names="a shown story by slug, as the archive lists it",
    find=_shown,
    project=projection(ArchiveFields, Briefing),
    follows="briefing",
)
OUTLET_OF: Kind[str] = Kind(
    "outlet-of",
    names="an article by id: its outlet (cards count the articles)",
    find=_article,
    project=attrgetter("outlet"),
    follows="article",
)
PROFILES: Kind[tuple[Profile, ...]] = Kind(
    "profiles", names="a story's newsrooms, by slug", find=_profiles, follows="analysis"
)
TOPIC: Kind[Topic] = Kind("topic", names="a topic of site.yaml by slug", find=_topic)
OUTLET: Kind[Outlet] = Kind("outlet", names="an outlet of site.yaml by slug", find=_outlet)
MEMBERS = Kind(
    "members",
    names="the stories under a topic or its children, by topic slug",
    find=_under_topic,
    project=_slugs,
    compare=True,
)
DIRECT = Kind(
    "direct",
    names="the stories filed under a topic itself, with their dates",
    find=_filed_under,
    project=_slugs_dates,
    compare=True,
)
CITING = Kind(
    "citing", names="the stories citing an article, by article id", find=_citing, project=_slugs, compare=True
)
OUTLET_COUNT = Kind(
    "outlet-count",
    names="how many articles an outlet has, by outlet slug",
    find=_outlet_articles,
    project=len,
    compare=True,
)
COUNTRY: Kind[Country] = Kind(
    "country",
    names="a country by ISO 3166 code ('GB'): its outlets with articles and the stories citing them",
    find=_country,
    compare=True,
)
STORYLINE: Kind[StorylineValue] = Kind(
    "storyline",
    names="a storyline of site.yaml by slug, with its stories' slugs and dates",
    find=_storyline,
    project=_storyline_value,
    compare=True,
)


def _registry(*kinds: Kind[Any]) -> dict[str, Kind[Any]]:
    table: dict[str, Kind[Any]] = {}
    for kind in kinds:
        if kind.name in table:
            raise TypeError(f"key kind '{kind.name}' declared twice")
        table[kind.name] = kind
    for kind in kinds:
        if kind.follows is not None and not table[kind.follows].version:
            raise TypeError(f"key kind '{kind.name}' follows '{kind.follows}', which is not a version kind")
    return table


# The registry: every kind of key a page may read.
KINDS: dict[str, Kind[Any]] = _registry(
    SITE,
    BRIEFING,
    ARTICLE,
    ANALYSIS,
    CARD,
    TITLE,
    DATED,
    OUTLET_OF,
    PROFILES,
    TOPIC,
    OUTLET,
    MEMBERS,
    DIRECT,
    CITING,
    OUTLET_COUNT,
    COUNTRY,
    STORYLINE,
)


def kind_of(name: str) -> Kind[Any]:
    """The registered kind of that name; UnknownKind when there is none."""
    found = KINDS.get(name)
    if found is None:
        raise UnknownKind(name)
    return found


@dataclass
class Reads:
    """The keys one output read while it was built; `start` before each output."""

    keys: set[Key] = field(default_factory=set)

    def start(self) -> None:
        self.keys = set()

    def add(self, kind: str, ident: str = "") -> None:
        if kind not in KINDS:
            raise UnknownKind(kind)
        self.keys.add((kind, ident))

    def taken(self) -> tuple[Key, ...]:
        """The keys read since `start`, sorted."""
        return tuple(sorted(self.keys))

    @contextmanager
    def apart(self) -> Iterator[set[Key]]:
        """Record into a set of its own, added to the output's when done: what one memoized view
        read, to add again each time the view is reused (see `ViewBuilder.card`)."""
        outer, inner = self.keys, set[Key]()
        self.keys = inner
        try:
            yield inner
        finally:
            self.keys = outer
            outer |= inner
