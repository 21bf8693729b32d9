"""News organisations a sentence names, for the claim check's swapped sources.

A news organisation is a run of capitalised words that is a wire of the site's registry or an
outlet of `site.yaml` (`known_sources.KnownSources`), or a name of two words or more holding a
word of news organisations' names ("The New York Times", "Daily Planet":
`source_words.NEWS_NAME_WORDS`). Each is keyed as the registry keys spellings, so "AP" and "The
Associated Press" are one. Anything else capitalised is no organisation here: a point naming a
person or a ministry is compared on its places and figures only (precision first).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from itertools import repeat

from generator.analysis.known_sources import KnownSources
from generator.analysis.source_words import CONNECTORS, NEWS_NAME_WORDS, OPENERS
from generator.model.wires import wire_key

# A run of capitalised words (initialisms, "AP's", "Xinhua News Agency"), lower-case joining
# words allowed between two of them ("Ministry of Defence"); not "and", which joins two names.
_RUN = re.compile(
    r"[A-ZÀ-ÖØ-Þ][\w&.'’\-]*(?:\s+(?:(?:of|for|&|de|del|du|der|des|di|da|la|le|el)\s+)?[A-ZÀ-ÖØ-Þ][\w&.'’\-]*)*"
)
_POSSESSIVE = re.compile(r"['’]s?$")
_EDGE = ".-’'"
_PIECE = re.compile(r"[^\W_]+")


def organisations(text: str, known: KnownSources) -> dict[str, str]:
    """The news organisations `text` names: key -> the name as printed (first spelling)."""
    found: dict[str, str] = {}
    vocabulary = _vocabulary(known)
    for run in _RUN.findall(text):
        pieces = _PIECE.findall(run.casefold())
        if all(map(frozenset.isdisjoint, vocabulary, repeat(pieces))):
            continue  # no word of any known name or of a news organisation's: most runs
        words = [_POSSESSIVE.sub("", w).strip(_EDGE) for w in run.split()]
        words = [w for w in words if w]
        if not words:
            continue
        name = " ".join(words)
        named = known.known(name)
        if named is not None:
            found.setdefault(named.key, name)
            continue
        singles = [(w, known.known(w)) for w in words if len(words) > 1]
        hits = [(w, n) for w, n in singles if n is not None]
        if hits:
            for word, hit in hits:
                found.setdefault(hit.key, word)
            continue
        if len(words) > 1 and any(w.casefold() in NEWS_NAME_WORDS for w in words[1:]):
            printed = name.removeprefix("The ")
            found.setdefault(f"name:{wire_key(printed)}", printed)
    return found


def may_name(capitalised: Sequence[str], known: KnownSources) -> bool:
    """False when none of a sentence's capitalised words (as its words) is a word of a name
    `known` knows or of news organisations' names: it names no news organisation (most
    sentences; `organisations` need not read them)."""
    pieces = _PIECE.findall(" ".join(capitalised).casefold())
    return not all(map(frozenset.isdisjoint, _vocabulary(known), repeat(pieces)))


def _vocabulary(known: KnownSources) -> tuple[frozenset[str], ...]:
    """The words (case folded) of every name `known` knows, and of news organisations' names:
    a run of capitalised words holding none of them is no news organisation. Each registry's and
    each outlet list's words are read once (the same few objects every story of a build)."""
    wires = _once(known.wires, lambda: (s for wire in known.wires.wires for s in wire.spellings))
    outlets = _once(known.outlets, lambda: (outlet.name for outlet in known.outlets.values()))
    return wires, outlets, _words_of(known.newsrooms), NEWS_NAME_WORDS


_MEMO: dict[int, tuple[object, frozenset[str]]] = {}  # id -> (the object, kept alive, its words)
_MEMO_SIZE = 32


def _once(owner: object, names: Callable[[], Iterable[str]]) -> frozenset[str]:
    found = _MEMO.get(id(owner))
    if found is None or found[0] is not owner:
        if len(_MEMO) >= _MEMO_SIZE:
            _MEMO.clear()
        found = _MEMO[id(owner)] = (owner, _words_of(tuple(names())))
    return found[1]


@lru_cache(maxsize=64)
def _words_of(names: tuple[str, ...]) -> frozenset[str]:
    """The words of `names`, but those that open or join names ("the", "of"): a run of
    capitalised words sharing only those with a known name is no news organisation."""
    pieces = frozenset(piece for name in names for piece in _PIECE.findall(name.casefold()))
    return pieces - OPENERS - CONNECTORS
