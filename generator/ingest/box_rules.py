"""The lines around a box the one-line rules found (a cookie notice, a newsletter or paywall
box): its points, its title, its button and its sentence broken over lines are the box's too."""

from __future__ import annotations

import re
from itertools import pairwise

from generator.ingest.line_rule import LineRule
from generator.ingest.model import Block, Kind
from generator.ingest.shapes import (
    PARAGRAPH_WORDS,
    is_heading_like,
    is_sentence,
    word_count,
)

_SENTENCE_END = re.compile(r"[.!?…。！？][\"'”’»)]*$")
BOX_RULES = frozenset(
    {
        "cookie-notice",
        "newsletter",
        "paywall",
        "paywall-meter",
        "account-notice",
        "donation-appeal",
        "follow-prompt",
    }
)
BOX_MAX_WORDS = 60
BOX_TITLE_MAX_WORDS = 8
BOX_EDGE_MAX_WORDS = 12  # a box's title or button beside its explanation


def _box_point(block: Block) -> bool:
    """A point of a box's list: a bulleted or numbered item of a few words, no sentence."""
    return (
        block.kind in (Kind.ITEM, Kind.ORDERED)
        and word_count(block.text) <= BOX_EDGE_MAX_WORDS
        and not is_sentence(block.text)
    )


def mark_boxes(blocks: list[Block], verdicts: list[LineRule | None]) -> None:
    """The rest of a prompt box: a line between two lines of one consent, newsletter, paywall,
    appeal or follow box is that box's (its explanation) when one of the two is a box's title or
    button (12 words at most: two long prompts around a paragraph are promotions set into the
    article), a list of short points right under a box's line is the box's (a paywall's
    benefits: 'Weiterlesen mit Plus' over '• Alle Artikel lesen', '• Weniger Werbung'), and a
    short title right above an appeal or sign-up paragraph is the box's title ('A free press
    needs you' over 'Support ...')."""
    for start, rule in enumerate(list(verdicts)):
        if (
            rule is None
            or rule.name not in BOX_RULES
            or not word_count(blocks[start].text) <= BOX_EDGE_MAX_WORDS
        ):
            continue
        index = start + 1
        while index < len(blocks) and verdicts[index] is None and _box_point(blocks[index]):
            verdicts[index] = LineRule(rule.name, f"{rule.reason} (a point of its box)", lambda _: True)
            index += 1
    for index in range(1, len(blocks) - 1):
        before, after = verdicts[index - 1], verdicts[index + 1]
        if (
            verdicts[index] is None
            and before is not None
            and after is not None
            and before.name in BOX_RULES
            and after.name == before.name
            and word_count(blocks[index].text) <= BOX_MAX_WORDS
            and min(word_count(blocks[index - 1].text), word_count(blocks[index + 1].text))
            <= BOX_EDGE_MAX_WORDS
        ):
            verdicts[index] = LineRule(before.name, f"{before.reason} (inside its box)", lambda _: True)
    for start in range(len(blocks)):
        rule = verdicts[start]
        if rule is None or rule.name not in BOX_RULES:
            continue
        end = start + 1
        while end < len(blocks) and end - start <= BOX_BROKEN_LINES and verdicts[end] is None:
            end += 1
        if (
            end < len(blocks)
            and end - start > 2
            and (after := verdicts[end]) is not None
            and after.name in BOX_RULES
            and _broken_sentence(blocks[start:end])
        ):
            for index in range(start + 1, end):
                verdicts[index] = LineRule(rule.name, f"{rule.reason} (inside its box)", lambda _: True)
    for index in range(1, len(blocks)):
        rule = verdicts[index]
        title = blocks[index - 1]
        if (
            rule is not None
            and rule.name in ("donation-appeal", "newsletter")
            and word_count(blocks[index].text) >= PARAGRAPH_WORDS
            and verdicts[index - 1] is None
            and title.kind in (Kind.LINE, Kind.HEADING, Kind.SUBHEADING)
            and word_count(title.text) <= BOX_TITLE_MAX_WORDS
            and is_heading_like(title.text)
        ):
            verdicts[index - 1] = LineRule(rule.name, f"{rule.reason} (its title)", lambda _: True)


BOX_BROKEN_LINES = 3  # lines of a box's sentence broken over lines, as a narrow box prints it
PAYWALL_FAMILY = frozenset({"paywall", "paywall-meter", "account-notice"})  # one subscription box's lines
RUN_MAX_LINES = 3  # short lines between two of a subscription box's lines
RUN_LINE_MAX_WORDS = 15


def mark_paywall_runs(blocks: list[Block], verdicts: list[LineRule | None]) -> None:
    """The lines of a subscription box between two of its found lines: up to `RUN_MAX_LINES`
    lines in a row, each of at most `RUN_LINE_MAX_WORDS` words and not ending as a sentence ('Si
    ya tenés una cuenta', 'Nuestro periodismo depende de vos'), between two lines of the box
    (paywall notice, free-article meter, account notice) are the box's; a paragraph of the
    article ends with its full stop. From each found line a look of at most `RUN_MAX_LINES` + 1
    lines ahead: linear."""
    for start, rule in enumerate(list(verdicts)):
        if rule is None or rule.name not in PAYWALL_FAMILY:
            continue
        end = start + 1
        while end < len(blocks) and end - start <= RUN_MAX_LINES and verdicts[end] is None:
            end += 1
        after = verdicts[end] if end < len(blocks) else None
        if (
            end - start > 1
            and after is not None
            and after.name in PAYWALL_FAMILY
            and all(_run_line(b.text) for b in blocks[start + 1 : end])
        ):
            for index in range(start + 1, end):
                verdicts[index] = LineRule(rule.name, f"{rule.reason} (inside its box)", lambda _: True)


def _run_line(text: str) -> bool:
    """A short line that does not end as a sentence."""
    return 0 < word_count(text) <= RUN_LINE_MAX_WORDS and not _SENTENCE_END.search(text.rstrip())


def _broken_sentence(blocks: list[Block]) -> bool:
    """A box's sentence broken over short lines: each line after the first goes on with it (it
    opens in lower case, or the line above has no closing mark): 'En vous abonnant, vous
    contribuez' / 'à une presse libre' / 'et sans publicité.'"""
    return all(word_count(b.text) <= BOX_EDGE_MAX_WORDS for b in blocks[1:]) and all(
        b.text[:1].islower() or not _SENTENCE_END.search(a.text.rstrip()) for a, b in pairwise(blocks)
    )
