import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from generator.render.urls import (
    MAX_SLUG_LENGTH,
    Urls,
    base_path_of,
    base_url_problem,
    is_slug,
    output_path,
    slug_problem,
    slugify,
    text_fragment,
    url_problem,
)


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Hello World", "hello-world"),
        ("Kursk: Día 1", "kursk-dia-1"),
        ("  --a--b--  ", "a-b"),
        ("Ünïcödé ÆØ", "unicode"),
        ("", ""),
        ("../etc/passwd", "etc-passwd"),
    ],
)
def test_slugify(text, slug):
    assert slugify(text) == slug


def test_slugify_max_words():
    assert slugify("one two three four", max_words=2) == "one-two"


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("landmines", True),
        ("a-1", True),
        ("A", False),
        ("a--b", False),
        ("-a", False),
        ("a b", False),
        ("", False),
    ],
)
def test_is_slug(text, ok):
    assert is_slug(text) is ok


@pytest.mark.parametrize(
    ("base_url", "rel", "href", "absolute"),
    [
        ("https://user.github.io/repo/", "", "/repo/", "https://user.github.io/repo/"),
        (
            "https://user.github.io/repo",
            "stories/x/",
            "/repo/stories/x/",
            "https://user.github.io/repo/stories/x/",
        ),
        (
            "https://news.example.net/",
            "topics/a/page/2/",
            "/topics/a/page/2/",
            "https://news.example.net/topics/a/page/2/",
        ),
        ("https://news.example.net", "404.html", "/404.html", "https://news.example.net/404.html"),
        (
            "https://h.io/a/b/",
            "static/style.css",
            "/a/b/static/style.css",
            "https://h.io/a/b/static/style.css",
        ),
    ],
)
def test_href_and_absolute(base_url, rel, href, absolute):
    urls = Urls(base_url)
    assert urls.href(rel) == href
    assert urls.absolute(rel) == absolute


@pytest.mark.parametrize(
    ("method", "args", "rel"),
    [
        ("home", (1,), ""),
        ("home", (3,), "page/3/"),
        ("story", ("mines",), "stories/mines/"),
        ("topic", ("ukraine",), "topics/ukraine/"),
        ("topic", ("ukraine", 2), "topics/ukraine/page/2/"),
        ("outlet", ("reuters",), "sources/reuters/"),
        ("sources", (), "sources/"),
        ("topics", (), "topics/"),
        ("countries", (), "countries/"),
        ("country", ("GB",), "countries/gb/"),
        ("country", ("GB", 2), "countries/gb/page/2/"),
        ("archive", (), "archive/"),
        ("not_found", (), "404.html"),
        ("storyline", ("mines-row",), "storylines/mines-row/"),
        ("storyline_feed", ("mines-row",), "storylines/mines-row/feed.xml"),
        ("topic_feed", ("ukraine",), "topics/ukraine/feed.xml"),
    ],
)
def test_page_paths(method, args, rel):
    assert getattr(Urls("https://x.io/r/"), method)(*args) == rel


@pytest.mark.parametrize(
    ("rel", "path"),
    [
        ("", "index.html"),
        ("stories/x/", "stories/x/index.html"),
        ("404.html", "404.html"),
        ("feed.xml", "feed.xml"),
    ],
)
def test_output_path(rel, path):
    assert output_path(rel) == path


@pytest.mark.parametrize("rel", ["/etc/passwd", "../x", "a/../../x", "a\\b"])
def test_paths_that_leave_the_site_are_refused(rel):
    with pytest.raises(ValueError):
        output_path(rel)
    with pytest.raises(ValueError):
        Urls("https://x.io/").href(rel)


@pytest.mark.parametrize(
    ("url", "path"),
    [
        ("https://a.io", "/"),
        ("https://a.io/", "/"),
        ("https://a.io/repo", "/repo/"),
        ("https://a.io/repo/", "/repo/"),
    ],
)
def test_base_path(url, path):
    assert base_path_of(url) == path


@pytest.mark.parametrize(
    ("url", "path"),
    [
        ("https://user.github.io//repo/", "/repo/"),
        ("https://a.io///", "/"),
        ("https://a.io/\\evil.org/", "/%5Cevil.org/"),
        ("https://a.io/\t/evil.org/", "/evil.org/"),
        ("https://a.io/a b/", "/a%20b/"),
        ("https://a.io/新闻/", "/%E6%96%B0%E9%97%BB/"),
        ("https://a.io/a%2Fb/", "/a%2Fb/"),
    ],
)
def test_base_path_is_never_scheme_relative(url, path):
    """What `base_url_problem` refuses still gives links on the site's own host."""
    assert base_path_of(url) == path
    assert Urls(url).href("stories/x/") == path + "stories/x/"


@pytest.mark.parametrize(
    "url",
    [
        "https://user.github.io/repo/",
        "https://user.github.io/repo",
        "http://localhost:8000/",
        "http://[::1]:8000/a/",
        "https://bücher.example/",
        "https://a.io/%7Euser/",
        "https://a.io/a.b/c-d_e~f/",
    ],
)
def test_usual_base_urls_are_accepted(url):
    assert base_url_problem(url) is None
    assert url_problem(url) is None


@pytest.mark.parametrize(
    ("url", "link_problem"),
    [
        ("https://a.io/x?y=1#z", None),
        ("https://a.io:99999/x", "has an invalid port (1 to 65535), found 'https://a.io:99999/x'"),
        ("https://[::1/x", "is not a valid URL (invalid IPv6 URL), found 'https://[::1/x'"),
        ("ftp://a.io/", "expected an http:// or https:// URL, found 'ftp://a.io/'"),
        ("https:///x", "has no host name, found 'https:///x'"),
    ],
)
def test_links_to_originals_may_have_a_query_but_must_parse(url, link_problem):
    assert url_problem(url) == link_problem


def test_a_slug_has_a_length_limit():
    assert slug_problem("a" * MAX_SLUG_LENGTH) is None
    assert slug_problem("a" * (MAX_SLUG_LENGTH + 1)) == (
        f"'{'a' * 40}...' is too long for a slug: {MAX_SLUG_LENGTH + 1} characters, at most {MAX_SLUG_LENGTH}"
    )


@pytest.mark.parametrize(
    ("url", "text", "linked"),
    [
        ("https://a.io/x", "Short one.", "https://a.io/x#:~:text=Short%20one."),
        (
            "https://a.io/x",
            "anti-personnel, & more",
            "https://a.io/x#:~:text=anti%2Dpersonnel%2C%20%26%20more",
        ),
        ("https://a.io/x#top", "Word", "https://a.io/x#top:~:text=Word"),
        (
            "https://a.io/x",
            "The Washington Post first reported the development of the mines today in full.",
            "https://a.io/x#:~:text=The%20Washington%20Post%20first,mines%20today%20in%20full.",
        ),
        (
            "https://a.io/x",
            "Russia’s “mines”",
            "https://a.io/x#:~:text=Russia%E2%80%99s%20%E2%80%9Cmines%E2%80%9D",
        ),
    ],
)
def test_text_fragment(url, text, linked):
    assert text_fragment(url, text) == linked


@given(st.from_regex(r"[a-z0-9]+(-[a-z0-9]+)*", fullmatch=True) | st.text(max_size=30))
@example("story-1\n")
def test_slugify_takes_a_slug_as_it_is_and_anything_else_as_the_long_way_does(text):
    # A trailing space keeps any text off the fast path (it is no slug): both must agree.
    assert slugify(text) == slugify(text + " ")
    assert slugify(slugify(text)) == slugify(text)
