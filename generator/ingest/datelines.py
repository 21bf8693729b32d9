"""Datelines: where a story was filed, and the wire that filed it ('LONDON, Nov 3 (Reuters) -').

A dateline opens the first paragraph. Its forms, in every language ingest reads and with any
dash ('-', '–', '—', '--', '.-'), with or without spaces round it:

- a place, perhaps a day (after a comma, a full stop, or a space when it is a day and its month:
  'PUERTO ELLIS 3 Mar. (EFE) -'), and a wire (or the outlet) in brackets: 'LONDON, Nov 3 (Reuters) -',
  'KYIV, Ukraine (AP) —Russian ...', 'HAVENSTAD (ANP) - ', 'Madrid, 14 mar (EFE).-',
  'YEREVAN. Oct 2 (Interfax) -', a registry wire closed by a full stop ('Havenstad (dpa). Die ...'),
  a wire between slashes ('MOSCOW, March 14. /TASS/.'), a day and
  a wire alone ('Sept 18 (Reuters) - '); with a day, a credit the registry does not know but
  written as an agency writes its name ('Roma, 8 nov. (TMNews) -') is the wire too;
- the wire first: '(ANSA) - ROMA, 14 MAR -', '(AFP) PARIS — ', '(dpa) Berlin – '; or alone
  before a dash or a bar ('EFE.- ', 'AFP — ', 'dpa | ', '(EFE).- '), or in brackets before a
  colon ('(Reuters): ', any script after it);
- bracketed Japanese forms: '[ワシントン 17日 ロイター] - ' and '【ワシントン共同】' (the wire is any
  of the registry's spellings at the end of the brackets), or a correspondent's '【ワシントン=山田太郎】'
  (or '【ワシントン山田太郎】', a place in katakana glued to the name in kanji), or a place alone
  that the lead names again within its first 40 characters ('【亀山】三重県亀山市は…'; a label such
  as '【速報】' is not named again);
- a place alone: 'NEW DELHI: ', 'PORT-ELLIS: ', 'Port Ellis — ', 'Hafenstadt - ', 'BERLIN. ',
  'Madrid, España (20 mayo 2020).- ', a place in capitals in brackets before a dash ('(HAVENSTAD) —
  '; one word of fewer than five capitals is an agency's acronym), a place in capitals whose
  dash the copy glued to the lead ('HAVENSTAD -Alle ...');
- a place and a dash before the credit in brackets: 'HAVENSTAD - (dpa) Die ...' (a wire of the
  registry, or an outlet's short code in capitals and figures, '(TV4)', which is no wire);
- a wire's name without brackets before a place closed by a full stop: 'dpa Havenstad. Die ...',
  or after a place and before a bar: 'HAVENSTAD/ELLIS dpa | Die ...';
- a print dateline, a place in capitals and the filer's code, no dash: 'HAVENSTAD (mm). Die ...'
  (`dateline_caps_code`); a place in capitals and a state's postal code: 'SEATON, TX—It ...';
- scraped onto lines of its own: 'Washington' / 'CNN' / '—' before the lead (`dateline_lines`).

The wire is any wire of the site's registry, in any spelling it knows.
"""

from __future__ import annotations

import re
from dataclasses import replace

from generator.ingest.credit_names import agency_named, first_wire, registry_wire, wire_shaped
from generator.ingest.dateline_caps_code import caps_code_dateline
from generator.ingest.dateline_credits import credit_dateline
from generator.ingest.dateline_forms import bracketed_caps_place, byline_shaped, unwired_dateline
from generator.ingest.dateline_labels import media_cue
from generator.ingest.furniture_words import ARCHIVE_WORDS, BANNER_WORDS, LABEL_WORDS, MEDIA_WORDS
from generator.ingest.model import Block, Evidence, Removal
from generator.ingest.shapes import DASH, PARAGRAPH_WORDS, is_paragraph_like, is_sentence, word_count
from generator.model.wires import Registry

PLACE = r"[A-ZÀ-Þ][A-Za-zÀ-ÿ.'’ /-]{1,40}?(?:,\s*[A-ZÀ-Þ][A-Za-zÀ-ÿ.'’ -]{1,30}?)?(?:\s*\[[^\]]{1,30}\])?"
DAY = r"[^(),]{0,25}?\d[^(),]{0,12}?"  # 'Nov 3', '14 mar', '14': a dateline's day, any language
_AFTER = rf"\s*(?:\.?\s*{DASH}|:)\s*(?=\S)"
_MANGLED_DASH = r"(?:\s\?|\s?\ufffd)\s*(?=\S)"  # a dash the copy turned into ' ? ' or '�'
# 'LONDON, Nov 3 (Reuters) -', 'YEREVAN. Oct 2 (Interfax) -', 'Ville (Pays) (AFP) – ',
# 'PUERTO ELLIS 3 Mar. (EFE) -' (a day and its month after a space, no comma)
_DATELINE = re.compile(
    rf"^(?P<place>{PLACE}(?:\s*\((?P<region>[^()]{{2,30}})\))?)(?:(?:[,.]\s*|\s+(?=\d{{1,2}}\.?\s+[^\W\d_]{{3}}))(?P<date>{DAY}))?"
    rf"\s*\((?P<wire>[^()]{{2,40}})\)(?:{_AFTER}|(?P<mangled>{_MANGLED_DASH}))"
)
_REGION = re.compile(
    r"^[A-ZÀ-Þ][\w'’.-]*(?:[ -](?:[a-zà-ÿ]{1,3} )?[A-ZÀ-Þ][\w'’.-]*){0,2}$"
)  # 'France', 'Gard
_MONTH_STOP = re.compile(r"^[A-ZÀ-Þ][a-zà-ÿ]{2,4}\.\s+\d{1,2}\s*\(")  # 'Oct. 20 (': a day, no place
_DAY_WIRE_DATELINE = re.compile(  # 'Sept 18 (Reuters) - ': a day and a wire, no place
    rf"^(?P<date>[A-ZÀ-Þ][a-zà-ÿ]{{2,9}}\.?\s+\d{{1,2}}|\d{{1,2}}\.?\s+[A-ZÀ-Þa-zà-ÿ]{{3,9}}\.?)"
    rf"\s*\((?P<wire>[^()]{{2,40}})\){_AFTER}"
)
_SLASH_DATELINE = re.compile(  # 'MOSCOW, March 14. /TASS/. '
    rf"^(?P<place>{PLACE})(?:,\s*(?P<date>{DAY}))?\.?\s*/(?P<wire>[^/\s][^/]{{1,30}})/\s*[.:]?\s*"
    rf"(?:{DASH}\s*)?(?=\S)"
)
_CAPS_DATELINE = re.compile(
    r"^(?P<place>[A-ZÀ-Þ][A-ZÀ-Þ.'’ /-]{2,40}(?:,\s*(?:[A-Z]{2}|[A-ZÀ-Þ][A-Za-zÀ-ÿ.' -]{2,30}))?)"
    rf"(?:,\s*(?P<date>{DAY}))?"
    r"(?:\s*[–—]{1,2}\s*|\s*-{1,2}\s+|\s*:\s+|\s+-(?=[A-ZÀ-Þ][a-zà-ÿ]))(?=[A-ZÀ-Þ0-9\"“‘'«„])"
)  # 'GENOVA -Ore 9 ...': a hyphen the copy glued to the lead's first word, a space before it;
# 'SEATON, TX—It ...': a state's postal code as the region, the dash glued
_CAPS_STOP = (  # 'BERLIN. Die ...': capitals without dots, then a full stop
    r"(?P<place>[A-ZÀ-Þ]{3,}(?:[ /-][A-ZÀ-Þ]{2,}){0,3})\.\s+(?=[A-ZÀ-Þ\"“‘'«„][a-zà-ÿ])"
)
_CAPS_STOP_DATELINE = re.compile("^" + _CAPS_STOP)
_CAPS_ARTICLE_DATELINE = re.compile(  # 'WASHINGTON The U.S. Senate ...', 'HAVENSTAD «Il ...': capitals, then
    r"^(?P<place>[A-ZÀ-Þ]{4,}(?:[ -][A-ZÀ-Þ]{2,}){0,2})\s+"  # an article or an opening quotation mark
    r"(?=(?:The|A|An|Der|Die|Das|Ein|Eine|Le|La|Les|Un|Une|El|Los|Las|Il|Lo|Gli|De|Het|Een|O|Os|As|Um|Uma)\s"
    r"|[«“„\"][A-ZÀ-Þ])"
)
_NAME_WORD = r"[A-ZÀ-Þ][a-zà-ÿ'’.]+(?:-[A-ZÀ-Þ]?[a-zà-ÿ'’.]+)?"
_TITLE_STOP = (  # 'Dessau-Roßlau. Ein Tisch ...', 'Frankfurt am Main. Die ...'
    r"(?P<place>[A-ZÀ-Þ][a-zà-ÿß]{3,}(?:(?:-[a-zà-ÿ]{1,3})*-[A-ZÀ-Þ][a-zà-ÿß]+)*"  # 'Port-au-Ville'"
    r"(?: (?:am|an der|im|ob der|sur|upon) [A-ZÀ-Þ][a-zà-ÿß]+)?)"
    r"\.\s+(?=[A-ZÀ-Þ\"“„«][a-zà-ÿ])"
)
_TITLE_STOP_DATELINE = re.compile("^" + _TITLE_STOP)
PARTICLE = r"(?:de|del|da|do|di|la|le|am|an|van|aan|den|sur|upon|on)"
_TITLE_DATELINE = re.compile(
    rf"^(?P<place>{_NAME_WORD}(?:[ /](?:{PARTICLE} )?{_NAME_WORD}){{0,2}}"
    rf"(?:,\s*{_NAME_WORD}(?: {_NAME_WORD})?)?)"
    r"(?:\s+[-–—]{1,2}\s+|\s*[–—]\s*|-\s+)(?=[A-ZÀ-Þ\"“‘'«„])"  # 'Podgorica, Montenegro- The': glued hyphen
)
PLACE_WORD = r"[A-ZÀ-Þ][\w.'’-]*"
_WIRE_FIRST_DATELINE = re.compile(
    rf"^\((?P<wire>[^()]{{2,30}})\)\s*(?:{DASH}\s*)?"
    rf"(?P<place>{PLACE_WORD}(?:[ /](?:{PARTICLE} )?{PLACE_WORD}){{0,3}})"
    r"(?:,\s*(?P<date>\d{1,2}\.?\s+[A-ZÀ-Þa-zà-ÿ]{3,9}\.?(?:\s+\d{4})?))?"
    rf"\s*{DASH}\s*(?=\S)"
)
_BRACKET_DATELINE = re.compile(
    r"^[\[［](?P<place>[^\]］\s]{1,20})\s+(?P<date>\d{1,2}日)\s+(?P<wire>[^\]］]{2,20})[\]］]\s*[-–—]?\s*"
)
_KAKKO_DATELINE = re.compile(r"^【(?P<inner>[^】]{2,40})】\s*")
KAKKO_PLACE_MAX = 15
_KAKKO_DAY = re.compile(r"\d{1,2}月\d{1,2}日")
_NO_DASH_DATELINE = re.compile(  # 'HAVENSTAD, Calif. (AP) The ...', 'Havenstad (dpa). Die ...'
    rf"^(?P<place>{PLACE})(?:[,.]\s*(?P<date>{DAY}))?\s*\((?P<wire>[^()]{{2,40}})\)\.?\s+(?=[A-ZÀ-Þ\"“‘'«„][a-zà-ÿ]?)"
)
_WIRE_ALONE = re.compile(  # '(Reuters) The ...', '(Reuters): ...', '(ロイター)：...'
    r"^\((?P<wire>[^()]{2,30})\)(?:\s*[:：]\s*(?=\S)|\s+(?=[A-ZÀ-Þ\"“‘'«„]))"
)
_WIRE_LEAD = re.compile(  # 'EFE.- El puerto ...', 'AFP — Le port ...', 'dpa | Die Fähre ...', '(EFE).- '
    rf"^(?:\((?P<bracketed>[^()]{{2,30}})\)|(?P<wire>[^\W\d][\w.&'’ -]{{0,29}}?))"
    rf"\s*(?:\.?\s*{DASH}|\|)\s*(?=[A-ZÀ-Þ\"“‘'«„¿¡])"
)
_PLACE_STOP_DASH = re.compile(  # 'Havenstad.- ', 'Puerto Ellis, Oeste.- ': a place, a full stop and a dash
    rf"^(?P<place>{PLACE})\s*\.\s?{DASH}\s*(?=[A-ZÀ-Þ0-9\"“‘'«„¿¡])"
)
_BRACKETED_PLACE = re.compile(  # '(Havenstad) Les ...': the place in brackets opening the text
    r"^\((?P<place>[A-ZÀ-Þ][a-zà-ÿ'’]+(?:[ -](?:de |du |la |le )?[A-ZÀ-Þ][a-zà-ÿ'’]+){0,2})\)"
    r"\s+(?=[A-ZÀ-Þ\"“«])"
)
_BRACKET_LABEL = re.compile(rf"^(?:{LABEL_WORDS}|{MEDIA_WORDS}|{BANNER_WORDS}|{ARCHIVE_WORDS})$", re.I | re.X)
_PLACE_DAY = re.compile(  # 'Madrid, España (20 mayo 2020).- ', 'Reuters (March 4, 2024) | '
    rf"^(?P<place>{PLACE})\s*\((?P<date>[^()]{{4,40}})\)(?:{_AFTER}|\s*\|\s*(?=\S))"
)

Found = tuple[re.Match[str], str, Evidence, str | None]


def strip_dateline(
    block: Block, outlet_name: str, wires: Registry
) -> tuple[Block, Removal | None, Evidence, str | None]:
    """The first paragraph without its dateline, the removal, the evidence (place, wire) and the
    day named; the paragraph as it was and no removal when it has none."""
    text = block.text
    found = (
        _wire_dateline(text, outlet_name, wires)
        or _japanese_dateline(text, wires)
        or _plain_dateline(text, wires)
    )
    if found is None:
        return block, None, Evidence(), None
    match, place, evidence, day = found
    place = _unlabelled(place)
    reason = "byline moved to metadata" if evidence.authors and not place else "dateline moved to metadata"
    removal = Removal.of(block, "dateline", reason, match.group(0).strip())
    return block.with_text(text[match.end() :]), removal, replace(evidence, dateline=place or None), day


_GLUED_MEDIA_LABEL = re.compile(rf"^(?:{MEDIA_WORDS})(?=[A-ZÀ-Þ]{{4}})", re.I | re.X)


def _unlabelled(place: str) -> str:
    """The place without a media label the copy glued in front of it, both in capitals
    ('VIDEOHAVENSTAD' -> 'HAVENSTAD'); a place in capitals only, the label one of a picture,
    a video's or a sound's words (never 'live', which places open with)."""
    if place.upper() != place:
        return place
    return _GLUED_MEDIA_LABEL.sub("", place)


def _wire_dateline(text: str, outlet_name: str, wires: Registry) -> Found | None:
    """A place, perhaps a day, and a wire (or the outlet) in brackets or slashes; or the wire first."""
    credited = credit_dateline(text, wires)  # 'HAVENSTAD - (dpa) Die ...', 'HAVENSTAD dpa | Die ...'
    if credited is not None:
        return credited[0], _place(credited[1]), Evidence(via=credited[2]), None
    for pattern in (_DATELINE, _SLASH_DATELINE):
        match = pattern.match(text)
        if match is not None and pattern is _DATELINE and not _plain_wired(match, wires):
            continue
        if match is not None:
            org = match.group("wire").strip()
            wire = wires.name(org, any_case=True) or first_wire(org, wires)
            if wire is None and (match.group("date") or agency_named(org)):
                wire = agency_named(org) or wire_shaped(org)  # a wire the registry does not know
            if wire is not None or (pattern is _DATELINE and is_org(org, outlet_name)):
                place = unglued_place(match.group("place"), wire, wires)
                if _MONTH_STOP.match(match.group(0)):
                    place = ""  # 'Oct. 20 (UPI) --': a month and its day, no place
                return match, place, Evidence(via=wire), match.group("date")
    match = _DAY_WIRE_DATELINE.match(text)
    if match is not None and (wire := wires.name(match.group("wire"), any_case=True)):
        return match, "", Evidence(via=wire), match.group("date")
    match = _WIRE_FIRST_DATELINE.match(text)
    if match is not None and (wire := _first_wire_credit(match, wires)):
        return match, _place(match.group("place")), Evidence(via=wire), match.group("date")
    match = _PLACE_DAY.match(text)
    if match is not None and any(c.isdigit() for c in match.group("date")):
        wire = wires.name(match.group("place").strip(), any_case=True)  # a wire in the place's stead
        return match, "" if wire else _place(match.group("place")), Evidence(via=wire), match.group("date")
    # No dash after the brackets: only a wire the registry knows ('(Reuters) The ...'), so a
    # place and a bracketed aside ('PARIS (France) The ...') is never taken for a dateline.
    match = _NO_DASH_DATELINE.match(text)
    if match is not None and (wire := registry_wire(match.group("wire"), wires)):
        return (
            match,
            unglued_place(match.group("place"), wire, wires),
            Evidence(via=wire),
            match.group("date"),
        )
    match = _WIRE_ALONE.match(text)
    if match is not None and (wire := registry_wire(match.group("wire"), wires)):
        return match, "", Evidence(via=wire), None
    match = _wire_word_place(text, wires)  # 'dpa Havenstad. Die ...'
    if match is not None:
        return match, _place(match.group("place")), Evidence(via=wires.name(match.group("wire"))), None
    match = _WIRE_LEAD.match(text)
    if match is not None and _running_text(text[match.end() :]):
        bracketed = match.group("bracketed")
        wire = registry_wire(bracketed, wires) if bracketed else wires.name(match.group("wire").strip())
        if wire is not None:
            return match, "", Evidence(via=wire), None
    return None


_WIRE_WORD = r"^(?P<wire>[^\W\d][\w&.’-]{1,15})\s+"
_WIRE_WORD_PLACES = tuple(  # 'dpa Havenstad. Die ...', 'AFP PORT ELLIS. Le ...': no brackets, no dash
    re.compile(_WIRE_WORD + place) for place in (_TITLE_STOP, _CAPS_STOP)
)


def _wire_word_place(text: str, wires: Registry) -> re.Match[str] | None:
    """'dpa Havenstad. Die ...': a wire's name as the registry prints it (no brackets), then a
    place closed by a full stop before a paragraph's words; the place not a wire's name itself."""
    for pattern in _WIRE_WORD_PLACES:
        match = pattern.match(text)
        if (
            match is not None
            and wires.name(match.group("wire")) is not None
            and wires.name(match.group("place"), any_case=True) is None
            and word_count(text[match.end() :]) >= PARAGRAPH_WORDS
        ):
            return match
    return None


def _plain_wired(match: re.Match[str], wires: Registry) -> bool:
    """Whether a place-first dateline with a region in brackets before the wire's ('Aigues (France)
    (AFP) – '), or a dash the copy mangled into '?' ('PORT ELLIS, Fla. (AP) ? '), names a wire of
    the registry, the region a place's capitalised words and no wire: no agency-shaped guess and
    no outlet's own name is read in either. Any other dateline: True."""
    region, mangled = match.group("region"), match.group("mangled")
    if region is None and mangled is None:
        return True
    if registry_wire(match.group("wire"), wires) is None:
        return False
    return region is None or (
        _REGION.match(region.strip()) is not None
        and not _BRACKET_LABEL.match(region.strip())
        and wires.name(region, any_case=True) is None
    )


def _first_wire_credit(match: re.Match[str], wires: Registry) -> str | None:
    """The wire of '(ANSA) - ROMA, 14 MAR -': a wire of the registry; with a day, as for a
    place-first dateline, also a credit written as an agency writes its name ('(TMNews) -')."""
    org = match.group("wire").strip()
    known = wires.name(org, any_case=True) or first_wire(org, wires)
    if known is not None or not match.group("date"):
        return known
    return agency_named(org) or wire_shaped(org)


_UNGLUED_PLACE_RE = re.compile(r"^(?P<first>\S+?)(?=[A-ZÀ-Þ][a-zà-ÿ])(?P<rest>\S.*)$")


def unglued_place(text: str, wire: str | None, wires: Registry) -> str:
    """The dateline's place, without a wire's name the copy glued in front ('LusaLisboa')."""
    place = _place(text)
    glued = _UNGLUED_PLACE_RE.match(place)
    if glued and wire is not None and wires.name(glued.group("first"), any_case=True) == wire:
        return glued.group("rest")
    return place


def _japanese_dateline(text: str, wires: Registry) -> Found | None:
    """'[ワシントン 17日 ロイター] - ', '【ワシントン共同】' (a place and a wire's spelling), or a
    correspondent's '【ワシントン=山田太郎】' (the name is the author)."""
    match = _BRACKET_DATELINE.match(text)
    if match is not None:
        wire = wires.name(match.group("wire"), any_case=True)
        return match, match.group("place"), Evidence(via=wire), None
    match = _KAKKO_DATELINE.match(text)
    if match is None:
        return None
    inner = match.group("inner")
    place, equals, who = inner.replace("＝", "=").partition("=")
    if equals:
        ok = 0 < len(place) <= KAKKO_PLACE_MAX and bool(who)
        return (match, place, Evidence(authors=(who,)), None) if ok else None
    for spelling in wires.spellings():  # longest first: 'AFP時事' before '時事'
        place = inner.removesuffix(spelling)
        if place != inner and _KAKKO_DAY.fullmatch(place.strip()):  # '【2月14日 AFP】': a day, no place
            return match, "", Evidence(via=wires.name(spelling, any_case=True)), None
        if place != inner and 0 < len(place) <= KAKKO_PLACE_MAX and not place.endswith((" ", "・")):
            return match, place, Evidence(via=wires.name(spelling, any_case=True)), None
    glued = _KATAKANA_PLACE_NAME.fullmatch(inner)
    if glued is not None and not glued.group("who").endswith(_DESKS):
        # '【ワシントン山田太郎】': a place in katakana, the reporter's name in kanji ('【パリ支局】': a desk)
        return match, glued.group("place"), Evidence(authors=(glued.group("who"),)), None
    if _KAKKO_PLACE.fullmatch(inner) and inner in text[match.end() : match.end() + KAKKO_ECHO_CHARS]:
        return match, inner, Evidence(), None  # '【亀山】三重県亀山市は…': the place, named again in the lead
    return None


_KAKKO_PLACE = re.compile(r"[\u3041-\u30fa\u4e00-\u9fff々ー]{1,6}")  # kanji and kana, no figure or mark
KAKKO_ECHO_CHARS = 40  # a local paper's '【place】' opens a lead that names the place (as '<place>市')


_DESKS = ("支局", "総局", "特派員", "本社", "支社", "通信", "発", "電")
_KATAKANA_PLACE_NAME = re.compile(r"(?P<place>[\u30a1-\u30faー・]{2,12})(?P<who>[\u4e00-\u9fff々]{2,5})")


def _plain_dateline(text: str, wires: Registry) -> Found | None:
    """'NEW DELHI: ', 'PORT-ELLIS: ', 'Port Ellis — ', 'BERLIN. ', 'Havenstad.- ', '(Havenstad) ':
    a place alone before running text."""
    patterns = (
        _CAPS_DATELINE,
        _PLACE_STOP_DASH,
        _TITLE_DATELINE,
        _CAPS_STOP_DATELINE,
        _BRACKETED_PLACE,
        _TITLE_STOP_DATELINE,
        _CAPS_ARTICLE_DATELINE,
    )
    coded = caps_code_dateline(text, wires)  # 'HAVENSTAD (mm). Die ...': a print dateline
    if coded is not None:
        return coded[0], coded[1], Evidence(via=coded[2]), None
    unwired = unwired_dateline(text, wires)  # 'Havenstad, 25 lug - ', 'HAVENSTAD (Country): '
    if unwired is not None:
        return unwired[0], unwired[1], Evidence(), None
    bracketed = bracketed_caps_place(text, wires)  # '(HAVENSTAD) — A ...'
    if bracketed is not None:
        return bracketed, bracketed.group("place"), Evidence(), None
    for pattern in patterns:
        match = pattern.match(text)
        if (
            match is not None
            and any(c.islower() for c in text[match.end() : match.end() + 40])
            and wires.name(match.group("place")) is None
            and not media_cue(match.group("place"))  # 'KIJK. De ...': a video's label
            and not (pattern in _LABEL_SHAPED and _BRACKET_LABEL.match(match.group("place")))
            and _running_text(text[match.end() :])
            and (pattern not in _LABEL_SHAPED[1:] or word_count(text[match.end() :]) >= PARAGRAPH_WORDS)
        ):
            day = match.groupdict().get("date")
            if pattern is _CAPS_DATELINE and day is None and byline_shaped(match.group("place"), wires):
                return match, "", Evidence(authors=(match.group("place").strip(),)), None
            return match, _place(match.group("place")), Evidence(), day
    return None


_LABEL_SHAPED = (
    _BRACKETED_PLACE,
    _TITLE_STOP_DATELINE,
    _CAPS_ARTICLE_DATELINE,
)  # shapes a label takes too: '(Video)', 'Update.'


def _running_text(text: str) -> bool:
    """A sentence or a long line: what a dateline opens ('Name – a heading' is no dateline)."""
    return is_sentence(text) or is_paragraph_like(text) or word_count(text) >= PARAGRAPH_WORDS


_PLACE_RE = re.compile(r"\s*\[[^\]]*\]")


def _place(text: str) -> str:
    return _PLACE_RE.sub("", text).strip(" ,")


def is_org(text: str, outlet_name: str) -> bool:
    """A bracketed source that is the outlet itself, e.g. 'TOKYO (The Japan News) —'."""
    return text.casefold().removeprefix("the ") == outlet_name.casefold().removeprefix("the ")
