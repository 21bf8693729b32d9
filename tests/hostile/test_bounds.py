"""Inputs at and over the limits: every stage bounded, with a located message where it cuts."""

from __future__ import annotations

from generator.analysis.corpus import MAX_SENTENCES
from generator.build import load_site
from generator.load.content import LoadOptions

FRONT = (
    "---\ntitle: Long\noutlet: reuters\nurl: https://example.org/long\npublished: 2024-11-20T10:00:00Z\n---\n"
)


def problems_of(root, path: str) -> list[str]:
    _, report = load_site(root, LoadOptions())
    return [str(p) for p in report.problems if p.path == path]


def test_an_article_longer_than_the_analysis_reads_is_warned_at_the_first_left_out(make_site):
    body = "\n\n".join(f"Sentence {i} here." for i in range(MAX_SENTENCES + 5))
    root = make_site({"content/articles/long.md": FRONT + "\n" + body + "\n"})
    line = 8 + 2 * MAX_SENTENCES  # the front matter's 6 lines, a blank one, then one every 2 lines
    assert (root / "content/articles/long.md").read_text().split("\n")[
        line - 1
    ] == f"Sentence {MAX_SENTENCES} here."
    assert problems_of(root, "content/articles/long.md") == [
        f"content/articles/long.md:{line}: warning: body: {MAX_SENTENCES + 5} sentences; a story's analysis "
        f"reads the first {MAX_SENTENCES} and leaves out the rest, from this line"
    ]


def test_an_article_at_the_limit_is_not_warned(make_site):
    body = "\n".join(f"Sentence {i} here." for i in range(MAX_SENTENCES))
    root = make_site({"content/articles/long.md": FRONT + body + "\n"})
    assert problems_of(root, "content/articles/long.md") == []


def test_loading_a_long_article_is_linear_in_its_lines(tmp_path):
    """The probe: a 200,000-line article took 77 s to load (each sentence's line was found by
    a walk over every line of its paragraph)."""
    from tests.conftest import write_site
    from tests.growth import LIMIT, growth

    def work(lines: int):
        body = "\n".join(f"Line {i} is a sentence." for i in range(lines))
        note = "title: t\ndate: 2024-11-20\nsummary: s\nkey_points:\n  - text: Line 3.\n    sources: [long]\n"
        files = {"content/articles/long.md": FRONT + body + "\n", "content/briefings/mines.yaml": note}
        root = write_site(tmp_path / f"site-{lines}", files, templates=False)

        def load() -> None:
            for cache in root.glob(".cache/*"):
                cache.unlink()  # each load analyses the article again
            load_site(root, LoadOptions())

        return load

    assert growth(work, 5_000) < LIMIT
