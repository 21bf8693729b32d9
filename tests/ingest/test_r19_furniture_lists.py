"""Furniture of set 19's class (issue 21, round 19), on invented pages: a list of other articles
under a header ('Autres articles', 'Other articles'); teasers under a 'more from' header that open
with their own story's wire dateline, one with a relative time glued on ('3 uur geledenHAVENSTAD
(ANP) - ...'); a pointer to a live blog; a notice about a link to an external site."""

from __future__ import annotations

import pytest

from generator.ingest.link_pointers import is_external_link_notice, is_live_blog_pointer
from generator.model.site import SiteConfig
from tests.ingest.story_pages import appended, ingested, with_line


@pytest.mark.parametrize(
    ("outlet", "header", "teasers"),
    [
        (
            "gazette-du-port",
            "Autres articles",
            [
                "-",
                "Port-Ellis: la mairie annonce un nouveau pont sur l'estuaire",
                "-",
                "Ce que contient l'accord signé par les deux ports de la côte",
                "-",
                "Marée: les pêcheurs attendent toujours les indemnités promises",
            ],
        ),
        (
            "harbour-gazette",
            "Other articles",
            [
                "Harbour council approves a new ferry timetable",
                "Fishermen still wait for the storm payments",
                "Lighthouse reopens to visitors after repairs",
            ],
        ),
    ],
)
def test_a_list_of_other_articles_under_its_header(
    fixture_config: SiteConfig, outlet: str, header: str, teasers: list[str]
) -> None:
    text, paragraphs = appended(outlet, [header, *teasers])
    draft = ingested(fixture_config, outlet, text)
    assert [block.text for block in draft.blocks] == paragraphs


def test_teasers_opening_with_their_own_dateline_under_a_more_from_header(fixture_config: SiteConfig) -> None:
    teasers = [
        "Meer uit Binnenland",
        "HAVENSTAD (ANP) - Het waterschap wil de dijk bij de oude haven volgend jaar verhogen, omdat de "
        "stormen steeds vaker het land op komen, zei de voorzitter dinsdag.",
        "3 uur geledenHAVENSTAD (ANP) - De veerdienst naar het eiland vaart vanaf maandag weer volgens de "
        "gewone dienstregeling, nadat de steiger is hersteld.",
    ]
    text, paragraphs = appended("havenkrant", teasers)
    draft = ingested(fixture_config, "havenkrant", text)
    assert [block.text for block in draft.blocks] == paragraphs


def test_a_more_from_header_over_the_articles_own_text_stays(fixture_config: SiteConfig) -> None:
    """A 'more from' heading over running text that opens with no dateline is a sub-heading."""
    section = "De dijkgraaf zei later op de dag dat het waterschap de schade nog aan het opnemen was en volgende week meer weet."
    text, _ = appended("havenkrant", ["Meer over de schade", section])
    draft = ingested(fixture_config, "havenkrant", text)
    assert [block.text for block in draft.blocks][-1] == section


@pytest.mark.parametrize(
    "line",
    [
        "Lees hier het liveblog terug over het debat.",
        "Read our live blog on the storm here.",
        "Hier können Sie den Liveblog zum Sturm nachlesen.",
    ],
)
def test_a_pointer_to_a_live_blog(line: str) -> None:
    assert is_live_blog_pointer(line)


@pytest.mark.parametrize(
    "line",
    [
        "The harbour master's live blog was read by thousands of people during the storm, he said.",
        "Crews followed the storm's path through the night.",
        "Hier soir, en direct à la télévision, le maire a annoncé la réouverture du port.",
        "Ceux qui ont suivi en direct la séance du conseil ont vu le vote.",
    ],
)
def test_a_sentence_about_a_live_blog_is_text(line: str) -> None:
    assert not is_live_blog_pointer(line)


@pytest.mark.parametrize(
    "line",
    [
        "外部リンクへ移動",
        "この外部リンク先のサイトは、アクセシビリティに対応していないことがあります。",
        "External link: this site may not be accessible to everyone",
        "Externer Link, öffnet in neuem Fenster",
    ],
)
def test_an_external_link_notice(line: str) -> None:
    assert is_external_link_notice(line)


@pytest.mark.parametrize(
    ("outlet", "line"),
    [
        ("havenkrant", "Lees hier het liveblog terug over de storm."),
        ("harbour-gazette", "External link: the site of the harbour authority may not be accessible"),
    ],
)
def test_pointers_and_notices_leave_the_body(fixture_config: SiteConfig, outlet: str, line: str) -> None:
    body, removals = with_line(fixture_config, outlet, line)
    assert line not in body
    assert any(removal.startswith(line) for removal in removals)
