"""What a user sees for each input that used to give a traceback or an unclear message (issue 20).

Each test runs the real command (`generator.cli.main`) on a small site and asserts the exit code
and the exact lines printed, and that no traceback was printed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.cli import main

LONG_SLUG = "a" * 307


def run(capsys, root: Path, *args: str, quiet: bool = True) -> tuple[int, list[str]]:
    """Exit code and the lines printed (only errors when `quiet`)."""
    capsys.readouterr()
    code = main([*args, "--root", str(root), *(["-q"] if quiet else [])])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, err.splitlines()


def edit(root: Path, rel: str, old: str, new: str) -> None:
    path = root / rel
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {rel}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


BASE_URL_LINE = "base_url: https://user.github.io/repo/"


@pytest.mark.parametrize(
    ("base_url", "message"),
    [
        (
            "https://user.github.io//repo/",
            "must not have an empty path segment ('//'), found 'https://user.github.io//repo/'",
        ),
        ("https://[::1/", "is not a valid URL (invalid IPv6 URL), found 'https://[::1/'"),
        ("https://x.org/a/#frag", "must not have a fragment ('#'), found 'https://x.org/a/#frag'"),
        ("https://x.org/a/?", "must not have a query string ('?'), found 'https://x.org/a/?'"),
        (
            "https://me:pw@x.org/",
            "must not have a user name or password ('@'), found 'https://me:pw@x.org/'",
        ),
        ("https://x.org:99999/", "has an invalid port (1 to 65535), found 'https://x.org:99999/'"),
        ("https://x.org:0/", "has an invalid port (1 to 65535), found 'https://x.org:0/'"),
        ("https:///repo/", "has no host name, found 'https:///repo/'"),
        ("//x.org/repo/", "expected an http:// or https:// URL, found '//x.org/repo/'"),
        ("https://x.org/a/../b/", "must not have '.' or '..' path segments, found 'https://x.org/a/../b/'"),
        (
            "https://x.org/a\\b/",
            "must not contain spaces, control characters or any of \"<>\\^`{|}, found 'https://x.org/a\\b/'",
        ),
    ],
)
def test_base_url_is_validated_in_site_yaml_and_on_the_command_line(make_site, capsys, base_url, message):
    root = make_site()
    code, lines = run(capsys, root, "check", "--base-url", base_url)
    assert (code, lines) == (2, [f"error: --base-url: {message}"])
    edit(root, "site.yaml", BASE_URL_LINE, f"base_url: '{base_url}'")
    code, lines = run(capsys, root, "check")
    assert (code, lines) == (
        1,
        [f"site.yaml:3: base_url: {message}", "1 problem in the content; nothing was written."],
    )


def test_a_valid_base_url_is_accepted_with_a_port_and_an_ipv6_host(make_site, capsys):
    root = make_site()
    for base_url in (
        "https://x.org:8443/a/",
        "http://[::1]:8000/",
        "https://x.org",
        "https://bücher.example/",
    ):
        assert run(capsys, root, "check", "--base-url", base_url)[0] == 0


def test_an_invalid_outlet_url_is_a_located_error(make_site, capsys):
    root = make_site()
    edit(root, "site.yaml", "    name: Reuters\n", "    name: Reuters\n    url: https://[::1/\n")
    code, lines = run(capsys, root, "check")
    assert (code, lines) == (
        1,
        [
            "site.yaml:19: outlets.reuters.url: is not a valid URL (invalid IPv6 URL), found 'https://[::1/'",
            "1 problem in the content; nothing was written.",
        ],
    )


@pytest.mark.parametrize("depth", [500, 10_000])
def test_deep_yaml_nesting_in_a_note_is_a_located_error(make_site, capsys, depth):
    root = make_site()
    note = root / "content/briefings/mines.yaml"
    note.write_text(note.read_text() + "extra: " + "[" * depth + "]" * depth + "\n")
    code, lines = run(capsys, root, "check")
    assert (code, lines) == (
        1,
        [
            "content/briefings/mines.yaml:10: invalid YAML: nested more than 20 levels deep",
            "1 problem in the content; nothing was written.",
        ],
    )


def test_deep_yaml_nesting_in_site_yaml_is_the_only_problem(make_site, capsys):
    root = make_site()
    with (root / "site.yaml").open("a") as file:
        file.write("extra: " + "[" * 10_000 + "]" * 10_000 + "\n")
    code, lines = run(capsys, root, "check")
    assert (code, lines) == (
        1,
        [
            "site.yaml:24: invalid YAML: nested more than 20 levels deep",
            "1 problem in the content; nothing was written.",
        ],
    )


def test_a_yaml_syntax_error_in_site_yaml_is_the_only_problem(make_site, capsys):
    root = make_site()
    edit(root, "site.yaml", "title: Test Desk", "title: [Test Desk")
    code, lines = run(capsys, root, "check")
    assert (code, lines) == (
        1,
        [
            "site.yaml:2: invalid YAML: while parsing a flow sequence did not find expected ',' or ']'",
            "1 problem in the content; nothing was written.",
        ],
    )


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"title: T\xff\n", "site.yaml:1: file is not valid UTF-8 (byte 8)"),
        (b"title: T\x00\n", "site.yaml: file is binary, not text"),
    ],
)
def test_site_yaml_is_read_as_content_files_are(make_site, capsys, data, message):
    root = make_site()
    (root / "site.yaml").write_bytes(data + (root / "site.yaml").read_bytes())
    code, lines = run(capsys, root, "check")
    assert (code, lines) == (1, [message, "1 problem in the content; nothing was written."])


def test_site_yaml_that_is_not_a_mapping_is_the_only_problem(make_site, capsys):
    root = make_site({"site.yaml": "- title\n- base_url\n"})
    code, lines = run(capsys, root, "check")
    assert (code, lines) == (
        1,
        [
            "site.yaml:1: expected a mapping of settings, found a list",
            "1 problem in the content; nothing was written.",
        ],
    )


@pytest.mark.parametrize(
    ("date", "field_line"),
    [("9999-12-31T22:00:00-05:00", 2), ("0001-01-01T01:00:00+05:00", 2), ("9999-12-31", 2)],
)
def test_a_date_at_the_end_of_the_calendar_is_a_located_error(make_site, capsys, date, field_line):
    root = make_site()
    edit(root, "content/briefings/mines.yaml", "date: 2024-11-20", f"date: {date}")
    code, lines = run(capsys, root, "build")
    assert (code, lines) == (
        1,
        [
            f"content/briefings/mines.yaml:{field_line}: date: '{date}' is out of range: "
            "dates must lie between 0001-01-03 and 9999-12-29",
            "1 problem in the content; nothing was written.",
        ],
    )


def test_an_article_date_at_the_end_of_the_calendar_is_a_located_error(make_site, capsys):
    root = make_site()
    edit(root, "content/articles/a1.md", "2024-11-20T16:16:00+09:00", "9999-12-31T23:00:00-12:00")
    code, lines = run(capsys, root, "build")
    assert code == 1
    assert lines[0] == (
        "content/articles/a1.md:5: published: '9999-12-31T23:00:00-12:00' is out of range: "
        "dates must lie between 0001-01-03 and 9999-12-29"
    )


def test_a_topic_slug_too_long_for_a_file_name_is_a_located_error(make_site, capsys):
    root = make_site()
    edit(root, "site.yaml", "  landmines:", f"  {LONG_SLUG}:")
    edit(root, "content/briefings/mines.yaml", "topics: [ukraine]", f"topics: [ukraine, {LONG_SLUG}]")
    code, lines = run(capsys, root, "build")
    shown = "a" * 40 + "..."
    assert (code, lines) == (
        1,
        [
            f"content/briefings/mines.yaml:8: topics[1]: unknown topic '{shown}'",
            f"site.yaml:13: topics.{shown}: '{shown}' is too long for a slug: 307 characters, at most 100",
            "2 problems in the content; nothing was written.",
        ],
    )


def test_a_file_name_too_long_for_a_slug_is_a_located_error(make_site, capsys):
    name = "b" * 101
    root = make_site({f"content/briefings/{name}.yaml": "title: t\ndate: 2024-11-20\nsummary: s\n"})
    code, lines = run(capsys, root, "check")
    assert (code, lines) == (
        1,
        [
            f"content/briefings/{name}.yaml: file name: '{'b' * 40}...' is too long for a slug: "
            "101 characters, at most 100; e.g. landmines-for-ukraine.yaml",
            "1 problem in the content; nothing was written.",
        ],
    )


@pytest.mark.parametrize(
    ("expression", "message"),
    [
        ("{{ 1/0 }}", "templates/base.html:61: ZeroDivisionError: division by zero (rendering /)"),
        ("{{ nope.x }}", "templates/base.html:61: 'nope' is undefined (rendering /)"),
        (
            "{{ site.nope }}",
            "templates/base.html:61: 'generator.render.templates.SiteView object' has no attribute 'nope' "
            "(rendering /)",
        ),
        (
            "{{ 'a' + 1 }}",
            'templates/base.html:61: TypeError: can only concatenate str (not "int") to str (rendering /)',
        ),
        ("{% if %}", "templates/base.html:61: Expected an expression, got 'end of statement block'"),
    ],
)
def test_a_template_error_names_the_template_line_and_page(make_site, capsys, expression, message):
    root = make_site()
    edit(root, "templates/base.html", '<main id="main"', expression + '<main id="main"')
    code, lines = run(capsys, root, "build")
    assert (code, lines) == (1, [f"error: {message}"])


def test_an_error_in_an_included_template_names_that_template(make_site, capsys):
    root = make_site()
    (root / "templates/partials/boom.html").write_text("line one\n{{ 2 // 0 }}\n")
    edit(root, "templates/base.html", '<main id="main"', '{% include "partials/boom.html" %}<main id="main"')
    code, lines = run(capsys, root, "build")
    assert (code, lines) == (
        1,
        [
            "error: templates/partials/boom.html:2: ZeroDivisionError: integer division or modulo by zero "
            "(rendering /)"
        ],
    )


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("a" * 33, "'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' is not a BCP 47 language tag like 'en' or 'pt-BR'"),
        ("english", "'english' is not a BCP 47 language tag like 'en' or 'pt-BR'"),
        ("en_US", "'en_US' is not a BCP 47 language tag: write 'en-US'"),
        (
            "en-US-x-abcdefgh-abcdefgh",
            "'en-US-x-abcdefgh-abcdefgh' is too long: 25 characters, at most 20 "
            "(Pagefind fails on longer tags)",
        ),
    ],
)
def test_language_is_a_bcp47_tag(make_site, capsys, language, message):
    root = make_site()
    edit(root, "site.yaml", "language: en", f"language: {language}")
    code, lines = run(capsys, root, "check")
    assert (code, lines) == (
        1,
        [f"site.yaml:4: language: {message}", "1 problem in the content; nothing was written."],
    )


@pytest.mark.parametrize("language", ["en", "pt-BR", "zh-Hant-TW", "ca-ES-valencia", "sr-Latn"])
def test_usual_language_tags_are_accepted(make_site, capsys, language):
    root = make_site()
    edit(root, "site.yaml", "language: en", f"language: {language}")
    assert run(capsys, root, "check")[0] == 0


def test_an_outlet_language_is_a_bcp47_tag_too(make_site, capsys):
    root = make_site()
    edit(root, "site.yaml", "    name: Reuters\n", "    name: Reuters\n    language: English\n")
    code, lines = run(capsys, root, "check")
    assert (code, lines) == (
        1,
        [
            "site.yaml:19: outlets.reuters.language: 'English' is not a BCP 47 language tag like 'en' or 'pt-BR'",
            "1 problem in the content; nothing was written.",
        ],
    )


def related_site(make_site, related: str) -> Path:
    note = "title: t\ndate: 2024-11-21\nsummary: s\ntopics: [ukraine]\nsources: [a1]\n"
    root = make_site({"content/briefings/x.yaml": note})
    with (root / "content/briefings/mines.yaml").open("a") as file:
        file.write(f"related: {related}\n")
    return root


def test_a_related_item_listed_twice_is_blamed_by_its_own_index(make_site, capsys):
    root = related_site(make_site, "[x, x]")
    code, lines = run(capsys, root, "check", quiet=False)
    assert code == 0
    assert [line for line in lines if "related" in line] == [
        "content/briefings/mines.yaml:10: warning: related[1]: 'x' is listed twice (first as related[0]); "
        "the second is ignored",
    ]


def test_an_unknown_related_item_after_a_duplicate_is_blamed_by_its_own_index(make_site, capsys):
    root = related_site(make_site, "[x, x, nope]")
    code, lines = run(capsys, root, "check")
    assert (code, lines) == (
        1,
        [
            "content/briefings/mines.yaml:10: related[2]: unknown briefing 'nope'",
            "1 problem in the content; nothing was written.",
        ],
    )
