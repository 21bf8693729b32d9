"""A Markdown field over a limit is reported at its file, line and field, before anything renders."""

from __future__ import annotations

from generator.cli import main
from tests.conftest import BRIEFING, SITE_YAML

NESTED = "\n".join("    " * depth + "- item" for depth in range(40))


def _check(capsys, root) -> tuple[int, list[str]]:
    code = main(["check", "--root", str(root)])
    err = capsys.readouterr().err
    return code, [line for line in err.splitlines() if "nested" in line]


def _block(text: str, indent: str) -> str:
    return "|\n" + "\n".join(indent + line for line in text.split("\n"))


def test_a_nested_summary_is_refused_at_its_line(make_site, capsys):
    note = BRIEFING.replace(
        "summary: The US approved **anti-personnel** mines.", "summary: " + _block(NESTED, "  ")
    )
    code, lines = _check(capsys, make_site({"content/briefings/mines.yaml": note}))
    assert code == 1
    assert lines == [
        "content/briefings/mines.yaml:3: summary: line 33 of the text: nested 33 levels deep "
        "(lists, quotes, indentation, definitions); the limit is 32"
    ]


def test_a_nested_plain_key_point_is_refused_at_its_item(make_site, capsys):
    note = BRIEFING.replace("  - A point without a source.", "  - " + _block(NESTED, "    "))
    code, lines = _check(capsys, make_site({"content/briefings/mines.yaml": note}))
    assert code == 1
    assert len(lines) == 1 and lines[0].startswith(
        "content/briefings/mines.yaml:7: key_points[1]: line 33 of the text: nested 33"
    )


def test_a_nested_topic_description_is_refused_at_its_line(make_site, capsys):
    site = SITE_YAML.replace(
        "    description: The war.\n", "    description: " + _block(NESTED, "      ") + "\n", 1
    )
    assert site != SITE_YAML
    code, lines = _check(capsys, make_site({"site.yaml": site}))
    assert code == 1
    assert (
        len(lines) == 1
        and lines[0].startswith("site.yaml:")
        and ": topics.ukraine.description: line 33" in lines[0]
    )
