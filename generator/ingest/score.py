"""Score ingest against fixtures: `python -m generator.ingest.score [FIXTURES_DIR]`.

A fixture is a folder holding `raw.txt`, `raw.html` or `raw.htm`, the `expected.md` article, and
optionally `options.yaml` with the flags an editor would pass (`outlet`, `title`, `url`,
`published`, `id`), or the same side by side as `<name>.txt`, `<name>.expected.md` and
`<name>.options.yaml`; without an `outlet` option the expected file's outlet is passed, as an editor
knows which site a page came from. Outlets come from FIXTURES_DIR/site.yaml, else ./site.yaml.

Figures: body precision/recall/F1 over word tokens; paragraph recall (expected blocks found
verbatim); leaks (produced blocks carrying text that is not in the expected body); title,
published instant and author accuracy; and the other fields (url, updated, via, dateline, dek,
kind, paywalled).
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

import yaml

from generator.errors import BriefingError
from generator.ingest.model import IngestFailure, Request
from generator.ingest.pipeline import Source, ingest
from generator.ingest.shapes import norm
from generator.ingest.writer import render
from generator.load.articles import split_front_matter
from generator.load.config import load_config
from generator.load.dates import now
from generator.model.site import Outlet, SiteConfig
from generator.model.wires import Registry

DEFAULT_FIXTURES = Path("tests/ingest/fixtures")
RAW_NAMES = ("raw.txt", "raw.html", "raw.htm")
RAW_SUFFIXES = (".txt", ".html", ".htm")
OTHER_FIELDS = ("url", "updated", "via", "dateline", "dek", "kind", "paywalled")
_MARKER = re.compile(r"^(?:#{1,6}\s+|[-*+]\s+|\d{1,9}[.)]\s+|>\s?)")


@dataclass(frozen=True)
class Fixture:
    """One raw page, the article expected from it, and the editor's options."""

    name: str
    raw: Path
    expected: str
    options: dict[str, Any]


@dataclass(frozen=True)
class Score:
    """How one produced article compares with the expected one."""

    name: str
    overlap: int
    produced_tokens: int
    expected_tokens: int
    paragraphs_found: int
    paragraphs_expected: int
    leaks: tuple[str, ...]
    title: bool
    published: bool | None
    authors: bool
    other_right: int
    other_total: int
    failure: str | None = None

    @property
    def precision(self) -> float:
        return self.overlap / self.produced_tokens if self.produced_tokens else 0.0

    @property
    def recall(self) -> float:
        return self.overlap / self.expected_tokens if self.expected_tokens else 1.0

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)


def load_fixtures(directory: Path) -> list[Fixture]:
    """Every fixture under `directory`, by name: folders `<name>/raw.txt` + `expected.md`
    (+ `options.yaml`), or side by side `<name>.txt` + `<name>.expected.md` (+ `<name>.options.yaml`)."""
    fixtures = []
    for path in sorted(directory.iterdir()):
        if path.is_dir():
            raw = next((path / n for n in RAW_NAMES if (path / n).is_file()), None)
            name, expected, options = path.name, path / "expected.md", path / "options.yaml"
        elif path.suffix in RAW_SUFFIXES:
            raw, name = path, path.stem
            expected, options = path.with_suffix(".expected.md"), path.with_suffix(".options.yaml")
        else:
            continue
        if raw is None or not expected.is_file():
            continue
        given = yaml.safe_load(options.read_text(encoding="utf-8")) if options.is_file() else None
        fixtures.append(Fixture(name, raw, expected.read_text(encoding="utf-8"), given or {}))
    return fixtures


def produce(fixture: Fixture, config: SiteConfig, wires: Registry) -> str:
    """The article text ingest makes of the fixture's raw page (IngestFailure when it cannot)."""
    expected_front, _ = parse_article(fixture.expected)
    options = fixture.options
    outlet = str(options.get("outlet") or expected_front.get("outlet") or "")
    if outlet and outlet not in config.outlets:
        config = replace(config, outlets={**config.outlets, outlet: Outlet(slug=outlet, name=outlet)})
    request = Request(
        outlet=outlet or None,
        url=options.get("url"),
        title=options.get("title"),
        published=None if options.get("published") is None else str(options["published"]),
        article_id=options.get("id"),
    )
    text = fixture.raw.read_text(encoding="utf-8-sig")
    source = Source(str(fixture.raw), text, fixture.raw.suffix != ".txt")
    draft = ingest(source, request, config, now(), wires)
    return render(draft)


def parse_article(text: str) -> tuple[dict[str, Any], list[str]]:
    """Front matter and body blocks (Markdown markers stripped) of an article file."""
    parts = split_front_matter(text)
    if parts is None:
        return {}, _blocks(text)
    front, body, _ = parts
    data = yaml.safe_load(front) or {}
    return (data if isinstance(data, dict) else {}), _blocks(body)


def _blocks(body: str) -> list[str]:
    blocks = []
    for line in body.split("\n"):
        text = _MARKER.sub("", line.strip()).strip().removeprefix("\\")
        if text:
            blocks.append(text)
    return blocks


def compare(name: str, expected_text: str, produced_text: str) -> Score:
    """Score a produced article file against the expected one."""
    expected, expected_blocks = parse_article(expected_text)
    produced, produced_blocks = parse_article(produced_text)
    want, got = _tokens(expected_blocks), _tokens(produced_blocks)
    found = {norm(b) for b in produced_blocks}
    whole = norm(" ".join(expected_blocks))
    others = [
        f for f in OTHER_FIELDS if expected.get(f) not in (None, "") or produced.get(f) not in (None, "")
    ]
    return Score(
        name=name,
        overlap=sum((want & got).values()),
        produced_tokens=sum(got.values()),
        expected_tokens=sum(want.values()),
        paragraphs_found=sum(1 for b in expected_blocks if norm(b) in found),
        paragraphs_expected=len(expected_blocks),
        leaks=tuple(b for b in produced_blocks if norm(b) not in whole),
        title=norm(str(expected.get("title", ""))) == norm(str(produced.get("title", ""))),
        published=None
        if not expected.get("published")
        else _same_instant(expected["published"], produced.get("published")),
        authors=_names(expected.get("authors")) == _names(produced.get("authors")),
        other_right=sum(1 for f in others if _same(f, expected.get(f), produced.get(f))),
        other_total=len(others),
    )


def failed(name: str, expected_text: str, reason: str) -> Score:
    """The score of a fixture that could not be ingested at all."""
    expected, blocks = parse_article(expected_text)
    return Score(
        name,
        0,
        0,
        sum(_tokens(blocks).values()),
        0,
        len(blocks),
        (),
        False,
        None if not expected.get("published") else False,
        False,
        0,
        sum(1 for f in OTHER_FIELDS if expected.get(f) not in (None, "")),
        reason,
    )


def _tokens(blocks: list[str]) -> Counter[str]:
    return Counter(re.findall(r"\w+", " ".join(blocks).casefold()))


def _same_instant(expected: Any, produced: Any) -> bool:
    try:
        a, b = datetime.fromisoformat(str(expected)), datetime.fromisoformat(str(produced))
    except ValueError:
        return False
    return a.tzinfo is not None and b.tzinfo is not None and a == b


def _names(value: Any) -> set[str]:
    return {norm(str(v)) for v in value} if isinstance(value, list) else set()


def _same(field: str, expected: Any, produced: Any) -> bool:
    if field == "updated":
        return (expected is None and produced is None) or _same_instant(expected, produced)
    return norm(str(expected or "")) == norm(str(produced or ""))


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def score_all(directory: Path, config: SiteConfig, wires: Registry) -> list[Score]:
    """Ingest and score every fixture under `directory`."""
    scores = []
    for fixture in load_fixtures(directory):
        try:
            scores.append(compare(fixture.name, fixture.expected, produce(fixture, config, wires)))
        except IngestFailure as exc:
            scores.append(failed(fixture.name, fixture.expected, str(exc)))
    return scores


def table(scores: list[Score]) -> str:
    """The per-fixture table and the totals, as printed."""
    width = max([len(s.name) for s in scores] + [7])
    mark = {True: "ok", False: "WRONG", None: "-"}
    lines = [f"{'fixture':<{width}}  {'P':>5} {'R':>5} {'F1':>5}  paras  leaks  title  date   authors  other"]
    for s in scores:
        lines.append(
            f"{s.name:<{width}}  {s.precision:5.3f} {s.recall:5.3f} {s.f1:5.3f}  "
            f"{s.paragraphs_found:>2}/{s.paragraphs_expected:<2}  {len(s.leaks):>5}  {mark[s.title]:<5}  "
            f"{mark[s.published]:<5}  {mark[s.authors]:<7}  {s.other_right}/{s.other_total}"
            + (f"  FAILED: {s.failure}" if s.failure else "")
        )
        lines.extend(f"{'':<{width}}  leak: {leak[:90]}" for leak in s.leaks)
    lines.append("")
    lines.extend(totals(scores))
    return "\n".join(lines) + "\n"


def totals(scores: list[Score]) -> list[str]:
    """The summary figures over all fixtures."""
    overlap = sum(s.overlap for s in scores)
    precision = overlap / max(1, sum(s.produced_tokens for s in scores))
    recall = overlap / max(1, sum(s.expected_tokens for s in scores))
    dated = [s for s in scores if s.published is not None]
    n = len(scores)
    return [
        f"fixtures: {n}",
        f"body F1: {_f1(precision, recall):.3f} (precision {precision:.3f}, recall {recall:.3f}; "
        f"mean per page {sum(s.f1 for s in scores) / max(1, n):.3f})",
        f"paragraph recall: {sum(s.paragraphs_found for s in scores)}/"
        f"{sum(s.paragraphs_expected for s in scores)}",
        f"boilerplate leaks: {sum(len(s.leaks) for s in scores)}",
        f"title accuracy: {sum(s.title for s in scores)}/{n}",
        f"published accuracy: {sum(1 for s in dated if s.published)}/{len(dated)} (same instant)",
        f"author accuracy: {sum(s.authors for s in scores)}/{n}",
        f"other fields: {sum(s.other_right for s in scores)}/{sum(s.other_total for s in scores)}",
        f"failed: {sum(1 for s in scores if s.failure)}",
    ]


def main(argv: list[str] | None = None) -> int:
    """Print the table for the fixtures folder given (default tests/ingest/fixtures)."""
    args = sys.argv[1:] if argv is None else argv
    directory = Path(args[0]) if args else DEFAULT_FIXTURES
    if not directory.is_dir():
        print(f"no fixtures folder at {directory}", file=sys.stderr)
        return 2
    root = directory if (directory / "site.yaml").is_file() else Path(".")
    try:
        config = load_config(root)
        wires = config.wires
    except BriefingError as exc:
        print(f"cannot read {root / 'site.yaml'}: {exc}", file=sys.stderr)
        return 2
    print(table(score_all(directory, config, wires)), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
