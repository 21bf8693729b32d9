"""Named rules for page furniture that shows on one line: each a name, a reason and a test.

The tests live in `site_chrome` (navigation, buttons, ads, prompts, footers) and `story_extras`
(captions, credits, link-outs, tags, wire markers); this module names them, orders them and
applies them (the rule type and its memo are in `line_rule`; captions, boxes and widgets found by
their neighbours in `caption_rules`, `box_rules` and `page_widgets`). Multi-line furniture
(headline lists, tag blocks) is in `list_rules`; metadata lines (dates, bylines, credits) are
read in `head`, `meta_lines` and `credits`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache, partial

from generator.ingest.ad_slots import is_advertisement, is_comment_count
from generator.ingest.benefit_lists import benefit_lists
from generator.ingest.box_rules import mark_boxes, mark_paywall_runs
from generator.ingest.caption_equals import is_equals_caption
from generator.ingest.caption_pairs import desk_captions_above, gallery_counters
from generator.ingest.caption_rules import (
    caption_beside,
    caption_twice_above,
    captions_printed_twice,
    captions_with_credited_copy,
    doubled_captions,
)
from generator.ingest.furniture_ai_notice import is_ai_notice
from generator.ingest.line_rule import LineRule, first_match
from generator.ingest.link_outs import is_link_out, is_media_teaser
from generator.ingest.model import Block, Removal, Step
from generator.ingest.offer_box import offer_box
from generator.ingest.page_widgets import (
    NAV_RUN_RULE,
    PLAYER_RULE,
    WEATHER_RULE,
    nav_run,
    player_widget,
    weather_widget,
)
from generator.ingest.prompts import (
    is_cookie_notice,
    is_donation_appeal,
    is_follow_prompt,
    is_newsletter_prompt,
    is_paywall_notice,
)
from generator.ingest.shapes import (
    word_count,
)
from generator.ingest.site_chrome import (
    is_footer,
    is_nav_bar,
    is_separator,
    is_share_bar,
    is_ui_label,
)
from generator.ingest.story_extras import (
    is_banner,
    is_image_file,
    is_media_notice,
    is_photo_caption,
    is_photo_credit,
    is_social_embed,
    is_tag_list,
    is_wire_internal,
    is_wire_marker,
)
from generator.ingest.tracking_lines import is_contact_line, is_tracking_id
from generator.ingest.widget_meter import is_meter_notice
from generator.ingest.widget_sharing import account_sharing_box
from generator.model.wires import Registry

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
    """Link labels that pages inject into running text ('..., opens new tab') and a page
    builder's embed-code marker glued to it ('/Fin Código Embebido/Debido a ...') taken out."""
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
        LineRule("paywall-meter", "paywall's count of free articles (the page stays whole)", is_meter_notice),
        LineRule("paywall", "paywall notice", is_paywall_notice),
        LineRule("follow-prompt", "follow/app prompt", is_follow_prompt),
        LineRule("donation-appeal", "appeal for money or membership", is_donation_appeal),
        LineRule("photo-credit", "photo credit", partial(is_photo_credit, wires=wires)),
        LineRule("photo-caption", "photo caption", partial(is_photo_caption, wires=wires)),
        LineRule("media-notice", "note about the pictures or video", is_media_notice),
        LineRule("ai-notice", "note that AI made or helped make the text", is_ai_notice),
        LineRule("social-embed", "embedded social media post", is_social_embed),
        LineRule("link-out", "link to another story", is_link_out),
        LineRule("tag-list", "tag list", is_tag_list),
        LineRule("comment-count", "comment count or prompt", is_comment_count),
        LineRule("footer", "site footer", is_footer),
        LineRule("contact-line", "reporter's contact details", is_contact_line),
        LineRule("tracking-id", "tracking id", is_tracking_id),
        LineRule("wire-marker", "wire update marker", is_wire_marker),
    )


def apply_line_rules(
    blocks: list[Block], rules: Iterable[LineRule], keep: Callable[[Block], bool] = lambda _: False
) -> Step:
    """Blocks without one-line furniture, and a removal for each line taken out; blocks that
    `keep` names stay for a later step (the headers of furniture lists).

    A short line right after (or else right before) a photo credit is that photo's caption; the
    line before an embedded post's '— Name (@handle) date' is the post's text; a Japanese
    caption with its '＝date, place' tail (`caption_equals`) is read here, below the header.
    """
    verdicts = [None if keep(block) else first_match(block.text, rules) for block in blocks]
    for index, rule in enumerate(verdicts):
        if rule is not None and rule.name == "photo-credit":
            twice = caption_twice_above(blocks, verdicts, index)
            caption = caption_beside(blocks, verdicts, index)
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
    for index, block in enumerate(blocks):  # read below the header: the header reads it its own way
        if verdicts[index] is None and not keep(block) and is_equals_caption(block.text):
            verdicts[index] = EQUALS_CAPTION
    for index in captions_printed_twice(blocks, verdicts):
        verdicts[index] = ADJACENT_CAPTION
    for index in captions_with_credited_copy(blocks, verdicts):
        verdicts[index] = ADJACENT_CAPTION
    for index in desk_captions_above(blocks, verdicts):
        verdicts[index] = ADJACENT_CAPTION
    for index in gallery_counters(blocks, verdicts):
        verdicts[index] = GALLERY_COUNTER
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
    for index in account_sharing_box(blocks, [v is not None for v in verdicts]):
        if not keep(blocks[index]):
            verdicts[index] = verdicts[index] or SHARING_BOX
    for index in benefit_lists(blocks, [v is not None for v in verdicts]):
        if not keep(blocks[index]):
            verdicts[index] = OFFER_BOX
    mark_boxes(blocks, verdicts)
    mark_paywall_runs(blocks, verdicts)
    for index in doubled_captions(blocks, verdicts):  # after the boxes: a box prints its lines twice
        if not keep(blocks[index]):
            verdicts[index] = DOUBLED_CAPTION
    kept = [block for block, rule in zip(blocks, verdicts, strict=True) if rule is None]
    removed = [
        Removal.of(b, r.name, r.reason) for b, r in zip(blocks, verdicts, strict=True) if r is not None
    ]
    return Step(kept, tuple(removed))


MEDIA_TITLE_MAX_WORDS = 20
_QUOTED = re.compile(r"[\"“«„'‘].+[\"”»“'’]")
MEDIA_TITLE = LineRule("link-out", "title of a video or gallery under its teaser", lambda _: True)
EMBED_MAX_WORDS = 70
EMBEDDED_POST = LineRule("social-embed", "text of an embedded social media post", lambda _: True)
OFFER_BOX = LineRule("paywall", "paywall's offer box (plans, prices, buttons)", lambda _: True)
GALLERY_COUNTER = LineRule("photo-credit", "a gallery's picture counter beside its credit", lambda _: True)
SHARING_BOX = LineRule(  # a notice to a reader who has the whole text: no paywall cut
    "account-notice", "subscription's account-sharing box", lambda _: True
)
EQUALS_CAPTION = LineRule(
    "photo-caption", "photo caption (Japanese, with its '＝date, place' tail)", lambda _: True
)
ADJACENT_CAPTION = LineRule("photo-caption", "photo caption (next to a photo credit)", lambda _: True)
DOUBLED_CAPTION = LineRule(
    "photo-caption", "photo caption printed twice in a row (alt text and caption)", lambda _: True
)
