"""Named rules for page furniture that shows on one line: each a name, a reason and a test.

The tests live in `site_chrome` (navigation, buttons, ads, prompts, footers) and `story_extras`
(captions, credits, link-outs, tags, wire markers); this module names them, orders them and
applies them. Multi-line furniture (headline lists, tag blocks) is in `list_rules`; metadata
lines (dates, bylines, credits) are read in `head`, `meta_lines` and `credits`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache, partial
from itertools import pairwise

from generator.ingest.model import Block, Kind, Removal, Step
from generator.ingest.offer_box import offer_box
from generator.ingest.prompts import (
    is_cookie_notice,
    is_donation_appeal,
    is_follow_prompt,
    is_newsletter_prompt,
    is_paywall_notice,
)
from generator.ingest.shapes import (
    PARAGRAPH_WORDS,
    is_heading_like,
    is_paragraph_like,
    is_sentence,
    norm,
    repeats_cells,
    word_count,
)
from generator.ingest.site_chrome import (
    is_advertisement,
    is_comment_count,
    is_contact_line,
    is_footer,
    is_nav_bar,
    is_separator,
    is_share_bar,
    is_tracking_id,
    is_ui_label,
    weather_part,
)
from generator.ingest.story_extras import (
    is_banner,
    is_image_file,
    is_link_out,
    is_media_notice,
    is_media_teaser,
    is_photo_caption,
    is_photo_credit,
    is_social_embed,
    is_tag_list,
    is_wire_internal,
    is_wire_marker,
)
from generator.ingest.text_blocks import MAX_LINES
from generator.model.wires import Registry


@dataclass(frozen=True)
class LineRule:
    """A named test for one kind of one-line furniture."""

    name: str
    reason: str
    test: Callable[[str], bool]

    def __call__(self, text: str) -> bool:
        return self.test(text)


_INLINE_UI = re.compile(r",?\s*\(?(?:opens (?:in )?(?:a )?new (?:tab|window))\)?(?=[\s.,;:]|$)", re.I)


def strip_inline_ui(blocks: list[Block]) -> Step:
    """Every block without the link labels pages inject into running text."""
    kept: list[Block] = []
    removals: list[Removal] = []
    for block in blocks:
        stripped, removal = _strip_inline_ui(block)
        kept.append(stripped)
        removals.extend([removal] if removal else [])
    return Step(kept, tuple(removals))


def _strip_inline_ui(block: Block) -> tuple[Block, Removal | None]:
    """Link labels that pages inject into running text ('..., opens new tab') taken out."""
    if not _INLINE_UI.search(block.text):
        return block, None
    parts = [m.group(0).strip() for m in _INLINE_UI.finditer(block.text)]
    text = " ".join(_INLINE_UI.sub("", block.text).split())
    return block.with_text(text), Removal.of(
        block, "inline-ui", "link label inside the text", " / ".join(parts)
    )


@cache
def line_rules(wires: Registry) -> tuple[LineRule, ...]:
    """The one-line rules in the order they are tried; photo credits and captions know the
    site's wires (`wires`) as agencies."""
    return (
        LineRule("separator", "separator line", is_separator),
        LineRule("image-file", "image file name or embedded image", is_image_file),
        LineRule("banner", "banner above the page", is_banner),
        LineRule("wire-internal", "news agency's production line", is_wire_internal),
        LineRule("ui-label", "navigation or UI label", is_ui_label),
        LineRule("share-bar", "share/follow button row", is_share_bar),
        LineRule("nav-bar", "navigation links", is_nav_bar),
        LineRule("advertisement", "advertisement slot", is_advertisement),
        LineRule("cookie-notice", "cookie notice", is_cookie_notice),
        LineRule("newsletter", "newsletter sign-up", is_newsletter_prompt),
        LineRule("paywall", "paywall notice", is_paywall_notice),
        LineRule("follow-prompt", "follow/app prompt", is_follow_prompt),
        LineRule("donation-appeal", "appeal for money or membership", is_donation_appeal),
        LineRule("photo-credit", "photo credit", partial(is_photo_credit, wires=wires)),
        LineRule("photo-caption", "photo caption", partial(is_photo_caption, wires=wires)),
        LineRule("media-notice", "note about the pictures or video", is_media_notice),
        LineRule("social-embed", "embedded social media post", is_social_embed),
        LineRule("link-out", "link to another story", is_link_out),
        LineRule("tag-list", "tag list", is_tag_list),
        LineRule("comment-count", "comment count or prompt", is_comment_count),
        LineRule("footer", "site footer", is_footer),
        LineRule("contact-line", "reporter's contact details", is_contact_line),
        LineRule("tracking-id", "tracking id", is_tracking_id),
        LineRule("wire-marker", "wire update marker", is_wire_marker),
    )


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


def apply_line_rules(
    blocks: list[Block], rules: Iterable[LineRule], keep: Callable[[Block], bool] = lambda _: False
) -> Step:
    """Blocks without one-line furniture, and a removal for each line taken out; blocks that
    `keep` names stay for a later step (the headers of furniture lists).

    A short line right after (or else right before) a photo credit is that photo's caption; the
    line before an embedded post's '— Name (@handle) date' is the post's text.
    """
    verdicts = [None if keep(block) else first_match(block.text, rules) for block in blocks]
    for index, rule in enumerate(verdicts):
        if rule is not None and rule.name == "photo-credit":
            twice = _caption_twice_above(blocks, verdicts, index)
            caption = _caption_beside(blocks, verdicts, index)
            for found in twice or ([caption] if caption is not None else []):
                verdicts[found] = ADJACENT_CAPTION
        elif (
            rule is not None
            and rule.name == "social-embed"
            and blocks[index].text.startswith(("—", "–", "-"))
        ):
            previous = index - 1
            if (
                previous >= 0
                and verdicts[previous] is None
                and word_count(blocks[previous].text) <= EMBED_MAX_WORDS
            ):
                verdicts[previous] = EMBEDDED_POST
    for index in nav_run(blocks, lambda i: verdicts[i] is not None):
        if not keep(blocks[index]):
            verdicts[index] = verdicts[index] or NAV_RUN_RULE
    for index in weather_widget(blocks):
        verdicts[index] = verdicts[index] or WEATHER_RULE
    for index in player_widget(blocks):
        verdicts[index] = verdicts[index] or PLAYER_RULE
    for index in captions_printed_twice(blocks, verdicts):
        verdicts[index] = ADJACENT_CAPTION
    for index in range(1, len(blocks)):  # the quoted title of a video under its teaser
        if (
            verdicts[index] is None
            and is_media_teaser(blocks[index - 1].text)
            and _QUOTED.fullmatch(blocks[index].text.strip())
            and word_count(blocks[index].text) <= MEDIA_TITLE_MAX_WORDS
        ):
            verdicts[index] = MEDIA_TITLE
    for index in offer_box([b.text for b in blocks], [v is not None for v in verdicts]):
        if not keep(blocks[index]):
            verdicts[index] = OFFER_BOX
    _mark_boxes(blocks, verdicts)
    kept = [block for block, rule in zip(blocks, verdicts, strict=True) if rule is None]
    removed = [
        Removal.of(b, r.name, r.reason) for b, r in zip(blocks, verdicts, strict=True) if r is not None
    ]
    return Step(kept, tuple(removed))


CAPTION_GAP_WORDS = 2  # a picture's button between a caption and its repeat ('Full screen')


def captions_printed_twice(blocks: list[Block], verdicts: Sequence[LineRule | None]) -> list[int]:
    """The indexes of captions printed twice, once with their credit: a line right above a photo
    caption that starts with it ('Der Hafen im Winter' over 'Der Hafen im WinterANNA ROSSI/DPA'), or
    with a picture's short button between them ('Caption.' / 'Full screen' / 'Caption. © Name')."""
    return sorted(
        {
            index
            for index in range(len(blocks) - 1)
            for later in (index + 1, index + 2)
            if later < len(blocks)
            and (later == index + 1 or word_count(blocks[index + 1].text) <= CAPTION_GAP_WORDS)
            and verdicts[index] is None
            and (after := verdicts[later]) is not None
            and after.name == "photo-caption"
            and blocks[later].text.startswith(blocks[index].text.rstrip(". "))
            and word_count(blocks[index].text) >= 2
        }
    )


def _caption_twice_above(blocks: list[Block], verdicts: list[LineRule | None], index: int) -> list[int]:
    """A caption printed twice right above its photo's credit ('The harbour at dawn.' twice over
    'Photo: Port Authority'): both copies, however long."""
    first, second = index - 2, index - 1
    if (
        first >= 0
        and verdicts[first] is None
        and verdicts[second] is None
        and blocks[first].kind in (Kind.LINE, Kind.PARAGRAPH)
        and norm(blocks[first].text) == norm(blocks[second].text)
    ):
        return [first, second]
    return []


def _caption_beside(blocks: list[Block], verdicts: list[LineRule | None], index: int) -> int | None:
    """The caption of the photo credit at `index`: the line after it when that reads like a
    caption under a credit (no closing full stop), else a short one-sentence line before it."""
    after, before = index + 1, index - 1
    if (
        after < len(blocks)
        and verdicts[after] is None
        and _caption_shaped(blocks[after], 30)
        and not blocks[after].text.endswith(".")
    ):
        return after
    if (
        before >= 0
        and verdicts[before] is None
        and _caption_shaped(blocks[before], 20)
        and not _INNER_SENTENCE.search(blocks[before].text)
    ):
        return before
    return None


def _caption_shaped(block: Block, limit: int) -> bool:
    """Caption-sized (five words or more, not too many), not a question, quotation or list item."""
    text = block.text
    return (
        block.kind in (Kind.LINE, Kind.PARAGRAPH)
        and word_count(text) >= CAPTION_MIN_WORDS
        and not text.endswith("?")
        and (
            word_count(text) <= min(limit, 20)
            or (word_count(text) <= limit and not text.endswith((".", "!", "?")))
        )
        and not text.endswith(('"', "”", "’"))
    )


MEDIA_TITLE_MAX_WORDS = 20
_QUOTED = re.compile(r"[\"“«„'‘].+[\"”»“'’]")
MEDIA_TITLE = LineRule("link-out", "title of a video or gallery under its teaser", lambda _: True)
CAPTION_MIN_WORDS = 5
_INNER_SENTENCE = re.compile(r"[.!?][\"'”’]?\s+[A-Z\"“‘]")
EMBED_MAX_WORDS = 70
EMBEDDED_POST = LineRule("social-embed", "text of an embedded social media post", lambda _: True)
OFFER_BOX = LineRule("paywall", "paywall's offer box (plans, prices, buttons)", lambda _: True)
ADJACENT_CAPTION = LineRule("photo-caption", "photo caption (next to a photo credit)", lambda _: True)


BOX_RULES = frozenset({"cookie-notice", "newsletter", "paywall", "donation-appeal", "follow-prompt"})
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


def _mark_boxes(blocks: list[Block], verdicts: list[LineRule | None]) -> None:
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


def _broken_sentence(blocks: list[Block]) -> bool:
    """A box's sentence broken over short lines: each line after the first goes on with it (it
    opens in lower case, or the line above has no closing mark): 'En vous abonnant, vous
    contribuez' / 'à une presse libre' / 'et sans publicité.'"""
    return all(word_count(b.text) <= BOX_EDGE_MAX_WORDS for b in blocks[1:]) and all(
        b.text[:1].islower() or not _SENTENCE_END.search(a.text.rstrip()) for a, b in pairwise(blocks)
    )


_SENTENCE_END = re.compile(r"[.!?…。！？][\"'”’»)]*$")
WEATHER_GAP = 2  # a widget's lines stand at most this far apart (its date may stand between)
WEATHER_RULE = LineRule("weather", "weather widget", lambda _: True)


def weather_widget(blocks: list[Block]) -> set[int]:
    """The indexes of a weather widget's lines: a weather word and a temperature near each other
    ('Meteorologia' / 'Tempo' / '13º' / 'MIN 11º MÁX 17º'); either alone is text ('El tiempo')."""
    found: set[int] = set()
    run: list[tuple[int, str]] = []
    for index, block in enumerate([*blocks, Block("")]):
        part = weather_part(block.text) if block.text else None
        if run and ((part is None and index - run[-1][0] >= WEATHER_GAP) or index == len(blocks)):
            if {kind for _, kind in run} == {"word", "temperature"}:
                found.update(i for i, _ in run)
            run = []
        if part is not None:
            run.append((index, part))
    return found


PLAYER_RULE = LineRule("media-player", "audio or video player's labels and counters", lambda _: True)
PLAYER_REACH = 2  # short labels above and below a player's counters that are its own
PLAYER_LABEL_WORDS = 4
_COUNTER = re.compile(r"0:00|\d{1,2}:\d{2}(?:\s*/?\s*\d{1,2}:\d{2})+")


def player_widget(blocks: list[Block]) -> set[int]:
    """The indexes of a media player copied with the page: its counters ('0:00', '0:00 0:00',
    '1:12 / 4:05') and the short labels next to them ('Play Live Radio', 'Next Up:'), up to two
    lines on either side."""
    found: set[int] = set()
    counters = [i for i, b in enumerate(blocks) if _COUNTER.fullmatch(b.text.strip())]
    for index in counters:
        found.add(index)
        for step in (-1, 1):
            for reach in range(1, PLAYER_REACH + 1):
                near = index + step * reach
                if near in found:
                    continue
                if not (0 <= near < len(blocks)) or not _player_label(blocks[near]):
                    break
                found.add(near)
    return found


_PLAYER_LABEL_RE = re.compile(r"[.!?…。]$")


def _player_label(block: Block) -> bool:
    """A player's label or button: a few words, no sentence ('Next Up:' ends with its colon)."""
    text = block.text.strip()
    return (
        block.kind == Kind.LINE
        and 0 < word_count(text) <= PLAYER_LABEL_WORDS
        and not _PLAYER_LABEL_RE.search(text)
        and not any(ch.isdigit() for ch in _COUNTER.sub("", text))
    ) or bool(_COUNTER.fullmatch(text))


NAV_RUN = 5  # short labels in a row: a menu ('News', 'Sport', 'Video', 'Photos', 'Opinion' ...)
NAV_LABEL_WORDS = 3
NAV_RUN_RULE = LineRule("nav-bar", "navigation menu (a run of short labels)", lambda _: True)
_LABEL_END = re.compile(r"[.!?…。！？,;]$")


def nav_run(blocks: list[Block], furniture: Callable[[int], bool] = lambda _: False) -> set[int]:
    """The indexes of menus copied one entry a line: five or more short labels in a row, no
    sentence among them, not a list the text leads into (after a line ending with ':'), and not
    a table copied one cell a line (see `_Tables`; `furniture` says which lines other rules took)."""
    found: set[int] = set()
    run: list[int] = []
    tables = _Tables(blocks, furniture)
    for index, block in enumerate([*blocks, Block("")]):
        text = block.text.strip()
        if text and block.kind == Kind.LINE and _nav_label(text):
            run.append(index)
            continue
        led = run and run[0] > 0 and blocks[run[0] - 1].text.rstrip().endswith((":", "："))
        if len(run) >= NAV_RUN and not led and not tables.is_table(run):
            found.update(run)
        run = []
    return found


TABLE_FIGURES = 2  # cells with a figure in a run that make it a table ('VVD 9 zetels')
TABLE_CELL_WORDS = 8


class _Tables:
    """Which runs of short labels in `blocks` are tables copied one cell a line, not menus.

    Every run is judged in time linear in the page as a whole: the stretches of cell-shaped
    lines, the first paragraph no rule took and each stretch's `repeats_cells` are found once
    for the page, not again for each run (a page of 47,000 short lines has thousands of runs).
    """

    def __init__(self, blocks: list[Block], furniture: Callable[[int], bool]) -> None:
        self.blocks = blocks
        self.furniture = furniture
        self._back: list[int] = []
        self._forward: list[int] = []
        self._repeats: dict[tuple[int, int], bool] = {}
        self._first_text: int | None = None
        self._searched = 0

    def is_table(self, run: list[int]) -> bool:
        """A table, not a menu: its cells repeat (`repeats_cells`, over the whole block of short
        lines the run stands in, as a table's longer cells break the run), several carry figures
        ('VVD 9 zetels'), or the article's running text goes on right after it, below a
        paragraph of it (text that no rule took: a prompt's sentence is no article)."""
        blocks, furniture = self.blocks, self.furniture
        start, end = self._cells_around(run[0], run[-1] + 1)
        texts = [blocks[i].text for i in run]
        after = blocks[run[-1] + 1].text if run[-1] + 1 < len(blocks) and not furniture(run[-1] + 1) else ""
        return (
            self._repeats_cells(start, end)
            or sum(1 for text in texts if any(ch.isdigit() for ch in text)) >= TABLE_FIGURES
            or (self._text_above(run[0]) and is_paragraph_like(after))
        )

    def _cells_around(self, first: int, stop: int) -> tuple[int, int]:
        """From line `first` back, and from line `stop` on, as far as the lines are cell-shaped
        (`_cell`): where the block of short lines that holds a run starts and ends."""
        if not self._back:
            cells = [_cell(block) for block in self.blocks]
            self._back = [0] * (len(cells) + 1)
            for index in range(1, len(cells) + 1):
                self._back[index] = self._back[index - 1] if cells[index - 1] else index
            self._forward = [len(cells)] * (len(cells) + 1)
            for index in range(len(cells) - 1, -1, -1):
                self._forward[index] = self._forward[index + 1] if cells[index] else index
        return self._back[first], self._forward[stop]

    def _repeats_cells(self, start: int, end: int) -> bool:
        if (start, end) not in self._repeats:
            self._repeats[start, end] = repeats_cells([b.text for b in self.blocks[start:end]])
        return self._repeats[start, end]

    def _text_above(self, first: int) -> bool:
        """Whether a paragraph-like line no rule took stands before line `first`."""
        while self._first_text is None and self._searched < first:
            index = self._searched
            if is_paragraph_like(self.blocks[index].text) and not self.furniture(index):
                self._first_text = index
            self._searched += 1
        return self._first_text is not None and self._first_text < first


def _cell(block: Block) -> bool:
    """A line that may be a table's cell: short, no sentence."""
    return (
        block.kind == Kind.LINE
        and word_count(block.text) <= TABLE_CELL_WORDS
        and not _LABEL_END.search(block.text.strip())
    )


NAV_LABEL_CJK_CHARS = 14
_CJK_TEXT = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")


def _nav_label(text: str) -> bool:
    """A menu entry: up to three words (fourteen characters in Japanese), no sentence mark."""
    if _LABEL_END.search(text):
        return False
    if _CJK_TEXT.search(text) and " " not in text:
        return len(text) <= NAV_LABEL_CJK_CHARS
    return word_count(text) <= NAV_LABEL_WORDS
