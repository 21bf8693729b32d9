import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from generator.urls import Urls, base_path_of, is_slug, output_path, slugify, text_fragment


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
