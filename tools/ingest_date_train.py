"""Train ingest's date chooser (generator/ingest/date_model.json) on labelled plain-text sets.

    python -m tools.ingest_date_train SET_FOLDER... [--write]

Each folder is a set as `tools.ingest_plain` reads it (`<id>.txt` + `<id>.truth.json`). Every
page is ingested by the current code; each dated candidate (`date_candidates`) is labelled
right when writing it would score 'right' against the truth's `published`. The tool prints a
leave-one-set-out table (train on all sets but one, score the one left out) over the pages the
rules leave undated with "the page states none", then sets the threshold MARGIN above the highest
held-out probability of any wrong candidate on those pages (not only of the page's best one: a
wrong date the model would take were it the only one printed), so the held-out predictions invent
no date, and with `--write` fits on all sets and writes the model with that threshold. Needs
the `train` extra (scikit-learn).
"""

from __future__ import annotations

import argparse
import json
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from generator.ingest import pipeline
from generator.ingest.date_candidates import Candidate, candidates
from generator.ingest.date_choice import STATES_NONE
from generator.ingest.date_model import FEATURES, rows
from generator.ingest.dates import DateContext
from generator.ingest.line_features import line_key
from generator.ingest.model import Draft
from generator.ingest.pipeline import MONTH_FIRST_COUNTRIES
from generator.ingest.text_blocks import split_text
from tools.ingest_plain import Produced, Truth, load_set, published_verdict
from tools.ingest_runner import make_project, run_ingest

MODEL = Path(__file__).resolve().parent.parent / "generator" / "ingest" / "date_model.json"
MARGIN = 0.05  # above the highest held-out probability of a wrong candidate


@dataclass(frozen=True)
class Page:
    """One labelled page: its set, what the rules wrote, its candidates with rows and labels."""

    set_name: str
    id: str
    truth: str | None
    ruled: str | None  # the published time the rules wrote
    open_to_model: bool  # the rules' note is "the page states none"
    found: list[Candidate]
    rows: list[tuple[float, ...]]
    labels: list[bool]


def context_of(truth: Truth) -> DateContext:
    language = (truth.outlet.language or "en").split("-")[0].lower()
    day_first = (truth.outlet.country or "").casefold() not in MONTH_FIRST_COUNTRIES
    tz = ZoneInfo(truth.outlet.timezone or "UTC")
    return DateContext(tz=tz, reference=datetime.now(tz), day_first=day_first, language=language)


def title_line(lines: list[str], title: str) -> int | None:
    key = line_key(title)
    return next((i for i, line in enumerate(lines) if key and line_key(line) == key), None)


def load_pages(folder: Path, name: str, scratch: Path) -> list[Page]:
    truths = load_set(folder)
    project = make_project(scratch / name, {t.outlet.slug: t.outlet for t in truths}.values())
    pages = []
    for truth in truths:
        outcome = run_ingest(project, truth.page, ["--outlet", truth.outlet.slug, "--url", truth.url])
        article = outcome.article or ""
        produced = Produced.from_article(article) if outcome.article else None
        lines = [b.text for b in split_text(truth.page.read_text(encoding="utf-8"))]
        context = context_of(truth)
        found = candidates(lines, context)
        where = title_line(lines, produced.title) if produced else None
        labels = [published_verdict(truth.published, c.stamp.when.isoformat()) == "right" for c in found]
        pages.append(
            Page(
                name,
                truth.id,
                truth.published,
                produced.published if produced else None,
                STATES_NONE in article,
                found,
                rows(found, lines, where, context.language),
                labels,
            )
        )
    return pages


def _rules_only(draft: Draft, *_: object) -> Draft:
    """The chooser's stand-in while labelling: the rules' draft as it is."""
    return draft


def fit(pages: list[Page]):  # type: ignore[no-untyped-def,unused-ignore]
    from sklearn.linear_model import LogisticRegression

    x = [r for p in pages for r in p.rows]
    y = [int(label) for p in pages for label in p.labels]
    return LogisticRegression(C=1.0, max_iter=2000).fit(x, y)


def best(model, page: Page) -> tuple[float, Candidate | None]:  # type: ignore[no-untyped-def,unused-ignore]
    if not page.rows:
        return 0.0, None
    probs = model.predict_proba(page.rows)[:, 1]
    index = max(range(len(probs)), key=lambda i: probs[i])
    return float(probs[index]), page.found[index]


def verdict(page: Page, choice: Candidate | None) -> str:
    written = page.ruled
    if written is None and page.open_to_model and choice is not None:
        written = choice.stamp.when.isoformat()
    return published_verdict(page.truth, written)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--margins", action="store_true", help="held-out probabilities of the picks")
    args = parser.parse_args(argv)
    names = [f"{f.parent.name}/{f.name}" if f.name in ("dev", "heldout") else f.name for f in args.folders]
    pipeline.with_chosen_date = _rules_only  # type: ignore[assignment]
    # label against what the rules alone write
    with tempfile.TemporaryDirectory() as scratch:
        pages = [p for f, n in zip(args.folders, names, strict=True) for p in load_pages(f, n, Path(scratch))]
    sets = sorted({n.split("/")[0] for n in names})
    held: list[tuple[Page, float, Candidate | None]] = []
    invented_at: list[float] = []
    for left in sets:
        model = fit([p for p in pages if p.set_name.split("/")[0] != left])
        out = [p for p in pages if p.set_name.split("/")[0] == left]
        held += [(p, *best(model, p)) for p in out]
        for p in (p for p in out if p.rows and p.ruled is None and p.open_to_model):
            probs = model.predict_proba(p.rows)[:, 1]
            invented_at += [
                float(pr) for pr, c in zip(probs, p.found, strict=True) if verdict(p, c) != "right"
            ]
    threshold = round(max(invented_at, default=0.5) + MARGIN, 3)
    if args.margins:
        for p, prob, c in sorted(held, key=lambda h: -h[1]):
            if c and p.ruled is None and p.open_to_model and prob > 0.2:
                print(f"  {prob:.3f} {verdict(p, c)} {p.set_name} {p.id} truth={p.truth} picked={c.text!r}")
    worst = max(invented_at, default=0.0)
    print(f"threshold {threshold} (highest held-out probability of a wrong candidate: {worst:.3f})")
    print("set              pages  dated  rules right/invented  chooser right/invented  (open pages)")
    for left in sets:
        group = [(p, prob, c) for p, prob, c in held if p.set_name.split("/")[0] == left]
        before = [published_verdict(p.truth, p.ruled) for p, _, _ in group]
        after = [verdict(p, c if prob >= threshold else None) for p, prob, c in group]
        dated = [p.truth is not None for p, _, _ in group]
        opened = sum(p.ruled is None and p.open_to_model for p, _, _ in group)
        right_before = sum(v == "right" and d for v, d in zip(before, dated, strict=True))
        right_after = sum(v == "right" and d for v, d in zip(after, dated, strict=True))
        print(
            f"{left:<16} {len(group):>5}  {sum(dated):>5}  {right_before:>5} / {before.count('invented')}"
            f"              {right_after:>5} / {after.count('invented')}              ({opened})"
        )
    if args.write:
        model = fit(pages)
        data = {
            "features": list(FEATURES),
            "weights": [round(float(w), 6) for w in model.coef_[0]],
            "intercept": round(float(model.intercept_[0]), 6),
            "threshold": threshold,
            "trained_on": {n: sum(p.set_name == n for p in pages) for n in names},
        }
        MODEL.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {MODEL}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
