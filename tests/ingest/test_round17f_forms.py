"""The reader's forms under an article leave the body (issue 21, round 17): the comment form (its
title, its notes on the e-mail address and the required fields, its login and confirmation
notes, an empty section's 'be the first'), the newsroom's tip line, an out-of-date browser's
notice, an accessibility widget, and a paywall's offer box of plans, prices and buttons. Each is
read by what it is for, in the eight languages; a sentence of news naming the same things stays.
Every page and line here is invented.
"""

from __future__ import annotations

import pytest

from generator.model.site import SiteConfig
from tests.ingest.story_pages import appended, ingested

FORM = ("comment-count", "comment count or prompt")
BROWSER = ("ui-label", "navigation or UI label")
ACCESS = BROWSER

FURNITURE = [  # (outlet, the lines a page prints under its article, the rule of each), all invented
    (
        "diario-del-puerto",
        [
            "Deja una respuesta",
            "Tu dirección de correo electrónico no será publicada.",
            "Campos obligatorios *",
        ],
        [FORM, FORM, FORM],
    ),
    (
        "gazette-du-port",
        [
            "Soyez la première à commenter",
            "Laissez un commentaire",
            "Votre adresse e-mail ne sera pas publiée.",
        ],
        [FORM, FORM, FORM],
    ),
    (
        "gazzetta-del-porto",
        [
            "Invia la tua segnalazione alla redazione",
            "Il tuo indirizzo email non sarà pubblicato.",
            "Campi obbligatori",
        ],
        [FORM, FORM, FORM],
    ),
    (
        "hafenbote",
        ["Diskutieren Sie mit!", "Ihre E-Mail-Adresse wird nicht veröffentlicht.", "Pflichtfelder"],
        [FORM, FORM, FORM],
    ),
    (
        "havenkrant",
        ["Heb jij een tip? Stuur de redactie een mail.", "Je e-mailadres wordt niet gepubliceerd."],
        [FORM, FORM],
    ),
    (
        "jornal-do-porto",
        ["Comentário publicado com sucesso!", "O seu endereço de email não será publicado."],
        [FORM, FORM],
    ),
    (
        "harbour-gazette",
        [
            "You must be signed in to post a comment.",
            "Comments are not accepted on this story.",
            "Your browser is out of date. Please update it to read our pages.",
            "Increase text Decrease text",
            "High contrast",
        ],
        [FORM, FORM, BROWSER, ACCESS, ACCESS],
    ),
    (
        "jornal-do-porto",
        [
            "Acessibilidade",
            "Aumentar texto Diminuir texto",
            "Você está usando um navegador desatualizado.",
        ],
        [ACCESS, ACCESS, BROWSER],
    ),
]


@pytest.mark.parametrize(("outlet", "lines", "rules"), FURNITURE)
def test_a_form_for_the_reader_leaves_the_body(
    fixture_config: SiteConfig, outlet: str, lines: list[str], rules: list[tuple[str, str]]
) -> None:
    text, paragraphs = appended(outlet, lines)
    draft = ingested(fixture_config, outlet, text)
    assert [block.text for block in draft.blocks] == paragraphs
    removed = {r.text: (r.rule, r.reason) for r in draft.removals}
    assert [removed.get(line) for line in lines] == rules


NEWS = [  # (outlet, a sentence of news that names what a form names), all invented
    ("harbour-gazette", "The council received comments sent by 300 residents before the vote."),
    ("harbour-gazette", "Google urged users to update the Chrome browser after the flaw was found."),
    ("harbour-gazette", "The newsroom sent its reporters home before the storm reached the quay."),
    ("harbour-gazette", "The emails were published by the harbour board on Tuesday."),
    ("diario-del-puerto", "La redacción del diario envió a dos periodistas al puerto."),
    ("gazette-du-port", "Les commentaires envoyés par les riverains seront publiés lundi."),
]


@pytest.mark.parametrize(("outlet", "sentence"), NEWS)
def test_a_news_sentence_naming_the_same_things_stays(
    fixture_config: SiteConfig, outlet: str, sentence: str
) -> None:
    text, paragraphs = appended(outlet, [sentence])
    draft = ingested(fixture_config, outlet, text)
    assert [block.text for block in draft.blocks] == [*paragraphs, sentence]
