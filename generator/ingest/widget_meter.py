"""A paywall's short notices about the reader's free articles and subscription tier: the meter
('You have 1 free article left', 'This is your last free article', 'You have reached your limit
of free articles', 'Register to read 6 free articles a month') and the tier label ('Exclusive to
paid digital subscriptions', 'Not available with your current subscription', 'Included with your
subscription'), in the languages ingest reads. Each is a short line with no full stop at its
end: a sentence of the article about a site's free articles ends as a sentence."""

from __future__ import annotations

import re

from generator.ingest.shapes import word_count

METER_MAX_WORDS = 12  # a meter or tier notice; a paragraph about subscriptions is longer
_I = re.IGNORECASE | re.VERBOSE
_FREE_ARTICLES = re.compile(  # 'free article(s)' in the eight languages
    r"""\b(?:free\ (?:articles?|stories|story|reads?)
    | art[ií]culos?\ (?:gratuitos?|gratis|libres?) | articles?\ (?:gratuits?|offerts?|gratis)
    | (?:kostenlosen?|kostenfreien?|gratis)\ (?:artikel|beiträge?)n?
    | articoli\ (?:gratuiti|gratis|liberi) | articolo\ (?:gratuito|gratis)
    | gratis\ artikel(?:en)? | (?:gratis|vrije)\ artikelen
    | artigos?\ (?:gratuitos?|grátis|gratis|livres?))\b | 無料記事 | 無料で読める記事""",
    _I,
)
_SUBSCRIPTION = (
    r"(?:\bsubscription|\bsuscripci[oó]n|\w*abonnement|\babo\b|\babbonamento|\bassinatura|\bsubscrição|購読)"
)
_TIER = re.compile(  # the subscription the content is kept for: exclusive to it, not in the reader's
    rf"""(?:\bexclusiv\w*|\bexclusi(?:ve|f)\b|\b(?:no|not|nicht|non|niet|não|pas)\s+(?:disponible|available
      |verfügbar|disponibile|beschikbaar|disponível|inclu\w*|enthalten)\b).{{0,40}}{_SUBSCRIPTION}
    |\b(?:your|tu|votre|ton|ihr\w*|dein\w*|il\ tuo|la\ tua|je|uw|sua|seu)\s+{_SUBSCRIPTION}\s+
      (?:actual|current|actuel(?:le)?|aktuell\w*|attuale|huidige|atual)\b""",
    _I,
)
_SENTENCE_END = re.compile(r"[.!。]\W*$")


def is_meter_notice(text: str) -> bool:
    """A short line (at most `METER_MAX_WORDS` words, no full stop at its end) that counts the
    reader's free articles: the meter of a page the reader may still read whole, so no sign of a
    cut. One regular expression over one short line, no nested repetition: linear."""
    return _notice_shaped(text) and bool(_FREE_ARTICLES.search(text))


def is_tier_notice(text: str) -> bool:
    """A short line (as `is_meter_notice`) naming the subscription tier the content is kept for:
    a paywall's. One regular expression, its gaps bounded: linear."""
    return _notice_shaped(text) and bool(_TIER.search(text))


def _notice_shaped(text: str) -> bool:
    """At most `METER_MAX_WORDS` words and no full stop at the end."""
    return 0 < word_count(text) <= METER_MAX_WORDS and not _SENTENCE_END.search(text)
