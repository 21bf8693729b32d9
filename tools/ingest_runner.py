"""Run the real `briefing ingest` on one page at a time, in a scratch project.

The scorers give the command only what a user gives it: the page, `--outlet` and `--url`. It
runs in this process through the project's own command line (`generator.cli.main`), which is
what the `briefing` script calls, so a benchmark of 91 pages costs one start-up, not 91.
"""

from __future__ import annotations

import contextlib
import io
import traceback
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from generator import cli
from generator.model.site import Outlet
from generator.render.urls import slugify

ARTICLES = Path("content") / "articles"
DRY_RUN_REPORT = "\n==== removed: "  # where `--dry-run` ends the article and starts its removals


@dataclass(frozen=True)
class Outcome:
    """What one run of the command left: the article file written (None when nothing was), what
    it printed to standard error, and its exit code."""

    article: str | None
    messages: tuple[str, ...]
    exit_code: int

    @property
    def refusal(self) -> str | None:
        """Why nothing was written (the command's first problem line), None when it wrote."""
        if self.article is not None:
            return None
        problems = [m for m in self.messages if m.strip() and not m.startswith("ingest: ")]
        return problems[0] if problems else f"nothing written (exit {self.exit_code})"

    @property
    def blocked(self) -> str | None:
        """Why the command would not write the article it printed (with `--dry-run`)."""
        return next((m for m in self.messages if ": cannot be written: " in m), None)

    @property
    def problems(self) -> tuple[str, ...]:
        """Validation problems printed about a written article."""
        return tuple(m for m in self.messages if ": warning: " not in m and _is_problem(m))


def _is_problem(message: str) -> bool:
    return not (
        message.startswith("ingest: ")
        or " wrote content/" in message
        or " would write content/" in message
        or ": cannot be written: " in message
    )


def outlet_slug(url: str) -> str:
    """The outlet's slug in the scratch `site.yaml`: its host, as a slug ('zeelandnet-nl')."""
    host = (urlsplit(url).hostname or "page").removeprefix("www.")
    return slugify(host) or "outlet"


def home(url: str) -> str:
    """The site's address: scheme and host of a page's URL."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}/"


def make_project(folder: Path, outlets: Iterable[Outlet]) -> Path:
    """A scratch project in `folder`: a `site.yaml` listing the outlets (as a user would write
    them, by slug), an empty articles folder."""
    site: dict[str, object] = {
        "title": "Ingest measurement",
        "base_url": "https://example.org/",
        "timezone": "UTC",
        "outlets": {
            outlet.slug: {
                key: value
                for key, value in (
                    ("name", outlet.name),
                    ("url", outlet.url),
                    ("country", outlet.country),
                    ("language", outlet.language),
                    ("timezone", outlet.timezone),
                )
                if value
            }
            for outlet in sorted(outlets, key=lambda outlet: outlet.slug)
        },
    }
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "site.yaml").write_text(
        yaml.safe_dump(site, allow_unicode=True, sort_keys=False), encoding="utf-8"
    )
    (folder / ARTICLES).mkdir(parents=True, exist_ok=True)
    return folder


def run_ingest(project: Path, page: Path, flags: list[str], dry_run: bool = False) -> Outcome:
    """`briefing ingest PAGE --root PROJECT FLAGS...`; the article it wrote is read and removed,
    so the project is empty again for the next page. With `dry_run`, `--dry-run` is passed and
    the article is the one the command prints, which it does even for a page it would refuse to
    write (a diagnosis: what is wrong besides the refusal). A crash of the command is reported as
    a refusal with its traceback's last line, so one page never stops a benchmark."""
    articles = project / ARTICLES
    before = set(articles.glob("*.md"))
    errors, output = io.StringIO(), io.StringIO()
    with contextlib.redirect_stderr(errors), contextlib.redirect_stdout(output):
        try:
            code = cli.main(
                ["ingest", str(page), "--root", str(project), *flags, *(["--dry-run"] if dry_run else [])]
            )
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 2
        except Exception:  # a bug in ingest on this page: report it, go on with the next page
            code = 70
            print(f"crashed: {traceback.format_exc().strip().splitlines()[-1]}", file=errors)
    written = sorted(set(articles.glob("*.md")) - before)
    text = written[0].read_text(encoding="utf-8") if written else None
    for path in written:
        path.unlink()
    if dry_run:
        printed, marker, _ = output.getvalue().partition(DRY_RUN_REPORT)
        text = printed.rstrip("\n") + "\n" if marker and printed.startswith("---") else None
    return Outcome(text, tuple(errors.getvalue().splitlines()), code)
