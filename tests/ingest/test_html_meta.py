"""An HTML page's own metadata: what is a dek, how JSON-LD text is read. Pages invented."""

from __future__ import annotations

import json

from lxml import html

from generator.ingest.html_meta import PageMeta, read_meta
from generator.model.wires import DEFAULT


def meta(page: str) -> PageMeta:
    return read_meta(html.document_fromstring(page), DEFAULT)


LEAD = "The harbour committee approved the winter timetable on Tuesday, with a late ferry on Fridays."
MORE = "The east pier reopens in March, once the divers have checked the piles and the bill is paid."


def test_a_lead_paragraph_marked_as_a_summary_is_not_a_dek() -> None:
    # Pages mark their first paragraph for voice assistants or styling ('speakable-summary',
    # 'intro'); it was taken as the dek and cut from the body, which lost the lead.
    page = f"""<html><body><h1>Harbour committee approves the timetable</h1><div class="article-content">
    <p id="speakable-summary">{LEAD}</p><p>{MORE}</p><p>{MORE}</p><p>{MORE}</p></div></body></html>"""
    assert meta(page).dek is None


def test_a_standfirst_above_the_article_is_the_dek() -> None:
    page = f"""<html><body><header><h1>Harbour committee approves the timetable</h1>
    <p class="standfirst">{LEAD}</p></header><div class="article-content">
    <p>{MORE}</p><p>{MORE}</p><p>{MORE}</p></div></body></html>"""
    assert meta(page).dek == LEAD


def test_character_references_in_json_ld_are_resolved() -> None:
    # A JSON-LD headline 'Club pays &#163;71.6m' became a title with '&#163;' in it.
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Harbour pays &#163;1.2m for a new pier &amp; a crane",
        "alternativeHeadline": "The committee&#8217;s vote was close",
    }
    page = f"""<html><head><script type="application/ld+json">{json.dumps(ld)}</script></head>
    <body><p>{LEAD}</p></body></html>"""
    found = meta(page)
    assert found.title == "Harbour pays £1.2m for a new pier & a crane"
    assert found.dek == "The committee’s vote was close"
