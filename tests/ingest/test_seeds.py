"""The two real seeds, through the real command, give exactly the expected articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.cli import main
from tests.conftest import REPO, MakeSite
from tests.ingest.support import FIXTURES

SEEDS = [
    ("seed-000-newsbytes", ["--outlet", "newsbytes"],
     "2024-11-20-newsbytes-biden-administration-approves-supplying-ukraine.md"),
    ("seed-003-japan-news",
     ["--outlet", "japan-news", "--title", "Biden approves anti-personnel mines for Ukraine, US official says"],
     "2024-11-20-japan-news-biden-approves-anti-personnel-mines.md"),
]  # fmt: skip


@pytest.mark.parametrize(("fixture", "flags", "written"), SEEDS)
def test_seed_gives_the_expected_article(
    make_site: MakeSite, capsys: pytest.CaptureFixture[str], fixture: str, flags: list[str], written: str
) -> None:
    root = make_site({"site.yaml": (REPO / "site.yaml").read_text(encoding="utf-8")})
    raw = FIXTURES / fixture / "raw.txt"
    assert main(["ingest", "--root", str(root), str(raw), *flags]) == 0
    article = root / "content" / "articles" / written
    assert article.read_text(encoding="utf-8") == (FIXTURES / fixture / "expected.md").read_text(
        encoding="utf-8"
    )
    err = capsys.readouterr().err
    assert f"wrote content/articles/{written}" in err
    assert "error" not in err


def test_seed_fixtures_are_the_shared_seeds() -> None:
    shared = Path("/work/shared/seeds")
    if not shared.is_dir():
        pytest.skip("the shared seeds folder is not on this machine")
    for fixture, name in (
        ("seed-000-newsbytes", "000_0cfeb2b9262f307a.txt"),
        ("seed-003-japan-news", "003_38deb2ecbac005e4.txt"),
    ):
        assert (FIXTURES / fixture / "raw.txt").read_bytes() == (shared / name).read_bytes()
