"""Named rules for furniture that spans several lines: lists of other headlines, tag blocks.

Each rule starts at a header line ('Most read', 'Top Articles in News Services', 'Tags') and
takes the run of short, headline-shaped lines or list items that follows it. A run stops at a
line that reads as running text, and at a heading-shaped line followed by running text (a real
sub-heading), so the article's own text is never eaten.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

from generator.ingest.credits import is_credit_line
from generator.ingest.furniture_words import (
    GLOSSARY_HEADERS,
    HEADLINE_HEADERS_OTHER,
    MORE_FROM_HEADERS,
    TAG_HEADERS_OTHER,
)
from generator.ingest.model import Block, Kind, Removal, Step
from generator.ingest.shapes import (
    is_headline_like,
    is_paragraph_like,
    is_sentence,
    norm,
    repeats_cells,
    word_count,
)
from generator.ingest.teaser_openings import opens_with_dateline

HEADER_MAX_WORDS = 8
TAG_MAX_WORDS = 4
TRAILING_RUN = 3
TRAILING_LABEL_WORDS = 3
TABLE_CELL_WORDS = 6  # a table's cells are short; other stories' headlines are longer
TABLE_SHORT_SHARE = 4 / 3  # at least three cells in four

_HEADLINE_HEADER = re.compile(
    r"""(?:most\ (?:read|popular|viewed|shared|emailed|commented|watched)(?:\ (?:in|on|from|at|this|today|now
        |stories|articles|news|videos)\b[\w'&,.\ -]*)?
    |top\ (?:articles|stories|news|reads|picks|headlines|videos)(?:\ (?:in|on|from|at|this|today|now|for)\b
        [\w'&,.\ -]*)?
    |trending(?:\ now|\ stories|\ news|\ topics)?
    |related(?:\ [\w']+){0,2}
    |more\ (?:stories|news|like\ this|to\ read|top\ stories|videos)(?:\ [\w'&,.\ -]+)?
    |more\ on\ this(?:\ story|\ topic)?
    |you\ (?:may|might)\ (?:also\ )?(?:like|be\ interested\ in)
    |recommended(?:\ for\ you|\ stories|\ reading|\ articles)?
    |editor'?s'?\ (?:picks|choice)
    |latest(?:\ news|\ stories|\ articles|\ updates|\ headlines|\ videos)?(?:\ (?:from|in)\ [\w' ]+)?
    |[\w' ]*access\ ranking|ranking|popular(?:\ now|\ stories|\ articles)?
    |also\ read|read\ (?:more|next|also)|what\ to\ read\ next|don'?t\ miss|must\ read
    |in\ case\ you\ missed\ it|further\ reading|(?:other|more)\ headlines|in\ other\ news
    |(?:also|elsewhere)\ on\ [\w' ]+|(?:from\ )?around\ the\ web|(?:sponsored|promoted)\ stories
    |recent\ (?:posts|stories|articles)|top\ picks|picks\ for\ you|(?:we|you)\ recommend"""
    + HEADLINE_HEADERS_OTHER
    + ")",
    re.VERBOSE,
)
_MORE_FROM = re.compile(  # a section's name after 'More from': a few words, no figures
    rf"(?:{MORE_FROM_HEADERS})\ (?:[^\W\d_][\w'-]*\ ?){{1,4}}", re.VERBOSE
)
_TAG_HEADER = re.compile(
    r"tags?|topics?|filed under|tagged|related (?:topics|tags)"
    r"|(?:explore )?(?:more )?on (?:these|this) topics?"
    r"|explore(?: more)?|keywords|categories|suggested topics|more about|follow(?: topics?| this topic)?"
    + TAG_HEADERS_OTHER
)
_GLOSSARY_HEADER = re.compile(GLOSSARY_HEADERS)
_SUMMARY_HEADER = re.compile(
    r"in short|story highlights|key highlights|highlights|ai summary|quick read|tl;?dr"
)


@dataclass(frozen=True)
class ListRule:
    """A header test and a test for the lines that belong to the list under it."""

    name: str
    reason: str
    header: Callable[[str], bool]
    member: Callable[[Block], bool]


_ARTICLE = re.compile(r"^(?:the|die|der|das|les|le|la|los|las|lo|gli|i|le|de|het|os|as|o|a)\s+")


_KEY_RE = re.compile(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Þ][a-zà-ÿ])")


def _key(text: str) -> str:
    """The line compared with the headers: lower case, no edge marks, no leading article
    ('As mais lidas' is 'mais lidas'), words glued without a space apart ('MostRead')."""
    text = _KEY_RE.sub(" ", text)  # 'MostRead': words glued by the copy
    return _ARTICLE.sub("", norm(text).strip(" :|›»→-–—•"))


def is_headline_list_header(text: str) -> bool:
    """'Most read', 'Top Articles in News Services', 'JN ACCESS RANKING', 'Related stories',
    'Meer uit Politiek' (see `more_from_header`), and any of them followed by a dash or bar and
    the section it lists ('Les plus lus – Politique', 'Most read | Sport')."""
    if word_count(text) > HEADER_MAX_WORDS:
        return False
    key = _key(text)
    section = _SECTION_AFTER.fullmatch(key) if len(key) <= SECTION_HEADER_MAX_CHARS else None
    return (
        bool(_HEADLINE_HEADER.fullmatch(key))
        or bool(section and _HEADLINE_HEADER.fullmatch(section.group("header")))
        or more_from_header(text)
    )


SECTION_HEADER_MAX_CHARS = 80  # bounds the match below: a header line is short
_SECTION_AFTER = re.compile(  # 'les plus lus – politique': a header, a dash or bar, a section's name
    r"(?P<header>.+?)\s+[-–—|·]\s+[^\W\d_][\w'’-]*(?:\s[^\W\d_][\w'’-]*){0,2}"
)


def more_from_header(text: str) -> bool:
    """'Meer uit Politiek', 'Mehr aus der Region', 'More from Business': a list header made of
    'more from' and a section's name. The same words open sub-headings ('Mehr zu den
    Hintergründen'), so such a header is one only when no running text follows it (the list
    rules check that); a figure in it makes it text ('Mais de 300 feridos', 'More in 2024')."""
    return word_count(text) <= HEADER_MAX_WORDS and bool(_MORE_FROM.fullmatch(_key(text)))


_IS_HEADLINE_MEMBER_RE = re.compile(r"\d{1,2}\.?")


def is_headline_member(block: Block) -> bool:
    """A line of a headline list: a list item or short title-shaped line, a rank number, a
    teaser that opens with its story's dateline ('DEN HAAG (ANP) - ...')."""
    text = block.text
    if _IS_HEADLINE_MEMBER_RE.fullmatch(text) or opens_with_dateline(text):
        return True  # a rank number, or a teaser opening with its own story's dateline
    if block.kind in (Kind.ITEM, Kind.ORDERED):
        return not is_paragraph_like(text)
    return block.kind in (Kind.LINE, Kind.PARAGRAPH, Kind.HEADING, Kind.SUBHEADING) and (
        is_headline_like(text) or (text.rstrip().endswith("?") and word_count(text) <= 25)
    )


def is_tag_header(text: str) -> bool:
    return bool(_TAG_HEADER.fullmatch(_key(text)))


def is_tag_member(block: Block) -> bool:
    return word_count(block.text) <= TAG_MAX_WORDS and not is_sentence(block.text)


def is_summary_header(text: str) -> bool:
    return bool(_SUMMARY_HEADER.fullmatch(_key(text)))


def is_summary_member(block: Block) -> bool:
    return block.kind in (Kind.ITEM, Kind.ORDERED)


def is_glossary_header(text: str) -> bool:
    """'Glossar', 'Wörterbuch', 'Lexique': the title of a box explaining the article's words."""
    return bool(_GLOSSARY_HEADER.fullmatch(_key(text)))


def is_glossary_member(block: Block) -> bool:
    """A term (a list item or short line) of a glossary box; its definitions end the run unless
    the box closes the page (see `_teasers_to_the_end`)."""
    return block.kind in (Kind.ITEM, Kind.ORDERED) or not is_paragraph_like(block.text)


LIST_RULES: tuple[ListRule, ...] = (
    ListRule("tag-block", "tag list", is_tag_header, is_tag_member),
    ListRule("summary-widget", "summary box of the page template", is_summary_header, is_summary_member),
    ListRule("glossary-box", "glossary box of the page", is_glossary_header, is_glossary_member),
    ListRule(
        "headline-list",
        "list of other headlines (related, most read, ranking)",
        is_headline_list_header,
        is_headline_member,
    ),
)


def is_list_header(block: Block) -> bool:
    """True for a line that opens a list of furniture ('Most read', 'Tags', 'Follow:')."""
    return block.kind != Kind.QUOTE and any(rule.header(block.text) for rule in LIST_RULES)


def apply_list_rules(blocks: list[Block]) -> Step:
    """Blocks without headed lists of furniture or a trailing run of other headlines."""
    kept: list[Block] = []
    removed: list[Removal] = []
    index = 0
    while index < len(blocks):
        block = blocks[index]
        rule = next((r for r in LIST_RULES if block.kind != Kind.QUOTE and r.header(block.text)), None)
        if rule is not None and _sub_heading(blocks, index):
            rule = None  # 'Mehr zu den Hintergründen' over a paragraph: the article's own heading
        if rule is None and _RANKING.fullmatch(_key(block.text)) and _teasers_to_the_end(blocks, index, 1):
            removed.extend(Removal.of(b, "headline-list", "ranking of other stories") for b in blocks[index:])
            break  # 'Top 50' over the page's ranking, to the end of the page
        if rule is None:
            kept.append(block)
            index += 1
            continue
        end = _run_end(blocks, index + 1, rule.member)
        article = 1 if rule.name == "glossary-box" else ARTICLE_BEFORE  # a glossary's is the text's own
        if rule.name != "summary-widget" and _teasers_to_the_end(blocks, index, article):
            end = len(blocks)
        removed.extend(Removal.of(b, rule.name, rule.reason) for b in blocks[index:end])
        index = end
    kept, removed = _drop_trailing_headlines(kept, removed)
    return Step(kept, tuple(removed))


def opens_a_list(blocks: list[Block], index: int) -> bool:
    """True when the block at `index` is a list header in its place: not a 'more from' header
    that leads into running text (a sub-heading, see `more_from_header`)."""
    return is_list_header(blocks[index]) and not _sub_heading(blocks, index)


def _sub_heading(blocks: list[Block], index: int) -> bool:
    """True when the 'more from' or glossary header at `index` leads into running text: a
    sub-heading ('Mehr zu den Hintergründen', 'Glossar' over a paragraph)."""
    following = blocks[index + 1].text if index + 1 < len(blocks) else ""
    text = blocks[index].text
    teaser = opens_with_dateline(following)  # another story's first paragraph: a list's teaser
    return (
        (more_from_header(text) or is_glossary_header(text)) and is_paragraph_like(following) and not teaser
    )


ARTICLE_BEFORE = 2  # paragraphs of the article above a list header that closes it
_RANKING = re.compile(r"top\s?\d{1,3}")


def _teasers_to_the_end(blocks: list[Block], header: int, article: int = ARTICLE_BEFORE) -> bool:
    """True when a list header closes the article: the article's paragraphs stand above it, and
    below it, to the end of the page, only teasers (a headline first, then captions, summaries,
    times), never two paragraphs in a row. A header followed at once by running text is the
    article's sub-heading over its next section, whatever follows."""
    before = sum(1 for b in blocks[:header] if is_paragraph_like(b.text))
    if before < article or header + 1 >= len(blocks) or is_paragraph_like(blocks[header + 1].text):
        return False
    rest = blocks[header + 1 :]
    return not any(is_paragraph_like(a.text) and is_paragraph_like(b.text) for a, b in pairwise(rest))


def _run_end(blocks: list[Block], start: int, member: Callable[[Block], bool]) -> int:
    """End of the run of list members from `start`; a marked-up heading (HTML) or the header
    of another list stops it."""
    index = start
    while index < len(blocks) and blocks[index].kind not in _STOPS and member(blocks[index]):
        if any(rule.header(blocks[index].text) for rule in LIST_RULES):
            break
        index += 1
    return index


_STOPS = (Kind.HEADING, Kind.SUBHEADING)


def _drop_trailing_headlines(
    blocks: list[Block], removed: list[Removal]
) -> tuple[list[Block], list[Removal]]:
    """Remove an unheaded run of 3+ title-shaped lines after the last line of running text, and
    any run of short labels there ('motori', 'PAAN'): a page's text does not end that way. A
    teaser's label copied as a list item (a lone '-' above it) may stand among the headlines,
    not make up half the run (a bulleted list closing the article)."""
    start = len(blocks)
    while (
        start > 0 and blocks[start - 1].kind in _TRAILING_KINDS and _trailing_member(blocks[start - 1].text)
    ):
        start -= 1
    while start < len(blocks) and blocks[start].kind != Kind.LINE:
        start += 1  # the run starts with a line
    run = blocks[start:]
    if 2 * sum(1 for b in run if b.kind != Kind.LINE) >= len(run):
        return blocks, removed
    labels_only = all(_is_trailing_label(b.text) for b in run)
    if start == 0 or blocks[start - 1].text.endswith(":") or not (len(run) >= TRAILING_RUN or labels_only):
        return blocks, removed  # nothing before them, a list the text leads into, or too few
    short = sum(1 for b in run if word_count(b.text) <= TABLE_CELL_WORDS)
    if short * TABLE_SHORT_SHARE >= len(run) and repeats_cells([b.text for b in run]):
        return blocks, removed  # a table of the article copied one cell a line
    trailing = [Removal.of(b, "trailing-headlines", "list of other headlines after the article") for b in run]
    return blocks[:start], removed + trailing


_TRAILING_KINDS = (Kind.LINE, Kind.ITEM)


def _trailing_member(text: str) -> bool:
    return (is_headline_like(text) or _is_trailing_label(text)) and not is_credit_line(text)


_IS_TRAILING_LABEL_RE = re.compile(r"[.,;:!?…。、]\W*$")


def _is_trailing_label(text: str) -> bool:
    """A section name or widget label of a few words, without any closing punctuation."""
    return word_count(text) <= TRAILING_LABEL_WORDS and not _IS_TRAILING_LABEL_RE.search(text)
