"""Dependency tracking: what each output read, and whether any of it changed since last time.

While a page is built, every piece of the model it touches is recorded as a key such as
`("briefing", "landmines")` or `("members", "ukraine")` (see `Reads`). An output's fingerprint
is a digest of its identity (path, template, what is listed on it), the templates it uses, and
the current digest of every key it read (see `Digests`). The manifest of the last build keeps
each output's keys and fingerprint, so a rebuild re-renders only the outputs whose fingerprint
moved, without rendering anything to find out.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from generator.incremental.code_digest import code_digest
from generator.incremental.content_cache import fingerprint
from generator.index.indexes import Indexes
from generator.model.site import Briefing, Site

Key = tuple[str, str]


class Interned:
    """One object per key: keys read by many outputs (`("site", "")` by all of them) are stored,
    pickled and compared as one object, which keeps the manifest small and quick to load."""

    def __init__(self, known: Iterable[Key] = ()):
        self._known = known  # the objects to keep (the last manifest's), read on first use
        self._keys: dict[Key, Key] | None = None

    @property
    def used(self) -> bool:
        return self._keys is not None

    def __call__(self, keys: Iterable[Key]) -> tuple[Key, ...]:
        table = self._keys
        if table is None:
            table = self._keys = {key: key for key in self._known}
        return tuple([table.setdefault(key, key) for key in keys])


@dataclass
class Reads:
    """The keys one output read while it was built; `start` before each output."""

    keys: set[Key] = field(default_factory=set)

    def start(self) -> None:
        self.keys = set()

    def add(self, kind: str, ident: str = "") -> None:
        self.keys.add((kind, ident))

    def taken(self) -> tuple[Key, ...]:
        """The keys read since `start`, sorted."""
        return tuple(sorted(self.keys))


def _card(briefing: Briefing) -> tuple[object, ...]:
    """What a story's card shows (its key points and other sections are not on it)."""
    b = briefing
    return (b.title, b.date, b.date_only, b.updated, b.summary, b.topics, b.sources, b.draft)


def signature(identity: str, template_digest: str) -> str:
    """A digest of what an output lists and the template it is made with (see `outputs`)."""
    return hashlib.blake2b(f"{template_digest}\0{identity}".encode(), digest_size=16).hexdigest()


def _dated(briefing: Briefing) -> tuple[object, ...]:
    """What the archive shows of a story."""
    return (briefing.title, briefing.date, briefing.date_only, briefing.draft)


# Kinds whose value is plain strings (and dates that only order): in the preview, an equal value
# keeps the last build's digest without hashing it again.
_SAME_VALUE = {"members", "direct", "citing", "storyline", "outlet-count"}
# Kinds whose value follows from one loaded file or analysis, by the version that names it: a
# build reuses the last build's digest of such a key while that version is the same.
VERSIONED = {
    "card": "briefing",
    "title": "briefing",
    "dated": "briefing",
    "outlet-of": "article",
    "profiles": "analysis",
}


class Digests:
    """The current digest of every key, computed on first use from the loaded site.

    With `stored` (the last build's versioned digests, see `VERSIONED`), a key that follows an
    unchanged file reuses its digest. With `previous` (the preview's last build), a key of the
    `_SAME_VALUE` kinds whose value is equal reuses its digest; `remember` keeps those values,
    so that this build can be the next one's `previous`.
    """

    def __init__(
        self,
        site: Site,
        indexes: Indexes,
        objects: Mapping[Key, str],
        site_wide: str,
        templates: Mapping[str, str],
        previous: Digests | None = None,
        remember: bool = False,
        stored: Mapping[Key, tuple[str, str]] | None = None,
    ):
        self.site, self.indexes = site, indexes
        self.templates = templates
        self._memo: dict[Key, str] = {("site", ""): fingerprint(code_digest(), site_wide)}
        self._basis: dict[Key, object] = {}
        self._previous = previous
        self._remember = remember
        self._versions = objects
        self._stored = stored or {}
        self.versioned: dict[Key, tuple[str, str]] = {}  # what the next build may reuse
        briefings = indexes.by_slug
        config = site.config
        self._bases: dict[str, Callable[[str], object]] = {
            "card": briefings.get,
            "title": briefings.get,
            "dated": briefings.get,
            "outlet-of": site.articles.get,
            "profiles": lambda s: site.analyses.profiles(s) if s in site.analyses else None,
            "members": lambda s: tuple(b.slug for b in indexes.by_topic.get(s, ())),
            "outlet-count": lambda s: len(indexes.by_outlet.get(s, ())),
            "direct": lambda s: tuple((b.slug, b.date) for b in indexes.direct.get(s, ())),
            "citing": lambda a: tuple(b.slug for b in indexes.citing.get(a, ())),
            "storyline": lambda s: (
                config.storylines.get(s),
                tuple((b.slug, b.date) for b in indexes.storylines.get(s, ())),
            ),
        }
        self._values: dict[str, Callable[[str, object], object]] = {
            "topic": lambda s, _: config.topics.get(s),
            "outlet": lambda s, _: config.outlets.get(s),
            "card": lambda s, b: _card(b) if isinstance(b, Briefing) else None,
            "title": lambda s, b: (b.title, b.draft) if isinstance(b, Briefing) else None,
            "dated": lambda s, b: _dated(b) if isinstance(b, Briefing) else None,
            "outlet-of": lambda a, article: getattr(article, "outlet", None),
        }

    def of(self, key: Key) -> str:
        """The digest of one key; a key that names nothing any more gets a digest of its own."""
        found = self._memo.get(key)
        if found is not None:
            return found
        found = self._versions.get(key)  # a note's, article's or analysis's own key: its version
        if found is not None:
            self._memo[key] = found
            return found
        kind, ident = key
        follows = VERSIONED.get(kind)
        version = self._versions.get((follows, ident)) if follows is not None else None
        if version is None or self._bases[kind](ident) is None:  # not versioned, or not shown
            return self._digest(key)
        stored = self._stored.get(key)
        if stored is not None and stored[0] == version:
            found = self._memo[key] = stored[1]
        else:
            found = self._digest(key)
        self.versioned[key] = (version, found)
        return found

    def _digest(self, key: Key) -> str:
        kind, ident = key
        found = None
        base = self._bases.get(kind)
        basis = base(ident) if base else None
        previous = self._previous
        if previous is not None and key in previous._basis and previous._basis[key] == basis:
            found = previous._memo[key]
        if found is None:
            make = self._values.get(kind)
            if make is not None:
                value = make(ident, basis)
            elif base is not None:
                value = basis
            else:
                value = "gone"
            found = fingerprint(key, value)
        if self._remember and kind in _SAME_VALUE:
            self._basis[key] = basis
        self._memo[key] = found
        return found

    def drop_previous(self) -> None:
        self._previous = None

    @property
    def memo(self) -> dict[Key, str]:
        """Every digest computed or looked up so far (the versions looked up included)."""
        return self._memo

    def changed_since(self, before: Mapping[Key, str]) -> set[Key]:
        """The keys of `before` (the last build's digests) whose digest is not the same now."""
        return {key for key, digest in before.items() if self.of(key) != digest}

    def fingerprint(self, identity: str, template: str | None, keys: Iterable[Key]) -> str:
        """The digest of an output built from `identity`, `template` and the keys it read.

        The keys themselves are not hashed: an output's keys are stored beside its fingerprint,
        and each key's digest already covers its name.
        """
        keys = tuple(keys)
        memo = self._memo
        try:
            joined = "".join(map(memo.__getitem__, keys))  # every digest known: no Python loop
        except KeyError:
            for key in keys:
                if key not in memo:
                    self.of(key)
            joined = "".join(map(memo.__getitem__, keys))
        h = hashlib.blake2b(digest_size=16)
        h.update(identity.encode())
        h.update(b"\0" + self.templates.get(template or "", "").encode() + b"\0")
        h.update(joined.encode())
        return h.hexdigest()
