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

from generator import __version__
from generator.cache import fingerprint
from generator.indexes import Indexes
from generator.models import Briefing, Site

Key = tuple[str, str]


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


def _dated(briefing: Briefing) -> tuple[object, ...]:
    """What the archive shows of a story."""
    return (briefing.title, briefing.date, briefing.date_only, briefing.draft)


class Digests:
    """The current digest of every key, computed on first use from the loaded site."""

    def __init__(
        self,
        site: Site,
        indexes: Indexes,
        objects: Mapping[Key, str],
        site_wide: str,
        templates: Mapping[str, str],
    ):
        self.site, self.indexes = site, indexes
        self.templates = templates
        self._memo: dict[Key, str] = dict(objects)
        self._memo[("site", "")] = fingerprint(__version__, site_wide)
        briefings = {b.slug: b for b in site.briefings}
        config = site.config
        self._kinds: dict[str, Callable[[str], object]] = {
            "topic": lambda s: config.topics.get(s),
            "outlet": lambda s: config.outlets.get(s),
            "members": lambda s: tuple(b.slug for b in indexes.by_topic.get(s, ())),
            "direct": lambda s: tuple((b.slug, b.date) for b in indexes.direct.get(s, ())),
            "citing": lambda a: tuple(b.slug for b in indexes.citing.get(a, ())),
            "outlet-of": lambda a: site.articles[a].outlet if a in site.articles else None,
            "card": lambda s: _card(briefings[s]) if s in briefings else None,
            "title": lambda s: (briefings[s].title, briefings[s].draft) if s in briefings else None,
            "dated": lambda s: _dated(briefings[s]) if s in briefings else None,
            "profiles": lambda s: site.analyses.profiles(s) if s in site.analyses else None,
            "storyline": lambda s: (
                config.storylines.get(s),
                tuple((b.slug, b.date) for b in indexes.storylines.get(s, ())),
            ),
        }

    def of(self, key: Key) -> str:
        """The digest of one key; a key that names nothing any more gets a digest of its own."""
        found = self._memo.get(key)
        if found is None:
            compute = self._kinds.get(key[0])
            found = fingerprint(key, compute(key[1]) if compute else "gone")
            self._memo[key] = found
        return found

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
