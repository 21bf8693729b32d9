"""A title trimmed by the page's URL slug: a kicker glued before the headline on its line
('vor 2 Stunden Stuttgart Schuldzuweisungen wegen ...', 'West-Friesland Protest tegen ...'; never
a label joined to it by a colon, which the headline prints as its own part) or
a tag or standfirst glued after it ('... regering HLA', '... de junho Campanha que começou ...'),
where the slug spells the headline and neither the kicker nor the tail.

Only the words are compared (accents folded, 'ü' also as 'ue'), in order, so nothing here knows a
phrase of any language or site. A cut needs the slug to agree with most of what is kept, and the
part cut to share no word with the slug; otherwise the title is left as it is."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from generator.ingest.line_features import line_key
from generator.ingest.model import Block
from generator.ingest.slug_words import TOKEN, fold_word, has_figure, slug_parts, slug_segment, slug_words

PROVISIONAL = "title is provisional"  # the opening of the note metadata writes when no headline is found
MIN_SLUG_WORDS = 3  # a slug of fewer content words ('?p=232802', 'archives/160837') is no slug
MAX_KICKER_WORDS = 6  # a label glued before the headline is short
MIN_KEPT_WORDS = 3
MIN_LAST_LETTERS = 4  # a headline cut after its slug ends in a word, not 'met' or 'of'
MAX_TAG_LENGTH = 5  # an all-capitals tag after the headline ('HLA')
MAX_JOINING_LETTERS = 3  # 'al', 'de', 'of', 'het': a kicker never ends in such a word
HEAD_LINES = 40  # lines searched for the line the slug spells
MAX_HEADLINE_CHARS = 200
TITLE_MISSES = 0.3  # a title holding under this share of the slug's words is not the slug's headline
LINE_SPELLS = 0.7  # a line holding at least this share of them is
MAX_WRAPPED = 4  # lines a hard-wrapped headline may fill
SPAN_SPELLS = 0.8  # the share of the slug's words a long line must spell in a short stretch
MAX_ALIGNED_WORDS = 80  # words of a slug or a line compared (a headline has some 20)
KEPT_SPELLED = 0.6  # a kicker is cut only when the slug spells this share of the headline kept


def trim_by_slug(title: str, url: str | None) -> str:
    """`title` without a kicker before it or a tag or standfirst after it that the URL's slug
    leaves out; the title unchanged when the slug does not say so plainly."""
    slug = slug_words(url)
    spans = _word_spans(title)
    words = [title[a:b] for a, b, _ in spans]
    if len(_content(slug)) < MIN_SLUG_WORDS or not MIN_KEPT_WORDS < len(words) <= MAX_ALIGNED_WORDS:
        return title
    forms = [_forms(word) | _forms(whole) for word, (_, _, whole) in zip(words, spans, strict=True)]
    aligned = _align(slug, forms)
    if len(aligned) < MIN_SLUG_WORDS or len(aligned) < 0.6 * len(_content(slug)):
        return title
    start, end = _short_words_before(slug, words, aligned[0]), aligned[-1][1] + 1
    slug_set = set(_content(slug))
    glue = title[spans[start - 1][0] : spans[start][0]] if start else ""  # the last word cut, and after it
    if glue.rstrip().endswith(":") or not _kicker(words[:start], forms[:start], slug_set, words[start:end]):
        start = 0  # 'Label: headline' is printed as one headline, whatever the slug leaves out
    elif _spelled_share(words, aligned, start, end) < KEPT_SPELLED:
        start = 0  # a slug summing the headline up in a few of its words does not say where it starts
    ends_slug = aligned[-1][0] == len(slug) - 1
    if not (ends_slug and _tail(words[end:], words[start:end])):
        end = len(words)
    return title if (start, end) == (0, len(words)) else title[spans[start][0] : spans[end - 1][1]].strip()


_CAMEL = re.compile(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Þ])")


def _word_spans(title: str) -> list[tuple[int, int, str]]:
    """The title's words as (start, end, whole word) spans; a word run together with the next at
    a small letter before a capital ('cantonaleNouveaux', a kicker glued with no space) is two,
    each still compared as the whole too ('McDonald' stays one for the slug's 'mcdonald')."""
    spans: list[tuple[int, int, str]] = []
    for match in re.finditer(r"\S+", title):
        cuts = [
            match.start(),
            *(match.start() + m.start() for m in _CAMEL.finditer(match.group())),
            match.end(),
        ]
        spans.extend((a, b, match.group()) for a, b in pairwise(cuts) if b > a)
    return spans


@dataclass(frozen=True)
class Spelled:
    """The headline the URL's slug spells, and the page lines it fills (they leave the body)."""

    text: str
    lines: tuple[Block, ...]


def headline_by_slug(page: Sequence[Block], title: str, url: str | None) -> Spelled | None:
    """The headline the URL's slug spells among the page's first `HEAD_LINES` lines, when the
    title taken does not: a headline hard-wrapped over up to `MAX_WRAPPED` lines of which the
    title is the first; else, when the title shares almost nothing with the slug (a skip link, a
    site name, a caption, a teaser), the first line holding the most of the slug's words in
    their order, of a headline's length and shape (no closing full stop, unless the slug spells
    its every word), or the words the slug spells in a long line (a page run into one line).
    None when nothing is spelled plainly."""
    slug = slug_words(url)
    if len(_content(slug)) < MIN_SLUG_WORDS:
        return None
    head = [block for block in page[:HEAD_LINES] if block.text.strip()]
    share = _share(slug, title)
    wrapped = _wrapped(head, slug, title) if share < LINE_SPELLS else None
    if wrapped is not None or share >= TITLE_MISSES:
        return wrapped
    line = _whole_line(head, slug)
    key = line_key(title)
    if line is not None and key and f" {key} " in f" {line_key(line.text)} ":
        return None  # the line holds the title: the rules cut a label off it
    return Spelled(line.text.strip(), (line,)) if line is not None else _span(head, slug)


def _wrapped(head: list[Block], slug: list[str], title: str) -> Spelled | None:
    key = line_key(title)
    first = next((i for i, block in enumerate(head) if line_key(block.text) == key), None)
    if first is None or not key:
        return None
    text, end = head[first].text.strip(), first + 1
    share = _share(slug, text)
    if share * len(_content(slug)) < MIN_SLUG_WORDS:
        return None  # the first line must open the slug's headline, not be a teaser above it
    while end < min(first + MAX_WRAPPED, len(head)):
        longer = f"{text} {head[end].text.strip()}"
        repeated = line_key(head[end].text) in {line_key(b.text) for b in head[first:end]}
        sentence = head[end].text.strip().endswith(".")  # a standfirst under it, not its second line
        if repeated or sentence or len(longer) > MAX_HEADLINE_CHARS or _share(slug, longer) <= share:
            break
        text, share, end = longer, _share(slug, longer), end + 1
    return Spelled(text, tuple(head[first:end])) if end > first + 1 and share >= LINE_SPELLS else None


def _whole_line(head: list[Block], slug: list[str]) -> Block | None:
    best, best_share = None, LINE_SPELLS
    for block in head:
        text = block.text.strip()
        if len(text) > MAX_HEADLINE_CHARS or len(text.split()) < MIN_KEPT_WORDS:
            continue
        if text.endswith(".") and not _slug_spells_all(slug, text):
            continue  # a sentence, unless the slug spells it word for word (a headline closed by a stop)
        share = _share(slug, text)
        if share >= best_share and (best is None or share > best_share):
            best, best_share = block, share
    return best


def _slug_spells_all(slug: list[str], text: str) -> bool:
    """Whether the slug spells `text` word for word: every word of three letters or more that
    holds no figure, in order (a headline some pages close with a full stop, 'Ministers approve
    the plan.' under '.../ministers-approve-the-plan'); a lead sentence retelling the headline
    holds words its slug lacks."""
    words = text.split()[:MAX_ALIGNED_WORDS]
    forms = [_forms(word) for word in words]
    wordy = [
        j
        for j, word in enumerate(words)
        if forms[j] and not has_figure(word) and sum(map(str.isalpha, word)) >= 3
    ]
    spelled = {j for _, j in _align(slug, forms)}
    return len(wordy) >= MIN_SLUG_WORDS and all(j in spelled for j in wordy)


def _span(head: list[Block], slug: list[str]) -> Spelled | None:
    """The words from the slug's first to its last in the first long line spelling nearly all
    of the slug, close together ('Internacional | Informe ... Ordenan evacuar ciudad colombiana
    por peligro de avalancha El pueblo ...')."""
    content = _content(slug)
    for block in head:
        if len(block.text) <= MAX_HEADLINE_CHARS:
            continue
        words = block.text.split()[:MAX_ALIGNED_WORDS]
        aligned = _align(slug, [_forms(word) for word in words])
        if len(aligned) < SPAN_SPELLS * len(content) or aligned[-1][0] != len(slug) - 1:
            continue
        first, last = aligned[0][1], aligned[-1][1]
        if last - first + 1 <= 2 * len(content) + 2:
            return Spelled(" ".join(words[first : last + 1]), ())
    return None


def slug_note(review: tuple[str, ...], ruled_title: str) -> tuple[str, ...]:
    """The review notes once the title is read by the slug: the title read before named (not
    a provisional one: the page did have a headline)."""
    return (
        *without_provisional(review),
        f"title read by the URL's slug instead of '{ruled_title}': check it",
    )


def is_provisional(review: tuple[str, ...]) -> bool:
    """Whether the review notes say the rules found no headline (the title is provisional)."""
    return any(note.startswith(PROVISIONAL) for note in review)


def without_provisional(review: tuple[str, ...]) -> tuple[str, ...]:
    """The review notes without the one saying the title is provisional."""
    return tuple(note for note in review if not note.startswith(PROVISIONAL))


def _share(slug: list[str], text: str) -> float:
    """The share of the slug's content words that `text` spells in their order."""
    words = text.split()[:MAX_ALIGNED_WORDS]
    return len(_align(slug, [_forms(word) for word in words])) / len(_content(slug))


def _content(words: list[str]) -> list[str]:
    return [w for w in words if len(w) >= 3]


def _forms(word: str) -> set[str]:
    """How a title word may be spelled in a slug: each of its parts, the parts run together
    ("d'un" as 'dun'), accents dropped or, for German, written out ('über' as 'ueber')."""
    forms: set[str] = set()
    for parts in slug_parts(word.casefold()):
        forms.update(p for p in parts if len(p) >= 3)
        if len(parts) > 1:
            forms.add("".join(parts))
    return forms


def _align(slug: list[str], forms: list[set[str]]) -> list[tuple[int, int]]:
    """(slug word, title word) pairs matched in order, as many as can be (a longest common
    subsequence, so that a word the slug opens with and the title repeats late, 'Taranto ...
    match Taranto-Sorrento', does not swallow the rest); slug words the title lacks (a section
    name, a dropped word) are passed over, and so are words of one or two letters. Only the
    first `MAX_ALIGNED_WORDS` words of either are read."""
    slug, forms = slug[:MAX_ALIGNED_WORDS], forms[:MAX_ALIGNED_WORDS]
    rows, cols = len(slug), len(forms)
    best = [[0] * (cols + 1) for _ in range(rows + 1)]
    for i in range(rows - 1, -1, -1):
        for j in range(cols - 1, -1, -1):
            if len(slug[i]) >= 3 and slug[i] in forms[j]:
                best[i][j] = best[i + 1][j + 1] + 1
            else:
                best[i][j] = max(best[i + 1][j], best[i][j + 1])
    pairs: list[tuple[int, int]] = []
    i = j = 0
    while i < rows and j < cols:
        if len(slug[i]) >= 3 and slug[i] in forms[j] and best[i][j] == best[i + 1][j + 1] + 1:
            pairs.append((i, j))
            i, j = i + 1, j + 1
        elif best[i + 1][j] >= best[i][j + 1]:
            i += 1
        else:
            j += 1
    return pairs


def _spelled_share(words: list[str], aligned: list[tuple[int, int]], start: int, end: int) -> float:
    """The share of the kept headline's words of three letters or more (`words[start:end]`) that
    the slug spells: a slug written as the headline spells most of them, one that sums the story
    up ('spain-burns-fight-fires' for 'The fire sweeps Spain ... fights fires ...') a few."""
    spelled = {j for _, j in aligned}
    kept = [j for j in range(start, end) if len(fold_word(words[j])) >= 3 and words[j].isalpha()]
    return sum(j in spelled for j in kept) / len(kept) if kept else 1.0


def _short_words_before(slug: list[str], words: list[str], first: tuple[int, int]) -> int:
    """The title word the headline starts at: the one the slug's first matched word spells, or
    before it the words of one or two letters the slug opens with ('la', 'a', 'de': the
    alignment passes over them), so that 'Laxou Photos. La baguette ...' under the slug
    'la-baguette-...' keeps its 'La'."""
    i, j = first
    while i > 0 and j > 0 and len(slug[i - 1]) < 3 and slug[i - 1] in _short_forms(words[j - 1]):
        i, j = i - 1, j - 1
    return j


def _short_forms(word: str) -> set[str]:
    return {fold_word(t) for t in TOKEN.findall(word.casefold())}


def _kicker(prefix: list[str], forms: list[set[str]], slug: set[str], kept: list[str]) -> bool:
    """Whether the words before the slug's first word are a glued label: a few words, one of
    them long (not 'Why the'), none in the slug, before a capitalised headline."""
    if not prefix or len(prefix) > MAX_KICKER_WORDS or len(kept) < MIN_KEPT_WORDS:
        return False
    if any(form & slug for form in forms):
        return False
    if not any(sum(c.isalpha() for c in word) >= 6 for word in prefix):
        return False
    if prefix[-1].isalpha() and prefix[-1].islower() and len(prefix[-1]) <= MAX_JOINING_LETTERS:
        return False  # 'Fiocco rosa al Parco ...', 'El pregón de Fernando ...': the words run on
    return _capitalised(kept[0])


QUESTION_TAIL_MAX_WORDS = 5  # a standfirst glued on is longer than a headline's closing question


def _tail(suffix: list[str], kept: list[str]) -> bool:
    """Whether the words after the slug's last word are glued on: a short all-capitals tag, or
    a capitalised sentence after a headline in sentence case (in a title written in title
    case a capital starts any word); a short question or exclamation closing the title is the
    headline's own ('... al mondo. Apple batte Samsung?')."""
    if not suffix or len(kept) < MIN_KEPT_WORDS or not _capitalised(suffix[0]):
        return False
    if len(suffix) <= QUESTION_TAIL_MAX_WORDS and suffix[-1].endswith(("?", "!", "？", "！")):
        return False  # '... al mondo. Apple batte Samsung?': the headline's own short question
    if sum(c.isalpha() for c in kept[-1]) < MIN_LAST_LETTERS:
        return False  # '... interview met': a slug cut off at a short word, the title goes on
    if len(suffix) == 1 and suffix[0].isupper() and len(suffix[0]) <= MAX_TAG_LENGTH:
        return True
    inner = [w for w in kept[1:] if sum(c.isalpha() for c in w) >= 4]
    upper = sum(_capitalised(w) for w in inner)
    return len(suffix) >= MIN_KEPT_WORDS and bool(inner) and upper < 0.5 * len(inner)


def slug_end(title: str, url: str | None) -> int | None:
    """Where the headline the URL's slug spells ends in `title`, when words follow it: the end
    of the title word matching the slug's last word, the slug spelled as plainly as for a cut
    (`trim_by_slug`) and at least `MIN_KEPT_WORDS` words kept; else None."""
    slug = slug_words(url)
    spans = _word_spans(title)
    if len(_content(slug)) < MIN_SLUG_WORDS or not MIN_KEPT_WORDS < len(spans) <= MAX_ALIGNED_WORDS:
        return None
    forms = [_forms(title[a:b]) | _forms(whole) for a, b, whole in spans]
    aligned = _align(slug, forms)
    if len(aligned) < MIN_SLUG_WORDS or len(aligned) < 0.6 * len(_content(slug)):
        return None
    last_slug, last_word = aligned[-1]
    if last_slug != len(slug) - 1 or last_word + 1 < MIN_KEPT_WORDS or last_word + 1 == len(spans):
        return None
    end = spans[last_word][1]
    numbers = {t for t in TOKEN.findall(title[end:]) if has_figure(t)}
    if numbers & set(_slug_segment_tokens(url)):
        return None  # '... – Unomattina 22/04/2024' under '...-unomattina-22-04-2024': the slug spells it
    return end


def _slug_segment_tokens(url: str | None) -> list[str]:
    """Every token of the URL path's wordiest segment (the one `slug_words` reads), folded."""
    return [fold_word(t) for t in slug_segment(url)]


def _capitalised(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return bool(letters) and letters[0].isupper()


def spelling_line(page: Sequence[Block], url: str | None) -> Block | None:
    """The line among the page's first `HEAD_LINES` that spells the URL's slug best (`LINE_SPELLS`
    of its words in order, of a headline's length and shape), or None."""
    slug = slug_words(url)
    if len(_content(slug)) < MIN_SLUG_WORDS:
        return None
    head = [block for block in page[:HEAD_LINES] if block.text.strip()]
    return _whole_line(head, slug)
