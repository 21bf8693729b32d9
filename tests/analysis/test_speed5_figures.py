"""The only-in gate's figure pattern skips in C to the next digit (issue 23 item 9, speed 5).

`unique_gate._FIGURE` reads every newsroom's whole bodies when a story's gate is built. Opening
with a look-behind (`(?<!\\d)\\d{1,3}...`), `re` tried it at every character; opening with its
first digit, `re` skips ahead to the next one. Same matches: pinned to the plain pattern."""

from __future__ import annotations

import re
import timeit

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.analysis.unique_gate import _FIGURE, _WORD

# The rule as first written (the specification): a run of one to three digits with groups after
# a space, else digits with groups after a comma, a point, a space or an apostrophe.
PLAIN = r"(?<!\d)\d{1,3}(?:[ \u00a0\u202f'’]\d{3})+(?!\d)|\d+(?:[,.\u00a0\u202f'’]\d{3}(?!\d))*"
PLAIN_FIGURE = re.compile(PLAIN)
PLAIN_WORD = re.compile(rf"{PLAIN}|[^\W\d_]+")
PROSE = "The rescuers said on Tuesday that 1 200 people, of whom 45 were children, had left. " * 2000


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="0123456789 ,.'’\u00a0\u202fa-Zé٣", max_size=40))
def test_same_matches_as_the_plain_pattern(text: str) -> None:
    assert _FIGURE.findall(text) == PLAIN_FIGURE.findall(text)
    assert _WORD.findall(text) == PLAIN_WORD.findall(text)
    assert [m.span() for m in _WORD.finditer(text, 1)] == [m.span() for m in PLAIN_WORD.finditer(text, 1)]


def test_examples() -> None:
    assert _FIGURE.findall("2023 100 and 1 200 000, 50.000, 12'345, 7, 1234 567") == [
        "2023",
        "100",
        "1 200 000",
        "50.000",
        "12'345",
        "7",
        "1234",
        "567",
    ]


def test_prose_read_about_as_fast_as_its_digits() -> None:
    """Over prose, finding the figures costs about what finding its runs of digits does (0.8x on
    the machine this was written on; the pattern opening with a look-behind took 3.4x)."""
    digits = re.compile(r"\d+")

    def least(pattern: re.Pattern[str]) -> float:
        return min(timeit.repeat(lambda: pattern.findall(PROSE), number=3, repeat=5))

    assert _FIGURE.findall(PROSE) == PLAIN_FIGURE.findall(PROSE)
    assert least(_FIGURE) < 2 * least(digits)
