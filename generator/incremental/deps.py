"""Dependency tracking: whether anything an output read changed since the last build.

While a page is built, every piece of the model it touches is recorded as a key such as
`("briefing", "landmines")` or `("card", "landmines")` (see `render.reads`: the registry of key
kinds, `KINDS`, and the recorder, `Reads`). An output's fingerprint is a digest of its
listing (what is listed on it), the templates it uses, and the current digest of every key it
read (see `Digests`). The manifest of the last build keeps each output's keys and
fingerprint, so a rebuild re-renders only the outputs whose fingerprint moved, without
rendering anything to find out.

A key's digest is the digest of its value as the registry reads it, `KINDS[kind].value(...)`:
the very value the views were given when they read the key (a view reads through
`ViewBuilder.read`), so a digest covers what was shown, with no second list of fields to keep
in step. A kind that is not registered raises `UnknownKind` (a programming error). Manifests
are stamped with the digest of the generator's code (see `stamped`), so every key in one was
recorded by this code's registry.

The digest path is hot (a site of 1000 stories has some 15,000 keys, and every list page reads
a card per story), so three shortcuts keep it cheap, each exact:

- a kind that `follows` a version kind (a card follows its briefing's file) reuses the last
  build's digest while that version is the same (`stored`, kept in the manifest as `versioned`);
- in the preview, a `compare` kind whose value equals the last build's reuses its digest
  (`previous`), comparing plain strings instead of hashing them;
- an output's fingerprint joins its keys' digests, memoized for the build.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from typing import Any

from generator.incremental.code_digest import code_digest
from generator.incremental.content_cache import digest_of
from generator.index.indexes import Indexes
from generator.model.site import Site
from generator.render.reads import KINDS, Key, Kind, Reads, UnknownKind

__all__ = [
    "BY_VERSION",
    "KINDS",
    "VERSIONED",
    "Digests",
    "Interned",
    "Key",
    "Reads",
    "UnknownKind",
    "listing_digest",
]


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


def listing_digest(listing: str, template_digest: str) -> str:
    """A digest of what an output lists and the template it is made with (see `outputs`)."""
    return hashlib.blake2b(f"{template_digest}\0{listing}".encode(), digest_size=16).hexdigest()


# Kinds whose value follows one loaded file or analysis, by the version that names it: a build
# reuses the last build's digest of such a key while that version is the same.
VERSIONED = {kind.name: kind.follows for kind in KINDS.values() if kind.follows is not None}
# The kinds whose value is fixed by the version of one loaded note, article or analysis: the
# only keys whose digest can move when such objects are replaced in place (the preview's quick
# reload) and the site keeps its shape.
BY_VERSION = tuple(name for name, kind in KINDS.items() if kind.version or kind.follows is not None)


class Digests:
    """The current digest of every key, computed on first use from the loaded site.

    With `stored` (the last build's versioned digests, see `VERSIONED`), a key that follows an
    unchanged file reuses its digest. With `previous` (the preview's last build), a key of a
    `compare` kind whose value is equal reuses its digest; `remember` keeps those values, so
    that this build can be the next one's `previous`.
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
        self._memo: dict[Key, str] = {("site", ""): digest_of(code_digest(), site_wide)}
        self._values: dict[Key, object] = {}  # of `compare` kinds, when remembered
        self._previous = previous
        self._remember = remember
        self._versions = objects
        self._stored = stored or {}
        self.versioned: dict[Key, tuple[str, str]] = {}  # what the next build may reuse

    def of(self, key: Key) -> str:
        """The digest of one key; a key that names nothing any more gets a digest of its own."""
        found = self._memo.get(key)
        if found is not None:
            return found
        found = self._versions.get(key)  # a note's, article's or analysis's own key: its version
        if found is not None:
            self._memo[key] = found
            return found
        kind = KINDS.get(key[0])
        if kind is None:
            raise UnknownKind(key[0])
        if kind.version:  # one that names nothing any more
            found = self._memo[key] = digest_of(key, None)
            return found
        follows = kind.follows
        if follows is not None:
            ident = key[1]
            version = self._versions.get((follows, ident))
            find = kind.find
            if version is not None and find is not None and find(self.site, self.indexes, ident) is not None:
                stored = self._stored.get(key)
                if stored is not None and stored[0] == version:
                    found = self._memo[key] = stored[1]
                else:
                    found = self._digest(key, kind)
                self.versioned[key] = (version, found)
                return found
        return self._digest(key, kind)

    def _digest(self, key: Key, kind: Kind[Any]) -> str:
        value = kind.value(self.site, self.indexes, key[1])
        found = None
        if kind.compare:
            previous = self._previous
            if previous is not None and key in previous._values and previous._values[key] == value:
                found = previous._memo[key]
            if self._remember:
                self._values[key] = value
        if found is None:
            found = digest_of(key, value)
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

    def fingerprint(self, listing: str, template: str | None, keys: Iterable[Key]) -> str:
        """The digest of an output built from `listing`, `template` and the keys it read.

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
        h.update(listing.encode())
        h.update(b"\0" + self.templates.get(template or "", "").encode() + b"\0")
        h.update(joined.encode())
        return h.hexdigest()
