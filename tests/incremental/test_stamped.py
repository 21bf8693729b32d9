"""The stamped pickles of `.cache/`: a file written by other code counts as absent, never a crash."""

from __future__ import annotations

import pickle
import sys
import types
from pathlib import Path

from generator.incremental.code_digest import code_digest
from generator.incremental.stamped import read_stamped, write_stamped


def _pickled_by_gone_code() -> bytes:
    """A pickle naming a class whose module no longer exists (as after a module moved)."""
    module = types.ModuleType("generator_moved_away")

    class Gone:
        pass

    Gone.__module__ = module.__name__
    Gone.__qualname__ = "Gone"
    module.Gone = Gone  # type: ignore[attr-defined]
    sys.modules[module.__name__] = module
    try:
        return pickle.dumps(Gone())
    finally:
        del sys.modules[module.__name__]


def test_round_trip(tmp_path: Path) -> None:
    write_stamped(tmp_path / "c.pickle", {"a": 1}, "test cache")
    assert read_stamped(tmp_path / "c.pickle") == {"a": 1}


def test_old_stamp_is_not_unpickled(tmp_path: Path) -> None:
    path = tmp_path / "c.pickle"
    path.write_bytes(pickle.dumps("another version") + _pickled_by_gone_code())
    assert read_stamped(path) is None


def test_a_file_of_the_older_form_naming_moved_code_is_absent(tmp_path: Path) -> None:
    """Before the stamp had a pickle of its own, a file was one tuple (stamp, data): reading it
    unpickled the data, and a class that had moved raised ModuleNotFoundError."""
    path = tmp_path / "c.pickle"
    stamp, data = pickle.dumps(code_digest()), _pickled_by_gone_code()
    path.write_bytes(b"\x80\x05" + stamp[2:-1] + data[2:-1] + b"\x86.")  # TUPLE2 of the two
    assert read_stamped(path) is None


def test_a_cut_file_is_absent(tmp_path: Path) -> None:
    path = tmp_path / "c.pickle"
    path.write_bytes(pickle.dumps(code_digest()) + pickle.dumps({"a": 1})[:-3])
    assert read_stamped(path) is None
