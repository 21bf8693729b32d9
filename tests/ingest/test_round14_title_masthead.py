"""A masthead printed without its accents ('Le Phare de Quebec' for the outlet 'Le Phare de
Québec') names the outlet, not a story: it is never the title, and the short headline under it is
(issue 21, fourteenth round; the class of a site name taken for the headline). The text speaks of
the lighthouse ('phare'), so the masthead is on the text's topic and only its name tells it apart.
The pages are invented."""

from __future__ import annotations

from dataclasses import replace

import pytest

from generator.ingest.head_title import names_site
from generator.ingest.model import Draft, Request
from generator.ingest.pipeline import Source, ingest
from generator.model.site import SiteConfig
from generator.model.wires import DEFAULT
from tests.ingest.support import NOW

OUTLET = "gazette-du-port"
HEADLINE = "Le quai oublié"
TEXT = (
    "Il aura fallu une tempête pour ramener dans l'actualité le vieux quai du port, au pied du phare,"
    " oublié depuis"
    " les fêtes de son centenaire, l'automne dernier."
)
MORE = (
    "Les pêcheurs demandent depuis dix ans que la ville répare ses piliers, et le conseil municipal"
    " promet une décision avant l'été."
)


def _config(config: SiteConfig, name: str) -> SiteConfig:
    outlets = dict(config.outlets)
    outlets[OUTLET] = replace(outlets[OUTLET], name=name)
    return replace(config, outlets=outlets)


def _draft(page: str, config: SiteConfig) -> Draft:
    return ingest(Source("page.txt", page, False), Request(outlet=OUTLET), config, NOW, DEFAULT)


@pytest.mark.parametrize("masthead", ["Le Phare de Quebec", "LE PHARE DE QUÉBEC", "Le Phare de Québec"])
def test_the_masthead_is_not_the_title_whatever_its_accents(
    fixture_config: SiteConfig, masthead: str
) -> None:
    draft = _draft(
        f"{masthead}\n\n{HEADLINE}\n\n{TEXT}\n\n{MORE}\n", _config(fixture_config, "Le Phare de Québec")
    )
    assert draft.metadata.title == HEADLINE
    assert [b.text for b in draft.blocks] == [TEXT, MORE]


def test_an_outlet_named_without_accents_knows_its_masthead_with_them(fixture_config: SiteConfig) -> None:
    draft = _draft(
        f"Le Phare de Québec\n\n{HEADLINE}\n\n{TEXT}\n\n{MORE}\n",
        _config(fixture_config, "Le Phare de Quebec"),
    )
    assert draft.metadata.title == HEADLINE


@pytest.mark.parametrize(
    ("line", "named"),
    [
        ("Le Phare de Quebec", True),
        ("le phare de québec", True),
        ("Le Phare de Québec - toute l'actualité de la ville", True),  # the site's own title
        ("Les lecteurs du Phare de Québec fêtent ses cent ans sur le quai", False),  # a story
        ("Le Phare de Quimper", False),
    ],
)
def test_names_site(line: str, named: bool) -> None:
    assert names_site(line, "Le Phare de Québec") is named
