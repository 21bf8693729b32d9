"""`briefing ingest PATH...`: the loop that ingests, writes and validates each input (its flags
are in `flags`, which the command line reads without loading the extraction libraries).

Progress and problems go to the `briefing.ingest` logger; standard output carries only the
`--dry-run` dump (the article, then every removal with its reason). One bad input never stops
the others, not even a fault of ours; a page without a published time is written as a draft;
the same original URL is not ingested twice. The exit code is 0 when all went well, 1 when any
input failed or was written with problems, 2 on misuse.
"""

from __future__ import annotations

import argparse
import logging
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from generator.errors import EXIT_CONTENT, EXIT_OK, EXIT_USAGE
from generator.ingest.dates import DateContext, parse_stamp
from generator.ingest.inputs import Input, expand, read
from generator.ingest.known_urls import article_identity, known_urls, url_key
from generator.ingest.model import IngestFailure, Metadata, Request
from generator.ingest.page_map import PageMap, read_map
from generator.ingest.pipeline import ingest
from generator.ingest.writer import ARTICLES_DIR, article_id, removal_report, render, write_article
from generator.load.articles import load_article_file, split_front_matter
from generator.load.config import load_config
from generator.load.dates import now
from generator.load.fields import clean_text
from generator.load.textfile import MAX_BYTES
from generator.model.site import SiteConfig
from generator.model.wires import Registry
from generator.render.urls import is_slug
from generator.text import markdown_limits

log = logging.getLogger("briefing.ingest")
SINGLE_INPUT_FLAGS = ("url", "title", "published", "article_id", "authors", "dateline")
_FLAG_NAMES = {"article_id": "id"}


@dataclass
class Tally:
    """What became of the inputs of one run: written cleanly, written with problems the
    generator's validation found, written as drafts awaiting review, or not written."""

    written: int = 0
    problems: int = 0
    drafts: int = 0
    failed: int = 0


@dataclass
class Seen:
    """The ids and original URLs taken so far: the articles already there, then this run's."""

    ids: dict[str, str] = field(default_factory=dict)
    urls: dict[str, str] = field(default_factory=dict)  # url_key -> article id
    sources: dict[str, str] = field(default_factory=dict)  # article id -> input of this run


def run(args: argparse.Namespace, root: Path) -> int:
    """Ingest every input; 0 when all were ingested, 1 when any failed, 2 on misuse."""
    usage = _usage_problem(args)
    if usage:
        log.error("error: %s", usage)
        return EXIT_USAGE
    inputs = list(expand(args.paths))
    given = [flag for flag in SINGLE_INPUT_FLAGS if getattr(args, flag)]
    if given and len(inputs) > 1:
        flags = ", ".join("--" + _FLAG_NAMES.get(f, f) for f in given)
        log.error("error: %s apply to one input only, but %d inputs were given", flags, len(inputs))
        return EXIT_USAGE
    page_map = _page_map(args.page_map, [i.path for i in inputs if isinstance(i, Input) and i.path])
    if page_map is False:
        return EXIT_USAGE
    config = load_config(root)
    wires = config.wires
    request = Request(
        args.outlet,
        args.url,
        args.title,
        args.published,
        args.article_id,
        via=args.via,
        authors=author_names(args.authors),
        dateline=args.dateline,
    )
    seen = Seen(urls=known_urls(root / ARTICLES_DIR))
    tally = Tally()
    for item in inputs:
        name = item.name if isinstance(item, Input) else ""
        try:
            if isinstance(item, IngestFailure):
                raise item
            wanted = page_map.request_for(item.path, request) if page_map else request
            _ingest_one(item, wanted, config, wires, root, args, seen, tally)
        except IngestFailure as exc:
            tally.failed += 1
            log.error("%s%s", f"{name}: " if name else "", exc)
        except Exception as exc:  # a fault of ours on one page must not stop the others
            tally.failed += 1
            log.error(
                "%s: not ingested: internal error (%s: %s); please report it", name, type(exc).__name__, exc
            )
    log.info("%s", _summary(tally, len(inputs), args.dry_run))
    return EXIT_CONTENT if tally.failed or tally.problems else EXIT_OK


def _summary(tally: Tally, total: int, dry_run: bool) -> str:
    """'ingest: 3 of 4 input(s) written, 1 failed; 1 draft awaits review'."""
    done = tally.written + tally.problems
    line = f"ingest: {done} of {total} input(s) {'checked' if dry_run else 'written'}, {tally.failed} failed"
    if tally.problems:
        line += f", {tally.problems} with problems"
    if tally.drafts:
        line += f"; {tally.drafts} draft{'s await' if tally.drafts > 1 else ' awaits'} review"
    return line


def author_names(text: str | None) -> tuple[str, ...]:
    """`--authors 'Jane Doe; John Roe'` (or commas) as names."""
    if not text:
        return ()
    parts = text.split(";") if ";" in text else text.split(",")
    return tuple(name for part in parts if (name := " ".join(part.split())))


def _usage_problem(args: argparse.Namespace) -> str | None:
    """What is wrong with the flags' values, before any input is read."""
    if args.article_id is not None and not is_slug(args.article_id):
        return f"--id '{args.article_id}' is not an id: use lowercase letters, digits and hyphens"
    if args.url is not None:
        parts = urlsplit(args.url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            return f"--url expects an http:// or https:// URL, found '{args.url}'"
    if args.published is not None and (problem := published_problem(args.published)):
        return f"--published: {problem}"
    for flag in ("title", "via", "authors", "dateline"):
        value = getattr(args, flag)
        if value is not None and not value.strip(" ;,"):
            return f"--{flag} must not be empty"
    return None


def published_problem(text: str) -> str | None:
    """Why `text` cannot be a published time an editor gives, or None."""
    probe = DateContext(tz=datetime.now(UTC).astimezone().tzinfo, reference=now())  # type: ignore[arg-type]
    stamp = parse_stamp(text, probe)
    if stamp is None:
        return f"cannot read '{text}' as a date and time"
    if not stamp.has_year:
        return f"'{text}' has no year; give the full date"
    return None


def _page_map(file: str | None, paths: list[Path]) -> PageMap | Literal[False] | None:
    """The `--map` file read, None without one, False (reported) when it has problems."""
    if file is None:
        return None
    page_map, problems = read_map(Path(file))
    if page_map is not None:
        problems = [
            f"{page_map.file}:{page_map.lines[path]}: published: {problem}"
            for path, entry in page_map.by_path.items()
            if entry.published and (problem := published_problem(entry.published))
        ]
    for problem in problems:
        log.error("error: %s", problem)
    if page_map is None or problems:
        return False
    for warning in page_map.unused(paths):
        log.warning("warning: %s", warning)
    return page_map


def _ingest_one(
    item: Input,
    request: Request,
    config: SiteConfig,
    wires: Registry,
    root: Path,
    args: argparse.Namespace,
    seen: Seen,
    tally: Tally,
) -> None:
    """Ingest, write (or dump) and validate one input, and count what became of it."""
    draft = ingest(read(item, root), request, config, now(), wires)
    if draft.outlet_chosen:
        log.info("%s: %s", item.name, draft.outlet_chosen)
    text = render(draft)
    if args.dry_run:
        print(text, end="")
        print()
        print(removal_report(draft.removals), end="")
    for blocker in draft.blockers:
        log.error("%s: cannot be written: %s", item.name, blocker)
    if draft.blockers:
        tally.failed += 1
        return
    refusal = _refusal(text, config)
    if refusal:
        raise IngestFailure(f"not written: {refusal}")
    made = request.article_id or article_id(draft.metadata)
    identifier = _free_id(request.article_id, made, draft.metadata, root, seen)
    if identifier in seen.ids:
        raise IngestFailure(f"gives the same id '{identifier}' as {seen.ids[identifier]}; pass --id")
    _check_url(draft.metadata.url, identifier, seen)
    seen.ids[identifier] = item.name
    target = root / ARTICLES_DIR / f"{identifier}.md"
    if args.dry_run:
        log.info("%s: would write %s", item.name, target.relative_to(root))
        valid = _validated(text, identifier, config)
    else:
        write_article(target, text, args.force)
        log.info(
            "%s: wrote %s (%d blocks kept, %d removed%s)",
            item.name,
            target.relative_to(root),
            len(draft.blocks),
            len(draft.removals),
            ", a draft: no published time" if draft.metadata.draft else "",
        )
        valid = _report_validation(target, config)
    seen.sources[identifier] = item.name
    tally.drafts += draft.metadata.draft
    if valid:
        tally.written += 1
    else:
        tally.problems += 1


def _refusal(text: str, config: SiteConfig) -> str | None:
    """Why the generator would refuse the article file `text` for its size, or None.

    The same limits as loading: a content file's size, and the Markdown limits when the site
    publishes bodies in full (they are rendered then); checked before anything is written.
    """
    size = len(text.encode("utf-8"))
    if size > MAX_BYTES:
        limit = MAX_BYTES // 1024
        return f"the article would be {size // 1024} KiB; the limit for a content file is {limit} KiB"
    parts = split_front_matter(text)
    if config.publish_full_text and parts is not None:
        refused = markdown_limits.check(clean_text(parts[1])[0].strip("\n"))
        if refused is not None:
            return f"the body's Markdown, line {refused.line} of it: {refused.message}"
    return None


def _free_id(given: str | None, made: str, metadata: Metadata, root: Path, seen: Seen) -> str:
    """The article's id: `given` (--id) or `made`, unless that is another article's.

    An existing file of the same id is the same article when it has the same original URL (or,
    without URLs, the same title): `--force` may then overwrite it. Another article's id is never
    taken: a given id is refused, a made one gets the first free '-2', '-3', ... and a note.
    """
    candidate, number = given or made, 2
    while True:
        other = _other_article(root / ARTICLES_DIR / f"{candidate}.md", metadata)
        taken = other or (seen.ids.get(candidate) if not given else None)
        if not taken:
            break
        if given:
            raise IngestFailure(f"--id '{given}' is taken by another article ({taken}); pass another --id")
        candidate, number = f"{made}-{number}", number + 1
    if candidate != (given or made):
        log.warning("id '%s' is taken by another article; writing '%s'", made, candidate)
    return candidate


def _other_article(path: Path, metadata: Metadata) -> str | None:
    """What another article at `path` is ('its URL is ...'), or None when `path` is free or is
    this article (the same original URL, or without URLs the same title)."""
    if not path.exists():
        return None
    url, title = article_identity(path)
    if url and metadata.url:
        return None if url_key(url) == url_key(metadata.url) else f"{path.name} is {url}"
    if not url and not metadata.url and title == metadata.title:
        return None
    return f"{path.name} is {url or repr(title)}"


def _check_url(url: str | None, identifier: str, seen: Seen) -> None:
    """Refuse a page whose original URL another article already has; remember this one's."""
    if not url:
        return
    key = url_key(url)
    other = seen.urls.get(key)
    if other is not None and other != identifier:
        if other in seen.sources:
            raise IngestFailure(
                f"{url} is the URL of '{other}', ingested from {seen.sources[other]} in this run"
            )
        raise IngestFailure(
            f"{url} is already ingested as '{other}' ({ARTICLES_DIR / other}.md); edit that article, "
            "or remove it to ingest the page again"
        )
    seen.urls[key] = identifier


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
