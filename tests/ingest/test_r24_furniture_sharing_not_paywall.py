"""An account-sharing box is no paywall cut (issue 21, round 24), on an invented page: the box
saying the reader's subscription is in use on another device leaves the body, but the page, whose
text is whole, is not marked paywalled and gets no paywall review note; a real paywall prompt on
the same page still marks it."""

from __future__ import annotations

from generator.model.site import SiteConfig
from tests.ingest.story_pages import appended, ingested

BOX = [
    "Tu suscripción se está usando en otro dispositivo",
    "¿Quieres añadir otro usuario a tu suscripción?",
    "Si no sabes quién usa tu cuenta, cambia tu contraseña.",
]


def test_a_sharing_box_does_not_mark_the_page_paywalled(fixture_config: SiteConfig) -> None:
    text, paragraphs = appended("diario-del-puerto", BOX)
    draft = ingested(fixture_config, "diario-del-puerto", text)
    assert [block.text for block in draft.blocks] == paragraphs
    assert [r.text for r in draft.removals if r.reason == "subscription's account-sharing box"] == BOX
    assert not draft.metadata.paywalled
    assert not any(note.startswith("paywalled") for note in draft.metadata.review)


def test_a_real_paywall_prompt_still_marks_it(fixture_config: SiteConfig) -> None:
    text, _ = appended("diario-del-puerto", [*BOX, "Subscribe to continue reading"])
    draft = ingested(fixture_config, "diario-del-puerto", text)
    assert draft.metadata.paywalled
