"""`briefing ingest`: writing, refusing, batches, dry runs, standard input and exit codes."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from generator.cli import main
from tests.conftest import REPO, MakeSite
from tests.ingest.support import FIXTURES

SEED = FIXTURES / "seed-000-newsbytes" / "raw.txt"
WRITTEN = "2024-11-20-newsbytes-biden-administration-approves-supplying-ukraine.md"


@pytest.fixture
def site(make_site: MakeSite) -> Path:
    return make_site({"site.yaml": (REPO / "site.yaml").read_text(encoding="utf-8")})


def ingest(site: Path, *args: str) -> int:
    return main(["ingest", "--root", str(site), *args])


def articles(site: Path) -> list[str]:
    return sorted(p.name for p in (site / "content" / "articles").iterdir() if p.name != "a1.md")


def test_writes_then_refuses_to_overwrite_then_forces(site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert ingest(site, str(SEED), "--outlet", "newsbytes") == 0
    assert articles(site) == [WRITTEN]
    assert ingest(site, str(SEED), "--outlet", "newsbytes") == 1
    assert "already exists; pass --force" in capsys.readouterr().err
    assert ingest(site, str(SEED), "--outlet", "newsbytes", "--force") == 0


def test_dry_run_prints_article_and_removals_and_writes_nothing(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert ingest(site, str(SEED), "--outlet", "newsbytes", "--dry-run") == 0
    out = capsys.readouterr().out
    assert out.startswith("---\ntitle: 'Biden administration approves")
    assert "==== removed: " in out
    assert "navigation or UI label [ui-label]\n    Page Loader\n    Summarize" in out
    assert "section label above a sub-heading [section-label]\n    Mine details" in out
    assert articles(site) == []


def test_batch_with_a_bad_file_ingests_the_others(
    site: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    batch = tmp_path / "batch"
    batch.mkdir()
    (batch / "a.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (batch / "b.txt").write_text(
        "Just a headline without any date\n\nOne short paragraph here.\n", encoding="utf-8"
    )
    (batch / "c.html").write_text(
        (FIXTURES / "html-wire-credit" / "raw.html").read_text(encoding="utf-8"), encoding="utf-8"
    )
    (batch / "notes.md").write_text("ignored", encoding="utf-8")
    assert ingest(site, str(batch)) == 1
    err = capsys.readouterr().err
    assert (
        "a.txt: cannot tell the outlet from the page; pass --outlet SLUG (known outlets: japan-news, newsbytes, reuters)"
        in err
    )
    assert "b.txt: cannot tell the outlet" in err
    assert (
        "c.html: wrote content/articles/2025-03-18-japan-news-australian-regulator-fines-lithium-miner.md"
        in err
    )
    assert "1 of 3 input(s) written, 2 failed" in err


def test_missing_published_time_fails_with_what_to_do(
    site: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    raw = tmp_path / "undated.txt"
    raw.write_text(
        "Ferry link to open in April\n\nA ferry service between two ports will begin in April, officials said.\n"
    )
    assert ingest(site, str(raw), "--outlet", "reuters") == 1
    assert (
        "cannot be written: no published time found in the page; pass --published WHEN"
        in capsys.readouterr().err
    )
    assert ingest(site, str(raw), "--outlet", "reuters", "--published", "2025-03-01 09:30") == 0
    text = (site / "content" / "articles" / "2025-03-01-reuters-ferry-link-open-april.md").read_text()
    assert "published: '2025-03-01T09:30:00+00:00'" in text


def test_unknown_outlet_gets_a_did_you_mean(site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert ingest(site, str(SEED), "--outlet", "newsbyte") == 1
    assert (
        "unknown outlet 'newsbyte' (did you mean 'newsbytes'?); known outlets: japan-news, newsbytes, reuters"
        in (capsys.readouterr().err)
    )


@pytest.mark.parametrize(
    ("flags", "message"),
    [
        (["--id", "Not An Id"], "is not an id"),
        (["--url", "ftp://x"], "--url expects an http:// or https:// URL"),
        (["--published", "whenever"], "cannot read 'whenever'"),
        ([str(SEED), "--title", "A"], "apply to one input only"),
    ],
)
def test_misuse_exits_2(
    site: Path, capsys: pytest.CaptureFixture[str], flags: list[str], message: str
) -> None:
    paths = [p for p in flags if p == str(SEED)]
    options = [f for f in flags if f != str(SEED)]
    assert ingest(site, str(SEED), *paths, "--outlet", "newsbytes", *options) == 2
    assert message in capsys.readouterr().err


def test_standard_input(
    site: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(SEED.read_bytes())))
    assert (
        ingest(
            site,
            "-",
            "--outlet",
            "newsbytes",
            "--id",
            "landmines-newsbytes",
            "--url",
            "https://www.newsbytesapp.com/news/world/x",
        )
        == 0
    )
    text = (site / "content" / "articles" / "landmines-newsbytes.md").read_text()
    assert "url: https://www.newsbytesapp.com/news/world/x\n" in text
    assert "url unknown" not in text


def test_html_outlet_is_inferred_from_the_page(site: Path) -> None:
    assert ingest(site, str(FIXTURES / "html-wire-credit" / "raw.html")) == 0
    assert articles(site) == ["2025-03-18-japan-news-australian-regulator-fines-lithium-miner.md"]


def test_written_article_passes_the_generators_check(site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert ingest(site, str(SEED), "--outlet", "newsbytes") == 0
    capsys.readouterr()
    assert main(["check", "--root", str(site)]) == 0


def test_paths_may_follow_options(monkeypatch):
    """`briefing ingest a.txt --outlet x b.txt` takes both paths."""
    import generator.ingest.command as command
    from generator.cli import main

    seen = {}
    monkeypatch.setattr(command, "run", lambda args, root: seen.setdefault("paths", args.paths) and 0)
    assert main(["ingest", "a.txt", "--outlet", "newsbytes", "b.txt", "--dry-run"]) == 0
    assert seen["paths"] == ["a.txt", "b.txt"]
