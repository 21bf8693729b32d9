"""Check every generated HTML file with the W3C Nu HTML Checker (npm `vnu-jar`, on Java).

    python -m tools.quality.validate_html [output]

Prints one `file:line:column: message` per error and exits 1 when there is any.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote, urlsplit

from tools.quality.needs import VNU, Missing, java, node_package


def html_errors(output: Path) -> list[str]:
    """Every error the checker reports in the HTML files under `output`, located."""
    files = sorted(output.rglob("*.html"))
    if not files:
        raise ValueError(f"{output}: no HTML files to check (build the site first)")
    command = [java(), "-jar", str(node_package(VNU)), "--errors-only", "--format", "json", "--stdout"]
    run = subprocess.run(
        [*command, *map(str, files)], capture_output=True, text=True, timeout=300, check=False
    )
    try:
        messages = json.loads(run.stdout)["messages"]
    except (json.JSONDecodeError, KeyError) as exc:
        raise RuntimeError(
            f"the Nu HTML Checker gave no report (exit {run.returncode}): {run.stderr}"
        ) from exc
    errors = []
    for message in messages:
        file = Path(unquote(urlsplit(message.get("url", "")).path))
        where = file.relative_to(output.resolve()) if file.is_relative_to(output.resolve()) else file
        line, column = (
            message.get("lastLine", "?"),
            message.get("firstColumn", message.get("lastColumn", "?")),
        )
        errors.append(f"{where}:{line}:{column}: {message['type']}: {message['message']}")
    if run.returncode != 0 and not errors:
        raise RuntimeError(f"the Nu HTML Checker failed (exit {run.returncode}): {run.stderr}")
    return errors


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", nargs="?", default="output", type=Path, help="the built site")
    args = parser.parse_args(argv)
    try:
        errors = html_errors(args.output)
    except Missing as exc:
        print(f"validate-html: {exc}", file=sys.stderr)
        return 2
    for error in errors:
        print(f"{args.output}/{error}")
    count = len(list(args.output.rglob("*.html")))
    print(f"Nu HTML Checker: {len(errors)} error(s) in {count} HTML files", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
