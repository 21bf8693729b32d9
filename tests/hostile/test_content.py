"""Hostile content, everywhere it can go: inert and readable on every page, feed and head."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import feedparser
import pytest

from generator.build import BuildOptions, build, load_site
from generator.load.content import LoadOptions

XSS = '<script>alert("x")</script><img src=x onerror="alert(1)"><a href="javascript:alert(2)">j</a>'
DATA_LINK = "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"
CSS = '<style>body{display:none}</style><p style="position:fixed;top:0">overlay</p>'
RLO = "Invoice \u202egnp.exe"
ZERO_WIDTH = "Land\u200bmines"
LONG_WORD = "A" * 3000


def yaml_quote(text: str) -> str:
    return json.dumps(text)  # JSON strings are valid YAML scalars


@pytest.fixture
def hostile(make_site) -> Path:
    article = (
        "---\n"
        f"title: {yaml_quote('</script>' + XSS)}\n"
        "outlet: reuters\n"
        'url: https://example.org/a?x="><script>alert(3)</script>\n'
        "published: 2024-11-20T10:00:00Z\n"
        f"authors: [{yaml_quote('<b onmouseover=alert(4)>Eve</b>')}]\n"
        f"dateline: {yaml_quote(RLO)}\n"
        "---\n"
        f"{XSS}\n\n{CSS}\n\n{DATA_LINK}\n\n{LONG_WORD}\n"
    )
    note = (
        f"title: {yaml_quote(XSS + ' ' + RLO)}\n"
        "date: 2024-11-20\n"
        f"summary: {yaml_quote(XSS + ' ' + CSS + ' ' + DATA_LINK + ' ' + ZERO_WIDTH)}\n"
        f"key_points:\n  - text: {yaml_quote(XSS + ' ' + LONG_WORD)}\n    sources: [a1]\n"
        f"why_it_matters: {yaml_quote('</script><!-- ' + XSS)}\n"
        "topics: [ukraine]\nsources: [a1]\n"
    )
    root = make_site({"content/articles/a1.md": article, "content/briefings/mines.yaml": note})
    (root / "site.yaml").write_text(
        (root / "site.yaml").read_text().replace("publish_full_text", "x") + "publish_full_text: true\n"
    )
    build(root, BuildOptions(search=False))
    return root / "output"


def markup_of_every_file(output: Path) -> dict[str, str]:
    """Every piece of markup a browser renders: pages and the JSON Feed's HTML (Atom: below)."""
    found = {
        p.relative_to(output).as_posix(): p.read_text(encoding="utf-8")
        for p in output.rglob("*")
        if p.is_file() and p.suffix in (".html", ".txt")
    }
    for item in json.loads((output / "feed.json").read_text())["items"]:
        found[f"feed.json {item['id']}"] = item["content_html"]
    return found


class ActiveContent(HTMLParser):
    """Collects what a browser would act on: scripts, handlers, styles, dangerous URLs."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "script" and values.get("type") != "application/ld+json" and "src" not in values:
            self.found.append("inline <script>")
        if tag == "style":
            self.found.append("<style>")
        for name, value in attrs:
            if name.startswith("on") or name == "style":
                self.found.append(f"<{tag} {name}=...>")
            if (
                name in ("href", "src", "action")
                and value
                and value.strip().lower().startswith(("javascript:", "data:"))
            ):
                self.found.append(f"<{tag} {name}={value[:20]}...>")


def test_no_script_handler_or_dangerous_url_survives_anywhere(hostile):
    for name, text in markup_of_every_file(hostile).items():
        parser = ActiveContent()
        parser.feed(text)
        assert parser.found == [], name


def test_hostile_text_stays_readable(hostile):
    page = (hostile / "stories/mines/index.html").read_text()
    assert (
        "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in page or "&lt;script&gt;" in page
    )  # shown, not run
    assert "overlay" in page  # the text of a stripped element remains
    assert "Landmines" in page and "\u200b" not in page
    assert "\u202e" not in page


def test_json_ld_parses_and_keeps_the_title_as_text(hostile):
    page = (hostile / "stories/mines/index.html").read_text()
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    assert len(blocks) == 1
    data = json.loads(blocks[0])
    assert data["headline"].startswith('<script>alert("x")</script>')
    assert data["citation"][0]["headline"].startswith("</script>")


def test_feeds_parse_and_carry_no_active_content(hostile):
    feed = feedparser.parse((hostile / "feed.xml").read_bytes())
    assert not feed.bozo
    assert feed.entries[0].title_detail.type == "text/plain"  # the title is text, never markup
    assert feed.entries[0].title.startswith('<script>alert("x")</script>')
    content = feed.entries[0].content[0].value
    assert "<script" not in content and 'href="javascript:' not in content
    assert not re.search(r"<[^>]+\son\w+\s*=", content)  # handlers appear only as escaped text
    json.loads((hostile / "feed.json").read_text())


def test_source_links_are_http_only_and_escaped(hostile):
    page = (hostile / "stories/mines/index.html").read_text()
    assert 'href="https://example.org/a?x=&#34;&gt;&lt;script&gt;' in page
    assert 'rel="noopener noreferrer"' in page


def test_invisible_characters_are_reported(make_site):
    root = make_site(
        {
            "content/briefings/mines.yaml": f"title: {yaml_quote(RLO)}\ndate: 2024-11-20\nsummary: s\n"
            "topics: [ukraine]\nsources: [a1]\nkey_points: [k]\n"
        }
    )
    site, report = load_site(root, LoadOptions())
    assert site.briefings[0].title == "Invoice gnp.exe"
    assert (
        "content/briefings/mines.yaml:1: warning: title: removed invisible or direction-changing characters (U+202E)"
        in [str(p) for p in report.warnings]
    )


@pytest.mark.parametrize(
    "url", ["javascript:alert(1)", "data:text/html,x", "file:///etc/passwd", "ftp://x.org/a", "//x.org/a"]
)
def test_article_urls_must_be_http(make_site, url):
    root = make_site(
        {
            "content/articles/a1.md": f"---\ntitle: t\noutlet: reuters\npublished: 2024-11-20\nurl: {yaml_quote(url)}\n---\nB\n"
        }
    )
    _, report = load_site(root, LoadOptions())
    assert any("url: expected an http:// or https:// URL" in str(p) for p in report.errors)
