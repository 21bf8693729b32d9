"""Typed reading of one YAML mapping, reporting every problem with file, line and field.

Each loader (site config, articles, briefings) declares its fields by calling these readers;
a wrong type or a missing required field becomes a `Problem`, never an exception, so one run
reports everything that is wrong.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import langcodes

from generator.errors import Report, did_you_mean, shorten
from generator.load.dates import is_date_only, parse_when
from generator.load.yamlio import Node, NodeList
from generator.render.urls import url_problem

_MISSING = object()
_INVISIBLE = re.compile(
    "[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b\u2060\ufeff\u202a-\u202e\u2066-\u2069]"
)


def clean_text(text: str) -> tuple[str, str]:
    """NFC-normalised text without control, zero-width-space or bidi override characters.

    Returns the text and, when anything was removed, a message saying what (else '').
    Joiners (U+200C, U+200D) stay: scripts and emoji need them.
    """
    text = unicodedata.normalize("NFC", text)
    found = sorted({f"U+{ord(c):04X}" for c in _INVISIBLE.findall(text)})
    if not found:
        return text, ""
    shown = ", ".join(found[:3]) + (", ..." if len(found) > 3 else "")
    return _INVISIBLE.sub("", text), f"removed invisible or direction-changing characters ({shown})"


def type_name(value: Any) -> str:
    """How a YAML value's type is called in messages."""
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return f"a boolean ({str(value).lower()})"
    if isinstance(value, int | float):
        return f"a number ({value})"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return f"text '{shown}'"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__


class Fields:
    """Reads typed fields from one mapping; `prefix` names where it sits ('outlets.reuters')."""

    def __init__(self, node: Node, path: Path, report: Report, prefix: str = ""):
        self.node = node
        self.path = path
        self.report = report
        self.prefix = prefix

    def name(self, key: str) -> str:
        return f"{self.prefix}.{key}" if self.prefix else key

    def line(self, key: str) -> int:
        return self.node.line_of(key)

    def error(self, key: str, message: str) -> None:
        self.report.error(self.path, self.line(key), self.name(key), message)

    def warn(self, key: str, message: str) -> None:
        self.report.warn(self.path, self.line(key), self.name(key), message)

    def visible(self, field: str, text: str, line: int | None) -> str:
        """`text` without invisible or direction-changing characters, reporting any removed."""
        cleaned, removed = clean_text(text)
        if removed:
            self.report.warn(self.path, line, self.name(field), removed)
        return cleaned

    def check_unknown(self, known: Iterable[str]) -> None:
        """Warn about keys that are not fields, with a did-you-mean."""
        known = list(known)
        for key in self.node:
            if key not in known:
                self.warn(key, f"unknown field, ignored{did_you_mean(key, known)}")

    def _get(self, key: str, required: bool) -> Any:
        value = self.node.get(key, _MISSING)
        if value is _MISSING or value is None:
            if required:
                self.report.error(self.path, self.node.line, self.name(key), "required field is missing")
            return _MISSING
        return value

    def date_only(self, key: str) -> bool:
        """True when the field holds a date without a time of day ('2024-11-20')."""
        value = self._get(key, False)
        return value is not _MISSING and is_date_only(value)

    def text(self, key: str, required: bool = False, default: str | None = None) -> str | None:
        value = self._get(key, required)
        if value is _MISSING:
            return default
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            self.error(key, f"expected text, found {type_name(value)}")
            return default
        text = self.visible(key, str(value), self.line(key)).strip()
        if not text and required:
            self.error(key, "must not be empty")
            return default
        return text

    def boolean(self, key: str, default: bool = False) -> bool:
        value = self._get(key, False)
        if value is _MISSING:
            return default
        if not isinstance(value, bool):
            self.error(key, f"expected true or false, found {type_name(value)}")
            return default
        return value

    def integer(self, key: str, default: int, minimum: int = 1) -> int:
        value = self._get(key, False)
        if value is _MISSING:
            return default
        if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
            self.error(key, f"expected a whole number of at least {minimum}, found {type_name(value)}")
            return default
        return value

    def text_list(self, key: str) -> tuple[tuple[str, int], ...]:
        """A list of strings (a single string is accepted as a list of one), with lines."""
        value = self._get(key, False)
        if value is _MISSING:
            return ()
        if isinstance(value, str):
            return ((value.strip(), self.line(key)),)
        if not isinstance(value, NodeList):
            self.error(key, f"expected a list of text, found {type_name(value)}")
            return ()
        items: list[tuple[str, int]] = []
        for index, item in enumerate(value):
            if isinstance(item, bool) or not isinstance(item, str | int | float):
                self.report.error(
                    self.path,
                    value.line_of(index),
                    f"{self.name(key)}[{index}]",
                    f"expected text, found {type_name(item)}",
                )
                continue
            line = value.line_of(index)
            items.append((self.visible(f"{key}[{index}]", str(item), line).strip(), line))
        return tuple(items)

    def mapping(self, key: str, required: bool = False) -> Node | None:
        value = self._get(key, required)
        if value is _MISSING:
            return None
        if not isinstance(value, Node):
            self.error(key, f"expected a mapping of names to values, found {type_name(value)}")
            return None
        return value

    def items(self, key: str) -> NodeList | None:
        value = self._get(key, False)
        if value is _MISSING:
            return None
        if not isinstance(value, NodeList):
            self.error(key, f"expected a list, found {type_name(value)}")
            return None
        return value

    def when(self, key: str, tz: ZoneInfo, required: bool = False) -> tuple[datetime, bool] | None:
        """An aware date-time and whether only a date was given."""
        value = self._get(key, required)
        if value is _MISSING:
            return None
        try:
            return parse_when(value, tz)
        except ValueError as exc:
            self.error(key, str(exc))
            return None

    def url(self, key: str, required: bool = False) -> str | None:
        """An absolute http(s) URL with a host."""
        value = self.text(key, required)
        if value is None:
            return None
        problem = url_problem(value)
        if problem:
            self.error(key, problem)
            return None
        return value

    def language(self, key: str, default: str | None = None, limit: int | None = None) -> str | None:
        """A BCP 47 language tag ('en', 'pt-BR', 'zh-Hant-TW'), at most `limit` characters."""
        tag = self.text(key, default=default)
        if tag is None or tag == default:
            return tag
        problem = language_problem(tag, limit)
        if problem:
            self.error(key, problem)
            return default
        return tag


def language_problem(tag: str, limit: int | None = None) -> str | None:
    """Why `tag` is not a well-formed, valid BCP 47 language tag of at most `limit` characters."""
    if "_" in tag and langcodes.tag_is_valid(tag.replace("_", "-")):
        return f"'{shorten(tag)}' is not a BCP 47 language tag: write '{tag.replace('_', '-')}'"
    if "_" in tag or not langcodes.tag_is_valid(tag):
        return f"'{shorten(tag)}' is not a BCP 47 language tag like 'en' or 'pt-BR'"
    if limit is not None and len(tag) > limit:
        return (
            f"'{shorten(tag)}' is too long: {len(tag)} characters, at most {limit} "
            "(Pagefind fails on longer tags)"
        )
    return None
