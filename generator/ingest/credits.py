"""Credits and datelines: '(Reporting by A and B; Editing by C)', '— AFP', 'LONDON, Nov 3 (Reuters) -'.

Credits move to the metadata: the people under 'Reporting by', 'Writing by' and 'Compiled by'
are authors; 'Additional reporting', editing, graphics and photo credits name contributors, who
are not authors. The '(Reporting by ...; Editing by ...)' form is Reuters house style, so it
marks the copy as coming via Reuters. A dateline at the start of the first paragraph gives the
dateline, the wire in its brackets and, when stated, the day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from generator.ingest.bylines import split_names
from generator.ingest.model import Block, Evidence, Removal, Step
from generator.ingest.shapes import is_paragraph_like
from generator.model.wires import Registry

_ROLE = (
    r"(?:additional |further )?(?:reporting|reported|writing|written|compiled|editing|edited|graphics|"
    r"photos?|photography|research|production|produced|fact-checking|translation|translated|"
    r"video|design|illustrations?)"
)
_CREDIT = re.compile(rf"\(\s*(?P<body>{_ROLE}\s+by\b[^()]*)\)\s*$", re.I)
_BARE_CREDIT = re.compile(rf"^(?P<body>{_ROLE}\s+by\b.*)$", re.I)
_AUTHOR_ROLES = re.compile(r"^(?:reporting|reported|writing|written|compiled)\s+by\s+", re.I)
_INPUTS = re.compile(
    r"\s*[(\[]?\s*(?:with (?:inputs?|agency inputs) from|with agency inputs|inputs from"
    r"|(?:source|fuente|fonte|quelle|bron|出典|出所)\s*[:：]"
    r"|with information from|con informaci(?:ón|ones) de|com informações d[aoe]s?|mit material (?:von|der)"
    r"|met informatie van|con informazioni d[ie]|avec des informations d[eu])"
    r"\s*(?P<who>[^()\[\]]*?)\s*[)\]]?\.?$",
    re.I,
)
_PAREN_WIRE = re.compile(
    r"\s*\((?:(?:avec|con|mit|met|com|with)\s+)?(?P<wire>[A-Za-zÀ-ÿ. -]{2,30})\)$", re.I
)  # '(ANI)', '(avec AFP)', '(con EFE)'; '... approved (AP).' is the sentence's own
_NAME = r"[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}"
_CONTRIBUTED = re.compile(
    r"^(?:(?:The )?Associated Press (?:writers?|reporters?|journalists?)\b.*?"
    rf"|{_NAME}(?:(?:,| and| &) {_NAME})*)"
    r" contributed(?: reporting| to this (?:report|story|article))\b[^.]*\.?$"
)
_WIRE_CONTRIBUTED = re.compile(
    r"^(?:(?:material|information|reporting|additional reporting) (?:from|by) )?(?:the )?"
    r"(?P<wire>[\w .’'-]{2,40}?) (?:contributed(?: reporting| to this (?:report|story|article))?"
    r"|was used in this (?:report|story|article))\b[^.]*\.?$",
    re.I,
)
_CONTACT = re.compile(r"^(?:--\s*)?(?:with assistance from|to contact the (?:reporter|editor)s?\b)", re.I)
_PLACE = r"[A-ZÀ-Þ][A-Za-zÀ-ÿ.'’ /-]{1,40}?(?:,\s*[A-ZÀ-Þ][A-Za-zÀ-ÿ.'’ -]{1,30}?)?(?:\s*\[[^\]]{1,30}\])?"
_DAY = r"[^(),]{0,25}?\d[^(),]{0,12}?"  # 'Nov 3', '14 mar', '14': a dateline's day, any language
_AFTER = r"\s*(?:\.?\s*[-–—]{1,2}|:)\s*(?=\S)"
_DATELINE = re.compile(
    rf"^(?P<place>{_PLACE})(?:,\s*(?P<date>{_DAY}))?\s*\((?P<wire>[^()]{{2,40}})\){_AFTER}"
)
_CAPS_DATELINE = re.compile(
    r"^(?P<place>[A-ZÀ-Þ][A-ZÀ-Þ.'’ /-]{2,40}(?:,\s*[A-ZÀ-Þ][A-Za-zÀ-ÿ.' -]{2,30})?)"
    rf"(?:,\s*(?P<date>{_DAY}))?"
    r"(?:\s*[–—]{1,2}\s*|\s*-{1,2}\s+|\s*:\s+)(?=[A-ZÀ-Þ0-9\"“‘'«„])"
)
_NAME_WORD = r"[A-ZÀ-Þ][a-zà-ÿ'’.]+(?:-[A-ZÀ-Þ]?[a-zà-ÿ'’.]+)?"
_TITLE_DATELINE = re.compile(
    rf"^(?P<place>{_NAME_WORD}(?:[ /](?:(?:de|del|da|do|di|la|le|am|an|van|aan|den) )?{_NAME_WORD}){{0,2}}"
    rf"(?:,\s*{_NAME_WORD}(?: {_NAME_WORD})?)?)"
    r"(?:\s+[-–—]{1,2}\s+|\s*[–—]\s*)(?=[A-ZÀ-Þ\"“‘'«„])"
)
_WIRE_FIRST_DATELINE = re.compile(
    r"^\((?P<wire>[^()]{2,30})\)\s*[-–—]\s*(?P<place>[A-ZÀ-Þ][A-ZÀ-Þ .'’/-]{1,30}?)"
    r"(?:,\s*(?P<date>\d{1,2}\s+[A-ZÀ-Þa-zà-ÿ]{3,9}\.?(?:\s+\d{4})?))?\s*[-–—]\s*(?=\S)"
)
_BRACKET_DATELINE = re.compile(
    r"^[\[［](?P<place>[^\]］\s]{1,20})\s+(?P<date>\d{1,2}日)\s+(?P<wire>[^\]］]{2,20})[\]］]\s*[-–—]?\s*"
)
_KAKKO_DATELINE = re.compile(
    r"^【(?P<place>[^】=＝]{1,15}?)(?:(?P<wire>共同|時事|ロイター|AFP時事|新華社|聯合)|[=＝](?P<who>[^】]{1,30}))】\s*"
)
_PLACE_DAY = re.compile(rf"^(?P<place>{_PLACE})\s*\((?P<date>[^()]{{4,40}})\){_AFTER}")


@dataclass(frozen=True)
class Credit:
    """What a credit says: authors and the wire."""

    authors: tuple[str, ...] = ()
    via: str | None = None


def read_credit(body: str, wires: Registry) -> Credit | None:
    """Authors in 'Reporting by A and B; Additional reporting by C; Editing by D', or None."""
    authors: list[str] = []
    for part in re.split(r"\s*;\s*", body.strip().rstrip(".")):
        if not re.match(rf"^{_ROLE}\s+by\b", part, re.I):
            return None
        if _AUTHOR_ROLES.match(part):
            names = split_names(_AUTHOR_ROLES.sub("", part), wires)
            if names is None:
                return None
            authors.extend(name for name in names[0] if name not in authors)
    return Credit(tuple(authors), "Reuters")


@cache
def _sign_off(wires: Registry) -> re.Pattern[str]:
    """'— AFP' closing a paragraph, for every spelling of every wire in `wires`."""
    spellings = "|".join(map(re.escape, wires.spellings()))
    return re.compile(rf"\s*(?:[—–]|--?)\s*(?P<wire>{spellings})\.?$")


def strip_credits(block: Block, wires: Registry) -> tuple[Block | None, list[Removal], Evidence]:
    """The block without a trailing credit or sign-off, what was cut, and what it said."""
    text = block.text
    removals: list[Removal] = []
    evidence = Evidence()
    contributed = _WIRE_CONTRIBUTED.match(text)
    if contributed and (wire := wires.name(contributed.group("wire"), any_case=True)):
        return None, [Removal.of(block, "credit-line", "credit line moved to metadata")], Evidence(via=wire)
    if _CONTACT.match(text) or _CONTRIBUTED.match(text):
        via = "AP" if re.search(r"\bassociated press\b", text, re.I) else None
        return None, [Removal.of(block, "credit-line", "credit line moved to metadata")], Evidence(via=via)
    for pattern in (_CREDIT, _BARE_CREDIT):
        match = pattern.search(text)
        if match and (credit := read_credit(match.group("body"), wires)) is not None:
            removals.append(
                Removal.of(block, "credit-line", "credit line moved to metadata", match.group(0).strip())
            )
            evidence = Evidence(authors=credit.authors, via=credit.via)
            text = text[: match.start()].rstrip()
            break
    for pattern in (_sign_off(wires), _INPUTS, _PAREN_WIRE):
        match = pattern.search(text)
        if not match:
            continue
        who = match.groupdict().get("wire") or match.groupdict().get("who") or ""
        wire = wires.name(who)
        if pattern is _PAREN_WIRE and wire is None:
            continue
        removals.append(
            Removal.of(block, "wire-credit", "wire credit moved to metadata", match.group(0).strip())
        )
        evidence = evidence.merge(Evidence(via=wire))
        text = text[: match.start()].rstrip()
        break
    if not text:
        return None, removals, evidence
    return block.with_text(text), removals, evidence


def strip_dateline(
    block: Block, outlet_name: str, wires: Registry
) -> tuple[Block, Removal | None, Evidence, str | None]:
    """The first paragraph without its dateline, the removal, the evidence and the day named.

    The forms: 'LONDON, Nov 3 (Reuters) -', 'HAVENSTAD (ANP) - ', 'MADRID, 14 (EUROPA PRESS) -',
    'KYIV, Ukraine (AP) —' with or without spaces round the dash, 'PORT-ELLIS: ', 'Port Ellis — ',
    'Hafenstadt - ', 'Madrid, España (20 mayo 2020).- ', Reuters' Japanese '[ワシントン 17日 ロイター] - '
    and the Japanese agencies' '【ワシントン共同】' or a correspondent's '【ワシントン=山田太郎】'.
    """
    text = block.text
    found = (
        _wire_dateline(text, outlet_name, wires) or _japanese_dateline(text, wires) or _plain_dateline(text)
    )
    if found is None:
        return block, None, Evidence(), None
    match, place, evidence, day = found
    removal = Removal.of(block, "dateline", "dateline moved to metadata", match.group(0).strip())
    return block.with_text(text[match.end() :]), removal, replace(evidence, dateline=place), day


def _wire_dateline(
    text: str, outlet_name: str, wires: Registry
) -> tuple[re.Match[str], str, Evidence, str | None] | None:
    """'LONDON, Nov 3 (Reuters) -': a place, perhaps a day, and a wire (or the outlet) in brackets."""
    match = _DATELINE.match(text)
    if match is not None:
        org = match.group("wire").strip()
        wire = wires.name(org, any_case=True) or _first_wire(org, wires)
        if wire is not None or _is_org(org, outlet_name):
            return match, _place(match.group("place")), Evidence(via=wire), match.group("date")
    match = _WIRE_FIRST_DATELINE.match(text)
    if match is not None and (wire := wires.name(match.group("wire"), any_case=True)):
        return match, _place(match.group("place")), Evidence(via=wire), match.group("date")
    match = _PLACE_DAY.match(text)
    if match is not None and any(c.isdigit() for c in match.group("date")):
        return match, _place(match.group("place")), Evidence(), match.group("date")
    return None


def _first_wire(text: str, wires: Registry) -> str | None:
    """The wire of a credit naming a wire's desk or several wires: 'dpa/lno', 'AFP, Reuters'."""
    return next(
        (w for part in re.split(r"\s*[/,;]\s*|\s+und\s+|\s+and\s+", text) if (w := wires.name(part))), None
    )


def _japanese_dateline(text: str, wires: Registry) -> tuple[re.Match[str], str, Evidence, str | None] | None:
    match = _BRACKET_DATELINE.match(text)
    if match is not None:
        wire = wires.name(match.group("wire"), any_case=True)
        return match, match.group("place"), Evidence(via=wire), None
    match = _KAKKO_DATELINE.match(text)
    if match is not None:
        wire = wires.name(match.group("wire"), any_case=True) if match.group("wire") else None
        who = match.group("who")
        return match, match.group("place"), Evidence(via=wire, authors=(who,) if who else ()), None
    return None


def _plain_dateline(text: str) -> tuple[re.Match[str], str, Evidence, str | None] | None:
    """'NEW DELHI: ', 'PORT-ELLIS: ', 'Port Ellis — ': a place alone before running text."""
    for pattern in (_CAPS_DATELINE, _TITLE_DATELINE):
        match = pattern.match(text)
        if match is not None and any(c.islower() for c in text[match.end() : match.end() + 40]):
            day = match.groupdict().get("date")
            return match, _place(match.group("place")), Evidence(), day
    return None


def _place(text: str) -> str:
    return re.sub(r"\s*\[[^\]]*\]", "", text).strip(" ,")


SPLIT_DATELINE_SEARCH = 12
_PLACE_LINE = re.compile(r"^[A-Z][\w.'’-]*(?:,? [A-Z][\w.'’-]*){0,3}$")
_DASH_LINE = re.compile(r"^[-–—]{1,2}$")


def split_dateline(blocks: list[Block], outlet_name: str, wires: Registry) -> Step:
    """A dateline scraped onto lines of its own: 'Washington' / 'CNN' / '—', before the lead."""
    for index in range(min(len(blocks), SPLIT_DATELINE_SEARCH) - 2):
        place, org = blocks[index], blocks[index + 1]
        if is_paragraph_like(place.text):
            break  # past the lead: a dateline stands before it
        dash = 1 if _DASH_LINE.match(blocks[index + 2].text) else 0
        lead = blocks[index + 2 + dash] if index + 2 + dash < len(blocks) else None
        wire = wires.name(org.text)
        if (
            _PLACE_LINE.match(place.text)
            and (wire or _is_org(org.text, outlet_name))
            and lead is not None
            and lead.text[:1].isupper()
            and len(lead.text.split()) >= 12
        ):
            taken = blocks[index : index + 2 + dash]
            removals = tuple(Removal.of(b, "dateline", "dateline moved to metadata") for b in taken)
            rest = blocks[:index] + blocks[index + 2 + dash :]
            return Step(rest, removals, Evidence(dateline=place.text, via=wire))
    return Step(blocks)


def _is_org(text: str, outlet_name: str) -> bool:
    """A bracketed source that is the outlet itself, e.g. 'TOKYO (The Japan News) —'."""
    return text.casefold().removeprefix("the ") == outlet_name.casefold().removeprefix("the ")
