"""The registry of key kinds (`render.reads`): what a view is given through a key is what the
key's digest covers, and a kind nobody declared is an error, not a digest that never moves."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import datetime
from typing import NamedTuple

import pytest

from generator.build import BuildOptions, check
from generator.incremental.deps import Digests
from generator.index.indexes import build_indexes
from generator.model.site import Briefing, Site
from generator.render.reads import CARD, DATED, KINDS, TITLE, Kind, Reads, UnknownKind, projection
from generator.render.urls import Urls
from generator.render.views import ViewBuilder
from tests.incremental.test_deps import example

UNKNOWN = "unknown key kind 'cards': every kind a page reads is declared in KINDS (generator/render/reads.py)"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Site:
    """The example site, loaded and analysed."""
    loaded, _ = check(example(tmp_path_factory.mktemp("reads")), BuildOptions())
    return loaded


def views_of(site: Site) -> ViewBuilder:
    return ViewBuilder(site, build_indexes(site), Urls(site.config.base_url), Reads())


def digests_of(site: Site) -> Digests:
    return Digests(site, build_indexes(site), site.versions, "", {})


def test_recording_a_kind_that_is_not_registered_is_an_error():
    with pytest.raises(UnknownKind) as raised:
        Reads().add("cards", "us-approves-landmines-for-ukraine")
    assert str(raised.value) == UNKNOWN


def test_reading_through_a_kind_that_is_not_the_registered_one_is_an_error(site):
    stray = dataclasses.replace(CARD, name="cards")
    with pytest.raises(UnknownKind) as raised:
        views_of(site).read(stray, site.briefings[0].slug)
    assert str(raised.value) == UNKNOWN


def test_a_key_of_a_kind_that_is_not_registered_has_no_digest(site):
    # It had one: a fixed digest of "gone", so that nothing it named ever invalidated an output.
    with pytest.raises(UnknownKind) as raised:
        digests_of(site).of(("cards", site.briefings[0].slug))
    assert str(raised.value) == UNKNOWN


def test_a_projection_names_fields_of_its_model_with_their_types():
    class Misspelt(NamedTuple):
        titel: str

    class Retyped(NamedTuple):
        title: str
        date: str

    with pytest.raises(TypeError) as raised:
        projection(Misspelt, Briefing)
    assert str(raised.value) == "Misspelt.titel: Briefing has no field 'titel'"
    with pytest.raises(TypeError) as raised:
        projection(Retyped, Briefing)
    assert str(raised.value) == "Retyped.date: declared str, but Briefing.date is datetime"


def test_every_kind_is_registered_once_under_its_name():
    assert all(KINDS[name].name == name for name in KINDS)
    assert {kind.follows for kind in KINDS.values() if kind.follows} <= {
        name for name, kind in KINDS.items() if kind.version
    }


def test_a_card_used_again_records_every_key_it_read_again(site):
    views = views_of(site)
    briefing = site.briefings[0]
    views.reads.start()
    first = views.card(briefing)
    read_first = views.reads.taken()
    views.reads.start()
    assert views.card(briefing) is first  # made once a build
    assert views.reads.taken() == read_first
    kinds = {kind for kind, _ in read_first}
    assert kinds == {"card", "outlet-of", "profiles", "topic"}


# The views that read a briefing through a projection, and the kind of key each reads.
PROJECTED: dict[str, tuple[Kind[object], Callable[[ViewBuilder, Briefing], object]]] = {
    "card": (CARD, ViewBuilder.card),
    "story link": (TITLE, ViewBuilder.story_link),
    "archive entry": (DATED, ViewBuilder.archive_entry),
}
IDENT_FIELDS = {"slug"}  # a key's ident: another slug is another key


def other_value(site: Site, briefing: Briefing, name: str) -> object:
    """Another value of a briefing's field: another story's, or for a flag its opposite."""
    mine = getattr(briefing, name)
    for other in site.briefings:
        if getattr(other, name) != mine:
            return getattr(other, name)
    if isinstance(mine, bool):
        return not mine
    if isinstance(mine, datetime):
        return mine.replace(year=mine.year - 1)
    raise AssertionError(f"every story of the example site has the same Briefing.{name}: vary one")


def edited_view(site: Site, view: str, name: str) -> tuple[bool, bool]:
    """Whether the view of the first story shows an edit of its field `name` (another story's
    value), and whether that edit moves the digest of the key the view read."""
    kind, make = PROJECTED[view]
    briefing = site.briefings[0]
    edited = dataclasses.replace(briefing, **{name: other_value(site, briefing, name)})
    after = dataclasses.replace(site, briefings=(edited, *site.briefings[1:]))
    key = (kind.name, briefing.slug)
    shown = make(views_of(site), briefing) != make(views_of(after), edited)
    return shown, digests_of(site).of(key) != digests_of(after).of(key)


@pytest.mark.parametrize("view", sorted(PROJECTED))
@pytest.mark.parametrize("name", [f.name for f in dataclasses.fields(Briefing) if f.name not in IDENT_FIELDS])
def test_a_field_that_changes_what_a_view_shows_changes_the_digest_of_the_key_it_read(site, view, name):
    """Generated from Briefing's fields: an edit of any field that a card, a story link or an
    archive entry shows moves the digest of the key the view read (so the lists showing it are
    rendered again), whichever field a view comes to show."""
    shown, moved = edited_view(site, view, name)
    assert moved or not shown, f"Briefing.{name} changes the {view}, but not the digest of the key it read"


@pytest.mark.parametrize("view", sorted(PROJECTED))
def test_a_projection_declares_only_fields_its_view_shows(site, view):
    """A field a view does not show would only re-render the lists for nothing."""
    kind, _ = PROJECTED[view]
    declared = kind.project(site.briefings[0])._fields  # type: ignore[union-attr,attr-defined]
    unshown = [name for name in declared if not edited_view(site, view, name)[0]]
    assert not unshown, f"the {view} does not show {unshown}, which the '{kind.name}' key covers"
