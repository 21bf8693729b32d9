"""Cleaning one page: blocks in, the body out, with every removal and its reason.

The steps, in order: corrections and refile notes, a date printed one part per line joined,
the header (title, dek, byline, time; a
'source • time headline' line split first), the headline printed again below it, metadata lines
anywhere in the body, a dateline on lines of its own, one-line furniture, a paragraph printed
twice, notes about the author, multi-line furniture, credits, the opening dateline, the next
article of an endless page and other stories' teasers, a closing prompt or a lost widget's
lead-in at the page's end, then the body structure; a copyright footer's wire is the last
evidence but two; then the wire a role credit's text speaks of as its newsroom; last, a wire
named as the whole of a line below the text's start, or in a copyright line (`wire_lines`). Each
step is a `Step`: what it kept, what it removed and the `Evidence` it found;
`metadata.assemble` ranks the evidence against the page's own metadata and the editor's flags.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import pairwise

from generator.ingest.contents import drop_contents
from generator.ingest.corrections import take_corrections
from generator.ingest.credit_signoff import closing_blocks
from generator.ingest.credits import is_role_credit, newsroom_wire, strip_credits
from generator.ingest.date_parts import join_date_parts
from generator.ingest.dated_places import dated_place
from generator.ingest.dateline_lines import split_dateline
from generator.ingest.datelines import strip_dateline
from generator.ingest.dates import DateContext, has_label, parse_stamp
from generator.ingest.head import HEAD_LIMIT, read_head
from generator.ingest.head_dates import merge_meta
from generator.ingest.line_rule import LineRule, first_match
from generator.ingest.list_rules import apply_list_rules, is_list_header, opens_a_list
from generator.ingest.meta_lines import read_meta_line
from generator.ingest.model import Block, Evidence, Kind, PageTime, Removal, Step
from generator.ingest.nothing_lost import header_text_as_body
from generator.ingest.one_line_pages import split_one_line_page
from generator.ingest.page_end import drop_next_article, drop_page_end, drop_trailing_teasers
from generator.ingest.paywall_body import standfirst_as_body
from generator.ingest.repeats import drop_repeated_paragraphs
from generator.ingest.run_in_heads import opens_with_run_in_head
from generator.ingest.sentence_dates import cut_inside_sentence
from generator.ingest.shapes import is_paragraph_like, is_sentence, word_count
from generator.ingest.structure import shape_body
from generator.ingest.text_rules import apply_line_rules, line_rules, strip_inline_ui
from generator.ingest.titles import drop_repeated_title, split_stamped_headline
from generator.ingest.wire_lines import page_wire
from generator.model.wires import Registry

BIO_MAX_WORDS = 40
_META_KINDS = (Kind.LINE, Kind.PARAGRAPH, Kind.ITEM)  # a live ticker bullets its time stamps
LIVE_CREDITS = 2
_COPYRIGHT = re.compile(r"©|\(c\)\s|\bcopyright\b", re.I)
_PICTURE_CREDIT = re.compile(  # '© Jane Doe/dpa': who took it, for which agency
    r"(?:©|\bcopyright\b)\s*[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ.'’ -]{1,60}/\s*[A-Za-zÀ-ÿ]", re.I
)
DATELINE_SEARCH = 3
BEFORE_DATELINE_MAX_WORDS = 40
DEK_MIN_WORDS = 6  # a standfirst above the dateline paragraph, not a caption of a few words


@dataclass(frozen=True)
class Cleaned:
    """The body, what was removed from it, and the evidence its header and lines gave."""

    blocks: tuple[Block, ...]
    removals: tuple[Removal, ...]
    header: Evidence
    body: Evidence


def clean_blocks(
    blocks: list[Block], context: DateContext, known: Evidence, outlet_name: str, wires: Registry
) -> Cleaned:
    """Run every cleaning step over the page's blocks; `known` is what the page metadata gave,
    `wires` the registry credits are read by."""
    noted = take_corrections(blocks)
    unbroken = split_one_line_page(noted.blocks, context)  # a page whose line breaks were lost
    if cut_inside_sentence(noted.blocks, unbroken):
        unbroken = noted.blocks  # the date stands inside a sentence: no stamp
    blocks = split_stamped_headline(join_date_parts(unbroken, context), context, HEAD_LIMIT)
    head = read_head(blocks, context, known, outlet_name, wires)
    repeated = drop_repeated_title(
        blocks[: head.lead] + blocks[head.body_start :], known.title or head.evidence.title
    )
    meta = _meta_lines(repeated.blocks, context, wires, dated=head.evidence.published is not None)
    split = split_dateline(meta.blocks, outlet_name, wires)
    lines = apply_line_rules(split.blocks, line_rules(wires), keep=is_list_header)
    inline = strip_inline_ui(lines.blocks)
    contents = drop_contents(inline.blocks)
    twice = drop_repeated_paragraphs(contents.blocks)
    bios = _author_bios(twice.blocks, known.authors + head.evidence.authors + meta.evidence.authors)
    lists = apply_list_rules(bios.blocks)
    credits = _credits(lists.blocks, wires)
    split_again = split_dateline(credits.blocks, outlet_name, wires)  # a caption above it has gone
    titled = bool(known.title or head.evidence.title)
    dateline = _dateline(split_again.blocks, context, outlet_name, wires, titled)
    placed = Step([], (), dated_place((*head.removals, *meta.removals), meta.blocks, wires))
    next_article = drop_next_article(dateline.blocks, _labelled_header(head.removals))
    teasers = drop_trailing_teasers(next_article.blocks)
    page_end = drop_page_end(teasers.blocks)
    earlier = (
        noted,
        repeated,
        meta,
        split,
        lines,
        inline,
        contents,
        twice,
        bios,
        lists,
        credits,
        split_again,
        dateline,
        placed,
    )
    standfirst = _standfirst_over_furniture(
        page_end.blocks,
        [*head.removals, *(r for step in (*earlier, next_article, teasers, page_end) for r in step.removals)],
        has_dek=bool(known.dek or head.evidence.dek or any(step.evidence.dek for step in earlier)),
    )
    shaped = shape_body(standfirst.blocks)
    footer = Step([], (), Evidence(via=_copyright_wire(lines.removals, shaped.blocks, wires)))
    role_credit = any(is_role_credit(removal.text) for removal in credits.removals)
    newsroom = Step([], (), Evidence(via=newsroom_wire(shaped.blocks, wires) if role_credit else None))
    credit_line = Step([], (), Evidence(via=page_wire(blocks, shaped.blocks, line_rules(wires), wires)))
    steps = (*earlier, next_article, teasers, page_end, standfirst, shaped, footer, newsroom, credit_line)
    removals = [*head.removals, *(r for step in steps for r in step.removals)]
    found = Evidence()
    for step in steps:
        found = found.merge(step.evidence)
    body, header = tuple(shaped.blocks), head.evidence
    if paywalled := standfirst_as_body(body, removals, header):  # only a standfirst before the paywall
        body, removals, header = paywalled[0], list(paywalled[1]), paywalled[2]
    if restored := header_text_as_body(body, removals, header):  # never refused for its only paragraph
        body, removals, header = restored
    return Cleaned(
        blocks=body,
        removals=tuple(sorted(removals, key=lambda r: r.line or 0))
        if any(b.line for b in blocks)
        else tuple(removals),
        header=header,
        body=found,
    )


STANDFIRST_MIN_WORDS = 8
STANDFIRST_MAX_WORDS = 60
# The rows of tools and labels a page prints between its header and its text (share, listen,
# close, follow, a ticker's banner). Not an advertisement, a newsletter box, a photo's caption or
# credit, nor a live entry's byline and time: those stand after any paragraph of an article.
HEADER_TOOLS = ("share-bar", "ui-label", "banner", "follow-prompt")


def _standfirst_over_furniture(blocks: list[Block], removals: list[Removal], has_dek: bool) -> Step:
    """The body's first paragraph is the standfirst when the page printed it apart from the text:
    alone under the header, then only a row of the page's tools (share, listen, follow, a
    ticker's banner), then the article's paragraphs. Not when a dek is known or when it opens
    with a dateline (the article's first paragraph)."""
    if has_dek or len(blocks) < 2:
        return Step(blocks)
    first, second = blocks[0], blocks[1]
    if (
        first.line is None
        or second.line is None
        or first.kind not in (Kind.LINE, Kind.PARAGRAPH)
        or second.kind not in (Kind.LINE, Kind.PARAGRAPH)
        or not (is_sentence(first.text) or is_paragraph_like(first.text))
        or not STANDFIRST_MIN_WORDS <= word_count(first.text) <= STANDFIRST_MAX_WORDS
        or not is_paragraph_like(second.text)
    ):
        return Step(blocks)
    end = first.end_line or first.line
    between = [r for r in removals if r.line is not None and end < r.line < second.line]
    if any(r.line == first.line for r in removals if r.rule in ("dateline", "wire-credit")):
        return Step(blocks)  # 'PLACE (AP) -' cut from it: the article's first paragraph
    if not between or not all(r.rule in HEADER_TOOLS for r in between):
        return Step(blocks)
    removal = Removal.of(first, "dek", "standfirst printed apart from the text, above page furniture")
    return Step(blocks[1:], (removal,), Evidence(dek=first.text))


def _labelled_header(removals: tuple[Removal, ...]) -> bool:
    """True when the page's header printed a section label right above the headline."""
    rules = [r.rule for r in removals if r.rule in ("section-label", "title")]
    return any(a == "section-label" and b == "title" for a, b in pairwise(rules))


def _copyright_wire(removals: tuple[Removal, ...], body: list[Block], wires: Registry) -> str | None:
    """The wire a copyright footer names ('© 2024 The Associated Press'): the copy is its. Not
    a '©' above the text's first line, nor one naming who took a picture for an agency ('© Jane
    Doe/dpa', 'Copyright Arquivo/Agência Brasil'): a picture's credit."""
    start = next((block.line for block in body if block.line is not None), None)
    for removal in removals:
        if start is not None and removal.line is not None and removal.line < start:
            continue
        if (
            _COPYRIGHT.search(removal.text)
            and not _PICTURE_CREDIT.search(removal.text)
            and removal.rule == "footer"
        ):
            found = wires.find(removal.text)
            if found is not None:
                return found.name
    return None


def _beside_a_photo(blocks: list[Block], index: int, rules: tuple[LineRule, ...]) -> bool:
    """True when a line next to `index` is a photo's credit or caption."""
    return any(
        (rule := first_match(blocks[i].text, rules)) is not None and rule.name in _PHOTO_RULES
        for i in (index - 1, index + 1)
        if 0 <= i < len(blocks)
    )


_PHOTO_RULES = ("photo-credit", "photo-caption")


def _meta_lines(blocks: list[Block], context: DateContext, wires: Registry, dated: bool) -> Step:
    """Take out byline and time lines that stand below the header (e.g. at the foot).

    When the header already dated the article, a bare date or time leading into text is the
    article's own (a timeline entry, a live-blog time) and stays.
    """
    kept: list[Block] = []
    removals: list[Removal] = []
    evidence = Evidence()
    credits: list[str] = []
    undated: list[PageTime] = []
    rules = line_rules(wires)
    lists_from = next((i for i in range(len(blocks)) if opens_a_list(blocks, i)), len(blocks))
    for index, block in enumerate(blocks):
        meta = read_meta_line(block.text, context, wires) if block.kind in _META_KINDS else None
        following = blocks[index + 1].text if index + 1 < len(blocks) else ""
        leads_into_text = is_sentence(following) or is_paragraph_like(following)
        if meta is not None and dated and meta.byline is None and not has_label(block.text) and meta.stamps:
            meta = None if leads_into_text else meta
        if meta is not None and meta.labelled and leads_into_text:
            meta = None  # 'Hearing, March 3, 2023, 10:00' over a paragraph: a dated sub-heading
        if meta is None:
            kept.append(block)
            continue
        if meta.wire_only and _beside_a_photo(blocks, index, rules):
            removals.append(Removal.of(block, "photo-credit", "photo credit (next to a photo's credit)"))
            continue  # 'APA' over 'APA ©APA': the agency of a picture, not of the text
        removals.append(Removal.of(block, "meta-line", meta.reason))
        if index >= lists_from and not has_label(block.text):
            continue  # under 'Related' or 'Most read': another story's date or byline
        evidence = merge_meta(evidence, meta, context)
        undated += [
            stamp for label, stamp in meta.stamps if label == "published" and not has_label(block.text)
        ]
        credits += (
            [meta.byline.via or ""] if meta.byline and not meta.byline.authors and not meta.stamps else []
        )
    if len(credits) >= LIVE_CREDITS and len(set(credits)) > 1:
        evidence = replace(evidence, via=None)  # a live blog's entries credit several sources
    if len({stamp.when.date() for stamp in undated if stamp.has_date}) > 1 or (
        len({stamp.when for stamp in undated if stamp.has_date and stamp.has_time}) > 1
    ):
        evidence = replace(evidence, published=None)  # several days or times: teasers' or a timeline's
    return Step(kept, tuple(removals), replace(evidence, relative=None))  # a teaser's '2 hours ago'


def _author_bios(blocks: list[Block], authors: tuple[str, ...]) -> Step:
    """Take out 'Jane Doe is a reporter covering ...' lines about the article's own authors."""
    if not authors:
        return Step(blocks)
    names = "|".join(re.escape(a) for a in authors)
    bio = re.compile(rf"^(?:{names})\s+(?:is|was|writes|covers|reports|has been|joined|edits)\b")
    kept: list[Block] = []
    removals: list[Removal] = []
    for block in blocks:
        text = block.text
        if (
            block.kind in (Kind.LINE, Kind.PARAGRAPH)
            and len(text.split()) <= BIO_MAX_WORDS
            and bio.match(text)
        ):
            removals.append(Removal.of(block, "author-bio", "note about the author"))
        else:
            kept.append(block)
    return Step(kept, tuple(removals))


def _credits(blocks: list[Block], wires: Registry) -> Step:
    """Cut credit lines and wire sign-offs; the people and the wire go to the evidence."""
    kept: list[Block] = []
    removals: list[Removal] = []
    evidence = Evidence()
    closing = closing_blocks(blocks)  # a sign-off above more text closes a photo's caption
    for index, block in enumerate(blocks):
        if block.kind in (Kind.HEADING, Kind.SUBHEADING):
            kept.append(block)
            continue
        stripped, found, said = strip_credits(block, wires, closing[index])
        removals.extend(found)
        evidence = evidence.merge(said)
        if stripped is not None:
            kept.append(stripped)
    return Step(kept, tuple(removals), evidence)


def _short_above(before: list[Block]) -> bool:
    """True when the blocks above a dateline paragraph are a few short ones: a caption or summary
    the page put first, which go with the header."""
    return len(before) < DATELINE_SEARCH and all(
        word_count(b.text) <= BEFORE_DATELINE_MAX_WORDS for b in before
    )


def _furniture_above(before: list[Block]) -> bool:
    """True when the blocks above a dateline paragraph are the page's header furniture, not the
    story's text: any number of lines that are not prose (labels, the headline again, share
    buttons, a run of other stories' headlines) with one prose paragraph at most among them (a
    photo caption, an archive notice). Two prose paragraphs above it: the body's middle."""
    return sum(is_paragraph_like(b.text) and is_sentence(b.text) for b in before) <= 1


def _dateline(
    blocks: list[Block], context: DateContext, outlet_name: str, wires: Registry, titled: bool
) -> Step:
    """Move the opening dateline ('LONDON, Nov 3 (Reuters) -') to metadata, read in the first
    HEAD_LIMIT text blocks below header furniture (see `_furniture_above`). A few short blocks
    above the dateline paragraph (a caption or summary the page put first) go too, and so does
    longer furniture once the header has given the title; else that stays for the headline to be
    read from, the story starts at the dateline all the same."""
    texts = [i for i, b in enumerate(blocks) if b.kind in (Kind.LINE, Kind.PARAGRAPH)][:HEAD_LIMIT]
    for position, first in enumerate(texts):
        block, removal, evidence, day = strip_dateline(blocks[first], outlet_name, wires)
        if removal is None:
            continue
        if position + 1 < len(texts) and opens_with_run_in_head(blocks[texts[position + 1]].text):
            continue  # 'Campania - ...' then 'Le altre città - ...': run-in heads, not a dateline
        before = [blocks[i] for i in texts[:position]]
        short = _short_above(before)
        if not (short or _furniture_above(before)):
            break  # real text before it: not the story's opening dateline
        above = texts[:position] if short or titled else []
        stamp = parse_stamp(day, context) if day else None
        if stamp is not None:
            evidence = evidence.merge(Evidence(published=stamp))
        if len(before) == 1 and is_sentence(before[0].text) and word_count(before[0].text) >= DEK_MIN_WORDS:
            evidence = evidence.merge(Evidence(dek=before[0].text))  # the standfirst printed above it
        removals = [
            Removal.of(blocks[i], "before-dateline", "caption or summary above the dateline") for i in above
        ]
        kept = [b for i, b in enumerate(blocks) if i not in above]
        kept[kept.index(blocks[first])] = block
        return Step(kept, (*removals, removal), evidence)
    return Step(blocks)
