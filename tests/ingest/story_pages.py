"""Invented pages for ingest's furniture tests: one of `test_line_model.STORIES` (a headline, a
date line and paragraphs, every word written for the tests) with furniture lines added."""

from __future__ import annotations

from generator.ingest.model import Draft, Request
from generator.ingest.pipeline import Source, ingest
from generator.model.site import SiteConfig
from generator.model.wires import DEFAULT
from tests.ingest.support import NOW
from tests.ingest.test_line_model import STORIES


def appended(outlet: str, lines: list[str]) -> tuple[str, list[str]]:
    """The outlet's story with `lines` after its paragraphs, and its paragraphs."""
    headline, dated, paragraphs = STORIES[outlet]
    return "\n".join([headline, dated, *paragraphs, *lines]) + "\n", list(paragraphs)


def ingested(config: SiteConfig, outlet: str, text: str, url: str | None = None) -> Draft:
    """What ingest makes of `text` as a page of `outlet` (given its `--url`, if any)."""
    return ingest(Source("page.txt", text, False), Request(outlet=outlet, url=url), config, NOW, DEFAULT)


def with_line(config: SiteConfig, outlet: str, line: str) -> tuple[list[str], list[str]]:
    """The body and the removals ('text: rule: reason') of the outlet's story with `line` after
    its first paragraph."""
    headline, dated, paragraphs = STORIES[outlet]
    text = "\n".join([headline, dated, paragraphs[0], line, *paragraphs[1:]]) + "\n"
    draft = ingested(config, outlet, text)
    return [block.text for block in draft.blocks], [f"{r.text}: {r.rule}: {r.reason}" for r in draft.removals]
