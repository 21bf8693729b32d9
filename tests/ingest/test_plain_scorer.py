"""The measurement of issue 21 (`tools/ingest_metric.py`, `tools/ingest_plain.py`): the
benchmark's shingle metric, the Markdown-to-words step, and the field scoring, on two invented
mini pages. No ingest runs here: the scorer is tested on article files written by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.model.site import Outlet
from tools.ingest_metric import as_evaluate_py, markdown_text, match, summarise
from tools.ingest_plain import Truth, published_verdict, score_page, table, wire

BODY = (
    "Engineers reopened the harbour bridge on Tuesday after three weeks of repairs.\n"
    "The city said traffic would be limited to two lanes until the end of the month."
)


def truth(**changes: object) -> Truth:
    fields: dict[str, object] = dict(
        id="en-harbour-1",
        page=Path("en-harbour-1.txt"),
        url="https://harbour.example/bridge",
        outlet=Outlet("harbour-example", "Harbour Gazette", url="https://harbour.example/", timezone="UTC"),
        title="Harbour bridge reopens after repairs",
        published=None,
        authors=("Mara Quill",),
        via="Associated Press",
        dateline="PORT ELLIS, Westland",
        body=BODY,
        furniture=(
            "12 Comments",
            "Share",
            "The bridge at dawn on Monday. (Photo: Harbour Gazette/Lee Tan)",
        ),
        language="en",
    )
    fields.update(changes)
    return Truth(**fields)  # type: ignore[arg-type]


def article(front: str, body: str) -> str:
    return f"---\n{front}\n---\n\n{body}\n"


def test_the_metric_counts_four_word_shingles_as_the_benchmark_does() -> None:
    # true shingles: (a b c d) (b c d e); predicted: (a b c d) (b c d x) -> tp 1, fp 1, fn 1
    half = match("alpha beta gamma delta epsilon", "alpha beta gamma delta chi")
    assert (half.tp, half.fp, half.fn) == pytest.approx((1 / 3, 1 / 3, 1 / 3))
    assert (half.precision, half.recall) == pytest.approx((0.5, 0.5))
    assert match("Hello world", "Hello world").f1 == 1.0  # under four words: one shingle
    assert match("Hello world", "hello world").f1 == 0.0  # case is kept, as in evaluate.py


def test_an_empty_prediction_scores_zero_where_evaluate_py_leaves_it_out() -> None:
    perfect = match(BODY, BODY)
    half = match("alpha beta gamma delta epsilon", "alpha beta gamma delta chi")
    empty = match(BODY, "")
    assert (empty.precision, empty.recall) == (0.0, 0.0)
    ours = summarise([perfect, half, empty])
    assert (ours.precision, ours.recall, ours.f1) == pytest.approx((0.5, 0.5, 0.5))
    theirs = as_evaluate_py([perfect, half, empty])
    assert (theirs.precision, theirs.recall, theirs.f1) == pytest.approx((0.75, 0.5, 0.6))


def test_markdown_syntax_is_removed_so_the_metric_sees_words() -> None:
    body = (
        "## Repairs\n\n- first lane\n2. second lane\n> a quote\n"
        "See [the notice](https://harbour.example/n) ![map](m.png) here\n"
        "\\# not a heading\n_closed_ on snake_case days\n<b>bold</b>"
    )
    assert markdown_text(body) == (
        "Repairs\nfirst lane\nsecond lane\na quote\nSee the notice  here\n"
        "# not a heading\nclosed on snake_case days\n<b>bold</b>"
    )


def test_published_right_missed_or_invented() -> None:
    assert published_verdict(None, None) == "right"
    assert published_verdict(None, "2024-05-02T09:00:00+00:00") == "invented"  # "3 hours ago"
    assert published_verdict("2024-05-02", None) == "missed"
    assert published_verdict("2024-05-02", "2024-05-02T00:00:00+09:00") == "right"
    assert published_verdict("2024-05-02", "2024-05-01T23:00:00+00:00") == "invented"
    # a time without zone on the page: the written wall clock, in the outlet's zone
    assert published_verdict("2024-05-02T14:30", "2024-05-02T14:30:00+02:00") == "right"
    assert published_verdict("2024-05-02T14:30+02:00", "2024-05-02T12:30:00+00:00") == "right"
    assert published_verdict("2024-05-02T14:30+02:00", "2024-05-02T14:30:00+00:00") == "invented"


def test_wire_names_are_compared_under_their_canonical_name() -> None:
    assert wire("AP") == wire("The Associated Press") == wire("associated press") == "AP"
    assert wire("Agence France Presse") == wire("afp") == "AFP"
    assert wire("A.P.") == "AP"  # a spelling generator.model.wires knows: the scorer reads the same registry
    assert wire("新華社") == wire("Xinhua News Agency") == "Xinhua"
    assert wire("共同通信") == "Kyodo"
    assert wire("Harbour Wire") == "harbour wire"
    assert wire("") is None


def test_a_written_page_is_scored_field_by_field() -> None:
    written = article(
        "title: Harbour bridge reopens after repairs\noutlet: harbour-example\n"
        "published: '2024-05-02T09:00:00+00:00'\nauthors: [mara quill]\nvia: AP\ndateline: Port Ellis, Westland",
        "12 Comments\n\n"
        "Engineers reopened the harbour bridge on Tuesday after three weeks of repairs. "
        "The bridge at dawn on Monday. (Photo: Harbour Gazette/Lee Tan)\n\n"
        "The city said traffic would be limited to two lanes until the end of the month. Share",
    )
    score = score_page(truth(), written)
    assert (score.title, score.published, score.authors, score.via, score.dateline) == (
        True,
        "invented",
        True,
        True,
        True,
    )
    # the counter is a paragraph of its own, the caption is glued into one; "Share" inside a
    # sentence is not a block and too short to look for inside one
    assert score.leaks == ("12 Comments", "The bridge at dawn on Monday. (Photo: Harbour Gazette/Lee Tan)")
    # 42 words written, 39 shingles: 23 true (9 + 13 inside the two sentences, and "weeks of
    # repairs The", which the caption's "The" happens to give), 16 extra; of the 25 true
    # shingles, 2 across "repairs. The city" are missing
    assert (score.body.precision, score.body.recall) == pytest.approx((23 / 39, 23 / 25))


def test_a_refused_page_is_wrong_on_every_field_and_the_table_says_so(tmp_path: Path) -> None:
    printed, unprinted = tmp_path / "en-harbour-1.txt", tmp_path / "en-harbour-2.txt"
    printed.write_text(f"Harbour bridge reopens after repairs\n{BODY}\n", encoding="utf-8")
    unprinted.write_text(f"{BODY}\n", encoding="utf-8")  # no headline: the truth's is the URL's
    dated = truth(
        id="en-harbour-2",
        page=unprinted,
        published="2024-05-02",
        via=None,
        dateline=None,
        authors=(),
    )
    refused = score_page(dated, None, "en-harbour-2.txt: cannot be written: no published time found")
    assert (refused.title, refused.published, refused.authors, refused.via, refused.dateline) == (
        False,
        "missed",
        False,
        False,
        False,
    )
    written = score_page(truth(page=printed), article("title: Harbour bridge reopens after repairs", BODY))
    report = table([written, refused], Path("set"), 1.0)
    assert report.splitlines()[1:11] == [
        "title            1/2 (50%)",
        "  printed on the page 1/1 (100%)   not printed 0/1 (0%), by words 0/1 (0%)",
        "published        1/2 (50%)   invented 0 (0 where the page gives no date, 0 wrong)   missed 1",
        "authors          0/2 (0%)",
        "via (wire)       precision 0/0   recall 0/1 (0%)",
        "dateline         0/2 (0%)   (of 1 with one: 0)",
        "body             F1 0.500 (precision 0.500, recall 0.500)",
        "furniture leaked 0 of 2 pages, 0 lines",
        "refused          1",
        "  1 x cannot be written: no published time found",
    ]
