"""The preview's quick reload: an in-place edit of content files patches the last load, and the
result is exactly what a full load of the same files gives; anything else takes the full load."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from generator.build import load_site
from generator.errors import ContentError
from generator.index.indexes import build_indexes
from generator.load.content import LoadOptions
from generator.preview.rebuild import load_warm
from generator.preview.state import Warm
from tests.incremental.test_deps import ATACMS, JAPAN_NEWS, LANDMINES, example, replace_in

OPTIONS = LoadOptions(drafts=True)
Edit = Callable[[Path], list[str]]  # edits the site, returns the files it touched


def edit_file(rel: str, old: str, new: str) -> Edit:
    def edit(root: Path) -> list[str]:
        replace_in(root, rel, old, new)
        return [rel]

    return edit


QUICK = {
    "title": edit_file(LANDMINES, "title: Biden approves", "title: Biden backs"),
    "key point": edit_file(LANDMINES, "especially when used", "above all when used"),
    "summary": edit_file(LANDMINES, "summary: >\n  President", "summary: >\n  Outgoing President"),
    "article title": edit_file(JAPAN_NEWS, "title: Biden approves", "title: Biden backs"),
    "article body": edit_file(JAPAN_NEWS, "anti-personnel", "antipersonnel"),
    "uncited point": edit_file(
        LANDMINES,
        "other US-supplied munitions.\n    sources:\n      - 2024-11-20-japan-news-biden-approves-anti-personnel-mines\n"
        "      - 2024-11-20-newsbytes-biden-administration-approves-supplying-ukraine\n",
        "other US-supplied munitions.\n",
    ),
    "related": edit_file(
        ATACMS,
        "related: [russia-lowers-nuclear-threshold]",
        "related: [north-korea-troops-and-arms-for-russia]",
    ),
}
FULL = {
    "date": edit_file(LANDMINES, "date: 2024-11-20T09:00", "date: 2024-11-20T08:00"),
    "topics": edit_file(LANDMINES, "topics: [war-in-ukraine,", "topics: [russia, war-in-ukraine,"),
    "site.yaml": edit_file("site.yaml", "title: ", "title: The "),
    "template": edit_file("templates/story.html", "{% block main %}", "{% block main %}<!-- x -->"),
}


@pytest.fixture
def warm_site(tmp_path):
    root = example(tmp_path / "site")
    warm = Warm()
    load_warm(root, OPTIONS, warm)
    assert warm.loaded is not None
    return root, warm


def reload_matches_full_load(root: Path, warm: Warm, edit: Edit) -> bool:
    """Edit, report it, load warm; the site and problems must equal a full load's. True when
    the warm load was the quick one."""
    touched = edit(root)
    warm.saw({str(root / rel) for rel in touched})
    site, report = load_warm(root, OPTIONS, warm)
    full_site, full_report = load_site(root, OPTIONS)
    assert not full_report.errors, full_report.sorted()
    assert site == full_site
    assert report.sorted() == full_report.sorted()
    return warm.delta is not None


@pytest.mark.parametrize("name", sorted(QUICK))
def test_an_in_place_edit_patches_the_last_load(warm_site, name):
    root, warm = warm_site
    assert reload_matches_full_load(root, warm, QUICK[name])


@pytest.mark.parametrize("name", sorted(FULL))
def test_an_edit_of_the_sites_shape_takes_the_full_load(warm_site, name):
    root, warm = warm_site
    assert not reload_matches_full_load(root, warm, FULL[name])


def test_a_new_file_takes_the_full_load(warm_site):
    root, warm = warm_site

    def add(root: Path) -> list[str]:
        copy = "content/briefings/copy.yaml"
        (root / copy).write_text((root / LANDMINES).read_text())
        return [copy]

    assert not reload_matches_full_load(root, warm, add)


def test_the_delta_names_the_stories_an_article_edit_reanalyses(warm_site):
    root, warm = warm_site
    assert reload_matches_full_load(root, warm, QUICK["article body"])
    assert warm.delta is not None
    assert warm.delta.articles == {Path(JAPAN_NEWS).stem}
    assert warm.delta.briefings == set()
    assert "us-approves-landmines-for-ukraine" in warm.delta.stories


def test_an_edit_that_breaks_a_note_fails_and_the_next_load_is_full(warm_site):
    root, warm = warm_site
    replace_in(root, LANDMINES, "title: Biden approves", "title:\n  - a list\nold: ")
    warm.saw({str(root / LANDMINES)})
    with pytest.raises(ContentError):
        _, report = load_warm(root, OPTIONS, warm)
        if report.errors:
            raise ContentError(report.sorted())
    assert warm.loaded is None and warm.delta is None
    replace_in(root, LANDMINES, "title:\n  - a list\nold: ", "title: Biden approves")
    warm.saw({str(root / LANDMINES)})
    load_warm(root, OPTIONS, warm)
    assert warm.delta is None and warm.loaded is not None  # full, then quick again


def test_an_unknown_related_story_is_an_error_from_the_quick_path_too(warm_site):
    root, warm = warm_site
    replace_in(root, ATACMS, "related: [russia-lowers", "related: [no-such-story, russia-lowers")
    warm.saw({str(root / ATACMS)})
    _, report = load_warm(root, OPTIONS, warm)
    _, full = load_site(root, OPTIONS)
    assert report.sorted() == full.sorted() and any("no-such-story" in p.message for p in report.errors)


@pytest.mark.parametrize("name", sorted(QUICK))
def test_indexes_with_replaced_objects_equal_indexes_built_afresh(warm_site, name):
    root, warm = warm_site
    assert warm.loaded is not None
    before = build_indexes(warm.loaded.site)
    assert reload_matches_full_load(root, warm, QUICK[name])
    site, delta = warm.loaded.site, warm.delta
    assert delta is not None
    briefings = {b.slug: b for b in site.briefings if b.slug in delta.briefings}
    articles = {i: site.articles[i] for i in delta.articles}
    assert before.replaced(site, briefings, articles) == build_indexes(site)


def test_citation_warnings_come_and_go_with_quick_reloads(warm_site):
    root, warm = warm_site
    assert reload_matches_full_load(root, warm, QUICK["uncited point"])
    _, report = load_site(root, OPTIONS)
    assert any("cites no source" in p.message for p in report.warnings)
    edit = edit_file(
        LANDMINES,
        "other US-supplied munitions.\n",
        "other US-supplied munitions.\n    sources: [2024-11-20-japan-news-biden-approves-anti-personnel-mines]\n",
    )
    assert reload_matches_full_load(root, warm, edit)
    _, report = load_site(root, OPTIONS)
    assert not any("cites no source" in p.message for p in report.warnings)
