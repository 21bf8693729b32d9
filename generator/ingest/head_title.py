"""The header's lines sorted: which is the title, the dek, the byline, a section label.

Among the header's title-shaped lines the headline is a line printed twice, else the first
that the body is about (passing over kickers, banners, another story's headline and short lines
naming the outlet: 'Het beste van De Havenkrant'), else a short headline the body is about, else
the header's last headline of three words or more. A line that is only a date
(`title_date_line`) is never the title, nor a line above a link to a list of articles
(`title_list_link`) when a headline follows it. The line after the title is the dek unless a credit
follows it; short labels above the title are section labels; a bare name beside the time is the
byline, and so are several people's names alone under the headline.
"""

from __future__ import annotations

import re
import unicodedata
from itertools import pairwise

from generator.ingest.bylines import split_names
from generator.ingest.line_rule import LineRule
from generator.ingest.model import Block, Evidence, Kind, Removal
from generator.ingest.shapes import (
    CJK_LETTER,
    LONG_PARAGRAPH_WORDS,
    is_headline_like,
    is_paragraph_like,
    is_sentence,
    norm,
    word_count,
)
from generator.ingest.title_date_line import is_date_line
from generator.ingest.title_list_link import after_list_link
from generator.ingest.titles import (
    OFF_TOPIC,
    ON_TOPIC,
    choose_title,
    glued_headline,
    is_kicker_shaped,
    overlap,
    without_label,
    without_tail,
)
from generator.model.wires import Registry

SHORT_TITLE_WORDS = 3
NAMES_UNDER_TITLE = 2
NAME_TO_META = 2
KICKER_MAX_WORDS = 4
DEK_WORDS = (5, 60)
CJK_DEK_WORDS = 3
KINDS = {
    "opinion": "opinion", "comment": "opinion", "editorial": "opinion", "views": "opinion",
    "column": "opinion", "columnists": "opinion", "analysis": "analysis", "news analysis": "analysis",
    "explainer": "explainer", "explained": "explainer", "factbox": "explainer",
    "interview": "interview", "q&a": "interview", "live": "live", "live updates": "live",
    "live blog": "live", "fact check": "factcheck", "fact-check": "factcheck", "factcheck": "factcheck",
}  # fmt: skip


def kind_of_label(text: str) -> str | None:
    """The article kind a section label names ('ANALYSIS' -> 'analysis'), or None."""
    return KINDS.get(norm(text).strip(" :|-"))


TWICE_GAP = 3


def headline_twice(top: list[Block], ruled: dict[int, LineRule]) -> int:
    """The index after a headline the top prints twice, a line or two apart, above the text
    ('Burgemeester aangekomen' twice, under a mail prompt): the header ends there. 0 when none."""
    paragraphs = 0
    for index, block in enumerate(top):
        if is_paragraph_like(block.text):  # a prompt's sentence may stand above the headline
            paragraphs += 1
            if paragraphs > 1 or word_count(block.text) >= LONG_PARAGRAPH_WORDS:
                return 0
        key = norm(block.text)
        if index in ruled or not (
            is_headline_like(block.text) and word_count(block.text) >= SHORT_TITLE_WORDS
        ):
            continue
        for later in range(index + 1, min(len(top), index + 1 + TWICE_GAP)):
            if norm(top[later].text) == key:
                return later + 1
    return 0


def on_topic_headline(text: str, body: set[str]) -> bool:
    """A headline of three words or more that the body is about."""
    return (
        is_headline_like(text) and word_count(text) >= SHORT_TITLE_WORDS and overlap(text, body) >= ON_TOPIC
    )


PROMO_MAX_WORDS = 6


def _folded(text: str) -> str:
    """`norm` without accents: a copy may print the outlet's name without them ('Quebec')."""
    decomposed = unicodedata.normalize("NFKD", norm(text))
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


def names_site(text: str, outlet_name: str) -> bool:
    """A line naming the outlet, not a story: a short line holding its name ('Het beste van De
    Havenkrant', the masthead printed without its accents: 'Le Journal de Quebec') or the site's
    own title ('Diario del Puerto - Noticias de ...')."""
    name = _folded(outlet_name).removeprefix("the ")
    line = _folded(text)
    names_outlet = bool(name) and name in line
    site_title = bool(name) and line.removeprefix("the ").startswith(name)  # 'Outlet - news from ...'
    return (names_outlet and word_count(text) <= PROMO_MAX_WORDS) or site_title


def promotion(text: str, body: set[str], outlet_name: str) -> bool:
    """A title-shaped line that is not this story's headline: off-topic, or naming the outlet
    (`names_site`)."""
    return overlap(text, body) < OFF_TOPIC or names_site(text, outlet_name)


def title_and_dek(
    candidates: list[tuple[int, Block]],
    known: Evidence,
    metas: set[int],
    credits: set[int],
    body: set[str],
    wires: Registry,
    outlet_name: str,
    labels: set[int] | None = None,
) -> tuple[Evidence, list[tuple[int, Removal]]]:
    """Pick title, dek, bare-name byline and section labels among the header's remaining lines;
    `labels` are the lines of byline labels whose name the copy put on a line of its own
    ('Ana Costa' over 'Publicado por')."""
    removals: list[tuple[int, Removal]] = []
    title, title_at = known.title, None
    counts: dict[str, int] = {}
    for _, block in candidates:
        counts[norm(block.text)] = counts.get(norm(block.text), 0) + 1
    if title is None:
        repeated = [
            (i, b)
            for i, b in candidates
            if counts[norm(b.text)] > 1
            and is_headline_like(b.text)
            and not _bare_names(b.text, wires)
            and not is_date_line(b.text)
        ]  # a headline printed twice; a name printed twice is a byline
        if repeated and all(promotion(b.text, body, outlet_name) for _, b in repeated):
            repeated = []  # a photo's prompt or credit printed twice ('Click the photo ...'), off the topic
        listed = in_lists(candidates)
        candidates_titled = [
            (i, b)
            for i, b in candidates
            if not _credited(b.text, wires) and i not in listed and not is_date_line(b.text)
        ]  # an item of a list of other stories' headlines, or a date line, is never the headline
        below_link = after_list_link(candidates_titled)  # a topic's block above a link to its list
        if any(is_headline_like(b.text) for _, b in below_link):
            candidates_titled = below_link
        shaped = [
            (i, b)
            for i, b in candidates_titled
            if is_headline_like(b.text) and word_count(b.text) > KICKER_MAX_WORDS
        ]
        plain = [(i, b) for i, b in shaped if not promotion(b.text, body, outlet_name)]
        in_a_row = _printed_twice_in_a_row(candidates)
        if any(i not in in_a_row for i, _ in plain):  # a caption and its repeat, another line the headline
            repeated = [(i, b) for i, b in repeated if i not in in_a_row]
        short = [
            (i, b) for i, b in candidates_titled if on_topic_headline(b.text, body) and (i, b) not in shaped
        ]
        chosen_one = (
            repeated[0]
            if repeated
            else choose_title(plain or ([] if short else shaped), body)
            or _under_kicker(short, shaped, candidates)
            or _short_title(
                [(i, b) for i, b in candidates_titled if not promotion(b.text, body, outlet_name)], body
            )
            or choose_title(shaped, body)
            or _last_headline(candidates_titled)
        )
        if chosen_one is not None:
            title_at, chosen = chosen_one
            title = without_tail(
                glued_headline(chosen.text) or without_label(chosen.text),
                lambda tag: wires.name(tag, any_case=True) is not None,
            )
    authors: tuple[str, ...] = ()
    byline = next(
        (
            (i, b, names)
            for i, b in candidates
            if (title_at is None or i > title_at)
            and (names := _bare_names(b.text, wires))
            and (
                any(abs(i - m) <= NAME_TO_META for m in metas)
                or any(abs(i - m) == 1 for m in labels or ())
                or (
                    title_at is not None
                    and i == title_at + 1
                    and i == candidates[-1][0]
                    and all(word[:1].isupper() for word in b.text.split())
                )
                or (title_at is not None and i == title_at + 1 and len(names) >= NAMES_UNDER_TITLE)
            )  # beside the time, or alone between the headline and the text ('Ana Costa', not
            # 'Questura di Porto', an institution), or several people's names under the headline
            # ('Ana Costa, Jo Lee and Lena Vogt': a standfirst is never a list of names)
        ),
        None,
    )
    if byline is not None and title is not None:
        authors = byline[2]
        candidates = [(i, b) for i, b in candidates if i != byline[0]]
        removals.append((byline[0], Removal.of(byline[1], "meta-line", "byline moved to metadata")))
    dateline = None
    if byline is not None:
        place_at = _place_under_byline(candidates, byline[0], metas, wires, outlet_name)
        if place_at is not None:
            dateline = place_at[1].text.strip()
            candidates = [(i, b) for i, b in candidates if i != place_at[0]]
            removals.append((place_at[0], Removal.of(place_at[1], "dateline", "dateline moved to metadata")))
    positions = {index: block for index, block in candidates}
    dek, kind = known.dek, None
    for index, block in candidates:
        key = norm(block.text)
        following = positions.get(index + 1)
        if title is not None and (key == norm(title) or index == title_at):
            title_at = index if title_at is None else title_at
            removals.append((index, Removal.of(block, "title", "title moved to metadata")))
        elif dek is not None and key == norm(dek):
            removals.append((index, Removal.of(block, "dek", "dek moved to metadata")))
        elif (
            title_at is not None
            and index > title_at
            and dek is None
            and dek_shaped(block)
            and counts[key] == 1  # a line printed twice under the headline is a caption or prompt
            and not (following is not None and _credit_shaped(following))
            and index + 1 not in credits
            and not _outlet_credit(block.text, outlet_name)
        ):
            dek = block.text
            removals.append((index, Removal.of(block, "dek", "dek moved to metadata")))
        elif (title_at is None or index < title_at) and word_count(block.text) <= KICKER_MAX_WORDS:
            kind = kind or kind_of_label(block.text)
            removals.append((index, Removal.of(block, "section-label", "section label above the title")))
        elif is_sentence(block.text) or word_count(block.text) > KICKER_MAX_WORDS:
            removals.append(
                (index, Removal.of(block, "header-caption", "photo caption or blurb in the page header"))
            )
        else:
            removals.append(
                (index, Removal.of(block, "header-text", "photo credit or label in the page header"))
            )
    return Evidence(
        title=title if known.title is None else None, dek=dek, kind=kind, authors=authors, dateline=dateline
    ), removals


PLACE_MAX_WORDS = 3
_PLACE_SHAPE = re.compile(r"[A-ZÀ-Þ][\w'’.-]*(?: (?:de |del |la |am |an |sur |en )?[A-ZÀ-Þ][\w'’.-]*){0,2}")


def _place_under_byline(
    candidates: list[tuple[int, Block]], byline_at: int, metas: set[int], wires: Registry, outlet_name: str
) -> tuple[int, Block] | None:
    """A place alone on a line between the byline and the date line ('Ana Costa' / 'Porto Ellis' /
    '14 de marzo 2023, 09:41'): where the story was filed. Only there: a capitalised word above
    a date elsewhere in the header is a section label."""
    for index, block in candidates:
        text = block.text.strip()
        if (
            byline_at < index <= byline_at + 2
            and index + 1 in metas
            and _PLACE_SHAPE.fullmatch(text)
            and word_count(text) <= PLACE_MAX_WORDS
            and wires.name(text) is None
            and norm(text) != norm(outlet_name)
            and not _bare_names(text, wires)
        ):
            return index, block
    return None


def _under_kicker(
    short: list[tuple[int, Block]], shaped: list[tuple[int, Block]], candidates: list[tuple[int, Block]]
) -> tuple[int, Block] | None:
    """The headline under a short kicker the body is about ('日米首脳会談' over '「同盟を強化」
    共同声明を発表'): the longer title-shaped line right under it that is the header's last line,
    above the text, though the body, cut short, uses few of its words."""
    if not short or not shaped or not candidates:
        return None
    kicker, last = short[0][0], candidates[-1]
    below = [(i, b) for i, b in shaped if i > kicker]
    return below[0] if below and below[0] == last and below[0][0] == kicker + 1 else None


def _outlet_credit(text: str, outlet_name: str) -> bool:
    """A short line naming the outlet ('Jornal do Porto / Agências'): a credit, not a standfirst."""
    name = norm(outlet_name).removeprefix("the ")
    return bool(name) and name in norm(text) and word_count(text) <= PROMO_MAX_WORDS


def _short_title(candidates: list[tuple[int, Block]], body: set[str]) -> tuple[int, Block] | None:
    """A headline of three or four words ('Haven bestelt nieuwe veerboot'), when the header has
    no longer one: a title-shaped line whose words the body uses, not a section label."""
    for index, block in candidates:
        text = block.text
        if (
            is_headline_like(text)
            and word_count(text) >= SHORT_TITLE_WORDS
            and not kind_of_label(text)
            and not is_kicker_shaped(text)
            and overlap(text, body) >= ON_TOPIC
        ):
            return index, block
    return None


def _last_headline(candidates: list[tuple[int, Block]]) -> tuple[int, Block] | None:
    """The header's last headline of three words or more, when nothing else is the title: the
    line above the lead ('Minister offenbar vor Rücktritt'), not a section label."""
    for index, block in reversed(candidates):
        text = block.text
        if is_headline_like(text) and word_count(text) >= SHORT_TITLE_WORDS and not kind_of_label(text):
            return index, block
    return None


_COMMENT_LINK = re.compile(
    r"\s+(?:comments?|comment|kommentieren|kommentare|réagir|commenter|commentaires?|comentar|comentarios"
    r"|comenta|comente|comentários|commenta|commentare|commenti|reageer|reageren|reacties)(?:\s*\(?\d{1,5}\)?)?$",
    re.IGNORECASE,
)
_FOOTNOTE_MARK = re.compile(r"(?<=\w)[*†]{1,2}$")
_SLASHED = re.compile(r"\w\s*/\s*\w")  # 'SOURCE / PHOTOGRAPHER', 'Agency/Photographer'
_SENTENCE_THEN_CREDIT = re.compile(r"[.!?]\s+(?P<credit>[\w .&/-]{2,30})$")


_LISTED = (Kind.ITEM, Kind.ORDERED)


def in_lists(lines: list[tuple[int, Block]]) -> set[int]:
    """The positions of the lines that are items of a list of two or more (next to another item)."""
    items = {i for i, block in lines if block.kind in _LISTED}
    return {i for i in items if i - 1 in items or i + 1 in items}


def _credited(text: str, wires: Registry) -> bool:
    """A line closed by a credit after its sentence ('... al Gobierno. EFE'): a caption, never the
    headline."""
    match = _SENTENCE_THEN_CREDIT.search(text)
    return match is not None and wires.name(match.group("credit").strip(), any_case=True) is not None


def _bare_names(text: str, wires: Registry) -> tuple[str, ...]:
    """The names of a byline without 'By' ('Lena Vogt in Kessel'), or () for any other line. Two
    names joined by a slash with no byline word ('HARBOUR GAZETTE / MARTA OLSEN') are a photo's
    credit, its source and its photographer, never the byline."""
    if _SLASHED.search(text):
        return ()
    text = _COMMENT_LINK.sub("", _FOOTNOTE_MARK.sub("", text))  # 'Ana Costa*': a note on the author
    found = split_names(text, wires)  # below; 'Ana Costa Reageer': the comment link beside the byline
    return found[0] if found and found[0] and found[1] is None else ()


def dek_shaped(block: Block) -> bool:
    """A standfirst: a sentence or a title-shaped line of some length (shorter in Japanese, whose
    subtitles run to a few characters)."""
    text = block.text
    low, high = DEK_WORDS
    low = CJK_DEK_WORDS if CJK_LETTER.search(text) else low
    return low <= word_count(text) <= high and (is_headline_like(text) or is_sentence(text))


def _credit_shaped(block: Block) -> bool:
    """A few capitalised words without a verb's punctuation: 'The Yomiuri Shimbun'."""
    return word_count(block.text) <= KICKER_MAX_WORDS and not is_sentence(block.text)


def _printed_twice_in_a_row(candidates: list[tuple[int, Block]]) -> set[int]:
    """The lines printed twice on consecutive lines of the page: a photo's caption and its
    repeat ('Caption' / 'Caption'), not a headline printed again further down."""
    return {
        index
        for (first, a), (second, b) in pairwise(candidates)
        if second == first + 1 and norm(a.text) == norm(b.text)
        for index in (first, second)
    }
