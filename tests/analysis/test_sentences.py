"""Sentence splitting of Markdown bodies: the rule, its exceptions, and the lines kept."""

from __future__ import annotations

import functools
import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from generator.analysis import sentences
from generator.analysis.sentences import split_body, split_text
from tests.growth import LIMIT, growth


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("One. Two.", ["One.", "Two."]),
        ("Is it? Yes! Fine.", ["Is it?", "Yes!", "Fine."]),
        ("The U.S. mines differ. They expire.", ["The U.S. mines differ.", "They expire."]),
        ("Ukraine used U.S. ATACMS missiles.", ["Ukraine used U.S. ATACMS missiles."]),
        ("Mr. Smith met Dr. Jones. Then left.", ["Mr. Smith met Dr. Jones.", "Then left."]),
        ("Then it rained. Mr. Smith left.", ["Then it rained.", "Mr. Smith left."]),
        ("It ended. J. Doe and U.S. forces left.", ["It ended.", "J. Doe and U.S. forces left."]),
        ("J. R. R. Tolkien wrote it.", ["J. R. R. Tolkien wrote it."]),
        ('They are "non-persistent." They expire.', ['They are "non-persistent."', "They expire."]),
        ("They are “non-persistent,” and expire.", ["They are “non-persistent,” and expire."]),
        ("It cost 3.5 million. 40 died.", ["It cost 3.5 million.", "40 died."]),
        ("lower case. stays together", ["lower case. stays together"]),
        ("  spaced   out.  ", ["spaced out."]),
        ("...", []),
    ],
)
def test_split_text(text, sentences):
    assert split_text(text) == sentences


def test_markdown_is_removed_and_headings_skipped():
    body = (
        "First **bold** [linked](https://x.example) sentence. Second one.\n"
        "\n"
        "## A heading is not a sentence\n"
        "\n"
        "- A list item\n"
        "- Another item.\n"
        "\n"
        "> Quoted <em>text</em>.\n"
        "\n"
        "```\n"
        "code = 'is skipped.'\n"
        "```\n"
        "A paragraph on\n"
        "two lines. With a second sentence.\n"
    )
    found = split_body(body)
    assert [(s.text, s.line, s.paragraph) for s in found] == [
        ("First bold linked sentence.", 1, 0),
        ("Second one.", 1, 0),
        ("A list item", 5, 1),
        ("Another item.", 6, 2),
        ("Quoted text.", 8, 3),
        ("A paragraph on two lines.", 13, 4),
        ("With a second sentence.", 14, 4),
    ]
    assert [s.position for s in found] == list(range(7))


def test_empty_body():
    assert split_body("") == ()


# The patterns before they were made linear: the plain rule that the linear ones must equal.
_OLD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_OLD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_OLD_TAG = re.compile(r"<[^>]*>")
_OLD_END = re.compile(r"[.!?]+[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")
MARKUP = st.text(st.sampled_from(list("ab A1.!?[]()<>*_`\"'”’“‘ \t")), max_size=40)


def plain_rule(line: str) -> str:
    text = _OLD_TAG.sub("", _OLD_LINK.sub(r"\1", _OLD_IMAGE.sub("", line)))
    return sentences._EMPHASIS.sub("", text)


@settings(max_examples=3000, deadline=None)
@given(MARKUP)
@example("[a [b](u) c](v) <x <y> z ![i](j) ![k] [l](m")
@example('x.... Y ..!? "Z" a.) B ?! 1')
def test_linear_patterns_find_what_the_plain_patterns_find(line):
    assert sentences.plain(line) == plain_rule(line)
    assert [m.span() for m in sentences._END.finditer(line)] == [m.span() for m in _OLD_END.finditer(line)]
    no_marks = line.replace("!", "").replace("?", "")
    expected = [m.span() for m in _OLD_END.finditer(no_marks)]
    assert [m.span() for m in sentences._FULL_STOP_END.finditer(no_marks)] == expected


def _body(shape: str, size: int) -> str:
    return {
        "one-line sentences": "\n".join(f"Sentence {i} is here." for i in range(size // 20)),
        "a run of full stops": "It ended" + "." * size,
        "a run of marks": "Why" + "!?" * (size // 2) + "x",
        "a run of [": "[" * size,
        "a run of <": "<" * size,
        "a run of ![": "![" * (size // 2),
        "links never closed": "[a](" * (size // 4),
    }[shape]


@pytest.mark.parametrize(
    "shape",
    [
        "one-line sentences",
        "a run of full stops",
        "a run of marks",
        "a run of [",
        "a run of <",
        "a run of ![",
        "links never closed",
    ],
)
def test_splitting_is_linear_in_the_body(shape):
    assert growth(lambda size: functools.partial(split_body, _body(shape, size)), 20_000) < LIMIT


def test_character_references_are_the_characters_a_reader_sees():
    assert sentences.plain("Developers wrote &lt;script&gt; at AT&amp;T &copy; &#8217; R&D &bogus;.") == (
        "Developers wrote <script> at AT&T © ’ R&D &bogus;."
    )
