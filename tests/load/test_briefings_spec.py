"""A note is read through its spec: every field's problem is reported with the note's others."""

from __future__ import annotations

from generator.cli import main


def test_a_wrong_draft_is_reported_with_the_notes_other_problems(make_site, capsys):
    note = "date: 2024-11-20\nsummary: s\ntopics: [ukraine]\nsources: [a1]\ndraft: maybe\n"
    root = make_site({"content/briefings/mines.yaml": note})
    assert main(["check", "--root", str(root)]) == 1
    err = capsys.readouterr().err
    assert "content/briefings/mines.yaml:1: title: required field is missing" in err
    assert "content/briefings/mines.yaml:5: draft: expected true or false, found text 'maybe'" in err
