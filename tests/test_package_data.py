"""Every data file a package reads at run time is shipped with it (a built wheel holds only the
files `pyproject.toml` lists; an editable install would hide a file left out)."""

from __future__ import annotations

import tomllib

from tests.conftest import REPO


def test_every_model_file_of_a_package_is_listed_as_package_data():
    listed = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]
    for folder in sorted((REPO / "generator").rglob("*.json")):
        package = ".".join(folder.parent.relative_to(REPO).parts)
        assert folder.name in listed.get(package, []), f"{folder.relative_to(REPO)} is not in package-data"
