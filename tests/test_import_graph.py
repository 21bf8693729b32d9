"""The import graph of `generator/`: no cycles, and nothing below the preview imports it.

Every import statement counts, wherever it is: at the top, inside a function (a lazy import),
under `if TYPE_CHECKING:`. Importing `a.b.c` runs `a/__init__.py` and `a/b/__init__.py` first,
so it is an edge to those packages too. Read from the source with `ast`, nothing is imported.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import REPO

PACKAGE = "generator"
PREVIEW = "generator.preview"
# The command line starts the preview (`briefing serve`): it is above every stage, the preview
# included, and nothing imports it.
ABOVE_THE_PREVIEW = {"generator.cli", "generator.__main__"}

Edge = tuple[str, str, str]  # (importer, imported, "file:line" of the import)


def modules(top: Path) -> dict[str, Path]:
    """Every module of the package under `top` by dotted name (a package by its own name)."""
    found = {}
    for path in sorted(top.rglob("*.py")):
        parts = path.relative_to(top.parent).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


def _names(node: ast.Import | ast.ImportFrom, module: str, is_package: bool) -> Iterator[str]:
    """The dotted names an import statement may import: `from a.b import c` imports `a.b`, and
    `a.b.c` if that is a module."""
    if isinstance(node, ast.Import):
        yield from (alias.name for alias in node.names)
        return
    base = node.module or ""
    if node.level:  # relative: from the importing module's package, up `level - 1` packages
        package = module.split(".") if is_package else module.split(".")[:-1]
        package = package[: len(package) - node.level + 1]
        base = ".".join([*package, *([node.module] if node.module else [])])
    yield base
    yield from (f"{base}.{alias.name}" for alias in node.names)


def edges(top: Path) -> list[Edge]:
    """Every import of one module of the package by another, and where it is written."""
    known = modules(top)
    found: list[Edge] = []
    for module, path in known.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Import | ast.ImportFrom):
                continue
            where = f"{path.relative_to(top.parent)}:{node.lineno}"
            targets = set()
            for name in _names(node, module, path.name == "__init__.py"):
                parts = name.split(".")
                targets.update(".".join(parts[:n]) for n in range(1, len(parts) + 1))  # its packages too
            found.extend(
                (module, target, where) for target in sorted(targets) if target in known and target != module
            )
    return found


def cycles(graph: list[Edge]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan's algorithm, without
    recursion), each sorted; a module importing itself is no cycle."""
    following: dict[str, set[str]] = {}
    for source, target, _ in graph:
        following.setdefault(source, set()).add(target)
        following.setdefault(target, set())
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for start in sorted(following):
        if start in index:
            continue
        work = [(start, iter(sorted(following[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, rest = work[-1]
            step = next(rest, None)
            if step is not None:
                if step not in index:
                    index[step] = low[step] = len(index)
                    stack.append(step)
                    on_stack.add(step)
                    work.append((step, iter(sorted(following[step]))))
                elif step in on_stack:
                    low[node] = min(low[node], index[step])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return sorted(found)


def _place(where: str) -> tuple[str, int]:
    path, _, line = where.rpartition(":")
    return path, int(line)


def listed(graph: list[Edge]) -> list[str]:
    """The imports, one a line in file and line order; an import of a package's module is not
    listed again as an import of the package."""
    deeper = {(where, target.rpartition(".")[0]) for _, target, where in graph}
    kept = {(where, source, target) for source, target, where in graph if (where, target) not in deeper}
    return [f"  {w}: {s} imports {t}" for w, s, t in sorted(kept, key=lambda edge: _place(edge[0]))]


def described(component: list[str], graph: list[Edge]) -> str:
    """A cycle as the imports that make it."""
    members = set(component)
    inside = [edge for edge in graph if {edge[0], edge[1]} <= members]
    return f"{len(component)} modules: {', '.join(component)}\n" + "\n".join(listed(inside))


def test_generator_has_no_import_cycle():
    graph = edges(REPO / PACKAGE)
    found = cycles(graph)
    assert not found, "import cycles in generator/:\n" + "\n".join(described(c, graph) for c in found)


def test_nothing_outside_the_preview_imports_it():
    below = [
        (source, target, where)
        for source, target, where in edges(REPO / PACKAGE)
        if (target == PREVIEW or target.startswith(PREVIEW + "."))
        and not (source == PREVIEW or source.startswith(PREVIEW + "."))
        and source not in ABOVE_THE_PREVIEW
    ]
    assert not below, "imports of the preview from below it:\n" + "\n".join(listed(below))


def _package(root: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text)
    return root / "pkg"


@pytest.mark.parametrize(
    "hidden",
    [
        "def late():\n    from pkg.a import x\n",  # a lazy import
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from pkg.a import x\n",
        "from . import a\n",  # relative
        "import pkg.a\n",
    ],
)
def test_a_cycle_is_found_however_the_import_is_written(tmp_path, hidden):
    top = _package(
        tmp_path,
        {"pkg/__init__.py": "", "pkg/a.py": "from pkg.b import y\nx = 1\n", "pkg/b.py": hidden + "y = 2\n"},
    )
    assert cycles(edges(top)) == [["pkg.a", "pkg.b"]]


def test_an_import_runs_its_packages_first(tmp_path):
    """`pkg/sub/__init__.py` importing a module that imports `pkg.sub.x` is a cycle."""
    top = _package(
        tmp_path,
        {
            "pkg/__init__.py": "",
            "pkg/sub/__init__.py": "from pkg.other import z\n",
            "pkg/sub/x.py": "",
            "pkg/other.py": "from pkg.sub.x import *\nz = 1\n",
        },
    )
    assert cycles(edges(top)) == [["pkg.other", "pkg.sub"]]
    assert cycles(edges(_package(tmp_path / "ok", {"pkg/__init__.py": "", "pkg/a.py": "import pkg\n"}))) == []
