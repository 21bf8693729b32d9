"""Credits a dateline or a credit line names: a wire of the registry among several ('dpa/lno',
'AFP y EFE'), or an agency the registry does not know, named or written as one ('Agencia
Andaluza de Noticias', 'TMNews')."""

from __future__ import annotations

import re

from generator.model.wires import Registry


def registry_wire(text: str, wires: Registry) -> str | None:
    """The registry's name of a bracketed credit naming one wire or a wire's desk ('dpa/lno')."""
    return wires.name(text.strip(), any_case=True) or first_wire(text, wires)


_SEVERAL = re.compile(r"\s*[/,;&]\s*|\s+(?:und|and|et|y|e|en|con|with|avec|mit|met|com)\s+", re.I)


_AGENCY = re.compile(
    r"\b(?:news\ agency|press\ agency|agency|agence|agencia|agenzia|agência|nachrichtenagentur"
    r"|presseagentur|persbureau|persagentschap|news\ service|presse?dienst)\b|通信社$",
    re.I | re.X,
)
AGENCY_MAX_WORDS = 6
_ACRONYM = re.compile(r"^(?=(?:.*[A-Z]){2})[A-Z][A-Za-z]{1,11}$")  # 'TMNews', 'NINA', 'HINA'


def agency_named(text: str) -> str | None:
    """A news agency the registry does not know, named as one: 'National Iraqi News Agency',
    'Agencia Andaluza de Noticias'; the name as printed, or None."""
    text = text.strip(" .,;:()")
    words = text.split()
    return (
        text if 1 < len(words) <= AGENCY_MAX_WORDS and text[:1].isupper() and _AGENCY.search(text) else None
    )


def wire_shaped(text: str) -> str | None:
    """A dated dateline's bracketed credit that the registry does not know but that is written as
    an agency writes its name ('TMNews'), not as a place or a word ('(File)', '(France)')."""
    return text if _ACRONYM.match(text) else None


def first_wire(text: str, wires: Registry) -> str | None:
    """The first wire of a credit naming a wire's desk or several wires: 'dpa/lno', 'AFP, Reuters',
    'AFP y EFE'."""
    return next((w for part in _SEVERAL.split(text) if part and (w := wires.name(part))), None)
