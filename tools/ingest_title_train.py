"""Train ingest's title chooser (`generator/ingest/title_model.py`) on labelled plain-text sets.

    python -m tools.ingest_title_train SET_FOLDER... [--out generator/ingest/title_model.json]
        [--dump FILE.pkl] [--load FILE.pkl] [--no-write]

The sets are read as `tools.ingest_train` reads them (the rules, then the line model shipped with
ingest: the title so far is the one the pipeline writes today). Each candidate line
(`title_model.candidates`) is labelled 1 when its text is the truth's title as the scorer compares
them. Validation is leave-one-set-out: for each set, the trees are fitted on the other sets and rate
its candidates. A held-out set's titles are then chosen with the threshold and margin that did
best on the other sets' held-out ratings (`settle`: titles fixed net of twice those broken), so
no set's own outcome chooses how it is judged; the titles fixed and broken are printed per set.
The shipped threshold and margin are chosen the same way on every set's held-out ratings. A
threshold and margin that would change a right title of the plain-text fixtures (tests/ingest/
fixtures, rated by the same trees) are never chosen.
Then the shipped model is fitted on all sets and records their names. Same
inputs, same model: the trees use a fixed seed. The model file holds no page text.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from generator.ingest.line_features import page_features
from generator.ingest.line_model import Ensemble, packaged
from generator.ingest.model import Block, Request
from generator.ingest.pipeline import Source, by_rules, with_model
from generator.ingest.score import DEFAULT_FIXTURES, load_fixtures, parse_article
from generator.ingest.text_rules import line_rules
from generator.ingest.title_model import MODEL_FILE, TitleModel, candidates, pick
from generator.load.config import load_config
from generator.load.dates import now
from tools.ingest_plain import _norm
from tools.ingest_runner import make_project
from tools.ingest_train import _sklearn_missing, fit_ensemble, read_sets

TREES = 150  # the line model's depth, rate and seed (`ingest_train.fit_ensemble`), more trees
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)  # how sure of its line the chooser must be,
MARGINS = (0.1, 0.2, 0.3, 0.5)  # how much lower it must rate the current title's line (never 0)
FIXTURES_SET = "fixtures"


@dataclass(frozen=True)
class TitlePage:
    """One page's candidates as the chooser sees them: everything `choose` needs, and the truth."""

    set_name: str
    page_id: str
    truth: str
    current: str
    texts: tuple[str, ...]  # the candidates' lines, for scoring only (never written to the model)
    rows: tuple[tuple[float, ...], ...]
    labels: tuple[int, ...]

    @property
    def key(self) -> str:
        return f"{self.set_name}/{self.page_id}"


def read_pages(folders: Sequence[Path]) -> list[TitlePage]:
    """Every page of the sets, with the pipeline's title and its candidates."""
    lines = packaged()
    found = []
    with tempfile.TemporaryDirectory() as scratch:
        wires = load_config(make_project(Path(scratch) / "all", [])).wires
        for page in read_sets(folders, Path(scratch)):
            draft = with_model(page.ruled, lines, wires)
            title = draft.metadata.title
            cands = candidates(page.ruled.page, page.rows, title, page.truth.url, lines)
            found.append(
                title_page(page.set_name, page.truth.id, page.truth.title, title, page.ruled.page, cands)
            )
    return found


def title_page(
    set_name: str,
    page_id: str,
    truth: str,
    title: str,
    lines: Sequence[Block],
    cands: Sequence[tuple[int, list[float]]],
) -> TitlePage:
    """A page's candidates (`cands`: line index and features) with the true title, normalised."""
    texts = tuple(lines[i].text for i, _ in cands)
    wanted = _norm(truth)
    return TitlePage(
        set_name,
        page_id,
        wanted,
        _norm(title),
        texts,
        tuple(tuple(row) for _, row in cands),
        tuple(int(_norm(t) == wanted) for t in texts),
    )


def fixture_pages(directory: Path = DEFAULT_FIXTURES) -> list[TitlePage]:
    """The plain-text fixtures the editor gave no title (each a requirement: the chooser may
    change none of their titles), as the chooser sees them."""
    config = load_config(directory)
    lines = packaged()
    found = []
    for fixture in load_fixtures(directory):
        front, _ = parse_article(fixture.expected)
        options = fixture.options
        outlet = str(options.get("outlet") or front.get("outlet") or "")
        if fixture.raw.suffix != ".txt" or options.get("title") or outlet not in config.outlets:
            continue
        request = Request(outlet=outlet, url=options.get("url"))
        source = Source(str(fixture.raw), fixture.raw.read_text(encoding="utf-8-sig"), is_html=False)
        ruled = by_rules(source, request, config, now(), config.wires)
        rows = page_features(ruled.page, ruled.facts, line_rules(config.wires))
        title = with_model(ruled, lines, config.wires).metadata.title
        cands = candidates(ruled.page, rows, title, request.url, lines)
        found.append(
            title_page(FIXTURES_SET, fixture.name, str(front.get("title", "")), title, ruled.page, cands)
        )
    return found


def rate(ensemble: Ensemble, pages: Sequence[TitlePage]) -> dict[str, list[float]]:
    """Each page's candidates rated by `ensemble`, by page."""
    return {page.key: [ensemble.probability(list(row)) for row in page.rows] for page in pages}


def fit(pages: Sequence[TitlePage]) -> Ensemble:
    """Boosted trees on the candidates of `pages` (`ingest_train.fit_ensemble`: fixed seed), as
    a plain-Python `Ensemble`."""
    rows = [list(r) for p in pages for r in p.rows]
    return fit_ensemble(rows, [y for p in pages for y in p.labels], TREES)


def decide(page: TitlePage, rated: Sequence[float], threshold: float, margin: float) -> str:
    """The title the chooser leaves on `page`, given its candidates' probabilities `rated`."""
    best = pick(rated, page.rows, threshold, margin)
    return page.current if best is None else _norm(page.texts[best])


def outcome(
    pages: Sequence[TitlePage], held: dict[str, list[float]], threshold: float, margin: float
) -> tuple[int, int]:
    """Titles (fixed, broken) over `pages` with the out-of-set probabilities `held` (by page)."""
    fixed = broken = 0
    for page in pages:
        title = decide(page, held[page.key], threshold, margin)
        fixed += page.current != page.truth and title == page.truth
        broken += page.current == page.truth and title != page.truth
    return fixed, broken


def settle(
    pages: Sequence[TitlePage],
    held: dict[str, list[float]],
    guard: Sequence[TitlePage],
    guarded: dict[str, list[float]],
) -> tuple[float, float]:
    """The threshold and margin that fix most titles net of twice those they break on `pages`;
    of equals, the surest (highest threshold, then margin). A choice that breaks a title of the
    `guard` pages (the fixtures, rated `guarded`) is refused."""

    def gain(choice: tuple[float, float]) -> tuple[int, float, float]:
        fixed, broken = outcome(pages, held, *choice)
        return fixed - 2 * broken, choice[0], choice[1]

    allowed = [(t, m) for t in THRESHOLDS for m in MARGINS if outcome(guard, guarded, t, m)[1] == 0]
    return max(allowed or [(1.0, 1.0)], key=gain)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="ingest_title_train", description=(__doc__ or "").split("\n")[0])
    parser.add_argument("sets", nargs="*", type=Path)
    parser.add_argument("--out", type=Path, default=MODEL_FILE)
    parser.add_argument("--dump", type=Path, help="save the pages read (for another run's --load)")
    parser.add_argument("--load", type=Path, help="pages saved by --dump instead of the sets")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args(argv)
    missing = _sklearn_missing()
    if missing:
        print(missing, file=sys.stderr)
        return 2
    pages: list[TitlePage] = pickle.loads(args.load.read_bytes()) if args.load else read_pages(args.sets)
    if args.dump:
        args.dump.write_bytes(pickle.dumps(pages))
    names = sorted({p.set_name for p in pages})
    guard = fixture_pages()
    held: dict[str, list[float]] = {}
    guarded: dict[str, dict[str, list[float]]] = {}
    for name in names:  # every page's candidates rated by trees that never saw its set
        ensemble = fit([p for p in pages if p.set_name != name])
        held.update(rate(ensemble, [p for p in pages if p.set_name == name]))
        guarded[name] = rate(ensemble, guard)
    print(
        "held out          pages  before  after  fixed  broken  threshold  margin (chosen on the other sets)"
    )
    total_fixed = total_broken = 0
    for name in names:
        test = [p for p in pages if p.set_name == name]
        threshold, margin = settle([p for p in pages if p.set_name != name], held, guard, guarded[name])
        fixed, broken = outcome(test, held, threshold, margin)
        before = sum(p.current == p.truth for p in test)
        total_fixed, total_broken = total_fixed + fixed, total_broken + broken
        print(
            f"{name:<17} {len(test):>5}  {before:>6}  {before + fixed - broken:>5}  {fixed:>5}  {broken:>6}"
            f"  {threshold:>9}  {margin:>6}"
        )
        for page in test:
            title = decide(page, held[page.key], threshold, margin)
            if title != page.current:
                verdict = (
                    "fixed"
                    if title == page.truth
                    else "broken"
                    if page.current == page.truth
                    else "still wrong"
                )
                print(f"    {page.page_id}: {verdict}")
    print(f"all sets held out in turn: fixed {total_fixed}, broken {total_broken}")
    shipped = fit(pages)
    threshold, margin = settle(pages, held, guard, rate(shipped, guard))
    print(f"shipped: threshold {threshold}, margin {margin} (chosen on every set held out)")
    if not args.no_write:
        model = TitleModel(shipped, threshold, margin, tuple(names))
        text = json.dumps(model.as_json(), separators=(",", ":"))
        args.out.write_text(text + "\n", encoding="utf-8")
        print(f"wrote {args.out} ({len(model.ensemble.trees)} trees, trained on {', '.join(names)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
