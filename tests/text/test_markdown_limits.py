"""Markdown that Python-Markdown reads in more than linear time is refused, with a line, at once."""

from __future__ import annotations

import functools
import re

import markdown
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from generator.cli import main
from generator.errors import BuildError
from generator.text import markdown_limits, markup
from generator.text.markdown_limits import check
from generator.text.markup import _renderer, render_block
from tests.conftest import BRIEFING, REPO
from tests.growth import LIMIT, growth
from tests.hostile.test_bounds import problems_of

SUMMARY = "summary: The US approved **anti-personnel** mines."
PROSE = "A paragraph of a news story, with a [link](https://example.org/a) and *some* emphasis.\n\n"


def message(text: str) -> str | None:
    found = check(text)
    return f"{found.line}: {found.message}" if found else None


# Each shape made Python-Markdown 3.11 read the same text again and again: at these sizes it
# took from 1 s to minutes (see docs/security.md); the check refuses each in milliseconds.
SLOW = {
    "open brackets": "[" * 8_000,
    "nested links": "[" * 2_000 + "x](" + "]" * 2_000,
    "unclosed link targets": "[a](" * 2_000,
    "images": "![" * 4_000,
    "brackets then escapes": "[" * 1_000 + "\\*" * 3_000,
    "brackets then code spans": "[" * 1_000 + "`a`" * 2_000,
    "unclosed tags": "<a " * 5_000,
    "autolinks never closed": "<http://" * 2_000,
    "character data never closed": "\n".join(["<![CDATA["] * 2_000),
    "setext headings in one paragraph": "a\n===\n" * 3_000,
    "rules in one paragraph": "***\n" * 4_000,
    "attribute lists in a heading": "# a {: #" * 4_000,
    "nested list markers": "- " * 600 + "x",
    "nested lists by indentation": "\n".join("    " * i + "- x" for i in range(300)),
    "definitions nested in definitions": "a\n: b\n" * 700,
    "abbreviations": "*[a]: b\n" * 2_000 + "a",
    "footnotes": "".join(f"a[^{i}]\n\n[^{i}]: x\n\n" for i in range(3_000)),
    "tiny paragraphs": "text\n\n" * 40_000,
}


@pytest.mark.parametrize("shape", sorted(SLOW))
def test_each_slow_shape_is_refused(shape):
    assert check(SLOW[shape]) is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Intro.\n\n" + "[" * 2_000,
            "3: a paragraph of 2000 characters with 2000 '[': Markdown may read 2001000 characters "
            "looking for where its links and code spans end; the limit is 2000000 (close each '[' with "
            "']', each '](' with ')' and each code span, write a '[' that opens no link as '\\[', or "
            "split the paragraph with a blank line)",
        ),
        (
            "- " * 33 + "x",
            "1: nested 33 levels deep (lists, quotes, indentation, definitions); the limit is 32",
        ),
        (
            "a\n\n" + "> " * 40 + "x",
            "3: nested 40 levels deep (lists, quotes, indentation, definitions); the limit is 32",
        ),
        (
            "Intro\n\n" + "<a " * 2_000,
            "3: 845 '<' that may open HTML tags: the HTML parser may read 4000230 characters to find "
            "where they close; the limit is 4000000 (close each tag with '>', or write a '<' that opens "
            "no tag as '&lt;')",
        ),
        (
            "x\n" + "***\n" * 2_300,
            "1: a paragraph of 9202 characters with 2300 lines that split it (headings, rules, "
            "underlines): Markdown may search 10584600 characters splitting it; the limit is 10000000 "
            "(put blank lines between the blocks)",
        ),
        (
            "# " + "a {" * 6_000,
            "1: Markdown may search 20014220 characters for the ends of attribute lists ('{' to the "
            "end of its line); the limit is 20000000 (close each '{' on its line with '}')",
        ),
        ("*[a]: b\n" * 51, "51: more than 50 abbreviations (*[...]: ...); the limit is 50"),
        ("[^1] " * 2_001, "1: more than 2000 footnote marks ([^...]); the limit is 2000"),
        (
            "word\n" * 13_108,
            "13108: 65540 characters of Markdown; the limit is 65536 (the text goes over it on this line)",
        ),
    ],
)
def test_each_limit_is_named_with_its_line(text, expected):
    assert message(text) == expected


def test_texts_at_the_limits_pass():
    assert check("- " * 32 + "x") is None
    assert check("word\n" * 13_107) is None  # 65,535 characters
    assert check("*[a]: b\n" * 50 + "a") is None
    assert check("[" * 1_999) is None  # reads 1,999,000 characters


@pytest.mark.parametrize(
    "text",
    [
        PROSE * 700,  # 60 KB of paragraphs with links
        "\n".join(f"- [Story number {i}](https://example.org/{i})" for i in range(1_400)),  # 60 KB list
        "| a | b |\n|---|---|\n" + "| [x](https://e.org) | `y` |\n" * 2_000,
        "Text with <b>tags</b>, <i>many</i> of them. " * 1_400,
        "A [b] c \\[d\\] e `[f]` g [h][r] and [^1].\n\n[r]: https://example.org\n[^1]: A note.\n\n" * 500,
        "# Heading\n\nText.\n\n## Sub\n\n***\n\nMore.\n\n" * 1_500,
        "> Quoted text,\n> over lines.\n>\n> > Nested once.\n\n" * 1_000,
    ],
    ids=["prose", "link list", "table", "inline tags", "references", "headings", "quotes"],
)
def test_ordinary_long_markdown_passes(text):
    assert check(text) is None


def test_the_sites_own_markdown_passes():
    texts = [
        path.read_text(encoding="utf-8")
        for folder in ("content", "tests/golden/site/content", "docs")
        for path in sorted((REPO / folder).rglob("*"))
        if path.suffix in (".md", ".yaml")
    ]
    assert len(texts) > 5
    assert [check(text) for text in texts] == [None] * len(texts)


def test_the_check_is_linear():
    unit = "A [link](x) and [an open one, <b>bold</b> <i, *a* `b` \\[ {c\n- item\n> quote\n# h\n\n"

    def work(size: int):
        return functools.partial(check, unit * (size // len(unit)))

    assert growth(work, 16_000) < LIMIT


def test_render_refuses_a_text_no_loader_checked():
    with pytest.raises(BuildError) as refused:
        render_block("[" * 8_000)
    assert str(refused.value).startswith(
        "Markdown text starting '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[…': "
        "line 1: a paragraph of 8000 characters with 8000 '['"
    )


def test_render_turns_a_recursion_error_into_a_message(monkeypatch):
    monkeypatch.setattr(markdown_limits, "MAX_DEPTH", 10_000)
    with pytest.raises(
        BuildError, match=r"^Markdown text starting '- - - - - - - -…': nested too deeply to render$"
    ):
        _renderer.convert("- " * 600 + "x")
    assert _renderer.convert("0") == "<p>0</p>"  # a new converter: the stopped one kept a list state


def errors_of_build(root, capsys) -> list[str]:
    assert main(["build", "--root", str(root)]) == 1
    return [line for line in capsys.readouterr().err.splitlines() if line.startswith("error")]


def _located(root, capsys) -> list[str]:
    assert main(["build", "--root", str(root)]) == 1
    return [line for line in capsys.readouterr().err.splitlines() if line.startswith("content/")]


def test_a_summary_of_nested_brackets_is_refused_at_its_line(make_site, capsys):
    """The probe: an 8 KB summary of '[' took 16.7 s in the Markdown step."""
    root = make_site({"content/briefings/mines.yaml": BRIEFING.replace(SUMMARY, f"summary: '{'[' * 8_000}'")})
    errors = _located(root, capsys)
    assert len(errors) == 1
    assert errors[0].startswith(
        "content/briefings/mines.yaml:3: summary: a paragraph of 8000 characters with 8000 '['"
    )
    assert not (root / "output").exists()


def test_a_summary_of_400_nested_list_items_is_refused_at_its_line(make_site, capsys):
    """The probe: 400 nested list items in a summary gave a RecursionError traceback."""
    nested = "- " * 400 + "x"
    root = make_site({"content/briefings/mines.yaml": BRIEFING.replace(SUMMARY, f"summary: '{nested}'")})
    assert _located(root, capsys) == [
        "content/briefings/mines.yaml:3: summary: nested 400 levels deep "
        "(lists, quotes, indentation, definitions); the limit is 32"
    ]


FRONT = "---\ntitle: T\noutlet: reuters\nurl: https://example.org/t\npublished: 2024-11-20T10:00:00Z\n---\n"


def test_a_published_body_over_a_limit_is_an_error_at_its_line(make_site):
    body = "First paragraph.\n\nSecond.\n\n" + "- " * 40 + "deep\n"
    root = make_site({"content/articles/deep.md": FRONT + "\n" + body})
    assert problems_of(root, "content/articles/deep.md") == []  # not published: never rendered
    config = (root / "site.yaml").read_text() + "publish_full_text: true\n"
    (root / "site.yaml").write_text(config)
    assert problems_of(root, "content/articles/deep.md") == [
        "content/articles/deep.md:12: body: nested 40 levels deep (lists, quotes, indentation, "
        "definitions); the limit is 32"
    ]


# The excerpt's patterns before they were made linear: the plain rule they must equal.
_OLD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_OLD_TAGS = re.compile(r"<[^>]*>")


def plain_prose_lines(body: str) -> list[str]:
    found = []
    for line in body.split("\n"):
        if markup._HEADING.match(line):
            continue
        line = _OLD_LINK.sub(r"\1", markup._MARKERS.sub("", line))
        found.append(markup._EMPHASIS.sub("", _OLD_TAGS.sub("", line)))
    return found


@settings(max_examples=2000, deadline=None)
@given(st.text(st.sampled_from(list("ab !.[]()<>*_`#-\n")), max_size=60))
@example("![i](j) [a [b](u) c](v) <x <y> z [l](m")
def test_the_excerpt_reads_the_lines_the_plain_patterns_read(body):
    assert list(markup._prose_lines(body)) == plain_prose_lines(body)


INLINE = st.lists(
    st.sampled_from(
        ["[", "[", "]", "(", ")", "](", '"', "'", "`", "``", "\\", "a", " ", "!", "<", "*", "[^", "x" * 20]
    ),
    max_size=40,
).map("".join)


def _model(text: str) -> int:
    total = 0
    for index, part in enumerate(markdown_limits._BLANK_LINES.split(text)):
        if index % 2 == 0:
            masked, spans, _ = markdown_limits._code_spans(part)
            total += markdown_limits._link_reading(masked, spans)[0]
    return total


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(INLINE)
@example("[]\\](" + "x" * 20)
def test_markdown_reads_at_most_six_times_what_the_link_limit_counts(monkeypatch, text):
    """Python-Markdown's own link scans, counted: three processors read from each '[' (reference,
    link, short reference), and a link's target after it, so six times the count bounds them."""
    from markdown import inlinepatterns

    read = [0]
    get_text, get_link = (
        inlinepatterns.LinkInlineProcessor.getText,
        inlinepatterns.LinkInlineProcessor.getLink,
    )

    def counted_text(self, data, index):
        found = get_text(self, data, index)
        read[0] += found[1] - index
        return found

    def counted_link(self, data, index):
        found = get_link(self, data, index)
        opened = self.RE_LINK.match(data, pos=index)
        if opened and not opened.group(1):  # its loop ran: to the ')' when it closed, else to the end
            read[0] += (found[2] if found[3] else len(data)) - index
        return found

    with monkeypatch.context() as patched:
        patched.setattr(inlinepatterns.LinkInlineProcessor, "getText", counted_text)
        patched.setattr(inlinepatterns.LinkInlineProcessor, "getLink", counted_link)
        markdown.Markdown(extensions=markup._EXTENSIONS).convert(text)
    assert read[0] <= 6 * _model(text)


@settings(max_examples=1500, deadline=None)
@given(
    st.lists(st.sampled_from(["`", "`", "``", "\\", "\\\\", "a", " ", "[", "]"]), max_size=20).map("".join)
)
def test_code_spans_are_found_where_python_markdown_finds_them(text):
    html = markdown.Markdown(extensions=markup._EXTENSIONS).convert("x" + text)
    assert html.count("<code>") == len(markdown_limits._code_spans("x" + text)[1])


def test_a_loader_reports_a_field_over_a_limit_at_the_field(tmp_path):
    from generator.errors import Report
    from generator.load.fields import Fields
    from generator.load.yamlio import load_yaml

    path = tmp_path / "content/briefings/mines.yaml"
    node = load_yaml("title: t\nsummary: |\n  Fine.\n\n  " + "- " * 40 + "x\n")
    report = Report(tmp_path)
    fields = Fields(node, path, report)
    markdown_limits.check_field(fields, "summary", fields.text("summary"))
    markdown_limits.check_field(fields, "title", fields.text("title"))
    assert [str(p) for p in report.problems] == [
        "content/briefings/mines.yaml:2: summary: line 3 of the text: nested 40 levels deep "
        "(lists, quotes, indentation, definitions); the limit is 32"
    ]


def test_an_excerpt_shows_references_as_characters():
    assert markup.excerpt("Developers wrote &lt;script&gt;alert(1)&lt;/script&gt; at AT&amp;T.", 8) == (
        "Developers wrote <script>alert(1)</script> at AT&T."
    )
