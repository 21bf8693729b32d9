"""A subscription's account-sharing box (issue 21, round 23), on an invented page: the statement
that the subscription is in use on another device and the box's short lines about the account,
device or password go; the article's paragraphs, one of them about a subscription, stay."""

from __future__ import annotations

from generator.ingest.model import Block
from generator.ingest.widget_sharing import account_sharing_box
from generator.model.site import SiteConfig
from tests.ingest.story_pages import appended, ingested

BOX = [
    "Tu suscripción se está usando en otro dispositivo",
    "¿Quieres añadir otro usuario a tu suscripción?",
    "Si sigues leyendo aquí, el otro dispositivo dejará de tener acceso.",
    "Si no sabes quién usa tu cuenta, cambia tu contraseña.",
]


def test_the_sharing_box_leaves_the_body(fixture_config: SiteConfig) -> None:
    text, paragraphs = appended("diario-del-puerto", BOX)
    draft = ingested(fixture_config, "diario-del-puerto", text)
    body = [block.text for block in draft.blocks]
    assert body == paragraphs
    assert [r.text for r in draft.removals if r.reason == "subscription's account-sharing box"] == BOX


def test_a_paragraph_about_subscriptions_is_no_box() -> None:
    blocks = [
        Block("The port's app lets one subscription be used on another device at no extra cost, it said."),
        Block("The harbour reopened on Tuesday after the storm, the port authority said in a statement."),
    ]
    assert account_sharing_box(blocks, [False, False]) == set()
