"""Words a page prints where a dateline stands that tell the reader to watch, look or listen
('KIJK. De regering ...', 'WATCH: ...', 'REGARDEZ. ...'): a video's or a sound's label before its
description, never a dateline's place. Bound: one anchored full match on the candidate place."""

from __future__ import annotations

import re

_MEDIA_CUE = re.compile(
    r"^(?:watch|listen|look|kijk|bekijk|luister|regardez|écoutez|ecoutez|mira|escucha|mirá|escuchá"
    r"|guarda|ascolta|assista|ouça|ouca|veja|schauen\ sie|hören\ sie|sehen\ sie|anschauen|anhören)$",
    re.I | re.X,
)


def media_cue(place: str) -> bool:
    """Whether a candidate place is a word telling the reader to watch or listen ('KIJK')."""
    return _MEDIA_CUE.match(place.strip(" .:")) is not None
