"""Lighthouse scores of the home page and the newest story, served under the site's base path.

    python -m tools.quality.lighthouse [output] [--report-dir DIR]

Runs npm's Lighthouse 12 on Debian's Chromium (through CHROME_PATH), prints the four category
scores of each page and exits 1 when one is below its threshold.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import urljoin

from tools.quality.needs import CHROMIUM_ARGS, LIGHTHOUSE, Missing, chromium, node_package
from tools.quality.serving import first_story, serve

CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
THRESHOLDS = {"performance": 90, "accessibility": 100, "best-practices": 100, "seo": 100}


def audit(url: str, report: Path) -> dict[str, int]:
    """Lighthouse's category scores (0-100) for `url`; the JSON and HTML reports go to `report`.*."""
    command = [
        str(node_package(LIGHTHOUSE)),
        url,
        "--quiet",
        f"--chrome-flags={' '.join(CHROMIUM_ARGS)}",
        f"--only-categories={','.join(CATEGORIES)}",
        "--output=json",
        "--output=html",
        f"--output-path={report}",
    ]
    env = {**os.environ, "CHROME_PATH": str(chromium())}
    run = subprocess.run(command, capture_output=True, text=True, timeout=180, env=env, check=False)
    result = report.with_name(report.name + ".report.json")
    if run.returncode != 0 or not result.is_file():
        raise RuntimeError(f"Lighthouse failed on {url} (exit {run.returncode}): {run.stderr[-2000:]}")
    lhr = json.loads(result.read_text(encoding="utf-8"))
    if lhr.get("runtimeError"):
        raise RuntimeError(f"Lighthouse could not audit {url}: {lhr['runtimeError']}")
    scores = {}
    for name in CATEGORIES:
        score = lhr["categories"][name]["score"]
        if score is None:
            raise RuntimeError(f"Lighthouse gave no {name} score for {url}")
        scores[name] = round(score * 100)
    return scores


def shortfalls(name: str, scores: dict[str, int]) -> list[str]:
    """Each category of one page that scored below its threshold."""
    return [
        f"{name}: {category} {scores[category]} < {minimum}"
        for category, minimum in THRESHOLDS.items()
        if scores[category] < minimum
    ]


def audit_site(url: str, story: str, reports: Path) -> dict[str, dict[str, int]]:
    """Scores of the home page and of `story` (a URL path under the same host)."""
    reports.mkdir(parents=True, exist_ok=True)
    return {"home": audit(url, reports / "home"), "story": audit(urljoin(url, story), reports / "story")}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", nargs="?", default="output", type=Path, help="the built site")
    parser.add_argument("--report-dir", type=Path, help="keep the JSON and HTML reports here")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp, serve(args.output) as url:
        reports = args.report_dir or Path(tmp)
        try:
            results = audit_site(url, first_story(args.output), reports)
        except Missing as exc:
            print(f"lighthouse: {exc}", file=sys.stderr)
            return 2
    print(f"{'page':<8}" + "".join(f"{name:>16}" for name in CATEGORIES))
    for page, scores in results.items():
        print(f"{page:<8}" + "".join(f"{scores[name]:>16}" for name in CATEGORIES))
    if args.report_dir:
        print(f"Reports: {args.report_dir}/home.report.html, {args.report_dir}/story.report.html")
    problems = [line for page, scores in results.items() for line in shortfalls(page, scores)]
    for line in problems:
        print(f"below threshold: {line}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
