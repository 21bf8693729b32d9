"""The field tables of `docs/content.md`, printed from the content specs.

`python -m generator.load.spec_doc` prints every table; `--write` puts each into
`docs/content.md` under its `<!-- fields: <name> -->` marker, in place of the table there. A
test checks that the file holds the tables the specs give.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from generator.load.spec import ARTICLE, BRIEFING, OUTLET, SITE, STORYLINE, TOPIC, Field, Spec

DOC = Path(__file__).resolve().parents[2] / "docs" / "content.md"
TABLES = {
    "site": SITE,
    "topic": TOPIC,
    "outlet": OUTLET,
    "storyline": STORYLINE,
    "article": ARTICLE,
    "briefing": BRIEFING,
}
_MARKED = re.compile(r"^<!-- fields: (?P<name>[a-z]+) -->\n(?:\|.*\n)*", re.MULTILINE)


def table(spec: Spec) -> str:
    """A Markdown table of the spec's fields: name, type, default, meaning."""
    rows = ["| field | type | default | meaning |", "|---|---|---|---|"]
    for field in spec.fields:
        rows.append(f"| `{field.name}` | {field.type_name} | {default_cell(spec, field)} | {field.meaning} |")
    return "\n".join(rows) + "\n"


def default_cell(spec: Spec, field: Field) -> str:
    """'required', or the model's default as a reader writes it in YAML (`[]`, `false`, none)."""
    if field.shown_default is not None:
        return field.shown_default
    if field.required:
        return f"required unless `{field.unless}`" if field.unless else "required"
    return _yaml(spec.default(field))


def _yaml(value: Any) -> str:
    if value is None:
        return "none"
    if isinstance(value, bool):
        return f"`{str(value).lower()}`"
    if isinstance(value, tuple | list):
        return "`[" + ", ".join(map(str, value)) + "]`"
    if isinstance(value, Mapping):
        return "`{}`" if not value else f"`{dict(value)}`"
    return '`""`' if value == "" else f"`{value}`"


def with_tables(text: str) -> str:
    """`text` with the table under each `<!-- fields: <name> -->` marker made from its spec."""

    def fill(match: re.Match[str]) -> str:
        name = match["name"]
        if name not in TABLES:
            raise ValueError(f"<!-- fields: {name} -->: no such spec; known: {', '.join(TABLES)}")
        return f"<!-- fields: {name} -->\n{table(TABLES[name])}"

    return _MARKED.sub(fill, text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator.load.spec_doc", description=__doc__)
    parser.add_argument("--write", action="store_true", help=f"rewrite the tables in {DOC.name}")
    args = parser.parse_args(argv)
    if args.write:
        DOC.write_text(with_tables(DOC.read_text(encoding="utf-8")), encoding="utf-8")
        return 0
    for name, spec in TABLES.items():
        sys.stdout.write(f"<!-- fields: {name} -->\n{table(spec)}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
