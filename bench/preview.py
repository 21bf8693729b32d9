"""The preview benchmark: `make bench-preview N=1000` measures, in a running `briefing serve`,
the time from saving one briefing to its rebuilt page being on disk.

Each run edits the title of a different briefing of the corpus (written by `make bench-corpus`),
waits for its story page to carry the new title, then waits for the deferred search refresh
before the next run. Reported: the median and range of save-to-page time (which includes the
preview's debounce), and the median time the rebuild itself logged.
"""

from __future__ import annotations

import argparse
import re
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from functools import partial
from pathlib import Path

from bench.corpus import REPO, use_project_templates

BUILT = re.compile(r"Built .* in ([0-9.]+) s;")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait(predicate, timeout: float, step: float = 0.002) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(step)
    return False


def up(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return bool(response.status == 200)
    except OSError:
        return False


def shows(page: Path, marker: str) -> bool:
    return page.is_file() and marker in page.read_text()


def searched(log_path: Path, before: int) -> bool:
    return log_path.read_text().count("Search index up to date") > before


def measure(root: Path, runs: int) -> dict[str, float]:
    port = free_port()
    log_path = root / "preview-bench.log"
    with open(log_path, "w") as log:
        server = subprocess.Popen(
            [sys.executable, "-m", "generator", "serve", "--root", str(root), "--port", str(port)],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        notes = sorted((root / "content/briefings").glob("*.yaml"))
        originals: dict[Path, str] = {}
        latencies: list[float] = []
        try:
            if not wait(lambda: up(f"http://127.0.0.1:{port}/"), timeout=900, step=0.2):
                raise SystemExit("the preview did not start")
            for run in range(runs):
                note = notes[(run * 7919) % len(notes)]
                text = originals.setdefault(note, note.read_text())
                marker = f"Preview edit {run} "
                page = root / "output/stories" / note.stem / "index.html"
                searches = log_path.read_text().count("Search index up to date")
                note.write_text(text.replace("title: ", f"title: {marker}", 1))
                saved = time.monotonic()
                if not wait(partial(shows, page, marker), timeout=300):
                    raise SystemExit(f"{page} never showed the edit")
                latencies.append(time.monotonic() - saved)
                wait(partial(searched, log_path, searches), timeout=300, step=0.05)
        finally:
            for note, text in originals.items():
                note.write_text(text)
            time.sleep(1)
            server.terminate()
            server.wait(timeout=60)
    builds = [float(m) for m in BUILT.findall(log_path.read_text())[1 : runs + 1]]
    return {
        "runs": runs,
        "median_save_to_page_ms": round(statistics.median(latencies) * 1000, 1),
        "min_ms": round(min(latencies) * 1000, 1),
        "max_ms": round(max(latencies) * 1000, 1),
        "median_rebuild_ms": round(statistics.median(builds) * 1000, 1) if builds else 0.0,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    root = REPO / "bench" / f"corpus-{args.n}"
    if not (root / "site.yaml").is_file():
        raise SystemExit(f"no corpus at {root}: run make bench-corpus N={args.n} first")
    use_project_templates(root)
    result = measure(root, args.runs)
    print(f"preview, N={args.n}: " + ", ".join(f"{k} {v}" for k, v in result.items()))


if __name__ == "__main__":
    main()
