"""Rules for the site's own chrome on one line: navigation, buttons, ads, banners, prompts, footers.

Each `is_*` function says whether a whole line is that kind of furniture; `text_rules` names them
and gives each its reason. The word lists are deliberately exact: a label must be the whole line.
"""

from __future__ import annotations

import re

from generator.ingest.date_words import LABEL_TAIL, LABELS_PUBLISHED, LABELS_UPDATED
from generator.ingest.furniture_words import (
    ADVERTISEMENT_OTHER,
    COMMENT_LOGIN,
    COMMENT_RULES,
    COMMENT_WORDS,
    CONSENT_CONTEXT,
    CONSENT_WORDS,
    COOKIE_WORDS,
    DANGLING_PREPOSITIONS,
    DONATION_OTHER,
    EMPTY_LABEL_WORDS,
    FEEDBACK_PROMPT,
    FOLLOW_OTHER,
    FOLLOW_STEMS,
    HIRING,
    LIVE_TV,
    NEWSLETTER_VERBS,
    NEWSLETTER_WORDS,
    OUR,
    PAYWALL_MORE,
    PAYWALL_OTHER,
    PAYWALL_SHORT,
    PRIVACY_RIGHTS,
    REFRESH_VERBS,
    SOCIAL_WORDS_OTHER,
    TEMPERATURE,
    UI_LABELS_OTHER,
    UI_PATTERNS_OTHER,
    WEATHER_WORDS,
    vocabulary,
)
from generator.ingest.shapes import is_sentence, word_count

_I = re.IGNORECASE
_X = re.IGNORECASE | re.VERBOSE


def _key(text: str) -> str:
    """The text lowercased, curly quotes straightened, edge punctuation and icons dropped."""
    text = text.replace("’", "'").replace("‘", "'").lower()
    return " ".join(text.strip(" \t:|›»«→←↓↑▶►▸•·+*#-–—…().[]!").split())


UI_LABELS = UI_LABELS_OTHER | vocabulary(
    """
page loader|loading|summarize|summarise|ai summary|listen|listen to this article|listen to article|
listen to story|audio|play|pause|play video|watch video|video|image|photo|photos|gallery|
view gallery|view image|enlarge|click to enlarge|expand|collapse|fullscreen|zoom|share|share this|
share article|share this article|share story|share this story|share via|share on|tweet|copy|
copy link|link copied|copied|print|print article|save|save article|saved|bookmark|gift|
gift article|gift this article|follow|following|unfollow|follow us|menu|search|home|close|open|
sign in|sign up|log in|login|log out|register|subscribe|subscribe now|account|my account|
skip to content|skip to main content|skip to navigation|back to top|scroll to top|show more|
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
    | image\ \d+\ of\ \d+ | \d+\ of\ \d+ | \d+\ (?:photos|images|pictures)
    | (?:duration\s*)?\d+:\d{2}(?:\s*/\s*\d+:\d{2})? | share\ (?:on|via|to)\ \w+
    | \[(?:image|photo|video|embed)[^\]]*\] | (?:switch|change)\ to\ \w+\ edition
    | skip\ to\ \w+(?:\ \w+){0,6} | this\ (?:article|story|page)\ is\ (?:more\ than|over)\ \d+\ \w+\ old
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


def is_ui_label(text: str) -> bool:
    """A navigation or button label on its own line ('Page Loader', 'Summarize', 'Share', 'X',
    'Sie lesen gerade:', 'Lesezeit: 3 Min.'), a row of such labels ('Mais atualizações Voltar ao
    topo', '中国語 日本語'), a counter ('4', '0 : 0') or a page layout's class name
    ('narrow-browser-and-phone')."""
    key = _key(text)
    return (
        key in UI_LABELS
        or key in SOCIAL_WORDS
        or bool(_UI_PATTERN.fullmatch(key))
        or bool(_LAYOUT_TOKEN.fullmatch(text.strip(" •·-")))
        or bool(_FRAGMENT.fullmatch(text.strip()))
        or _share_prompt(key)
        or _labels_only(key)
        or _labels_only(_key(_GLUED.sub(" ", text)))
        or _refresh_button(text)
        or _empty_label(key)
        or _cjk_labels(key)
        or _dangling_article(key)
        or (word_count(text) <= FEEDBACK_MAX_WORDS and bool(re.search(FEEDBACK_PROMPT, key, _X)))
    )


FEEDBACK_MAX_WORDS = 12
_EMPTY_LABEL = re.compile(
    rf"(?:(?:first|last|zuletzt|laatst)\s+)?(?:{LABELS_PUBLISHED}|{LABELS_UPDATED}){LABEL_TAIL}"
    rf"|(?:{EMPTY_LABEL_WORDS})",
    _I,
)


DANGLING_ARTICLE_MAX_WORDS = 6
_ARTICLES = vocabulary(
    "the|der|die|das|den|dem|des|ein|eine|einen|einem|les|la|le|un|une|el|los|las|una|il|lo|gli|het|een|os|as|um|uma"
)


def _dangling_article(key: str) -> bool:
    """'Descubra as', 'Découvrez les': a label whose link text the copy cut off after its article
    (no line of the article ends with one)."""
    words = key.split()
    return 1 < len(words) <= DANGLING_ARTICLE_MAX_WORDS and words[-1] in _ARTICLES


def _empty_label(key: str) -> bool:
    """A byline or date label without its value: 'Von', 'Publicado:', ', modifié à'."""
    return bool(_EMPTY_LABEL.fullmatch(key.strip(" ,.:;")))


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


def _refresh_button(text: str) -> bool:
    """'+++ Newsticker aktualisieren +++', 'Refresh the live blog': a button that reloads the page."""
    core = text.strip(" +*|•·>»-–—[]()")
    return word_count(core) <= REFRESH_MAX_WORDS and not is_sentence(core) and bool(_REFRESH.fullmatch(core))


SHARE_VERBS = vocabulary(
    "share|teilen|deel|delen|partager|partagez|compartir|comparte|condividi|partilhar|partilhe|compartilhar|"
    "compartilhe|シェア|シェアする|をシェア"
)
SHARE_FILLERS = vocabulary(
    "this|the|article|story|dit|artikel|bericht|den|das|diesen|cet|l'article|article|el|la|artículo|noticia|"
    "il|articolo|l'articolo|o|a|artigo|notícia|este|esta|questo|ce|on|en|auf|op|su|em|no|na|via|per|with|mit|"
    "met|avec|con|com|post|page|link"
)


def _share_prompt(key: str) -> bool:
    """'Artikel teilen', 'Deel dit artikel', 'Partager l'article', 'この記事をシェア': a share button."""
    if re.fullmatch(r"(?:この)?(?:記事|ページ)?を?シェア(?:する)?", key):
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


def is_share_bar(text: str) -> bool:
    """A row of sharing buttons: 'Share Facebook Twitter WhatsApp Email'."""
    words = [w for w in re.split(r"[\s|/•·,:：]+", _key(text)) if w]
    return len(words) >= 2 and all(w in SOCIAL_WORDS for w in words)


def is_nav_bar(text: str) -> bool:
    """A row of short navigation links: 'Home | World | Business | Tech', 'Home > News > Asia'."""
    if any(ch.isdigit() for ch in text) or re.match(r"by\s", text, _I):
        return False
    parts = [p.strip() for p in re.split(r"\s[|•·>›»/]\s|\s?[|•›»]\s?", text) if p.strip()]
    return len(parts) >= 3 and all(word_count(p) <= 3 and not p.endswith(".") for p in parts)


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


def is_advertisement(text: str) -> bool:
    """An advertising slot label: 'Advertisement', 'Story continues below advertisement'."""
    return bool(_ADVERTISEMENT.fullmatch(_key(text))) or (
        word_count(text) <= PROMO_MAX_WORDS and bool(re.search(rf"{HIRING}|{LIVE_TV}", text, _X))
    )


CONSENT_MAX_WORDS = 60
_CONSENT = re.compile(
    rf"""\b(?:we|wir|nous|this\ (?:web)?site|diese\ (?:web)?seite|ce\ site|este\ sitio|questo\ sito
        |deze\ (?:web)?site|este\ site|este\ portal)\b.{{0,40}}
        \b(?:use|verwende|nutze|utilis|usa|utiliz|gebruik)\w*\ (?:\w+\ )?(?:{COOKIE_WORDS})
    | \b(?:utilizamos|usamos|utilizziamo|usiamo|utilizzano|gebruiken|verwenden|nutzen|utilisons|use)
        \ (?:\w+\ ){{0,2}}(?:{COOKIE_WORDS})
    | \b(?:accept|akzeptier|accepter|acept|accett|accepteer|aceit)\w*
        \ (?:all\ |alle\ |tous\ les\ |todas?\ las?\ |tutti\ i\ |todos?\ os\ )?(?:{COOKIE_WORDS})
    | (?:by\ clicking|durch\ (?:einen\ )?klick\ auf|en\ cliquant\ sur|al\ hacer\ clic|cliccando|door\ op
        |ao\ clicar|クリックすると).{{0,60}}
        (?:{CONSENT_WORDS}|accept|akzeptier|accept|acept|accett|aceit|agree)""",
    _X,
)
_YOUR_CONSENT = re.compile(
    rf"""\b(?:your|ihre?r?|deine|votre|vos|su|tu|tuo|il\ tuo|vostro|uw|jouw|je|seu|o\ seu|sua|a\ sua)
        \ (?:{CONSENT_WORDS})\b""",
    _X,
)


def is_cookie_notice(text: str) -> bool:
    """A cookie or consent banner, in any of the eight languages: 'We use cookies to ...',
    'Accept all cookies', 'Wir benötigen Ihre Zustimmung, um ... anzuzeigen', 'By clicking
    "Accept" you consent to ...'."""
    if word_count(text) <= CONSENT_MAX_WORDS and (
        _CONSENT.search(text)
        or re.search(PRIVACY_RIGHTS, text, _X)
        or (_YOUR_CONSENT.search(text) and re.search(rf"{CONSENT_CONTEXT}|{COOKIE_WORDS}", text, _X))
    ):
        return True
    return bool(
        re.search(
            r"""\b(?:we|this\ (?:web)?site|our\ (?:web)?site|this\ page)\s+uses?\s+cookies\b
            | \b(?:accept|reject|manage)\s+(?:all\s+)?cookies\b
            | \bcookie\ (?:policy|settings|preferences)\b.*\b(?:accept|agree|consent)""",
            text,
            _X,
        )
    )


def is_newsletter_prompt(text: str) -> bool:
    """A newsletter sign-up: 'Sign up for our morning newsletter', '... in your inbox',
    'Iscriviti alla newsletter', or a newsletter's name as a label ('Newsletter Expresso Diário')."""
    words = word_count(text)
    return words <= 40 and bool(
        re.search(
            rf"""\b(?:sign\ up|subscribe|register)\b.{{0,40}}\bnewsletters?\b
            | \bnewsletters?\b.{{0,40}}\b(?:sign(?:ing)?\ up|subscrib\w*)
            | \b(?:delivered|straight|direct)\ (?:straight\ )?to\ your\ inbox\b | \benter\ your\ e-?mail\b
            | \bget\ (?:the|our)\ [\w'\ ]{{0,40}}(?:newsletter|briefing)\b
            | (?:{NEWSLETTER_VERBS}).{{0,30}}(?:{NEWSLETTER_WORDS})
            | (?:{NEWSLETTER_WORDS}).{{0,30}}(?:{NEWSLETTER_VERBS})""",
            text,
            _X,
        )
        or (
            words <= LABEL_MAX_WORDS - 1
            and re.match(rf"^(?:{NEWSLETTER_WORDS})\b|.*\b(?:{NEWSLETTER_WORDS})$", text, _X)
        )
    )


def is_paywall_notice(text: str) -> bool:
    """A paywall: 'Subscribe to continue reading', 'This article is for subscribers only'."""
    if word_count(text) <= PAYWALL_SHORT_WORDS and re.fullmatch(PAYWALL_SHORT, _key(text), _X):
        return True
    return word_count(text) <= 45 and bool(
        re.search(
            r"""\bsubscribe\ (?:now\ |today\ )?to\ (?:continue|keep)\ reading\b
            | \bto\ (?:continue|keep)\ reading,?\ (?:please\ )?(?:subscribe|log\ ?in|sign\ in|register)\b
            | \b(?:subscribers?|members?)\ only\b | \bfor\ (?:our\ )?(?:subscribers|members)\b.{0,20}\bonly\b
            | \balready\ a\ (?:subscriber|member)\b | \bfree\ articles?\ (?:left|remaining)\b
            | \byou(?:'ve|\ have)\ (?:reached|used)\ (?:your|the|all)\b.{0,30}\b(?:limit|free\ articles?)\b
            | \bunlock\ (?:this|the\ full|full)\ (?:article|story)\b | \bunlimited\ (?:digital\ )?access\b
            | \bcancel\ any\ ?time\b | ^please\ (?:register|subscribe|log\ ?in|sign\ in)\b
            | \bthis\ (?:article|story|content)\ is\ (?:only\ )?(?:available|reserved|exclusive)
              \ (?:to|for)\ """
            + PAYWALL_OTHER
            + PAYWALL_MORE,
            text.replace("’", "'"),
            _X,
        )
    )


PAYWALL_SHORT_WORDS = 8


def is_follow_prompt(text: str) -> bool:
    """An invitation to follow the outlet or get its app."""
    if _dangling_prompt(text):
        return True
    return word_count(text) <= 30 and bool(
        re.search(
            r"""^(?:follow|join)\b.{0,50}\bon\ (?:google\ news|x|twitter|facebook|instagram|whatsapp
                |telegram|youtube|linkedin|threads|bluesky)\b
            | ^(?:follow|join)\ (?:us|our)\b | \bdownload\ (?:our|the)\ (?:[\w'-]+\ ){0,3}app\b
            | \bjoin\ our\ (?:whatsapp|telegram)\ channel\b | \bclick\ here\ to\ (?:follow|join|subscribe)\b
            | ^catch\ (?:all\ )?the\ latest\b.{0,60}\bon\b
            | \bhave\ a\ (?:confidential\ )?(?:news\ )?tip\b"""
            + FOLLOW_OTHER,
            text,
            _X,
        )
    )


DANGLING_MAX_WORDS = 12
_DANGLING = re.compile(rf"\b(?:{DANGLING_PREPOSITIONS})\s*:?$", _I)
_FOLLOW_STEM = re.compile(rf"\b(?:{FOLLOW_STEMS})", _I)


def _dangling_prompt(text: str) -> bool:
    """'Restez informés en suivant Le Port sur', 'Follow us on': a prompt whose icons the copy
    dropped, so that it ends with its preposition."""
    return (
        word_count(text) <= DANGLING_MAX_WORDS
        and bool(_DANGLING.search(text))
        and bool(_FOLLOW_STEM.search(text))
    )


def is_donation_appeal(text: str) -> bool:
    """An appeal to the reader for money: 'Support independent journalism. Join us.', 'Become a member'.

    Only short lines or lines that speak to the reader ('you', 'us'): news about journalism stays.
    """
    addressed = word_count(text) <= 12 or re.search(r"\b(?:you|your|us|our)\b", text, _I)
    return word_count(text) <= 80 and (
        bool(
            addressed
            and re.search(
                r"""\bsupport\ (?:independent|our|quality|trusted|the\ \w+(?:'s)?)\ (?:\w+\ )?journalism\b
            | \bbecome\ a\ (?:member|supporter|patron|subscriber)\b | \bmake\ a\ (?:contribution|donation)\b
            | \bdonate\ (?:now|today)\b | \bfrom\ as\ little\ as\b""",
                text,
                _X,
            )
        )
        or bool(re.search(DONATION_OTHER.lstrip().removeprefix("|"), text, _X))  # imperatives: addressed
    )


COMMENT_RULES_MAX_WORDS = 30


def is_comment_count(text: str) -> bool:
    """A comment counter or prompt: '12 Comments', 'Join the conversation', 'Vos réactions
    doivent respecter nos CGU', 'Log in to comment'."""
    if re.search(COMMENT_LOGIN, text, _X) or (
        word_count(text) <= COMMENT_RULES_MAX_WORDS
        and re.search(rf"\b(?:{COMMENT_WORDS})\b", text, _I)
        and re.search(rf"\b(?:{COMMENT_RULES})\b", text, _I)
        and re.search(rf"\b(?:{OUR})\b", text, _X)
    ):
        return True
    return bool(
        re.fullmatch(
            rf"""(?:\d+\s+)?(?:{COMMENT_WORDS}|responses?|replies|reactions?|shares?|views?)(?:\s*[(（]\d+[)）])?
            | (?:view|show|read|load|hide|post|add|leave|write|see)\s+(?:all\s+|a\s+|your\s+|the\s+)?
              (?:\d+\s+)?comments?.* | leave\ a\ (?:reply|comment)
            | be\ the\ first\ to\ comment.* | join\ the\ (?:conversation|discussion|debate).*
            | (?:please\ wait\ )?(?:while\ we\ )?load(?:ing)?\ (?:the\ )?(?:latest\ |more\ )?comments.*
            | comments\ (?:are|have\ been)\ (?:closed|disabled).* | conversation\s*\(\d+\)""",
            _key(text),
            re.X,
        )
    )


def is_footer(text: str) -> bool:
    """Site footer text: copyright, rights notices, syndication and standards notes."""
    return bool(
        re.match(r"^(?:©|\(c\)\s|copyright\b)", text, _I)
        or re.search(
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
            text,
            _X,
        )
    )


def is_contact_line(text: str) -> bool:
    """How to reach the reporter: 'Contact Dana Whitfield at dw@example.org or 555-0143.'."""
    return word_count(text) <= 30 and bool(
        re.match(r"^(?:contact|reach|e-?mail|write to|follow)\b", text, _I)
        and re.search(r"\S+@\S+\.\w+|\d{3}[-.\s]\d{4}|\B@\w+", text)
    )


def is_tracking_id(text: str) -> bool:
    """A trailing tracking code: 'nL1N3MT0AA', '((jane@x.com; +1 202))', 'burs-ec/mjw'."""
    return bool(
        re.fullmatch(
            r"[a-z]{1,2}[A-Z0-9]{8,}|\(\(.*\)\)|[a-z]{2,5}(?:-[a-z]{2,5})?(?:/[a-z]{2,5}){1,3}", text
        )
        or re.fullmatch(
            r"(?:article|story|content|ref|reference|doc|news)?\s*(?:id|no\.?|code)\s*[:#]\s*[\w-]+", text, _I
        )
        or re.fullmatch(r"(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9-]{10,}", text)
    )


def is_weather(text: str) -> bool:
    """A weather widget's line: 'Weather', 'Tempo', '13º', 'MIN 11º MÁX 17º', 'Lisboa 17°C'."""
    key = _key(text)
    return bool(
        re.fullmatch(WEATHER_WORDS, key, _X)
        or re.fullmatch(rf"(?:[\w'’ -]{{1,25}}\s)?{TEMPERATURE}(?:\s*[/|-]?\s*{TEMPERATURE})*", key, _X)
    )
