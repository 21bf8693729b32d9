"""tools/ingest_title_train.py: what it says without scikit-learn, and its trees."""

from __future__ import annotations

import sys

import pytest

from tools.ingest_title_train import TREES, TitlePage, fit, main


def test_without_scikit_learn_it_says_how_to_install_it(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "sklearn", None)  # import sklearn raises ImportError
    assert main(["no-such-set"]) == 2
    assert capsys.readouterr().err == "scikit-learn is not installed: pip install -e '.[train]'\n"


def test_the_trees_are_fitted_with_a_fixed_seed() -> None:
    pytest.importorskip("sklearn")
    pages = [
        TitlePage(
            "set-a" if n % 2 else "set-b",
            f"page-{n}",
            "truth",
            "current",
            ("a", "b", "c"),
            ((float(n % 3), 1.0, 0.5), (float(n % 5), 0.0, 0.25), (float(n % 7), 0.5, 1.0)),
            (int(n % 3 == 0), int(n % 3 == 1), int(n % 3 == 2)),
        )
        for n in range(12)
    ]
    first, second = fit(pages), fit(pages)
    assert first == second
    assert len(first.trees) == TREES
