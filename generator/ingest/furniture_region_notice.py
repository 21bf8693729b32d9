"""A player's or page's notice that its content is blocked where the reader is: 'This content is
not available in your region', 'Dieses Video ist in Ihrem Land nicht verfügbar.'

Sites of every country print it where a video or an embed would be. It speaks to the reader: a
short line (at most `REGION_NOTICE_MAX_WORDS` words, no quotation marks) that says something is
not available and names the reader's country, region or location after its preposition ('in
your country', 'in Ihrem Land', 'dans votre pays', 'お住まいの地域'). A reported sentence names
no reader ('The service is not available in Russia') and stays; so does a quoted notice. Two
searches over one short line, linear.
"""

from __future__ import annotations

import re

from generator.ingest.shapes import word_count

REGION_NOTICE_MAX_WORDS = 25
_X = re.IGNORECASE | re.VERBOSE
_UNAVAILABLE = re.compile(
    r"""(?<!\w)(?:
      (?:is|are)\ not\ available|isn't\ available|aren't\ available|(?:is|are)\ unavailable|not\ available
    | nicht\ (?:verfügbar|abrufbar|erhältlich)
    | (?:n'est|ne\ sont)\ pas\ (?:disponibles?|accessibles?)|indisponibles?
    | no\ (?:está|esta|están)\ disponibles?|no\ disponible
    | non\ (?:è|e|sono)\ disponibil[ei]
    | (?:is|zijn)\ niet\ beschikbaar|niet\ beschikbaar
    | não\ (?:está|estão|é)\ disponíve(?:l|is)|indisponíve(?:l|is)
    )(?!\w)|(?:ご覧|視聴|ご利用|利用|再生)(?:いただけません|できません)""",
    _X,
)
_YOUR_PLACE = re.compile(  # the reader's place after its preposition: 'in your region', 'dans votre pays'
    r"""(?<!\w)(?:
      (?:in|from)\ your\ (?:country|region|location|area|territory)
    | in\ (?:ihrem|deinem)\ (?:land|standort|gebiet|aufenthaltsort)|in\ (?:ihrer|deiner)\ region
    | dans\ (?:votre|ton|ta)\ (?:pays|région|zone|territoire|localisation)
    | en\ (?:tu|su)\ (?:país|región|ubicación|zona|territorio)
    | (?:nel|nella)\ (?:tu[oa]|su[oa])\ (?:paese|regione|area|zona)
    | in\ (?:jouw|uw|je)\ (?:land|regio|locatie|gebied)
    | (?:no|na)\ (?:seu|sua)\ (?:país|região|localização|área|zona)
    )(?!\w)|お住まいの(?:地域|国)|お客様の(?:地域|国)""",
    _X,
)
_QUOTES = re.compile(r"[\"“”„«»「」]")


def is_region_notice(text: str) -> bool:
    """The whole line is a notice that the content is blocked in the reader's country or region."""
    return (
        word_count(text) <= REGION_NOTICE_MAX_WORDS
        and _QUOTES.search(text) is None
        and _UNAVAILABLE.search(text) is not None
        and _YOUR_PLACE.search(text) is not None
    )
