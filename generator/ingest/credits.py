"""Credits and datelines: '(Reporting by A and B; Editing by C)', '— AFP', 'LONDON, Nov 3 (Reuters) -'.

Credits move to the metadata: the people under 'Reporting by', 'Writing by' and 'Compiled by'
are authors; 'Additional reporting', editing, graphics and photo credits name contributors, who
are not authors. The '(Reporting by ...; Editing by ...)' form is Reuters house style, so it
marks the copy as coming via Reuters. A dateline at the start of the first paragraph gives the
dateline, the wire in its brackets and, when stated, the day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.ingest.bylines import split_names, wire_name
from generator.ingest.model import Block, Evidence, Removal, Step
from generator.ingest.shapes import is_paragraph_like
from generator.wires import DEFAULT

_ROLE = (
    r"(?:additional |further )?(?:reporting|reported|writing|written|compiled|editing|edited|graphics|"
    r"photos?|photography|research|production|produced|fact-checking|translation|translated|"
    r"video|design|illustrations?)"
)
_CREDIT = re.compile(rf"\(\s*(?P<body>{_ROLE}\s+by\b[^()]*)\)\s*$", re.I)
_BARE_CREDIT = re.compile(rf"^(?P<body>{_ROLE}\s+by\b.*)$", re.I)
_AUTHOR_ROLES = re.compile(r"^(?:reporting|reported|writing|written|compiled)\s+by\s+", re.I)
_WIRE_SPELLINGS = tuple(DEFAULT.spellings())
_SIGN_OFF = re.compile(rf"\s*(?:[—–]|--?)\s*(?P<wire>{'|'.join(map(re.escape, _WIRE_SPELLINGS))})\.?$")
_INPUTS = re.compile(
    r"\s*[(\[]?\s*(?:with (?:inputs?|agency inputs) from|with agency inputs|inputs from|source:)"
    r"\s*(?P<who>[^()\[\]]*?)\s*[)\]]?\.?$",
    re.I,
)
_PAREN_WIRE = re.compile(r"\s*\((?P<wire>[A-Za-z. ]{2,30})\)$")
_NAME = r"[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}"
_CONTRIBUTED = re.compile(
    r"^(?:(?:The )?Associated Press (?:writers?|reporters?|journalists?)\b.*?"
    rf"|{_NAME}(?:(?:,| and| &) {_NAME})*)"
    r" contributed(?: reporting| to this (?:report|story|article))\b[^.]*\.?$"
)
_CONTACT = re.compile(r"^(?:--\s*)?(?:with assistance from|to contact the (?:reporter|editor)s?\b)", re.I)
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_PLACE = r"[A-Z][A-Za-zÀ-ÿ.'’ -]{1,40}?(?:,\s*[A-Z][A-Za-zÀ-ÿ.'’ -]{1,30}?)?(?:\s*\[[^\]]{1,30}\])?"
_DATELINE = re.compile(
    rf"^(?P<place>{_PLACE})(?:,\s*(?P<date>{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?))?"
    r"\s*\((?P<wire>[^()]{2,40})\)\s*(?:[-–—]{1,2}|:)\s*(?=\S)"
)
_CAPS_DATELINE = re.compile(
    rf"^(?P<place>[A-Z][A-Z.'’ -]{{2,40}}(?:,\s*[A-Z][A-Za-z.' -]{{2,30}})?)"
    rf"(?:,\s*(?P<date>{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?))?"
    r"\s*(?:[-–—]{1,2}|:)\s+(?=[A-Z0-9\"“‘'])"
)


@dataclass(frozen=True)
class Credit:
    """What a credit says: authors and the wire."""

    authors: tuple[str, ...] = ()
    via: str | None = None


def read_credit(body: str) -> Credit | None:
    """Authors in 'Reporting by A and B; Additional reporting by C; Editing by D', or None."""
    authors: list[str] = []
    for part in re.split(r"\s*;\s*", body.strip().rstrip(".")):
        if not re.match(rf"^{_ROLE}\s+by\b", part, re.I):
            return None
        if _AUTHOR_ROLES.match(part):
            names = split_names(_AUTHOR_ROLES.sub("", part))
            if names is None:
                return None
            authors.extend(name for name in names[0] if name not in authors)
    return Credit(tuple(authors), "Reuters")


def strip_credits(block: Block) -> tuple[Block | None, list[Removal], Evidence]:
    """The block without a trailing credit or sign-off, what was cut, and what it said."""
    text = block.text
    removals: list[Removal] = []
    evidence = Evidence()
    if _CONTACT.match(text) or _CONTRIBUTED.match(text):
        via = "AP" if re.search(r"\bassociated press\b", text, re.I) else None
        return None, [Removal.of(block, "credit-line", "credit line moved to metadata")], Evidence(via=via)
    for pattern in (_CREDIT, _BARE_CREDIT):
        match = pattern.search(text)
        if match and (credit := read_credit(match.group("body"))) is not None:
            removals.append(
                Removal.of(block, "credit-line", "credit line moved to metadata", match.group(0).strip())
            )
            evidence = Evidence(authors=credit.authors, via=credit.via)
            text = text[: match.start()].rstrip()
            break
    for pattern in (_SIGN_OFF, _INPUTS, _PAREN_WIRE):
        match = pattern.search(text)
        if not match:
            continue
        who = match.groupdict().get("wire") or match.groupdict().get("who") or ""
        wire = wire_name(who)
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


def strip_dateline(block: Block, outlet_name: str) -> tuple[Block, Removal | None, Evidence, str | None]:
    """The first paragraph without its dateline, the removal, the evidence and the day named."""
    match = _DATELINE.match(block.text)
    wire: str | None = None
    if match:
        org = match.group("wire").strip()
        wire = wire_name(org)
        if wire is None and not _is_org(org, outlet_name):
            match = None
    if match is None:
        match = _CAPS_DATELINE.match(block.text)
        if match is None or not any(c.islower() for c in block.text[match.end() : match.end() + 40]):
            return block, None, Evidence(), None
    place = re.sub(r"\s*\[[^\]]*\]", "", match.group("place")).strip(" ,")
    removal = Removal.of(block, "dateline", "dateline moved to metadata", match.group(0).strip())
    rest = block.text[match.end() :]
    return block.with_text(rest), removal, Evidence(dateline=place, via=wire), match.group("date")


SPLIT_DATELINE_SEARCH = 12
_PLACE_LINE = re.compile(r"^[A-Z][\w.'’-]*(?:,? [A-Z][\w.'’-]*){0,3}$")
_DASH_LINE = re.compile(r"^[-–—]{1,2}$")


def split_dateline(blocks: list[Block], outlet_name: str) -> Step:
    """A dateline scraped onto lines of its own: 'Washington' / 'CNN' / '—', before the lead."""
    for index in range(min(len(blocks), SPLIT_DATELINE_SEARCH) - 2):
        place, org = blocks[index], blocks[index + 1]
        if is_paragraph_like(place.text):
            break  # past the lead: a dateline stands before it
        dash = 1 if _DASH_LINE.match(blocks[index + 2].text) else 0
        lead = blocks[index + 2 + dash] if index + 2 + dash < len(blocks) else None
        wire = wire_name(org.text)
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
