"""HTML body extraction: what trafilatura finds is read whole, in order, with its structure.

Every page here is invented for the test. Each test names the failure class it guards against
(measured on the article-extraction benchmark, see docs/ingest.md).
"""

from __future__ import annotations

from generator.ingest.html_blocks import xml_blocks
from generator.ingest.html_extract import extract_blocks
from generator.ingest.model import Block, Kind

FILLER = (
    "The harbour committee met on Tuesday evening to go through the winter timetable, the repairs "
    "to the east pier and the price of a mooring for the coming season, which rises by a tenth."
)


def page(body: str, title: str = "Harbour committee approves the winter timetable") -> str:
    """An invented article page with a header, navigation and a footer around `body`."""
    return f"""<!doctype html><html><head><title>{title} | The Quay Courier</title></head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<main><article><h1>{title}</h1>
{body}
</article></main>
<footer><p>© 2025 The Quay Courier. All rights reserved.</p></footer></body></html>"""


def texts(blocks: list[Block]) -> list[str]:
    return [block.text for block in blocks]


def test_text_standing_between_headings_without_a_paragraph_tag_is_kept() -> None:
    # Deal pages put each item's text straight after its heading, outside any <p>: trafilatura
    # returns it as the tail of the heading, which was dropped (IGN-style page: recall 0.37).
    body = "".join(
        f"<h2>Offer {n}: a {thing} for the harbour office</h2>"
        f"<a href='/x{n}'><img src='/i{n}.jpg'></a>The {thing} costs less this week than at any "
        f"time this year, and the office has asked for two of them before the winter. {FILLER}<br>"
        for n, thing in ((1, "kettle"), (2, "lantern"), (3, "rope ladder"))
    )
    blocks = extract_blocks(page(body))
    assert ("Offer 2: a lantern for the harbour office", Kind.HEADING) in [(b.text, b.kind) for b in blocks]
    lantern = [b for b in blocks if b.text.startswith("The lantern costs less")]
    assert len(lantern) == 1 and lantern[0].kind == Kind.PARAGRAPH


def test_loose_text_in_the_xml_is_read_in_document_order() -> None:
    xml = (
        "<doc><main>Loose lead.<head rend='h2'>First</head>After the first heading."
        "<p>A paragraph<lb/>split by a break.</p>Tail of the paragraph.</main></doc>"
    )
    assert [(b.text, b.kind) for b in xml_blocks(xml)] == [
        ("Loose lead.", Kind.PARAGRAPH),
        ("First", Kind.HEADING),
        ("After the first heading.", Kind.PARAGRAPH),
        ("A paragraph", Kind.PARAGRAPH),
        ("split by a break.", Kind.PARAGRAPH),
        ("Tail of the paragraph.", Kind.PARAGRAPH),
    ]


def test_a_nested_list_is_read_once_after_its_item() -> None:
    # element.iter("item") read a nested item twice: inside its parent's text and on its own.
    xml = (
        "<doc><main><list rend='ul'><item>Ropes<list rend='ul'><item>Hemp</item><item>Nylon</item>"
        "</list></item><item>Buoys</item></list></main></doc>"
    )
    assert texts(xml_blocks(xml)) == ["Ropes", "Hemp", "Nylon", "Buoys"]


def test_a_data_table_is_kept_one_row_a_line() -> None:
    # Tables were left out of extraction: a standings page lost its whole table (recall 0.16).
    rows = "".join(
        f"<tr><td>{n}</td><td>{boat}</td><td>{points}</td></tr>"
        for n, boat, points in ((1, "Sea Lark", 412), (2, "Grey Heron", 398), (3, "Marlin", 377))
    )
    body = (
        f"<p>{FILLER}</p><p>The standings after the autumn regatta, with three races to go:</p>"
        f"<table><tr><th>Place</th><th>Boat</th><th>Points</th></tr>{rows}</table><p>{FILLER}</p>"
    )
    found = texts(extract_blocks(page(body)))
    assert "Place | Boat | Points" in found
    assert found.index("1 | Sea Lark | 412") < found.index("2 | Grey Heron | 398") < found.index("3 | Marlin | 377")


def test_a_layout_table_is_read_as_its_paragraphs() -> None:
    xml = (
        "<doc><main><table><row><cell><p>First column text.</p><p>More of it.</p></cell>"
        "<cell><p>Second column.</p></cell></row></table></main></doc>"
    )
    assert texts(xml_blocks(xml)) == ["First column text.", "More of it.", "Second column."]
