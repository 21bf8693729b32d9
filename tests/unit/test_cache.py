"""The content cache changes speed only: same site, same problems, invalidated by what it read."""

from __future__ import annotations

from generator.content import LoadOptions, load_site


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
