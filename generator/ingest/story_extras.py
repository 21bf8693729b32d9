"""Rules for what a page hangs around the story on one line: photo captions and credits, links to
other stories, tag lists and wire update markers.

Each `is_*` function says whether a whole line is that kind of furniture; `text_rules` names them
and gives each its reason. A real paragraph that starts with 'Read' must pass.
"""

from __future__ import annotations

import re

from generator.ingest.shapes import word_count

_I = re.IGNORECASE
_X = re.IGNORECASE | re.VERBOSE
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"


_CREDIT_LABEL = (
    r"(?:photo|photograph|image|picture|pic|video|graphic|illustration|file\ photo|file\ image"
    r"|representative\ image|representational\ image|photo\ credit|image\ credit|image\ source"
    r"|photo\ source|credit|courtesy)s?"
)
_PHOTO_AGENCIES = (
    r"(?:Getty\ Images|Shutterstock|Alamy|PA\ Media|PA\ Wire|EPA-EFE|EPA|NurPhoto|SOPA\ Images"
    r"|Bloomberg\ via\ Getty\ Images|AFP\ via\ Getty\ Images|Reuters|AFP|AP|Bloomberg|Xinhua)"
)
_CREDIT_TAIL = re.compile(
    rf"""(?: (?i:[(\[]\s*(?:{_CREDIT_LABEL}|file)\s*(?::|by|-)\s*[^)\]]{{1,80}}[)\]]
          | \|\s*{_CREDIT_LABEL}\s*:.{{1,80}})
    | \b(?:REUTERS|AFP|AP|EPA(?:-EFE)?|XINHUA|BLOOMBERG|GETTY|ANADOLU|KYODO|YONHAP|ANI|PTI|IANS|SPUTNIK|TASS
        |AAP|NURPHOTO|ZUMA|SIPA)(?:/[A-Z][\w.'’-]*(?:\ [A-Z][\w.'’-]*){{0,3}}){{1,2}}(?:/File(?:\ Photo)?)?
    | \(AP\ Photo/[^)]+\) | (?:via\ |/)Getty\ Images\)? | \bFile\ photo\)?
    | \b(?:Photograph|Photo|Picture|Image):\s+[^.]{{2,60}} | /{_PHOTO_AGENCIES}\)?
    | \bPurchase\ Licensing\ Rights\b.*
    )\s*\.?$""",
    re.VERBOSE,
)
_CAPTION_DATE = re.compile(
    rf"[A-Z][\w.'’-]*,\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s+)?"
    rf"(?:{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH}\s+\d{{4}})\.?$"
)


def is_photo_credit(text: str) -> bool:
    """A photo credit line: 'Photo: Reuters', 'Representational image', 'Getty Images'."""
    words = word_count(text)
    return bool(
        (re.match(rf"^[(\[]?\s*{_CREDIT_LABEL}\s*(?::|\||/|-\s)", text, _X) and words <= 25)
        or (re.match(rf"^[(\[]?\s*{_CREDIT_LABEL}\s*(?:by|courtesy)\b", text, _X) and words <= 8)
        or re.fullmatch(rf"[(\[]?\s*{_CREDIT_LABEL}\s*(?:\([^)]{{1,30}}\))?[)\]]?\.?", text, _X)
        or re.fullmatch(
            rf"(?:[A-Z][\w.'’-]+(?:\ [A-Z][\w.'’-]+){{0,3}}\s*(?:/|\ via\ )\s*)?{_PHOTO_AGENCIES}\.?",
            text,
            re.X,
        )
        or re.fullmatch(r"(?:The )?(?:[A-Z][\w-]+ ){1,3}(?:Shimbun|Photos?|Images|Pictures)\.?", text)
    )


def is_social_embed(text: str) -> bool:
    """An embedded social post's frame: 'Twitter Post', '— Name (@handle) November 20, 2024',
    'pic.twitter.com/...', 'A post shared by ...'."""
    return bool(
        re.fullmatch(
            r"(?:twitter|x|instagram|facebook|tiktok|threads|bluesky|youtube)\ (?:post|video|embed)"
            r"|view this post on instagram|tweet",
            text.strip().lower(),
        )
        or re.search(r"pic\.twitter\.com/\w+|https?://t\.co/\w+|^a post shared by\b", text, _I)
        or re.match(rf"^[—–-]\s*[^()]{{1,60}}\(@\w+\)\s*(?:{_MONTH}\s+\d{{1,2}},\s+\d{{4}})?$", text)
    )


def is_photo_caption(text: str) -> bool:
    """A caption: a line ending in a photo credit, or a wire caption ending ', U.S., Nov. 13, 2024.'."""
    return word_count(text) <= 80 and bool(
        _CREDIT_TAIL.search(text) or _CAPTION_DATE.search(text) or re.match(r"FILE\s*[-–—:]\s", text)
    )


_LINK_LABEL = re.compile(
    r"""^(?:read\ more|read\ also|also\ read|read\ next|read|see\ also|see\ more
    | related(?:\ stor(?:y|ies)|\ articles?|\ news|\ coverage|\ content|\ reading)?
    | recommended(?:\ reading|\ for\ you)? | more(?:\ news|\ stories)? | watch(?:\ video)? | also\ watch
    | listen | must\ read | don'?t\ miss | also\ see | trending(?:\ now)? | suggested(?:\ reading)?
    | explore\ more | further\ reading | catch\ up | top\ stories | in\ pictures | in\ photos | live\ updates
    | go\ deeper | dig\ deeper | more\ on\ this
    )\s*(?:[:|»›>]|[–—]|-\s)\s*\S""",
    _X,
)


def is_link_out(text: str) -> bool:
    """An inline link to another story: 'Read more: ...', 'ALSO READ | ...', 'Click here to ...'."""
    return bool(
        (_LINK_LABEL.match(text) and not _lowercase_sentence_after_label(text))
        or re.match(r"^(?:READ MORE|ALSO READ|READ ALSO|SEE ALSO|RELATED|WATCH|MUST READ)\b\s*\S", text)
        or (
            word_count(text) <= 30
            and re.search(
                r"""\bclick\ here\b
                | ^[(\[]?(?:read|watch|see|follow)\ (?:the\ |our\ )?(?:full|complete|live|latest)
                \ (?:story|article|report|coverage|updates)\b.{0,30}\bhere\b""",
                text,
                _X,
            )
        )
    )


def _lowercase_sentence_after_label(text: str) -> bool:
    """'Read: the ministry's note says ...' is prose, not a link: lowercase start, ends with '.'."""
    rest = re.split(r"[:|»›>–—]|-\s", text, maxsplit=1)[-1].strip()
    return bool(rest) and rest[0].islower() and rest.endswith(".") and word_count(rest) >= 8


def is_tag_list(text: str) -> bool:
    """A tag or topic list: 'Tags: Ukraine, Russia', '#Ukraine #Russia'."""
    words = text.split()
    return bool(
        re.match(
            r"""^(?:tags?|topics?|filed\ under|tagged(?:\ with)?|keywords|categor(?:y|ies)|related\ topics
            |related\ tags|more\ on|more\ about|subjects?|sections?)\s*[:|]\s*\S""",
            text,
            _X,
        )
        or (len(words) >= 2 and all(w.startswith("#") for w in words))
    )


def is_wire_marker(text: str) -> bool:
    """A wire update marker: '(Adds Kremlin comment in paragraphs 2-3)', '(Updates with ...)'."""
    return bool(
        re.fullmatch(
            r"""\(\s*(?:adds|updates?|recasts|corrects?|rewrites|changes|refiles|repeats|writes\ through
            |inserts|combines|fixes|removes|tops|clarifies|overwrites|releads|edits|moves|wraps
            |new\ throughout|advances)\b[^()]*(?:\([^()]*\)[^()]*)*\)""",
            text.strip(),
            _X,
        )
    )
