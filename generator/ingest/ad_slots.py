"""Advertising slots and comment furniture on one line: 'Advertisement', 'Weiter nach der
Anzeige', a job box or a channel's promotion; '12 Comments', 'Join the conversation', the site's
comment rules. `text_rules` names them and gives each its reason.
"""

from __future__ import annotations

import re

from generator.ingest.furniture_comment_notices import is_comment_notice
from generator.ingest.furniture_words import (
    ADVERTISEMENT_OTHER,
    COMMENT_LOGIN,
    COMMENT_RULES,
    COMMENT_WORDS,
    HIRING,
    LIVE_TV,
    OUR,
    TV_WORDS,
)
from generator.ingest.reader_forms import is_reader_form
from generator.ingest.shapes import is_sentence, word_count
from generator.ingest.site_chrome import chrome_key

_I = re.IGNORECASE
_X = re.IGNORECASE | re.VERBOSE

_ADVERTISEMENT = re.compile(
    r"""advertisements? | ads? | sponsored(?:\ content|\ post|\ links?)? | promoted(?:\ content)?
    | paid\ (?:content|post) | partner\ content | (?:article|story)\ continues\ below(?:\ advertisement)?
    | (?:story|article)\ continues\ (?:after|below)\ (?:this\ )?(?:ad|advertisement)
    | advertisement\W*scroll\ to\ continue(?:\ with\ content)? | scroll\ to\ continue(?:\ with\ content)?
    | continue\ reading\ (?:below|the\ main\ story) | ads?\ by\ \w+.* | remove\ ads?"""
    + ADVERTISEMENT_OTHER,
    _X,
)
PROMO_MAX_WORDS = 20
AD_BREAK_MAX_WORDS = 8
_AD_NOUN = re.compile(
    r"(?<!\w)(?:advertisements?|advert|ads?|publicidad|publicidade|publicité|pub|pubblicità|anzeige|werbung"
    r"|advertentie|reclame|anuncios?|annonces?|広告)(?!\w)",
    _I,
)
_GOES_ON = re.compile(
    r"(?<!\w)(?:continu\w*|sigue|seguir|suite|weiter\w*|verder|segue|prosegue|続き|続く)(?!\w)", _I
)


def is_ad_break(text: str) -> bool:
    """The label where the text breaks for an advertisement: the text goes on after it, in a line
    of at most `AD_BREAK_MAX_WORDS` words ('Continua após a publicidade', 'la suite après cette
    publicité', 'Weiter nach der Anzeige'); a label, not a sentence ('Ads continue to run.' is
    news)."""
    return (
        word_count(text) <= AD_BREAK_MAX_WORDS
        and not is_sentence(text)
        and bool(_AD_NOUN.search(text) and _GOES_ON.search(text))
    )


_HIRING = re.compile(HIRING, _X)
_LIVE_TV = re.compile(LIVE_TV, _X)
_TV_WORD = re.compile(TV_WORDS, _X)


def _channel_promotion(text: str) -> bool:
    """'... en vivo - TELEVISIÓN GRATIS 24/7': a live word, free or round the clock after it, and
    a television word at or after the live word. The live words searched once and the television
    words once (a look-ahead for the television word at each place retried the rest of the line
    from every place, quadratic): linear."""
    television = [match.start() for match in _TV_WORD.finditer(text)]
    live = _LIVE_TV.search(text) if television else None
    return live is not None and live.start() <= television[-1]


def is_advertisement(text: str) -> bool:
    """An advertising slot label: 'Advertisement', 'Story continues below advertisement'; a job
    box ('La Gazette recrute des journalistes Je postule') or a channel's promotion ('... en vivo -
    TELEVISIÓN GRATIS 24/7'), which are labels, never sentences ('Buscamos a los periodistas
    desaparecidos, dijo el fiscal.' is news)."""
    return (
        bool(_ADVERTISEMENT.fullmatch(chrome_key(text)))
        or is_ad_break(text)
        or _glued_ad_labels(text)
        or (
            word_count(text) <= PROMO_MAX_WORDS
            and not is_sentence(text)
            and (_HIRING.search(text) is not None or _channel_promotion(text))
        )
    )


COMMENT_RULES_MAX_WORDS = 20
_OUR_RULES = re.compile(rf"\b(?:{OUR})\s+(?:[\w-]+\s+)?(?:{COMMENT_RULES})\b", _X)


_IS_COMMENT_COUNT_RE = re.compile(COMMENT_LOGIN, _X)
_IS_COMMENT_COUNT_RE2 = re.compile(
    rf"""(?:\d+\s+)?(?:{COMMENT_WORDS}|responses?|replies|reactions?|shares?|views?)(?:\s*[(（]\d+[)）])?
            | (?:view|show|read|load|hide|post|add|leave|write|see)\s+(?:all\s+|a\s+|your\s+|the\s+)?
              (?:\d+\s+)?comments?.* | leave\ a\ (?:reply|comment)
            | be\ the\ first\ to\ comment.* | join\ the\ (?:conversation|discussion|debate).*
            | (?:please\ wait\ )?(?:while\ we\ )?load(?:ing)?\ (?:the\ )?(?:latest\ |more\ )?comments.*
            | comments\ (?:are|have\ been)\ (?:closed|disabled).* | conversation\s*\(\d+\)
            | (?:tu|su|your|votre|ton|ihre|deine|la\ tua|la\ sua|jouw|uw|a\ sua|a\ tua)
              \ (?:opini[oó]n|opinion|opinione|opinião|avis|meinung|mening|comentario|commentaire|kommentar
                 |commento|reactie|comentário)
              \ (?:enriquece|enrichit|bereichert|arricchisce|verrijkt|matters|counts|compte|zählt|conta|cuenta
                 |importa|telt|interessa|nous\ intéresse|ist\ gefragt|vale|vaut|is\ welkom)
              (?:\ (?:to\ us|este\ artículo|esta\ noticia|this\ (?:article|story)|cet\ article|diesen\ artikel
                 |questo\ articolo|dit\ artikel|este\ artigo|esta\ notícia))?""",
    re.X,
)
_IS_COMMENT_COUNT_RE3 = re.compile(rf"\b(?:{COMMENT_WORDS})\b", _I)


def is_comment_count(text: str) -> bool:
    """A comment counter or prompt: '12 Comments', 'Join the conversation', 'Vos réactions
    doivent respecter nos CGU', 'Log in to comment'. Comment rules are the site's own ('our
    guidelines', 'notre charte'): 'Our reporters asked about the platform's terms for comments'
    is news. The comment form's own lines and the newsroom's tip line too (`reader_forms`), and an
    empty comment section's notice or the comment box's prompt (`furniture_comment_notices`)."""
    if _IS_COMMENT_COUNT_RE.search(text) or (
        word_count(text) <= COMMENT_RULES_MAX_WORDS
        and _IS_COMMENT_COUNT_RE3.search(text)
        and _OUR_RULES.search(text)
    ):
        return True
    return (
        bool(_IS_COMMENT_COUNT_RE2.fullmatch(chrome_key(text)))
        or is_reader_form(text)
        or is_comment_notice(text)
    )


GLUED_TAIL_MAX_WORDS = 5
_GLUED_LABEL = re.compile(  # an advertising label glued to the next label: 'AdvertisementAdvertise with X'
    r"^(?:advertisements?|advert|ad|publicidad|publicidade|publicité|pubblicità|anzeige|werbung|advertentie"
    r"|reclame|anuncio)(?=[A-ZÀ-Þ])",
    _I,
)
_AD_STEM = re.compile(r"(?<!\w)(?:advertis|werb|anzeige|publici|anunci|pubblicit|adverte|reclame|ads?\b)", _I)


def _glued_ad_labels(text: str) -> bool:
    """An advertising label glued, the copy's space lost, to another advertising label of at most
    `GLUED_TAIL_MAX_WORDS` words ('AdvertisementAdvertise with Example Media.', 'AnzeigeWerbung
    schalten'): the label's word is a stem of advertising too. Two anchored or bounded regular
    expressions over one line: linear."""
    glued = _GLUED_LABEL.match(text.strip())
    if glued is None:
        return False
    tail = text.strip()[glued.end() :]
    return word_count(tail) <= GLUED_TAIL_MAX_WORDS and bool(_AD_STEM.match(tail))
