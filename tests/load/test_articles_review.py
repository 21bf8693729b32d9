"""What ingest writes for an editor to finish: undated drafts, dated drafts, corrections, review notes."""

from __future__ import annotations

from generator.cli import main
from tests.conftest import ARTICLE, BRIEFING

UNDATED = """\
---
title: A page that gave no date
outlet: japan-news
url: https://example.org/undated
draft: true
review:
- 'no published time found: the page states none; set published: and remove draft: true'
---
Some text of the page.
"""

CORRECTED = ARTICLE.replace(
    "via: Reuters\n",
    "via: Reuters\ncorrections:\n- 'Correction: An earlier version misstated the date.'\n",
)


def _run(capsys, *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().err


def test_an_undated_draft_from_ingest_is_a_warning_not_an_error(make_site, capsys):
    root = make_site({"content/articles/undated-japan-news-a-page.md": UNDATED})
    code, err = _run(capsys, "check", "--root", str(root))
    assert code == 0, err
    assert (
        "content/articles/undated-japan-news-a-page.md: warning: published: an undated draft is left "
        "out of every build until it is dated"
    ) in err
    assert "1 article awaits review: answer each review: note, then delete it (docs/ingest.md)" in err
    code, err = _run(capsys, "build", "--root", str(root), "--no-search")
    assert code == 0, err
    assert not list((root / "output").rglob("*undated*"))


def test_a_dated_draft_article_is_left_out_unless_drafts(make_site, capsys):
    draft = ARTICLE.replace("via: Reuters\n", "via: Reuters\ndraft: true\n")
    root = make_site({"content/articles/a1.md": draft})
    code, err = _run(capsys, "check", "--root", str(root))
    assert code == 1
    assert (
        "content/briefings/mines.yaml: sources[0]: 'a1' is a draft article (draft: true): "
        "publish it or build with --drafts"
    ) in err
    code, err = _run(capsys, "check", "--root", str(root), "--drafts")
    assert code == 0, err


def test_corrections_are_shown_on_the_source_list(make_site, capsys):
    root = make_site({"content/articles/a1.md": CORRECTED, "content/briefings/mines.yaml": BRIEFING})
    code, err = _run(capsys, "build", "--root", str(root), "--no-search")
    assert code == 0, err
    page = (root / "output/stories/mines/index.html").read_text()
    assert "Correction by the outlet:" in page
    assert "<li>Correction: An earlier version misstated the date.</li>" in page
