"""The `ingest` command's flags: a module of its own, so `briefing build` does not load the
extraction libraries just to describe a command it is not running."""

from __future__ import annotations

import argparse


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The `ingest` command's arguments."""
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="raw article: a .txt, .html or .htm file, a folder of them, or - for standard input",
    )
    parser.add_argument(
        "--outlet",
        metavar="SLUG",
        help="outlet slug from site.yaml (default: inferred from the page's site name or domain)",
    )
    parser.add_argument("--url", metavar="URL", help="original http(s) URL of the article (one input only)")
    parser.add_argument(
        "--title", metavar="T", help="title to use when the raw page has none or a wrong one (one input only)"
    )
    parser.add_argument(
        "--published",
        metavar="WHEN",
        help="published time, e.g. 2024-11-20T13:13+05:30 or 'Nov 20, 2024 01:13 pm' read in "
        "the outlet's time zone (one input only)",
    )
    parser.add_argument(
        "--via",
        metavar="WIRE",
        help="the wire the copy came from, e.g. AP or 'Agence France-Presse' (every input)",
    )
    parser.add_argument(
        "--authors",
        metavar="NAMES",
        help="the authors, separated by ';' or ',', e.g. 'Jane Doe; John Roe' (one input only)",
    )
    parser.add_argument(
        "--dateline", metavar="PLACE", help="where the story was filed, e.g. 'KYIV, Ukraine' (one input only)"
    )
    parser.add_argument(
        "--map",
        dest="page_map",
        metavar="FILE",
        help="a YAML file giving each page's URL (its outlet is then found from the URL's host) or "
        "its own flags: url, outlet, title, published, via, authors, dateline, id",
    )
    parser.add_argument(
        "--id",
        dest="article_id",
        metavar="ID",
        help="article id and file name (default: <date>-<outlet>-<short-slug>; one input only)",
    )
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help="print the cleaned article and every removed line with its reason; write nothing",
    )
    parser.add_argument("--force", action="store_true", help="overwrite an existing article file")
