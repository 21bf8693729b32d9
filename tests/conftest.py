"""Shared test helpers: small in-memory sites built in a temporary folder."""

from __future__ import annotations

import shutil
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

# Test files that run the whole program (real servers and browsers, killed or concurrent builds,
# random whole sites, whole-site rebuild matrices) or many or large inputs (growth and property
# checks). `make test` runs them; `make test-fast` (the edit-test loop, under a minute) leaves
# them out. A test elsewhere can say `@pytest.mark.slow`.
SLOW = (
    "tests/e2e/",
    "tests/preview/test_guard_server.py",
    "tests/preview/test_serve.py",
    "tests/preview/test_state.py",
    "tests/hostile/test_builds.py",
    "tests/hostile/test_random_sites.py",
    "tests/incremental/test_deps.py",
    "tests/test_forked_kill.py",
    "tests/write/test_swap_lock.py",
    "tests/write/test_writer_errors.py",  # real mounts and full disks
    "tests/incremental/test_code_digest.py",  # builds a copy of the package in subprocesses
    # growth and property checks: many inputs, or inputs large enough to time
    "tests/text/test_markdown_limits.py",
    "tests/text/test_markup.py",
    "tests/analysis/test_fast_paths.py",
    "tests/analysis/test_analysis_bounds.py",
    "tests/hostile/test_properties.py",
    "tests/hostile/test_bounds.py",
    "tests/ingest/test_bounds.py",
    "tests/bench/test_tree.py",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        where = Path(str(item.fspath)).relative_to(REPO).as_posix()
        if where.startswith(SLOW):
            item.add_marker(pytest.mark.slow)


SITE_YAML = """\
title: Test Desk
description: A test site.
base_url: https://user.github.io/repo/
language: en
timezone: Europe/London
per_page: 2
excerpt_words: 8
topics:
  ukraine:
    name: Ukraine
    description: The war.
    aliases: [kyiv]
  landmines:
    name: Landmines
    parent: ukraine
outlets:
  reuters:
    name: Reuters
    timezone: UTC
    kind: wire
  japan-news:
    name: The Japan News
    timezone: Asia/Tokyo
"""

ARTICLE = """\
---
title: Mines approved
outlet: japan-news
url: https://example.org/mines
published: 2024-11-20T16:16:00+09:00
authors: [Mike Stone]
via: Reuters
---
President Joe Biden has approved provision of anti-personnel land mines to Ukraine, a U.S. official said.

The mines become inert after a preset period.
"""

BRIEFING = """\
title: Mines for Ukraine
date: 2024-11-20
summary: The US approved **anti-personnel** mines.
key_points:
  - text: Biden approved the mines.
    sources: [a1]
  - A point without a source.
topics: [ukraine]
sources: [a1]
"""

MakeSite = Callable[..., Path]


def write_site(root: Path, files: dict[str, str], templates: bool = True) -> Path:
    """Write `files` (path -> text, dedented) under `root`, with the repo's templates and static."""
    defaults = {
        "site.yaml": SITE_YAML,
        "content/articles/a1.md": ARTICLE,
        "content/briefings/mines.yaml": BRIEFING,
    }
    for rel, text in {**defaults, **files}.items():
        if text is None:
            continue
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    (root / "content/articles").mkdir(parents=True, exist_ok=True)
    (root / "content/briefings").mkdir(parents=True, exist_ok=True)
    if templates:
        shutil.copytree(REPO / "templates", root / "templates", dirs_exist_ok=True)
        shutil.copytree(REPO / "static", root / "static", dirs_exist_ok=True)
    return root


@pytest.fixture
def make_site(tmp_path: Path) -> MakeSite:
    """`make_site(files={...})`: a site in tmp_path; None as a value removes a default file."""

    def make(files: dict[str, str | None] | None = None, templates: bool = True) -> Path:
        return write_site(tmp_path / "site", files or {}, templates)

    return make
