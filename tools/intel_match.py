"""How a shown sentence or name is matched with the truth's (see docs/intelligence.md).

Sentences: the page quotes plain text (Markdown removed, white space squeezed) cut by the
project's own sentence splitter; the truth quotes the article body. Both are reduced to the
same form (Unicode NFKC, one kind of quote mark and dash, no Markdown emphasis or link syntax,
no space before punctuation, one space, case folded). Two sentences are the same when the forms
are equal, or when one holds the other and the shorter is at least `PART` of the longer and at
least `MIN_PART` characters long: a splitter that cuts one sentence in two, or glues two, still
shows the fact, while a fragment ("Am 19.") or a long run of sentences judged by one of them
does not count.

Names: a source is matched after dropping what the truth adds in brackets ('the official
(anonymous)') and, as further forms, before its first comma ('Wang Xi, a student') and as the
acronym a name (or the sentence right after it) prints in brackets ('Harbour Safety Board
(HSB)' = 'HSB'), with case,
dots ('U.S.' = 'US'), quote marks, a possessive, a leading article and a title before a name
('Mr. Ruf' = 'Ruf') dropped. Two names match
when equal, when both name one wire of the project's wire registry ('AP' = 'The Associated
Press'), or when one's words run inside the other's and that run is two words or more, or one
word of three letters or more that is not a generic word ('officials', 'media'). A shown name
must also be printed in its sentence, as a run of its words, and not open with a function word
('As The Washington Post', 'Citing two U' are taken from a sentence wrongly); a shown name that
is a wire of the registry counts as printed when any spelling of that wire is printed ('The
Associated Press' for a sentence that prints 'AP').
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from generator.model.wires import DEFAULT

PART = 0.5
MIN_PART = 20

_QUOTES = str.maketrans({c: "'" for c in "‘’‚‛′`´"} | {c: '"' for c in "“”„‟″«»"})
_DASHES = re.compile(r"[‐‑‒–—―−]")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_EMPHASIS = re.compile(r"\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)")
_BEFORE_MARK = re.compile(r"\s+([,.;:!?])")
_SPACES = re.compile(r"\s+")

_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_ACRONYM = re.compile(r"\(([A-Z][A-Z0-9&]{1,7})\)")
_NAME_MARKS = re.compile(r"[.\"'’‘“”«»]")
_NAME_SPACES = re.compile(r"[\s\-–—/,;:]+")
_ARTICLES_TEXT = "the a an der die das den dem des ein eine einer le la les l il lo gli el los las o os"
_ARTICLES = frozenset(_ARTICLES_TEXT.split())
# Titles before a name ('Mr. Ruf' for 'Franz Ruf'), dots dropped: no part of whom it names.
_HONORIFICS_TEXT = "mr mrs ms miss dr prof sir herr frau m mme mlle sr sra srta dott sig"
_HONORIFICS = frozenset(_HONORIFICS_TEXT.split())
_FUNCTION_TEXT = """
    as by citing according to told said says in on at for from with via and but while also
    it he she they we this that
"""
FUNCTION_WORDS = frozenset(_FUNCTION_TEXT.split())
_GENERIC_TEXT = """
    official officials source sources media reports report people person agency news state
    authorities authority government spokesman spokeswoman spokesperson statement ministry
    us u s two three four several some other others local provincial senior familiar
"""
GENERIC = frozenset(_GENERIC_TEXT.split())


@lru_cache(maxsize=65536)
def sentence_form(text: str) -> str:
    """The form two sentences are compared in."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).replace("''", '"')
    text = _EMPHASIS.sub("", _LINK.sub(r"\1", _DASHES.sub("-", text)))
    return _SPACES.sub(" ", _BEFORE_MARK.sub(r"\1", text)).strip().casefold()


def same_sentence(shown: str, truth: str) -> bool:
    """True when a shown sentence is the truth's sentence (see the module's rule)."""
    one, two = sentence_form(shown), sentence_form(truth)
    if one == two:
        return True
    short, long = (one, two) if len(one) <= len(two) else (two, one)
    return len(short) >= MIN_PART and len(short) >= PART * len(long) and short in long


def _words(text: str) -> list[str]:
    text = re.sub(r"['’]s\b", "", unicodedata.normalize("NFKC", text).casefold())
    return [w for w in _NAME_SPACES.split(_NAME_MARKS.sub("", text)) if w]


@lru_cache(maxsize=65536)
def name_forms(name: str) -> tuple[tuple[str, ...], ...]:
    """The word sequences a name is compared by: whole, before its first comma, and an acronym
    it prints in brackets ('Harbour Safety Board (HSB)' is also 'HSB')."""
    name = unicodedata.normalize("NFKC", name)
    text = _BRACKETS.sub(" ", name)
    forms = []
    for part in dict.fromkeys((text, text.split(",")[0], *_ACRONYM.findall(name))):
        words = _words(part)
        while words and (words[0] in _ARTICLES or words[0] in _HONORIFICS) and len(words) > 1:
            words = words[1:]
        if words:
            forms.append(tuple(words))
    return tuple(dict.fromkeys(forms))


def with_printed_acronym(name: str, sentence: str) -> str:
    """The name with the acronym the sentence prints in brackets right after it ('US Geological
    Survey' in '... the US Geological Survey (USGS) said' is 'US Geological Survey (USGS)')."""
    found = re.search(re.escape(name) + r"\s*(\([A-Z][A-Z0-9&]{1,7}\))", sentence)
    return f"{name} {found.group(1)}" if found else name


def printed_name(name: str, sentence: str) -> bool:
    """True when a shown name is a run of the sentence's words that opens with no function word
    ('As The Post', 'Citing two U' are not: a pattern took too much, or cut a word). A name that
    is a wire of the registry is printed when any spelling of that wire is ('Associated Press'
    for a sentence printing 'AP')."""
    wire = DEFAULT.lookup(name, any_case=True)
    spellings = wire.spellings if wire is not None else (name,)
    return any(_printed_run(spelling, sentence) for spelling in spellings)


def _printed_run(name: str, sentence: str) -> bool:
    words = _words(name)
    while words and words[0] in _ARTICLES:
        words = words[1:]
    return bool(words) and words[0] not in FUNCTION_WORDS and _inside(tuple(words), tuple(_words(sentence)))


def _inside(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    size = len(short)
    return any(long[i : i + size] == short for i in range(len(long) - size + 1))


def same_name(shown: str, truth: str) -> bool:
    """True when a shown source name names the truth's source (see the module's rule)."""
    wire_one, wire_two = DEFAULT.lookup(shown, any_case=True), DEFAULT.lookup(truth, any_case=True)
    if wire_one is not None and wire_two is not None:
        return wire_one.name == wire_two.name
    for one in name_forms(shown):
        for two in name_forms(truth):
            if one == two:
                return True
            short, long = (one, two) if len(one) <= len(two) else (two, one)
            if not _inside(short, long):
                continue
            if len(short) >= 2 or (len(short[0]) >= 3 and short[0] not in GENERIC):
                return True
    return False
