"""One-line notices of a page's machinery that read like sentences: a skip link's landmark
('Début du contenu principal.'), a gallery or article pager ('Artikel 1 von 1'), a pointer to the
full story in the print edition, and the notice that an item came unedited from an agency's
automated feed; a prompt to report an error in the article; a template's dummy text ('Lorem ipsum
...'). A tip box's lines (its 'News for us?' question, a number to call or WhatsApp) are read
here for `prompts.is_follow_prompt`, with 'Have a tip?'."""

from __future__ import annotations

import re

from generator.ingest.furniture_words import READ_VERBS, STORY_NOUNS, THIS_ARTICLE
from generator.ingest.shapes import word_count

_X = re.IGNORECASE | re.VERBOSE
NOTICE_MAX_WORDS = 60  # a feed notice runs to a few sentences; a paragraph of text is longer

_LANDMARK = re.compile(  # where the page's main content starts or ends, for a screen reader
    r"""(?:start|beginning|end|début|fin|anfang|beginn|ende|inicio|comienzo|final|inizio|fine|begin
       |einde|início|fim)\s+(?:of|du|des|del|de|dei|van|do|da)\s+(?:the\s+|la\s+|het\s+)?
       (?:main\s+)?(?:content|contenu|hauptinhalts?|inhalts?|contenido|contenuto|inhoud|conteúdo)
       (?:\s+(?:principal|principale|principal))?\s*\.?""",
    _X,
)
_PAGER = re.compile(  # 'Artikel 1 von 1', 'Foto 3 de 12', 'Page 2 of 5'
    r"""(?:artikel|article|artículo|articolo|artigo|seite|page|página|pagina|bild|foto|photo|image
       |imagen|immagine|imagem|afbeelding)\s+\d{1,3}\s+(?:von|of|sur|de|di|van|/)\s+\d{1,3}""",
    _X,
)
_FULL = (
    r"full|whole|complete|ganzen?|vollständigen?|complet|complète|completa|completo|intero|integral"
    r"|integrale|volledige|hele"
)
_PRINT = (
    r"print|paper|printausgabe|zeitung|ausgabe|papier|imprimé|impresa|impreso|papel|cartacea|carta"
    r"|krant|edition|édition|edición|edizione|editie|edição"
)
_FULL_IN_PRINT = re.compile(  # 'Read the full story in our print edition', 'Leia a notícia completa em papel'
    rf"""(?:{READ_VERBS})(?:\s+sie)?\s+.{{0,40}}?(?:\b(?:{_FULL})\b.{{0,40}}?(?:{STORY_NOUNS}|notícia|noticia
       |notizia|nieuws|meldung|nachricht)|(?:{STORY_NOUNS}|notícia|noticia|notizia|nieuws|meldung|nachricht)
       .{{0,40}}?\b(?:{_FULL})\b).{{0,60}}?\b(?:{_PRINT})\b.*""",
    _X,
)
_AUTOMATED = re.compile(r"\bautomat\w*", re.IGNORECASE)
_FEED = re.compile(r"\b(?:feeds?|nachrichten-feeds?|newsfeeds?|flux|fil)\b", re.IGNORECASE)
_NEWS = re.compile(  # whose feed: a news service's or an agency's
    r"news|nachrichten|meldung|actualités|informations|noticias|notizie|nieuws|notícias|agency|agentur"
    r"|agence|agencia|agenzia|agentschap|agência",
    re.IGNORECASE,
)


_PHONE = re.compile(r"\+?\d[\d ()./-]{6,}\d")
_CALL = re.compile(  # a channel to the newsroom: call, text or WhatsApp a number
    r"\b(?:call|phone|ring|text|bel|bellen|app|appen|ruf|rufen|anrufen|appelez|appeler|llama|llámanos|llamar"
    r"|chiama|chiamaci|ligue|ligar|whatsapp\w*|sms|telegram|signal)\b",
    re.IGNORECASE,
)
CHANNEL_MAX_WORDS = 10
_NEWS_FOR_US = re.compile(  # 'Heb je nieuws voor ons?', 'Got a story for us?'
    r"\b(?:news|a\ story|a\ tip|nieuws|een\ tip|nachrichten|neuigkeiten|einen\ tipp|infos?|des\ nouvelles"
    r"|une\ info|noticias|una\ noticia|notizie|una\ notizia|notícias|uma\ notícia)\s+(?:for\ us|voor\ ons"
    r"|für\ uns|pour\ nous|para\ nosotros|per\ noi|para\ nós)\b",
    _X,
)
_ERROR = r"errors?|mistakes?|typos?|fout(?:je)?|fehler|erreur|error|errore|erro"
_SEEN = (
    r"spotted|found|noticed|seen|see|gezien|zie|gefunden|entdeckt|gesehen|vu|voyez|visto|ves|trovato"
    r"|viu|encontrou|notou"
)
_ERROR_SEEN = re.compile(
    rf"\b(?:(?:{_ERROR})\b.{{0,20}}\b(?:{_SEEN})|(?:{_SEEN})\b.{{0,20}}\b(?:{_ERROR}))\b", re.IGNORECASE
)
_THIS_ARTICLE = re.compile(THIS_ARTICLE, re.IGNORECASE)
PROMPT_MAX_WORDS = 12
_ERROR_OPENING = re.compile(  # the prompt opens with its question: 'Foutje gezien?', 'Spotted a mistake?'
    rf"\W*(?:(?:a|an|een|ein|einen|un|une|um|uno)\s+)?(?:{_ERROR}|{_SEEN})\b.{{0,80}}\?$", re.IGNORECASE
)


_PLACEHOLDER = re.compile(r"\W*lorem\s+ipsum\b", re.IGNORECASE)  # a template's dummy text


def is_widget_line(text: str) -> bool:
    """True for a template's 'Lorem ipsum' text, a landmark line, a pager, a pointer to the full
    story in print, a prompt to report an error in the article, or an automated-feed notice (an
    'automated' word, a feed word and a news or agency word). Each a regular expression over the
    one line; all but the first only on lines of at most `NOTICE_MAX_WORDS` words: linear."""
    line = text.strip()
    if _PLACEHOLDER.match(line):
        return True
    if not line or word_count(line) > NOTICE_MAX_WORDS:
        return False
    return bool(
        _LANDMARK.fullmatch(line)
        or _PAGER.fullmatch(line.strip(" .:|()[]"))
        or (word_count(line) <= 20 and _FULL_IN_PRINT.fullmatch(line.rstrip(".!")))
        or (_AUTOMATED.search(line) and _FEED.search(line) and _NEWS.search(line))
        or (
            _ERROR_SEEN.search(line) is not None
            and (_ERROR_OPENING.match(line) is not None or bool(_THIS_ARTICLE.search(line)))
        )
    )


def is_tip_box_line(text: str) -> bool:
    """A tip box's line: its question ('Heb je nieuws voor ons?', 'Got a story for us?'), a line
    opening with it, or a channel to the newsroom with a phone number (`_channel_line`). Regular
    expressions over one line of at most `NOTICE_MAX_WORDS` words: linear."""
    line = text.strip()
    if not line or word_count(line) > NOTICE_MAX_WORDS:
        return False
    return (
        _channel_line(line)
        or (line.endswith("?") and _NEWS_FOR_US.search(line) is not None)
        or _news_for_us_opening(line)
    )


def _channel_line(line: str) -> bool:
    """A tip box's channel: a short line opening with a call, text or WhatsApp verb (after an icon)
    and giving a phone number, with no closing full stop ('📞 Bel naar 0187-123456'); 'Police
    asked witnesses to call 0800 ...' is the article's."""
    opening = " ".join(re.sub(r"^[^\w+]+", "", line).split()[:3])
    return (
        word_count(line) <= CHANNEL_MAX_WORDS
        and not line.endswith(".")
        and _PHONE.search(line) is not None
        and _CALL.search(opening) is not None
    )


def _news_for_us_opening(line: str) -> bool:
    """A tip box's opening question ('Heb je nieuws voor ons? Of het nu gaat om ...')."""
    first = line.split("?", 1)[0]
    return "?" in line and word_count(first) <= PROMPT_MAX_WORDS and bool(_NEWS_FOR_US.search(first))
