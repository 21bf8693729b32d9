"""Rules for what a page hangs around the story on one line: photo captions and credits, links to
other stories, tag lists and wire update markers.

Each `is_*` function says whether a whole line is that kind of furniture; `text_rules` names them
and gives each its reason. A real paragraph that starts with 'Read' must pass.
"""

from __future__ import annotations

import re

from generator.ingest.caption_labels import is_labelled_caption
from generator.ingest.furniture_words import (
    ARCHIVE_WORDS,
    BANNER_WORDS,
    CREDIT_LABELS_OTHER,
    IMAGE_FILE_WORDS,
    MEDIA_WORDS,
)
from generator.ingest.shapes import word_count
from generator.ingest.site_chrome import is_footer
from generator.model.wires import Registry

_I = re.IGNORECASE
_X = re.IGNORECASE | re.VERBOSE
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"


_CREDIT_LABEL = (
    r"(?:photo|photograph|image|picture|pic|video|graphic|illustration|file\ photo|file\ image"
    r"|representative\ image|representational\ image|photo\ credit|image\ credit|image\ source"
    r"|photo\ source|credit|courtesy" + CREDIT_LABELS_OTHER + r")s?"
)
PHOTO_AGENCIES = (
    r"(?:Getty\ Images|Shutterstock|Alamy|PA\ Media|PA\ Wire|EPA-EFE|EPA|NurPhoto|SOPA\ Images"
    r"|Bloomberg\ via\ Getty\ Images|AFP\ via\ Getty\ Images|Reuters|AFP|AP|Bloomberg|Xinhua)"
)
PICTURE_ONLY = (  # agencies that sell pictures, not text: their name in brackets closes a caption
    r"(?:Getty\ Images|Shutterstock|Alamy|PA\ Wire|EPA-EFE|EPA|NurPhoto|SOPA\ Images|iStock(?:photo)?|Imago"
    r"|picture\ alliance|dpa-Bildfunk|ZUMA(?:\ Press)?|SIPA|Hans\ Lucas|Abaca|LaPresse"
    r"|(?:\w+\ )?via\ Getty\ Images|Wikimedia\ Commons|Unsplash|Pixabay|Pexels)"
)
_CREDIT_TAIL = re.compile(
    rf"""(?: (?i:[(\[]\s*(?:{_CREDIT_LABEL}|file)\s*(?::|by|-|,|/)\s*[^)\]]{{1,80}}[)\]]
          | [(\[]\s*(?i:{_CREDIT_LABEL})\ [A-ZÀ-Þ][\w.'’&-]*(?:\ [A-ZÀ-Þ][\w.'’&-]*){{0,3}}\s*[)\]]\.?$
          | [(（]\s*(?:写真|画像|撮影|提供)\s*[/／:：・=＝]?[^)）]{{1,40}}[)）]
          | \(\s*©?\s*\(?\s*(?:[A-Z]{{2,8}}\ )?(?:PHOTO|FOTO)\s*/[^)]{{1,60}}\)?
          | \b(?:cr[ée]dito?s?|crédit|foto|fotos|bild|imagen|immagine|imagem|beeld)\s*:\s*[^.]{{2,60}}
          | \|\s*{_CREDIT_LABEL}\s*:.{{1,80}})
    | \b(?:REUTERS|AFP|AP|EPA(?:-EFE)?|XINHUA|BLOOMBERG|GETTY|ANADOLU|KYODO|YONHAP|ANI|PTI|IANS|SPUTNIK|TASS
        |AAP|NURPHOTO|ZUMA|SIPA)(?:/[A-Z][\w.'’-]*(?:\ [A-Z][\w.'’-]*){{0,3}}){{1,2}}(?:/File(?:\ Photo)?)?
    | \(AP\ Photo/[^)]+\) | (?:via\ |/)Getty\ Images\)? | \bFile\ photo\)?
    | \b(?:Photograph|Photo|Picture|Image):\s+[^.]{{2,60}} | /{PHOTO_AGENCIES}\)?
    | \b(?:Photo|Foto|Bild|Photograph)\ [A-ZÀ-Þ][\w.'’-]+(?:\ [A-ZÀ-Þ][\w.'’-]+){{0,3}}
      \ ?/\ ?[\w\ .'’-]{{2,40}}
    | \bPurchase\ Licensing\ Rights\b.*
    | (?:(?<=\s)|(?<=[a-zà-ÿ]))Beeld\ (?:de\ |het\ )?[A-ZÀ-Þ][\w.'’&-]*  # Dutch 'Beeld ANP'
      (?:\ ?/\ ?[A-ZÀ-Þ][\w.'’&-]*|\ [A-ZÀ-Þ][\w.'’&-]*){{0,3}}
    )\s*\.?$""",
    re.VERBOSE,
)
_CAPTION_DATE = re.compile(
    rf"[A-Z][\w.'’-]*,\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s+)?"
    rf"(?:{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH}\s+\d{{4}})\.?$"
)


_IS_PHOTO_CREDIT_RE = re.compile(rf"[(\[]?\s*{_CREDIT_LABEL}\s*(?:\([^)]{{1,30}}\))?[)\]]?\.?", _X)
_IS_PHOTO_CREDIT_RE2 = re.compile(
    rf"(?:[A-Z][\w.'’-]+(?:\ [A-Z][\w.'’-]+){{0,3}}\s*(?:/|\ via\ )\s*)?{PHOTO_AGENCIES}\.?", re.X
)
_IS_PHOTO_CREDIT_RE3 = re.compile(r"(?:The )?(?:[A-Z][\w-]+ ){1,3}(?:Shimbun|Photos?|Images|Pictures)\.?")
_IS_PHOTO_CREDIT_RE4 = re.compile(rf"^[(\[（]?\s*{_CREDIT_LABEL}\s*(?::|\||/|-\s|：|／|＝|=)", _X)
_IS_PHOTO_CREDIT_RE5 = re.compile(rf"^[(\[]?\s*{_CREDIT_LABEL}\s*(?:by|courtesy)\b", _X)


def is_photo_credit(text: str, wires: Registry) -> bool:
    """A photo credit line: 'Photo: Reuters', 'Representational image', 'Getty Images'."""
    words = word_count(text)
    return bool(
        (_IS_PHOTO_CREDIT_RE4.match(text) and words <= 25)
        or (_IS_PHOTO_CREDIT_RE5.match(text) and words <= 8)
        or _IS_PHOTO_CREDIT_RE.fullmatch(text)
        or _IS_PHOTO_CREDIT_RE2.fullmatch(text)
        or _IS_PHOTO_CREDIT_RE3.fullmatch(text)
        or _name_and_agency(text, wires)
    )


_PERSON = r"[A-ZÀ-Þ][\w'’.-]+(?: (?:(?:de|da|do|dos|das|del|van|von|di) )?[A-ZÀ-Þ][\w'’.-]+){1,3}"
_NAME_DASH = re.compile(rf"^(?P<name>{_PERSON})\s+[-–—/]\s+(?P<agency>[\w .'’-]{{2,30}})$")
_AGENCY_SLASH = re.compile(
    rf"^(?P<agency>[\w .'’&-]{{2,30}}?)\s*/\s*(?P<name>{_PERSON})$"
)  # 'dpa/Erika Muster'


_NAME_AND_AGENCY_RE = re.compile(PHOTO_AGENCIES, re.X)


def _name_and_agency(text: str, wires: Registry) -> bool:
    """A photographer and an agency: 'José Sena Goulão - Lusa', 'Ana Ruiz / EFE', or the agency
    first and a slash, as a gallery credits each picture: 'dpa/Erika Muster'."""
    match = _NAME_DASH.match(text.strip()) or _AGENCY_SLASH.match(text.strip())
    return match is not None and (
        wires.name(match.group("agency")) is not None
        or _NAME_AND_AGENCY_RE.fullmatch(match.group("agency")) is not None
    )


_IS_SOCIAL_EMBED_RE = re.compile(
    r"(?:twitter|x|instagram|facebook|tiktok|threads|bluesky|youtube)\ (?:post|video|embed)"
    r"|view this post on instagram|tweet"
)
_IS_SOCIAL_EMBED_RE2 = re.compile(r"pic\.twitter\.com/\w+|https?://t\.co/\w+|^a post shared by\b", _I)
_IS_SOCIAL_EMBED_RE3 = re.compile(rf"^[—–-]\s*[^()]{{1,60}}\(@\w+\)\s*(?:{_MONTH}\s+\d{{1,2}},\s+\d{{4}})?$")


def is_social_embed(text: str) -> bool:
    """An embedded social post's frame: 'Twitter Post', '— Name (@handle) November 20, 2024',
    'pic.twitter.com/...', 'A post shared by ...'."""
    return bool(
        _IS_SOCIAL_EMBED_RE.fullmatch(text.strip().lower())
        or _IS_SOCIAL_EMBED_RE2.search(text)
        or _IS_SOCIAL_EMBED_RE3.match(text)
    )


_IS_PHOTO_CAPTION_RE = re.compile(r"FILE\s*[-–—:]\s")


def is_photo_caption(text: str, wires: Registry) -> bool:
    """A caption: a line ending in a photo credit, a wire caption ending ', U.S., Nov. 13, 2024.',
    or a caption led by its agency's credit ('ANP De havenbrug tijdens de werkzaamheden'), or
    tagged as an old picture ('PUERTO - Archivo', 'Der Hafen (Archivbild)'), or behind a
    screen reader's caption or picture-copyright label (`caption_labels`)."""
    if word_count(text) <= LONG_CAPTION_MAX_WORDS and _agency_and_photographer(text, wires):
        return True  # a wire photo's caption in English, as picture desks send it, runs long
    return word_count(text) <= 80 and bool(
        _CREDIT_TAIL.search(text)
        or (word_count(text) <= ARCHIVE_TAG_MAX_WORDS and _ARCHIVE_TAG.search(text))
        or (word_count(text) >= CAPTION_DATE_MIN_WORDS and _CAPTION_DATE.search(text))
        or _IS_PHOTO_CAPTION_RE.match(text)
        or is_labelled_caption(text)
        or _credit_first(text, wires)
        or (word_count(text) <= CAPTION_CREDIT_MAX_WORDS and _credit_at_end(text, wires))
    )


CAPTION_CREDIT_MAX_WORDS = 40
ARCHIVE_TAG_MAX_WORDS = 30
_ARCHIVE_TAG = re.compile(rf"\S\s*(?:\s[-–—|/]\s*|[(\[（=]\s*)(?:{ARCHIVE_WORDS})\s*[)\]）]?\.?$", _I)
CAPTION_DATE_MIN_WORDS = 8  # a scene, a place and a day; 'Election Day, November 5, 2024' is a heading
_TAIL_BRACKETS = re.compile(r"[(\[（]\s*(?P<who>[^()\[\]（）]{2,40}?)\s*[)\]）]\.?$")
_TAIL_SLASH = re.compile(r"(?:^|\s)/\s*(?P<who>[\w .&'’-]{2,30}?)\.?$")
_TAIL_COPYRIGHT = re.compile(r"\S.*?\s*©\s*(?P<who>[^©]{1,40})$")
_PHOTOGRAPHER = re.compile(r"[(（][^()（）]{1,20}(?:撮影|提供)[)）]$")


_CREDIT_AT_END_RE = re.compile(PICTURE_ONLY, re.X)


def _credit_at_end(text: str, wires: Registry) -> bool:
    """A caption closed by its picture's credit: '... (Getty Images)', '... le 7 mai 2017. (REUTERS)'
    (a wire in capitals that it does not print its name in: a picture desk's credit), 'Name -
    PHOTOGRAPHER / AFP', 'Handout . / Reuters', '... Team. ©APA', '...首相官邸(山田撮影)'."""
    text = text.strip()
    if _PHOTOGRAPHER.search(text):
        return True
    bracket = _TAIL_BRACKETS.search(text)
    if bracket is not None:
        who = bracket.group("who")
        wire = wires.lookup(who, any_case=True)
        shouted = (
            who.isupper() and wire is not None and not any(s.isupper() for s in wire.spellings if s == who)
        )
        return bool(_CREDIT_AT_END_RE.fullmatch(who)) or shouted or _agency_slash_name(who, wires)
    slash = _TAIL_SLASH.search(text)
    if slash is not None and text[: slash.start()].strip(" .-–—"):
        who = slash.group("who")
        return wires.name(who, any_case=True) is not None or bool(_NAME_AND_AGENCY_RE.fullmatch(who))
    return bool(_TAIL_COPYRIGHT.fullmatch(text)) and not is_footer(text)


_NAMED = re.compile(r"[A-ZÀ-Þ][\w.'’-]*(?:\ [A-ZÀ-Þ][\w.'’-]*){0,3}")  # 'LOIC VENANCE', 'Anna Rossi'


def _agency_slash_name(who: str, wires: Registry) -> bool:
    """A bracketed credit of photographer and agency, either way round: '(LOIC VENANCE / AFP)',
    '(AFP / Anna Rossi)'."""
    left, slash, right = (part.strip() for part in who.partition("/"))
    if not slash or "/" in right:
        return False
    return (_agency(right, wires) and bool(_NAMED.fullmatch(left))) or (
        _agency(left, wires) and bool(_NAMED.fullmatch(right))
    )


_CAPS_SLASH = re.compile(  # 'ANSA/ANNA ROSSI', 'JOÃO SOUSA/LUSA', glued to the caption's last word
    r"(?P<left>[A-ZÀ-Þ][A-ZÀ-Þ.'’-]*(?:\ [A-ZÀ-Þ][A-ZÀ-Þ.'’-]*){0,3})"
    r"/(?P<right>[A-ZÀ-Þ][\w.'’-]*(?:\ [A-ZÀ-Þ][\w.'’-]*){0,3})\.?$"
)
SLASH_CAPTION_MIN_WORDS = 5
LONG_CAPTION_MAX_WORDS = 150


def _agency_and_photographer(text: str, wires: Registry) -> bool:
    """A caption closed by its picture's credit in capitals, agency and photographer either way
    round: '... in Rome, 9 September 2019. ANSA/ANNA ROSSI', '... nas eleiçõesJOÃO SOUSA/LUSA'."""
    match = _CAPS_SLASH.search(text)
    if match is None or word_count(text[: match.start()]) < SLASH_CAPTION_MIN_WORDS:
        return False
    left, right = match.group("left"), match.group("right")
    last = left.split()[-1]
    return (_agency(last, wires) and _photographer(right)) or (_agency(right, wires) and _photographer(left))


def _photographer(text: str) -> bool:
    """A photographer's name in capitals: two words or more ('ANNA ROSSI', not 'NOAA')."""
    return text.isupper() and len(text.split()) >= 2


_AGENCY_RE = re.compile(PICTURE_ONLY, re.X | re.I)
_AGENCY_RE2 = re.compile(PHOTO_AGENCIES, re.X | re.I)


def _agency(text: str, wires: Registry) -> bool:
    """A wire or picture agency, as a credit prints it."""
    return wires.name(text, any_case=True) is not None or bool(
        _AGENCY_RE.fullmatch(text) or _AGENCY_RE2.fullmatch(text)
    )


CREDIT_FIRST_MAX_WORDS = 30


def _credit_first(text: str, wires: Registry) -> bool:
    """'ANP De havenbrug ...': an agency in capitals, then a caption that is not a sentence."""
    first, _, rest = text.partition(" ")
    return (
        first.isupper()
        and len(first) >= 2
        and (wires.name(first) is not None or _NAME_AND_AGENCY_RE.fullmatch(first) is not None)
        and rest[:1].isupper()
        and not rest.split(" ", 1)[0].isupper()
        and word_count(text) <= CREDIT_FIRST_MAX_WORDS
        and not text.rstrip().endswith((".", "!", "?", "。"))
    )


_IMAGE_FILE = re.compile(
    rf"""(?:{IMAGE_FILE_WORDS})[\ _-]?\d{{2,4}}[-_.]?\d{{2}}[-_.]?\d{{2}}(?:[\ _-]?(?:at\ )?[\d.:]{{4,8}})?
    | \S+\.(?:jpe?g|png|gif|webp|avif|heic|tiff?|svg)
    | \d{{6,}}_[a-z]{{1,2}} | [a-z]{{2,6}}[-_]?\d{{7,}}(?:\ \d{{1,3}})?
    | (?:<image>|\[image\]).* | .*\bdata:image/[\w.+-]+;base64,.*""",
    _X,
)


def is_image_file(text: str) -> bool:
    """An image's file name or an embedded image left in the copy: 'Schermafbeelding 2025-08-05
    144831', '483920118_l', 'ANP-533806490', '<image>data:image/gif;base64,...</image>'."""
    return bool(_IMAGE_FILE.fullmatch(text.strip().lower()))


_IS_BANNER_RE = re.compile(rf"^(?:[A-Z]{{2,}}\ )?(?i:{BANNER_WORDS})\b\s*[:|–—-]?\s+\S", re.X)
_IS_BANNER_RE2 = re.compile(r"^[^a-z]{3,}")


def is_banner(text: str) -> bool:
    """A banner above the page: 'TRAFFIC ALERT Quay Road has reopened', 'BREAKING: ...', a news
    ticker of items between '+++' ('+++ Bridge reopens +++ Two lanes stay shut +++')."""
    return word_count(text) <= 40 and bool(
        (_IS_BANNER_RE.match(text) and _IS_BANNER_RE2.match(text))
        or (text.lstrip().startswith("+++") and text.count("+++") >= 2)
    )


MEDIA_NOTICE_MIN_WORDS = 4
_PHOTO_UPDATED = re.compile(  # '*Photo updated.', '*写真を更新しました。'
    r"^\*?\s*(?:(?:photo|image|picture|foto|bild|imagen|immagine|imagem|photos|fotos)\s+"
    r"(?:updated|aktualisiert|mise\ à\ jour|actualizada|aggiornata|bijgewerkt|atualizada)\.?$"
    r"|(?:写真|画像|動画)を(?:更新|差し替え|追加|変更)しました。?$)",
    re.I | re.X,
)
_MEDIA_WORD = re.compile(rf"\b(?:{MEDIA_WORDS})\b", _I)


def is_media_notice(text: str) -> bool:
    """A notice about the pictures or video, in capitals: 'VIDEO WITH THIRD-PARTY FOOTAGE. CHECK
    RESTRICTIONS', 'VÍDEO CON IMÁGENES DE TERCEROS'."""
    if _PHOTO_UPDATED.search(text):
        return True
    letters = [c for c in text if c.isalpha()]
    return (
        word_count(text) >= MEDIA_NOTICE_MIN_WORDS
        and bool(letters)
        and all(c.isupper() for c in letters)
        and bool(_MEDIA_WORD.search(text))
        and any(mark in text for mark in ".:")
    )


_IS_WIRE_INTERNAL_RE = re.compile(
    r"^%@|^\d{2,4}-[a-z]-\d{1,3}-\(|^AP(?:PHOTO|VIDEO|AUDIO)\b|^\(\((?:watch|note|editors?)\b"
)


def is_wire_internal(text: str) -> bool:
    """A news agency's production lines left in the copy: '%@AP Links', audio cuts
    '112-a-14-(...)', 'APPHOTO PE101: ...', '((watch for dating))'."""
    return bool(_IS_WIRE_INTERNAL_RE.match(text))


_IS_TAG_LIST_RE = re.compile(
    r"""^(?:tags?|topics?|filed\ under|tagged(?:\ with)?|keywords|categor(?:y|ies)|related\ topics
            |related\ tags|more\ on|more\ about|subjects?|sections?|schlagwörter|stichwörter|themen
            |étiquettes|mots[-\ ]clés|thèmes|etiquetas|temas|argomenti|parole\ chiave|trefwoorden
            |onderwerpen|palavras[-\ ]chave|tópicos|タグ|キーワード|[^:：\s]{0,20}検索)\s*[:|：]\s*\S""",
    _X,
)


def is_tag_list(text: str) -> bool:
    """A tag or topic list: 'Tags: Ukraine, Russia', '#Ukraine #Russia'."""
    words = text.split()
    return bool(_IS_TAG_LIST_RE.match(text) or (len(words) >= 2 and all(w.startswith("#") for w in words)))


_IS_WIRE_MARKER_RE = re.compile(
    r"""\(\s*(?:adds|updates?|recasts|corrects?|rewrites|changes|refiles|repeats|writes\ through
            |inserts|combines|fixes|removes|tops|clarifies|overwrites|releads|edits|moves|wraps
            |new\ throughout|advances)\b[^()]*(?:\([^()]*\)[^()]*)*\)""",
    _X,
)


def is_wire_marker(text: str) -> bool:
    """A wire update marker: '(Adds Kremlin comment in paragraphs 2-3)', '(Updates with ...)'."""
    return bool(_IS_WIRE_MARKER_RE.fullmatch(text.strip()))
