"""The date chooser: when the rules found no published time on a plain-text page, a small
learned model reads every dated candidate (`date_candidates`) and picks the published date, or
none.

The model is a logistic regression over the features below, trained by
`tools/ingest_date_train.py` on the labelled sets' truth and shipped as `date_model.json` (its
weights, its threshold and the sets it was trained on; no page text). Its threshold was chosen
so that, scored leave-one-set-out, it wrote no date the page does not give. It only ever runs
where the rules' note is "the page states none": a today-date of the site, a relative time or a
day without a year keep their refusal. When it is unsure, the page stays a draft and its review
note says which date it saw and passed over.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from generator.ingest.date_candidates import FOOT_LINES, PROSE_LINES, TOP_LINES, Candidate, is_prose
from generator.ingest.date_words import LABELS_PUBLISHED, LABELS_UPDATED, date_words

FEATURES = (
    "bias_top", "line_top", "line_foot", "in_foot_only", "before_title", "title_line", "after_title",
    "distance_title", "no_title_line", "has_time", "date_share", "line_words", "long_line",
    "label_published", "label_updated", "duration", "reading_time", "broadcast", "weekday",
    "byline_word", "first_candidate", "rank", "candidates", "same_day_share", "latest",
    "earliest", "line_candidates", "words_before", "words_after", "list_mark", "legal", "prose_above",
)  # fmt: skip
_PUBLISHED = re.compile(rf"(?:{LABELS_PUBLISHED})", re.I)
_UPDATED = re.compile(rf"(?:{LABELS_UPDATED})", re.I)
_DURATION = re.compile(
    r"\b\d{1,2}:\d{2}:\d{2}\b|\b(?:duration|durée|dauer|duración|duração|durata|duur|length)\b"
    r"|\b\d+\s*(?:min|mins|minutes|minuten|minutos|minuti|seg|sec)\b|再生時間",
    re.I,
)
_READING = re.compile(
    r"\b(?:read|reading|lecture|lectura|lesezeit|leestijd|leitura|lettura|lesedauer)\b|読了", re.I
)
_BROADCAST = re.compile(
    r"\b(?:sendung|broadcast|aired|emisión|émission|diffusé|uitzending|trasmissione|transmissão|"
    r"episode|episodio|épisode|aflevering|folge|podcast)\b|放送",
    re.I,
)
_LEGAL = re.compile(
    r"©|\b(?:copyright|loi|law|ley|lei|gesetz|legge|wet|décret|decreto|art\.|article|artículo)\b", re.I
)
_LIST_MARK = re.compile(r"^\s*[-•*·▶►»]")
_BYLINE = re.compile(r"(?:^|\s)(?:by|von|par|por|door|di|da|de|por:|von:)\s+[A-ZÀ-Þ]", re.U)


@dataclass(frozen=True)
class DateModel:
    """The chooser's weights (in `FEATURES` order), intercept and threshold."""

    weights: tuple[float, ...]
    intercept: float
    threshold: float

    def probability(self, row: tuple[float, ...]) -> float:
        score = self.intercept + sum(w * x for w, x in zip(self.weights, row, strict=True))
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, score))))


@cache
def packaged() -> DateModel:
    """The model shipped with ingest (`date_model.json`)."""
    data = json.loads(resources.files("generator.ingest").joinpath("date_model.json").read_text("utf-8"))
    if tuple(data["features"]) != FEATURES:
        raise ValueError("date_model.json: features differ from date_model.FEATURES; retrain it")
    return DateModel(
        tuple(float(w) for w in data["weights"]), float(data["intercept"]), float(data["threshold"])
    )


def rows(
    found: list[Candidate], lines: list[str], title_line: int | None, language: str
) -> list[tuple[float, ...]]:
    """One feature row per candidate, in `FEATURES` order."""
    words = date_words(language, "en")
    days = [c.stamp.when.date() for c in found]
    count = len(lines)
    prose_before = [0]  # lines of text above each line
    for line in lines[:TOP_LINES]:
        prose_before.append(prose_before[-1] + is_prose(line))
    result: list[tuple[float, ...]] = []
    for rank, cand in enumerate(found):
        line = lines[cand.line]
        around = line[max(0, cand.start - 60) : cand.end + 60]
        before = line[max(0, cand.start - 60) : cand.start]
        tokens = re.findall(r"[^\W\d_]+", around)
        top = cand.line < TOP_LINES
        relative = None if title_line is None else cand.line - title_line
        row = (
            1.0 if top else 0.0,
            min(cand.line, TOP_LINES) / TOP_LINES,
            min(count - 1 - cand.line, FOOT_LINES) / FOOT_LINES,
            0.0 if top else 1.0,
            1.0 if relative is not None and relative < 0 else 0.0,
            1.0 if relative == 0 else 0.0,
            1.0 if relative is not None and relative > 0 else 0.0,
            min(abs(relative), 10) / 10 if relative is not None else 1.0,
            1.0 if title_line is None else 0.0,
            1.0 if cand.stamp.has_time else 0.0,
            len(cand.text) / max(1, len(line.strip())),
            min(len(line.split()), 60) / 60,
            1.0 if len(line) > 300 else 0.0,
            1.0 if _PUBLISHED.search(before) else 0.0,
            1.0 if _UPDATED.search(before) else 0.0,
            1.0 if _DURATION.search(around.replace(cand.text, " ")) else 0.0,
            1.0 if _READING.search(around) else 0.0,
            1.0 if _BROADCAST.search(line) else 0.0,
            1.0 if any(words.is_weekday(t) for t in tokens) else 0.0,
            1.0 if _BYLINE.search(line) else 0.0,
            1.0 if rank == 0 else 0.0,
            rank / len(found),
            min(len(found), 10) / 10,
            days.count(days[rank]) / len(found),
            1.0 if days[rank] == max(days) else 0.0,
            1.0 if days[rank] == min(days) else 0.0,
            min(sum(1 for c in found if c.line == cand.line), 5) / 5,
            min(len(line[: cand.start].split()), 20) / 20,
            min(len(line[cand.end :].split()), 20) / 20,
            1.0 if _LIST_MARK.match(line) else 0.0,
            1.0 if _LEGAL.search(line) else 0.0,
            min(prose_before[min(cand.line, len(prose_before) - 1)], PROSE_LINES) / PROSE_LINES,
        )
        result.append(row)
    return result
