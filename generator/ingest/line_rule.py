"""A named test for one kind of one-line furniture, and the first of a list of them that a line
matches (remembered per line: the rules read each line of a page more than once)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from generator.ingest.text_blocks import MAX_LINES


@dataclass(frozen=True)
class LineRule:
    """A named test for one kind of one-line furniture."""

    name: str
    reason: str
    test: Callable[[str], bool]

    def __call__(self, text: str) -> bool:
        return self.test(text)


def first_match(text: str, rules: Iterable[LineRule]) -> LineRule | None:
    """The first rule that calls this line furniture, or None."""
    if isinstance(rules, tuple):
        return _first_of(text, rules)
    return next((rule for rule in rules if rule(text)), None)


# The rules read each of a page's lines once for cleaning and again for the line model's
# features (and its head once more): a verdict is kept for twice the lines a page may have.
MEMO_LINES = 2 * MAX_LINES


@lru_cache(maxsize=MEMO_LINES)
def _first_of(text: str, rules: tuple[LineRule, ...]) -> LineRule | None:
    return next((rule for rule in rules if rule(text)), None)
