"""A paywall's offer box: the plans a page sells its reading under, one short line at a time
('Flexibel' / '8,90 € mtl.,' / '1. Monat kostenlos' / 'Monatlich kündbar' / 'Jetzt bestellen').

An offer line is of one of four kinds, each read by what it is for in the eight languages: a
price per period, a free trial of a period, a promise that the plan can be cancelled, a saving
in per cent. A run of short lines holding offer lines of two kinds or more is a box, and every
line of the run is the box's (its headings, plan names and buttons have no words of their own
to be known by). A table of prices in the article has one kind only, so it stays.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.ingest.furniture_words import READER
from generator.ingest.shapes import word_count

_I = re.IGNORECASE
_X = re.IGNORECASE | re.VERBOSE

OFFER_LINE_MAX_WORDS = 8  # a plan's line: '8,90 € 4,99 € mtl.', 'Anschließend 2,49 €/Woche'
BOX_LINE_MAX_WORDS = 12  # a line of a box: a heading, a plan's name, a point, a button
OFFER_KINDS = 2  # kinds of offer line a run needs to be a box

_MONEY = r"(?:[€$£¥]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|\$|£|eur\b|euros?\b|usd\b|reais\b|円))"
_PERIOD = (
    r"mtl\.?|monatl\w*|monat\w*|woche\w*|wöchentl\w*|jahr\w*|month\w*|week\w*|year\w*|mo\b|wk\b|yr\b"
    r"|mois|semaines?|ans?\b|année|mes(?:es)?\b|mensual\w*|semanas?|años?|mese|mensil\w*|settiman\w*"
    r"|anno|maand\w*|jaar\w*|mês|meses|anual\w*|ano\b|月額?|年額?|週"
)
_PRICE = re.compile(
    rf"{_MONEY}\s*(?:/|per|pro|par|por|al|a|an?|im|i|the)?\s*(?:{_PERIOD})|(?:{_PERIOD})\W+{_MONEY}", _I
)
_FREE = r"free|kostenlos|gratis|gratuit\w*|grátis|無料"
_TRIAL = re.compile(
    rf"""(?:probemonat|probeabo\w* | free\ trial | essai\ gratuit | prueba\ gratuita | prova\ gratuita
        | proefabonnement | período\ de\ teste | 無料体験 | お試し)
    | \d+\.?\s*(?:{_PERIOD}|tage?|days?|jours?|días|giorni|dagen|dias|日間)\W+(?:\w+\W+){{0,2}}(?:{_FREE})
    | (?:{_FREE})\W+(?:\w+\W+){{0,2}}\d+\.?\s*(?:{_PERIOD}|tage?|days?|jours?|días|giorni|dagen|dias|日間)
    | (?:first|erste[nr]?|premier|primer|primo|eerste|primeiro)\ (?:{_PERIOD})
      \W+(?:\w+\W+){{0,1}}(?:{_FREE})""",
    _X,
)
_CANCEL = re.compile(
    r"""cancel\ any\ ?time | (?:monatlich|jederzeit|täglich|wöchentlich)\ kündbar | résiliable
    | sans\ engagement
    | cancela\ cuando\ quieras | sin\ permanencia | disdic\w*\ quando\ vuoi | senza\ vincol\w*
    | (?:maandelijks|dagelijks|altijd|direct)\ opzegbaar | cancele\ quando\ quiser | sem\ fidelização
    | いつでも解約""",
    _X,
)
_SAVE = re.compile(
    r"\d+\s?%\s*(?:sparen|gespart|save|off|économisez|de\ réduction|ahorra|de\ descuento|risparmi\w*"
    r"|di\ sconto|korting|bespaar|poupe|de\ desconto|割引|オフ)"
    r"|(?:save|spare|sparen\ sie|économisez|ahorra|risparmia|bespaar|poupe)\s+\d+\s?%",
    _X,
)
_VOUCHER = re.compile(
    r"gutscheincode|voucher\ code|promo\ code|code\ promo|código\ promocional|codice\ (?:promozionale|sconto)"
    r"|kortingscode|código\ (?:de\ )?(?:cupom|desconto)|クーポンコード",
    _X,
)
_READER = re.compile(READER, _I)


def offer_kind(text: str) -> str | None:
    """The kind of offer line `text` is ('price', 'trial', 'cancel', 'saving'), or None; a line
    of more than `OFFER_LINE_MAX_WORDS` words is none ('The service costs 9.99 euros a month,
    the company said' is news)."""
    if word_count(text) > OFFER_LINE_MAX_WORDS:
        return None
    if _TRIAL.search(text):
        return "trial"
    if _CANCEL.search(text):
        return "cancel"
    if _SAVE.search(text):
        return "saving"
    if _PRICE.search(text):
        return "price"
    return None


def is_offer_notice(text: str) -> bool:
    """One line of an offer that is a paywall's on its own: a free trial offered to the reader
    ('testen Sie jetzt 30 Tage kostenlos.', 'Try it free for 30 days') or a voucher code's field
    ('Bitte geben Sie Ihren Gutscheincode ein.'), at most `BOX_LINE_MAX_WORDS` words."""
    if word_count(text) > BOX_LINE_MAX_WORDS:
        return False
    return bool(_VOUCHER.search(text)) or (
        bool(_TRIAL.search(text))
        and bool(_READER.search(text) or re.match(r"\W*(?:try|testen|essayez)", text, _I))
    )


def offer_box(texts: Sequence[str], furniture: Sequence[bool]) -> set[int]:
    """The indices of the lines of every offer box among `texts`: in a run of lines of at most
    `BOX_LINE_MAX_WORDS` words (or lines already called furniture), offer lines at most
    `BOX_GAP` lines apart that are of `OFFER_KINDS` kinds or more, with up to `BOX_REACH` lines of
    the run above and below them (the box's heading, its buttons)."""
    found: set[int] = set()
    run: list[int] = []
    for index in range(len(texts) + 1):
        if index < len(texts) and (furniture[index] or word_count(texts[index]) <= BOX_LINE_MAX_WORDS):
            run.append(index)
            continue
        found.update(i for i in _boxes_in(run, texts) if not furniture[i])
        run = []
    return found


BOX_GAP = 4  # lines from one offer line to the next in one box (a plan's points between)
BOX_REACH = 3  # lines of a box above its first offer line and below its last


def _boxes_in(run: list[int], texts: Sequence[str]) -> set[int]:
    """The box lines of one `run` of short lines (see `offer_box`)."""
    offers = [(place, kind) for place, i in enumerate(run) if (kind := offer_kind(texts[i])) is not None]
    found: set[int] = set()
    start = 0
    for end in range(1, len(offers) + 1):
        if end < len(offers) and offers[end][0] - offers[end - 1][0] <= BOX_GAP:
            continue
        cluster = offers[start:end]
        if len({kind for _, kind in cluster}) >= OFFER_KINDS:
            first, last = max(0, cluster[0][0] - BOX_REACH), min(len(run) - 1, cluster[-1][0] + BOX_REACH)
            found.update(run[first : last + 1])
        start = end
    return found
