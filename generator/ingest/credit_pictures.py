"""A picture's credit read as a byline: 'PHOTO JANE DOE, AGENCE FRANCE-PRESSE', 'Foto di Mario
Rossi, ANSA'. The word for a picture before the names says whom the photograph is owed to: its
names are no authors of the text and its agency is no wire of it."""

from __future__ import annotations

import re

_PICTURE_WORD = re.compile(
    r"(?:photos?|fotos?|fotograf[íi]as?|photographs?|bild(?:er)?|images?|imagen(?:es)?|imagens?)"
    r"(?:\s+(?:by|de|di|da|do|von|van|par))?\s+(?=\w)",
    re.I,
)


def is_picture_credit(name: str) -> bool:
    """True when a name a byline reader found opens with the word for a picture, then a
    capitalised word ('PHOTO LOÏC DUPONT', 'Foto di Mario Rossi'); one regex match at the start
    of the name."""
    match = _PICTURE_WORD.match(name.strip())
    return match is not None and name.strip()[match.end()].isupper()
