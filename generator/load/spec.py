"""The content contract, declared once: every field of each kind of content file.

A `Spec` lists a file kind's fields in the order they are written. `load` reads through it (the
known keys, each field's type and whether it is required; see `spec_reader`), `ingest` writes an
article's front matter through it (the names, in this order), and the field tables of
`docs/content.md` are printed from it (`python -m generator.load.spec_doc`). A field's default
is the one its model class declares (`Article.kind = "news"`), so it is written down once too.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, Literal

from generator.model.site import (
    Article,
    Briefing,
    KeyPoint,
    Outlet,
    SiteConfig,
    Storyline,
    TimelineEntry,
    Topic,
    Update,
)
from generator.model.wires import Wire

# How the loader reads a field: by its type ("text", "markdown": text under the Markdown
# limits, "url": an http(s) URL, "when": a date or date-time, "list": a list of text, "flag":
# true or false, "integer": a whole number >= 1), or "own": by code of the loader's own
# (a reference to check, a list of entries, a value that fills more than one attribute).
Read = Literal["text", "markdown", "url", "when", "list", "flag", "integer", "own"]
NO_DEFAULT = dataclasses.MISSING


@dataclass(frozen=True)
class Field:
    """One key of a content file."""

    name: str
    type: str  # as docs/content.md names it: "text", "outlet slug", "date-time"
    doc: str  # the meaning, one line; "{choices}" is replaced by the choices
    read: Read = "text"
    required: bool = False
    unless: str | None = None  # a flag field that lifts `required` ("draft" for `published`)
    choices: tuple[str, ...] = ()  # the values the loader expects (others: a warning or an error)
    items: Spec | None = None  # the spec of each entry of a list of mappings
    attribute: str | None = None  # the model attribute it fills, when not `name`
    shown_default: str | None = None  # the docs' default column, when the model's default cannot say it

    @property
    def fills(self) -> str:
        """The model attribute this field fills."""
        return self.attribute or self.name

    @property
    def type_name(self) -> str:
        """The type as docs name it; a list of mappings names its keys: list of `{date, text}`."""
        if self.items is not None and not self.type:
            return "list of `{" + ", ".join(self.items.names) + "}`"
        return self.type

    @property
    def meaning(self) -> str:
        return self.doc.replace("{choices}", either(self.choices))


@dataclass(frozen=True)
class Spec:
    """The fields of one kind of content file (or of one entry of it), in written order."""

    kind: str  # what the file or entry is, in words: "an article's front matter"
    model: type  # the frozen dataclass the loader fills
    fields: tuple[Field, ...]

    @property
    def names(self) -> tuple[str, ...]:
        """The known keys, in order: any other key is reported as unknown."""
        return tuple(f.name for f in self.fields)

    def __getitem__(self, name: str) -> Field:
        for field in self.fields:
            if field.name == name:
                return field
        raise KeyError(name)

    def default(self, field: Field) -> Any:
        """The model's default for the attribute `field` fills (`NO_DEFAULT` when it has none)."""
        declared = {f.name: f for f in dataclasses.fields(self.model)}[field.fills]
        if declared.default_factory is not dataclasses.MISSING:
            return declared.default_factory()
        return declared.default

    def model_values(self, values: dict[str, Any]) -> dict[str, Any]:
        """Keyword arguments for the model from field values by name (a KeyError names a field
        the loader read neither by its type nor by code of its own)."""
        return {f.fills: values[f.name] for f in self.fields}


def either(choices: tuple[str, ...]) -> str:
    """'a, b or c'."""
    return ", ".join(choices[:-1]) + " or " + choices[-1] if len(choices) > 1 else "".join(choices)


ARTICLE_KINDS = ("news", "analysis", "opinion", "explainer", "interview", "live", "factcheck")
OUTLET_KINDS = (
    "newspaper",
    "wire",
    "agency",
    "broadcaster",
    "magazine",
    "digital",
    "blog",
    "government",
    "ngo",
    "other",
)
UPDATE_KINDS = ("update", "correction")

ARTICLE = Spec(
    "an article's front matter",
    Article,
    (
        Field("title", "text", "the headline", required=True),
        Field("outlet", "outlet slug", "who published it; must be in `outlets:`", "own", required=True),
        Field(
            "url",
            "http(s) URL",
            "the original; without it the source list says the link was not recorded",
            "url",
        ),
        Field(
            "published",
            "date-time",
            "with its UTC offset; a naive time is read in the outlet's time zone",
            "when",
            required=True,
            unless="draft",
        ),
        Field("updated", "date-time", "must not be before `published`", "when"),
        Field("authors", "list of text", "bylines (editors are not authors)", "list"),
        Field(
            "via",
            "text",
            'wire credit when the outlet ran agency copy: `Reuters` shows as "Reuters via The Japan '
            "News\", and the article counts as Reuters' reporting, not its publisher's (see below)",
        ),
        Field("dateline", "text", "e.g. `WASHINGTON`"),
        Field("dek", "text", "the subtitle"),
        Field("kind", "text", "{choices}", choices=ARTICLE_KINDS),
        Field("paywalled", "true/false", "marked in source lists", "flag"),
        Field(
            "corrections",
            "list of text",
            "corrections the outlet printed, as it printed them, in page order; shown in source "
            'lists under "Correction by the outlet:"',
            "list",
        ),
        Field(
            "draft",
            "true/false",
            "left out unless `--drafts`, and a note built without it may not cite it; a draft "
            "without `published` is left out of every build (ingest writes one when the page gives no time)",
            "flag",
        ),
        Field(
            "review",
            "list of text",
            "notes for an editor (ingest writes them for provisional metadata); each is printed as a warning",
            "list",
        ),
    ),
)

POINT = Spec(
    "a key point",
    KeyPoint,
    (
        Field("text", "Markdown", "the point", "markdown", required=True),
        Field("sources", "list of article ids", "the articles it rests on", "own"),
    ),
)
TIMELINE_ENTRY = Spec(
    "a timeline entry",
    TimelineEntry,
    (
        Field("date", "date or date-time", "when it happened", "own", required=True),
        Field("text", "Markdown", "what happened", "markdown", required=True),
        Field("sources", "list of article ids", "the articles that report it", "own"),
    ),
)
UPDATE = Spec(
    "an update",
    Update,
    (
        Field("date", "date or date-time", "when; not before the briefing's `date`", "own", required=True),
        Field("kind", "text", "{choices}", "own", required=True, choices=UPDATE_KINDS),
        Field("text", "Markdown", "what changed", "markdown", required=True),
    ),
)

BRIEFING = Spec(
    "a briefing note",
    Briefing,
    (
        Field("title", "text", "the story's headline", required=True),
        Field(
            "date",
            "date or date-time",
            "when the briefing was published (naive: site time zone); a future date is warned about",
            "own",
            required=True,
        ),
        Field("updated", "date-time", "last substantive update; must not be before `date`", "when"),
        Field("summary", "Markdown", "two or three sentences: what happened", "markdown", required=True),
        Field(
            "key_points",
            "",
            "`text` is Markdown, `sources` article ids; a plain string is a point that cites "
            "nothing, which is warned about",
            "own",
            items=POINT,
            shown_default="`[]` (warned)",
        ),
        Field("why_it_matters", "Markdown", 'shown under "Why it matters"', "markdown"),
        Field("whats_next", "Markdown", 'shown under "What\'s next"', "markdown"),
        Field(
            "topics",
            "list of topic slugs or aliases",
            "unknown ones are errors with a did-you-mean",
            "own",
            shown_default="`[]` (warned)",
        ),
        Field(
            "sources",
            "list of article ids",
            "the articles the story rests on; articles cited in `key_points` or `timeline` are added",
            "own",
            shown_default="`[]` (warned)",
        ),
        Field("timeline", "", "dated events, shown oldest first", "own", items=TIMELINE_ENTRY),
        Field(
            "related",
            "list of briefing slugs",
            'shown first under "Related briefings", then stories sharing topics',
            "own",
        ),
        Field(
            "draft",
            "true/false",
            'drafts are validated but built only with `--drafts` (on in `briefing serve`), marked "Draft"',
            "flag",
        ),
        Field(
            "storyline",
            "storyline slug",
            "the developing story this briefing belongs to; must be declared under `storylines:` "
            "in `site.yaml`",
        ),
        Field(
            "updates",
            "",
            "the note's visible history: `kind` is `update` or `correction`; `date` must not be "
            "before `date`; see below",
            "own",
            items=UPDATE,
        ),
    ),
)

# site.yaml. `load/config.py` reads it through these specs: the known keys, the fields read by
# their type, the defaults (the models'); a field read "own" is read by its code.
TOPIC = Spec(
    "a topic",
    Topic,
    (
        Field("name", "text", "as shown on pages", required=True),
        Field("description", "text (Markdown)", "shown on the topic index and the topic page", "markdown"),
        Field(
            "aliases",
            "list of text",
            "other names notes may use (matched ignoring case); each alias names one topic only",
            "own",
        ),
        Field(
            "parent",
            "topic slug",
            "the broader topic; a parent's page lists its children's stories too. Cycles are refused",
            "own",
        ),
    ),
)
OUTLET = Spec(
    "an outlet",
    Outlet,
    (
        Field("name", "text", "e.g. `The Japan News`", required=True),
        Field("url", "http(s) URL", "the outlet's home page", "url"),
        Field("country", "text", "ISO 3166 code or name"),
        Field(
            "language",
            "text",
            "the language it publishes in (an article whose own text is, with 0.95 confidence,"
            " in another language is read in that one)",
            "own",
        ),
        Field(
            "timezone",
            "IANA name",
            "naive times in this outlet's articles are read in it",
            "own",
            shown_default="the site's",
        ),
        Field("kind", "text", "one of {choices} (others are warned about)", choices=OUTLET_KINDS),
    ),
)
STORYLINE = Spec(
    "a storyline",
    Storyline,
    (
        Field(
            "name",
            "text",
            "the storyline's title, e.g. `US weapons for Ukraine and Russia's answer`",
            required=True,
        ),
        Field("description", "text (Markdown)", "shown on its page and in its page description", "markdown"),
    ),
)
WIRE = Spec(
    "a wire",
    Wire,
    (
        Field("full_name", "text", "the agency's full name", shown_default="the entry's name"),
        Field("aliases", "list of text", "other spellings of it in bylines and `via`", "list"),
    ),
)
SITE = Spec(
    "`site.yaml`",
    SiteConfig,
    (
        Field("title", "text", "the site's name, in every page title and the header", required=True),
        Field(
            "description",
            "text",
            "one sentence on the home page, in the footer and the page descriptions",
        ),
        Field(
            "base_url",
            "http(s) URL",
            "the full public URL, e.g. `https://user.github.io/repo/`; its path (`/repo/`) is carried "
            "by every link. `--base-url` overrides it for one build",
            "own",
            required=True,
        ),
        Field("language", "text", "the `lang` of every page (BCP 47)", "own"),
        Field(
            "timezone",
            "IANA name",
            "the zone briefing dates are shown in, and naive briefing times are read in",
            "own",
        ),
        Field("author", "text", "the publisher's name (the newsroom or analyst)"),
        Field(
            "per_page",
            "whole number ≥ 1",
            "stories per page on the home and topic pages (outlet pages list 50 articles a page)",
            "integer",
        ),
        Field(
            "excerpt_words",
            "whole number ≥ 1",
            "words of each source article quoted in source lists",
            "integer",
        ),
        Field(
            "feed_length",
            "whole number ≥ 1",
            "entries in the Atom and JSON feeds (the newest by last update)",
            "integer",
        ),
        Field(
            "publish_full_text",
            "true/false",
            "republish articles' full text; leave false unless you hold the rights",
            "flag",
        ),
        Field("topics", "mapping slug → topic", "the controlled topic vocabulary, below", "own", items=TOPIC),
        Field(
            "outlets",
            "mapping slug → outlet",
            "the publishers articles come from, below",
            "own",
            items=OUTLET,
        ),
        Field(
            "storylines",
            "mapping slug → storyline",
            "developing stories that notes of several days belong to, below",
            "own",
            items=STORYLINE,
        ),
        Field(
            "wires",
            "mapping name → wire",
            "news agencies beyond the built-in ones, or more spellings of one (see docs/ingest.md)",
            "own",
            items=WIRE,
            shown_default="`{}`",
        ),
    ),
)
SPECS = (SITE, TOPIC, OUTLET, STORYLINE, WIRE, ARTICLE, BRIEFING, POINT, TIMELINE_ENTRY, UPDATE)
