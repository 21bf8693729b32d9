"""The review of rounds 23-24 (issue 21), on invented lines and pages: a paywall's meter is one
line rule tried before `paywall`, in every language; a meter run out ('limit reached') is the
paywall's cut; a tier label is a paywall notice; an old-article notice is a UI label read with the
other one-line rules; a tip box's lines are follow prompts; a long run of closing marks costs a
line rule no more than its length."""

from __future__ import annotations

import time

import pytest

from generator.ingest.line_rule import first_match
from generator.ingest.model import Block
from generator.ingest.shapes import ends_with_mark
from generator.ingest.text_rules import apply_line_rules, line_rules
from generator.model.site import SiteConfig
from generator.model.wires import DEFAULT
from tests.ingest.story_pages import appended, ingested

LINE_RULES = line_rules(DEFAULT)


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("You have 2 free articles left this month", "paywall-meter"),
        ("Te queda 1 artículo gratuito", "paywall-meter"),
        ("Il te reste 2 articles gratuits", "paywall-meter"),
        ("Llegaste al límite de artículos gratuitos", "paywall"),
        ("Du hast dein Limit an kostenlosen Artikeln erreicht", "paywall"),
        ("Exclusivo para suscripción digital de pago", "paywall"),
        ("Not available with your current subscription", "paywall"),
        ("Dieser Artikel ist älter als ein Jahr", "ui-label"),
        ("This page is over 3 weeks old", "ui-label"),
        ("Heb je nieuws voor ons?", "follow-prompt"),
        ("📞 Bel naar 0123-456789", "follow-prompt"),
        ("Have a tip?", "follow-prompt"),
        ("Image 3 of 12.", "ui-label"),
        ("Saltar al contenido principal", "ui-label"),
        ("Passer au contenu", "ui-label"),
        ("Foto 2 de 9", "ui-label"),
        ("Tu opinión vale...", "comment-count"),
        ("Votre avis vaut de l'or", None),
    ],
)
def test_the_line_rule_table_names_each_notice(line: str, rule: str | None) -> None:
    """Each notice is taken by the table's own rule, not by a loop after it; a tip box's lines
    are follow prompts as 'Have a tip?' is; a skip link is a UI label in any language; a pager is one rule's, with or without its full stop;
    the reader's opinion said to be worth something is a comment prompt, as a short whole line."""
    found = first_match(line, LINE_RULES)
    assert (found.name if found is not None else None) == rule


@pytest.mark.parametrize(
    ("outlet", "line", "paywalled"),
    [
        ("harbour-gazette", "You have 2 free articles left this month", False),
        ("diario-del-puerto", "Te quedan 3 artículos gratuitos este mes", False),
        ("diario-del-puerto", "Llegaste al límite de artículos gratuitos", True),
    ],
)
def test_a_meter_leaves_the_page_whole_and_a_spent_one_is_the_cut(
    fixture_config: SiteConfig, outlet: str, line: str, paywalled: bool
) -> None:
    """The English and the Spanish meter are read alike: neither marks the page paywalled; the
    limit reached does, in Spanish as in English."""
    text, paragraphs = appended(outlet, [line])
    draft = ingested(fixture_config, outlet, text)
    assert [block.text for block in draft.blocks] == paragraphs
    assert draft.metadata.paywalled is paywalled


@pytest.mark.parametrize(
    ("text", "marks", "expected"),
    [
        ("Es exclusivo para socios.", ".!?", True),
        ('He said "no."', ".!?", True),
        ("Go! →", ".!", True),
        ("Want more free articles?", ".!。", False),
        ("Te queda 1 artículo gratuito", ".!?", False),
        ("!!!", ".!?", True),
        ("", ".!?", False),
    ],
)
def test_ends_with_mark_reads_the_closing_marks(text: str, marks: str, expected: bool) -> None:
    assert ends_with_mark(text, marks) is expected


def test_a_long_run_of_marks_costs_the_line_rules_little() -> None:
    """A 20,000-character line of '!' between two words went through the meter, card and channel
    promotion patterns, each retried at every mark (quadratic: seconds); now each is one pass.
    Least of three runs, so a busy machine does not decide it."""
    blocks = [Block("Hafen " + "!" * 20_000 + "a")]
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        apply_line_rules(blocks, LINE_RULES)
        best = min(best, time.perf_counter() - start)
    assert best < 1.0
