"""A Japanese photo caption in the newspapers' form: what the picture shows, then '＝' and when,
where or by whom it was taken ('倒れたビル＝2日午前、輪島市', '被害を受けた家屋＝共同')."""

from __future__ import annotations

import re

from generator.ingest.shapes import CJK_LETTER

CAPTION_MIN_CJK = 4  # the scene: a few characters of Japanese before the sign
TAIL_MAX_CHARS = 60  # the tail is a time, a place and a credit, never a paragraph
_EQUALS = re.compile(r"[=＝]")
_TAIL_MARK = re.compile(  # a day or time of day, a photographer's or agency's credit, a viewpoint
    r"[0-9０-９]{1,2}\s*日|午前|午後|未明|撮影|提供|共同|時事|ロイター|ＡＰ|\bAP\b|ＡＦＰ|\bAFP\b|から$"
)


def is_equals_caption(text: str) -> bool:
    """True for a line of Japanese that does not end a sentence ('。') and whose text after its
    first '＝' (or '=') is a short tail naming a day or time, a credit or a viewpoint: the form of
    a Japanese newspaper's photo caption. One split and two searches of the line: linear."""
    text = text.strip()
    if text.endswith(("。", ".")):
        return False
    match = _EQUALS.search(text)
    if match is None:
        return False
    scene, tail = text[: match.start()], text[match.end() :].strip()
    return (
        len(CJK_LETTER.findall(scene)) >= CAPTION_MIN_CJK
        and 0 < len(tail) <= TAIL_MAX_CHARS
        and _TAIL_MARK.search(tail) is not None
    )
