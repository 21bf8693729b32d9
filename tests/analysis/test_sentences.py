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
        (
            "It struck at 4:10 p.m. Monday, registering 7.1. Trains stopped.",
            ["It struck at 4:10 p.m. Monday, registering 7.1.", "Trains stopped."],
        ),
        (
            "Talks began at 9 a.m. March 3 in Oslo. They ended.",
            ["Talks began at 9 a.m. March 3 in Oslo.", "They ended."],
        ),
        ("It struck at 4:10 p.m. Officials counted.", ["It struck at 4:10 p.m.", "Officials counted."]),
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
_OLD_EMPHASIS = re.compile(r"(\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)|`)")
MARKUP = st.text(st.sampled_from(list("ab A1.!?[]()<>*_`\"'”’“‘ \t")), max_size=40)


def plain_rule(line: str) -> str:
    text = _OLD_TAG.sub("", _OLD_LINK.sub(r"\1", _OLD_IMAGE.sub("", line)))
    return _OLD_EMPHASIS.sub("", text)


@settings(max_examples=3000, deadline=None)
@given(MARKUP)
@example("[a [b](u) c](v) <x <y> z ![i](j) ![k] [l](m")
@example('x.... Y ..!? "Z" a.) B ?! 1')
@example("**a** _b_ *c d* a_b_c 2*3 ` __x__ *_*")
def test_linear_patterns_find_what_the_plain_patterns_find(line):
    assert sentences.plain(line) == plain_rule(line)


def _body(shape: str, size: int) -> str:
    return {
        "one-line sentences": "\n".join(f"Sentence {i} is here." for i in range(size // 20)),
        "a run of full stops": "It ended" + "." * size,
        "a run of marks": "Why" + "!?" * (size // 2) + "x",
        "a run of [": "[" * size,
        "a run of <": "<" * size,
        "a run of ![": "![" * (size // 2),
        "links never closed": "[a](" * (size // 4),
        "an open quote before many sentences": 'He said "' + "We go. " * (size // 7),
        "opening guillemets before many stops": "«" * (size // 2) + "a. B" * (size // 8),
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
        "an open quote before many sentences",
        "opening guillemets before many stops",
    ],
)
def test_splitting_is_linear_in_the_body(shape):
    assert growth(lambda size: functools.partial(split_body, _body(shape, size)), 20_000) < LIMIT


def test_character_references_are_the_characters_a_reader_sees():
    assert sentences.plain("Developers wrote &lt;script&gt; at AT&amp;T &copy; &#8217; R&D &bogus;.") == (
        "Developers wrote <script> at AT&T © ’ R&D &bogus;."
    )


# Invented sentences in several languages (issue 23: other languages were read as English).
@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "de",
            "Am 19. November kam die Delegation an. Über die Lage wurde nicht gesprochen. Ärzte blieben.",
            [
                "Am 19. November kam die Delegation an.",
                "Über die Lage wurde nicht gesprochen.",
                "Ärzte blieben.",
            ],
        ),
        (
            "de",
            "Laut Dr. Weber fehlte z. B. Wasser. Öffentliche Gebäude blieben bis zum 3. Januar zu.",
            ["Laut Dr. Weber fehlte z. B. Wasser.", "Öffentliche Gebäude blieben bis zum 3. Januar zu."],
        ),
        (
            "uk",
            "Уряд оголосив нові заходи. Вночі поліція посилила охорону. Що буде завтра? Ніхто не знає.",
            [
                "Уряд оголосив нові заходи.",
                "Вночі поліція посилила охорону.",
                "Що буде завтра?",
                "Ніхто не знає.",
            ],
        ),
        (
            "fr",
            "Le maire a dit : « Nous resterons. Toujours. » Puis il est parti. À midi, tout était calme.",
            [
                "Le maire a dit : « Nous resterons. Toujours. »",
                "Puis il est parti.",
                "À midi, tout était calme.",
            ],
        ),
        (
            "en",
            "“We will not move. Not today,” the mayor said. Ms. Vale left. Prices rose 5 pct. in May.",
            [
                "“We will not move. Not today,” the mayor said.",
                "Ms. Vale left.",
                "Prices rose 5 pct. in May.",
            ],
        ),
        ("zh", "城里下雪了。学校关门！明天呢？", ["城里下雪了。", "学校关门！", "明天呢？"]),
    ],
)
def test_split_text_in_the_articles_language(language, text, expected):
    assert split_text(text, language) == expected


def test_a_german_paragraph_on_several_lines_keeps_each_sentences_line():
    body = "Der Rat tagte am 19.\nNovember in Bern. Über\ndie Kosten stritt man.\n\nÄrzte kamen."
    found = split_body(body, "de")
    assert [(s.text, s.line, s.paragraph) for s in found] == [
        ("Der Rat tagte am 19. November in Bern.", 1, 0),
        ("Über die Kosten stritt man.", 2, 0),
        ("Ärzte kamen.", 5, 1),
    ]


def test_a_long_paragraph_is_split_in_windows_without_losing_text():
    sentence = "Die Stadt meldete am 4. Mai neue Zahlen zu den Schäden."
    paragraph = " ".join([sentence] * 200)  # 11,000 characters: four windows
    assert len(paragraph) > 3 * sentences.WINDOW
    assert split_text(paragraph, "de") == [sentence] * 200
