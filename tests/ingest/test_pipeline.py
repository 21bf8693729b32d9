"""One page through the whole pipeline: header reading, structure, metadata and outlet choice."""

from __future__ import annotations

import pytest

from generator.ingest.model import Draft, IngestFailure, Kind, Request
from generator.ingest.pipeline import Source, ingest
from generator.model.site import SiteConfig
from generator.model.wires import DEFAULT
from tests.ingest.support import FIXTURES, NOW

LEAD = "The council approved the budget late on Monday after a long debate over library opening hours."
SECOND = "Libraries will open on Sundays from March, and the two branches on the quay will close at eight."
THIRD = "The mayor said the vote showed that the council could still agree on the things that mattered."


def text_draft(config: SiteConfig, text: str, outlet: str | None = "coast-courier", **flags: str) -> Draft:
    return ingest(Source("page.txt", text, False), Request(outlet=outlet, **flags), config, NOW, DEFAULT)


def test_repeated_title_dek_and_split_date_time(fixture_config: SiteConfig) -> None:
    draft = text_draft(
        fixture_config,
        "Menu\nBudget passes after library fight\nCuts to weekend hours were reversed in a late vote\n"
        f"Budget passes after library fight\nNov 20, 2024\n01:13 pm\n{LEAD}\n",
    )
    meta = draft.metadata
    assert (meta.title, meta.dek) == (
        "Budget passes after library fight",
        "Cuts to weekend hours were reversed in a late vote",
    )
    assert meta.published is not None and meta.published.isoformat() == "2024-11-20T13:13:00+00:00"
    assert [b.text for b in draft.blocks] == [LEAD]


def test_no_title_gives_a_provisional_one_marked_for_review(fixture_config: SiteConfig) -> None:
    draft = text_draft(fixture_config, f"Published 4 November 2024 10:00\n{LEAD}\n")
    assert draft.metadata.title == "The council approved the budget late on Monday after a long debate…"
    assert "title is provisional: the raw text has none; pass --title or edit it" in draft.metadata.review


def test_title_flag_wins(fixture_config: SiteConfig) -> None:
    draft = text_draft(fixture_config, f"Published 4 November 2024 10:00\n{LEAD}\n", title="Budget passes")
    assert draft.metadata.title == "Budget passes"
    assert not any("provisional" in note for note in draft.metadata.review)


def test_section_label_gives_the_kind_and_update_prefix_is_dropped(fixture_config: SiteConfig) -> None:
    draft = text_draft(
        fixture_config, f"ANALYSIS\nUPDATE 2-Why the budget passed at last\n4 Nov 2024 10:00 GMT\n{LEAD}\n"
    )
    assert (draft.metadata.title, draft.metadata.kind) == ("Why the budget passed at last", "analysis")


def test_first_published_wins_and_the_top_time_becomes_updated(fixture_config: SiteConfig) -> None:
    draft = text_draft(
        fixture_config,
        f"Budget passes after library fight\nWed 20 Nov 2024 13.05 GMT\n{LEAD}\nFirst published on Wed 20 Nov 2024 08.23 GMT\n",
    )
    meta = draft.metadata
    assert meta.published is not None and meta.published.isoformat() == "2024-11-20T08:23:00+00:00"
    assert meta.updated is not None and meta.updated.isoformat() == "2024-11-20T13:05:00+00:00"


def test_sub_headings_and_section_labels(fixture_config: SiteConfig) -> None:
    draft = text_draft(
        fixture_config,
        f"Budget passes after library fight\nNov 20, 2024 10:00\n{LEAD}\nMine details\n"
        f"US-supplied mines to Ukraine are 'non-persistent'\n{SECOND}\nWhat happens next\n{THIRD}\n",
    )
    assert [(b.kind, b.text) for b in draft.blocks] == [
        (Kind.PARAGRAPH, LEAD),
        (Kind.HEADING, "US-supplied mines to Ukraine are 'non-persistent'"),
        (Kind.PARAGRAPH, SECOND),
        (Kind.HEADING, "What happens next"),
        (Kind.PARAGRAPH, THIRD),
    ]
    assert any(r.rule == "section-label" and r.text == "Mine details" for r in draft.removals)


def test_paywall_notice_marks_the_article(fixture_config: SiteConfig) -> None:
    draft = text_draft(
        fixture_config, f"Budget passes\nNov 20, 2024 10:00\n{LEAD}\nSubscribe to continue reading\n"
    )
    assert draft.metadata.paywalled
    assert "paywalled: the text may be cut short by a paywall" in draft.metadata.review


def test_a_page_without_text_cannot_be_written(fixture_config: SiteConfig) -> None:
    draft = text_draft(
        fixture_config, "Budget passes after library fight\nNov 20, 2024 10:00\nAdvertisement\n"
    )
    assert "no article text found in the page" in draft.blockers


HTML = """<html><head><meta property="og:site_name" content="{site}">
<meta property="og:url" content="{url}"><title>Budget passes | {site}</title></head>
<body><article><h1>Budget passes</h1><p class="pubdate">Published: 14 March 2025, 16:20</p>
<p>{lead}</p><p>{lead}</p></article><footer>© 2025 {site}. All rights reserved.</footer></body></html>"""


@pytest.mark.parametrize(
    ("site", "url", "outlet"),
    [
        ("The Coast Courier", "https://elsewhere.example/x", "coast-courier"),
        ("Coast Courier", "https://coastcourier.example/news/x", "coast-courier"),
        ("A Blog", "https://www.valleyledger.example/story/x", "valley-ledger"),
    ],
)
def test_outlet_is_inferred_from_site_name_or_domain(
    fixture_config: SiteConfig, site: str, url: str, outlet: str
) -> None:
    page = HTML.format(site=site, url=url, lead=LEAD)
    draft = ingest(Source("page.html", page, True), Request(), fixture_config, NOW, DEFAULT)
    assert draft.metadata.outlet == outlet
    assert draft.metadata.title == "Budget passes"
    assert draft.metadata.published is not None


def test_unknown_site_names_the_known_outlets(fixture_config: SiteConfig) -> None:
    page = HTML.format(site="Nobody", url="https://nobody.example/x", lead=LEAD)
    expected = r"cannot tell the outlet from the page \(no outlet's url has the host of https://nobody.example/x\); pass"
    with pytest.raises(IngestFailure, match=expected):
        ingest(Source("page.html", page, True), Request(), fixture_config, NOW, DEFAULT)


def test_visible_date_is_read_in_the_outlet_zone(fixture_config: SiteConfig) -> None:
    page = HTML.format(site="Capital Chronicle", url="https://capitalchronicle.example.in/x", lead=LEAD)
    draft = ingest(Source("page.html", page, True), Request(), fixture_config, NOW, DEFAULT)
    assert draft.metadata.published is not None
    assert draft.metadata.published.isoformat() == "2025-03-14T16:20:00+05:30"


def test_timeline_dates_in_the_body_stay_when_the_header_is_dated(fixture_config: SiteConfig) -> None:
    draft = text_draft(
        fixture_config,
        f"How the budget fight unfolded\nPublished 20 Nov 2024 10:00 GMT\n{LEAD}\n"
        f"Nov 4, 2024\nThe draft budget was published with cuts to library hours.\n"
        f"Nov 18, 2024\nResidents packed the council chamber to object to the cuts.\n",
    )
    assert [(b.kind, b.text) for b in draft.blocks][1:3] == [
        (Kind.HEADING, "Nov 4, 2024"),
        (Kind.PARAGRAPH, "The draft budget was published with cuts to library hours."),
    ]
    assert draft.metadata.published is not None
    assert draft.metadata.published.isoformat() == "2024-11-20T10:00:00+00:00"


def test_a_list_the_text_leads_into_is_not_trailing_furniture(fixture_config: SiteConfig) -> None:
    draft = text_draft(
        fixture_config,
        f"Candidates named for the by-election\nPublished 20 Nov 2024 10:00 GMT\n{LEAD}\n"
        "The candidates are:\nJane Doe, Labour\nJohn Smith, Conservative\nAmy Lee, Green Party\n",
    )
    assert [b.text for b in draft.blocks][-3:] == [
        "Jane Doe, Labour",
        "John Smith, Conservative",
        "Amy Lee, Green Party",
    ]


@pytest.mark.parametrize(
    ("language", "outlet"),
    [
        ("de", "hafenbote"),
        ("fr", "gazette-du-port"),
        ("es", "diario-del-puerto"),
        ("it", "gazzetta-del-porto"),
        ("nl", "havenkrant"),
        ("pt", "jornal-do-porto"),
        ("ja", "kowan-shimbun"),
    ],
)
def test_prose_in_other_languages_that_looks_like_furniture_is_kept(
    fixture_config: SiteConfig, language: str, outlet: str
) -> None:
    """Sentences that start with a label's, a wire's, a byline's or a date's words stay."""
    raw = (FIXTURES.parent / "data" / f"tricky-prose-{language}.txt").read_text(encoding="utf-8")
    draft = text_draft(fixture_config, raw, outlet)
    lines = raw.strip().split("\n")
    assert [b.text for b in draft.blocks] == lines[2:]
    assert [r.rule for r in draft.removals] == ["title", "meta-line"]
    assert draft.metadata.published is not None and draft.metadata.via is None


def test_prose_that_looks_like_furniture_is_kept(fixture_config: SiteConfig) -> None:
    """Every line of this page is the article's own text except its title and time."""
    raw = (FIXTURES.parent / "data" / "tricky-prose.txt").read_text(encoding="utf-8")
    draft = text_draft(fixture_config, raw)
    lines = raw.strip().split("\n")
    assert [b.text for b in draft.blocks] == lines[2:]
    assert [r.rule for r in draft.removals] == ["title", "meta-line"]


def test_several_days_below_an_undated_header_give_no_date(fixture_config: SiteConfig) -> None:
    """Teasers' or a timeline's days are not the article's: it stays a draft."""
    draft = text_draft(
        fixture_config,
        f"Harbour bridge reopens after repairs\n{LEAD}\n"
        "The harbour bridge reopened on Tuesday after three weeks of repairs that closed the only road "
        "link between the two halves of the town, the city said.\n"
        "Traffic will be limited to two lanes until the end of the month.\n"
        "March 10, 2023\nQuay Road to close for resurfacing works\nFebruary 28, 2023\n"
        "Market hall gets a new roof\n",
        "harbour-gazette",
    )
    assert draft.metadata.published is None and draft.metadata.draft
    assert draft.metadata.review[0].startswith("no published time found: the page states none")


def test_a_date_line_the_outlet_cannot_read_does_not_swallow_the_first_paragraphs(
    fixture_config: SiteConfig,
) -> None:
    """A lower-case line with figures under the headline (a date in another language) is not a
    label of the header: the paragraphs below it stay the article's."""
    first = "On this page you will always find the harbour ferry timetable, updated after every change!"
    second = "Put it in your favourites and come back to check the timetable after every change!"
    draft = text_draft(
        fixture_config,
        f"The harbour ferry timetable for the summer\nsexta-feira, 14 de março de 2023 às 09:41\n"
        f"{first}\n{second}\n{SECOND}\n",
        title="The harbour ferry timetable for the summer",
    )
    assert [b.text for b in draft.blocks][-3:] == [first, second, SECOND]
