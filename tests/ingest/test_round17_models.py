"""Round 17: leave-one-set-out for the learned models (tools/ingest_loso.py, tools/ingest_loso_line.py).

Every page and truth file here is invented. Fitting needs the `train` extra (scikit-learn).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.load.config import load_config
from tests.tools.test_ingest_train import invented_set
from tools import ingest_loso_line as loso_line
from tools import ingest_train
from tools.ingest_loso import FIELDS, table
from tools.ingest_runner import make_project
from tools.ingest_train import choose_threshold, fit, read_sets


def test_a_fold_chooses_its_threshold_alike_from_models_fitted_once(tmp_path: Path) -> None:
    """The quick leave-one-set-out fits the model without sets A and B once, for A's fold and B's:
    it must be the model, and the threshold, `ingest_train` gets fitting it inside the fold."""
    pytest.importorskip("sklearn")
    sets = [tmp_path / name for name in ("set-a", "set-b", "set-c")]
    for offset, folder in enumerate(sets):
        invented_set(folder, 3, 10 * offset)
    pages = read_sets(sets, tmp_path / "scratch")
    wires = load_config(make_project(tmp_path / "scratch" / "all", [])).wires
    train = [p for p in pages if p.set_name != "set-a"]
    held = {
        name: fit([p for p in pages if p.set_name not in ("set-a", name)], 1.0) for name in ("set-b", "set-c")
    }
    assert held["set-b"] == fit([p for p in train if p.set_name != "set-b"], 1.0)
    assert choose_threshold(train, wires, held) == choose_threshold(train, wires)


def page(title: bool, published: str, tp: float, fp: float, fn: float, leaks: int, part: str) -> dict:
    return {
        "title": title,
        "published": published,
        "via_truth": True,
        "via_read": title,
        "via_right": title,
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "leaks": leaks,
        "refused": False,
        "part": part,
    }


def test_the_table_pools_body_figures_over_pages_and_lists_a_set_s_parts() -> None:
    """Body precision and recall are means over pages, as the scorer gives them (set-a: P (0.5 +
    1.0) / 2, R (1.0 + 0.8) / 2); a set given in parts is also shown part by part."""
    results = {
        "set-b": [page(True, "right", 0.9, 0.1, 0.0, 0, "set-b")],
        "set-a": [
            page(True, "invented", 0.5, 0.5, 0.0, 2, "set-a-dev"),
            page(False, "missed", 0.8, 0.0, 0.2, 0, "set-a-heldout"),
        ],
    }
    assert table(results).splitlines() == [
        FIELDS,
        "set-a                2      1          0         1       1 /   1 / 2           0.818 (0.750, 0.900)       2        0",
        "  set-a-dev          1      1          0         1       1 /   1 / 1           0.667 (0.500, 1.000)       2        0",
        "  set-a-heldout      1      0          0         0       0 /   0 / 1           0.889 (1.000, 0.800)       0        0",
        "set-b                1      1          1         0       1 /   1 / 1           0.947 (0.900, 1.000)       0        0",
        "all                  3      2          1         1       2 /   2 / 3           0.862 (0.800, 0.933)       2        0",
    ]


def test_the_quick_tool_writes_the_model_ingest_train_writes(tmp_path: Path) -> None:
    """`ingest_loso_line --write`: the model on every set, its threshold chosen on the models
    without one set each (fitted once for the folds), byte for byte what `ingest_train` writes."""
    pytest.importorskip("sklearn")
    sets = [tmp_path / name for name in ("set-a", "set-b", "set-c")]
    for offset, folder in enumerate(sets):
        invented_set(folder, 3, 10 * offset)
    written = tmp_path / "trained.json"
    assert ingest_train.main([*map(str, sets), "--no-validate", "--out", str(written)]) == 0
    loso_line._PAGES[:] = read_sets(sets, tmp_path / "scratch")
    loso_line._WIRES[:] = [load_config(make_project(tmp_path / "scratch" / "all", [])).wires]
    for left_out in [(), ("set-a",), ("set-b",), ("set-c",)]:
        loso_line._FITTED[left_out] = loso_line._fit_without(left_out)[1]
    _, model = loso_line._fold_model(None)
    assert json.dumps(model.as_json(), separators=(",", ":")) + "\n" == written.read_text(encoding="utf-8")
