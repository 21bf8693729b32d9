"""Every field of every model class, edited in the content files: a rebuild gives what a clean
build of the edited content gives, byte for byte, both as a one-off build and in the preview.

The fields are found by introspection (the dataclasses of `generator.model.site`), so a new
field fails `test_every_field_is_edited_or_exempt` until `EDITS` says how to edit it in the
content of `fields_site/` (or `EXEMPT` says why content cannot set it). Each edit is checked
to change its field in the loaded model, and to change the output (or `hidden` says why not).

The matrix shares two long-lived sites, one built by one-off builds and one by a preview
(`Warm`), as an editor's session does: each edit is made, built and compared, then undone,
built and compared with the unedited site again. A site whose output went wrong is rebuilt
from nothing, so one failure does not spread to the next field's test.
"""

from __future__ import annotations

import dataclasses
import shutil
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

import generator.model.site as model
from generator.build import BuildOptions, build, check
from generator.preview.rebuild import rebuild
from generator.preview.state import Warm
from tests.conftest import REPO

HERE = Path(__file__).resolve().parent
FIXTURE = HERE / "fields_site"
OPTIONS = BuildOptions(search=False, jobs=1)
MODULES = (model,)  # the modules whose dataclasses are the model

STORM = "content/briefings/storm-outage.yaml"
GRID = "content/briefings/grid-review.yaml"
QUIET = "content/briefings/quiet-weekend.yaml"
OUTAGE = "content/articles/2025-01-10-coastal-times-storm-outage.md"
FORECAST = "content/articles/2025-01-12-wire-one-forecast.md"  # cited by no story
SITE = "site.yaml"


@dataclass(frozen=True)
class Change:
    """Replace `old` (once in the file, exactly) with `new`; `new_path` also renames the file."""

    path: str
    old: str
    new: str
    new_path: str | None = None


@dataclass(frozen=True)
class Edit:
    """An edit of the content: its changes, and why the output does not change (when it does not)."""

    changes: tuple[Change, ...]
    hidden: str = ""


def edit(path: str, old: str, new: str, hidden: str = "") -> Edit:
    return Edit((Change(path, old, new),), hidden)


def rename(path: str, new_path: str, *more: Change) -> Edit:
    return Edit((Change(path, "", "", new_path), *more))


def add(path: str, text: str) -> Edit:
    return Edit((Change(path, "", text),))


# How each field is edited in the content files of fields_site/: "Class.field" -> Edit.
EDITS: dict[str, Edit] = {
    # site.yaml
    "SiteConfig.title": edit(SITE, "title: Field Desk", "title: The Field Desk"),
    "SiteConfig.description": edit(SITE, "description: A small site", "description: A tiny site"),
    "SiteConfig.base_url": edit(
        SITE, "base_url: https://desk.example.org/fields/", "base_url: https://desk.example.org/"
    ),
    "SiteConfig.language": edit(
        SITE, "language: en\ntimezone: America", "language: en-GB\ntimezone: America"
    ),
    "SiteConfig.timezone": edit(SITE, "timezone: America/New_York\nauthor", "timezone: Asia/Tokyo\nauthor"),
    "SiteConfig.author": edit(SITE, "author: The Field Desk", "author: The Desk"),
    "SiteConfig.per_page": edit(SITE, "per_page: 2", "per_page: 3"),
    "SiteConfig.excerpt_words": edit(SITE, "excerpt_words: 12", "excerpt_words: 5"),
    "SiteConfig.feed_length": edit(SITE, "feed_length: 3", "feed_length: 2"),
    "SiteConfig.publish_full_text": edit(SITE, "publish_full_text: false", "publish_full_text: true"),
    "SiteConfig.topics": edit(SITE, "topics:\n", "topics:\n  tides:\n    name: Tides\n"),
    "SiteConfig.outlets": edit(
        SITE,
        "outlets:\n",
        "outlets:\n  harbour-post:\n    name: Harbour Post\n",
        hidden="the sources page lists outlets with articles only",
    ),
    "SiteConfig.storylines": edit(
        SITE,
        "storylines:\n",
        "storylines:\n  spring-floods:\n    name: Spring floods\n",
        hidden="a storyline gets a page once a story is in it",
    ),
    "SiteConfig.wires": edit(
        SITE,
        "storylines:\n",
        "wires:\n  KPA:\n    full_name: Kestrel Press Agency\nstorylines:\n",
        hidden="the wire registry is read by ingest; pages show an article's `via` as written",
    ),
    "Topic.slug": Edit(
        (
            Change(SITE, "  weather:\n", "  storms:\n"),
            Change(STORM, "topics: [grid, weather]", "topics: [grid, storms]"),
            Change(QUIET, "topics: [weather]", "topics: [storms]"),
        )
    ),
    "Topic.name": edit(SITE, "name: Power grid", "name: The grid"),
    "Topic.description": edit(SITE, "description: Storms and forecasts.", "description: Storms, forecasts."),
    "Topic.aliases": edit(
        SITE, "aliases: [power]", "aliases: [power, fuel]", hidden="aliases are other names notes may use"
    ),
    "Topic.parent": edit(SITE, "    parent: energy\n", ""),
    "Outlet.slug": Edit(
        (
            Change(SITE, "  wire-one:\n", "  wire-two:\n"),
            Change(
                "content/articles/2025-01-10-wire-one-storm-cuts.md", "outlet: wire-one", "outlet: wire-two"
            ),
            Change(FORECAST, "outlet: wire-one", "outlet: wire-two"),
        )
    ),
    "Outlet.name": edit(SITE, "name: Coastal Times", "name: The Coastal Times"),
    "Outlet.url": edit(SITE, "url: https://wire-one.example/", "url: https://wire1.example/"),
    "Outlet.country": edit(SITE, "country: GB", "country: IE"),
    "Outlet.language": edit(
        SITE, "language: en\n    timezone: Europe/London", "language: fr\n    timezone: Europe/London"
    ),
    "Outlet.timezone": edit(SITE, "timezone: Europe/London", "timezone: Asia/Kolkata"),
    "Outlet.kind": edit(SITE, "kind: newspaper", "kind: digital"),
    "Storyline.slug": Edit(
        (
            Change(SITE, "  winter-outages:\n", "  winter-cuts:\n"),
            Change(STORM, "storyline: winter-outages", "storyline: winter-cuts"),
            Change(GRID, "storyline: winter-outages", "storyline: winter-cuts"),
        )
    ),
    "Storyline.name": edit(SITE, "name: Winter outages", "name: The winter outages"),
    "Storyline.description": edit(SITE, "description: The storm outage and", "description: The outage and"),
    # an article
    "Article.id": rename(FORECAST, "content/articles/2025-01-12-wire-one-calm-forecast.md"),
    "Article.path": rename(FORECAST, "content/articles/2025-01-12-wire-one-calm-forecast.md"),
    "Article.title": edit(OUTAGE, "title: Storm leaves 40,000", "title: Storm leaves 41,000"),
    "Article.outlet": edit(OUTAGE, "outlet: coastal-times", "outlet: wire-one"),
    "Article.published": edit(OUTAGE, "published: 2025-01-10T07:30:00", "published: 2025-01-10T06:30:00"),
    "Article.excerpt": edit(OUTAGE, "A winter storm cut power", "A winter storm cut the power"),
    "Article.body": Edit(  # kept only when the site publishes full text
        (
            Change(SITE, "publish_full_text: false", "publish_full_text: true"),
            Change(OUTAGE, "Repair crews were working", "Repair crews kept working"),
        )
    ),
    "Article.url": edit(
        OUTAGE, "url: https://coastal.example/storm-outage", "url: https://coastal.example/outage"
    ),
    "Article.updated": edit(OUTAGE, "updated: 2025-01-10T11:00:00", "updated: 2025-01-10T12:00:00"),
    "Article.authors": edit(OUTAGE, "authors: [Dana Reyes, Sam Ode]", "authors: [Dana Reyes]"),
    "Article.via": edit(OUTAGE, "via: Wire One", "via: Coastal Wire"),
    "Article.dateline": edit(OUTAGE, "dateline: PORTLAND", "dateline: BANGOR"),
    "Article.dek": edit(OUTAGE, "dek: The utility expects", "dek: The utility hopes for"),
    "Article.kind": edit(OUTAGE, "kind: news", "kind: explainer"),
    "Article.paywalled": edit(OUTAGE, "paywalled: false", "paywalled: true"),
    "Article.review": edit(
        OUTAGE,
        "review: [Check the outage",
        "review: [Confirm the outage",
        hidden="review notes are warnings for editors",
    ),
    "Article.corrections": edit(OUTAGE, "corrections: [An earlier version", "corrections: [A first version"),
    "Article.draft": edit(FORECAST, "published:", "draft: true\npublished:"),
    "Article.date_only": edit(OUTAGE, "published: 2025-01-10T07:30:00", "published: 2025-01-10"),
    "Article.body_line": edit(
        OUTAGE,
        "draft: false\n---",
        "draft: false\n# filed by the desk\n---",
        hidden="the line the body starts on, for messages that name a line",
    ),
    "Article.body_digest": edit(OUTAGE, "most customers should", "most homes should"),
    # a briefing note
    "Briefing.slug": rename(QUIET, "content/briefings/calm-weekend.yaml"),
    "Briefing.path": rename(QUIET, "content/briefings/calm-weekend.yaml"),
    "Briefing.title": edit(STORM, "title: Winter storm cuts", "title: Winter storm knocks out"),
    "Briefing.date": edit(STORM, "date: 2025-01-10T09:00:00", "date: 2025-01-10T08:00:00"),
    "Briefing.date_only": edit(STORM, "date: 2025-01-10T09:00:00", "date: 2025-01-10"),
    "Briefing.summary": edit(STORM, "summary: A storm cut power", "summary: A storm cut the power"),
    "Briefing.key_points": edit(
        QUIET, "  - Calm weather is expected for the weekend.\n", "  - Calm weather.\n  - No rain.\n"
    ),
    "Briefing.topics": edit(GRID, "topics: [energy]", "topics: [energy, weather]"),
    "Briefing.sources": edit(
        GRID,
        "sources: [2025-01-11-coastal-times-grid-review]\nrelated",
        "sources: [2025-01-11-coastal-times-grid-review, 2025-01-10-wire-one-storm-cuts]\nrelated",
    ),
    "Briefing.updated": edit(STORM, "updated: 2025-01-10T18:00:00", "updated: 2025-01-10T19:00:00"),
    "Briefing.why_it_matters": edit(STORM, "why_it_matters: Outages are", "why_it_matters: Outages were"),
    "Briefing.whats_next": edit(STORM, "whats_next: The utility reports", "whats_next: The utility answers"),
    "Briefing.timeline": edit(
        GRID, "related:", "timeline:\n  - date: 2025-01-11\n    text: The review is ordered.\nrelated:"
    ),
    "Briefing.related": edit(STORM, "related: [grid-review]", "related: [quiet-weekend]"),
    "Briefing.draft": edit(QUIET, "title:", "draft: true\ntitle:"),
    "Briefing.storyline": edit(QUIET, "title:", "storyline: winter-outages\ntitle:"),
    "Briefing.updates": edit(
        GRID, "updates:\n", "updates:\n  - date: 2025-01-12\n    kind: update\n    text: Added a date.\n"
    ),
    "KeyPoint.text": edit(STORM, "text: About 40,000 homes lost", "text: Some 40,000 homes lost"),
    "KeyPoint.sources": edit(
        STORM,
        "sources: [2025-01-10-coastal-times-storm-outage, 2025-01-10-wire-one-storm-cuts]\nwhy",
        "sources: [2025-01-10-wire-one-storm-cuts]\nwhy",
    ),
    "TimelineEntry.date": edit(STORM, "date: 2025-01-10T02:00:00", "date: 2025-01-10T03:00:00"),
    "TimelineEntry.date_only": edit(STORM, "date: 2025-01-10T02:00:00", "date: 2025-01-10"),
    "TimelineEntry.text": edit(STORM, "text: A storm warning is issued.", "text: A storm warning goes out."),
    "TimelineEntry.sources": edit(
        STORM,
        "    sources: [2025-01-10-wire-one-storm-cuts]\nrelated",
        "    sources: [2025-01-10-coastal-times-storm-outage]\nrelated",
    ),
    "Update.date": edit(STORM, "date: 2025-01-10T12:00:00", "date: 2025-01-10T13:00:00"),
    "Update.date_only": edit(STORM, "date: 2025-01-10T12:00:00", "date: 2025-01-10"),
    "Update.kind": edit(STORM, "kind: update", "kind: correction"),
    "Update.text": edit(STORM, "text: Added the repair estimate.", "text: Added the estimate."),
    # the site as a whole
    "Site.articles": add(
        "content/articles/2025-01-13-wire-one-tides.md",
        "---\ntitle: High tides expected\noutlet: wire-one\npublished: 2025-01-13T08:00:00\n---\nTides will be high.\n",
    ),
    "Site.briefings": add(
        "content/briefings/tides.yaml",
        "title: High tides\ndate: 2025-01-13\nsummary: Tides will be high.\ntopics: [weather]\n"
        "key_points: []\nsources: [2025-01-12-wire-one-forecast]\n",
    ),
}

# Fields that no edit of the content sets, and why.
EXEMPT: dict[str, str] = {
    "Site.config": "site.yaml as a whole: each of its fields is edited as SiteConfig.*",
    "Site.analyses": "made by the analysis from the notes and articles (edited as Article.*, KeyPoint.*, ...)",
    "Site.versions": "a digest of each loaded file, made by the loader: every edit changes it",
}


def model_fields() -> list[str]:
    """'Class.field' for every field of every dataclass of the model."""
    return [
        f"{cls.__name__}.{f.name}"
        for module in MODULES
        for cls in vars(module).values()
        if isinstance(cls, type) and dataclasses.is_dataclass(cls) and cls.__module__ == module.__name__
        for f in dataclasses.fields(cls)
    ]


def test_every_field_is_edited_or_exempt():
    fields = model_fields()
    missing = [name for name in fields if name not in EDITS and name not in EXEMPT]
    assert not missing, (
        f"fields neither edited nor exempt: {', '.join(missing)}; add to EDITS how to edit each in "
        "tests/incremental/fields_site (or to EXEMPT why content cannot set it)"
    )
    assert sorted(set(EDITS) | set(EXEMPT)) == sorted(fields)  # nothing gone from the model
    assert not set(EDITS) & set(EXEMPT)


def tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def fresh_site(root: Path) -> Path:
    """The fixture site, with the repo's templates and static files."""
    shutil.copytree(FIXTURE, root)
    shutil.copytree(REPO / "templates", root / "templates")
    shutil.copytree(REPO / "static", root / "static")
    return root


def apply(root: Path, change: Edit) -> dict[Path, bytes | None]:
    """Make the edit; return what the files it touched held before (None: no such file)."""
    before: dict[Path, bytes | None] = {}
    for step in change.changes:
        path = root / step.path
        if step.new_path is not None:
            target = root / step.new_path
            before.setdefault(path, path.read_bytes())
            before.setdefault(target, None)
            path.rename(target)
            path = target
        if step.old or step.new:
            if not path.exists():
                before.setdefault(path, None)
                path.write_text(step.new)
                continue
            text = path.read_text()
            assert text.count(step.old) == 1, f"{step.old!r} is not in {step.path} once"
            before.setdefault(path, text.encode())
            path.write_text(text.replace(step.old, step.new))
    return before


def undo(before: Mapping[Path, bytes | None]) -> None:
    for path, data in before.items():
        if data is None:
            path.unlink(missing_ok=True)
        else:
            path.write_bytes(data)


def values(site: model.Site, name: str) -> list[str]:
    """The values of field 'Class.field' in every object of that class the site holds, sorted."""
    class_name, field = name.split(".")
    found: list[str] = []

    def walk(obj: Any) -> None:
        if type(obj).__name__ == class_name:
            found.append(repr(getattr(obj, field)))
        if dataclasses.is_dataclass(obj):
            for f in dataclasses.fields(obj):
                if f.name not in ("analyses", "versions"):
                    walk(getattr(obj, f.name))
        elif isinstance(obj, Mapping):
            for item in obj.values():
                walk(item)
        elif isinstance(obj, tuple):
            for item in obj:
                walk(item)

    walk(site)
    return sorted(found)


class Session:
    """A site built again after each edit, by one-off builds or by a preview (`warm`)."""

    def __init__(self, root: Path, preview: bool):
        self.root, self.preview = root, preview
        self.warm: Warm | None = None
        self.start()

    @property
    def mode(self) -> str:
        return "preview" if self.preview else "one-off build"

    def start(self) -> None:
        """Build the unedited site from nothing (twice: a preview's next build reuses the last's)."""
        for name in ("output", ".cache"):
            shutil.rmtree(self.root / name, ignore_errors=True)
        self.warm = Warm() if self.preview else None
        self.build()
        self.build()

    def build(self) -> None:
        if self.warm is not None:
            rebuild(self.root, OPTIONS, self.warm)
        else:
            build(self.root, OPTIONS)

    def rebuild(self, touched: Iterable[Path]) -> dict[str, bytes]:
        if self.warm is not None:
            self.warm.saw({str(path) for path in touched})  # what the watcher reports
        self.build()
        return tree(self.root / "output")


@dataclass
class Matrix:
    unedited: dict[str, bytes]
    site: model.Site
    sessions: tuple[Session, ...]


@pytest.fixture(scope="module")
def matrix(tmp_path_factory: pytest.TempPathFactory) -> Matrix:
    base = tmp_path_factory.mktemp("fields")
    clean = fresh_site(base / "clean")
    build(clean, OPTIONS)
    site, _ = check(clean, OPTIONS)
    sessions = tuple(
        Session(fresh_site(base / mode), preview) for mode, preview in (("once", False), ("warm", True))
    )
    return Matrix(tree(clean / "output"), site, sessions)


def differing(got: dict[str, bytes], expected: dict[str, bytes]) -> list[str]:
    return sorted(p for p in got.keys() | expected.keys() if got.get(p) != expected.get(p))


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(EDITS))
def test_an_edit_of_each_field_is_rebuilt_as_a_clean_build_makes_it(matrix, tmp_path, name):
    change = EDITS[name]
    clean = fresh_site(tmp_path / "clean")
    apply(clean, change)
    build(clean, OPTIONS)
    expected = tree(clean / "output")
    site, _ = check(clean, OPTIONS)
    assert values(site, name) != values(matrix.site, name), f"the edit does not change {name}"
    shown = differing(expected, matrix.unedited)
    if change.hidden:
        assert not shown, f"the edit of {name} changes {shown}, though `hidden` says it changes nothing"
    else:
        assert shown, f"the edit of {name} changes no output; say why in `hidden`"

    problems = []
    for session in matrix.sessions:
        before = apply(session.root, change)
        try:
            edited = session.rebuild(before)
        finally:
            undo(before)
        again = session.rebuild(before)
        if edited != expected:
            problems.append(
                f"{session.mode}: after the edit, {differing(edited, expected)} differ from a clean build's"
            )
        if again != matrix.unedited:
            problems.append(
                f"{session.mode}: once undone, {differing(again, matrix.unedited)} differ from a clean build's"
            )
        if edited != expected or again != matrix.unedited:
            session.start()  # the next field's test starts from a right site
    assert not problems, f"{name}:\n" + "\n".join(problems)
