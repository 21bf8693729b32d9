"""`briefing ingest`: writing, refusing, batches, dry runs, standard input and exit codes."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from generator.cli import main
from tests.ingest.support import FIXTURES, articles, ingest

SEED = FIXTURES / "seed-000-newsbytes" / "raw.txt"
WRITTEN = "2024-11-20-newsbytes-biden-administration-approves-supplying-ukraine.md"


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


UNDATED = (
    "Ferry link to open in April\n\nA ferry service between two ports will begin in April, officials said.\n"
)


def test_a_page_without_a_date_is_written_as_a_draft_with_a_review_note(
    site: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    raw = tmp_path / "undated.txt"
    raw.write_text(UNDATED)
    ingest(site, str(raw), "--outlet", "reuters")
    err = capsys.readouterr().err
    assert (
        "undated.txt: wrote content/articles/undated-reuters-ferry-link-open-april.md "
        "(1 blocks kept, 1 removed, a draft: no published time)"
    ) in err
    assert "1 draft awaits review" in err
    text = (site / "content" / "articles" / "undated-reuters-ferry-link-open-april.md").read_text()
    assert text.startswith("---\ntitle: Ferry link to open in April\noutlet: reuters\ndraft: true\nreview:\n")
    assert (
        "- 'no published time found: the page states none; set published: and remove draft: true, "
        "or ingest it again with --published WHEN --force'\n"
    ) in text
    assert "published:" not in text.replace("set published:", "")
    assert ingest(site, str(raw), "--outlet", "reuters", "--published", "2025-03-01 09:30") == 0
    text = (site / "content" / "articles" / "2025-03-01-reuters-ferry-link-open-april.md").read_text()
    assert "published: '2025-03-01T09:30:00+00:00'" in text
    assert "draft" not in text


def test_flags_for_via_authors_and_dateline(site: Path, tmp_path: Path) -> None:
    raw = tmp_path / "ferry.txt"
    raw.write_text(UNDATED)
    flags = ["--outlet", "japan-news", "--published", "2025-03-01 09:30", "--via", "associated press"]
    assert ingest(site, str(raw), *flags, "--authors", "Ana Ruiz; Ben Ortiz", "--dateline", "KOBE") == 0
    text = (site / "content" / "articles" / "2025-03-01-japan-news-ferry-link-open-april.md").read_text()
    assert "authors:\n- Ana Ruiz\n- Ben Ortiz\nvia: AP\ndateline: KOBE\n" in text


def test_a_folder_of_mixed_outlets_takes_each_outlet_from_the_urls_host(
    site: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Ferry link to open in April\n\nMarch 1, 2025\n\n" + UNDATED.split("\n\n")[1]
    )
    (folder / "b.txt").write_text(
        "Port strike ends after a week\n\nMarch 2, 2025\n\nDock workers went back on Monday.\n"
    )
    (tmp_path / "map.yaml").write_text(
        "pages/a.txt: https://jp.reuters.com/world/ferry-2025-03-01/\n"
        "b.txt:\n  url: https://japannews.yomiuri.co.jp/business/strike/\n  via: Kyodo\n"
    )
    assert ingest(site, str(folder), "--map", str(tmp_path / "map.yaml")) == 0
    err = capsys.readouterr().err
    assert (
        "a.txt: outlet 'reuters': the host of https://jp.reuters.com/world/ferry-2025-03-01/ is that of "
        "its url https://www.reuters.com/"
    ) in err
    assert "b.txt: outlet 'japan-news': the host of https://japannews.yomiuri.co.jp/business/strike/" in err
    assert articles(site) == [
        "2025-03-01-reuters-ferry-link-open-april.md",
        "2025-03-02-japan-news-port-strike-ends-week.md",
    ]
    text = (site / "content" / "articles" / "2025-03-02-japan-news-port-strike-ends-week.md").read_text()
    assert "via: Kyodo\n" in text


def test_a_page_map_with_problems_is_misuse(
    site: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "map.yaml").write_text(
        "a.txt:\n  ulr: https://x.example/\nb.txt: [1]\nc.txt:\n  published: soon\n"
    )
    assert ingest(site, str(SEED), "--map", str(tmp_path / "map.yaml")) == 2
    err = capsys.readouterr().err
    assert f"error: {tmp_path / 'map.yaml'}:1: a.txt: ulr: unknown field (did you mean 'url'?)" in err
    assert f"error: {tmp_path / 'map.yaml'}:3: b.txt: expected the page's URL or a mapping of" in err
    assert articles(site) == []


def test_the_same_url_twice_is_refused_with_the_id_that_has_it(
    site: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = "https://www.newsbytesapp.com/news/world/landmines"
    assert ingest(site, str(SEED), "--outlet", "newsbytes", "--url", url) == 0
    copy = tmp_path / "copy.txt"
    copy.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    again = "http://newsbytesapp.com/news/world/landmines/?utm_source=feed#top"
    assert ingest(site, str(copy), "--outlet", "newsbytes", "--url", again, "--id", "landmines-again") == 1
    assert (
        f"copy.txt: {again} is already ingested as "
        "'2024-11-20-newsbytes-biden-administration-approves-supplying-ukraine' "
        "(content/articles/2024-11-20-newsbytes-biden-administration-approves-supplying-ukraine.md); "
        "edit that article, or remove it to ingest the page again"
    ) in capsys.readouterr().err
    assert articles(site) == [WRITTEN]


def test_a_fault_on_one_page_does_not_stop_the_others(
    site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import generator.ingest.command as command

    real = command.ingest

    def faulty(source, *args):  # type: ignore[no-untyped-def]
        if source.name.endswith("a.txt"):
            raise ZeroDivisionError("division by zero")
        return real(source, *args)

    monkeypatch.setattr(command, "ingest", faulty)
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "a.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "b.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    assert ingest(site, str(folder), "--outlet", "newsbytes") == 1
    err = capsys.readouterr().err
    assert (
        "a.txt: not ingested: internal error (ZeroDivisionError: division by zero); please report it" in err
    )
    assert "ingest: 1 of 2 input(s) written, 1 failed" in err
    assert articles(site) == [WRITTEN]


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
        ([str(SEED), "--authors", "Ana Ruiz"], "--authors apply to one input only"),
        (["--published", "Nov 20"], "--published: 'Nov 20' has no year; give the full date"),
        (["--via", " "], "--via must not be empty"),
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
