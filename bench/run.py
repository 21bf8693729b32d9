"""The benchmark: `make bench N=1000` builds a generated corpus in each scenario and reports.

Scenarios: cold build (no output, no caches), warm rebuild with nothing changed, and rebuilds
after editing one briefing, one article, one template and `site.yaml`. Each is run several times
in a fresh process; the table shows medians of wall time, CPU time (the build and every process
it started), pages written, pages per second, the peak RSS of the largest process and the peak
of the whole process tree's summed PSS. The same figures are written as JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from bench.corpus import REPO, use_project_templates, write_corpus
from bench.tree import TreePeak

SUMMARY = re.compile(r"Built (\d+) pages")
RENDERED = re.compile(r"(\d+) pages rendered")


def run_build(root: Path, *flags: str) -> dict[str, float]:
    """One build in a fresh process: wall seconds, CPU seconds (user and system, of the build
    and every process it started), pages, the peak RSS in MB of its largest process (as
    `wait4` reports it) and the peak of its whole process tree's summed PSS (see `tree`)."""
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "generator", "build", "--root", str(root), *flags],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    sampled = TreePeak(process.pid)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    tree_mb = sampled.stop()
    err = process.stderr.read() if process.stderr else ""
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"build failed:\n{err}")
    match = SUMMARY.search(err)
    rendered = RENDERED.search(err)
    return {
        "seconds": wall,
        "cpu_seconds": usage.ru_utime + usage.ru_stime,
        "pages": float(match.group(1)) if match else 0.0,
        "rendered": float(rendered.group(1)) if rendered else 0.0,
        "rss_mb": usage.ru_maxrss / 1024,
        "tree_mb": tree_mb,
    }


def clean(root: Path) -> None:
    for name in ("output", ".cache"):
        shutil.rmtree(root / name, ignore_errors=True)


def edit(path: Path, old: str, new: str) -> Callable[[], None]:
    """Edit a file in place; return the function that undoes it."""
    original = path.read_text()
    changed = original.replace(old, new, 1)
    if changed == original:
        changed = original + new
    path.write_text(changed)
    return lambda: path.write_text(original)


Scenario = tuple[Callable[[], None], Callable[[], Callable[[], None] | None], tuple[str, ...]]


def scenarios(root: Path) -> dict[str, Scenario]:
    """name -> (prepare before timing, change to make (its return value undoes it), build flags).

    "no search index" is the same cold build without Pagefind: the pages the field's anchors
    (Hugo, Pelican) were measured on."""
    briefing = sorted((root / "content/briefings").glob("*.yaml"))[
        len(os.listdir(root / "content/briefings")) // 2
    ]
    article = sorted((root / "content/articles").glob("*.md"))[7]

    def build_first() -> None:
        if not (root / "output").exists():
            run_build(root)

    return {
        "cold build": (lambda: clean(root), lambda: None, ()),
        "cold, no search index": (lambda: clean(root), lambda: None, ("--no-search",)),
        "warm, nothing changed": (build_first, lambda: None, ()),
        "one briefing edited": (build_first, lambda: edit(briefing, "title: ", "title: Edited "), ()),
        "one article edited": (
            build_first,
            lambda: edit(article, "\n\n", "\n\nAn added sentence.\n\n"),
            (),
        ),
        "one template edited": (
            build_first,
            lambda: edit(
                root / "templates/story.html", "{% block main %}", "{% block main %}<!-- edited -->"
            ),
            (),
        ),
        "site.yaml edited": (
            build_first,
            lambda: edit(root / "site.yaml", "description: ", "description: Edited. "),
            (),
        ),
    }


def measure(root: Path, runs: int) -> list[dict[str, object]]:
    rows = []
    for name, (prepare, change, flags) in scenarios(root).items():
        samples = []
        for _ in range(runs):
            prepare()
            undo = change()
            try:
                samples.append(run_build(root, *flags))
            finally:
                if undo:
                    undo()
                    run_build(root)  # untimed: the next run starts from the unedited site again
        seconds = statistics.median(s["seconds"] for s in samples)
        pages = statistics.median(s["pages"] for s in samples)
        rows.append(
            {
                "scenario": name,
                "runs": runs,
                "median_seconds": round(seconds, 3),
                "min_seconds": round(min(s["seconds"] for s in samples), 3),
                "max_seconds": round(max(s["seconds"] for s in samples), 3),
                "cpu_seconds": round(statistics.median(s["cpu_seconds"] for s in samples), 2),
                "pages": int(pages),
                "rendered": int(statistics.median(s["rendered"] for s in samples)),
                "pages_per_second": round(pages / seconds, 1) if seconds else 0.0,
                "peak_rss_mb": round(statistics.median(s["rss_mb"] for s in samples), 1),
                "tree_pss_mb": round(statistics.median(s["tree_mb"] for s in samples), 1),
            }
        )
    return rows


def table(rows: list[dict[str, object]]) -> str:
    head = (
        f"{'scenario':<24} {'median s':>9} {'min s':>7} {'max s':>7} {'CPU s':>7} "
        f"{'pages':>7} {'rendered':>9} {'pages/s':>8} {'peak MB':>8} {'tree MB':>8}"
    )
    lines = [head, "-" * len(head)]
    for r in rows:
        lines.append(
            f"{r['scenario']:<24} {r['median_seconds']:>9.2f} "
            f"{r['min_seconds']:>7.2f} {r['max_seconds']:>7.2f} {r['cpu_seconds']:>7.2f} "
            f"{r['pages']:>7} {r['rendered']:>9} {r['pages_per_second']:>8.1f} "
            f"{r['peak_rss_mb']:>8.1f} {r['tree_pss_mb']:>8.1f}"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--n", type=int, default=1000, help="briefings in the corpus")
    parser.add_argument("--runs", type=int, default=3, help="runs per scenario (the median is reported)")
    parser.add_argument("--json", type=Path, help="where to write the JSON (default bench/results-N.json)")
    args = parser.parse_args()
    root = REPO / "bench" / f"corpus-{args.n}"
    if not (root / "site.yaml").exists():
        write_corpus(root, args.n)
    use_project_templates(root)
    rows = measure(root, args.runs)
    result = {
        "n": args.n,
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(),
        },
        "results": rows,
    }
    out = args.json or REPO / "bench" / f"results-{args.n}.json"
    out.write_text(json.dumps(result, indent=2) + "\n")
    print(f"N={args.n} briefings, {3 * args.n} articles; {args.runs} runs per scenario, medians\n")
    print(table(rows))
    print(f"\nJSON: {out.relative_to(REPO) if out.is_relative_to(REPO) else out}")


if __name__ == "__main__":
    main()
