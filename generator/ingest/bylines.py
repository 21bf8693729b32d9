"""People and wires: byline lines, lists of names, and the names of news agencies.

A byline gives authors ('By Mike Stone and Costas Pitas', 'door Anna de Vries en Piet Jansen',
'Kommentar von Hanna Weber') and sometimes the wire the story came from ('By Jane Doe, Reuters').
Job titles ('Senior Correspondent', 'Coordenadora do Diário'), desks ('Redacción'), titles of
address ('Mr.', 'Dr.') and places ('in London') are dropped; an organisation that is not a known
wire ('- RTP') is not an author. The byline words of English, German, French, Spanish, Italian,
Dutch and Portuguese are known; a word such as 'Kommentar' or 'analyse' also names the kind.
The wires are those of the site's registry (`generator.model.wires`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.ingest.furniture_words import vocabulary
from generator.model.wires import Registry

_ROLES = (
    r"correspondents?|editors?|reporters?|writers?|staff|bureau|chief|contributors?|columnists?|desk"
    r"|newsdesk|newsroom|newswires?"
    r"|team|special|senior|associate|analyst|producer|journalists?|news service|service|agencies"
    r"|agency|updated|published|min read|photographer|intern|coordinator"
    # de, fr, es, it, nl, pt
    r"|redaktion|redakteur(?:in)?|korrespondent(?:in)?|autor(?:in)?|agenturen|ressortleiter(?:in)?"
    r"|rédaction|rédacteur|rédactrice|journaliste|correspondante?|envoyée? spéciale?|chroniqueu(?:r|se)"
    r"|redacci[oó]n|redactora?|periodista|corresponsal|columnista|agencias|enviad[oa] especial"
    r"|redazione|redattore|redattrice|giornalista|corrispondente|inviat[oa]|agenzie|caporedattore"
    r"|redactie|redacteur|verslaggever|correspondente|colunista|jornalista|reda[cç][aã]o|redator(?:a)?"
    r"|rep[oó]rter|coordenador(?:a)?|coordinador(?:a)?|coordinatore|coordinatrice|agências"
    r"|編集部|記者|特派員|編集委員|論説委員"
)
_ROLE_WORDS = re.compile(rf"(?<!\w)(?:{_ROLES})(?!\w)", re.I)
_PARTICLES = frozenset(
    re.findall(r"\S+", "de da do dos das del della dello dei der den ten ter van von vom zu bin binti al el")
    + re.findall(r"\S+", "le la di du y e ibn ben mc st. dela d'")
)
_HONORIFIC = re.compile(
    r"^(?:mr|mrs|ms|dr|prof|drs|ir|ing|mag|dott(?:\.ssa)?|sir|dame|mme|mlle|sr|sra|srta|dra)\.?\s+(?=[A-ZÀ-Þ])",
    re.I,
)
_NAME_TOKEN = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*|[A-Z]\.|(?:al|el)-[A-Z][\w'’-]*)$")
_KINDS = {
    "kommentar": "opinion", "gastbeitrag": "opinion", "meinung": "opinion", "kolumne": "opinion",
    "commentary": "opinion", "opinion": "opinion", "column": "opinion", "tribune": "opinion",
    "chronique": "opinion", "éditorial": "opinion", "editorial": "opinion", "opinión": "opinion",
    "columna": "opinion", "commento": "opinion", "editoriale": "opinion", "opinione": "opinion",
    "commentaar": "opinion", "opinião": "opinion", "crónica": "opinion", "crônica": "opinion",
    "analysis": "analysis", "analyse": "analysis", "análisis": "analysis", "analisi": "analysis",
    "análise": "analysis", "interview": "interview", "entrevista": "interview", "intervista": "interview",
    "entretien": "interview",
}  # fmt: skip
_ARTICLE = r"(?:an?|ein(?:e)?|un(?:e|a)?|uma?|een|il|la|le|el)\s+"
_BYLINE = re.compile(
    r"^(?:(?:by|written by|reported by|story by|words by|text by|compiled by|von|text(?:e)? (?:von|de|di)"
    r"|geschrieben von|par|écrit par|rédigé par|por|escrito por|texto de|di|scritto da|a cura di|door"
    r"|geschreven door|tekst(?: en foto's)? door"
    rf"|(?:{_ARTICLE})?(?P<kind>{'|'.join(_KINDS)})\s+(?:by|von|par|de|por|di|van|da))\s*:?\s+"
    r"|(?:authors?|reporters?|writers?|autor(?:in|en|es)?|auteurs?|autore|autori|auteur|tekst|text|texto|texte"
    r"|testo)\s*:\s*)"
    r"(?P<rest>.+)$",
    re.I,
)
_SPLIT_NAMES = re.compile(r"\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\ben\b|\||\s/\s|\s[-–—]\s)\s*")
_ROLE_LINE = re.compile(
    rf"^(?:[\w.&'’-]+ ){{0,3}}(?:{_ROLES})(?:(?:,\s*|\s+(?:of|at|for|do|da|de|dos|das|del|della|di|du|des"
    r"|für|bei|van|bij|voor|in)\s+)[\w .&'’-]{1,40})?$",
    re.I,
)
ROLE_LINE_MAX_WORDS = 8
_IN_PLACE = re.compile(r"\s+(?:in|from|aus|à|en|a|em|uit)\s+[A-Z][\w .'-]*$")
_ORGANISATION = re.compile(r"^(?=[^a-z]*[A-Z]{2})[A-Z0-9][\w.&'’-]*(?: [A-Z0-9][\w.&'’-]*){0,2}$")
_ORG_PHRASE = re.compile(  # 'Notícias do Porto', 'Le Journal du Port': a name with lower-case words
    r"^[A-ZÀ-Þ][\w.&'’-]*(?: (?:de|do|da|dos|das|del|della|di|du|des|la|le|les|el|los|las|ao|aos|à|van"
    r"|von|der|den|het|of|the|and|y|e|et|und|en|am|im|al|au|na|no|[A-ZÀ-Þ][\w.&'’-]*)){1,4}$"
)


_VIA = re.compile(r"[(\[]?\s*via\s+(?P<wire>[^()\[\]]{2,40}?)\s*[)\]]?\.?")


@dataclass(frozen=True)
class Byline:
    """Authors and the wire named on a byline, and the kind a word like 'Kommentar' names."""

    authors: tuple[str, ...] = ()
    via: str | None = None
    kind: str | None = None


def is_role_line(text: str) -> bool:
    """A job title on its own line: 'Health correspondent', 'Environment reporter, The Courier',
    'Coordenadora do Diário do Porto', 'Redazione'."""
    text = text.strip()
    return (
        len(text.split()) <= ROLE_LINE_MAX_WORDS
        and not text.endswith((".", "!", "?", '"', "”"))
        and not any(ch.isdigit() for ch in text)
        and bool(_ROLE_LINE.match(text))
    )


def is_person_name(text: str, wires: Registry) -> bool:
    """Two to five capitalised words (particles and initials allowed), nothing else."""
    tokens = text.split()
    if (
        not 2 <= len(tokens) <= 5
        or _ROLE_WORDS.search(text)
        or wires.name(text)
        or tokens[0] in ("The", "THE")
    ):
        return False
    capitalised = [t for t in tokens if t not in _PARTICLES]
    return len(capitalised) >= 2 and all(_NAME_TOKEN.match(t) for t in capitalised)


def split_names(
    text: str, wires: Registry, any_case: bool = False
) -> tuple[tuple[str, ...], str | None] | None:
    """Names in 'A, B and C, Reuters': (names, wire); None when a part is neither a name,
    a wire, a job title, a desk, an organisation's acronym nor a place. 'Staff Reporter' gives
    no names and no wire; 'Mr. Geert Jan Hamilton' gives 'Geert Jan Hamilton'."""
    names: list[str] = []
    via: str | None = None
    for part in _SPLIT_NAMES.split(text.strip().rstrip(".")):
        part = _HONORIFIC.sub("", _IN_PLACE.sub("", part.strip()))
        if not part:
            continue
        if wire := wires.name(part, any_case) or wires.name(_ROLE_WORDS.sub("", part).strip()):
            via = via or wire  # 'Reuters', 'Reuters Staff', 'AP Newswire'
        elif _FROM_PLACE.match(part):
            continue  # 'Por Ana Souza | De Brasília': where the byline was filed from
        elif is_person_name(part, wires) or (any_case and _GLUED_INITIALS.match(part)):
            names.append(part)  # after a byline's word, 'L.Dupré' is a name as 'L. Dupré' is
        elif not (
            _ROLE_WORDS.search(part)
            or ((names or any_case) and _ORGANISATION.match(part))
            or (any_case and _ORG_PHRASE.match(part))
        ):
            return None
    return tuple(names), via


_GLUED_INITIALS = re.compile(r"^(?:[A-ZÀ-Þ]\.){1,3}[A-ZÀ-Þ][a-zà-ÿ'’-]{1,30}$")  # 'L.Dupré', 'A.B.Meier'
_FROM_PLACE = re.compile(r"^(?:De|Desde|From|Aus|Depuis|Uit)\s+[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){0,2}$")
_BRACKETED = re.compile(r"^[(\[](?P<inner>[^()\[\]]+)[)\]]$")


_DESK_PARTS = re.compile(r"\s*(?:/|\||,|\s[-–—]\s)\s*")
_PLACE_WORD = re.compile(r"^[A-ZÀ-Þ][\w'’-]+$")
DESK_MAX_WORDS = 6
_WITH_WIRE = re.compile(
    r"^(?P<org>.{2,40}?)\s+(?:avec|with|con|mit|met|com|and|et|e|y|und|en)\s+(?P<wire>\S.{1,30})$"
)
_ORG_NAME = re.compile(r"^[A-ZÀ-Þ][\w.'’-]*(?: [\w.'’-]+){0,3}$")


def _desk_and_wire(text: str, wires: Registry) -> str | None:
    """The wire of a credit naming a desk or a place and a wire, as Spanish papers print it:
    'Redacción / EFE', 'EFE | Madrid', 'Agencias, Europa Press', or the outlet with a wire
    ('Le Monde avec AFP')."""
    if len(text.split()) > DESK_MAX_WORDS:
        return None
    joined = _WITH_WIRE.match(text.strip())
    if joined and _ORG_NAME.match(joined.group("org")):
        return wires.name(joined.group("wire"))
    parts = [p for p in _DESK_PARTS.split(text.strip()) if p]
    named = [w for p in parts if (w := wires.name(p))]
    others = [p for p in parts if not wires.name(p)]
    if len(parts) < 2 or not named:
        return None
    if all(_ROLE_WORDS.fullmatch(p) or _PLACE_WORD.match(p) for p in others):
        return named[0]
    return None


_CREDIT_WORDS = vocabulary(
    """story|report|copy|dispatch|wire|service|news|feed|content|material|text|texto|texte|testo|tekst
    |bericht|meldung|nachricht|dépêche|despacho|nota|notizia|notícia|noticia|by|from|via|with|source
    |fuente|quelle|fonte|bron|agency|agencia|agence|agentur|agenzia|agência|persbureau|staff"""
)
CREDIT_LINE_MAX_WORDS = 5
_TRAILING_WIRE = re.compile(r"\s*[(\[](?P<wire>[^()\[\]]{2,40})[)\]]\.?$")


_WIRE_CREDIT_LINE_RE = re.compile(r"[\s/|:,.·•-]+")


def _wire_credit_line(text: str, wires: Registry) -> str | None:
    """The first wire of a short credit line made of wires and a word or two besides: 'AP Story.',
    'Reuters report', 'Quelle: dpa, AFP', 'Agencia EFE / texto'."""
    words = [w for w in _WIRE_CREDIT_LINE_RE.split(text) if w]
    if not 2 <= len(words) <= CREDIT_LINE_MAX_WORDS:
        return None
    found: list[str] = []
    index = 0
    while index < len(words):
        size, wire = next(
            ((n, w) for n in (3, 2, 1) if (w := wires.name(" ".join(words[index : index + n])))), (1, None)
        )
        if wire is None and words[index].casefold() not in _CREDIT_WORDS:
            return None
        found += [wire] if wire else []
        index += size
    return found[0] if found and len(found) < len(words) else None


def _names_comma_wire(text: str, wires: Registry) -> Byline | None:
    """'Jane Doe, AP': names, a comma and a wire (a photographer's 'Ana Ruiz - EFE' is a photo
    credit, not a byline)."""
    names, comma, last = text.strip().rstrip(".").rpartition(",")
    wire = wires.name(last) if comma else None
    found = split_names(names, wires) if wire else None
    return Byline(found[0], wire) if found is not None and found[0] and found[1] is None else None


_OUTLET_TAIL = re.compile(r"\s+[-–—]\s+[A-ZÀ-Þ][\w.&'’-]{1,30}$")  # '... — Diário': the outlet's one word
_FOR_OUTLET = re.compile(  # '... for Reuters ->', '... pour Le Journal': whom it was written for
    r"\s+(?:for|für|pour|para|per|voor)\s+(?:(?:the|le|la|el|il|o|a|de|het|der|die|das)\s+)?"
    r"(?P<outlet>[A-ZÀ-Þ][\w.&'’-]*(?:\s+[A-ZÀ-Þ][\w.&'’-]*){0,3})"
    r"\s*(?:->|→|›|»|>)?$"
)
_NAME_ROLE = re.compile(  # 'Ana de Vries redacteur Politiek', 'Jo Lee, reporter': a name, then its job
    rf"^(?P<name>[^\W\d_][\w.'’ -]{{2,60}}?),?\s+"
    rf"(?P<role>(?i:{_ROLES})(?:\s+(?i:{_ROLES}))?(?:\s+[A-ZÀ-Þ][\w&'’-]*){{0,2}})$"
)


def _name_and_role(text: str, wires: Registry) -> Byline | None:
    """'Ana de Vries redacteur Politiek', 'Jo Lee, senior reporter': a person's name and a job
    title after it (perhaps with its desk's name), nothing else: the name is the byline."""
    match = _NAME_ROLE.match(text.strip()) if len(text) <= 100 else None
    if match is None or not is_person_name(match.group("name").strip(), wires):
        return None
    return Byline((match.group("name").strip(),))


def read_byline(text: str, wires: Registry) -> Byline | None:
    """The byline in a line like 'By Mike Stone and Costas Pitas', 'Jane Doe, Reuters' or
    'Por Ana Ruiz (EFE)', a wire's credit line ('AP', 'Redacción / EFE', 'AP Story.'), or None."""
    via_wire = _VIA.fullmatch(text.strip())
    if via_wire is not None and (wire := wires.name(via_wire.group("wire"), any_case=True)):
        return Byline(via=wire)  # '(via Agência Brasil)'
    bracketed_line = _BRACKETED.match(text.strip())  # '(door: Anna de Vries)'
    match = _BYLINE.match(bracketed_line.group("inner").strip() if bracketed_line else text.strip())
    if match is None:
        wire = wires.name(text) or _desk_and_wire(text, wires) or _wire_credit_line(text, wires)
        if wire:
            return Byline(via=wire)
        return (
            _names_comma_wire(text, wires)
            or (Byline() if is_role_line(text) else None)
            or _name_and_role(text, wires)
        )
    rest, bracketed = match.group("rest"), None
    trailing = _TRAILING_WIRE.search(rest)
    if trailing and (bracketed := wires.name(trailing.group("wire"), any_case=True)):
        rest = rest[: trailing.start()]  # 'Por Ana Ruiz (EFE)'
    found = split_names(rest, wires, any_case=True)
    if found is None and (outlet := _OUTLET_TAIL.search(rest)):
        found = split_names(rest[: outlet.start()], wires, any_case=True)  # 'Por Ana Souza — Diário'
    if found is None and (written_for := _FOR_OUTLET.search(rest)):
        found = split_names(rest[: written_for.start()], wires, any_case=True)
        wire = wires.name(written_for.group("outlet"), any_case=True)
        found = (found[0], found[1] or wire) if found is not None else None
    if found is None:
        return None
    names, via = found[0], found[1] or bracketed
    kind = match.group("kind")
    return Byline(names, via, _KINDS.get(kind.casefold()) if kind else None)
