"""Every validation problem a user can meet: the exact message, and output/ left untouched."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import BuildOptions, build
from generator.cli import main
from generator.errors import ContentError


def problems(root: Path, **options) -> list[str]:
    with pytest.raises(ContentError) as info:
        build(root, BuildOptions(**options))
    return [str(p) for p in info.value.problems]


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def test_valid_site_builds(make_site):
    root = make_site()
    result = build(root, BuildOptions())
    assert result.stories == 1 and result.articles == 1
    assert (root / "output/stories/mines/index.html").is_file()


CASES = [
    pytest.param(
        {"content/briefings/mines.yaml": "title: [unclosed\n"},
        "content/briefings/mines.yaml:2: invalid YAML:",
        id="malformed-yaml",
    ),
    pytest.param(
        {"content/briefings/mines.yaml": "date: 2024-11-20\nsummary: s\ntopics: [ukraine]\n"},
        "content/briefings/mines.yaml:1: title: required field is missing",
        id="missing-required",
    ),
    pytest.param(
        {"content/briefings/mines.yaml": "title: [a, b]\ndate: 2024-11-20\nsummary: s\n"},
        "content/briefings/mines.yaml:1: title: expected text, found a list",
        id="wrong-type",
    ),
    pytest.param(
        {"content/briefings/mines.yaml": "title: t\ndate: 2024-13-45\nsummary: s\n"},
        "content/briefings/mines.yaml:2: date: '2024-13-45' is not a real date",
        id="invalid-date",
    ),
    pytest.param(
        {
            "content/briefings/mines.yaml": "title: t\ndate: 2024-11-20\nsummary: s\ntopics: [ukraine, ukrane]\n"
        },
        "content/briefings/mines.yaml:4: topics[1]: unknown topic 'ukrane' (did you mean 'ukraine'?)",
        id="unknown-topic",
    ),
    pytest.param(
        {
            "content/articles/a1.md": "---\ntitle: t\noutlet: reuter\npublished: 2024-11-20T10:00:00Z\n---\nBody.\n"
        },
        "content/articles/a1.md:3: outlet: unknown outlet 'reuter' (did you mean 'reuters'?) "
        "(add it under outlets: in site.yaml)",
        id="unknown-outlet",
    ),
    pytest.param(
        {
            "content/briefings/mines.yaml": "title: t\ndate: 2024-11-20\nsummary: s\ntopics: [ukraine]\nsources: [a11]\n"
        },
        "content/briefings/mines.yaml:5: sources[0]: unknown article 'a11' (did you mean 'a1'?)",
        id="unknown-article",
    ),
    pytest.param(
        {
            "content/briefings/mines.yaml": "title: t\ndate: 2024-11-20\nsummary: s\ntopics: [ukraine]\n"
            "key_points:\n  - text: p\n    sources: [a10]\n"
        },
        "content/briefings/mines.yaml:7: key_points[0].sources[0]: unknown article 'a10' (did you mean 'a1'?)",
        id="unknown-cited-article",
    ),
    pytest.param(
        {
            "content/briefings/mines.yaml": "title: t\ndate: 2024-11-20\nsummary: s\ntopics: [ukraine]\nrelated: [mine]\n"
        },
        "content/briefings/mines.yaml:5: related[0]: unknown briefing 'mine' (did you mean 'mines'?)",
        id="unknown-related",
    ),
    pytest.param(
        {"content/briefings/Mines.yaml": "title: t\ndate: 2024-11-20\nsummary: s\n"},
        "content/briefings/mines.yaml: 'mines.yaml' and 'Mines.yaml' give the same slug 'mines': rename one",
        id="duplicate-after-slugify",
    ),
    pytest.param(
        {"content/briefings/Big News.yaml": "title: t\ndate: 2024-11-20\nsummary: s\n"},
        "content/briefings/Big News.yaml: file name: 'Big News' is not a slug: use lowercase letters, "
        "digits and single hyphens (as a slug: 'big-news'); e.g. landmines-for-ukraine.yaml",
        id="file-name-not-slug",
    ),
    pytest.param(
        {"content/briefings/empty.yaml": "\n"},
        "content/briefings/empty.yaml: the note is empty",
        id="empty-note",
    ),
    pytest.param(
        {"site.yaml": "title: x\nbase_url: ftp://x\ntimezone: Mars/Olympus\n"},
        "site.yaml:2: base_url: expected an http:// or https:// URL, found 'ftp://x'",
        id="config-bad-url",
    ),
    pytest.param(
        {"site.yaml": "title: x\nbase_url: https://x.io/\ntimezone: Mars/Olympus\n"},
        "site.yaml:3: timezone: unknown time zone 'Mars/Olympus' (expected an IANA name like 'Europe/London')",
        id="config-bad-timezone",
    ),
    pytest.param(
        {"content/articles/a1.md": "title: no front matter\n"},
        "content/articles/a1.md:1: expected YAML front matter between '---' lines at the top",
        id="article-without-front-matter",
    ),
    pytest.param(
        {"content/articles/a1.md": "---\ntitle: t\noutlet: reuters\npublished: yesterday\n---\nB\n"},
        "content/articles/a1.md:4: published: expected an ISO 8601 date like 2024-11-20 or "
        "2024-11-20T13:13:00+05:30, found 'yesterday'",
        id="article-bad-date",
    ),
    pytest.param(
        {
            "content/articles/a1.md": "---\ntitle: t\noutlet: reuters\npublished: 2024-11-20\nurl: javascript:alert(1)\n---\nB\n"
        },
        "content/articles/a1.md:5: url: expected an http:// or https:// URL, found 'javascript:alert(1)'",
        id="article-bad-url",
    ),
]


@pytest.mark.parametrize(("files", "message"), CASES)
def test_problem_is_reported_and_output_untouched(make_site, files, message):
    root = make_site()
    build(root, BuildOptions())
    before = snapshot(root / "output")
    for rel, text in files.items():
        (root / rel).write_text(text, encoding="utf-8")
    found = problems(root)
    assert any(p.startswith(message) for p in found), found
    assert snapshot(root / "output") == before


def test_all_problems_of_a_run_are_reported_together(make_site):
    root = make_site(
        {
            "content/briefings/one.yaml": "title: t\ndate: 2024-11-20\nsummary: s\ntopics: [nope]\n",
            "content/briefings/two.yaml": "title: t\ndate: nope\nsummary: s\ntopics: [ukraine]\n",
        }
    )
    found = problems(root)
    assert any(p.startswith("content/briefings/one.yaml:4: topics[0]: unknown topic 'nope'") for p in found)
    assert any(p.startswith("content/briefings/two.yaml:2: date:") for p in found)


def test_unknown_field_is_a_warning_with_did_you_mean(make_site):
    root = make_site(
        {
            "content/briefings/mines.yaml": "title: t\ndate: 2024-11-20\nsumary: s\nsummary: s\ntopics: [ukraine]\nsources: [a1]\n"
        }
    )
    result = build(root, BuildOptions())
    assert (
        "content/briefings/mines.yaml:3: warning: sumary: unknown field, ignored (did you mean 'summary'?)"
        in [str(w) for w in result.warnings]
    )
    assert any("sumary" in p for p in problems(root, strict=True))


def test_topic_alias_resolves(make_site):
    root = make_site(
        {
            "content/briefings/mines.yaml": "title: t\ndate: 2024-11-20\nsummary: s\ntopics: [Kyiv]\nsources: [a1]\n"
        }
    )
    build(root, BuildOptions())
    assert "topics/ukraine/" in (root / "output/stories/mines/index.html").read_text()


def test_exit_codes(make_site, capsys):
    root = make_site()
    assert main(["build", "--root", str(root), "-q"]) == 0
    (root / "content/briefings/mines.yaml").write_text("title: [\n")
    assert main(["check", "--root", str(root)]) == 1
    err = capsys.readouterr().err
    assert "content/briefings/mines.yaml" in err and "nothing was written" in err
    with pytest.raises(SystemExit) as info:
        main(["build", "--no-such-flag"])
    assert info.value.code == 2
    assert main(["build", "--root", str(root / "nowhere")]) == 2


def test_build_without_search_and_with_one_job(make_site):
    root = make_site()
    assert main(["build", "--root", str(root), "-q", "--no-search", "--jobs", "1"]) == 0
    assert (root / "output/stories/mines/index.html").is_file()
    assert not (root / "output/pagefind").exists()
    with pytest.raises(SystemExit) as info:
        main(["build", "--root", str(root), "--jobs", "0"])
    assert info.value.code == 2


def test_missing_templates_folder_is_a_clear_error(make_site, capsys):
    root = make_site(templates=False)
    assert main(["build", "--root", str(root)]) == 1
    assert "no templates/ folder" in capsys.readouterr().err


def test_template_typo_names_the_template(make_site, capsys):
    root = make_site()
    (root / "templates/archive.html").write_text(
        "{% extends 'base.html' %}{% block main %}{{ monthz }}{% endblock %}"
    )
    assert main(["build", "--root", str(root)]) == 1
    assert "error: templates/archive.html:1: 'monthz' is undefined (rendering /archive/)\n" in (
        capsys.readouterr().err
    )
