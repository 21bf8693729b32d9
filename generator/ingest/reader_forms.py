"""The forms a page puts under its article for the reader to fill in, on one line: the comment
form (its title, its notes on the e-mail address and the required fields, its login and
confirmation notes), the newsroom's tip line, a notice that the reader's browser is too old,
and an accessibility widget's controls.

Each test reads what the form is FOR (an e-mail address that will not be published, a field
that is required, a comment the reader leaves or posts, a message to the newsroom, a browser to
update, the text's size), in the eight languages, never one site's wording; each is bounded by
a line's length so that a sentence of news naming the same things stays (`is_*` docstrings).
"""

from __future__ import annotations

import re

from generator.ingest.furniture_words import COMMENT_WORDS, OUR, READER
from generator.ingest.shapes import word_count

_I = re.IGNORECASE
_X = re.IGNORECASE | re.VERBOSE

ADDRESS_NOTE_MAX_WORDS = 20
_EMAIL_ADDRESS = re.compile(
    r"""e-?mail-?ad(?:dress|resse|res)\w* | e-?mail\ address
    | adresse\ (?:e-?mail|de\ messagerie|courriel|électronique)
    | (?:dirección|direccion)\ de\ (?:correo|e-?mail) | correo\ electrónico | indirizzo\ (?:e-?mail|di\ posta)
    | endereço\ (?:de\ )?e-?mail | メールアドレス""",
    _X,
)
_PUBLISHED = re.compile(r"publi\w*|pubblic\w*|veröffentlicht|gepubliceerd|angezeigt|getoond|公開", _I)


def is_address_note(text: str) -> bool:
    """A comment form's note on the e-mail address ('Your email address will not be published',
    'Tu dirección de correo electrónico no será publicada', 'メールアドレスが公開されることはありません'):
    an e-mail address and publishing in a line of at most `ADDRESS_NOTE_MAX_WORDS` words."""
    return (
        word_count(text) <= ADDRESS_NOTE_MAX_WORDS
        and bool(_EMAIL_ADDRESS.search(text))
        and bool(_PUBLISHED.search(text))
    )


REQUIRED_MAX_WORDS = 10
_REQUIRED = re.compile(
    r"""required\ fields? | fields?\ (?:are\ |is\ )?required | champs?\ (?:obligatoires?|requis)
    | campos?\ (?:obligatorios?|requeridos?|obrigatórios?) | pflichtfeld\w* | campi\ obbligatori
    | campo\ obbligatorio | verplichte?\ velden? | verplicht\ veld | 必須項目""",
    _X,
)


def is_required_note(text: str) -> bool:
    """A form's note on its required fields ('* Campos obligatorios', 'Required fields are
    marked *', 'Pflichtfelder'), in a line of at most `REQUIRED_MAX_WORDS` words."""
    return word_count(text) <= REQUIRED_MAX_WORDS and bool(_REQUIRED.search(text))


COMMENT_FORM_MAX_WORDS = 12
_REPLY = (
    rf"{COMMENT_WORDS}|repl(?:y|ies)|contestaci[oó]n|respuesta|réponse|risposta|antwort|antwoord"
    r"|resposta|返信"
)
_REPLY_WORD = re.compile(rf"(?<!\w)(?:{_REPLY})(?!\w)", _I)
_FORM_VERBS = (  # what the reader does with a comment, and what the form says of it
    r"leave|post|write|submit|send|add|laisser|laissez|poster|écrire|publier|envoyer|ajouter|dejar|deja"
    r"|publicar|escribir|enviar|lasciare|lascia|scrivere|inviare|pubblicare|hinterlassen|hinterlasse"
    r"|schreiben|verfassen|abschicken|senden|achterlaten|plaatsen|schrijven|versturen|deixar|deixe"
    r"|escrever|accept(?:ed|ing)|acceptés|aceptad[oa]s|accettati|geaccepteerd|aceites|closed|geschlossen|fermés?|cerrados?|chiusi|gesloten|fechados?|enviad[oa]"
    r"|envoyée?|sent|inviato|verstuurd|gesendet|published|publiée?|publicad[oa]|pubblicato"
    r"|veröffentlicht|geplaatst|投稿|送信"
)
_FORM_VERB = re.compile(rf"(?<!\w)(?:{_FORM_VERBS})(?!\w)", _I)
_READER = re.compile(READER, _I)
_THIS_PAGE = re.compile(
    r"\b(?:this|cet|este|esta|questo|questa|dit|deze|diesen?|diesem)\s+"
    r"(?:article|story|post|artículo|noticia|articolo|notizia|artikel|bericht|artigo|notícia|beitrag)\b",
    _I,
)


_OPENING = re.compile(r"\W*")  # what stands before a line's first word


def _first_word(text: str) -> int:
    """Where the line's first word starts (after quotes, bullets and other marks)."""
    opening = _OPENING.match(text)
    return opening.end() if opening else 0


def is_comment_form(text: str) -> bool:
    """The comment form's title or notes: a comment (or a reply) and what the reader does with it
    or what the form says of it (leave, post, send; closed, sent) in a line of at most
    `COMMENT_FORM_MAX_WORDS` words that opens with either word ('Laisser un commentaire',
    'Dejar una contestación', 'Comentário enviado com sucesso!'), speaks to the reader ('Vous
    devez être connecté pour poster un commentaire') or of this page ('... accepting comments on
    this article'). 'The council received comments sent by 300 residents' is news."""
    if word_count(text) > COMMENT_FORM_MAX_WORDS:
        return False
    reply, verb = _REPLY_WORD.search(text), _FORM_VERB.search(text)
    if reply is None or verb is None:
        return False
    return (
        min(reply.start(), verb.start()) == _first_word(text)
        or bool(_READER.search(text))
        or bool(_THIS_PAGE.search(text))
    )


FIRST_MAX_WORDS = 8
_FIRST_TO_COMMENT = re.compile(
    r"""\b(?:first|premi(?:er|ère)|primer[oa]?|prim[oa]|erste[rn]?|eerste|primeir[oa])\b.{0,30}
        \b(?:comment\w*|commenter|comentar\w*|commentare|kommentier\w*|reageren|reageert|reactie)\b
        | 最初のコメント""",
    _X,
)


def is_first_to_comment(text: str) -> bool:
    """An empty comment section's invitation: 'Soyez le premier à commenter', 'Sé el primero en
    comentar', 'Seien Sie der Erste, der kommentiert' (at most `FIRST_MAX_WORDS` words)."""
    return word_count(text) <= FIRST_MAX_WORDS and bool(_FIRST_TO_COMMENT.search(text))


DISCUSS_MAX_WORDS = 4
_DISCUSS = re.compile(
    r"^\W*(?:discuss|diskutieren|diskutiere|discutez|discute|discutid|discuti|discussieer|discuta)\b", _I
)


def is_discuss_prompt(text: str) -> bool:
    """An invitation to the comments of at most `DISCUSS_MAX_WORDS` words that opens with the
    verb and speaks to the reader ('Diskutieren Sie mit.', 'Discutez-en avec vous')."""
    return word_count(text) <= DISCUSS_MAX_WORDS and bool(_DISCUSS.search(text) and _READER.search(text))


TIP_MAX_WORDS = 25
_NEWSROOM = re.compile(
    r"(?<!\w)(?:redactie|redazione|redacción|rédaction|redaktion|redação|redacção|newsroom|editors"
    r"|editorial\ team|編集部)(?!\w)",
    _X,
)
_SEND = re.compile(
    r"(?<!\w)(?:send|email|e-mail|message|contact|write|stuur|mail|bericht|invia|scrivi|contatta|messaggio"
    r"|envía|envia|escribe|escreva|contacta|mensaje|mensagem|envoyez|écrivez|contactez|message|schicken"
    r"|schreiben|kontaktieren|senden|nachricht|envie|お寄せ)(?!\w)",
    _I,
)


def is_tip_prompt(text: str) -> bool:
    """The newsroom's tip line: sending a message to the newsroom, in a line of at most
    `TIP_MAX_WORDS` words that speaks to the reader or opens with the request ('Heb jij een tip?
    Stuur de redactie een bericht', 'Invia un messaggio alla redazione'). 'The newsroom sent
    its reporters home' opens with neither."""
    if word_count(text) > TIP_MAX_WORDS:
        return False
    newsroom, send = _NEWSROOM.search(text), _SEND.search(text)
    if newsroom is None or send is None:
        return False
    return send.start() == _first_word(text) or bool(_READER.search(text))


BROWSER_MAX_WORDS = 40
_BROWSER = re.compile(r"(?<!\w)(?:browsers?|navigateurs?|navegador(?:es)?|ブラウザ)(?!\w)|browser\w*", _I)
_UPDATE = re.compile(
    r"outdated|out\ of\ date|update|upgrade|obsolète|obsolet\w*|à\ jour|actualiz\w*|descarg\w*|download\w*"
    r"|aggiorna\w*|veraltet\w*|aktualisier\w*|verouderd|bijwerken|desatualizad\w*|atualiz\w*"
    r"|not\ supported|nicht\ unterstützt|n'est\ plus\ supporté|no\ es\ compatible|non\ supportat\w*"
    r"|niet\ ondersteund|não\ é\ suportad\w*|古い|更新|推奨",
    _X,
)
_OUR = re.compile(rf"\b(?:{OUR})\b", _I)


def is_browser_notice(text: str) -> bool:
    """A notice that the reader's browser is too old: a browser and updating it (or it being
    unsupported), in a line of at most `BROWSER_MAX_WORDS` words that speaks to the reader or of
    the site's own pages ('Votre navigateur est obsolète', 'Te invitamos a descargar cualquiera
    de estos navegadores para ver nuestras noticias:'). 'Google urged users to update the Chrome
    browser' does neither."""
    return (
        word_count(text) <= BROWSER_MAX_WORDS
        and bool(_BROWSER.search(text))
        and bool(_UPDATE.search(text))
        and bool(_READER.search(text) or _OUR.search(text))
    )


ACCESSIBILITY_MAX_WORDS = 6
_TEXT_SIZE = re.compile(
    r"""^\W*(?:
        (?:(?:increase|decrease|enlarge|reduce|larger|smaller|aumentar|diminuir|disminuir|reducir|agrandir
          |réduire|diminuer|vergrößern|verkleinern|ingrandire|ridurre|aumenta|riduci|vergroten|verkleinen)
          \s+(?:the\ )?(?:text|texto|texte|schrift|testo|tekst|font|fuente|letra|police|caratteri)\b\W*)+
        | (?:text\ size|font\ size|textgröße|schriftgröße|taille\ du\ texte|taille\ de\ (?:la\ )?police
          |tamaño\ de\ (?:la\ )?(?:letra|texto|fuente)|dimensione\ (?:del\ )?testo|tekstgrootte
          |tamanho\ (?:do\ )?texto|文字サイズ)(?:\s+\w+)?\W*
        | (?:(?:high\ )?contrast|contraste|kontrast|contrasto|alto\ contraste|hoog\ contrast)(?:\s+\w+)?\W*
        | (?:accessibility|acessibilidade|accessibilité|accesibilidad|accessibilità|barrierefreiheit
          |toegankelijkheid|アクセシビリティ)\W*
    )$""",
    _X,
)


def is_accessibility_widget(text: str) -> bool:
    """An accessibility widget's label or control, as the whole line: 'Aumentar Texto Diminuir
    Texto', 'Textgröße ändern:', 'Contraste', 'Accessibilité' (at most `ACCESSIBILITY_MAX_WORDS`)."""
    return word_count(text) <= ACCESSIBILITY_MAX_WORDS and bool(_TEXT_SIZE.match(text))


LOGIN_MAX_WORDS = 20
_LOGIN = re.compile(
    r"""(?<!\w)(?:log\ ?in|sign\ ?in|melden\ Sie\ sich\ an|melde\ dich\ an|anmelden|einloggen
    |connectez-vous|se\ connecter|identifiez-vous|inicia\ sesi[oó]n|iniciar\ sesi[oó]n|inicie\ sesi[oó]n
    |accedi|effettua\ il\ login|inloggen|log\ in|inicie\ sessão|faça\ login|fazer\ login|ログイン)""",
    _X,
)
_PLEASE = re.compile(r"\W*(?:please|bitte|veuillez|merci\ de|por\ favor|per\ favore|graag|favor)\b", _X)


def is_login_prompt(text: str) -> bool:
    """A prompt to log in, in a line of at most `LOGIN_MAX_WORDS` words that opens with it or
    with a 'please', or speaks to the reader ('Bitte melden Sie sich an, um den Artikel zu
    drucken.', 'Inicia sesión para votar'). 'Voters will log in to the portal' does none."""
    if word_count(text) > LOGIN_MAX_WORDS:
        return False
    login = _LOGIN.search(text)
    if login is None:
        return False
    return login.start() == _first_word(text) or bool(_PLEASE.match(text)) or bool(_READER.search(text))


def is_reader_form(text: str) -> bool:
    """Any of the forms above (`is_address_note`, `is_required_note`, `is_comment_form`,
    `is_first_to_comment`, `is_discuss_prompt`, `is_tip_prompt`)."""
    return (
        is_address_note(text)
        or is_required_note(text)
        or is_comment_form(text)
        or is_first_to_comment(text)
        or is_discuss_prompt(text)
        or is_tip_prompt(text)
    )
