"""The wire registry: one name per agency, read from any spelling a page prints."""

from __future__ import annotations

import pytest

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
    ],
)
def test_every_spelling_gives_the_wire_name(spelling: str, name: str) -> None:
    assert wire_name(spelling) == name


@pytest.mark.parametrize("text", ["Map", "Tap", "Uni", "aa", "AA", "Text Size", "Reuters Institute", ""])
def test_words_that_are_not_wires(text: str) -> None:
    assert wire_name(text) is None


def test_a_short_acronym_in_lower_case_counts_only_where_the_text_is_a_credit() -> None:
    assert wire_name("anp") is None
    assert wire_name("anp", any_case=True) == "ANP"


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
