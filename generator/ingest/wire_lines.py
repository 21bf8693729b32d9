"""Wire credits on the page's own short lines below the start of its text, whichever step took
them out: a line whose whole content is a wire's name, in any letter case ('efe', 'AFP',
'— dpa', 'dpa/lno'), perhaps with its desk's word or an editor's initials ('Redacción EFE',
'Nachrichtenagentur dpa', '(SE/AFP)') or the word 'source' before it ('Fonte: ANSA',
'Quelle: dpa'), a 'with' line ('avec AFP', `credit_with`), a 'from reports' line ('From AP
reports', `credit_reports`), or a copyright line naming one ('Copyright 2024 The
Associated Press. All rights reserved.').

One reader for the class, not a list of printed forms: the name is looked up in the site's
registry (`generator.model.wires`), every spelling, any case, as the line's whole content. A wire
named inside a sentence ('Reuters reported') is not a credit; nor a photo's, a video's or a
graphic's credit, nor a line beside a photo's caption or credit or between two copies of one
caption; nor any line above the text's first paragraph, where pictures and their agencies stand;
nor a line under a list header ('Recommended', 'More from Politics'), where wires credit other
stories' headlines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.ingest.credit_reports import reports_credit
from generator.ingest.credit_with import with_wire
from generator.ingest.line_rule import LineRule, first_match
from generator.ingest.list_rules import opens_a_list
from generator.ingest.model import Block
from generator.model.wires import Registry

CREDIT_LINE_MAX_CHARS = 200  # a copyright footer of the sets is under 160; a longer line is text
_COPYRIGHT = re.compile(r"©|\(c\)\s|\bcopyright\b", re.I)
_PICTURE = re.compile(
    r"(?<!\w)(?:photos?|fotos?|images?|imagen(?:es)?|imagens?|immagin[ei]|bild(?:er)?|pictures?|afbeelding"
    r"|videos?|vídeos?|grafik|graphics?|infograf\w*|illustrations?|archiv\w*)(?!\w)|写真|画像|映像|動画",
    re.I,
)
_DESK = re.compile(r"\s*/\s*[A-Za-z]{1,5}$")  # 'dpa/lno': a wire and its desk's initials
_EDGES = " \t()[]{}<>-–—.,;:!|/*•·"
_PHOTO_RULES = ("photo-credit", "photo-caption")
_DESK_WORD = re.compile(  # a newsroom's or an agency's word before the wire's name
    r"^(?:redacci[oó]n|reda[cç][aã]o|redazione|r[eé]daction|redaktion|redactie|newsroom|news\s+desk"
    r"|nachrichtenagentur|agentur|agencia|ag[eê]ncia|agenzia|agence|news\s+agency|press\s+agency"
    r"|fonte|fuente|source|quelle|bron)"  # 'Fonte: ANSA', 'Quelle: dpa': the text's source
    r"\s*:?\s+(?P<wire>\S.{0,40})$",
    re.I,
)
_INITIALS = re.compile(r"[A-Z]{1,4}|[a-z]{1,4}")  # 'SE', 'lno': an editor's or a desk's initials


def line_wire(text: str, wires: Registry, footer: bool = True) -> str | None:
    """The wire a short line names as its whole content, or (when the line may be the page's
    footer) in a copyright line; else None."""
    text = " ".join(text.split())
    if not text or len(text) > CREDIT_LINE_MAX_CHARS or _PICTURE.search(text):
        return None
    if _COPYRIGHT.search(text):
        found = wires.find(text) if footer else None
        return found.name if found is not None else None
    credited = with_wire(text, wires) or reports_credit(text, wires)[1]  # 'avec AFP', 'From AP reports'
    if credited is not None:
        return credited
    bare = _DESK.sub("", text).strip(_EDGES)
    named = wires.name(bare, any_case=bare.islower())  # 'efe' as a sign-off; 'Map' is a button
    return named or _labelled_wire(bare, wires)


def _labelled_wire(text: str, wires: Registry) -> str | None:
    """A wire named with its desk's word or an editor's initials, nothing else: 'Redacción EFE',
    'Nachrichtenagentur dpa', 'SE/AFP' (initials before the wire; a photographer's name before
    it, 'Jo Lee/AFP', is a picture's credit)."""
    desk = _DESK_WORD.match(text)
    if desk is not None:
        return wires.name(desk.group("wire"), any_case=True)
    *initials, last = text.split("/")
    if initials and all(_INITIALS.fullmatch(part.strip()) for part in initials):
        return wires.name(last.strip())
    return None


def page_wire(
    page: Sequence[Block], body: Sequence[Block], rules: tuple[LineRule, ...], wires: Registry
) -> str | None:
    """The wire credited by the first line of `page` below the first line of the `body` (the
    text as cleaned) that names one as its whole content, or by a copyright line below its last
    line (the footer: a '©' inside the text marks a picture); a line beside a photo's caption or
    credit, or beside a '©', names the picture's agency, not the text's. Failing those, the
    first source line above the text's end ('<Wire> | Foto: <Name>/<Agency>', `source_line_wire`:
    the line model may yet take the lines above it out of the body)."""
    lines = [block.line for block in body if block.line is not None]
    if not lines:
        return None
    start, end = lines[0], max(block.end_line or block.line or 0 for block in body)
    blocks = list(page)
    lists_from = next((i for i in range(len(blocks)) if opens_a_list(blocks, i)), len(blocks))
    for index, block in enumerate(page):
        if block.line is None or block.line <= start:
            continue
        if index >= lists_from:
            break  # under 'Recommended' or 'More from': the credits of other stories' headlines
        wire = line_wire(block.text, wires, footer=block.line > end)
        if wire is not None and not beside_a_picture(page, index, rules):
            return wire
    sources = (source_line_wire(b.text, wires) for b in page if b.line is not None and b.line <= end)
    return next((wire for wire in sources if wire is not None), None)


SOURCE_LINE_MAX_CHARS = 120  # 'Agência Brasil | Foto: Jo Lee/Agência Brasil' is under 60
_BAR = re.compile(r"\s+[|｜]\s+")


def source_line_wire(text: str, wires: Registry) -> str | None:
    """The wire of a source line, '<Wire> | Foto: <Name>/<Agency>': the line's
    first part is a wire's whole name, every other part a picture's credit (a picture's word in
    it). A wire beside a person's name or words ('Jo Lee | Foto: AFP') is a caption's credit."""
    text = " ".join(text.split())
    parts = _BAR.split(text)
    if len(text) > SOURCE_LINE_MAX_CHARS or len(parts) < 2:
        return None
    if not all(_PICTURE.search(part) for part in parts[1:]):
        return None
    first = parts[0].strip(_EDGES)
    return wires.name(first, any_case=first.islower())


def between_copies(page: Sequence[Block], index: int) -> bool:
    """True when the lines on both sides of `index` are one line printed twice: a caption the
    copy gives above and below its picture, so the line between them credits the picture."""
    if index < 1 or index + 1 >= len(page):
        return False
    before, after = " ".join(page[index - 1].text.split()), " ".join(page[index + 1].text.split())
    return bool(before) and before == after


def beside_a_picture(page: Sequence[Block], index: int, rules: tuple[LineRule, ...]) -> bool:
    """True when a line next to `index` is a photo's caption or credit, or carries a '©', or
    the line stands between two copies of a caption (`between_copies`)."""
    return between_copies(page, index) or any(
        _COPYRIGHT.search(page[i].text)
        or ((rule := first_match(page[i].text, rules)) is not None and rule.name in _PHOTO_RULES)
        for i in (index - 1, index + 1)
        if 0 <= i < len(page)
    )
