"""Property-based tests: any input loads or yields the documented error; URLs stay under base_url."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.errors import Report
from generator.load.articles import read_article
from generator.load.briefings import read_briefing
from generator.load.config import read_config
from generator.load.yamlio import YamlError, load_yaml
from generator.render.urls import Urls, base_url_problem, output_path, slug_problem, slugify
from tests.conftest import SITE_YAML

fuzz = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

yaml_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=12,
)


@fuzz
@given(st.text(max_size=300))
def test_yaml_loader_returns_or_raises_yaml_error(text):
    try:
        load_yaml(text)
    except YamlError as exc:
        assert exc.line is None or exc.line >= 1


@fuzz
@given(st.text(max_size=80))
def test_slugify_gives_a_slug_or_nothing(text):
    slug = slugify(text)
    assert (
        slug == ""
        or slug_problem(slug) is None
        or slug in ("con", "prn", "aux", "nul")
        or slug[:3] in ("com", "lpt")
    )


# Base URLs made of the pieces that have gone wrong (empty segments, backslashes, tabs a browser
# drops, user names, queries, fragments, dot segments, broken IPv6 hosts, ports), and any text.
url_pieces = st.sampled_from(
    ["", "repo", "a b", ".", "..", "\\", "\t", "\n", "%2F", "?q", "#f", "ü", "/", "@", ":", "[", "]"]
)
base_urls = (
    st.sampled_from(["https://u.github.io/repo/", "https://example.org/", "http://h.io/a/b/"])
    | st.builds(
        lambda scheme, host, path: scheme + host + "/".join(path),
        st.sampled_from(["https://", "http://", "HTTP://", "//", "", "https:", "javascript:", " https://"]),
        st.sampled_from(
            ["x.org", "u.github.io", "[::1]", "[::1", "x.org:8080", "x.org:99999", "me@x.org", ""]
        ),
        st.lists(url_pieces | st.text(max_size=4), max_size=6),
    )
    | st.text(max_size=40)
)


@fuzz
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40), base_urls)
def test_every_url_stays_under_the_base_url(text, base_url):
    """No base URL gives a link that leaves the site's host; one that `base_url_problem` accepts
    gives links under it as written."""
    urls = Urls(base_url)
    try:
        base_path, origin = urls.base_path, urls.origin
    except ValueError:  # urlsplit refuses it: so does the check of site.yaml
        assert base_url_problem(base_url) is not None
        return
    slug = slugify(text) or "x"
    accepted = base_url_problem(base_url) is None
    for rel in (
        urls.story(slug),
        urls.topic(slug),
        urls.topic(slug, 3),
        urls.outlet(slug),
        urls.topic_feed(slug),
        urls.home(),
    ):
        href = urls.href(rel)
        # Root-relative, never scheme-relative ('//host', or '/\\host' and '/\t/host' that
        # browsers read as such), and nothing in it a browser drops or rewrites.
        assert href.startswith("/") and href[1:2] not in ("/", "\\")
        assert not re.search(r"[\x00-\x20\x7f-\x9f\\]", href), href
        assert urls.absolute(rel) == origin + href
        assert href.startswith(base_path)
        assert not output_path(rel).startswith(("/", ".."))
        if accepted:
            link, base = urlsplit(urls.absolute(rel)), urlsplit(base_url)
            assert (link.scheme, link.netloc) == (base.scheme, base.netloc)
            assert unquote(link.path).startswith(unquote(base.path))


def _root(tmp: Path) -> tuple[Path, Report]:
    (tmp / "site.yaml").write_text(SITE_YAML)
    (tmp / "content/briefings").mkdir(parents=True, exist_ok=True)
    (tmp / "content/articles").mkdir(parents=True, exist_ok=True)
    return tmp, Report(tmp)


@fuzz
@given(
    st.dictionaries(
        st.sampled_from(
            [
                "title",
                "date",
                "summary",
                "key_points",
                "topics",
                "sources",
                "timeline",
                "related",
                "draft",
                "updated",
                "why_it_matters",
                "x",
            ]
        ),
        yaml_values,
        max_size=8,
    )
)
def test_any_briefing_loads_or_reports_problems(tmp_path, fields):
    import yaml

    root, report = _root(tmp_path)
    config = read_config(root, report)
    path = root / "content/briefings/note.yaml"
    path.write_text(yaml.safe_dump(fields, allow_unicode=True))
    result = read_briefing(path, config, {"a1"}, report)
    assert result is not None or report.errors
    for problem in report.problems:
        assert problem.path == "content/briefings/note.yaml"


@fuzz
@given(st.text(max_size=200), st.text(max_size=200))
def test_any_article_text_loads_or_reports_problems(tmp_path, front, body):
    root, report = _root(tmp_path)
    config = read_config(root, report)
    path = root / "content/articles/a1.md"
    path.write_text(f"---\n{front}\n---\n{body}", encoding="utf-8")
    article = read_article(path, config, report)
    assert article is not None or report.errors
