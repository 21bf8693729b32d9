"""The page header: title, dek, section label, byline and time, before the body begins.

The head ends after the last metadata line (byline or time) near the top, or, when there is none,
after the title and its dek. Inside it: a line that occurs twice, or the first title-shaped line,
is the title (unless the page's metadata already gave one); the line right after the title is
the dek, unless a short credit line follows it (then it is a photo caption); short labels before
the title are section labels; a bare name next to the time is the byline; any other text is
header furniture such as a photo caption. An HTML page's extracted article that no longer holds
the header (the title known from the page metadata is not there, nor any metadata line) starts
its body at once, after one leading heading at most.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.ingest.caption_rules import captions_printed_twice
from generator.ingest.credit_reports import reports_credit
from generator.ingest.credit_with import with_wire
from generator.ingest.dateline_lines import whole_dateline
from generator.ingest.datelines import strip_dateline
from generator.ingest.dates import DateContext, is_time_only
from generator.ingest.head_dates import find_site_date, merge_meta, site_date_note
from generator.ingest.head_title import (
    KICKER_MAX_WORDS,
    dek_shaped,
    headline_twice,
    kind_of_label,
    on_topic_headline,
    promotion,
    title_and_dek,
)
from generator.ingest.line_rule import LineRule, first_match
from generator.ingest.list_rules import is_list_header
from generator.ingest.meta_lines import MetaLine, read_meta_line
from generator.ingest.model import Block, Evidence, Kind, Removal
from generator.ingest.page_widgets import (
    NAV_RUN_RULE,
    PLAYER_RULE,
    WEATHER_RULE,
    nav_run,
    player_widget,
    weather_widget,
)
from generator.ingest.shapes import (
    LONG_PARAGRAPH_WORDS,
    is_headline_like,
    is_paragraph_like,
    is_sentence,
    norm,
    starts_well,
    word_count,
)
from generator.ingest.site_chrome import is_byline_label, is_empty_label
from generator.ingest.text_rules import ADJACENT_CAPTION, line_rules
from generator.ingest.titles import lead_before_headline, topic_words
from generator.ingest.wire_lines import beside_a_picture
from generator.model.wires import Registry

HEAD_LIMIT = 20
WIDGET_REACH = 2  # lines from a weather widget's line that are the widget's (its date)
BODY_SAMPLE = 30  # blocks of the body compared with the header's title-shaped lines
TITLE_BELOW_SEARCH = 3
CAPTION_MAX_WORDS = 5
MAX_HEADER_TEXTS = 2
_INNER_SENTENCE = re.compile(r"[.!?]\s+[A-ZÀ-Þ]")
_TEXT_KINDS = (Kind.ITEM, Kind.ORDERED, Kind.QUOTE)


@dataclass(frozen=True)
class Head:
    """What the header said, what was removed from it, and where the body starts; `lead`
    paragraphs printed above the header (a reduced page's teaser) belong to the body too."""

    evidence: Evidence
    removals: tuple[Removal, ...]
    body_start: int
    lead: int = 0


def read_head(
    blocks: list[Block], context: DateContext, known: Evidence, outlet_name: str, wires: Registry
) -> Head:
    """Read the header at the top of `blocks`; `known` holds what the page metadata gave."""
    lead = lead_before_headline(blocks)
    page, blocks = blocks, blocks[lead:]
    metas = {i: m for i, b in enumerate(blocks[:HEAD_LIMIT]) if (m := _meta(b, context, wires))}
    first_text = next((i for i, b in enumerate(blocks[:HEAD_LIMIT]) if is_paragraph_like(b.text)), HEAD_LIMIT)
    for index in [i for i, meta in metas.items() if meta.labelled and i > first_text]:
        del metas[index]  # 'Hearing, March 3, 2023, 10:00' below the text: a dated sub-heading
    rules = line_rules(wires)
    ruled = {i: r for i, b in enumerate(blocks[:HEAD_LIMIT]) if (r := first_match(b.text, rules))}
    for index in nav_run(blocks[: HEAD_LIMIT * 2], lambda i: i in ruled):
        if index < HEAD_LIMIT:
            ruled[index] = ruled.get(index) or NAV_RUN_RULE
    for index in weather_widget(blocks[: HEAD_LIMIT * 2]):
        if index < HEAD_LIMIT:
            ruled[index] = ruled.get(index) or WEATHER_RULE
    top = blocks[:HEAD_LIMIT]
    for index in captions_printed_twice(top, [ruled.get(i) for i in range(len(top))]):
        ruled[index] = ADJACENT_CAPTION
    for index in player_widget(blocks[: HEAD_LIMIT * 2]):
        if index < HEAD_LIMIT:
            ruled[index] = PLAYER_RULE  # its '0:00' is a counter, not the time of the article
            metas.pop(index, None)
    weather = [i for i, rule in ruled.items() if rule.name == "weather"]
    for index in [i for i in metas if any(abs(i - w) <= WIDGET_REACH for w in weather)]:
        ruled[index] = ruled[weather[0]]  # the weather widget's day, not the article's
        del metas[index]
    leads = {  # paragraphs that open with a dateline: the article's first, never a dek or caption
        i
        for i, b in enumerate(blocks[:HEAD_LIMIT])
        if is_paragraph_like(b.text) and strip_dateline(b, outlet_name, wires)[1] is not None
    }
    end = _head_end(blocks, metas, ruled, leads, known, outlet_name)
    end = _empty_labels_end(blocks, end, ruled)
    removals: list[tuple[int, Removal]] = []
    evidence = Evidence()
    candidates: list[tuple[int, Block]] = []
    credits: set[int] = set()
    for index, block in enumerate(blocks[:end]):
        if index in metas and metas[index].wire_only and beside_a_picture(blocks, index, rules):
            removals.append(
                (index, Removal.of(block, "photo-credit", "photo credit (next to a photo's caption)"))
            )
            credits.add(index)  # 'EFE' between a caption's two copies: the picture's agency, not the text's
        elif index in metas:
            removals.append((index, Removal.of(block, "meta-line", metas[index].reason)))
            evidence = merge_meta(evidence, metas[index], context)
            credits.update([index] if metas[index].wire_only else [])
        elif rule := ruled.get(index):
            removals.append((index, Removal.of(block, rule.name, rule.reason)))
            credits.update([index] if rule.name == "photo-credit" else [])
            evidence = evidence.merge(Evidence(kind=kind_of_label(block.text)))
        elif _same_name(block.text, outlet_name):
            removals.append((index, Removal.of(block, "site-name", "name of the outlet")))
        elif (wire := with_wire(block.text, wires)) is not None:
            removals.append((index, Removal.of(block, "wire-credit", "wire credit moved to metadata")))
            evidence = evidence.merge(Evidence(via=wire))  # 'avec AFP' under a caption: the text's wire
        elif (compiled := reports_credit(block.text, wires))[0]:
            removals.append((index, Removal.of(block, "credit-line", "credit line moved to metadata")))
            evidence = evidence.merge(Evidence(via=compiled[1]))  # 'Compiled from AP reports'
        elif index > 0 and (dateline := whole_dateline(block, outlet_name, wires)) is not None:
            removals.append((index, Removal.of(block, "dateline", "dateline moved to metadata")))
            evidence = evidence.merge(dateline)  # 'Puerto Ellis, 14 mar (EFE)' under the headline
        else:
            candidates.append((index, block))
    body = topic_words(" ".join(b.text for b in [*page[:lead], *blocks[end : end + BODY_SAMPLE]]))
    found, header_removals = title_and_dek(
        candidates,
        known,
        set(metas),
        credits,
        body,
        wires,
        outlet_name,
        {i for i in ruled if i < end and is_byline_label(blocks[i].text)},
    )
    removals.extend(header_removals)
    site_date = find_site_date(blocks, metas, ruled, end, context)
    if site_date is not None:
        evidence = evidence.merge(Evidence(notes=(site_date_note(blocks[site_date].text),)))
    ordered = tuple(r for _, r in sorted(removals, key=lambda pair: pair[0]))
    return Head(evidence.merge(found), ordered, lead + end, lead)


def _empty_labels_end(blocks: list[Block], end: int, ruled: dict[int, LineRule]) -> int:
    """The header's end moved past byline and date labels whose values the copy lost ('Publicado
    a', 'Von'), where they stand below it with a dek, a caption or a name between at most and
    running text follows them: the header's own date and byline block, the text starts under
    it (labels under the article's text head a list of other stories)."""
    texts = 0
    moved = end
    for index in range(end, min(len(blocks), HEAD_LIMIT)):
        text = blocks[index].text
        if index in ruled:
            if is_empty_label(text):
                moved = index + 1
            continue
        texts += 1
        if texts > MAX_HEADER_TEXTS or word_count(text) >= LONG_PARAGRAPH_WORDS:
            break
    after = [b for i, b in enumerate(blocks[moved : moved + MAX_HEADER_TEXTS + 1], moved) if i not in ruled]
    if moved > end and not any(is_paragraph_like(b.text) for b in after[:2]):
        return end
    return moved


def _meta(block: Block, context: DateContext, wires: Registry) -> MetaLine | None:
    """A header line's metadata; a bulleted line may be one ('• EuropaPress - 14/03/2023 09:41')."""
    if block.kind not in (Kind.LINE, Kind.PARAGRAPH, Kind.ITEM):
        return None
    return read_meta_line(block.text, context, wires)


def _same_name(text: str, name: str) -> bool:
    def key(value: str) -> str:
        return norm(value).removeprefix("the ")

    return bool(name) and key(text) == key(name)


def _head_end(
    blocks: list[Block],
    metas: dict[int, MetaLine],
    ruled: dict[int, LineRule],
    leads: set[int],
    known: Evidence,
    outlet_name: str,
) -> int:
    """Index of the first body block; `ruled` holds the top's furniture lines."""
    top = blocks[:HEAD_LIMIT]
    if _header_already_removed(blocks, metas, known):
        return 1 if top and top[0].kind in (Kind.HEADING, Kind.SUBHEADING) else 0
    known_end = _known_end(top, known)
    last_meta = _last_header_meta(top, metas, ruled, leads)
    if last_meta is not None:
        end = max(last_meta + 1, known_end)
        return end if known.title or _has_title(top[:end], metas, ruled) else _title_below(top, end, ruled)
    twice = headline_twice(top, ruled)
    if twice:
        return max(twice, known_end)
    # No usable metadata line: the head is section labels, a title and a dek at most.
    titled = False
    body = topic_words(
        " ".join(b.text for b in blocks[: HEAD_LIMIT + BODY_SAMPLE] if is_paragraph_like(b.text))
    )
    promo = False  # the title-shaped line taken is a promotion or another story's headline
    headline = ""
    for index, block in enumerate(top):
        if index in metas or index in ruled or index < known_end:
            continue
        if titled and _glued_to(block.text, headline):
            return index + 1  # 'Headline Standfirst ...': the dek printed after its headline
        if block.kind in _TEXT_KINDS or not (is_headline_like(block.text) or _is_label(block)):
            return index
        if promo and on_topic_headline(block.text, body):
            promo = False  # the story's own headline below a promotion taken for the title
            continue
        if not titled:
            titled = word_count(block.text) > KICKER_MAX_WORDS and not block.text[:1].islower()
            promo = titled and promotion(block.text, body, outlet_name)
            headline = block.text if titled else ""
            continue
        if (dek_shaped(block) and known.dek is None) or (
            known.title is None and _caption_under_title(top, index)
        ):
            return index + 1
        return index
    return len(top) if titled else known_end


def _glued_to(text: str, headline: str) -> bool:
    """True when `text` is the headline with more after it: the page's standfirst, which the copy
    printed on the headline's line ('Harbour bridge reopens The bridge reopened on Tuesday ...')."""
    if not headline or not norm(text).startswith(norm(headline) + " "):
        return False
    rest = text[len(headline) :].lstrip()
    return rest[:1].isupper()  # a new sentence: 'Harbour bridge reopens The ...', not '... reopens again


def _header_already_removed(blocks: list[Block], metas: dict[int, MetaLine], known: Evidence) -> bool:
    """True when the blocks are an HTML page's extracted article whose header the extractor has
    already dropped: every block comes from HTML (no plain-text line), the page metadata gave
    the title, the title is not among the first blocks, and no byline or date line stands there.
    The first paragraphs are then the body, not a photo caption or a dek; only a leading heading
    (a repeated headline or section heading) is left for the header."""
    if not known.title or metas or any(block.kind == Kind.LINE for block in blocks):
        return False
    title = norm(known.title)
    return all(norm(block.text) != title for block in blocks[:HEAD_LIMIT])


def _caption_under_title(top: list[Block], index: int) -> bool:
    """A few words, or two sentences without the final stop, between the headline and the first
    paragraph: the caption of the photo under the headline ('Le pont du port'), not a sub-heading."""
    text = top[index].text
    following = top[index + 1].text if index + 1 < len(top) else ""
    shaped = 2 <= word_count(text) <= CAPTION_MAX_WORDS or bool(_INNER_SENTENCE.search(text))
    return shaped and not is_sentence(text) and is_paragraph_like(following)


def _last_header_meta(
    top: list[Block], metas: dict[int, MetaLine], ruled: dict[int, LineRule], leads: set[int]
) -> int | None:
    """The last byline or time line of the header: the body starts at running text after a
    metadata line, at a paragraph opened by a dateline, or after more than a dek and a
    caption's worth of text."""
    last: int | None = None
    texts = 0
    for index, block in enumerate(top):
        if index in metas:
            meta = metas[index]
            if texts and last is None and meta.stamps and all(is_time_only(s) for _, s in meta.stamps):
                break  # text, then a bare time with no day above it: a live entry's time, the body's
            named = meta.byline is not None and bool(meta.byline.authors or meta.byline.via)
            if meta.stamps or meta.dateline or named or (texts == 0 and (meta.relative or meta.byline)):
                last = index  # after running text only a time, a dateline or a name is the header's
        elif index in leads:
            break
        elif texts and last is not None and index not in ruled:
            break  # text, then the time under it, then more: that was the dek, this is the body
        elif (word_count(block.text) >= LONG_PARAGRAPH_WORDS and index not in ruled) or is_list_header(block):
            break  # a long paragraph, or 'Related' / 'Most read': the header is over
        elif index not in ruled and (
            is_sentence(block.text) or is_paragraph_like(block.text) or block.kind in _TEXT_KINDS
        ):
            texts += 1
            if (last is not None and is_paragraph_like(block.text)) or texts > MAX_HEADER_TEXTS:
                break
    return last


def _has_title(head: list[Block], metas: dict[int, MetaLine], ruled: dict[int, LineRule]) -> bool:
    """True when the header above its last metadata line holds a title-shaped line."""
    return any(
        i not in metas and i not in ruled and is_headline_like(b.text) and word_count(b.text) > 2
        for i, b in enumerate(head)
    )


def _title_below(top: list[Block], end: int, ruled: dict[int, LineRule]) -> int:
    """The header's end when the headline stands below the date line ('March 14, 2023' over
    'Harbour bridge reopens'): just after that headline, else `end`."""
    for index in range(end, min(len(top), end + TITLE_BELOW_SEARCH)):
        text = top[index].text
        if index in ruled:
            continue
        is_title = top[index].kind == Kind.LINE and is_headline_like(text) and not is_paragraph_like(text)
        return index + 1 if is_title else end
    return end


def _known_end(top: list[Block], known: Evidence) -> int:
    """The index after the page's known title (and dek) when they stand at the top, else 0."""
    keys = {norm(t) for t in (known.title, known.dek) if t}
    end = 0
    for index, block in enumerate(top):
        if norm(block.text) in keys:
            end = index + 1
        elif is_paragraph_like(block.text):
            break
    return end


LOWER_LABEL_MAX_WORDS = 8


def _is_label(block: Block) -> bool:
    """A section label: one to four capitalised words, no closing punctuation; or a few words in
    lower case ('politique', 'de noticias en español': a tagline broken over lines), which no
    headline is."""
    text = block.text
    if is_sentence(text):
        return False
    if word_count(text) <= KICKER_MAX_WORDS and starts_well(text):
        return True
    return (
        word_count(text) <= LOWER_LABEL_MAX_WORDS
        and text[:1].islower()
        and not any(ch.isdigit() for ch in text)
        and block.kind == Kind.LINE  # a plain-text copy's line, not an extracted paragraph
    )
