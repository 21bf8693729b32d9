"""`make ingest-bench`: body F1 of `briefing ingest` on the article-extraction benchmark's pages.

    python -m tools.ingest_bench [BENCH_DIR] [--verbose]

BENCH_DIR holds `html/<key>.html.gz` and `ground-truth.json` (`{key: {"articleBody", "url"}}`);
default `$INGEST_BENCH`, else `../shared/benchmarks/article-extraction` from the project root.
Each page is unpacked into a scratch folder and ingested by the real command with what a user
would give (`--outlet`, the page's host listed in a scratch `site.yaml`, and `--url`); the body
of the article file written is scored with the benchmark's metric (`tools.ingest_metric`). A
page the command refuses counts as an empty body. The pages are never copied into the project.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from generator.model.site import Outlet
from tools.ingest_metric import Match, article_body, as_evaluate_py, match, summarise
from tools.ingest_runner import home, make_project, outlet_slug, run_ingest

DEFAULT_BENCH = Path("..") / "shared" / "benchmarks" / "article-extraction"


@dataclass(frozen=True)
class PageResult:
    """One benchmark page: its key, the body match, and why nothing was written (if so)."""

    key: str
    match: Match
    refusal: str | None
    problems: tuple[str, ...]
    blocked: str | None = None  # with --dry-run: why the command would not write the article


def load_truth(bench: Path) -> dict[str, dict[str, str]]:
    """The ground truth, every page of it checked to have its HTML file."""
    truth_file = bench / "ground-truth.json"
    if not truth_file.is_file():
        raise ValueError(f"{bench}: no ground-truth.json here (pass the benchmark folder)")
    truth: dict[str, dict[str, str]] = json.loads(truth_file.read_text(encoding="utf-8"))
    missing = [key for key in truth if not (bench / "html" / f"{key}.html.gz").is_file()]
    if missing:
        raise ValueError(f"{bench}/html: {len(missing)} page(s) missing, e.g. {missing[0]}.html.gz")
    return truth


def run(bench: Path, scratch: Path, dry_run: bool = False) -> list[PageResult]:
    """Ingest and score every page of the benchmark, in key order (with `dry_run`, the article
    `--dry-run` prints, also for a page the command would not write: a diagnosis)."""
    truth = load_truth(bench)
    slugs = {outlet_slug(page["url"]): home(page["url"]) for page in truth.values()}
    outlets = [Outlet(slug, slug, url, timezone="UTC") for slug, url in slugs.items()]
    project = make_project(scratch / "project", outlets)
    pages = scratch / "pages"
    pages.mkdir()
    results = []
    for key in sorted(truth):
        html = pages / f"{key}.html"
        html.write_bytes(gzip.decompress((bench / "html" / f"{key}.html.gz").read_bytes()))
        url = truth[key]["url"]
        outcome = run_ingest(project, html, ["--outlet", outlet_slug(url), "--url", url], dry_run)
        body = article_body(outcome.article) if outcome.article is not None else ""
        results.append(
            PageResult(
                key,
                match(truth[key].get("articleBody", ""), body),
                outcome.refusal,
                outcome.problems if outcome.article is not None else (),
                outcome.blocked if dry_run else None,
            )
        )
        html.unlink()
    return results


def report(results: list[PageResult], seconds: float, verbose: bool) -> str:
    """The figures as printed: body F1, precision, recall, failures and why; pages if asked."""
    matches = [r.match for r in results]
    total = summarise(matches)
    lines = []
    if verbose:
        lines.append(f"{'page':<16} {'P':>5} {'R':>5} {'F1':>5}  note")
        for r in results:
            note = f"REFUSED: {r.refusal}" if r.refusal else ("; ".join(r.problems)[:100])
            p, rc = r.match.precision, r.match.recall
            lines.append(f"{r.key[:16]:<16} {p or 0:5.3f} {rc or 0:5.3f} {r.match.f1:5.3f}  {note}")
        lines.append("")
    refused = [r for r in results if r.refusal]
    empty = [r for r in results if not r.refusal and r.match.empty_prediction]
    lines += [
        f"pages: {len(results)} ({seconds:.0f} s)",
        f"body F1: {total.f1:.3f} (precision {total.precision:.3f}, recall {total.recall:.3f})",
        f"refused (nothing written, scored 0): {len(refused)}",
    ]
    reasons = Counter(_reason(r.refusal) for r in refused if r.refusal)
    lines += [f"  {count} x {reason}" for reason, count in reasons.most_common()]
    if refused:
        written = summarise([r.match for r in results if not r.refusal])
        lines.append(
            f"body F1 on the {written.pages} pages written: {written.f1:.3f} "
            f"(precision {written.precision:.3f}, recall {written.recall:.3f})"
        )
    if empty:
        lines.append(f"written with an empty body (scored 0): {len(empty)}")
    blocked = Counter(_reason(r.blocked) for r in results if r.blocked)
    if blocked:
        lines.append(f"would not write (dry run): {sum(blocked.values())}")
        lines += [f"  {count} x {reason}" for reason, count in blocked.most_common()]
    flagged = [r for r in results if r.problems]
    if flagged:
        lines.append(f"written, with problems reported by validation: {len(flagged)}")
    if refused or empty:
        exact = as_evaluate_py(matches)
        lines.append(
            f"(the benchmark's evaluate.py, empty bodies left out of precision: F1 {exact.f1:.3f}, "
            f"precision {exact.precision:.3f}, recall {exact.recall:.3f})"
        )
    return "\n".join(lines) + "\n"


def _reason(message: str) -> str:
    """A refusal without the page's path, so the same reason on several pages counts once."""
    _, sep, rest = message.partition(".html: ")
    return rest if sep else message


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "bench",
        nargs="?",
        type=Path,
        default=Path(os.environ.get("INGEST_BENCH") or DEFAULT_BENCH),
        help="the benchmark folder (default $INGEST_BENCH, else ../shared/benchmarks/article-extraction)",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="print each page's scores")
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help="diagnosis: score the article `ingest --dry-run` prints, also for pages it would refuse",
    )
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        with tempfile.TemporaryDirectory(prefix="ingest-bench-") as scratch:
            results = run(args.bench, Path(scratch), args.dry_run)
    except ValueError as exc:
        print(f"ingest-bench: {exc}", file=sys.stderr)
        return 2
    if args.dry_run:
        print("(dry run: every article the command printed is scored, written or not)")
    print(report(results, time.perf_counter() - started, args.verbose), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
