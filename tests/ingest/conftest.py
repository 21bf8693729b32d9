"""Fixtures for the ingest tests."""

from __future__ import annotations

import pytest

from generator.load.config import load_config
from generator.model.site import SiteConfig
from tests.ingest.support import FIXTURES


@pytest.fixture(scope="session")
def fixture_config() -> SiteConfig:
    """The outlets of the ingest fixtures (tests/ingest/fixtures/site.yaml)."""
    return load_config(FIXTURES)
