"""The `briefing` command line: parse flags, call one function, turn errors into exit codes."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import Any

from generator import __version__
from generator.build import BuildOptions, build, check
from generator.errors import EXIT_CONTENT, EXIT_OK, EXIT_USAGE, BriefingError, ContentError, Problem
from generator.preview.ports import port_number

log = logging.getLogger("briefing")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefing",
        description="Build a static news-briefing site from site.yaml, content/ and templates/.",
    )
    parser.add_argument("--version", action="version", version=f"briefing-site {__version__}")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--root",
        type=Path,
        default=Path("."),
        help="project folder holding site.yaml (default: the current folder)",
    )
    noise = common.add_mutually_exclusive_group()
    noise.add_argument("-q", "--quiet", action="store_true", help="print only errors")
    noise.add_argument("-v", "--verbose", action="store_true", help="print progress details")
    content = argparse.ArgumentParser(add_help=False)
    content.add_argument(
        "--drafts",
        action="store_true",
        help="include briefings marked draft: true (they are marked as drafts)",
    )
    content.add_argument("--strict", action="store_true", help="treat warnings as errors")
    content.add_argument(
        "--base-url", metavar="URL", help="public URL of the site, overriding base_url in site.yaml"
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = commands.add_parser(
        "build",
        parents=[common, content],
        help="build the site into output/",
        description="Validate all content, then write the site to output/.",
    )
    p.add_argument("--output", type=Path, metavar="DIR", help="write here instead of ROOT/output")
    p.add_argument(
        "--no-search",
        action="store_true",
        help="leave out the search index (a quicker build; the search page then finds nothing)",
    )
    p.add_argument("--jobs", type=int, metavar="N", help="processes to render with (default: one per core)")
    commands.add_parser(
        "check",
        parents=[common, content],
        help="validate content only",
        description="Validate site.yaml and content/; exit 1 on any problem.",
    )
    p = commands.add_parser(
        "serve",
        parents=[common],
        help="preview with live reload",
        description="Build, serve output/ under the site's base path, and "
        "rebuild and reload the browser when content or templates change.",
    )
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    p.add_argument(
        "--port",
        type=port_number,  # a usage error outside 0..65535
        default=8000,
        help="port to listen on (default 8000; 0 picks a free one)",
    )
    p.add_argument("--open", action="store_true", help="open the site in a browser")
    p.add_argument("--no-drafts", action="store_true", help="hide drafts (shown by default here)")
    p = commands.add_parser(
        "ingest",
        parents=[common],
        help="clean raw articles into content/articles/",
        description="Turn raw scraped text or HTML into cleaned articles.",
    )
    from generator.ingest.flags import add_arguments

    add_arguments(p)
    return parser


class _StderrHandler(logging.StreamHandler):
    """Writes to whatever `sys.stderr` is at the time of each message."""

    @property
    def stream(self) -> Any:
        return sys.stderr

    @stream.setter
    def stream(self, value: Any) -> None:
        pass


def _setup_logging(args: argparse.Namespace) -> None:
    level = logging.ERROR if args.quiet else logging.DEBUG if args.verbose else logging.INFO
    handler = _StderrHandler()
    handler.setFormatter(logging.Formatter("%(message)s"))
    root = logging.getLogger("briefing")
    root.handlers[:] = [handler]
    root.setLevel(level)
    root.propagate = False


def report_problems(problems: list[Problem] | tuple[Problem, ...]) -> None:
    """Print every problem, one a line, errors and warnings in file order."""
    for problem in problems:
        (log.error if problem.severity == "error" else log.warning)(str(problem))


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args, extra = parser.parse_known_args(argv)
    if extra and args.command == "ingest" and not any(item.startswith("-") and item != "-" for item in extra):
        args.paths.extend(extra)  # `ingest a.txt --outlet x b.txt`: paths after options are paths too
    elif extra:
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    _setup_logging(args)
    root = args.root.resolve()
    try:
        if args.command == "build":
            if args.jobs is not None and args.jobs < 1:
                parser.error("--jobs must be at least 1")
            options = BuildOptions(
                args.drafts, args.strict, args.base_url, args.output, not args.no_search, args.jobs
            )
            result = build(root, options)
            report_problems(result.warnings)
            log.info("%s -> %s", result.summary(), result.output)
        elif args.command == "check":
            _, report = check(root, BuildOptions(args.drafts, args.strict, args.base_url))
            report_problems(report.sorted())
            waiting = len({p.path for p in report.warnings if p.field.startswith("review")})
            if waiting:
                log.info(
                    "%d article%s await%s review: answer each review: note, then delete it (docs/ingest.md)",
                    waiting,
                    "" if waiting == 1 else "s",
                    "s" if waiting == 1 else "",
                )
            log.info("Content is valid: %d warning(s).", len(report.warnings))
        elif args.command == "serve":
            from generator.preview.serve import serve

            serve(root, host=args.host, port=args.port, open_browser=args.open, drafts=not args.no_drafts)
        elif args.command == "ingest":
            from generator.ingest.command import run

            return run(args, root)
    except ContentError as exc:
        report_problems(exc.problems)
        log.error("%s; nothing was written.", exc)
        return exc.exit_code
    except BriefingError as exc:
        log.error("error: %s", exc)
        return exc.exit_code
    except OSError as exc:  # the system refused (disk full, permission denied): one line, no traceback
        where = f" ({exc.filename})" if exc.filename else ""
        log.error("error: %s%s", exc.strerror or exc, where)
        return EXIT_CONTENT
    except KeyboardInterrupt:
        return EXIT_USAGE
    return EXIT_OK
