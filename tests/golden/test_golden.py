"""The fixture site's output must match the committed expected output, file by file."""

from __future__ import annotations

from pathlib import Path

from tests.golden.regenerate import HERE, build_fixture


def files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def test_output_matches_golden(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1736899200")
    build_fixture(tmp_path / "out")
    actual, expected = files(tmp_path / "out"), files(HERE / "expected")
    assert sorted(actual) == sorted(expected), "the set of files differs: run `make golden` and review"
    changed = [name for name in expected if actual[name] != expected[name]]
    assert not changed, f"files differ from tests/golden/expected: {changed}; run `make golden` and review"


def test_build_is_byte_identical(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1736899200")
    build_fixture(tmp_path / "one")
    build_fixture(tmp_path / "two")
    assert files(tmp_path / "one") == files(tmp_path / "two")
