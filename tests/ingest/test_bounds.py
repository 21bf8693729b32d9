"""Ingest within bounds: pages over the limit unread, nothing written the build would refuse,
escaped markup kept as text, and ids that never take another article's place."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from generator.load.textfile import MAX_BYTES
from generator.text.markup import render_block
from tests.ingest.support import articles, ingest


def page(title: str, *paragraphs: str, date: str = "November 20, 2024 10:00") -> str:
    return "\n\n".join([title, date, *paragraphs]) + "\n"


def test_a_page_over_the_limit_is_refused_without_being_read(site, tmp_path, capsys, monkeypatch):
    """The probe: a 19.5 MB page took 129 s and 744 MB, wrote an 18 MB article, and every build
    then failed. A page in a declared charset was read whole past the size limit."""
    big = tmp_path / "big.html"
    head = '<html><head><meta charset="utf-8"><title>Big</title></head><body><p>Text.</p><!-- '
    with big.open("w", encoding="utf-8") as handle:
        handle.write(head)
        handle.truncate(20 * 1024 * 1024)  # the rest sparse: 20 MiB
    reads = []
    real_read_bytes = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: reads.append(self) or real_read_bytes(self))
    assert ingest(site, str(big), "--outlet", "reuters") == 1
    err = capsys.readouterr().err
    assert f"{big}: the page is 20480 KiB; the limit is {MAX_BYTES // 1024} KiB, so it was not read\n" in err
    assert f"{big}: {big}" not in err
    assert big not in reads
    assert articles(site) == []


def test_standard_input_over_the_limit_is_refused(site, capsys, monkeypatch):
    class Stdin:
        buffer = io.BytesIO(b"<p>" + b"x" * (MAX_BYTES + 10))

    monkeypatch.setattr(sys, "stdin", Stdin)
    assert ingest(site, "-", "--outlet", "reuters") == 1
    err = capsys.readouterr().err
    assert (
        f"<stdin>: the page is more than {MAX_BYTES // 1024} KiB; the limit is {MAX_BYTES // 1024} KiB" in err
    )
    assert Stdin.buffer.tell() == MAX_BYTES + 1  # read no further than needed to know


def test_an_article_the_build_would_refuse_is_not_written(site, tmp_path, capsys):
    """Bodies are rendered when the site publishes them in full: then ingest applies the same
    Markdown limits as loading, before writing."""
    paragraphs = [
        f"Paragraph {i} of a very long report, with words enough to fill a line." for i in range(1_000)
    ]
    raw = tmp_path / "long.txt"
    raw.write_text(page("A very long report on the strike", *paragraphs))
    config = (site / "site.yaml").read_text()
    (site / "site.yaml").write_text(config.replace("publish_full_text: false", "publish_full_text: true"))
    assert ingest(site, str(raw), "--outlet", "reuters") == 1
    err = capsys.readouterr().err
    assert "long.txt: not written: the body's Markdown, line " in err
    assert "characters of Markdown; the limit is 65536" in err
    assert articles(site) == []
    (site / "site.yaml").write_text(config)
    assert ingest(site, str(raw), "--outlet", "reuters") == 0  # never rendered: no limit


HTML = """<html><head><title>Forms under attack</title>
<meta property="article:published_time" content="2024-11-20T10:00:00Z"></head>
<body><article><h1>Forms under attack</h1>
<p>Developers wrote &lt;script&gt;alert(1)&lt;/script&gt; into the form, the agency said on Wednesday.</p>
<p>AT&amp;T said &amp;copy; is how the page shows a reference, and 3 &lt; 4.</p>
<p>A second paragraph of the report, long enough to be kept as text by the extraction.</p>
</article></body></html>
"""


def test_escaped_markup_on_a_page_stays_text(site, tmp_path):
    """The probe: '&lt;script&gt;' shown as text became a raw <script> that the sanitiser
    deleted, with the words in it."""
    raw = tmp_path / "forms.html"
    raw.write_text(HTML)
    assert ingest(site, str(raw), "--outlet", "reuters", "--url", "https://www.reuters.com/forms") == 0
    (name,) = articles(site)
    body = (site / "content" / "articles" / name).read_text().split("\n---\n", 1)[1]
    assert "Developers wrote &lt;script>alert(1)&lt;/script> into the form" in body
    assert "AT&T said &amp;copy; is how the page shows a reference, and 3 < 4." in body
    html = str(render_block(body))
    assert "Developers wrote &lt;script&gt;alert(1)&lt;/script&gt; into the form" in html
    assert "AT&amp;T said &amp;copy; is how the page shows a reference, and 3 &lt; 4." in html


def test_markup_in_a_text_page_is_text(site, tmp_path):
    raw = tmp_path / "tags.txt"
    raw.write_text(
        page("Tags in a text page", "A <b>bold</b> claim and &lt;i&gt; written out, the union said.")
    )
    assert ingest(site, str(raw), "--outlet", "reuters") == 0
    (name,) = articles(site)
    body = (site / "content" / "articles" / name).read_text().split("\n---\n", 1)[1]
    assert "A &lt;b>bold&lt;/b> claim and &amp;lt;i&amp;gt; written out" in body
    assert "A &lt;b&gt;bold&lt;/b&gt; claim and &amp;lt;i&amp;gt; written out" in str(render_block(body))


def test_non_latin_titles_get_transliterated_ids(site, tmp_path):
    """The probe: two Cyrillic titles from one outlet on one day got the same id."""
    for name, title in [("a", "Москва отвечает на санкции"), ("b", "Москва вводит ответные меры")]:
        raw = tmp_path / f"{name}.txt"
        raw.write_text(page(title, "Первый абзац статьи, достаточно длинный, чтобы его сохранить."))
        url = f"https://www.reuters.com/{name}"
        assert ingest(site, str(raw), "--outlet", "reuters", "--url", url, "--title", title) == 0
    assert articles(site) == [
        "2024-11-20-reuters-moskva-otvechaet-na-sanktsii.md",
        "2024-11-20-reuters-moskva-vvodit-otvetnye-mery.md",
    ]


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("東京で大雨、交通に乱れ", "dongjingdedayu-jiaotongniluanre"),
        ("الحكومة تعلن خطة جديدة", "lhkwmh-t-ln-khth-jdydh"),
        ("Η Αθήνα ψηφίζει", "i-athina-psifizei"),
    ],
)
def test_titles_in_other_scripts_give_ids(title, slug):
    from datetime import UTC, datetime

    from generator.ingest.model import Metadata
    from generator.ingest.writer import article_id

    metadata = Metadata(title=title, outlet="reuters", published=datetime(2024, 11, 20, tzinfo=UTC))
    assert article_id(metadata) == f"2024-11-20-reuters-{slug}"


def test_another_article_is_never_overwritten(site, tmp_path, capsys):
    """Two pages giving one id: the second gets the next free one, --force or not, with a note;
    --force overwrites only the same article (the same original URL)."""
    for name in ("a", "b"):
        raw = tmp_path / f"{name}.txt"
        raw.write_text(page("Port strike ends", f"Page {name}: dock workers went back to work on Monday."))
    first = ["--outlet", "reuters", "--title", "Port strike ends", "--url", "https://www.reuters.com/a"]
    second = ["--outlet", "reuters", "--title", "Port strike ends", "--url", "https://www.reuters.com/b"]
    assert ingest(site, str(tmp_path / "a.txt"), *first) == 0
    assert ingest(site, str(tmp_path / "b.txt"), *second, "--force") == 0
    err = capsys.readouterr().err
    assert "id '2024-11-20-reuters-port-strike-ends' is taken by another article; writing " in err
    assert articles(site) == [
        "2024-11-20-reuters-port-strike-ends-2.md",
        "2024-11-20-reuters-port-strike-ends.md",
    ]
    written = (site / "content" / "articles" / "2024-11-20-reuters-port-strike-ends.md").read_text()
    assert "Page a:" in written
    assert ingest(site, str(tmp_path / "a.txt"), *first, "--force") == 0  # the same article
    assert articles(site) == [
        "2024-11-20-reuters-port-strike-ends-2.md",
        "2024-11-20-reuters-port-strike-ends.md",
    ]
    taken = ["--id", "2024-11-20-reuters-port-strike-ends", "--force"]
    assert (
        ingest(
            site, str(tmp_path / "b.txt"), "--outlet", "reuters", "--url", "https://www.reuters.com/c", *taken
        )
        == 1
    )
    assert (
        "--id '2024-11-20-reuters-port-strike-ends' is taken by another article "
        "(2024-11-20-reuters-port-strike-ends.md is https://www.reuters.com/a); pass another --id"
    ) in capsys.readouterr().err
    assert "Page a:" in (site / "content" / "articles" / "2024-11-20-reuters-port-strike-ends.md").read_text()


def test_a_page_with_more_text_than_an_article_has_is_refused_before_cleaning(site, tmp_path, capsys):
    """Cleaning takes some 7 s a MiB of text: a page of 4.9 MB of paragraphs took 42 s."""
    raw = tmp_path / "wall.txt"
    raw.write_text(page("A wall of text", *["Words of a paragraph that goes on and on." * 30] * 1_000))
    assert ingest(site, str(raw), "--outlet", "reuters") == 1
    assert (
        "wall.txt: the page has 1230037 characters of text; the limit is 1048576" in capsys.readouterr().err
    )
    assert articles(site) == []


def test_the_page_end_passes_read_each_block_once(monkeypatch):
    """The next-article and teaser passes read the article's words once per block: a page four
    times as long costs about four times as many characters read, not sixteen (a first version
    read the whole text above every headline: a page at the size limit, tens of thousands of
    lines, would have taken hours)."""
    from generator.ingest import page_end
    from generator.ingest.model import Block

    read: list[int] = []
    real = page_end.topic_words
    monkeypatch.setattr(page_end, "topic_words", lambda text: read.append(len(text)) or real(text))

    def cost(pairs: int) -> int:
        lead = "The harbour bridge reopened on Tuesday after three weeks of repairs to its supports, the city said."
        blocks = [Block(lead), Block(lead)]
        for number in range(pairs):  # headlines and summaries about the article: nothing is taken
            blocks += [
                Block(f"Harbour bridge repairs continue for week {number}"),
                Block(
                    "The harbour bridge repairs continue this week on the supports, the city said on Tuesday."
                ),
            ]
        read.clear()
        kept = page_end.drop_trailing_teasers(page_end.drop_next_article(blocks, True).blocks).blocks
        assert kept == blocks
        return sum(read)

    small, large = cost(500), cost(2000)
    assert large <= 5 * small
