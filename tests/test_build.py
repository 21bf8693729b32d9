"""What a build writes: drafts, CNAME, sanitised HTML, refusals, encodings, time handling."""

from __future__ import annotations

import os

import pytest

from generator.build import BuildOptions, build, load_site
from generator.errors import BuildError, ContentError
from generator.load.content import LoadOptions
from generator.write.writer import OutputSet, apply_changes, write_all

DRAFT = (
    "title: Secret plan\ndate: 2024-11-21\nsummary: Not yet.\ndraft: true\ntopics: [ukraine]\nsources: [a1]\n"
)


def test_drafts_are_left_out_unless_asked(make_site):
    root = make_site({"content/briefings/secret.yaml": DRAFT})
    build(root, BuildOptions())
    assert not (root / "output/stories/secret").exists()
    assert "Secret plan" not in (root / "output/index.html").read_text()
    build(root, BuildOptions(drafts=True))
    page = (root / "output/stories/secret/index.html").read_text()
    assert '<span class="badge">Draft</span>' in page


def test_cname_only_for_a_custom_domain_at_the_root(make_site):
    root = make_site()
    build(root, BuildOptions(base_url="https://news.example.net/"))
    assert (root / "output/CNAME").read_text() == "news.example.net\n"
    build(root, BuildOptions(base_url="https://user.github.io/repo/"))
    assert not (root / "output/CNAME").exists()
    assert (root / "output/.nojekyll").exists()


def test_raw_html_in_content_is_sanitised(make_site):
    root = make_site(
        {
            "content/briefings/mines.yaml": (
                "title: <b>Bold</b> title\ndate: 2024-11-20\ntopics: [ukraine]\nsources: [a1]\n"
                "summary: 'Hi <script>alert(1)</script><img src=x onerror=alert(2)> [x](javascript:alert(3))'\n"
                'key_points: [\'<a href="javascript:alert(4)" onclick="y()">k</a>\']\n'
            )
        }
    )
    build(root, BuildOptions())
    page = (root / "output/stories/mines/index.html").read_text()
    assert "<script>alert" not in page and "onerror" not in page and "onclick" not in page
    assert "javascript:" not in page
    assert "&lt;b&gt;Bold&lt;/b&gt; title" in page  # titles are text, escaped


def test_pagination_and_topic_hierarchy(make_site):
    files = {
        f"content/briefings/story-{n}.yaml": f"title: Story {n}\ndate: 2024-11-0{n}\nsummary: s\ntopics: [landmines]\nsources: [a1]\n"
        for n in range(1, 5)
    }
    root = make_site(files)
    build(root, BuildOptions())
    assert (root / "output/page/2/index.html").is_file() and (root / "output/page/3/index.html").is_file()
    assert (
        root / "output/topics/ukraine/page/2/index.html"
    ).is_file()  # the parent lists its children's stories
    home = (root / "output/index.html").read_text()
    assert 'rel="next" href="/repo/page/2/"' in home


def test_source_list_shows_wire_credit_authors_and_offset(make_site):
    root = make_site()
    build(root, BuildOptions())
    page = (root / "output/stories/mines/index.html").read_text()
    assert "Reuters via The Japan News" in page
    assert '<time datetime="2024-11-20T16:16:00+09:00">20 November 2024, 16:16 UTC+09:00</time>' in page
    assert "by Mike Stone" in page
    assert '<p class="coverage">1 article · 1 newsroom · 1 via Reuters</p>' in page
    assert 'First published by <a href="#source-1">Reuters via The Japan News</a>' in page
    assert "President Joe Biden has approved provision of anti-personnel…" in page  # excerpt_words: 8
    assert "The mines become inert" not in page  # the full text is not republished


def test_naive_article_time_is_read_in_the_outlets_zone(make_site):
    root = make_site(
        {"content/articles/a1.md": "---\ntitle: t\noutlet: japan-news\npublished: 2024-11-20T16:16\n---\nB\n"}
    )
    site, _ = load_site(root, LoadOptions())
    assert site.articles["a1"].published.isoformat() == "2024-11-20T16:16:00+09:00"


def test_bom_and_crlf_are_accepted(make_site):
    root = make_site()
    (root / "content/briefings/mines.yaml").write_bytes(
        b"\xef\xbb\xbftitle: t\r\ndate: 2024-11-20\r\nsummary: s\r\ntopics: [ukraine]\r\nsources: [a1]\r\n"
    )
    site, report = load_site(root, LoadOptions())
    assert [b.slug for b in site.briefings] == ["mines"] and not report.errors


@pytest.mark.parametrize(
    ("data", "message"),
    [(b"title: \xff\xfe\n", "file is not valid UTF-8"), (b"\x00\x01binary", "file is binary, not text")],
)
def test_undecodable_files_are_errors(make_site, data, message):
    root = make_site()
    (root / "content/briefings/mines.yaml").write_bytes(data)
    _, report = load_site(root, LoadOptions())
    assert any(message in str(p) for p in report.errors)


def test_link_outside_the_project_is_refused(make_site, tmp_path):
    root = make_site()
    outside = tmp_path / "outside.yaml"
    outside.write_text("title: t\ndate: 2024-11-20\nsummary: s\n")
    os.symlink(outside, root / "content/briefings/sneaky.yaml")
    _, report = load_site(root, LoadOptions())
    assert "content/briefings/sneaky.yaml: is a link to a file outside the project; refused" in [
        str(p) for p in report.errors
    ]


def test_future_dates_are_warned_about_using_source_date_epoch(make_site, monkeypatch):
    root = make_site()
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # 14 Nov 2023: the note is in the future
    _, report = load_site(root, LoadOptions())
    assert any("date: is in the future" in str(p) for p in report.warnings)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1800000000")
    _, report = load_site(root, LoadOptions())
    assert not any("future" in str(p) for p in report.warnings)


def test_two_pages_on_one_path_are_refused():
    files = OutputSet()
    files.add("stories/a/index.html", b"<p>1</p>", "story.html for a")
    with pytest.raises(BuildError, match=r"two pages map to output/stories/a/index\.html"):
        files.add("stories/a/index.html", b"<p>2</p>", "topic.html for a")
    with pytest.raises(BuildError, match="two pages map"):
        files.add("Stories/A/index.html", b"", "case-only twin")


def test_failed_write_keeps_the_previous_output(tmp_path):
    output = tmp_path / "output"
    output.mkdir()
    (output / "index.html").write_text("old")
    files = OutputSet()
    files.add("index.html", b"new", "x")
    files.files["../escape.html"] = b"bad"  # bypasses add(): the writer must still refuse it
    with pytest.raises(BuildError, match="outside the output folder"):
        write_all(files, output)
    with pytest.raises(BuildError, match="outside the output folder"):
        apply_changes(output, files.files, [])
    assert (output / "index.html").read_text() == "old"
    assert not (tmp_path / "escape.html").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == [".output.lock", "output"]


def test_spooled_files_are_written_at_once_and_kept_inside(tmp_path):
    spool = tmp_path / "spool"
    files = OutputSet(spool=spool)
    files.add("stories/a/index.html", b"<p>a</p>", "story a")
    files.add("stories/a/data.json", b"{}", "data of a")
    files.add("sitemap.xml", b"<urlset/>", "sitemap")
    assert files.files == dict.fromkeys(["stories/a/index.html", "stories/a/data.json", "sitemap.xml"])
    assert (spool / "stories/a/index.html").read_bytes() == b"<p>a</p>"
    assert (spool / "sitemap.xml").read_bytes() == b"<urlset/>"
    for bad in ("../escape.html", "stories/../../escape.html", str(tmp_path / "abs.html"), "."):
        with pytest.raises(BuildError, match="outside the output folder"):
            files.add(bad, b"bad", f"hostile {bad}")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["spool"]


def test_strict_turns_warnings_into_errors(make_site):
    # The point cites its article (an uncited point is a warning of its own).
    note = "title: t\ndate: 2024-11-20\nsummary: s\nkey_points: [{text: Biden approved land mines, sources: [a1]}]\n"
    root = make_site({"content/briefings/mines.yaml": note + "topics: [ukraine]\n"})
    build(root, BuildOptions(strict=True))
    (root / "content/briefings/mines.yaml").write_text(note)
    with pytest.raises(ContentError):
        build(root, BuildOptions(strict=True))
