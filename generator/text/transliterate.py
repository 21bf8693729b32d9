"""Text in any script written in ASCII letters, for ids and slugs: 'Москва' -> 'Moskva'.

anyascii (ISC licence) transliterates every Unicode character it knows, Cyrillic, Greek,
Arabic, Hebrew, Chinese and Japanese included; `urls.slugify` alone drops what is not Latin,
so two titles in another script gave the same, empty, slug.
"""

from __future__ import annotations

from anyascii import anyascii


def in_ascii(text: str) -> str:
    """`text` transliterated to ASCII; ASCII text is returned as it is."""
    return text if text.isascii() else anyascii(text)
