"""`site.yaml` is read through its specs: the keys it knows, the outlet kinds and the defaults
are the specs' and the models', and the site's wire registry is part of the config."""

from __future__ import annotations

from pathlib import Path

from generator.errors import Report
from generator.load.config import load_config, load_wires, read_config
from generator.load.spec import OUTLET, SITE
from generator.model.wires import DEFAULT


def _site(root: Path, text: str) -> Path:
    (root / "site.yaml").write_text(text, encoding="utf-8")
    return root


def _problems(root: Path) -> list[str]:
    report = Report(root)
    read_config(root, report)
    return [str(p) for p in report.sorted()]


def _every_key(spec_fields: list[str], indent: str) -> str:
    """Each key set to nothing (which is no value: a required one is reported missing), and one
    key no spec has."""
    return "".join(f"{indent}{name}:\n" for name in spec_fields) + f"{indent}zzz: 1\n"


def test_every_key_of_the_specs_is_known_and_any_other_is_warned_about(tmp_path: Path) -> None:
    plain = [f.name for f in SITE.fields if f.items is None and f.name not in ("title", "base_url")]
    text = "title: T\nbase_url: https://example.org/\n" + _every_key(plain, "")
    for field in SITE.fields:
        if field.items is not None:  # topics, outlets, storylines, wires: one entry of each
            text += f"{field.name}:\n  entry:\n" + _every_key(list(field.items.names), "    ")
    root = _site(tmp_path, text)
    report = Report(root)
    read_config(root, report)
    # (lines left out: they move with the specs' fields)
    assert [(p.field, p.message) for p in report.sorted() if p.severity == "warning"] == [
        ("zzz", "unknown field, ignored"),
        ("topics.entry.zzz", "unknown field, ignored"),
        ("outlets.entry.zzz", "unknown field, ignored"),
        ("storylines.entry.zzz", "unknown field, ignored"),
        ("wires.entry.zzz", "unknown field, ignored"),
    ]


def test_an_outlet_kind_outside_the_specs_choices_is_warned_about(tmp_path: Path) -> None:
    kinds = "".join(f"  o-{kind}:\n    name: O\n    kind: {kind}\n" for kind in OUTLET["kind"].choices)
    root = _site(
        tmp_path,
        "title: T\nbase_url: https://example.org/\noutlets:\n"
        + kinds
        + "  tab:\n    name: Tab\n    kind: tabloid\n"
        + "  typo:\n    name: Typo\n    kind: newpaper\n",
    )
    assert _problems(root) == [
        "site.yaml:36: warning: outlets.tab.kind: unusual outlet kind 'tabloid'; known kinds: "
        "newspaper, wire, agency, broadcaster, magazine, digital, blog, government, ngo, other",
        "site.yaml:39: warning: outlets.typo.kind: unusual outlet kind 'newpaper' (did you mean "
        "'newspaper'?); known kinds: newspaper, wire, agency, broadcaster, magazine, digital, blog, "
        "government, ngo, other",
    ]
    config = load_config(root)
    assert [config.outlets[f"o-{kind}"].kind for kind in OUTLET["kind"].choices] == list(
        OUTLET["kind"].choices
    )
    assert config.outlets["tab"].kind == "tabloid"


def test_the_config_holds_the_sites_wire_registry(tmp_path: Path) -> None:
    root = _site(
        tmp_path,
        "title: T\nbase_url: https://example.org/\n"
        "wires:\n  KPA:\n    full_name: Kestrel Press Agency\n  ap:\n    aliases: [AP通信]\n",
    )
    wires = load_config(root).wires
    assert wires.name("Kestrel Press Agency") == "KPA"
    assert wires.name("AP通信") == "AP"
    assert wires.name("The Associated Press") == "AP"
    assert load_wires(root) == wires


def test_a_site_without_wires_has_the_built_in_ones(tmp_path: Path) -> None:
    root = _site(tmp_path, "title: T\nbase_url: https://example.org/\n")
    assert load_config(root).wires == DEFAULT


def test_an_outlet_country_that_names_no_country_is_warned_about(tmp_path: Path) -> None:
    root = _site(
        tmp_path,
        "title: T\nbase_url: https://example.org/\noutlets:\n"
        "  a:\n    name: A\n    country: gb\n"
        "  b:\n    name: B\n    country: United Kingdom\n"
        "  c:\n    name: C\n    country: Narnia\n"
        "  d:\n    name: D\n    country: ZZ\n",
    )
    assert _problems(root) == [
        "site.yaml:12: warning: outlets.c.country: 'Narnia' names no country (an ISO 3166 code such "
        "as 'GB', or its English name); the outlet gets no country page",
        "site.yaml:15: warning: outlets.d.country: 'ZZ' names no country (an ISO 3166 code such "
        "as 'GB', or its English name); the outlet gets no country page",
    ]
