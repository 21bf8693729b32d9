"""`make intel-score`: precision and recall of each claim a story page shows (issue 23).

    python -m tools.intel_score FOLDER [--stories a,b] [--verbose] [--repeat N] [--held-out]

FOLDER is the labelled set (`index.json`, and per story `site/` and `truth.json`; see its
README). Without --stories, the development stories of its `index.json` split are scored;
a held-out story only with --held-out (the final evaluation: its figures are not shared).
Each story page is read through the project's own code (`tools/intel_claims.py`) and judged
against its truth (`tools/intel_metrics.py`); figures are given per story and in total
(micro-averaged: the counts of all stories added up). The rules are in docs/intelligence.md.
The set's pages stay outside the repository: this module holds none of their text.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import generator
from tools import intel_claims as claims
from tools import intel_metrics as metrics
from tools.intel_metrics import Tally
from tools.intel_truth import TruthError, development_stories, held_out_stories, load_truth

# (label, what it judges) in the order printed
TYPES: tuple[tuple[str, str], ...] = (
    ("newsroom count", "count"),
    ("copy grouping", "pairs"),
    ("every newsroom", "facts"),
    ("only in", "facts"),
    ("disputed", "facts"),
    ("citation warnings", "citations"),
    ("evidence", "citations"),
    ("attributions", "sources"),
    ("first reported", "story"),
    ("first published", "story"),
    ("languages", "articles"),
    ("not compared", "articles"),
)


def score_story(page: claims.Page, truth_path: Path) -> dict[str, Tally]:
    """Every claim type of one story page, judged."""
    truth = load_truth(truth_path)
    shown_every = claims.every(page)
    shown_sources = claims.sources(page)
    return {
        "newsroom count": metrics.newsroom_count(claims.newsroom_count(page), truth),
        "copy grouping": metrics.grouping(claims.newsroom_groups(page), truth),
        "every newsroom": metrics.every(shown_every, truth, claims.not_compared(page)),
        "only in": metrics.only_in(claims.only_in(page), truth),
        "disputed": metrics.disputed(
            claims.disputed(page), truth, metrics.agreed_disputes(shown_every, truth)
        ),
        "citation warnings": metrics.warnings(claims.warned(page), truth),
        "evidence": metrics.evidence(claims.evidence(page), truth),
        "attributions": metrics.sources(shown_sources, truth),
        "first reported": metrics.first_reported(shown_sources, truth),
        "first published": metrics.first_published(claims.first_published(page), truth),
        "languages": metrics.languages(claims.languages(page), truth),
        "not compared": metrics.not_compared(claims.not_compared(page), truth),
    }


def ratio(top: int, bottom: int) -> str:
    return f"{top / bottom:.2f} ({top}/{bottom})" if bottom else "n/a (0/0)"


def line(label: str, tally: Tally, total: bool = False) -> str:
    """One claim type's figures: precision, the strict one, unjudged, recall."""
    agreed = f"{tally.agreed} of {tally.disputes} disputed shown as agreed" if label == "disputed" else ""
    if not tally.shown:
        return f"  {label:<18} not shown" + (f"; {agreed}" if agreed else "")
    if label == "newsroom count":
        return f"  {label:<18} " + (
            f"exact on {tally.right} of {tally.total} stories" if total else tally.extra
        )
    judged = tally.right + tally.wrong
    parts = [f"precision {ratio(tally.right, judged)}"]
    if tally.strict_shown:
        parts.append(f"strict {ratio(tally.right, judged + tally.unjudged)}, {tally.unjudged} unjudged")
    parts.append(f"recall {ratio(tally.found, tally.total)}")
    if agreed:
        parts.append(agreed)
    return f"  {label:<18} " + "  ".join(parts)


def details(label: str, tally: Tally) -> list[str]:
    out = []
    for kind, items in (("wrong", tally.wrongs), ("missed", tally.missed), ("unjudged", tally.unjudgeds)):
        out += [f"      {label} {kind}: {item}" for item in items]
    return out


def run(folder: Path, stories: Sequence[str], verbose: bool, repeat: int, say: Callable[[str], None]) -> None:
    totals = {label: Tally(shown=False) for label, _ in TYPES}
    cpu = 0.0
    for story in stories:
        base = folder / story
        if not (base / "truth.json").is_file() or not (base / "site").is_dir():
            raise TruthError(f"{base}: not a story of the set (needs truth.json and site/)")
        page = claims.read_page(base / "site", repeat)
        scored = score_story(page, base / "truth.json")
        cpu += page.cpu
        articles = len(page.numbered)
        say(
            f"{story}: {articles} articles; analysis {page.cpu * 1000:.1f} ms CPU "
            f"(least of {repeat} runs; first run {page.cpu_first * 1000:.1f} ms)"
        )
        unread = sorted({s.label for s in claims.sources(page) if s.role == "unknown"})
        if unread:
            names = ", ".join(f"'{label}'" for label in unread)
            say(
                f"  note: unjudged, labels the scorer does not read ({names}): "
                "update label_claim() in tools/intel_claims.py"
            )
        for label, _ in TYPES:
            say(line(label, scored[label]))
            if verbose:
                for text in details(label, scored[label]):
                    say(text)
            totals[label] += scored[label]
    say(
        f"total ({len(stories)} stories, micro-averaged): "
        f"analysis {cpu * 1000:.1f} ms CPU (the least of each story's runs, added up)"
    )
    for label, _ in TYPES:
        say(line(label, totals[label], total=True))


def measured() -> str:
    """Which code is measured: the commit of the `generator` package imported, and its folder."""
    code = Path(generator.__file__).parent
    found = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=code)
    commit = found.stdout.strip() if found.returncode == 0 else "no git commit"
    dirty = subprocess.run(
        ["git", "status", "--porcelain", "--", "."], capture_output=True, text=True, cwd=code
    )
    changed = " + uncommitted changes" if found.returncode == 0 and dirty.stdout.strip() else ""
    return f"{commit}{changed} ({code})"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="intel-score", description=__doc__.split("\n")[0])
    parser.add_argument(
        "folder", type=Path, help="the labelled set (index.json, <story>/site, <story>/truth.json)"
    )
    parser.add_argument(
        "--stories", default="", help="comma-separated stories (default: the development split)"
    )
    parser.add_argument("--verbose", action="store_true", help="list each wrong, missed and unjudged item")
    parser.add_argument(
        "--held-out",
        action="store_true",
        help="allow the set's held-out stories (the final evaluation only; keep their figures apart)",
    )
    parser.add_argument(
        "--repeat", type=int, default=3, help="analysis runs timed per story (the least is shown)"
    )
    args = parser.parse_args(argv)
    try:
        stories = [s for s in args.stories.split(",") if s] or list(development_stories(args.folder))
        held = [s for s in stories if s in held_out_stories(args.folder)]
        if held and not args.held_out:
            raise TruthError(
                f"{', '.join(held)}: held out for the final evaluation (index.json split.held_out); "
                "scored only with --held-out, and its figures are not to be shared"
            )
        print(f"intel-score: generator at {measured()}; set {args.folder}")
        run(args.folder, stories, args.verbose, args.repeat, print)
    except (TruthError, claims.AdapterError) as error:
        print(f"intel-score: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
