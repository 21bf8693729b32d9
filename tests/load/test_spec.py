"""The content specs are the one declaration: the models, ingest, site.yaml's keys and the docs agree."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from generator.errors import Report
from generator.ingest.model import Block, Draft, Kind, Metadata
from generator.ingest.writer import front_matter, render
from generator.load import spec_doc
from generator.load.articles import load_article_file
from generator.load.config import read_config
from generator.load.fields import Fields
from generator.load.spec import (
    ARTICLE,
    BRIEFING,
    SITE,
    SPECS,
    Field,
    Spec,
)
from generator.load.spec_reader import read_fields
from generator.load.yamlio import load_yaml
from generator.model.site import (
    Article,
    Briefing,
    KeyPoint,
    Outlet,
    SiteConfig,
    Storyline,
    TimelineEntry,
    Topic,
    Update,
)
from generator.model.wires import Wire
from tests.conftest import write_site

# What the loader makes itself, from the file's name, its body or the value of another field.
MADE_BY_THE_LOADER: dict[type, set[str]] = {
    Article: {"id", "path", "excerpt", "body", "date_only", "body_line", "body_digest"},
    Briefing: {"slug", "path", "date_only"},
    KeyPoint: set(),
    TimelineEntry: {"date_only"},
    Update: {"date_only"},
    SiteConfig: set(),
    Topic: {"slug"},
    Outlet: {"slug"},
    Storyline: {"slug"},
    Wire: {"name"},
}


def attributes(model: type) -> set[str]:
    return {f.name for f in dataclasses.fields(model)}


@pytest.mark.parametrize("spec", SPECS, ids=lambda s: s.model.__name__)
def test_every_model_attribute_is_a_field_of_its_spec_or_made_by_the_loader(spec: Spec) -> None:
    fills = {f.fills for f in spec.fields}
    assert fills <= attributes(spec.model)
    assert attributes(spec.model) - fills == MADE_BY_THE_LOADER[spec.model]


@pytest.mark.parametrize("spec", SPECS, ids=lambda s: s.model.__name__)
def test_a_spec_names_each_key_once_and_lists_of_entries_name_their_spec(spec: Spec) -> None:
    assert len(set(spec.names)) == len(spec.names)
    for field in spec.fields:
        assert field.type_name, field.name
        assert field.meaning and "{choices}" not in field.meaning, field.name
        assert field.unless is None or spec[field.unless].read == "flag"


def test_ingest_metadata_has_the_article_fields_in_order_with_the_models_defaults() -> None:
    declared = dataclasses.fields(Metadata)
    assert tuple(f.name for f in declared) == ARTICLE.names
    for field, own in zip(ARTICLE.fields, declared, strict=True):
        if field.name != "outlet":
            default = own.default_factory() if own.default_factory is not dataclasses.MISSING else own.default
            assert default == ARTICLE.default(field), field.name


def test_a_key_left_out_of_site_yaml_gets_the_models_default(tmp_path: Path) -> None:
    root = write_site(tmp_path, {"site.yaml": "title: T\nbase_url: https://example.org/\n"}, templates=False)
    loaded = read_config(root, Report(root))
    for field in SITE.fields:
        if not field.required:
            assert getattr(loaded, field.fills) == SITE.default(field), field.name


def _value(field: Field) -> Any:
    """A value of the field's type that is not its default."""
    if field.choices:
        return field.choices[-1]
    return {
        "url": "https://example.org/original",
        "when": datetime(2024, 11, 20, 7, 30, tzinfo=UTC),
        "list": ("first", "second"),
        "flag": True,
    }.get(field.read, f"some {field.name}")


def test_an_article_ingest_writes_is_loaded_back_field_for_field(tmp_path: Path) -> None:
    values = {f.name: _value(f) for f in ARTICLE.fields}
    values.update(outlet="reuters", updated=datetime(2024, 11, 21, tzinfo=UTC))
    metadata = Metadata(**values)
    assert list(front_matter(metadata)) == list(ARTICLE.names)  # every field, in the spec's order

    root = write_site(tmp_path, {}, templates=False)
    path = root / "content/articles/a2.md"
    path.write_text(render(Draft(metadata, (Block("Some text.", Kind.PARAGRAPH),), ())), encoding="utf-8")
    site = read_config(root, Report(root))
    article, problems = load_article_file(path, site)
    assert article is not None, problems
    for field in ARTICLE.fields:
        assert getattr(article, field.fills) == getattr(metadata, field.name), field.name


def test_ingest_leaves_out_a_field_at_its_default() -> None:
    metadata = Metadata(title="T", outlet="reuters", published=None)
    assert front_matter(metadata) == {"title": "T", "outlet": "reuters"}


SAMPLE = Spec(
    "a sample",
    dataclasses.make_dataclass(
        "Sample",
        [
            ("name", str),
            ("note", str | None, None),
            ("kind", str, "plain"),
            ("tags", tuple, ()),
            ("shown", bool, False),
            ("count", int, 3),
            ("home", str | None, None),
        ],
    ),
    (
        Field("name", "text", "a name", required=True),
        Field("note", "Markdown", "a note", "markdown"),
        Field("kind", "text", "{choices}", choices=("plain", "fancy")),
        Field("tags", "list of text", "tags", "list"),
        Field("shown", "true/false", "shown", "flag"),
        Field("count", "whole number ≥ 1", "how many", "integer"),
        Field("home", "http(s) URL", "a home page", "url"),
    ),
)


def _read(text: str) -> tuple[dict[str, Any], list[str]]:
    node = load_yaml(text)
    report = Report(Path("."))
    values = read_fields(Fields(node, Path("sample.yaml"), report), SAMPLE, UTC)
    return values, [str(p) for p in report.sorted()]


def test_a_field_is_read_by_its_type_alone() -> None:
    values, problems = _read(
        "name: N\nnote: '*n*'\ntags: [a, b]\nshown: true\ncount: 5\nhome: https://x.org/\n"
    )
    assert problems == []
    assert SAMPLE.model(**SAMPLE.model_values(values)) == SAMPLE.model(
        name="N", note="*n*", kind="plain", tags=("a", "b"), shown=True, count=5, home="https://x.org/"
    )


def test_a_field_of_the_wrong_type_is_reported_at_its_line_and_read_as_the_default() -> None:
    values, problems = _read("note: [x]\nshown: maybe\ncount: 0\nhome: ftp://x.org/\nkind: ''\n")
    assert problems == [
        "sample.yaml:1: name: required field is missing",
        "sample.yaml:1: note: expected text, found a list",
        "sample.yaml:2: shown: expected true or false, found text 'maybe'",
        "sample.yaml:3: count: expected a whole number of at least 1, found a number (0)",
        "sample.yaml:4: home: expected an http:// or https:// URL, found 'ftp://x.org/'",
    ]
    assert values == {
        "name": None,
        "note": None,
        "kind": "plain",
        "tags": (),
        "shown": False,
        "count": 3,
        "home": None,
    }


def test_the_tables_in_docs_content_md_are_the_specs() -> None:
    text = spec_doc.DOC.read_text(encoding="utf-8")
    for name in spec_doc.TABLES:
        assert f"<!-- fields: {name} -->\n| field |" in text, name
    assert spec_doc.with_tables(text) == text, "run: python -m generator.load.spec_doc --write"


def test_a_table_shows_each_field_with_its_default_from_the_model() -> None:
    rows = spec_doc.table(ARTICLE).splitlines()
    assert rows[:2] == ["| field | type | default | meaning |", "|---|---|---|---|"]
    assert len(rows) == 2 + len(ARTICLE.fields)
    assert "| `published` | date-time | required unless `draft` |" in rows[5]
    assert rows[11] == (
        "| `kind` | text | `news` | news, analysis, opinion, explainer, interview, live or factcheck |"
    )
    assert "| `timeline` | list of `{date, text, sources}` | `[]` |" in spec_doc.table(BRIEFING)


def test_the_table_printer_prints_every_table(capsys) -> None:
    assert spec_doc.main([]) == 0
    printed = capsys.readouterr().out
    assert printed.count("| field | type | default | meaning |") == len(spec_doc.TABLES)
