"""A kicker cut by the URL's slug keeps the short words the slug opens with (issue 21, round 12).

The slug's alignment passes over words of one or two letters, so a headline opening with one
('La', 'A', 'El') was found to start at its second word, and the kicker before it was left
glued on (the cut would have begun in lower case). Invented pages."""

from __future__ import annotations

import pytest

from generator.ingest.slug_title import trim_by_slug


@pytest.mark.parametrize(
    ("title", "url", "expected"),
    [
        (
            "Bourgval Photos. La fête du pain revient sur la place du marché",
            "https://example.org/edition-de-bourgval/2031/05/17/la-fete-du-pain-revient-sur-la-place-du-marche",
            "La fête du pain revient sur la place du marché",
        ),
        (
            "Riverton Notebook A ferry line returns to the northern lake towns",
            "https://example.org/news/a-ferry-line-returns-to-the-northern-lake-towns",
            "A ferry line returns to the northern lake towns",
        ),
    ],
)
def test_a_kicker_is_cut_before_the_short_word_the_slug_opens_with(
    title: str, url: str, expected: str
) -> None:
    assert trim_by_slug(title, url) == expected


def test_a_short_word_the_slug_does_not_open_with_is_no_reason_to_cut() -> None:
    title = "Bourgval Photos. La fête du pain revient sur la place du marché"
    url = "https://example.org/2031/05/17/fete-du-pain-revient-sur-la-place-du-marche"
    assert trim_by_slug(title, url) == title
