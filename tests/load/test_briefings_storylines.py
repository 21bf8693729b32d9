"""The note fields `storyline` and `updates`, and `storylines:` in site.yaml: validation."""

from __future__ import annotations

import pytest

from generator.build import load_site
from generator.load.content import LoadOptions
from tests.conftest import SITE_YAML

STORYLINES = (
    SITE_YAML
    + "storylines:\n  mines-row:\n    name: The row over mines\n    description: A developing story.\n"
)
NOTE = "title: t\ndate: 2024-11-20T09:00:00Z\nsummary: s\ntopics: [ukraine]\nsources: [a1]\n"


def load(make_site, note, site_yaml=STORYLINES):
    root = make_site({"site.yaml": site_yaml, "content/briefings/mines.yaml": note})
    site, report = load_site(root, LoadOptions())
    return site, [str(p) for p in report.problems if "key_points" not in p.field]


def test_storyline_and_updates_are_read(make_site):
    note = NOTE + (
        "storyline: mines-row\n"
        "updates:\n"
        "  - {date: 2024-11-22T10:00:00Z, kind: correction, text: Fixed a date.}\n"
        "  - {date: 2024-11-21, kind: update, text: Added a source.}\n"
    )
    site, problems = load(make_site, note)
    assert problems == []
    (briefing,) = site.briefings
    assert site.config.storylines["mines-row"].name == "The row over mines"
    assert briefing.storyline == "mines-row"
    assert [(u.date.isoformat(), u.date_only, u.kind) for u in briefing.updates] == [
        ("2024-11-21T00:00:00+00:00", True, "update"),
        ("2024-11-22T10:00:00+00:00", False, "correction"),
    ]
    assert briefing.updated is not None and briefing.updated.isoformat() == "2024-11-22T10:00:00+00:00"


def test_a_later_updated_field_wins(make_site):
    note = NOTE + "updated: 2024-11-23T00:00:00Z\nupdates:\n  - {date: 2024-11-21, kind: update, text: x}\n"
    site, _ = load(make_site, note)
    assert site.briefings[0].updated.isoformat() == "2024-11-23T00:00:00+00:00"


def test_an_update_on_the_day_of_the_note_does_not_move_updated_backwards(make_site):
    site, problems = load(make_site, NOTE + "updates:\n  - {date: 2024-11-20, kind: update, text: x}\n")
    assert problems == [] and site.briefings[0].updated is None


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (
            "storyline: mines-rows\n",
            "content/briefings/mines.yaml:6: storyline: unknown storyline 'mines-rows' (did you mean "
            "'mines-row'?) (declare it under storylines: in site.yaml; declared: mines-row)",
        ),
        (
            "updates:\n  - {date: 2024-11-21, kind: corection, text: x}\n",
            "content/briefings/mines.yaml:7: updates[0].kind: expected update or correction, found "
            "'corection' (did you mean 'correction'?)",
        ),
        (
            "updates:\n  - {date: 2024-11-19, kind: update, text: x}\n",
            "content/briefings/mines.yaml:7: updates[0].date: is earlier than the briefing's date",
        ),
        (
            "updates:\n  - {date: 2024-11-21, kind: update}\n",
            "content/briefings/mines.yaml:7: updates[0].text: required field is missing",
        ),
        (
            "updates:\n  - just text\n",
            "content/briefings/mines.yaml:7: updates[0]: expected {date, kind, text}, found text 'just text'",
        ),
        (
            "updates:\n  - {date: 2024-11-21, kind: update, text: x, by: me}\n",
            "content/briefings/mines.yaml:7: warning: updates[0].by: unknown field, ignored",
        ),
    ],
)
def test_problems(make_site, extra, message):
    _, problems = load(make_site, NOTE + extra)
    assert message in problems, problems


def test_storylines_in_site_yaml_are_checked(make_site):
    bad = SITE_YAML + "storylines:\n  Mines Row:\n    name: x\n  ok:\n    title: x\n"
    _, problems = load(make_site, NOTE, bad)
    assert any(
        p.startswith("site.yaml:25: storylines.Mines Row: 'Mines Row' is not a slug") for p in problems
    )
    assert "site.yaml:28: storylines.ok.name: required field is missing" in problems
    assert "site.yaml:28: warning: storylines.ok.title: unknown field, ignored" in problems
