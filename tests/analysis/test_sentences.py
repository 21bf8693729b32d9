"""Sentence splitting of Markdown bodies: the rule, its exceptions, and the lines kept."""

from __future__ import annotations

import pytest

from generator.analysis.sentences import split_body, split_text


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
