"""The plain-prose fast path gives exactly what Markdown and the sanitiser give."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from generator.text import markup
from tests.conftest import REPO

ALPHABET = st.sampled_from(
    list("abcXYZ019 .,;:!?'\"()-+=/%$@")
    + list("\\`*_[]<>&#|{}~^\t\n\u00a0\u2014\u00e9\u201c\u2028\u3000\u200b")
)


def slow_block(text: str) -> str:
    return markup._renderer.convert(text)


def slow_inline(text: str) -> str:
    html = slow_block(text).strip()
    if html.startswith("<p>") and html.endswith("</p>") and html.count("<p>") == 1:
        html = html[3:-4]
    return html


@settings(max_examples=3000, deadline=None)
@given(st.text(ALPHABET, min_size=1, max_size=40))
@example("1. Not a paragraph")
@example("2) Nor this")
@example("A line ending with two spaces  ")
@example("Tom & Jerry")
@example("x\u00a0y")
def test_plain_text_renders_as_markdown_does(text):
    if markup._plain(text):
        assert slow_block(text) == f"<p>{text}</p>"
        assert slow_inline(text) == text


@settings(max_examples=2000, deadline=None)
@given(st.text(min_size=1, max_size=30))
def test_any_unicode_text_renders_as_markdown_does(text):
    if markup._plain(text):
        assert slow_block(text) == f"<p>{text}</p>"


def test_the_fast_path_is_taken_for_ordinary_prose():
    assert markup._plain("Biden approved anti-personnel land mines for Ukraine, a U.S. official said.")
    assert markup._plain("The mines are \u201cnon-persistent\u201d: they go inert (after 2 weeks).")
    assert not markup._plain("**Bold** claims")
    assert not markup._plain("See [the report](https://example.com)")


def test_every_line_of_the_example_notes_renders_the_same():
    import yaml

    texts: list[str] = []
    for path in sorted((REPO / "content/briefings").glob("*.yaml")):
        note = yaml.safe_load(path.read_text())
        texts += [note["summary"], note.get("why_it_matters", ""), note.get("whats_next", "")]
        texts += [p if isinstance(p, str) else p["text"] for p in note.get("key_points", [])]
        texts += [e["text"] for e in note.get("timeline", [])]
    plain = [text for text in filter(None, texts) if markup._plain(text)]
    assert len(plain) > 10  # the fast path is really taken on real notes
    for text in plain:
        assert slow_block(text) == f"<p>{text}</p>"
