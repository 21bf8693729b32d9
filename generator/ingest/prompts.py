"""Rules for what a page asks of its reader, on one line: consent to cookies, a newsletter
sign-up, a subscription (paywall), a follow or an app, money (appeals).

Each `is_*` function says whether a whole line is that kind of prompt; `text_rules` names them
and gives each its reason. The vocabulary of the eight languages is in `furniture_words`.
"""

from __future__ import annotations

import re

from generator.ingest.ad_slots import is_comment_count
from generator.ingest.furniture_words import (
    CONSENT_CONTEXT,
    CONSENT_WORDS,
    COOKIE_WORDS,
    DANGLING_PREPOSITIONS,
    FOLLOW_OTHER,
    FOLLOW_WORDS,
    MAILBOX_WORDS,
    NEWSLETTER_VERBS,
    NEWSLETTER_WORDS,
    PRIVACY_RIGHTS,
    READER,
)
from generator.ingest.offer_box import is_offer_notice
from generator.ingest.paywall_words import (
    DONATION_OTHER,
    FREE_ARTICLE,
    LISTEN_VERBS,
    PAGE_THINGS,
    PAYWALL_MORE,
    PAYWALL_OTHER,
    PAYWALL_SHORT,
    PAYWALL_WHO_MAY,
    STREAM_WORDS,
    SUBSCRIBE_APPEAL,
)
from generator.ingest.reader_forms import is_login_prompt
from generator.ingest.shapes import ends_with_mark, word_count
from generator.ingest.site_chrome import LABEL_MAX_WORDS, chrome_key
from generator.ingest.widget_lines import is_tip_box_line
from generator.ingest.widget_meter import is_spent_meter, is_tier_notice

_I = re.IGNORECASE
_X = re.IGNORECASE | re.VERBOSE


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
    rf"""(?:(?-i:\bIhre?r?)|\b(?:your|deine|votre|vos|su|tu|tuo|il\ tuo|vostro|uw|jouw|je|seu|o\ seu|sua
        |a\ sua))\ (?:{CONSENT_WORDS})\b""",
    _X,
)
PRIVACY_LABEL_MAX_WORDS = 6


_IS_COOKIE_NOTICE_RE = re.compile(PRIVACY_RIGHTS, _X)
_IS_COOKIE_NOTICE_RE2 = re.compile(
    r"""\b(?:we|this\ (?:web)?site|our\ (?:web)?site|this\ page)\s+uses?\s+cookies\b
            | \b(?:accept|reject|manage)\s+(?:all\s+)?cookies\b
            | \bcookie\ (?:policy|settings|preferences)\b.*\b(?:accept|agree|consent)""",
    _X,
)
_IS_COOKIE_NOTICE_RE3 = re.compile(READER, _X)
_IS_COOKIE_NOTICE_RE4 = re.compile(rf"{CONSENT_CONTEXT}|{COOKIE_WORDS}", _X)


def is_cookie_notice(text: str) -> bool:
    """A cookie or consent banner, in any of the eight languages: 'We use cookies to ...',
    'Accept all cookies', 'Wir benötigen Ihre Zustimmung, um ... anzuzeigen', 'By clicking
    "Accept" you consent to ...', 'vous disposez d'un droit d'accès ...'.

    Consent asked of the reader is consent to show or load something, or to cookies ('su
    consentimiento a la ley de protección de datos' is news); a privacy notice speaks to the
    reader or is a short label ('Meta a modifié sa politique de confidentialité' is news)."""
    words = word_count(text)
    privacy = _IS_COOKIE_NOTICE_RE.search(text) and (
        words <= PRIVACY_LABEL_MAX_WORDS or _IS_COOKIE_NOTICE_RE3.search(text)
    )
    if words <= CONSENT_MAX_WORDS and (
        _CONSENT.search(text)
        or privacy
        or (_YOUR_CONSENT.search(text) and _IS_COOKIE_NOTICE_RE4.search(text))
    ):
        return True
    return bool(_IS_COOKIE_NOTICE_RE2.search(text))


_IS_NEWSLETTER_PROMPT_RE = re.compile(
    rf"""\b(?:sign\ up|subscribe|register)\b.{{0,40}}\bnewsletters?\b
            | \bnewsletters?\b.{{0,40}}\b(?:sign(?:ing)?\ up|subscrib\w*)
            | \b(?:delivered|straight|direct)\ (?:straight\ )?to\ your\ inbox\b | \benter\ your\ e-?mail\b
            | \bget\ (?:the|our)\ [\w'\ ]{{0,40}}(?:newsletter|briefing)\b
            | (?:{NEWSLETTER_VERBS}).{{0,30}}(?:{NEWSLETTER_WORDS})
            | (?:{NEWSLETTER_WORDS}).{{0,30}}(?:{NEWSLETTER_VERBS})""",
    _X,
)
_IS_NEWSLETTER_PROMPT_RE2 = re.compile(rf"^(?:{NEWSLETTER_WORDS})\b|.*\b(?:{NEWSLETTER_WORDS})$", _X)


def is_newsletter_prompt(text: str) -> bool:
    """A newsletter sign-up: 'Sign up for our morning newsletter', '... in your inbox',
    'Iscriviti alla newsletter', or a newsletter's name as a label ('Newsletter Jornal do Porto')."""
    words = word_count(text)
    return words <= 40 and bool(
        _IS_NEWSLETTER_PROMPT_RE.search(text)
        or (words <= LABEL_MAX_WORDS - 1 and _IS_NEWSLETTER_PROMPT_RE2.match(text))
        or _mailbox_question(text)
    )


MAILBOX_QUESTION_MAX_WORDS = 15
_MAILBOX = re.compile(rf"\b(?:{MAILBOX_WORDS})\b", _X)
_READER = re.compile(READER, re.I)


def _mailbox_question(text: str) -> bool:
    """'Wil je het laatste nieuws in jouw mailbox?': a sign-up box's question to the reader about
    their inbox."""
    return (
        word_count(text) <= MAILBOX_QUESTION_MAX_WORDS
        and text.rstrip().endswith(("?", "？"))
        and bool(_MAILBOX.search(text) and _READER.search(text) and _NEWS.search(text))
    )


_NEWS = re.compile(
    r"(?:news|latest|updates|headlines|stories|nieuws|nachrichten|neuigkeiten|actualités?|infos|noticias"
    r"|notizie|notícias|novidades)\b|ニュース|記事",  # 'havennieuws', 'Hafennachrichten': compounds
    re.I,
)


_IS_PAYWALL_NOTICE_RE = re.compile(PAYWALL_SHORT, _X)
_IS_PAYWALL_NOTICE_RE2 = re.compile(
    r"""\bsubscribe\ (?:now\ |today\ )?to\ (?:continue|keep)\ reading\b
            | \bto\ (?:continue|keep)\ reading,?\ (?:please\ )?(?:subscribe|log\ ?in|sign\ in|register)\b
            | \balready\ a\ (?:subscriber|member)\b
            | \byou(?:'ve|\ have)\ (?:reached|used)\ (?:your|the|all)\b.{0,30}\b(?:limit|free\ articles?)\b
            | \bunlock\ (?:this|the\ full|full)\ (?:article|story)\b
            | ^please\ (?:register|subscribe|log\ ?in|sign\ in)\b
            | \bthis\ (?:article|story|content)\ is\ (?:only\ )?(?:available|reserved|exclusive)
              \ (?:to|for)\ """
    + PAYWALL_OTHER
    + PAYWALL_MORE,
    _X,
)


_WHO_MAY = re.compile(PAYWALL_WHO_MAY, _X)
_PAGE_THING = re.compile(  # the line's subject: 'Esta funcionalidad ...', 'Cet article ...', 'Conteúdo ...'
    rf"""^\W*(?:l'|(?:this|these|este|esta|estos|estas|cet|cette|ce|ces|dieser|diese|dieses|questo
    |questa|deze|dit|esse|essa|el|la|le|les|il|lo|o|a|os|as|het|de|das|der|die|the)\ )?(?:{PAGE_THINGS})\b""",
    _X,
)
_SIGN_UP_FIRST = re.compile(rf"^\W*(?:{NEWSLETTER_VERBS}|try|start|get)\b", _X)


def is_paywall_notice(text: str) -> bool:
    """A paywall: 'Subscribe to continue reading', 'This article is for subscribers only'; a
    free trial offered to the reader or a voucher code's field (`offer_box.is_offer_notice`); a
    prompt to log in (`reader_forms.is_login_prompt`) unless it is to comment (`is_comment_count`);
    a subscription tier's label or a spent meter of free articles (`widget_meter`)."""
    if is_offer_notice(text) or (is_login_prompt(text) and not is_comment_count(text)):
        return True
    if is_tier_notice(text) or is_spent_meter(text):
        return True
    if word_count(text) <= PAYWALL_SHORT_WORDS and _IS_PAYWALL_NOTICE_RE.fullmatch(chrome_key(text)):
        return True
    if word_count(text) > PAYWALL_MAX_WORDS:
        return False
    text = text.replace("’", "'")
    if _IS_PAYWALL_NOTICE_RE2.search(text):
        return True
    return bool(_WHO_MAY.search(text)) and not _news_sentence(text)


def _news_sentence(text: str) -> bool:
    """'El club es exclusivo para socios.': who may use something, said in a sentence of the
    article (ending as a sentence, of `SENTENCE_MIN_WORDS` words or more, or any line over
    `NOTICE_MAX_WORDS` words) that neither opens with a page's content or feature nor asks the
    reader to sign up ('du', 'tu' are words for 'you' and of news alike). A notice names what it
    keeps ('Este contenido es exclusivo ...', 'Esta funcionalidad ...') or is a label."""
    words = word_count(text)
    if not ((ends_with_mark(text) and words >= SENTENCE_MIN_WORDS) or words > NOTICE_MAX_WORDS):
        return False
    return not (_PAGE_THING.search(text) or _SIGN_UP_FIRST.match(text))


PAYWALL_SHORT_WORDS = 8
PAYWALL_MAX_WORDS = 45  # a notice is read anywhere in a line of at most so many words
NOTICE_MAX_WORDS = 12  # a label-shaped notice of who may read has at most so many words
SENTENCE_MIN_WORDS = 4  # 'Members only.' is a label; 'Es exclusivo para socios.' a sentence


_IS_FOLLOW_PROMPT_RE = re.compile(
    r"""^(?:follow|join)\b.{0,50}\bon\ (?:google\ news|x|twitter|facebook|instagram|whatsapp
                |telegram|youtube|linkedin|threads|bluesky)\b
            | ^(?:follow|join)\ (?:us|our)\b | \bdownload\ (?:our|the)\ (?:[\w'-]+\ ){0,3}app\b
            | \bjoin\ our\ (?:whatsapp|telegram)\ channel\b | \bclick\ here\ to\ (?:follow|join|subscribe)\b
            | ^catch\ (?:all\ )?the\ latest\b.{0,60}\bon\b
            | \bhave\ a\ (?:confidential\ )?(?:news\ )?tip\b"""
    + FOLLOW_OTHER,
    _X,
)


def is_follow_prompt(text: str) -> bool:
    """An invitation to follow the outlet, get its app or listen to its stream; a tip box's
    question or channel to the newsroom (`widget_lines.is_tip_box_line`)."""
    if _dangling_prompt(text) or _listen_promo(text) or is_tip_box_line(text):
        return True
    return word_count(text) <= 30 and bool(_IS_FOLLOW_PROMPT_RE.search(text))


LISTEN_MAX_WORDS = 8
_LISTEN = re.compile(rf"(?:^|\s)(?:{LISTEN_VERBS})(?:\s|$)", _I)
_STREAM = re.compile(rf"(?<!\w)(?:{STREAM_WORDS})(?!\w)", _X)
_RADIO = re.compile(r"\b(?:radio|rádio|podcast|app)\b|\b[\w-]+\.[a-z]{2,4}\b|ラジオ", _I)


def _listen_promo(text: str) -> bool:
    """'Radio online hören mit radio.example', 'Listen live on the app': a station's promotion of
    its stream, a few words and no sentence."""
    return (
        word_count(text) <= LISTEN_MAX_WORDS
        and not text.rstrip().endswith((".", "!", "?", "。"))
        and bool(_LISTEN.search(text) and _STREAM.search(text) and _RADIO.search(text))
    )


DANGLING_MAX_WORDS = 12
_DANGLING = re.compile(rf"\b(?:{DANGLING_PREPOSITIONS})\s*:?$", _I)
_FOLLOW_WORD = re.compile(rf"\b(?:{FOLLOW_WORDS})\b", _I)


def _dangling_prompt(text: str) -> bool:
    """'Restez informés en suivant Le Port sur', 'Follow us on': a prompt whose icons the copy
    dropped, so that it ends with its preposition."""
    return (
        word_count(text) <= DANGLING_MAX_WORDS
        and bool(_DANGLING.search(text))
        and bool(_FOLLOW_WORD.search(text))
    )


_IS_DONATION_APPEAL_RE = re.compile(r"\b(?:you|your|us|our)\b", _I)
_IS_DONATION_APPEAL_RE2 = re.compile(
    r"""\bsupport\ (?:independent|our|quality|trusted|the\ \w+(?:'s)?)\ (?:\w+\ )?journalism\b
            | \bbecome\ a\ (?:member|supporter|patron|subscriber)\b | \bmake\ a\ (?:contribution|donation)\b
            | \bdonate\ (?:now|today)\b | \bfrom\ as\ little\ as\b""",
    _X,
)
_IS_DONATION_APPEAL_RE3 = re.compile(SUBSCRIBE_APPEAL, _X)


def is_donation_appeal(text: str) -> bool:
    """An appeal to the reader for money: 'Support independent journalism. Join us.', 'Become a member'.

    Only short lines or lines that speak to the reader ('you', 'us'): news about journalism stays.
    The appeals of the other languages are imperatives ('Unterstützen Sie ...', 'Soutenez ...'):
    they open a sentence or clause, are no question and stand in no quotation ('Die Partei warb
    mit dem Slogan «Werden Sie Mitglied»' and 'Soutenez-vous le journalisme local ?' are news).
    """
    addressed = word_count(text) <= 12 or _IS_DONATION_APPEAL_RE.search(text)
    return word_count(text) <= 80 and (
        bool(addressed and _IS_DONATION_APPEAL_RE2.search(text))
        or any(_imperative(text, match) for match in _DONATION_OTHER.finditer(text))
        or (
            word_count(text) <= SUBSCRIBE_MAX_WORDS
            and bool(_IS_DONATION_APPEAL_RE3.search(text.replace("’", "'")))
        )
    )


SUBSCRIBE_MAX_WORDS = 30


_IS_FREE_NOTICE_RE = re.compile(FREE_ARTICLE, _X)


def is_free_notice(text: str) -> bool:
    """'Cet article est libre d'accès', 'This article is free to read': the page is no paywall."""
    return word_count(text) <= SUBSCRIBE_MAX_WORDS and bool(
        _IS_FREE_NOTICE_RE.search(text.replace("’", "'").strip())
    )


_DONATION_OTHER = re.compile(DONATION_OTHER.lstrip().removeprefix("|"), _X)
_CLAUSE_OPENERS = ".!:;|—–-»›>•"  # what may stand before an imperative that opens a clause


_IMPERATIVE_RE = re.compile(r"[.!?…]")


def _imperative(text: str, match: re.Match[str]) -> bool:
    """True when the appeal `match` opens the line or a clause, and its sentence is no question."""
    before = text[: match.start()].rstrip()
    after = _IMPERATIVE_RE.search(text[match.end() :])
    return (not before or before[-1] in _CLAUSE_OPENERS) and (after is None or after.group() != "?")
