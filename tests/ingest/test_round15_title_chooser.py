"""The learned title chooser (issue 21, fifteenth round): a short headline over a metadata line and
the text, which the rules pass over for the text's first clause (a provisional title), is taken as
the title when the chooser is sure of it; the review note names the title the rules read. The
model file is checked as it is loaded. The pages are invented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.ingest.model import Draft, Request
from generator.ingest.pipeline import Source, ingest
from generator.ingest.title_model import CANDIDATE_FEATURES, MODEL_FILE, TitleModelError, load, pick
from generator.model.site import SiteConfig
from generator.model.wires import DEFAULT
from tests.ingest.support import NOW

DUTCH = (
    "nieuwe veerboot gemeente\n\n  • 7 oktober 2019\n\n"
    "Op 2 oktober 2019 keurde de gemeenteraad de aankoop van de nieuwe veerboot goed voor de verbinding"
    " met het eiland. U kan het volledige besluit hier raadplegen.\n\n"
    "Wethouder Jansen is bevoegd voor de haven en neemt tevens de bevoegdheden toerisme en verkeer op.\n"
)
GERMAN = (
    "»Sturm« bringt dem Inselhafen Besucher\n\n  • Lesedauer: 1 Min.\n\n"
    "Nordhafen. Der im Mai gezeigte Film »Sturm« hat dem Inselhafen in ihrem ersten Monat mehr Gäste"
    " gebracht als erwartet. »Wir zählen schon über 12 000 Reisende«, sagte die Hafenmeisterin am"
    " Dienstag der dpa. Das seien fast 3000 mehr als im selben Monat des Vorjahres, als noch das alte"
    " Schiff fuhr. dpa/hb\n\nWir stehen zum Verkauf. Aber nur an unsere Leser.\n"
)


def _draft(config: SiteConfig, page: str, outlet: str, url: str) -> Draft:
    return ingest(Source("page.txt", page, False), Request(outlet=outlet, url=url), config, NOW, DEFAULT)


def test_a_short_headline_over_a_date_line_is_the_title(fixture_config: SiteConfig) -> None:
    draft = _draft(fixture_config, DUTCH, "havenkrant", "https://havenkrant.example/nieuwe-veerboot-gemeente")
    assert draft.metadata.title == "nieuwe veerboot gemeente"
    assert [note for note in draft.metadata.review if note.startswith("title")] == [
        "title chosen by the title model instead of 'Op 2 oktober 2019 keurde de gemeenteraad de aankoop"
        " van de nieuwe…': check it"
    ]
    assert all("nieuwe veerboot gemeente" not in block.text for block in draft.blocks)


def test_a_headline_over_a_reading_time_is_the_title(fixture_config: SiteConfig) -> None:
    url = "https://hafenbote.example/artikel/4711.sturm-bringt-dem-inselhafen-besucher.html"
    draft = _draft(fixture_config, GERMAN, "hafenbote", url)
    assert draft.metadata.title == "»Sturm« bringt dem Inselhafen Besucher"
    assert [note for note in draft.metadata.review if note.startswith("title")] == [
        "title chosen by the title model instead of 'Der im Mai gezeigte Film »Sturm« hat dem Inselhafen"
        " in ihrem ersten…': check it"
    ]


def test_the_editors_title_is_never_changed(fixture_config: SiteConfig) -> None:
    request = Request(outlet="havenkrant", url="https://havenkrant.example/x", title="Mijn titel")
    draft = ingest(Source("page.txt", DUTCH, False), request, fixture_config, NOW, DEFAULT)
    assert draft.metadata.title == "Mijn titel"


def test_the_chooser_acts_only_when_sure_and_by_its_margin() -> None:
    current = [0.0] * len(CANDIDATE_FEATURES)
    current[CANDIDATE_FEATURES.index("is_current")] = 1.0
    other = [0.0] * len(CANDIDATE_FEATURES)
    assert pick([0.4, 0.9], [current, other], 0.5, 0.3) == 1
    assert pick([0.7, 0.9], [current, other], 0.5, 0.3) is None  # under the margin
    assert pick([0.0, 0.49], [current, other], 0.5, 0.3) is None  # under the threshold
    assert pick([0.9, 0.95], [other, current], 0.5, 0.3) is None  # the title's own line is best
    assert pick([0.6], [other], 0.5, 0.3) == 0  # the title is no line: its rating counts as 0


def test_the_shipped_model_records_its_sets_and_no_text() -> None:
    data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    assert data["trained_on"] == [f"ingest-plain{n}" for n in ("", 10, 11, 12, 2, 3, 4, 5, 6, 7, 8, 9)]
    keys = {
        "format",
        "feature_version",
        "features",
        "threshold",
        "margin",
        "trained_on",
        "base",
        "rate",
        "trees",
    }
    assert set(data) == keys


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"format": "other"}, "format: expected 'briefing-title-model'"),
        (
            {"feature_version": 0},
            "feature_version: trained on version 0, this ingest computes version 1;"
            " retrain with tools/ingest_title_train.py",
        ),
        ({"margin": "wide"}, "could not convert string to float: 'wide'"),
    ],
)
def test_a_model_file_that_does_not_fit_is_refused_by_name(
    tmp_path: Path, change: dict[str, object], message: str
) -> None:
    data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    path = tmp_path / "title_model.json"
    path.write_text(json.dumps({**data, **change}), encoding="utf-8")
    with pytest.raises(TitleModelError) as caught:
        load(path)
    assert str(caught.value) == f"{path}: {message}"


class _AlwaysSecondLine:
    """A chooser sure of the page's second line, whatever the page."""

    def choose(self, page, rows, title, url, lines):  # the TitleModel call
        return page[1]


def test_a_title_the_urls_slug_spelled_from_several_lines_is_never_replaced(
    fixture_config: SiteConfig,
) -> None:
    # Set 14 (unseen): the slug joined a headline wrapped over lines, the chooser took one of them.
    from generator.ingest.line_model import packaged as line_model
    from generator.ingest.pipeline import by_rules, with_model

    lead = "The council approved the budget late on Monday after a long debate over library opening hours."
    page = f"Harbour library keeps its doors\nopen on Sundays from March\n\n{lead}\n\n{lead.replace('Monday', 'Tuesday')}\n"
    request = Request(
        outlet="havenkrant",
        url="https://havenkrant.example/harbour-library-keeps-its-doors-open-on-sundays-from-march",
    )
    ruled = by_rules(Source("page.txt", page, False), request, fixture_config, NOW, DEFAULT)
    draft = with_model(ruled, line_model(), DEFAULT, chooser=_AlwaysSecondLine())  # type: ignore[arg-type]
    assert draft.metadata.title == "Harbour library keeps its doors open on Sundays from March"
