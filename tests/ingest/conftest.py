"""Fixtures for the ingest tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.load.config import load_config, load_wires
from generator.model.site import SiteConfig
from generator.model.wires import Registry
from tests.conftest import REPO, MakeSite
from tests.ingest.support import FIXTURES


@pytest.fixture(scope="session")
def fixture_config() -> SiteConfig:
    """The outlets of the ingest fixtures (tests/ingest/fixtures/site.yaml)."""
    return load_config(FIXTURES)


@pytest.fixture(scope="session")
def fixture_wires() -> Registry:
    """The wire registry of the ingest fixtures: the built-in wires and the site's `wires:`."""
    return load_wires(FIXTURES)


@pytest.fixture
def site(make_site: MakeSite) -> Path:
    """A project with the example site's site.yaml, to ingest into."""
    return make_site({"site.yaml": (REPO / "site.yaml").read_text(encoding="utf-8")})
