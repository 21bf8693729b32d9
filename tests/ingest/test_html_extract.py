"""HTML body extraction: what trafilatura finds is read whole, in order, with its structure.

Every page here is invented for the test. Each test names the failure class it guards against
(measured on the article-extraction benchmark, see docs/ingest.md).
"""

from __future__ import annotations

from collections.abc import Callable

from generator.ingest.html_blocks import xml_blocks
from generator.ingest.html_extract import extract_blocks
from generator.ingest.html_merge import merge
from generator.ingest.model import Block, Kind
from tests.growth import LIMIT, growth

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
    assert (
        found.index("1 | Sea Lark | 412")
        < found.index("2 | Grey Heron | 398")
        < found.index("3 | Marlin | 377")
    )


def test_a_layout_table_is_read_as_its_paragraphs() -> None:
    xml = (
        "<doc><main><table><row><cell><p>First column text.</p><p>More of it.</p></cell>"
        "<cell><p>Second column.</p></cell></row></table></main></doc>"
    )
    assert texts(xml_blocks(xml)) == ["First column text.", "More of it.", "Second column."]


FERRY = (
    "The new timetable adds a late ferry on Fridays, which the island's shops had asked for since "
    "the spring, and moves the first crossing on Sundays to nine o'clock."
)


def test_furniture_around_the_article_is_left_out() -> None:
    # trafilatura's default mode kept sign-up boxes and teaser lists around the article (a page
    # of the benchmark was 70 % furniture); its precision mode leaves them out.
    body = (
        f"<p>{FILLER}</p><p>{FERRY}</p>"
        "<div class='bottom'><p>Get the Quay Courier in your inbox every morning, with all the "
        "news from the harbour.</p></div>"
    )
    found = texts(extract_blocks(page(body)))
    assert FERRY in found
    assert not [t for t in found if "in your inbox" in t]


def test_words_in_an_element_named_like_a_link_stay_in_the_sentence() -> None:
    # Precision mode drops <span class="link">, cutting words out of a sentence ('has reported
    # that for his role in the fight'): the fuller extraction's sentence is used.
    sentence = (
        "The council said <span class='link'><a href='/pier'>the east pier will reopen</a></span> "
        "in March, once the repairs are paid for and the divers have checked the piles."
    )
    found = texts(extract_blocks(page(f"<p>{FILLER}</p><p>{sentence}</p><p>{FERRY}</p>")))
    assert (
        "The council said the east pier will reopen in March, once the repairs are paid for and "
        "the divers have checked the piles." in found
    )
    assert not [t for t in found if t.startswith("The council said in March")]


def test_a_heading_or_lead_in_inside_the_article_is_not_lost() -> None:
    # Precision mode dropped a sub-heading wrapping spacer <div>s and a paragraph holding an
    # empty <span id="more-...">; both stand between paragraphs both modes kept, so they return.
    body = (
        f"<p>{FILLER}</p>"
        "<h2><strong><div class='height-spacer'></div>Fares for the winter"
        "<div class='height-spacer'></div></strong></h2>"
        f"<p>{FERRY}</p><p><span id='more-512'></span>The harbour master told the meeting:</p>"
        f"<p>{FERRY.replace('Fridays', 'Saturdays')}</p>"
    )
    blocks = extract_blocks(page(body))
    found = [(b.text, b.kind) for b in blocks]
    assert found.index(("Fares for the winter", Kind.HEADING)) < found.index((FERRY, Kind.PARAGRAPH))
    assert ("The harbour master told the meeting:", Kind.PARAGRAPH) in found


def test_a_teaser_link_inside_the_article_stays_out() -> None:
    # A paragraph that is one link and nothing else ('SEAN SPICER ELIMINATED FROM ...') is a
    # teaser for another story, even between two paragraphs of the article.
    body = (
        f"<p>{FILLER}</p><p>{FERRY}</p>"
        "<p><a href='/other-story'>HARBOUR MASTER RETIRES AFTER FORTY YEARS</a></p>"
        f"<p>{FERRY.replace('Fridays', 'Saturdays')}</p>"
    )
    found = texts(extract_blocks(page(body)))
    assert FERRY.replace("Fridays", "Saturdays") in found
    assert "HARBOUR MASTER RETIRES AFTER FORTY YEARS" not in found


def test_merge_keeps_order_and_prefers_the_fuller_version() -> None:
    def b(text: str, kind: Kind = Kind.PARAGRAPH) -> Block:
        return Block(text, kind)

    full = [
        b("Menu"),
        b("One two three."),
        b("Sub", Kind.HEADING),
        b("Four five six seven."),
        b("Teaser"),
        b("Eight."),
    ]
    precise = [b("One two three."), b("Four six seven."), b("Eight.")]
    merged = merge(precise, full, {"Teaser"})
    assert texts(merged) == ["One two three.", "Sub", "Four five six seven.", "Eight."]
    assert merge([], full, set()) == full


def test_merge_time_grows_linearly() -> None:
    # Precise blocks that equal no fuller block and are held by none are the costliest case:
    # each is sought in its stretch of the fuller extraction, a window of it, not all of it.
    def work(n: int) -> Callable[[], object]:
        full = [Block(f"Line {i} of the page with words in it.") for i in range(n)]
        notes = [Block(f"Note {i} that the fuller page does not hold.") for i in range(0, n, 2)]
        precise = [full[0], *notes, full[-1]]
        return lambda: merge(precise, full, set())

    assert growth(work, 500) < LIMIT
