"""Who may read, in a sentence of news, is no paywall notice (issue 21, round 16).

The paywall rule read a few phrases anywhere in a line of up to 45 words: 'exclusivo para socios',
'members only', 'unlimited access', 'cancel anytime', 'réservé aux abonnés', 'riservato agli
abbonati', 'alleen voor abonnees' and the short line keeping something for subscribers. A news
sentence uses them of a club, a venue or a service, and was cut from the body. Now such a phrase
marks a notice only in a label ('Exclusivo para socios', 'Subscribers only.') or in a line naming
what the page keeps ('Este contenido ...', 'Esta funcionalidad ...'), asking the reader to sign up
('Get unlimited access ...') or speaking to them. Every page and line here is invented.
"""

from __future__ import annotations

import time

import pytest

from generator.ingest.model import Request
from generator.ingest.pipeline import Source, ingest
from generator.ingest.prompts import is_paywall_notice
from generator.model.site import SiteConfig
from generator.model.wires import DEFAULT
from tests.ingest.support import NOW
from tests.ingest.test_line_model import STORIES

NEWS = [  # (outlet, a sentence of news that uses the words of a paywall notice), all invented
    ("diario-del-puerto", "El palco del club es exclusivo para socios."),
    (
        "diario-del-puerto",
        "La directiva anunció ayer que el acceso a la nueva grada del estadio será exclusivo para "
        "suscriptores del abono de temporada, una decisión que los aficionados critican desde hace "
        "semanas en las redes",
    ),
    ("harbour-gazette", "The marina's new pier will be for members only, the harbour board said."),
    ("harbour-gazette", "The agreement gives the port authority unlimited access to the terminal."),
    ("harbour-gazette", "Under the new rules, customers must be able to cancel any time."),
    ("gazette-du-port", "Le nouveau salon du port sera réservé aux abonnés du club nautique."),
    ("gazzetta-del-porto", "Il molo nord resterà riservato agli abbonati del porto turistico."),
    ("havenkrant", "De nieuwe steiger is alleen voor abonnees van de jachthaven."),
]

NOTICES = [  # (outlet, a notice of the same words, as pages print them), all invented
    ("diario-del-puerto", "Exclusivo para socios"),
    ("diario-del-puerto", "Este contenido es exclusivo para suscriptores."),
    ("diario-del-puerto", "Esta funcionalidad es exclusiva para suscriptores."),
    ("harbour-gazette", "Subscribers only."),
    ("harbour-gazette", "Get unlimited access for $2 a week. Cancel anytime."),
    ("gazette-du-port", "Cet article est réservé aux abonnés."),
    ("gazzetta-del-porto", "Questo contenuto è riservato agli abbonati"),
    ("havenkrant", "Alleen voor abonnees"),
]


def _page(outlet: str, last: str) -> tuple[str, list[str]]:
    headline, dated, paragraphs = STORIES[outlet]
    return "\n".join([headline, dated, *paragraphs, last]) + "\n", list(paragraphs)


@pytest.mark.parametrize(("outlet", "sentence"), NEWS)
def test_a_news_sentence_about_who_may_enter_stays_in_the_body(
    fixture_config: SiteConfig, outlet: str, sentence: str
) -> None:
    text, paragraphs = _page(outlet, sentence)
    draft = ingest(Source("page.txt", text, False), Request(outlet=outlet), fixture_config, NOW, DEFAULT)
    assert [block.text for block in draft.blocks] == [*paragraphs, sentence]
    assert not [r for r in draft.removals if r.rule == "paywall"]


@pytest.mark.parametrize(("outlet", "notice"), NOTICES)
def test_a_notice_of_the_same_words_still_leaves_the_body(
    fixture_config: SiteConfig, outlet: str, notice: str
) -> None:
    text, paragraphs = _page(outlet, notice)
    draft = ingest(Source("page.txt", text, False), Request(outlet=outlet), fixture_config, NOW, DEFAULT)
    assert [block.text for block in draft.blocks] == paragraphs
    (removal,) = [r for r in draft.removals if r.text == notice]
    assert (removal.rule, removal.reason) == ("paywall", "paywall notice")


@pytest.mark.parametrize(
    ("line", "notice"),
    [
        ("El club es exclusivo para socios.", False),
        ("La nueva función será exclusiva para suscriptores, dijo la empresa.", False),
        ("Es exclusivo para socios.", False),
        ("Members only.", True),
        ("Solo para suscriptores.", True),
        ("Comentar es una ventaja exclusiva para suscriptores", True),
        ("Sign up today for a free trial of unlimited digital access.", True),
        ("Sie sind bereits Digitalabonnent?", True),
        ("Subscribe to continue reading", True),
    ],
)
def test_who_may_read_is_a_notice_only_outside_a_news_sentence(line: str, notice: bool) -> None:
    assert is_paywall_notice(line) is notice


def _seconds(line: str) -> float:
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        is_paywall_notice(line)
        best = min(best, time.perf_counter() - started)
    return best


def test_the_sentence_end_is_read_in_one_pass_over_the_closing_marks() -> None:
    """A long run of marks before the line's last word: 4x the run takes well under 16x the time
    (a pattern searched for '[.!?]\\W*$' took 16x: 0.2 s for 5,000 marks, 3.2 s for 20,000)."""
    short, long = (_seconds("The pier is for members only" + "." * n + " a") for n in (4_000, 16_000))
    assert long < 8 * short + 0.01
