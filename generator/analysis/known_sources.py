"""The wires and outlets a site knows (`KnownSources`), and the source (`Named`) a name is.

A name is looked up against the wire registry (`generator.model.wires`), the outlets of
`site.yaml` and the story's newsrooms; each name's key groups its spellings ("AP", "the
Associated Press"). The lookups of a site's wires and outlets are worked out once per build
(`_SiteNames`), not once per story.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property

from generator.model.site import Outlet
from generator.model.wires import DEFAULT, Registry, wire_key

WORD_EDGES = "\"“”„«»‚‘’'()[]"
_POSSESSIVE_END = re.compile(r"['’]s?$")


@dataclass(frozen=True)
class Named:
    """A source a phrase names: the name to show and the key that groups its spellings."""

    name: str
    key: str
    known: bool  # a wire of the registry or an outlet of site.yaml


class _SiteNames:
    """What a site's wires and outlets name, worked out once for every story of a build (the
    same registry and outlets), not once per story: each name's wire or outlet and its key."""

    def __init__(self, wires: Registry, outlets: Mapping[str, Outlet]):
        self.wires, self.outlets = wires, outlets  # kept: the memo below is keyed by their ids
        keys = {wire_key(o.name): (o.slug, o.name) for o in outlets.values()}
        self.outlet_keys = {k: v for k, v in keys.items() if k}
        names = [o.name for o in outlets.values()]
        self.lower_case = frozenset(
            s for wire in wires.wires for s in wire.spellings if s.islower() and " " not in s
        ) | frozenset(s for s in names if s.islower() and " " not in s)
        self.found: dict[tuple[str, bool], tuple[Named | None, str]] = {}

    def lookup(self, name: str, credit: bool) -> tuple[Named | None, str]:
        """(the wire or outlet `name` names, or None; the name's key, `wire_key`)."""
        entry = (name, credit)
        found = self.found.get(entry)
        if found is None:
            if len(self.found) >= MAX_NAMES:
                self.found.clear()
            found = self.found[entry] = self._lookup(name, credit)
        return found

    def _lookup(self, name: str, credit: bool) -> tuple[Named | None, str]:
        wire = self.wires.lookup(name, any_case=credit)
        if wire is not None:
            return Named(_as_known(clean_name(name), wire.spellings), f"wire:{wire.name}", True), ""
        key = wire_key(name)
        outlet = self.outlet_keys.get(key)
        if outlet is not None:
            return Named(_as_known(clean_name(name), (outlet[1],)), f"outlet:{outlet[0]}", True), key
        return None, key


MAX_NAMES = 65_536  # names whose lookup a site keeps (then it starts again)
_SITES: dict[tuple[int, int], _SiteNames] = {}


def _site_names(wires: Registry, outlets: Mapping[str, Outlet]) -> _SiteNames:
    """The `_SiteNames` of a registry and outlets, by identity (the site's own objects)."""
    key = (id(wires), id(outlets) if outlets else 0)
    found = _SITES.get(key)
    if found is None or found.wires is not wires or (outlets and found.outlets is not outlets):
        if len(_SITES) >= 8:
            _SITES.clear()
        found = _SITES[key] = _SiteNames(wires, outlets)
    return found


@dataclass(frozen=True)
class KnownSources:
    """The wires (registry) and outlets (`site.yaml`) a name is recognised against."""

    wires: Registry = DEFAULT
    outlets: Mapping[str, Outlet] = field(default_factory=dict)
    newsrooms: tuple[str, ...] = ()  # the story's newsrooms and `via` credits, by name
    _seen: dict[tuple[str, bool], Named | None] = field(default_factory=dict, repr=False, compare=False)

    @cached_property
    def _site(self) -> _SiteNames:
        return _site_names(self.wires, self.outlets)

    @cached_property
    def _newsroom_keys(self) -> frozenset[str]:
        return frozenset(k for k in map(wire_key, self.newsrooms) if k)

    @cached_property
    def lower_case(self) -> frozenset[str]:
        """The known names written in lower case only ('dpa', 'epd'): a phrase without a capital
        names no source unless it holds one of them."""
        own = frozenset(s for s in self.newsrooms if s.islower() and " " not in s)
        return self._site.lower_case | own if own else self._site.lower_case

    def known(self, name: str, credit: bool = False) -> Named | None:
        """The wire or outlet `name` names, or None; `credit` when the text around it says it is a
        news organisation ('news agency Tass'), so a short name is read in any case. The name
        shown is the one printed ('the Associated Press'); the key is the wire's or outlet's."""
        key = (name, credit)
        if key not in self._seen:
            self._seen[key] = self._known(name, credit)
        return self._seen[key]

    def _known(self, name: str, credit: bool) -> Named | None:
        found, key = self._site.lookup(name, credit)
        if found is not None:
            return found
        if key in self._newsroom_keys:
            return Named(clean_name(name), f"name:{key}", True)
        return None

    def key(self, name: str) -> str:
        """The key grouping the spellings of one source ('AP', 'the Associated Press'): a
        story's newsroom that is no wire or outlet is keyed by its name, as any other name."""
        found, key = self._site.lookup(name, True)
        return found.key if found is not None else f"name:{key}"


def clean_name(name: str) -> str:
    name = name.strip().strip(WORD_EDGES).strip()
    name = _POSSESSIVE_END.sub("", name) if name.endswith(("'s", "’s", "s'", "s’")) else name
    if name.endswith(".") and not re.search(r"(?:\b[A-Z]\.){2,}$", name):
        name = name.rstrip(".")
    return name.strip().removeprefix("the ").strip()


def _as_known(printed: str, spellings: Iterable[str]) -> str:
    """A known name as printed, without a capital 'The' its own spellings do not have ('The
    Xinhua news agency reported' -> 'Xinhua'; 'The Associated Press' stays)."""
    if printed.startswith("The ") and not any(s.startswith("The ") for s in spellings):
        return printed[4:]
    return printed


def first_known(texts: Iterable[str], known: KnownSources) -> set[str]:
    """The grouping keys of some names (a newsroom's, an outlet's, a `via`): its own names."""
    return {known.key(text) for text in texts if text}
