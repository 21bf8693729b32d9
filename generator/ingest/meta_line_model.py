"""The learned reader of wire-credit lines: a small ensemble of boosted trees in a JSON file,
applied in plain Python (`tools/ingest_meta_train.py` trains it with scikit-learn and measures
it leave-one-set-out; no page text is in the file).

NOT WIRED INTO THE PIPELINE: under leave-one-set-out over the nine labelled sets it finds no
credit the rules miss at the threshold that keeps its picks right, and one false credit on one
set (a wire credited for one entry of a live page), so no model file ships (see
`tools/ingest_meta_train.py`). It stays as the measured starting point of the next round.

A candidate is a line of a plain-text page that holds a wire of the site's registry: a spelling
in any case ('EFE', 'efe', 'Agencia EFE', 'dpa'), found word by word. The model rates each
candidate by the line's shape (length, place against the headline and the text, label words in
eight languages, brackets, dashes, capitals, its neighbours); when the rules read no credit, the
candidate it rates surest, at or over the file's threshold, is the credit: its wire is `via`, and
the line leaves the body. A wire named inside running text is a candidate the model was trained
to turn down ('Reuters reported ...').
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.ingest.line_model import Ensemble, ModelError, Tree
from generator.ingest.model import Block, Removal
from generator.model.wires import SHORT, Registry, wire_key

FORMAT = "briefing-meta-line-model"
FEATURE_VERSION = 1
RULE = "wire-credit"
REASON = "wire credit line, by the metadata line model"
MIN_ANY_CASE = 3  # letters: a lower-case word names a wire only from 'efe', 'dpa', 'afp' up
CREDIT_LINE_MAX_CHARS = 200  # a longer line is text; a credit line of the sets is under 160

_WORDS = re.compile(r"[^\s,;:()\[\]{}|/©«»\"“”„'’<>]+")
_LABEL = re.compile(
    r"(?<!\w)(?:by|von|por|par|door|di|da|de|per|with|mit|avec|con|met|com|via|source|fuente|fonte|quelle"
    r"|bron|agenc[iy]a?|agence|agentur|agenzia|agência|agentschap|nachrichtenagentur|news agency"
    r"|reporting|redacción|redação|redazione|redaktion|rédaction|redactie|staff|desk)(?!\w)|記者|通信|共同|時事",
    re.I,
)
_PICTURE = re.compile(
    r"(?<!\w)(?:photos?|fotos?|images?|imagen(?:es)?|imagens?|immagin[ei]|bild(?:er)?|pictures?|afbeelding"
    r"|videos?|vídeos?|grafik|graphics?|infograf\w*|illustrations?|archiv\w*|getty|keystone|ingrandire|vergrößern|agrandir|ampliar|zoom|enlarge)(?!\w)|写真|画像|映像|動画",
    re.I,
)
_EMAIL = re.compile(r"\S+@\S+\.\w+")
_COPYRIGHT = re.compile(r"[©Ⓒ]|\(c\)\s|\bcopyright\b", re.I)
_SLASH = re.compile(r"\S\s*/\s*\S")  # 'Kyle Green/Associated Press': a photographer and the agency
_PHOTOGRAPHER = re.compile(r"^(?:[A-ZÀ-Þ][\w.'’-]+ ){1,3}[A-ZÀ-Þ][\w.'’-]+\s*[-–—|,]\s*$")
_BULLET = re.compile(r"^\s*[-–—•·*]\s")

FEATURES = (
    "log_chars",
    "words",
    "position",
    "before_text",
    "after_text",
    "from_title",
    "printed",
    "wire_share",
    "opens_with_wire",
    "closes_with_wire",
    "label_word",
    "brackets",
    "dash",
    "digit_share",
    "email",
    "copyright",
    "picture",
    "sentence",
    "capitals",
    "in_body",
    "previous_short",
    "next_short",
    "bullet",
    "names_before",
    "words_after",
)


@dataclass(frozen=True)
class Candidate:
    """A line holding a wire of the registry: where it is, the wire, its feature row."""

    index: int
    wire: str
    row: list[float]


@dataclass(frozen=True)
class MetaLineModel:
    """The credit ensemble, the threshold it is applied at and what it was trained on."""

    credit: Ensemble
    threshold: float
    trained_on: tuple[dict[str, Any], ...] = ()

    def as_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "feature_version": FEATURE_VERSION,
            "features": list(FEATURES),
            "threshold": self.threshold,
            "trained_on": list(self.trained_on),
            "credit": {
                "base": self.credit.base,
                "rate": self.credit.rate,
                "trees": [
                    {
                        "feature": list(t.feature),
                        "threshold": list(t.threshold),
                        "left": list(t.left),
                        "right": list(t.right),
                        "value": list(t.value),
                    }
                    for t in self.credit.trees
                ],
            },
        }


def parse(data: Any, where: str) -> MetaLineModel:
    """The model in `data` (the JSON file's content); ModelError naming `where` when unusable."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ModelError(f"{where}: format: expected '{FORMAT}'")
    if data.get("feature_version") != FEATURE_VERSION or data.get("features") != list(FEATURES):
        raise ModelError(f"{where}: features: the model was trained on other features; retrain it")
    try:
        credit = data["credit"]
        trees = tuple(
            Tree(
                tuple(int(v) for v in t["feature"]),
                tuple(float(v) for v in t["threshold"]),
                tuple(int(v) for v in t["left"]),
                tuple(int(v) for v in t["right"]),
                tuple(float(v) for v in t["value"]),
            )
            for t in credit["trees"]
        )
        ensemble = Ensemble(float(credit["base"]), float(credit["rate"]), trees)
        return MetaLineModel(ensemble, float(data["threshold"]), tuple(data.get("trained_on", ())))
    except (KeyError, TypeError, ValueError) as error:
        raise ModelError(f"{where}: credit: {error}") from None


def load(path: Path) -> MetaLineModel:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ModelError(f"{path}: {error}") from None
    return parse(data, str(path))


def line_wire(text: str, wires: Registry) -> tuple[str, bool, int, int] | None:
    """The wire a line holds, whether it is printed as the wire prints itself, and where its
    spelling starts and ends in the line's words; None for a line holding none."""
    found = wires.find(text)
    words = [
        (m.group(0).strip("."), m.start(), m.end()) for m in _WORDS.finditer(text) if _has_word(m.group(0))
    ]
    for index in range(len(words)):
        for size in (4, 3, 2, 1):
            part = words[index : index + size]
            if len(part) < size:
                continue
            phrase = " ".join(w for w, _, _ in part)
            key = wire_key(phrase)
            if size > 1 and len(key) <= SHORT:
                continue  # 'the ap': a short acronym counts alone, as printed or of three letters up
            wire = wires.lookup(phrase, any_case=len(key) >= MIN_ANY_CASE)
            if wire is None:
                continue
            printed = found is not None and found.name == wire.name
            return wire.name, printed, part[0][1], part[-1][2]
    return None


def _has_word(token: str) -> bool:
    return any(c.isalnum() for c in token)


def candidates(page: Sequence[Block], body: Sequence[Block], title: str, wires: Registry) -> list[Candidate]:
    """Every line of `page` holding a wire, with its features; `body` is the rules' text and
    `title` their title."""
    kept = {block.line for block in body if block.line is not None}
    lines = sorted(kept)
    start, end = (lines[0], lines[-1]) if lines else (0, 0)
    title_key = " ".join(title.split()).casefold()
    title_at = next((i for i, b in enumerate(page) if " ".join(b.text.split()).casefold() == title_key), -1)
    found = []
    for index, block in enumerate(page):
        text = " ".join(block.text.split())
        hit = line_wire(text, wires) if text and len(text) <= CREDIT_LINE_MAX_CHARS else None
        if hit is None or _picture_line(text) or _beside_picture(page, index) or _photographer(text, hit):
            continue  # a picture's agency, as the rules' own readers refuse it (`wire_lines`)
        wire, printed, _, _ = hit
        found.append(
            Candidate(index, wire, _row(page, index, text, hit, (start, end), title_at, kept, printed))
        )
    return found


def _row(
    page: Sequence[Block],
    index: int,
    text: str,
    hit: tuple[str, bool, int, int],
    span: tuple[int, int],
    title_at: int,
    kept: set[int],
    printed: bool,
) -> list[float]:
    _, _, first, last = hit
    line = page[index].line or 0
    letters = [c for c in text if c.isalpha()]
    words = text.split()
    rest = text[:first].strip(" -–—()[].,:;") + text[last:].strip(" -–—()[].,:;")

    def short(i: int) -> float:
        return float(0 <= i < len(page) and len(page[i].text.strip()) < 40)

    return [
        math.log1p(len(text)),
        float(len(words)),
        index / max(1, len(page) - 1),
        float(line < span[0]),
        float(line > span[1]),
        float(max(-10, min(10, index - title_at))) if title_at >= 0 else 11.0,
        float(printed),
        (last - first) / max(1, len(text)),
        float(not text[:first].strip(" -–—()[]•·*")),
        float(not text[last:].strip(" -–—()[].•·*")),
        float(bool(_LABEL.search(rest))),
        float(bool(re.search(r"[()\[\]（）【】]", text))),
        float(bool(re.search(r"[-–—]", text))),
        sum(c.isdigit() for c in text) / max(1, len(text)),
        float(bool(_EMAIL.search(text))),
        float(bool(_COPYRIGHT.search(text))),
        float(bool(_PICTURE.search(text))),
        float(len(words) > 8 and text.rstrip()[-1:] in '.!?"”»'),
        sum(c.isupper() for c in letters) / max(1, len(letters)),
        float(line in kept),
        short(index - 1),
        short(index + 1),
        float(bool(_BULLET.match(text))),
        float(sum(1 for w in text[:first].split() if w[:1].isupper() and not _LABEL.fullmatch(w))),
        float(len(text[last:].split())),
    ]


def _photographer(text: str, hit: tuple[str, bool, int, int]) -> bool:
    """'José Sena Goulão - Lusa': a name-shaped run, a separator and the wire closing the line."""
    _, _, first, last = hit
    return not text[last:].strip(" .") and bool(_PHOTOGRAPHER.match(text[:first]))


def _beside_picture(page: Sequence[Block], index: int) -> bool:
    return any(_picture_line(page[i].text) for i in (index - 1, index + 1) if 0 <= i < len(page))


def _picture_line(text: str) -> bool:
    """A line naming a picture, or carrying a copyright sign or a photographer's slash credit."""
    return bool(_PICTURE.search(text) or _COPYRIGHT.search(text) or _SLASH.search(text))


def read_credit_line(
    page: Sequence[Block],
    body: tuple[Block, ...],
    title: str,
    wires: Registry,
    model: MetaLineModel,
) -> tuple[str | None, tuple[Block, ...], tuple[Removal, ...]]:
    """The wire of the candidate line `model` rates surest at or over its threshold, the body
    without that line, and its removal; (None, body, ()) when no line is rated so."""
    best: tuple[float, Candidate] | None = None
    for candidate in candidates(page, body, title, wires):
        p = model.credit.probability(candidate.row)
        if p >= model.threshold and (best is None or p > best[0]):
            best = (p, candidate)
    if best is None:
        return None, body, ()
    line = page[best[1].index].line
    kept = tuple(b for b in body if b.line is None or b.line != line)
    removed = tuple(Removal.of(b, RULE, REASON) for b in body if b.line is not None and b.line == line)
    return best[1].wire, kept, removed
