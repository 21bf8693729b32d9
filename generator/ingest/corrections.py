"""Corrections and refile notes: said about the article, not part of it.

'Correction: An earlier version of this article ...', 'An earlier version ...', a wire's
'(Corrects spelling of name in paragraph 3)' or '(Refiles to fix typo)', and the same in German,
French, Spanish, Italian, Dutch, Portuguese and Japanese ('Korrektur:', 'Une version précédente
de cet article ...', '(見出しを明確にして再送します)') move to the article's `corrections` list,
word for word. A wire's update markers ('(Adds comment in paragraph 4)') are not corrections:
`story_extras.is_wire_marker` takes those.
"""

from __future__ import annotations

import re

from generator.ingest.model import Block, Evidence, Kind, Removal, Step

MAX_WORDS = 120
_LABEL = re.compile(
    r"^[\[(*]?\s*(?:corrections?|clarifications?|correction and clarification|rectificatif|rectification"
    r"|correctif|erratum|errata|korrektur|richtigstellung|berichtigung|corrección|fe de errores|aclaración"
    r"|correzione|rettifica|errata corrige|correctie|rectificatie|correção|retificação|訂正|おわび)"
    r"\s*(?:\([^)]{0,40}\)|\d{1,2}[./]\d{1,2}[./]\d{2,4})?\s*[:：.–—-]\s*\S",
    re.I,
)
_EARLIER_VERSION = re.compile(
    r"^[\[(*]?\s*(?:editor'?s'? note\s*:\s*)?(?:"
    r"(?:an|a)\s+(?:earlier|previous|prior)\s+version\s+of\s+this"
    r"|this\s+(?:article|story|report|piece)\s+(?:has\s+been|was)\s+(?:corrected|amended|updated\s+to\s+correct)"
    r"|une\s+(?:version\s+)?(?:précédente|première)\s+(?:version\s+)?de\s+cet\s+article|dans\s+une\s+"
    r"(?:précédente|première)\s+version|cet\s+article\s+a\s+été\s+(?:corrigé|rectifié)"
    r"|in\s+einer\s+(?:früheren|ersten|vorherigen)\s+(?:version|fassung)|dieser\s+(?:artikel|text|beitrag)"
    r"\s+wurde\s+(?:korrigiert|berichtigt)"
    r"|una\s+versión\s+(?:anterior|previa)\s+de\s+est[ae]|en\s+una\s+versión\s+(?:anterior|previa)"
    r"|est[ae]\s+(?:artículo|noticia|información)\s+(?:ha\s+sido|fue)\s+corregid[ao]"
    r"|una\s+(?:versione\s+precedente|precedente\s+versione)\s+di\s+questo|in\s+una\s+(?:precedente|prima)"
    r"\s+versione|questo\s+articolo\s+è\s+stato\s+(?:corretto|rettificato)"
    r"|in\s+een\s+(?:eerdere|vorige)\s+versie|dit\s+artikel\s+is\s+(?:gecorrigeerd|aangepast)"
    r"|uma\s+versão\s+anterior\s+d(?:est)?[ea]|(?:numa|em\s+uma)\s+versão\s+anterior"
    r"|est[ea]\s+(?:artigo|notícia|texto)\s+foi\s+(?:corrigid[oa]|retificad[oa])"
    r")\b",
    re.I,
)
_WIRE_NOTE = re.compile(
    r"^\(\s*(?:corrects?|correcting|refiles?|refiled|fixes|clarifies|removes\s+erroneous|withdraws)\b"
    r"[^()]*(?:\([^()]*\)[^()]*)*\)$",
    re.I,
)
_JAPANESE_NOTE = re.compile(
    r"^[(（※][^()（）]{2,80}(?:再送します|訂正します|訂正しました|削除しました)[)）]?$"
)


def is_correction(text: str) -> bool:
    """A correction, a note that an earlier version was wrong, or a wire's refile note."""
    text = text.strip()
    if len(text.split()) > MAX_WORDS:
        return False
    return bool(
        _LABEL.match(text)
        or _EARLIER_VERSION.match(text)
        or _WIRE_NOTE.match(text)
        or _JAPANESE_NOTE.match(text)
    )


def take_corrections(blocks: list[Block]) -> Step:
    """The blocks without their corrections, which go to the evidence word for word."""
    kept: list[Block] = []
    removals: list[Removal] = []
    notes: list[str] = []
    for block in blocks:
        if block.kind not in (Kind.HEADING, Kind.SUBHEADING) and is_correction(block.text):
            removals.append(Removal.of(block, "correction", "correction moved to metadata"))
            notes.append(block.text.strip())
        else:
            kept.append(block)
    return Step(kept, tuple(removals), Evidence(corrections=tuple(notes)))
