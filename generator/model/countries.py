"""Countries by their ISO 3166-1 codes, as CLDR (through langcodes' data) names them.

An outlet's `country` in site.yaml is a code in any case ('GB', 'gb', an old one such as 'UK')
or an English name ('United Kingdom'); `country_code` reads it, `country_name` names a code.
Loading warns about a value that names no country; such an outlet has no country page.
"""

from __future__ import annotations

import re
from functools import lru_cache

from langcodes import Language

# Codes ISO 3166 leaves to private use: never a country.
_USER_ASSIGNED = re.compile(r"AA|Q[M-Z]|X[A-JL-Z]|ZZ")


@lru_cache(maxsize=1024)
def country_code(value: str | None) -> str | None:
    """The ISO 3166-1 alpha-2 code an outlet's `country` names, upper case, as CLDR (through
    langcodes) knows it: a code in any case ('GB', 'gb'; an old one as today's: 'UK' -> 'GB')
    or an English name ('United Kingdom'). None for anything else: it has no country page."""
    if not value:
        return None
    try:
        if len(value) == 2 and value.isascii() and value.isalpha():
            found = Language.get(f"und-{value}")
        else:
            found = Language.find_name("territory", value, "en")
    except (LookupError, ValueError):
        return None
    code = found.territory
    if code is None or len(code) != 2 or _USER_ASSIGNED.fullmatch(code):
        return None
    return code if Language.make(territory=code).is_valid() else None


@lru_cache(maxsize=1024)
def country_name(code: str) -> str:
    """The English name of a country by its code (see `country_code`): 'GB' -> 'United Kingdom'."""
    return Language.make(territory=code).territory_name("en")
