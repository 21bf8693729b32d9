"""An agency's own copyright mark glued inside its text, '(© <Agency> - <rights>…)' with a short
prompt after it, ends the text: the mark and the prompt leave the body, and the agency is the
credit when the registry (or the site's `wires:`) knows it (issue 21, fourteenth round). The
pages are invented."""

from __future__ import annotations

import pytest

from generator.ingest.credits import strip_credits
from generator.ingest.model import Block, Kind, Request
from generator.ingest.pipeline import Source, ingest
from generator.model.site import SiteConfig
from generator.model.wires import DEFAULT, Registry, Wire, with_extra
from tests.ingest.support import NOW

TEXT = "Il ponte del porto di Valleverde è stato riaperto ieri sera, ha detto il sindaco, dopo tre settimane di lavori..."
MARK = "(© {who} - citare la fonte...)"
PROMPT = "Accedi al servizio e leggi il resto dell'articolo"


@pytest.mark.parametrize(
    ("who", "wires", "via"),
    [
        ("ANSA", DEFAULT, "ANSA"),
        ("Porto Notizie", with_extra([Wire("Porto Notizie", "Agenzia Porto Notizie")]), "Porto Notizie"),
        ("Porto Notizie", DEFAULT, None),  # not a wire the site knows: the mark goes, no credit
    ],
)
def test_a_glued_mark_ends_the_text(
    fixture_config: SiteConfig, who: str, wires: Registry, via: str | None
) -> None:
    page = f"Valleverde riapre il ponte del porto\n\n{TEXT} {MARK.format(who=who)} {PROMPT}\n"
    draft = ingest(
        Source("page.txt", page, False), Request(outlet="harbour-gazette"), fixture_config, NOW, wires
    )
    assert [b.text for b in draft.blocks] == [TEXT]
    assert draft.metadata.via == via
    assert "copyright mark and the prompt after it" in [r.reason for r in draft.removals]


@pytest.mark.parametrize(
    "text",
    [
        # a picture's mark inside a paragraph that goes on: the article's text, not a prompt
        "Il ponte è aperto (© Foto Rossi - tutti i diritti) e il sindaco ha detto che la città è felice "
        "di questo risultato dopo tanti mesi di lavori e di attese, secondo quanto riferito oggi dal comune.",
        "(© ANSA - riproduzione riservata)",  # a mark alone: the footer's, read by the footer reader
    ],
)
def test_other_marks_stay(text: str) -> None:
    block, removals, evidence = strip_credits(Block(text, Kind.PARAGRAPH, line=1), DEFAULT)
    assert (block, removals, evidence.via) == (Block(text, Kind.PARAGRAPH, line=1), [], None)
