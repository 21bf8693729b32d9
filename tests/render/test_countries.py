"""Country pages: `/countries/` and `/countries/<code>/`, linked from the outlets, under a sub-path,
and rebuilt as a clean build makes them after an edit of what they list."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from generator.build import BuildOptions, build
from generator.preview.rebuild import rebuild
from generator.preview.state import Warm
from tests.index.test_countries import FILES, article, note

OPTIONS = BuildOptions(search=False, jobs=1)


def page(root: Path, rel: str) -> str:
    return (root / "output" / rel).read_text(encoding="utf-8")


def main(html: str) -> str:
    found = re.search(r"<main[^>]*>(.*)</main>", html, re.S)
    assert found is not None
    return found.group(1)


def card_titles(html: str) -> list[str]:
    return re.findall(r'<h3 class="card-title"><a href="[^"]*">([^<]*)</a>', html)


def test_a_country_page_lists_its_outlets_and_the_stories_citing_them_newest_first(make_site):
    root = make_site(FILES)
    build(root, OPTIONS)
    gb = main(page(root, "countries/gb/index.html"))
    assert '<p class="breadcrumb"><a href="/repo/countries/">Countries</a> ›</p>' in gb
    assert "<h1>United Kingdom</h1>" in gb
    assert '<p class="meta">2 outlets · 2 stories citing them</p>' in gb
    rows = re.findall(
        r'<tr><td><a href="([^"]*)">([^<]*)</a></td><td>(\w+)</td><td class="num">(\d+)</td>', gb
    )
    assert rows == [
        ("/repo/sources/reuters/", "Reuters", "Wire", "2"),
        ("/repo/sources/guardian/", "The Guardian", "Newspaper", "1"),
    ]
    assert card_titles(gb) == ["Story 22", "Story 20"]
    head = page(root, "countries/gb/index.html")
    assert '<link rel="canonical" href="https://user.github.io/repo/countries/gb/">' in head
    assert "<title>United Kingdom · Test Desk</title>" in head
    assert "Reuters, The Guardian" in head  # the description names the outlets


def test_the_country_index_lists_each_country_a_to_z(make_site):
    root = make_site(FILES)
    build(root, OPTIONS)
    rows = re.findall(
        r'<tr><td><a href="([^"]*)">([^<]*)</a></td><td class="num">(\d+)</td><td class="num">(\d+)</td></tr>',
        page(root, "countries/index.html"),
    )
    assert rows == [
        ("/repo/countries/jp/", "Japan", "1", "1"),
        ("/repo/countries/gb/", "United Kingdom", "2", "2"),
    ]
    assert not (root / "output/countries/fr").exists()  # its one outlet has no article


def test_outlets_link_to_their_country_and_a_country_no_page_names_is_shown_as_written(make_site):
    root = make_site(FILES)
    build(root, OPTIONS)
    assert '<p class="meta">Newspaper · <a href="/repo/countries/gb/">United Kingdom</a></p>' in page(
        root, "sources/guardian/index.html"
    )
    assert '<p class="meta">Newspaper · Narnia</p>' in page(root, "sources/tales/index.html")
    sources = page(root, "sources/index.html")
    assert '<a href="/repo/countries/">by country</a>' in sources
    assert '<td><a href="/repo/countries/jp/">Japan</a></td>' in sources
    assert "<td>Narnia</td>" in sources
    assert "<td>—</td>" in sources  # Nowhere Post names no country


def test_the_country_pages_are_in_the_sitemap(make_site):
    root = make_site(FILES)
    build(root, OPTIONS)
    sitemap = page(root, "sitemap.xml")
    for rel in ("countries/", "countries/gb/", "countries/jp/"):
        assert f"<loc>https://user.github.io/repo/{rel}</loc>" in sitemap


def test_a_country_with_more_stories_than_a_page_holds_is_paged(make_site):
    files = {
        **FILES,
        "site.yaml": FILES["site.yaml"] + "per_page: 1\n",
    }
    root = make_site(files)
    build(root, OPTIONS)
    assert card_titles(page(root, "countries/gb/index.html")) == ["Story 22"]
    second = page(root, "countries/gb/page/2/index.html")
    assert card_titles(second) == ["Story 20"]
    assert "<h1>United Kingdom, page 2</h1>" in second
    assert '<a rel="prev" href="/repo/countries/gb/">' in second


# An outlet can join a country's page and change nothing else the page shows: an outlet whose
# articles no story cites. Then the page's listing (the stories on it) is the same, and only the
# country's key tells.
SITE = {
    **FILES,
    "site.yaml": FILES["site.yaml"].replace(
        "outlets:\n",
        "outlets:\n  irish: {name: The Irish Times, country: IE}\n  bbc: {name: BBC News, country: GB}\n",
    ),
    "content/articles/i1.md": article("irish", 22),
    "content/articles/j2.md": article("japan-news", 23),
}
EDITS = {
    # The Irish Times moves to the UK: the UK page lists it too; Ireland has no page.
    "outlet's country": ("site.yaml", "country: IE}", "country: GB}"),
    # An article of The Japan News becomes BBC News's: the UK page lists BBC News too.
    "article's outlet": ("content/articles/j2.md", "outlet: japan-news", "outlet: bbc"),
    # Storm cites a Japanese article too: the Japan page lists it.
    "note's sources": ("content/briefings/storm.yaml", "sources: [g1]", "sources: [g1, a1]"),
}


def tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


@pytest.mark.parametrize("preview", [False, True], ids=["one-off build", "preview"])
@pytest.mark.parametrize("name", sorted(EDITS))
def test_an_edit_of_what_a_country_page_lists_rebuilds_it_as_a_clean_build_does(
    make_site, tmp_path, name, preview
):
    path, old, new = EDITS[name]
    root = make_site(SITE)
    warm = Warm() if preview else None

    def again() -> dict[str, bytes]:
        if warm is None:
            build(root, OPTIONS)
        else:
            warm.saw({str(root / path)})
            rebuild(root, OPTIONS, warm)
        return tree(root / "output")

    before = again()
    edited = root / path
    text = edited.read_text()
    assert text.count(old) == 1
    edited.write_text(text.replace(old, new))
    after = again()

    clean = tmp_path / "clean"
    shutil.copytree(root, clean, ignore=shutil.ignore_patterns("output", ".cache", ".output*"))
    build(clean, OPTIONS)
    expected = tree(clean / "output")
    country_pages = {p for p in expected.keys() | before.keys() if p.startswith("countries/")}
    assert any(before.get(p) != expected.get(p) for p in country_pages), "the edit changes no country page"
    assert [p for p in sorted(after.keys() | expected.keys()) if after.get(p) != expected.get(p)] == []


@pytest.mark.parametrize("preview", [False, True], ids=["one-off build", "preview"])
def test_a_site_without_countries_has_no_country_index_until_an_outlet_with_one_has_an_article(
    make_site, tmp_path, preview
):
    """No empty page: the index and the sources page's link to it come with the first country."""
    root = make_site(
        {
            "site.yaml": FILES["site.yaml"],
            "content/articles/n1.md": article("nowhere", 21),
            "content/articles/t1.md": article("tales", 21),  # 'Narnia': no country
            "content/briefings/quiet.yaml": note(21, "n1", "t1"),
            "content/articles/a1.md": None,  # the default site's article and note
            "content/briefings/mines.yaml": None,
        }
    )
    warm = Warm() if preview else None

    def again() -> dict[str, bytes]:
        if warm is None:
            build(root, OPTIONS)
        else:
            warm.saw({str(root / "content/articles/n1.md")})
            rebuild(root, OPTIONS, warm)
        return tree(root / "output")

    before = again()
    assert not [p for p in before if p.startswith("countries/")]
    assert "by country" not in page(root, "sources/index.html")

    moved = root / "content/articles/n1.md"
    moved.write_text(moved.read_text().replace("outlet: nowhere", "outlet: japan-news"))
    after = again()
    assert '<a href="/repo/countries/">by country</a>' in page(root, "sources/index.html")
    clean = tmp_path / "clean"
    shutil.copytree(root, clean, ignore=shutil.ignore_patterns("output", ".cache", ".output*"))
    build(clean, OPTIONS)
    assert after == tree(clean / "output")
