"""What a check needs: found, or a skip saying how to install it (a failure under CI=true)."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TypeVar

import pytest

from tools.quality.needs import Missing

T = TypeVar("T")


def require(find: Callable[[], T]) -> T:
    """The result of `find`, or a skip with its install hint locally and a failure under CI."""
    try:
        return find()
    except Missing as exc:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{exc}; CI must run this check")
        pytest.skip(str(exc))
