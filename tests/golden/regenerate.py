"""Regenerate the golden output after an intended change: `make golden`, then review the diff."""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path.insert(0, str(REPO))

from generator.build import BuildOptions, build  # noqa: E402


def build_fixture(target: Path) -> None:
    """Build the fixture site with the repo's templates into `target` (search is tested end to end)."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "site"
        shutil.copytree(HERE / "site", root)
        shutil.copytree(REPO / "templates", root / "templates")
        shutil.copytree(REPO / "static", root / "static")
        build(root, BuildOptions(output=target, search=False))


if __name__ == "__main__":
    expected = HERE / "expected"
    shutil.rmtree(expected, ignore_errors=True)
    build_fixture(expected)
    print(f"Regenerated {expected.relative_to(REPO)}; review it with `git diff --stat tests/golden`.")
