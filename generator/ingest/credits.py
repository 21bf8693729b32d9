"""Credits at the foot of a paragraph or on lines of their own: '(Reporting by A; Editing by C)',
'— AFP', '(With inputs from PTI)', 'Reuters staff contributed to this report.'.

Credits move to the metadata: the people under 'Reporting by', 'Writing by' and 'Compiled by'
are authors; 'Additional reporting', editing, graphics and photo credits name contributors, who
are not authors. A wire is credited only where it is named, in any spelling of the site's
registry: a sign-off, a source or 'with inputs from' line, a wire's staff who 'contributed'. A
role credit ('Reporting by ...; Editing by ...') names people, not their newsroom: when it is the
only credit, the wire is the one the text speaks of as its own newsroom ('told Reuters', 'did
not respond to AFP's request for comment').
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from generator.ingest.bylines import split_names
from generator.ingest.credit_names import agency_named, first_wire
from generator.ingest.credit_reports import reports_credit
from generator.ingest.credit_with import WITH, with_wire
from generator.ingest.model import Block, Evidence, Removal
from generator.ingest.shapes import word_count
from generator.model.wires import Registry, wire_name

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
_SOURCE_LABELS = r"source|fuente|fonte|quelle|bron"
_PAREN_WIRE = re.compile(
    rf"\s*\((?:(?:{WITH}|via)\s+)?(?P<wire>[A-Za-zÀ-ÿ. -]{{2,30}}?)"
    r"(?:\s*/\s*(?:[a-z]{2,4}|[A-Z]{2,4}))*\)$",
    re.I,
)  # '(ANI)', '(avec AFP)', '(con EFE)', '(via Agência Brasil)', '(dpa/lby)': a wire and its desk's
# initials; '... approved (AP).' is the sentence's own
_SHORTCODE = re.compile(  # a CMS shortcode left in the text: '[sc name="sign" by="Site" source="Lusa" ]'
    r"^\[\w[\w-]*(?:\s+[\w-]+\s*=\s*[\"”“'][^\"”“'\]]*[\"”“'])+\s*/?\]$"
)
_SHORTCODE_SOURCE = re.compile(
    r"(?:source|credit|agency|via|fonte|fuente|quelle|bron)\s*=\s*[\"”“'](?P<who>[^\"”“']+)", re.I
)
_NAME = r"[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}"
_CONTRIBUTED = re.compile(  # people, no wire: 'Yuki Tanaka contributed reporting from Tokyo.'
    rf"^{_NAME}(?:(?:,| and| &) {_NAME})*"
    r" contributed(?: reporting| to this (?:report|story|article))\b[^.]*\.?$"
)
_REPORTS_FOR = re.compile(  # 'Jane Doe reports for Reuters from Tokyo.': the author and her wire
    rf"^(?P<names>{_NAME}(?:(?:,| and| &) {_NAME})*)"
    r" (?:reports|reported|writes|wrote|schreibt|schrieb|écrit|escribe|scrive|schrijft|escreve)"
    r" (?:for|für|pour|para|per|voor) (?P<org>[^.]{2,80})\.?$"
)
_JA_CREDIT = re.compile(
    r"[（(](?P<names>[^()（）:：]{2,30}?)[\s、]+(?:編集|翻訳|校正)[:：][^()（）]{1,30}[)）]\s*$"
)
_STAFF = r"staff|news|writers?|reporters?|journalists?|correspondents?|photographers?"
_CONTACT = re.compile(r"^(?:--\s*)?(?:with assistance from|to contact the (?:reporter|editor)s?\b)", re.I)


@dataclass(frozen=True)
class Credit:
    """What a role credit says: its authors (it names no wire)."""

    authors: tuple[str, ...] = ()


MARK_TAIL_WORDS = 20  # a prompt after an agency's mark ('Accedi al servizio ... e leggi il resto')
_GLUED_MARK = re.compile(  # '... registr... (© <Agency> - <rights reserved>...) Accedi al servizio ...'
    r"\s*\(\s*(?:©|\(c\)|copyright)\s*(?:\d{4}\s+)?(?P<who>[^()\-–—]{2,40}?)\s*[-–—]\s*[^()]{2,60}\)"
    r"(?P<after>[^()]*)$",
    re.I,
)
INPUTS_MAX_WORDS = 6  # 'Source: Harbour Port Authority'; a longer 'Source: ...' is a sentence


def is_credit_line(text: str) -> bool:
    """A line that credits people or a wire: a role credit, a Japanese '(記者 編集:編集者)', a
    'contributed' line, a source line naming a wire ('(source: Reuters)') (for the list rules,
    which must leave it to the credits step)."""
    source = _INPUTS.match(text)
    return (
        is_role_credit(text)
        or bool(_JA_CREDIT.search(text) or _CONTRIBUTED.match(text))
        or (
            source is not None
            and bool(wire_name(source.group("who"), any_case=True) or agency_named(source.group("who")))
        )
    )


def is_role_credit(text: str) -> bool:
    """'(Reporting by A; Editing by B)' closing a paragraph, or the same on a line of its own."""
    return bool(_CREDIT.search(text) or _BARE_CREDIT.match(text))


_READ_CREDIT_RE = re.compile(r"\s*;\s*")
_READ_CREDIT_RE2 = re.compile(rf"^{_ROLE}\s+by\b", re.I)


def read_credit(body: str, wires: Registry) -> Credit | None:
    """Authors in 'Reporting by A and B; Additional reporting by C; Editing by D', or None."""
    authors: list[str] = []
    for part in _READ_CREDIT_RE.split(body.strip().rstrip(".")):
        if not _READ_CREDIT_RE2.match(part):
            return None
        if _AUTHOR_ROLES.match(part):
            names = split_names(_AUTHOR_ROLES.sub("", part), wires)
            if names is None:
                return None
            authors.extend(name for name in names[0] if name not in authors)
    return Credit(tuple(authors))


def _spellings(wires: Registry) -> str:
    """Every spelling of every wire, as a regular expression alternation (longest first)."""
    return "|".join(map(re.escape, wires.spellings()))


@cache
def _wire_contributed(wires: Registry) -> re.Pattern[str]:
    """A credit line naming a wire: 'Reuters contributed to this report.', 'Associated Press writer
    Jo Lee in Rome contributed.', 'Material from the Associated Press was used in this report.'."""
    return re.compile(
        r"^(?:(?:material|information|reporting|additional reporting) (?:from|by) )?(?:the )?"
        rf"(?P<wire>{_spellings(wires)})(?:\s+(?:{_STAFF})\b[^.]{{0,80}}?)?"
        r"\s+(?:contributed(?: reporting| to this (?:report|story|article))?"
        r"|was used in this (?:report|story|article))\b[^.]*\.?$",
        re.I,
    )


@cache
def _source_opener(wires: Registry) -> re.Pattern[str]:
    """A source label and a wire glued before the text, perhaps with a counter the copy took
    along ('Bron: Belga 0 Het debat ...')."""
    return re.compile(
        rf"^(?:{_SOURCE_LABELS})\s*[:：]\s*(?P<wire>{_spellings(wires)})\b[\s\d|•·]*(?=[A-ZÀ-Þ\"“«„])",
        re.I,
    )


@cache
def _sign_off(wires: Registry) -> re.Pattern[str]:
    """'— AFP' closing a paragraph, for every spelling of every wire in `wires`; or a wire,
    perhaps with its desk's initials, after the last sentence's full stop ('... gesagt. dpa/lno',
    '... mit. dpa'); or a wire in Japanese lenticular brackets closing it, perhaps after the
    day in brackets ('…という(2012年07月05日)【時事通信社】')."""
    return re.compile(
        rf"\s*(?:[—–]|--?)\s*(?P<wire>{_spellings(wires)})\.?$"
        rf"|(?<=[.!?\"”“»])\s+(?P<desk>{_spellings(wires)})(?:\s*/\s*[A-Za-z]{{1,5}})*$"
        rf"|\s*(?:[(（][^()（）]{{1,20}}[)）])?\s*【\s*(?P<bracket>{_spellings(wires)})\s*】$"
    )


def _reports_for(text: str, wires: Registry) -> Evidence | None:
    """The authors and wire of 'Jane Doe reports for Reuters from Tokyo.' (a wire of the
    registry must be named: 'reports for duty' is a sentence); None for any other text."""
    match = _REPORTS_FOR.match(text.strip())
    wire = wires.find(match.group("org")) if match else None
    found = split_names(match.group("names"), wires) if match and wire else None
    if wire is None or found is None or not found[0]:
        return None
    return Evidence(authors=found[0], via=wire.name)


_STRIP_CREDITS_RE = re.compile(r"[\s、,]+")


def strip_credits(
    block: Block, wires: Registry, closing: bool = True
) -> tuple[Block | None, list[Removal], Evidence]:
    """The block without a trailing credit or sign-off, what was cut, and what it said. A
    block that does not close the text (`closing` False: running text follows it,
    `credit_signoff.closing_blocks`) keeps its sign-off's wire out of the evidence: there it
    closes a photo's caption ('The quay at dawn. EFE') and names the picture's agency."""
    text = block.text
    removals: list[Removal] = []
    evidence = Evidence()
    contributed = _wire_contributed(wires).match(text)
    if contributed:
        wire = wires.name(contributed.group("wire"), any_case=True)
        return None, [Removal.of(block, "credit-line", "credit line moved to metadata")], Evidence(via=wire)
    compiled, wire = reports_credit(text, wires)  # 'Compiled from AP reports', 'From wire reports'
    if compiled:
        return None, [Removal.of(block, "credit-line", "credit line moved to metadata")], Evidence(via=wire)
    reports = _reports_for(text, wires)
    if reports is not None:
        return None, [Removal.of(block, "credit-line", "credit line moved to metadata")], reports
    if _CONTACT.match(text) or _CONTRIBUTED.match(text):
        return None, [Removal.of(block, "credit-line", "credit line moved to metadata")], Evidence()
    shortcode = _SHORTCODE.match(text.strip())
    source = _SHORTCODE_SOURCE.search(text) if shortcode else None
    if source is not None and (wire := wires.name(source.group("who").strip(), any_case=True)):
        return None, [Removal.of(block, "wire-credit", "wire credit moved to metadata")], Evidence(via=wire)
    wire = with_wire(text, wires)
    if wire is not None:
        return None, [Removal.of(block, "wire-credit", "wire credit moved to metadata")], Evidence(via=wire)
    opener = _source_opener(wires).match(text)
    if opener:
        wire = wires.name(opener.group("wire"), any_case=True)
        removal = Removal.of(block, "wire-credit", "wire credit moved to metadata", opener.group(0).strip())
        block, text, evidence = (
            block.with_text(text[opener.end() :]),
            text[opener.end() :],
            Evidence(via=wire),
        )
        removals.append(removal)
    mark = _GLUED_MARK.search(text)
    if mark is not None and word_count(mark.group("after")) <= MARK_TAIL_WORDS and mark.start() > 0:
        wire = wires.name(mark.group("who").strip(), any_case=True)
        reason = "copyright mark and the prompt after it" if mark.group("after").strip() else "copyright mark"
        removals.append(Removal.of(block, "copyright-mark", reason, mark.group(0).strip()))
        evidence = evidence.merge(Evidence(via=wire))
        text = text[: mark.start()].rstrip()
        block = block.with_text(text)
    japanese = _JA_CREDIT.search(text)
    if japanese is not None:  # '(山田太郎 編集:田中一郎)': the reporter, then the editor
        names = tuple(n for n in _STRIP_CREDITS_RE.split(japanese.group("names")) if n)
        removal = Removal.of(block, "credit-line", "credit line moved to metadata", japanese.group(0).strip())
        rest = text[: japanese.start()].rstrip()
        return (block.with_text(rest) if rest else None), [removal], Evidence(authors=names)
    for pattern in (_CREDIT, _BARE_CREDIT):
        match = pattern.search(text)
        if match and (credit := read_credit(match.group("body"), wires)) is not None:
            removals.append(
                Removal.of(block, "credit-line", "credit line moved to metadata", match.group(0).strip())
            )
            evidence = Evidence(authors=credit.authors)
            text = text[: match.start()].rstrip()
            break
    for pattern in (_sign_off(wires), _INPUTS, _PAREN_WIRE):
        match = pattern.search(text)
        if not match:
            continue
        who = (
            match.groupdict().get("wire")
            or match.groupdict().get("desk")
            or match.groupdict().get("bracket")
            or match.groupdict().get("who")
            or ""
        )
        wire = wires.name(who) or first_wire(who, wires) or agency_named(who)
        if pattern is _PAREN_WIRE and wire is None:
            continue
        if pattern is _INPUTS and wire is None and len(who.split()) > INPUTS_MAX_WORDS:
            continue  # 'Quelle: Die Polizei teilte mit, ...': a sentence, not a credit
        removals.append(
            Removal.of(block, "wire-credit", "wire credit moved to metadata", match.group(0).strip())
        )
        if closing or pattern is _INPUTS or pattern is _PAREN_WIRE:  # a sign-off above more text: a caption's
            evidence = evidence.merge(Evidence(via=wire))
        text = text[: match.start()].rstrip()
        break
    if not text:
        return None, removals, evidence
    return block.with_text(text), removals, evidence


@cache
def _newsroom(wires: Registry) -> re.Pattern[str]:
    """Where a text speaks of a wire as the newsroom that reported it ('told Reuters')."""
    spellings = _spellings(wires)

    def wire(n: int) -> str:
        return rf"(?:the\ )?(?P<wire{n}>{spellings})"

    return re.compile(
        rf"""\btold\ {wire(1)}\b
        | \b{wire(2)}(?:['’]s?)?\ (?:requests?|e-?mails?|calls?|questions?)\ (?:for|to|seeking)\ comment
        | \b(?:respond(?:ed)?|repl(?:y|ied))\ to\ (?:a\ |an\ )?{wire(3)}\b
        | \b(?:seen|reviewed|obtained)\ by\ {wire(4)}\b | \bin\ an\ interview\ with\ {wire(5)}\b
        | \b{wire(6)}\ (?:could\ not|was\ unable\ to|cannot)\ (?:immediately\ |independently\ )?
          (?:verify|confirm|reach|determine)""",
        re.X,
    )


def newsroom_wire(blocks: list[Block], wires: Registry) -> str | None:
    """The one wire the text speaks of as its own newsroom ('a U.S. official told Reuters',
    'did not respond to Reuters' requests to comment'); None for none or several."""
    found = {
        name
        for block in blocks
        for match in _newsroom(wires).finditer(block.text)
        if (name := wires.name(next(v for v in match.groupdict().values() if v), any_case=True))
    }
    return found.pop() if len(found) == 1 else None
