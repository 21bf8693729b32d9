"""Reading a content file's fields through its spec: each field by the reader its type names.

A field read "own" is left to the loader (a reference to check, a list of entries); every
other field is read here, so a new plain field needs no code in the loader.
"""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from generator.load.fields import Fields
from generator.load.spec import NO_DEFAULT, Field, Spec
from generator.text.markdown_limits import check_field


def read_fields(fields: Fields, spec: Spec, tz: ZoneInfo) -> dict[str, Any]:
    """The value of every field of `spec` not read "own", by name, as its model holds it.

    A field required `unless` a flag is read after the flag (`published` after `draft`)."""
    values: dict[str, Any] = {}
    for field in sorted(spec.fields, key=lambda f: f.unless is not None):
        if field.read != "own":
            lifted = field.unless is not None and bool(values.get(field.unless))
            values[field.name] = read_field(
                fields, field, spec.default(field), tz, field.required and not lifted
            )
    return values


def read_field(fields: Fields, field: Field, default: Any, tz: ZoneInfo, required: bool) -> Any:
    """One field's value (its model's `default` when it is absent or wrong)."""
    name = field.name
    default = None if default is NO_DEFAULT else default
    if field.read in ("text", "markdown"):
        text = fields.text(name, required, default)
        if field.read == "markdown":
            check_field(fields, name, text)
        return default if not text and default is not None else text  # kind: '' is news
    if field.read == "url":
        return fields.url(name, required)
    if field.read == "when":
        when = fields.when(name, tz, required)
        return when[0] if when else None
    if field.read == "list":
        return tuple(text for text, _ in fields.text_list(name) if text)
    if field.read == "flag":
        return fields.boolean(name, default)
    if field.read == "integer":
        return fields.integer(name, default)
    raise ValueError(f"{name}: a field read '{field.read}' is read by its loader")
