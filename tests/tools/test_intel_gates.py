"""`python -m tools.intel_gates` on the invented labelled story (tests/tools/intel_fixture): each
sentence the 'only in' gates refuse is counted under the condition the project's code names,
judged right or wrong against the story's truth, and each fact every newsroom carries under
the furthest step it reached."""

from __future__ import annotations

from pathlib import Path

from generator.analysis import facts_agreed, facts_refusal, unique_gate
from tools.intel_gates import main

FIXTURE = Path(__file__).parent / "intel_fixture"


def test_each_refusal_is_counted_under_its_condition(capsys) -> None:
    assert main([str(FIXTURE)]) == 0
    story = [
        "     1 right    0 wrong  sentences  shown",
        "     1 right    0 wrong  sentences  no evidence: no key of its own",
        "     0 right    3 wrong  sentences  not its own: close to a sentence of another newsroom",
        "     2 right    0 wrong  sentences  not its own: no name or figure of its own",
        "     1 facts only in one newsroom: furthest step  shown",
        "     1 facts only in one newsroom: furthest step  no evidence: no key of its own",
        "     1 facts only in one newsroom: furthest step  not its own: no name or figure of its own",
        "     1 facts every newsroom carries: furthest step  shown",
    ]
    assert capsys.readouterr().out.splitlines() == ["harbour-ferry:", *story, "total (1 stories):", *story]
    # the project's functions are restored once read
    assert facts_refusal.refusal.__name__ == "refusal"
    assert unique_gate.Gate.verdict.__name__ == "verdict"
    assert unique_gate.Gate.own_count.__name__ == "own_count"
    assert facts_agreed.agreed.__name__ == "agreed"


def test_a_held_out_story_is_not_read(capsys) -> None:
    assert main([str(FIXTURE), "--stories", "kept-apart"]) == 2
    assert (
        capsys.readouterr().err
        == "intel-gates: kept-apart: held out for the final evaluation: not read here\n"
    )
