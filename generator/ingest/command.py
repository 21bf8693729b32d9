"""`briefing ingest PATH...`: the loop that ingests, writes and validates each input (its flags
are in `flags`, which the command line reads without loading the extraction libraries).

Progress and problems go to the `briefing.ingest` logger; standard output carries only the
`--dry-run` dump (the article, then every removal with its reason). One bad input never stops
the others; the exit code is 0 when all went well, 1 when any input failed, 2 on misuse.
"""

from __future__ import annotations

import argparse
import logging
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

from generator.articles import load_article_file
from generator.config import load_config
from generator.dates import now
from generator.errors import EXIT_CONTENT, EXIT_OK, EXIT_USAGE
from generator.ingest.dates import DateContext, parse_stamp
from generator.ingest.inputs import Input, expand, read
from generator.ingest.model import IngestFailure, Request
from generator.ingest.pipeline import ingest
from generator.ingest.writer import ARTICLES_DIR, article_id, removal_report, render, write_article
from generator.models import SiteConfig
from generator.urls import is_slug

log = logging.getLogger("briefing.ingest")
SINGLE_INPUT_FLAGS = ("url", "title", "published", "article_id")


def run(args: argparse.Namespace, root: Path) -> int:
    """Ingest every input; 0 when all were ingested, 1 when any failed, 2 on misuse."""
    usage = _usage_problem(args)
    if usage:
        log.error("error: %s", usage)
        return EXIT_USAGE
    inputs = list(expand(args.paths))
    given = [flag for flag in SINGLE_INPUT_FLAGS if getattr(args, flag)]
    if given and len(inputs) > 1:
        flags = ", ".join("--" + ("id" if f == "article_id" else f) for f in given)
        log.error("error: %s apply to one input only, but %d inputs were given", flags, len(inputs))
        return EXIT_USAGE
    config = load_config(root)
    request = Request(args.outlet, args.url, args.title, args.published, args.article_id)
    written: dict[str, str] = {}
    failed = 0
    for item in inputs:
        try:
            if isinstance(item, IngestFailure):
                raise item
            failed += not _ingest_one(item, request, config, root, args, written)
        except IngestFailure as exc:
            failed += 1
            name = "" if isinstance(item, IngestFailure) else f"{item.name}: "
            log.error("%s%s", name, exc)
    done = len(inputs) - failed
    log.info(
        "ingest: %d of %d input(s) %s, %d failed",
        done,
        len(inputs),
        "checked" if args.dry_run else "written",
        failed,
    )
    return EXIT_CONTENT if failed else EXIT_OK


def _usage_problem(args: argparse.Namespace) -> str | None:
    """What is wrong with the flags' values, before any input is read."""
    if args.article_id is not None and not is_slug(args.article_id):
        return f"--id '{args.article_id}' is not an id: use lowercase letters, digits and hyphens"
    if args.url is not None:
        parts = urlsplit(args.url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            return f"--url expects an http:// or https:// URL, found '{args.url}'"
    if args.published is not None:
        probe = DateContext(tz=datetime.now(UTC).astimezone().tzinfo, reference=now())  # type: ignore[arg-type]
        if parse_stamp(args.published, probe) is None:
            return f"--published: cannot read '{args.published}' as a date and time"
    if args.title is not None and not args.title.strip():
        return "--title must not be empty"
    return None


def _ingest_one(
    item: Input,
    request: Request,
    config: SiteConfig,
    root: Path,
    args: argparse.Namespace,
    written: dict[str, str],
) -> bool:
    """Ingest, write (or dump) and validate one input; True when it went through cleanly."""
    draft = ingest(read(item, root), request, config, now())
    text = render(draft)
    if args.dry_run:
        print(text, end="")
        print()
        print(removal_report(draft.removals), end="")
    for blocker in draft.blockers:
        log.error("%s: cannot be written: %s", item.name, blocker)
    if draft.blockers:
        return False
    identifier = request.article_id or article_id(draft.metadata)
    if identifier in written:
        raise IngestFailure(f"gives the same id '{identifier}' as {written[identifier]}; pass --id")
    written[identifier] = item.name
    target = root / ARTICLES_DIR / f"{identifier}.md"
    if args.dry_run:
        log.info("%s: would write %s", item.name, target.relative_to(root))
        return _validated(text, identifier, config)
    write_article(target, text, args.force)
    log.info(
        "%s: wrote %s (%d blocks kept, %d removed)",
        item.name,
        target.relative_to(root),
        len(draft.blocks),
        len(draft.removals),
    )
    return _report_validation(target, config)


def _validated(text: str, identifier: str, config: SiteConfig) -> bool:
    """Validate the text as the generator will, from a scratch copy (for --dry-run)."""
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / ARTICLES_DIR / f"{identifier}.md"
        path.parent.mkdir(parents=True)
        path.write_text(text, encoding="utf-8")
        return _report_validation(path, config)


def _report_validation(path: Path, config: SiteConfig) -> bool:
    """Log what the generator's own validation says; True when it found no error."""
    article, problems = load_article_file(path, config)
    for problem in problems:
        (log.error if problem.severity == "error" else log.warning)("%s", problem)
    return article is not None and not any(p.severity == "error" for p in problems)
