"""An outlet's `country`: an ISO 3166 code in any case or an English name, as CLDR knows them."""

from __future__ import annotations

import pytest

from generator.model.countries import country_code, country_name


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("GB", "GB"),
        ("gb", "GB"),
        ("UK", "GB"),  # an old code, as CLDR maps it
        ("United Kingdom", "GB"),
        ("japan", "JP"),
        ("XK", "XK"),  # Kosovo: user-assigned, but a country CLDR names
        ("ZZ", None),  # user-assigned: unknown region
        ("QM", None),
        ("AA", None),
        ("Narnia", None),
        ("Europe", None),  # a region, not a country
        ("", None),
        (None, None),
    ],
)
def test_an_outlets_country_is_read_as_an_iso_3166_code(value, code):
    assert country_code(value) == code


def test_a_country_is_named_as_cldr_names_it():
    assert [country_name(c) for c in ("GB", "JP", "US")] == ["United Kingdom", "Japan", "United States"]
