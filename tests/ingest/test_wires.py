"""The wire registry: one name per agency, read from any spelling a page prints."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.errors import ContentError
from generator.load.config import load_config, load_wires
from generator.model.wires import DEFAULT, WIRES, Wire, wire_key, wire_name, with_extra


@pytest.mark.parametrize(
    ("spelling", "name"),
    [
        ("AP", "AP"),
        ("Associated Press", "AP"),
        ("The Associated Press", "AP"),
        ("the associated press", "AP"),
        ("A.P.", "AP"),
        ("Agence France-Presse", "AFP"),
        ("Agence France Presse", "AFP"),
        ("EuropaPress", "Europa Press"),
        ("Europa Press", "Europa Press"),
        ("ANP", "ANP"),
        ("ANSA", "ANSA"),
        ("Lusa", "Lusa"),
        ("dpa", "dpa"),
        ("Deutsche Presse-Agentur", "dpa"),
        ("EFE", "EFE"),
        ("Agencia EFE", "EFE"),
        ("PTI", "PTI"),
        ("Press Trust of India", "PTI"),
        ("時事通信", "Jiji Press"),
        ("共同通信", "Kyodo"),
        ("ロイター", "Reuters"),
        ("Thomson Reuters", "Reuters"),
        ("Yonhap", "Yonhap"),
        ("Xinhua", "Xinhua"),
        ("TASS", "TASS"),
        ("Anadolu Agency", "Anadolu"),
        ("(Reuters)", "Reuters"),
        ("La Presse Canadienne", "The Canadian Press"),  # its French name
        ("Presse Canadienne", "The Canadian Press"),
        ("NTX", "Notimex"),
        ("askanews", "askanews"),
        ("Italpress", "Italpress"),
        ("AIP", "AIP"),
        ("Agence Ivoirienne de Presse", "AIP"),
        ("Maghreb Arab Press", "MAP"),  # the English names of Maghreb Arabe Presse
        ("Maghreb Arab News Agency", "MAP"),
    ],
)
def test_every_spelling_gives_the_wire_name(spelling: str, name: str) -> None:
    assert wire_name(spelling) == name


@pytest.mark.parametrize(
    "text", ["Map", "Tap", "Uni", "aa", "AA", "Text Size", "Reuters Institute", "", "ntx", "Aip", "La Presse"]
)
def test_words_that_are_not_wires(text: str) -> None:
    assert wire_name(text) is None


def test_a_short_acronym_in_lower_case_counts_only_where_the_text_is_a_credit() -> None:
    assert wire_name("anp") is None
    assert wire_name("anp", any_case=True) == "ANP"
    assert wire_name("the ap") is None  # a leading 'the' does not make it a phrase
    assert wire_name("The AP") == "AP"


def test_one_wire_per_name_and_no_spelling_shared_by_two() -> None:
    names = [w.name for w in WIRES]
    assert len(names) == len(set(names))
    owners: dict[str, str] = {}
    for wire in WIRES:
        for spelling in wire.spellings:
            assert owners.setdefault(wire_key(spelling), wire.name) == wire.name, spelling


@pytest.mark.parametrize(
    ("footer", "name"),
    [
        ("© 2024 The Associated Press. All rights reserved.", "AP"),
        ("Copyright 2023 Reuters. All rights reserved.", "Reuters"),
        ("© AFP", "AFP"),
        ("© 2023 Editoriale Gazzetta S.p.A. Tutti i diritti riservati", None),
        ("© 2024 Harbour Gazette", None),
        ("© 2024 Harbour Gazette. Find us on the map.", None),  # not the Maghreb Arab Press
        ("© 2024 Harbour Gazette with the AP", "AP"),
    ],
)
def test_a_wire_is_found_in_running_text(footer: str, name: str | None) -> None:
    found = DEFAULT.find(footer)
    assert (found.name if found else None) == name


def test_a_site_adds_wires_and_aliases() -> None:
    registry = with_extra([Wire("HNA", "Harbour News Agency"), Wire("AFP", "AFP", ("Agence FP",))])
    assert registry.name("Harbour News Agency") == "HNA"
    assert registry.name("Agence FP") == "AFP"
    assert registry.name("Agence France-Presse") == "AFP"
    assert DEFAULT.name("Agence FP") is None


def test_same_wire_under_two_spellings() -> None:
    assert DEFAULT.same("AP", "The Associated Press")
    assert not DEFAULT.same("AP", "AFP")
    assert DEFAULT.same("Harbour Gazette", "harbour gazette")


def _site(tmp_path: Path, wires: str) -> Path:
    (tmp_path / "site.yaml").write_text(
        "title: T\nbase_url: https://example.org/\n" + wires, encoding="utf-8"
    )
    return tmp_path


def test_site_yaml_adds_a_wire_and_spellings_of_a_known_one(tmp_path: Path) -> None:
    root = _site(
        tmp_path,
        "wires:\n"
        "  KPA:\n    full_name: Kestrel Press Agency\n    aliases: [Kestrel News]\n"
        "  ap:\n    aliases: [AP通信]\n"
        "  Gull Wire:\n",
    )
    registry = load_wires(root)
    assert registry.name("Kestrel Press Agency") == "KPA"
    assert registry.name("kestrel news") == "KPA"
    assert registry.name("AP通信") == "AP"
    assert registry.name("The Associated Press") == "AP"
    assert registry.name("Gull Wire") == "Gull Wire"
    assert load_config(root).title == "T"


def test_site_wires_are_checked_with_the_rest_of_site_yaml(tmp_path: Path) -> None:
    root = _site(
        tmp_path,
        "wires:\n"
        "  KPA:\n    aliases: [Reuters, Kestrel]\n    fulname: x\n"  # lines 4-6
        "  Kestrel Wire:\n    aliases: [KPA]\n"  # lines 7-8
        "  Gull: [Gull News]\n",  # line 9
    )
    with pytest.raises(ContentError) as error:
        load_config(root)
    assert [str(p) for p in error.value.problems] == [
        "site.yaml:5: wires.KPA.aliases[0]: 'Reuters' already names the wire 'Reuters'",
        "site.yaml:6: warning: wires.KPA.fulname: unknown field, ignored (did you mean 'full_name'?)",
        "site.yaml:8: wires.Kestrel Wire.aliases[0]: 'KPA' already names the wire 'KPA'",
        "site.yaml:9: wires.Gull: expected a mapping of fields, found a list",
    ]
    with pytest.raises(ContentError):
        load_wires(root)


def test_a_site_without_wires_has_the_built_in_registry(tmp_path: Path) -> None:
    assert load_wires(_site(tmp_path, "")).wires == DEFAULT.wires
