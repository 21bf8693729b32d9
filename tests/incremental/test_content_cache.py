"""The content cache changes speed only: same site, same problems, invalidated by what it read."""

from __future__ import annotations

import os

from generator.build import load_site
from generator.load.content import LoadOptions
from tests.conftest import ARTICLE, BRIEFING, write_site


def load(root):
    site, report = load_site(root, LoadOptions())
    return site, [str(p) for p in report.problems]


def test_a_warm_load_gives_the_same_site_and_problems(make_site):
    root = make_site(
        {
            "content/briefings/mines.yaml": "title: t\ndate: 2024-11-20\nsumary: x\nsummary: s\ntopics: [ukraine]\nsources: [a1]\n"
        }
    )
    cold = load(root)
    assert (root / ".cache/content-3.pickle").is_file()
    warm = load(root)
    assert warm == cold
    assert any("sumary: unknown field" in p for p in warm[1])  # warnings are reported again


def test_an_edit_is_seen_even_with_the_same_size_at_once(make_site):
    root = make_site()
    load(root)
    note = root / "content/briefings/mines.yaml"
    note.write_text(note.read_text().replace("Mines for Ukraine", "Mines for Ukraina"))
    site, _ = load(root)
    assert site.briefings[0].title == "Mines for Ukraina"


def test_config_and_article_changes_recheck_cached_notes(make_site):
    root = make_site()
    load(root)
    config = root / "site.yaml"
    config.write_text(
        config.read_text().replace("  ukraine:\n    name: Ukraine", "  kyiv-war:\n    name: Ukraine")
    )
    _, problems = load(root)
    assert any("topics[0]: unknown topic 'ukraine'" in p for p in problems)
    config.write_text(
        config.read_text().replace("  kyiv-war:\n    name: Ukraine", "  ukraine:\n    name: Ukraine")
    )
    (root / "content/articles/a1.md").unlink()
    _, problems = load(root)
    assert any("unknown article 'a1'" in p for p in problems)


def test_files_read_on_forked_workers_are_cached_as_one_process_caches_them(tmp_path, monkeypatch):
    """A cold load takes each new file's digest and stat where the file is read, on the
    workers: the cache they fill answers for every file next time, as one process's does."""
    from generator.incremental.content_cache import ContentCache
    from generator.load import content

    def entries(root):
        # (digest and what it depends on, value, problems, version, stat) by file; not the time
        return {path: entry[:5] for path, entry in ContentCache(root).entries.items()}

    # Four articles and four notes (one with a warning), so that each folder is split.
    files = {f"content/articles/a{n}.md": ARTICLE for n in (2, 3, 4)}
    files |= {
        f"content/briefings/note-{n}.yaml": BRIEFING.replace("summary:", "sumary: x\nsummary:")
        for n in (2, 3, 4)
    }
    one, two = write_site(tmp_path / "one", files), write_site(tmp_path / "two", files)
    cold_one = load(one)
    monkeypatch.setattr(content, "MIN_FILES_PER_WORKER", 1)
    monkeypatch.setattr(content, "cores", lambda: 2)
    cold_two = load(two)
    assert cold_two == cold_one
    found, expected = entries(two), entries(one)
    assert len(found) == len(expected) > 1
    for path, entry in found.items():
        twin = expected[path.replace(str(two), str(one))]
        assert entry[:4] == twin[:4]  # the same digest, value, problems and version
        assert entry[4] == tuple(getattr(os.stat(path), f) for f in ("st_mtime_ns", "st_size", "st_ino"))
    logged = []
    monkeypatch.setattr(content.log, "info", lambda message, *args: logged.append(message % args))
    assert load(two) == cold_one
    assert any(line.startswith("read 0 of") and "articles" in line for line in logged)
    assert any(line.startswith("read 0 of") and "briefings" in line for line in logged), logged


def test_site_yaml_is_read_through_the_cache_with_its_problems_and_the_base_url(make_site, monkeypatch):
    """A second load takes `site.yaml` from the cache (its warnings reported again); an edit
    to it, or another `--base-url`, reads it again."""
    from generator.load import config as config_module

    root = make_site()
    config = root / "site.yaml"
    config.write_text(config.read_text() + "colour: blue\n")
    cold = load(root)
    assert any("colour: unknown field" in p for p in cold[1])
    reads: list[object] = []
    real = config_module.read_config

    def counted(*args, **kwargs):
        reads.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr("generator.load.content.read_config", counted)
    assert load(root) == cold
    assert reads == []
    site, _ = load_site(root, LoadOptions(base_url="https://example.org/sub/"))
    assert site.config.base_url == "https://example.org/sub/" and len(reads) == 1
    config.write_text(config.read_text().replace("colour: blue\n", ""))
    site, report = load_site(root, LoadOptions())
    assert len(reads) == 2 and not any("colour" in str(p) for p in report.problems)
    assert site.config == cold[0].config
