"""A photo's caption or credit behind the label a page prints for screen readers: 'Image caption
A woman carries a table ...', '... Derechos de autor de la imagen Reuters', 'Bildunterschrift:
Der Hafen im Winter'."""

from __future__ import annotations

import re

from generator.ingest.shapes import word_count

CAPTION_MAX_WORDS = 60
_X = re.IGNORECASE | re.VERBOSE
_CAPTION_LABEL = re.compile(  # the label, then the caption
    r"""(?:image\ caption|photo\ caption|pie\ de\ (?:foto|imagen|página\ de\ la\ imagen)
       |legenda\ da\ (?:foto|imagem)|légende\ (?:de\ l['’]image|de\ la\ photo|photo|image)
       |bildunterschrift|bildbeschreibung|didascalia|fotobijschrift|onderschrift)\s*:?\s+\S.*""",
    _X,
)
_CREDIT_LABEL = re.compile(  # the label, then who owns the picture: at the line's end
    r"""(?:^|.*\s)(?:image\ copyright|image\ source|picture\ copyright|derechos\ de\ autor\ de\ la\ imagen
       |fuente\ de\ la\ imagen|direitos\ de\ imagem|crédito\ da\ imagem|copyright\ de\ l['’]image
       |crédit\ (?:de\ l['’]image|photo)|bildrechte|bildquelle|copyright\ dell['’]immagine
       |fotorechten|beeldrechten)\s*:?\s+\S+(?:\s+\S+){0,3}""",
    _X,
)


def is_labelled_caption(text: str) -> bool:
    """True for a line of at most `CAPTION_MAX_WORDS` words that opens with a caption label
    ('Image caption', 'Pie de foto', 'Bildunterschrift') or closes with a picture-copyright
    label and at most four words of owner ('... Image copyright Reuters'). Two anchored regular
    expressions over the one line: linear."""
    line = text.strip()
    return word_count(line) <= CAPTION_MAX_WORDS and bool(
        _CAPTION_LABEL.fullmatch(line) or _CREDIT_LABEL.fullmatch(line)
    )
