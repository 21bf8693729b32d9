"""A paywall's short notices about the reader's free articles and subscription tier: the meter
('You have 1 free article left', 'This is your last free article', 'Register to read 6 free
articles a month'), the spent meter ('You have reached your limit of free articles', 'Llegaste al
límite de artículos gratuitos': the cut) and the tier label ('Exclusive to paid digital
subscriptions', 'Not available with your current subscription'), in the languages ingest reads.
Each is a short line with no full stop at its end: a sentence of the article about a site's free
articles ends as a sentence."""

from __future__ import annotations

import re

from generator.ingest.paywall_words import SUBSCRIPTION_NOUNS
from generator.ingest.shapes import ends_with_mark, word_count

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
_SUBSCRIPTION = rf"(?:\b(?:{SUBSCRIPTION_NOUNS})|購読)"
_TIER = re.compile(  # the subscription the content is kept for: exclusive to it, not in the reader's
    rf"""(?:\bexclusiv\w*|\bexclusi(?:ve|f)\b|\b(?:no|not|nicht|non|niet|não|pas)\s+(?:disponible|available
      |verfügbar|disponibile|beschikbaar|disponível|inclu\w*|enthalten)\b).{{0,40}}{_SUBSCRIPTION}
    |\b(?:your|tu|votre|ton|ihr\w*|dein\w*|il\ tuo|la\ tua|je|uw|sua|seu)\s+{_SUBSCRIPTION}\s+
      (?:actual|current|actuel(?:le)?|aktuell\w*|attuale|huidige|atual)\b""",
    _I,
)
_SPENT = re.compile(  # the meter run out: a limit, reached or used up (the cut, not a count)
    r"""\b(?:limit|límite|limite|limiet|reached|used\ (?:all|up)|alcanzado|llegaste|atteint|erreicht
    |aufgebraucht|raggiunto|bereikt|atingiu|atingido|esgotado|agotado)\b|上限""",
    _I,
)


def is_meter_notice(text: str) -> bool:
    """A short line (at most `METER_MAX_WORDS` words, no full stop at its end) that counts the
    reader's free articles and is not spent (`is_spent_meter`): the meter of a page the reader may
    still read whole, so no sign of a cut. Regular expressions over one short line, no nested
    repetition, and one pass back over its closing marks: linear."""
    return _notice_shaped(text) and bool(_FREE_ARTICLES.search(text)) and not _SPENT.search(text)


def is_spent_meter(text: str) -> bool:
    """A meter notice (as `is_meter_notice`) saying the free articles are used up: the cut, read
    as a paywall notice."""
    return _notice_shaped(text) and bool(_FREE_ARTICLES.search(text)) and bool(_SPENT.search(text))


def is_tier_notice(text: str) -> bool:
    """A short line (as `is_meter_notice`) naming the subscription tier the content is kept for:
    a paywall's, read as a paywall notice. One regular expression, its gaps bounded: linear."""
    return _notice_shaped(text) and bool(_TIER.search(text))


def _notice_shaped(text: str) -> bool:
    """At most `METER_MAX_WORDS` words and no full stop at the end."""
    return 0 < word_count(text) <= METER_MAX_WORDS and not ends_with_mark(text, ".!。")
