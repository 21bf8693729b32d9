"""A label joined to the headline by a colon is part of the printed headline, even where the URL's
slug leaves it out ('Court sketches: "..."'); a label glued with a space only, which the slug
leaves out, is still cut (invented pages)."""

from __future__ import annotations

from generator.ingest.model import Request
from generator.ingest.pipeline import Source, ingest
from generator.ingest.slug_title import trim_by_slug
from generator.model.site import SiteConfig
from generator.model.wires import DEFAULT
from tests.ingest.support import NOW

LEAD = "The magistrate heard eleven cases on Tuesday, from a stolen bicycle to a parrot kept in a shoebox."
SECOND = "Most defendants came without a lawyer, and two of them asked for the hearing in another language."
URL = "https://news.example/courts/2022/10/21/hiding-birds-in-cigarette-packs-is-cruel-ABC123/"
HEADLINE = '"Hiding birds in cigarette packs is cruel"'


def _title(config: SiteConfig, page: str) -> str:
    request = Request(outlet="coast-courier", url=URL)
    return ingest(Source("page.txt", page, False), request, config, NOW, DEFAULT).metadata.title


def test_a_label_before_a_colon_stays_in_the_title(fixture_config: SiteConfig) -> None:
    title = f"Courtroom sketches: {HEADLINE}"
    assert _title(fixture_config, f"{title}\n\n{LEAD}\n\n{SECOND}\n") == title


def test_trim_by_slug_keeps_a_colon_label_and_cuts_a_glued_one() -> None:
    assert trim_by_slug(f"Courtroom sketches: {HEADLINE}", URL) == f"Courtroom sketches: {HEADLINE}"
    assert trim_by_slug(f"Courtroom sketches {HEADLINE}", URL) == HEADLINE
