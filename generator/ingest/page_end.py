"""What a page prints below the article's last paragraph, read from the end of the body.

The next article of an endless page, printed with a header of the same make as the article's
own (a section label over its headline, perhaps a credit line, then its text), goes to the end
of the page, and so do other stories' teasers closing it (a headline and its summary, two or
more, none of them about the article). A closing invitation to give an opinion ('Share your
thoughts on the vote.') and the lead-in of a widget that the copy lost ('Check out this
interactive map for the results:', with nothing after it) are the page's, not the article's.
Only the body's last lines are read: the same words inside the article (a call for readers'
stories, a map described before the text goes on) stay.
"""

from __future__ import annotations

import re

from generator.ingest.furniture_words import EMBED_WORDS, OPINION_PROMPT
from generator.ingest.model import Block, Kind, Removal, Step
from generator.ingest.shapes import (
    PARAGRAPH_WORDS,
    is_headline_like,
    is_paragraph_like,
    is_sentence,
    starts_well,
    word_count,
)
from generator.ingest.titles import OFF_TOPIC, overlap, topic_words

PROMPT_MAX_WORDS = 25
LEAD_IN_MAX_WORDS = 20
_OPINION = re.compile(OPINION_PROMPT, re.I | re.X)
_EMBED = re.compile(rf"\b(?:{EMBED_WORDS})\b", re.I)
_TEXT_KINDS = (Kind.LINE, Kind.PARAGRAPH)


CONTACT_MAX_WORDS = 6
CONTACT_TAIL = 8  # blocks an e-mail line may stand above the page's end
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _contact_end(blocks: list[Block]) -> int:
    """Where the page's contact block starts: a line that is an e-mail address (perhaps with a
    short label: 'Write to us - desk@example.org') below the article's text, near the page's end;
    the boxes under it (a tip-in box, 'top of page', a contact form) are the site's. len(blocks)
    when there is none."""
    for index in range(max(ARTICLE_PARAGRAPHS, len(blocks) - CONTACT_TAIL), len(blocks)):
        text = blocks[index].text
        texts_above = sum(1 for b in blocks[:index] if b.kind in _TEXT_KINDS and is_paragraph_like(b.text))
        if (
            _EMAIL.search(text)
            and word_count(text) <= CONTACT_MAX_WORDS
            and texts_above >= ARTICLE_PARAGRAPHS
        ):
            return index
    return len(blocks)


_SENTENCE_END = re.compile(r"[.!?。！？](?=\s|$)")  # a box's text is a sentence at most


def drop_page_end(blocks: list[Block]) -> Step:
    """The body without the contact block closing the page (an e-mail line and the boxes under
    it; the line alone when a paragraph of two sentences or more follows it: the article goes
    on), a closing opinion prompt or a lost widget's lead-in at its end."""
    end = _contact_end(blocks)
    removals: list[Removal] = []
    if end < len(blocks) and any(len(_SENTENCE_END.findall(b.text)) > 1 for b in blocks[end + 1 :]):
        removals.append(Removal.of(blocks[end], "contact-line", "an e-mail address on a line of its own"))
        blocks = blocks[:end] + blocks[end + 1 :]
        end = len(blocks)
    else:
        removals.extend(
            Removal.of(b, "contact-block", "contact address and the site's boxes after the article")
            for b in reversed(blocks[end:])
        )
    while end > 1 and blocks[end - 1].kind in _TEXT_KINDS:
        block = blocks[end - 1]
        if is_opinion_prompt(block.text):
            removals.append(Removal.of(block, "closing-prompt", "invitation to comment after the article"))
        elif is_widget_lead_in(block.text):
            removals.append(Removal.of(block, "widget-lead-in", "lead-in of a widget the copy lost"))
        else:
            break
        end -= 1
    return Step(blocks[:end], tuple(reversed(removals)))


_IS_OPINION_PROMPT_RE = re.compile(r"[,\"“”«»]")


def is_opinion_prompt(text: str) -> bool:
    """'Share your thoughts on the vote.', 'Dites-nous ce que vous en pensez', 'O que acha?': the
    site speaking, not someone quoted ('Tell us what you think, the mayor told residents.')."""
    text = text.replace("’", "'").strip()
    return (
        word_count(text) <= PROMPT_MAX_WORDS
        and not _IS_OPINION_PROMPT_RE.search(text)
        and bool(_OPINION.search(text))
    )


def is_widget_lead_in(text: str) -> bool:
    """'Check out this interactive map for the results:': a short line ending with a colon that
    names what a widget showed."""
    text = text.strip()
    return text.endswith((":", "：")) and word_count(text) <= LEAD_IN_MAX_WORDS and bool(_EMBED.search(text))


ARTICLE_PARAGRAPHS = 2  # the article's paragraphs above another article's header
SECTION_LABEL_WORDS = 2
HEADER_CREDIT_WORDS = 4


def drop_next_article(blocks: list[Block], labelled_header: bool) -> Step:
    """The body without the next article of an endless page: where the page's own header was a
    section label over the headline (`labelled_header`), the same make below the article's text
    (a label of a word or two, a headline the article is not about, perhaps a short credit, then
    running text) starts another story, which runs to the end of the page."""
    if not labelled_header:
        return Step(blocks)
    paragraphs = 0
    article: set[str] = set()  # the words of the blocks above `index`, gathered once each
    for index, block in enumerate(blocks):
        if (
            paragraphs >= ARTICLE_PARAGRAPHS
            and _next_header(blocks, index)
            and overlap(blocks[index + 1].text, article) < OFF_TOPIC
        ):
            removals = tuple(
                Removal.of(b, "next-article", "the next article of the page") for b in blocks[index:]
            )
            return Step(blocks[:index], removals)
        paragraphs += is_paragraph_like(block.text)
        article |= topic_words(block.text)
    return Step(blocks)


_NEXT_HEADER_RE = re.compile(r"[.,;:!?]")


def _next_header(blocks: list[Block], index: int) -> bool:
    """A section label at `index`, a headline under it, perhaps a short credit, then text."""
    label, rest = blocks[index], blocks[index + 1 : index + 4]
    if (
        len(rest) < 2
        or label.kind != Kind.LINE
        or not 0 < word_count(label.text) <= SECTION_LABEL_WORDS
        or not starts_well(label.text)
        or _NEXT_HEADER_RE.search(label.text)
        or rest[0].kind != Kind.LINE
        or not is_headline_like(rest[0].text)
        or word_count(rest[0].text) < 3
    ):
        return False
    credit = rest[1]
    if is_paragraph_like(credit.text):
        return True
    return (
        len(rest) == 3
        and word_count(credit.text) <= HEADER_CREDIT_WORDS
        and not is_sentence(credit.text)
        and is_paragraph_like(rest[2].text)
    )


TEASER_MIN = 2  # teasers (a headline and its summary) that close a page
TEASER_WINDOW = 40  # the page's last blocks a run of teasers may start in (a dozen teasers or so)
TEASER_HEADLINE_WORDS = 3
SUMMARY_OFF_TOPIC = 0.25  # share of a summary's words the article uses, under which it is another story's


def drop_trailing_teasers(blocks: list[Block]) -> Step:
    """The body without other stories' teasers closing the page, headers or none: from a
    headline to the end only headlines, each with a summary of one paragraph at most, two or
    more, and neither the headlines nor the summaries about the article above them (its words
    compared as `titles.overlap` does), which has two paragraphs or more. A run of teasers
    starts within the page's last `TEASER_WINDOW` blocks; the article's words are gathered once
    per block, so a long page costs its length, not its square."""
    first = max(0, len(blocks) - TEASER_WINDOW)
    article: set[str] = set()
    paragraphs = 0
    for block in blocks[:first]:
        article |= topic_words(block.text)
        paragraphs += is_paragraph_like(block.text)
    for start in range(first, len(blocks)):
        if start > first:
            article |= topic_words(blocks[start - 1].text)
            paragraphs += is_paragraph_like(blocks[start - 1].text)
        if blocks[start].kind != Kind.LINE or not _teaser_headline(blocks[start].text):
            continue
        if paragraphs >= ARTICLE_PARAGRAPHS and _teasers(blocks[start:], article):
            removals = tuple(
                Removal.of(b, "trailing-teasers", "other stories' teasers after the article")
                for b in blocks[start:]
            )
            return Step(blocks[:start], removals)
    return Step(blocks)


def _teaser_headline(text: str) -> bool:
    return (
        is_headline_like(text) and word_count(text) >= TEASER_HEADLINE_WORDS and not is_paragraph_like(text)
    )


def _teasers(tail: list[Block], article: set[str]) -> bool:
    """True when `tail` is headlines and summaries only, two headlines with their summaries or
    more (the last may be cut), all off-topic."""
    pairs = 0
    index = 0
    while index < len(tail):
        headline = tail[index]
        if headline.kind != Kind.LINE or not _teaser_headline(headline.text):
            return False
        if overlap(headline.text, article) >= OFF_TOPIC:
            return False
        index += 1
        if index < len(tail) and (
            not _teaser_headline(tail[index].text) or word_count(tail[index].text) >= PARAGRAPH_WORDS
        ):  # a summary, perhaps cut short without its closing stop
            if tail[index].kind not in _TEXT_KINDS or overlap(tail[index].text, article) >= SUMMARY_OFF_TOPIC:
                return False
            pairs += 1
            index += 1
    return pairs >= TEASER_MIN
