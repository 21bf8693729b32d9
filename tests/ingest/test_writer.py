"""The article file: front matter in contract order, safe YAML, Markdown body, the id."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
import yaml

from generator.ingest.model import Block, Draft, IngestFailure, Kind, Metadata, Removal
from generator.ingest.writer import article_id, removal_report, render, render_body, write_article

META = Metadata(
    title="Biden administration approves supplying Ukraine with anti-personnel landmines: Report",
    outlet="newsbytes",
    published=datetime.fromisoformat("2024-11-20T13:13:00+05:30"),
    authors=("Mike Stone",),
    via="Reuters",
    dek='He said: "no"',
    kind="analysis",
    review=("url unknown",),
)


def test_front_matter_order_and_quoting() -> None:
    text = render(Draft(META, (Block("Text.", Kind.PARAGRAPH),), ()))
    front = text.split("---\n")[1]
    assert list(yaml.safe_load(front)) == [
        "title",
        "outlet",
        "published",
        "authors",
        "via",
        "dek",
        "kind",
        "review",
    ]
    assert "published: '2024-11-20T13:13:00+05:30'" in front
    assert yaml.safe_load(front)["title"] == META.title


def test_news_kind_and_empty_fields_are_left_out() -> None:
    plain = Metadata(
        title="T", outlet="reuters", published=datetime.fromisoformat("2024-11-20T10:00:00+00:00")
    )
    front = yaml.safe_load(render(Draft(plain, (), ())).split("---\n")[1])
    assert front == {"title": "T", "outlet": "reuters", "published": "2024-11-20T10:00:00+00:00"}


def test_body_markdown() -> None:
    blocks = (
        Block("Lead.", Kind.PARAGRAPH),
        Block("Heading", Kind.HEADING),
        Block("Kicker", Kind.SUBHEADING),
        Block("one", Kind.ITEM),
        Block("two", Kind.ITEM),
        Block("first", Kind.ORDERED),
        Block("second", Kind.ORDERED),
        Block("quoted one", Kind.QUOTE),
        Block("quoted two", Kind.QUOTE),
        Block("1. Not a list, a sentence that starts with a number.", Kind.PARAGRAPH),
        Block("# not a heading", Kind.PARAGRAPH),
    )
    assert render_body(blocks) == (
        "Lead.\n\n## Heading\n\n### Kicker\n\n- one\n- two\n\n1. first\n2. second\n\n"
        "> quoted one\n>\n> quoted two\n\n\\1. Not a list, a sentence that starts with a number.\n\n"
        "\\# not a heading\n"
    )


def test_id_is_date_outlet_and_short_slug() -> None:
    assert article_id(META) == "2024-11-20-newsbytes-biden-administration-approves-supplying-ukraine"


def test_an_undated_draft_is_named_undated_not_by_a_guessed_day() -> None:
    metadata = Metadata(title="Ferry link to open", outlet="reuters", published=None, draft=True)
    assert article_id(metadata) == "undated-reuters-ferry-link-open"


def test_removal_report_groups_runs_with_their_reason() -> None:
    removals = (
        Removal("Page Loader", "ui-label", "navigation or UI label", 1, 1),
        Removal("Summarize", "ui-label", "navigation or UI label", 2, 2),
        Removal("Nov 20, 2024", "meta-line", "published time moved to metadata", 8, 8),
    )
    assert removal_report(removals) == (
        "==== removed: 3 line(s) or part(s) ====\n"
        "lines 1-2   navigation or UI label [ui-label]\n    Page Loader\n    Summarize\n"
        "line 8      published time moved to metadata [meta-line]\n    Nov 20, 2024\n"
    )


def test_write_refuses_to_overwrite_unless_forced(tmp_path: Path) -> None:
    target = tmp_path / "content" / "articles" / "a.md"
    write_article(target, "one", force=False)
    with pytest.raises(IngestFailure, match="--force"):
        write_article(target, "two", force=False)
    write_article(target, "two", force=True)
    assert target.read_text(encoding="utf-8") == "two"
    assert [p.name for p in target.parent.iterdir()] == ["a.md"]


def test_an_id_from_long_title_words_stays_a_slug_the_loader_accepts() -> None:
    from dataclasses import replace

    from generator.render.urls import MAX_SLUG_LENGTH, slug_problem

    metadata = replace(META, title=" ".join(["Donaudampfschifffahrtsgesellschaftskapitän" * 2] * 5))
    made = article_id(metadata)
    assert len(made) <= MAX_SLUG_LENGTH - 4 and made.startswith("2024-11-20-newsbytes-donau")
    assert slug_problem(made) is None
