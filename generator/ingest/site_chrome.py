"""Rules for the site's own chrome on one line: navigation, buttons, banners, footers (ads and
comments: `ad_slots`; contact lines and tracking ids: `tracking_lines`).

Each `is_*` function says whether a whole line is that kind of furniture; `text_rules` names them
and gives each its reason. The word lists are deliberately exact: a label must be the whole line.
"""

from __future__ import annotations

import re

from generator.ingest.date_words import LABEL_TAIL, LABELS_PUBLISHED, LABELS_UPDATED
from generator.ingest.furniture_words import (
    EMPTY_LABEL_WORDS,
    FEEDBACK_PROMPT,
    LINK_VERBS,
    NOUN_LABELS,
    REFRESH_VERBS,
    REFRESHED,
    SOCIAL_WORDS_OTHER,
    TEMPERATURE,
    UI_LABELS_OTHER,
    UI_PATTERNS_OTHER,
    WEATHER_WORDS,
    vocabulary,
)
from generator.ingest.link_pointers import is_external_link_notice
from generator.ingest.reader_forms import is_accessibility_widget, is_browser_notice
from generator.ingest.shapes import is_sentence, word_count
from generator.ingest.title_skip import is_skip_link
from generator.ingest.widget_age import is_age_notice
from generator.ingest.widget_lines import is_widget_line

_I = re.IGNORECASE
_X = re.IGNORECASE | re.VERBOSE


def chrome_key(text: str) -> str:
    """The text lowercased, curly quotes straightened, edge punctuation and icons dropped."""
    text = text.replace("’", "'").replace("‘", "'").lower()
    return " ".join(text.strip(" \t:|›»«<>→←↓↑▶►▸▼▲•·+*#-–—…().[]!").split())


UI_LABELS = UI_LABELS_OTHER | vocabulary(
    """
page loader|loading|summarize|summarise|ai summary|listen|listen to this article|listen to article|
listen to story|audio|play|pause|play video|watch video|video|image|photo|photos|gallery|
view gallery|view image|enlarge|click to enlarge|expand|collapse|fullscreen|zoom|share|share this|
share article|share this article|share story|share this story|share via|share on|tweet|copy|
copy link|link copied|copied|print|print article|save|save article|saved|bookmark|gift|
gift article|gift this article|follow|following|unfollow|follow us|menu|search|home|close|open|
sign in|sign up|log in|login|log out|register|subscribe|subscribe now|account|my account|
back to top|scroll to top|show more|
show less|load more|view more|see more|more|read more|continue reading|read full story|
read full article|next|previous|prev|next article|previous article|next story|font size|
text size|a a a|aa|a+ a-|comment|comments|reply|like|dislike|report|translate|edition|
choose edition|select language|language|trending|breaking|breaking news|live|live updates|latest|
top stories|download app|open in app|get the app|notifications|turn on notifications|
did our ai summary help?|was this article helpful?|what's the story|story highlights|
terms of use|terms of service|privacy policy|privacy|cookie policy|cookie settings|
cookie preferences|link copied!|manage settings|manage preferences|manage cookies|accept|accept all|
reject all|
i agree|got it|contact|contact us|about us|advertise|advertise with us|sitemap|careers|
accessibility|faq|help|feedback|send feedback|report an error|corrections policy|end of article|
small|medium|large|larger|smaller|default
"""
)

SOCIAL_WORDS = SOCIAL_WORDS_OTHER | vocabulary(
    """share|tweet|facebook|twitter|x|whatsapp|linkedin|telegram|reddit|pinterest|email|e-mail|mail|
print|copy|link|save|bookmark|comment|comments|messenger|flipboard|threads|bluesky|sms|more|gift|
listen|follow|instagram|youtube|tiktok|koo|snapchat|google|news|on|us|via"""
)
_UI_PATTERN = re.compile(
    r"""\d+\s*(?:min|mins|minute|minutes)(?:\s+read|\s+listen)? | reading\ time\s*:?.*
    | \d+\ of\ \d+ | \d+\ (?:photos|images|pictures)
    | (?:duration\s*)?\d+:\d{2}(?:\s*/\s*\d+:\d{2})? | share\ (?:on|via|to)\ \w+
    | \[(?:image|photo|video|embed)[^\]]*\] | (?:switch|change)\ to\ \w+\ edition
    | skip\ to\ \w+(?:\ \w+){0,6}
    | save\ (?:articles?|stories|this\ article)\ to\ read\ later.* | sign\ up\ here
    | reuse\ this\ content | purchase\ licensing\ rights | report\ (?:this\ )?ad"""
    + UI_PATTERNS_OTHER,
    _X,
)
LABEL_MAX_WORDS = 5
_LAYOUT_TOKEN = re.compile(r"[a-z]{2,}(?:-[a-z]{2,})+")
_FRAGMENT = re.compile(r"[a-zà-ÿ]{1,3}")  # 'le', 'on': a word left of a widget split over lines


def is_separator(text: str) -> bool:
    """A line of symbols only: '|', '***', '•', '___'."""
    return not any(ch.isalnum() for ch in text)


_IS_UI_LABEL_RE = re.compile(FEEDBACK_PROMPT, _X)


def is_ui_label(text: str) -> bool:
    """A navigation or button label on its own line ('Page Loader', 'Summarize', 'Share', 'X',
    'Sie lesen gerade:', 'Lesezeit: 3 Min.'), a row of such labels ('Mais atualizações Voltar ao
    topo', '中国語 日本語'), a counter ('4', '0 : 0') or a page layout's class name
    ('narrow-browser-and-phone'); a notice that the reader's browser is out of date and an
    accessibility widget's controls (`reader_forms`); a notice of a link to an external site
    (`link_pointers`); a widget's notice that reads like a sentence: a landmark, a pager, a
    print or automated-feed notice (`widget_lines`); a notice that the article is old
    (`widget_age`); a skip link anywhere on the page (`title_skip`)."""
    key = chrome_key(text)
    return (
        (key in UI_LABELS and key not in NOUN_LABELS)
        or key in SOCIAL_WORDS
        or bool(_UI_PATTERN.fullmatch(key))
        or bool(_LAYOUT_TOKEN.fullmatch(text.strip(" •·-")))
        or bool(_FRAGMENT.fullmatch(text.strip()))
        or _share_prompt(key)
        or _labels_only(key)
        or _labels_only(chrome_key(_GLUED.sub(" ", text)))
        or _refresh_button(text)
        or _empty_label(key)
        or _cjk_labels(key)
        or _dangling_article(key)
        or bool(_BAR_LABEL.fullmatch(text.strip()))
        or (word_count(text) <= FEEDBACK_MAX_WORDS and bool(_IS_UI_LABEL_RE.search(key)))
        or bool(_BACK_TO.fullmatch(key))
        or is_browser_notice(text)
        or is_accessibility_widget(text)
        or is_external_link_notice(text)
        or is_machine_audio_note(text)
        or is_widget_line(text)
        or is_age_notice(text)
        or is_skip_link(text)
    )


MACHINE_AUDIO_MAX_WORDS = 8
_AUDIO_WORD = re.compile(r"\b(?:audio|áudio|voice|voz|voix|voce|stem|stimme|sprachausgabe)\b", _I)
_AI_WORD = re.compile(r"(?<!\w)(?:AI|IA|KI)(?!\w)|\bartificial\b|\bartificiale?\b|\bkünstliche\b")


def is_machine_audio_note(text: str) -> bool:
    """An audio player's note that its voice is a machine's ('Audio generated by AI', 'Audio
    generado con IA', 'KI-Stimme'): a short line naming a voice or audio and AI."""
    return (
        word_count(text) <= MACHINE_AUDIO_MAX_WORDS
        and _AUDIO_WORD.search(text) is not None
        and _AI_WORD.search(text) is not None
    )


# A link back to a page of the site ('Back to Main', 'Zurück zur Übersicht', 'Volver a la
# portada'): a verb of going back and one of the places a site links back to, nothing more
# ('Back to school for the city's children' is a headline).
_BACK_TO = re.compile(
    r"""(?:go\ )?back\ to\ (?:the\ )?(?:main(?:\ page)?|home(?:\ ?page)?|top|start|overview|front\ page|index
        |all\ (?:news|stories|articles)|news|list|section|previous\ page)
    | zurück\ (?:zur|zum|zu)\ (?:übersicht|startseite|homepage|seitenanfang|anfang|artikelübersicht
        |nachrichten)
    | zurück\ zu\ (?:home|start|allen\ (?:nachrichten|artikeln|meldungen))
    | retour\ (?:à\ l'|a\ l'|au\ |aux\ |à\ la\ |en\ )?
        (?:accueil|sommaire|haut(?:\ de\ (?:la\ )?page)?|une|actualités|liste|rubrique)
    | (?:volver|regresar|ir)\ (?:a\ |al\ )(?:la\ )?(?:portada|inicio|home|arriba|noticias|listado|sección)
    | torna(?:re)?\ (?:a\ |al\ |alla\ |all')(?:home(?:page)?|inizio|sommario|notizie|elenco|sezione)
    | terug\ naar\ (?:de\ |het\ )?(?:home(?:page)?|overzicht|begin|boven|nieuws|voorpagina|startpagina)
    | voltar\ (?:a\ |ao\ |à\ |para\ )(?:a\ |o\ )?(?:início|home|topo|capa|notícias|página\ inicial)""",
    re.VERBOSE,
)


FEEDBACK_MAX_WORDS = 12
_BAR_LABEL = re.compile(r"\|\s+[^|.!?]{2,150}")  # "| The 165th anniversary": a series label
_EMPTY_LABEL = re.compile(
    rf"(?:(?:first|last|zuletzt|laatst)\s+)?(?:{LABELS_PUBLISHED}|{LABELS_UPDATED}){LABEL_TAIL}"
    rf"|(?:{EMPTY_LABEL_WORDS})|(?:{LABELS_PUBLISHED})\s+(?:{EMPTY_LABEL_WORDS})",
    _I,
)


DANGLING_ARTICLE_MAX_WORDS = 6
_ARTICLES = vocabulary(
    "the|der|die|das|den|dem|des|ein|eine|einen|einem|les|la|le|un|une|el|los|las|una|il|lo|gli|het|een|os|as|um|uma"
)


_DANGLING_ARTICLE_RE = re.compile(r"[,;:.!?]")


def _dangling_article(key: str) -> bool:
    """'Descubra as', 'Découvrez les': a link whose text the copy cut off after its article: it
    opens with a link's verb and is one phrase ('Les ministres, un par un' is a heading)."""
    words = key.split()
    return (
        1 < len(words) <= DANGLING_ARTICLE_MAX_WORDS
        and words[0] in LINK_VERBS
        and words[-1] in _ARTICLES
        and not _DANGLING_ARTICLE_RE.search(key)
    )


_BYLINE_LABEL = re.compile(
    rf"(?:(?:{LABELS_PUBLISHED}|written)\s+)?(?:{EMPTY_LABEL_WORDS})",
    _I,
)


def is_byline_label(text: str) -> bool:
    """A byline's label without the name ('Von', 'Publicado por', 'By:'): the copy put the name on
    a line of its own beside it."""
    return bool(_BYLINE_LABEL.fullmatch(chrome_key(text).strip(" ,.:;")))


def is_empty_label(text: str) -> bool:
    """Byline or date labels whose values the copy lost ('Publicado a', 'Von', 'Créé : Mis à jour :'):
    where the page's header printed its byline and date."""
    return _empty_label(chrome_key(text))


def _empty_label(key: str) -> bool:
    """Byline or date labels without their values: 'Von', 'Publicado:', ', modifié à',
    'Publicado por', 'Publié : Mis à jour :'."""
    return _empty_label_part(key.replace("|", ":")) or _label_row(key)


LABEL_VALUE_MAX_WORDS = 3


def _label_row(key: str) -> bool:
    """A row of byline and date labels in which the dates were lost and only a short value is
    left ('Di: Redazione | Pubblicato: Aggiornato:'): the page's header, not the article."""
    parts = [part.strip() for part in key.split("|")]
    if len(parts) < 2 or not any(_empty_label_part(part) for part in parts):
        return False
    for part in parts:
        label, colon, value = part.partition(":")
        if not (
            _empty_label_part(part)
            or (
                colon
                and _EMPTY_LABEL.fullmatch(label.strip())
                and len(value.split()) <= LABEL_VALUE_MAX_WORDS
            )
        ):
            return False
    return True


def _empty_label_part(part: str) -> bool:
    """Labels alone, one or more: 'Von', 'Publicado:', ', modifié à', 'Publié : Mis à jour :'."""
    pieces = [piece.strip(" ,.;") for piece in part.split(":")]
    return any(pieces) and all(_EMPTY_LABEL.fullmatch(piece) for piece in pieces if piece)


_CJK_ONLY = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff01-\uff5e]+")
CJK_LABEL_MAX = 40


def _cjk_labels(key: str) -> bool:
    """Japanese labels copied without a space between them: '新規会員登録ログイン'."""
    text = key.replace(" ", "")
    if not _CJK_ONLY.fullmatch(text) or len(text) > CJK_LABEL_MAX:
        return False
    ends = {0}
    for end in range(1, len(text) + 1):
        if any(start in ends and text[start:end] in UI_LABELS for start in range(end)):
            ends.add(end)
    return len(text) in ends and text not in UI_LABELS


_GLUED = re.compile(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Þ])")  # 'AkzeptierenMehr Informationen': buttons copied glued
REFRESH_MAX_WORDS = 7
_REFRESH = re.compile(rf"(?:{REFRESH_VERBS})(?:\s+\S+){{0,5}}|(?:\S+\s+){{0,5}}(?:{REFRESH_VERBS})", _I)


_REFRESHED = re.compile(rf"\b(?:{REFRESHED})\b", _I)


def _refresh_button(text: str) -> bool:
    """'+++ Newsticker aktualisieren +++', 'Refresh the live blog': a button that reloads the page
    (its verb alone, or with what it reloads: 'Firmware aktualisieren' is a heading)."""
    core = text.strip(" +*|•·>»-–—[]()")
    return (
        word_count(core) <= REFRESH_MAX_WORDS
        and not is_sentence(core)
        and bool(_REFRESH.fullmatch(core))
        and (word_count(core) == 1 or bool(_REFRESHED.search(core)))
    )


SHARE_VERBS = vocabulary(
    "share|teilen|deel|delen|partager|partagez|compartir|comparte|condividi|partilhar|partilhe|compartilhar|"
    "compartilhe|シェア|シェアする|をシェア"
)
SHARE_FILLERS = vocabulary(
    "this|the|article|story|dit|artikel|bericht|den|das|diesen|cet|l'article|article|el|la|artículo|noticia|"
    "il|articolo|l'articolo|o|a|artigo|notícia|este|esta|questo|ce|on|en|auf|op|su|em|no|na|via|per|with|mit|"
    "met|avec|con|com|post|page|link"
)


_SHARE_PROMPT_RE = re.compile(r"(?:この)?(?:記事|ページ)?を?シェア(?:する)?")


def _share_prompt(key: str) -> bool:
    """'Artikel teilen', 'Deel dit artikel', 'Partager l'article', 'この記事をシェア': a share button."""
    if _SHARE_PROMPT_RE.fullmatch(key):
        return True
    words = key.split()
    return (
        0 < len(words) <= LABEL_MAX_WORDS - 1
        and any(w in SHARE_VERBS for w in words)
        and all(w in SHARE_VERBS or w in SHARE_FILLERS or w in SOCIAL_WORDS for w in words)
    )


def _labels_only(key: str) -> bool:
    """True when the line is two or more labels in a row, nothing else."""
    words = key.split()
    if len(words) < 2 or len(words) > 4 * LABEL_MAX_WORDS:
        return False
    ends = {0}  # positions where a run of whole labels ends
    for end in range(1, len(words) + 1):
        if any(
            start in ends and " ".join(words[start:end]) in UI_LABELS
            for start in range(max(0, end - LABEL_MAX_WORDS), end)
        ):
            ends.add(end)
    return len(words) in ends and " ".join(words) not in UI_LABELS


_IS_SHARE_BAR_RE = re.compile(r"[\s|/•·,:：]+")


def is_share_bar(text: str) -> bool:
    """A row of sharing buttons: 'Share Facebook Twitter WhatsApp Email'."""
    words = [w for w in _IS_SHARE_BAR_RE.split(chrome_key(text)) if w]
    return len(words) >= 2 and all(w in SOCIAL_WORDS for w in words)


_IS_NAV_BAR_RE = re.compile(r"by\s", _I)
_IS_NAV_BAR_RE2 = re.compile(r"\s[|•·>›»/]\s|\s?[|•›»]\s?")


def is_nav_bar(text: str) -> bool:
    """A row of short navigation links: 'Home | World | Business | Tech', 'Home > News > Asia'."""
    if any(ch.isdigit() for ch in text) or _IS_NAV_BAR_RE.match(text):
        return False
    parts = [p.strip() for p in _IS_NAV_BAR_RE2.split(text) if p.strip()]
    return len(parts) >= 3 and all(word_count(p) <= 3 and not p.endswith(".") for p in parts)


_IS_FOOTER_RE = re.compile(r"^(?:©|\(c\)\s|copyright\b)", _I)
_IS_FOOTER_RE2 = re.compile(
    r"""\ball\ rights\ reserved\b | \btrust\ principles\b
            | \bhas\ not\ been\ edited\ by\b.{0,40}\bstaff\b
            | \bauto-generated\ from\ a\ syndicated\ feed\b | ^disclaimer\s*:
            | ^(?:published|distributed|reproduced|republished)\b.{0,60}\bwith\ permission\b
            | \bno\ part\ of\ this\ (?:article|publication|website)\b
            | \bnot\ responsible\ for\ the\ content\ of\ external\b
            | \briproduzione\ riservata\b | \btutti\ i\ diritti\ riservati\b
            | \btodos\ los\ derechos\ reservados\b
            | \btous\ droits\ réservés\b | \balle\ rechte\ vorbehalten\b | \balle\ rechten\ voorbehouden\b
            | \btodos\ os\ direitos\ reservados\b | 無断転載 | 無断複製 | 禁無断""",
    _X,
)


def is_footer(text: str) -> bool:
    """Site footer text: copyright, rights notices, syndication and standards notes."""
    return bool(_IS_FOOTER_RE.match(text) or _IS_FOOTER_RE2.search(text))


_WEATHER_PART_RE = re.compile(WEATHER_WORDS, _X)
_WEATHER_PART_RE2 = re.compile(rf"(?:[\w'’ -]{{1,25}}\s)?{TEMPERATURE}(?:\s*[/|-]?\s*{TEMPERATURE})*", _X)


def weather_part(text: str) -> str | None:
    """Which part of a weather widget a line could be: 'word' ('Weather', 'Tempo', 'El tiempo')
    or 'temperature' ('13º', 'MIN 11º MÁX 17º', 'Lisboa 17°C'); None for any other line. Either
    alone is also a heading ('El tiempo', 'Sevilla 44 °C'): `text_rules.weather_widget` takes
    them only together."""
    key = chrome_key(text)
    if _WEATHER_PART_RE.fullmatch(key):
        return "word"
    if _WEATHER_PART_RE2.fullmatch(key):
        return "temperature"
    return None
