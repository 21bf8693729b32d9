"""Dependency tracking: a rebuild renders only what an edit touched, and ends byte-identical to
a clean build of the same content; outputs whose source is gone are removed."""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from generator.build import BuildOptions, BuildResult, build
from generator.write.writer import _journal_path, apply_changes, recover_output
from tests.conftest import REPO

OPTIONS = BuildOptions(search=False, jobs=1)
LANDMINES = "content/briefings/us-approves-landmines-for-ukraine.yaml"
ATACMS = "content/briefings/ukraine-first-atacms-strikes-on-russia.yaml"
JAPAN_NEWS = "content/articles/2024-11-20-japan-news-biden-approves-anti-personnel-mines.md"
STORY = "stories/us-approves-landmines-for-ukraine/index.html"
MONTH = "archive/2024/11/index.html"


def example(root: Path) -> Path:
    """A copy of the example site."""
    for name in ("content", "templates", "static"):
        shutil.copytree(REPO / name, root / name)
    shutil.copy(REPO / "site.yaml", root / "site.yaml")
    return root


def tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def replace_in(root: Path, rel: str, old: str, new: str) -> None:
    path = root / rel
    text = path.read_text()
    assert old in text, f"{old!r} not in {rel}"
    path.write_text(text.replace(old, new, 1))


def rebuild_matches_clean(tmp_path: Path, edit: Callable[[Path], None]) -> BuildResult:
    """Build, edit, rebuild; the output must equal a clean build of the edited content."""
    site = example(tmp_path / "site")
    build(site, OPTIONS)
    edit(site)
    result = build(site, OPTIONS)
    clean = tmp_path / "clean"
    shutil.copytree(site, clean, ignore=shutil.ignore_patterns("output", ".cache", ".output*"))
    build(clean, OPTIONS)
    assert tree(site / "output") == tree(clean / "output")
    return result


def test_nothing_changed_renders_and_writes_nothing(tmp_path):
    stamps: list[int] = []

    def note_manifest(site: Path) -> None:
        stamps.extend(p.stat().st_mtime_ns for p in sorted((site / ".cache").glob("outputs-*")))

    result = rebuild_matches_clean(tmp_path, note_manifest)
    assert (result.rendered, result.written, result.removed) == (0, (), ())
    after = [p.stat().st_mtime_ns for p in sorted((tmp_path / "site/.cache").glob("outputs-*"))]
    assert len(stamps) == 1 and after == stamps  # the manifest is not rewritten either


# Edits made after a rebuild that changed nothing (and so computed no key digest: see below).
AFTER_NO_CHANGE = {
    "key point": (LANDMINES, "especially when used", "above all when used"),
    "title": (LANDMINES, "title: Biden approves", "title: Biden backs"),
    "article": (JAPAN_NEWS, "President Joe Biden has", "US President Joe Biden has"),
    "topic of a note": (ATACMS, "topics: [war-in-ukraine, long-range-strikes, russia]", "topics: [russia]"),
    "site.yaml": ("site.yaml", "name: US weapons for Ukraine and Russia's answer", "name: US arms"),
    "template": ("templates/story.html", "{% block main %}", "{% block main %}<!-- x -->"),
}


@pytest.mark.parametrize("name", sorted(AFTER_NO_CHANGE))
def test_a_rebuild_with_the_same_inputs_computes_no_key_and_the_next_edit_is_seen(
    tmp_path, monkeypatch, name
):
    from generator.incremental.deps import Digests

    computed: list[int] = []
    changed_since = Digests.changed_since
    monkeypatch.setattr(
        Digests, "changed_since", lambda self, before: computed.append(1) or changed_since(self, before)
    )
    site = example(tmp_path / "site")
    build(site, OPTIONS)
    digests = lambda: sorted((site / ".cache").glob("outputs-*"))[0].read_bytes()  # noqa: E731
    before = digests()
    result = build(site, OPTIONS)  # nothing changed: the last build's digests are all kept
    assert (computed, result.rendered, digests()) == ([], 0, before)
    rel, old, new = AFTER_NO_CHANGE[name]
    replace_in(site, rel, old, new)
    edited = build(site, OPTIONS)
    assert edited.rendered > 0
    clean = tmp_path / "clean"
    shutil.copytree(site, clean, ignore=shutil.ignore_patterns("output", ".cache", ".output*"))
    build(clean, OPTIONS)
    assert tree(site / "output") == tree(clean / "output")


def test_drafts_shown_or_not_are_other_inputs(tmp_path):
    site = example(tmp_path / "site")
    replace_in(site, LANDMINES, "title: Biden approves", "draft: true\ntitle: Biden approves")
    clean = tmp_path / "clean"
    shutil.copytree(site, clean)
    drafts = BuildOptions(search=False, jobs=1, drafts=True)
    build(site, OPTIONS)
    build(site, OPTIONS)
    assert STORY in build(site, drafts).written  # the same files, another site: every list shows it
    build(clean, drafts)
    assert tree(site / "output") == tree(clean / "output")


def test_a_key_point_edit_rebuilds_its_story_and_feeds_only(tmp_path):
    result = rebuild_matches_clean(
        tmp_path, lambda site: replace_in(site, LANDMINES, "especially when used", "above all when used")
    )
    pages = {p for p in result.written if p.endswith(".html")}
    assert pages == {STORY}  # cards elsewhere do not show key points
    assert {"feed.xml", "feed.json", "topics/landmines/feed.xml"} <= set(result.written)
    assert "sitemap.xml" not in result.written


def test_a_title_edit_rebuilds_every_page_that_shows_the_title(tmp_path):
    result = rebuild_matches_clean(
        tmp_path, lambda site: replace_in(site, LANDMINES, "title: Biden approves", "title: Biden backs")
    )
    written = set(result.written)
    assert {STORY, "index.html", MONTH, "topics/landmines/index.html"} <= written
    assert "archive/index.html" not in written  # it lists months, not titles
    assert "stories/ukraine-first-atacms-strikes-on-russia/index.html" in written  # lists it as related
    assert "sources/japan-news/index.html" in written  # the article's "cited in" link
    assert "topics/index.html" not in written


def test_an_article_edit_rebuilds_the_pages_that_show_it(tmp_path):
    result = rebuild_matches_clean(
        tmp_path,
        lambda site: replace_in(site, JAPAN_NEWS, "President Joe Biden has", "US President Joe Biden has"),
    )
    written = set(result.written)
    assert {STORY, "sources/japan-news/index.html"} <= written
    assert "sources/newsbytes/index.html" not in written
    assert "index.html" not in written  # cards show counts, not excerpts


def test_a_wire_credit_edit_rebuilds_the_cards_that_count_newsrooms(tmp_path):
    """Cards count newsrooms as the story page does: when the reprint is credited to the other
    source's newsroom, the two articles are one newsroom's, on the home page too."""
    site = example(tmp_path / "site")
    build(site, OPTIONS)
    assert "2 articles · 2 newsrooms</p>" in (site / "output/index.html").read_text()
    result = rebuild_matches_clean(
        tmp_path / "again", lambda site: replace_in(site, JAPAN_NEWS, "via: Reuters", "via: NewsBytes")
    )
    assert "index.html" in result.written
    home = (tmp_path / "again/site/output/index.html").read_text()
    assert "2 articles · 1 newsroom</p>" in home
    assert "2 articles · 1 newsroom · 1 via NewsBytes" in (tmp_path / "again/site/output" / STORY).read_text()


def test_a_template_edit_rebuilds_the_pages_that_use_it(tmp_path):
    result = rebuild_matches_clean(
        tmp_path,
        lambda site: replace_in(
            site, "templates/story.html", "{% block main %}", "{% block main %}<!-- x -->"
        ),
    )
    pages = {p for p in result.written if p.endswith(".html")}
    assert pages == {p for p in pages if p.startswith("stories/")} and len(pages) == 4


def test_a_partial_edit_rebuilds_the_pages_that_include_it(tmp_path):
    result = rebuild_matches_clean(
        tmp_path, lambda site: replace_in(site, "templates/partials/pager.html", "<nav", "<!-- x --><nav")
    )
    assert "index.html" in result.written
    assert STORY not in result.written


def test_a_site_yaml_edit_rebuilds_everything_it_shows_on(tmp_path):
    result = rebuild_matches_clean(
        tmp_path, lambda site: replace_in(site, "site.yaml", "title: Briefing Desk", "title: The Desk")
    )
    assert result.rendered == result.pages


def test_a_topic_rename_rebuilds_pages_that_name_it(tmp_path):
    result = rebuild_matches_clean(
        tmp_path, lambda site: replace_in(site, "site.yaml", "name: Landmines", "name: Land mines")
    )
    assert {"topics/index.html", "topics/landmines/index.html", STORY} <= set(result.written)


def test_a_deleted_briefing_removes_its_pages(tmp_path):
    def delete(site: Path) -> None:
        (site / ATACMS).unlink()
        replace_in(site, LANDMINES, "related: [ukraine-first-atacms-strikes-on-russia]", "")
        for note in (site / "content/briefings").glob("*.yaml"):
            text = note.read_text().replace("ukraine-first-atacms-strikes-on-russia", "")
            note.write_text(text.replace("related: []", "").replace("related: [, ", "related: ["))

    result = rebuild_matches_clean(tmp_path, delete)
    assert "stories/ukraine-first-atacms-strikes-on-russia/index.html" in result.removed
    assert not (tmp_path / "site/output/stories/ukraine-first-atacms-strikes-on-russia").exists()


def test_a_topic_left_without_stories_loses_its_page_and_feed(tmp_path):
    def drop(site: Path) -> None:
        for note in (site / "content/briefings").glob("*.yaml"):
            text = note.read_text()
            note.write_text(text.replace(", north-korea", "").replace("north-korea, ", ""))

    result = rebuild_matches_clean(tmp_path, drop)
    assert {"topics/north-korea/index.html", "topics/north-korea/feed.xml"} <= set(result.removed)


def test_a_file_changed_by_hand_in_output_is_written_again(tmp_path):
    site = example(tmp_path / "site")
    build(site, OPTIONS)
    (site / "output" / STORY).write_text("tampered")
    (site / "output/archive/index.html").unlink()
    result = build(site, OPTIONS)
    assert set(result.written) == {STORY, "archive/index.html"}


def test_deleting_the_output_folder_gives_a_full_build(tmp_path):
    site = example(tmp_path / "site")
    first = build(site, OPTIONS)
    shutil.rmtree(site / "output")
    again = build(site, OPTIONS)
    assert again.rendered == first.rendered == first.pages


@pytest.mark.parametrize("moves_before_crash", [0, 1, 2])
def test_a_crash_while_moving_files_is_finished_by_the_next_build(tmp_path, monkeypatch, moves_before_crash):
    output = tmp_path / "output"
    output.mkdir()
    for name in ("a.html", "b.html", "gone.html"):
        (output / name).write_text("old")
    import generator.write.writer as writer

    real_replace, calls = writer.os.replace, []

    def crashing(source, target):
        if str(source).endswith(".html") and len(calls) >= moves_before_crash:
            raise KeyboardInterrupt  # stands for the process being killed
        calls.append(target)
        real_replace(source, target)

    monkeypatch.setattr(writer.os, "replace", crashing)
    with pytest.raises(KeyboardInterrupt):
        apply_changes(output, {"a.html": b"new", "b.html": b"new", "c/d.html": b"new"}, ["gone.html"])
    monkeypatch.setattr(writer.os, "replace", real_replace)
    assert _journal_path(output).exists()
    recover_output(output)
    assert tree(output) == {"a.html": b"new", "b.html": b"new", "c/d.html": b"new"}
    assert not _journal_path(output).exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == [".output.lock", "output"]


def test_an_article_edit_past_its_excerpt_rebuilds_the_stories_that_analyse_it(tmp_path):
    # The last paragraph is not in the excerpt, but the analysis (evidence, "only in") reads it.
    def edit(site: Path) -> None:
        path = site / JAPAN_NEWS
        path.write_text(path.read_text().rstrip("\n") + "\n\nA sentence added at the very end.\n")

    result = rebuild_matches_clean(tmp_path, edit)
    written = set(result.written)
    assert STORY in written
    assert "topics/landmines/index.html" not in written  # its newsrooms did not change


def test_a_new_storyline_member_rebuilds_its_neighbours_and_the_storyline(tmp_path):
    north_korea = "content/briefings/north-korea-troops-and-arms-for-russia.yaml"

    def edit(site: Path) -> None:
        path = site / north_korea
        path.write_text(path.read_text().rstrip("\n") + "\nstoryline: us-weapons-and-russias-answer\n")

    result = rebuild_matches_clean(tmp_path, edit)
    written = set(result.written)
    storyline = "storylines/us-weapons-and-russias-answer/"
    assert {f"{storyline}index.html", f"{storyline}feed.xml"} <= written
    assert "stories/north-korea-troops-and-arms-for-russia/index.html" in written
    assert STORY in written  # "3 of 3" became "of 4", whatever its neighbours are


def test_a_storyline_renamed_in_site_yaml_rebuilds_only_its_pages(tmp_path):
    result = rebuild_matches_clean(
        tmp_path,
        lambda site: replace_in(
            site, "site.yaml", "name: US weapons for Ukraine and Russia's answer", "name: US arms and Russia"
        ),
    )
    pages = {p for p in result.written if p.endswith(".html")}
    in_storyline = {
        "storylines/us-weapons-and-russias-answer/index.html",
        STORY,
        "stories/ukraine-first-atacms-strikes-on-russia/index.html",
        "stories/russia-lowers-nuclear-threshold/index.html",
    }
    assert pages == in_storyline


def test_a_correction_rebuilds_the_story_and_moves_its_feed_entries(tmp_path):
    def edit(site: Path) -> None:
        path = site / ATACMS
        text = path.read_text()
        assert text.rstrip("\n").endswith("the summary now says so.")  # updates: is the last field
        later = "  - date: 2026-12-02\n    kind: correction\n    text: A later correction.\n"
        path.write_text(text.rstrip("\n") + "\n" + later)

    result = rebuild_matches_clean(tmp_path, edit)
    written = set(result.written)
    assert {"stories/ukraine-first-atacms-strikes-on-russia/index.html", "feed.xml", "sitemap.xml"} <= written
    page = (tmp_path / "site/output/stories/ukraine-first-atacms-strikes-on-russia/index.html").read_text()
    assert "A later correction." in page


def test_a_root_given_as_a_relative_path_reuses_what_an_absolute_one_built(tmp_path, monkeypatch, caplog):
    site = example(tmp_path / "site")
    build(site, OPTIONS)
    monkeypatch.chdir(tmp_path)
    with caplog.at_level(logging.INFO, logger="briefing.load"):
        result = build(Path("site"), OPTIONS)
    assert (result.rendered, result.written) == (0, ())
    assert "read 0 of 2 files in content/articles" in caplog.text  # the content cache answered


def test_a_summary_edit_leaves_the_archive_alone(tmp_path):
    # The archive lists date and title only; the home page's cards show the summary.
    def edit(site: Path) -> None:
        lines = (site / LANDMINES).read_text().splitlines()
        first = lines[lines.index("summary: >") + 1]  # the summary's first line
        replace_in(site, LANDMINES, first, first + " Edited.")

    result = rebuild_matches_clean(tmp_path, edit)
    assert "index.html" in result.written and MONTH not in result.written


def test_a_story_in_a_new_month_adds_its_archive_page_and_links_its_neighbour(tmp_path):
    def add(site: Path) -> None:
        text = (site / LANDMINES).read_text().replace("date: 2024-11-20T09:00", "date: 2024-12-02T09:00")
        assert "2024-12-02" in text
        (site / "content/briefings/december.yaml").write_text(text)

    result = rebuild_matches_clean(tmp_path, add)
    written = set(result.written)
    assert {"archive/index.html", "archive/2024/12/index.html", MONTH} <= written  # November links to it
    december = (tmp_path / "site/output/archive/2024/12/index.html").read_text()
    assert 'href="/briefing-site/archive/2024/11/"' in december

    (tmp_path / "site/content/briefings/december.yaml").unlink()
    again = build(tmp_path / "site", OPTIONS)
    assert "archive/2024/12/index.html" in again.removed and MONTH in again.written


def test_an_outlet_with_many_articles_gets_pages_and_an_edit_renders_only_its_page(tmp_path):
    site = example(tmp_path / "site")
    source = (site / JAPAN_NEWS).read_text()
    for n in range(55):  # 56 Japan News articles: two pages of 50
        assert "published: '2024-11-20T" in source
        copy = source.replace("published: '2024-11-20T", f"published: '2024-10-{1 + n % 28:02d}T", 1)
        (site / f"content/articles/2024-10-01-japan-news-copy-{n:02d}.md").write_text(copy)
    build(site, OPTIONS)
    first = (site / "output/sources/japan-news/index.html").read_text()
    second = (site / "output/sources/japan-news/page/2/index.html").read_text()
    assert "56 articles from The Japan News" in first and 'rel="next"' in first
    assert "The Japan News, page 2" in second and 'rel="prev"' in second
    assert "sources/japan-news/page/2/" in (site / "output/sitemap.xml").read_text()

    oldest = sorted((site / "content/articles").glob("2024-10-01-japan-news-copy-*.md"))[0]
    oldest.write_text(oldest.read_text().replace("President Joe Biden has", "Joe Biden has", 1))
    written = set(build(site, OPTIONS).written)
    assert "sources/japan-news/page/2/index.html" in written
    assert "sources/japan-news/index.html" not in written


@pytest.mark.parametrize(("jobs", "spool"), [(1, 1), (2, 1), (2, 1000)])
def test_spooled_and_forked_builds_write_what_one_process_writes_in_memory(
    tmp_path, monkeypatch, jobs, spool
):
    """Pages and feeds made on forked workers (`jobs` 2), written to a spool where they are made
    (`spool` 1: every build spools), give the files one process writes from memory."""
    from generator.render import run as render

    plain = example(tmp_path / "plain")
    build(plain, OPTIONS)
    monkeypatch.setattr(render, "SPOOL_PAGES", spool)
    monkeypatch.setattr(render, "MIN_PAGES_PER_WORKER", 1)  # with 2 jobs, forked workers render
    monkeypatch.setattr(render, "MIN_FILES_PER_WORKER", 1)  # ...and make the feeds
    forked = BuildOptions(search=False, jobs=jobs)
    site = example(tmp_path / "site")
    build(site, forked)
    assert tree(site / "output") == tree(plain / "output")
    for root in (site, plain):
        replace_in(root, LANDMINES, "title: Biden approves", "title: Biden backs")
    monkeypatch.setattr(render, "SPOOL_PAGES", 1000)
    build(plain, OPTIONS)
    monkeypatch.setattr(render, "SPOOL_PAGES", spool)
    result = build(site, forked)
    assert STORY in result.written and "feed.xml" in result.written
    assert tree(site / "output") == tree(plain / "output")
    assert not list(tmp_path.glob("site/.output.*-*"))  # the spool became the staging, then went


def test_a_failed_spooled_build_leaves_the_output_and_no_spool(tmp_path, monkeypatch):
    from generator.errors import BuildError
    from generator.render import run as render

    site = example(tmp_path / "site")
    build(site, OPTIONS)
    before = tree(site / "output")
    monkeypatch.setattr(render, "SPOOL_PAGES", 1)
    fails_last = '{% if "ATACMS" in story.title %}{{ nothing_here }}{% endif %}'  # the oldest story
    replace_in(site, "templates/story.html", "{% block main %}", "{% block main %}" + fails_last)
    with pytest.raises(BuildError):
        build(site, OPTIONS)
    assert tree(site / "output") == before
    assert not list(tmp_path.glob("site/.output.*-*"))
