"""`site.yaml`: the site's settings, its topic vocabulary and its outlets."""

from __future__ import annotations

from pathlib import Path

from generator.errors import ContentError, Report, UsageError, did_you_mean, shorten
from generator.load.dates import zone
from generator.load.fields import Fields, type_name
from generator.load.textfile import read_source
from generator.load.yamlio import Node, YamlError, load_yaml
from generator.model.site import Outlet, SiteConfig, Storyline, Topic
from generator.model.wires import DEFAULT, Registry, Wire, wire_key, with_extra
from generator.render.urls import base_url_problem, slug_problem
from generator.text.markdown_limits import check_field

CONFIG_FILE = "site.yaml"
SITE_FIELDS = (
    "title",
    "description",
    "base_url",
    "language",
    "timezone",
    "author",
    "per_page",
    "excerpt_words",
    "feed_length",
    "publish_full_text",
    "topics",
    "outlets",
    "storylines",
    "wires",
)
# Pagefind (1.5) cuts a name for the search index from a hash in hex that drops each byte's
# leading zero (20 to 40 digits, usually 37 to 40) at the length of the page language plus 8, and
# fails when the hash is shorter: a 31-character tag failed 5 builds of 16. At 20 characters that
# needs 13 of its 20 bytes under 16, a chance of about 1 in 10^11.
MAX_SITE_LANGUAGE = 20
TOPIC_FIELDS = ("name", "description", "aliases", "parent")
STORYLINE_FIELDS = ("name", "description")
OUTLET_FIELDS = ("name", "url", "country", "language", "timezone", "kind")
WIRE_FIELDS = ("full_name", "aliases")
MAX_WIRE_SPELLING = 80  # characters of a wire's name or alias (the longest built-in is 33)
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


def load_config(root: Path) -> SiteConfig:
    """Read `site.yaml` under `root`; raise ContentError listing every error."""
    report = Report(root)
    config = read_config(root, report)
    if report.errors:
        raise ContentError(report.sorted())
    return config


def read_config(root: Path, report: Report, base_url: str | None = None) -> SiteConfig:
    """Read and validate `site.yaml`, reporting problems; `base_url` overrides the file's."""
    path = root / CONFIG_FILE
    if not path.is_file():
        raise UsageError(f"no {CONFIG_FILE} in {root}: run from the project root or pass --root")
    if base_url is not None:
        problem = base_url_problem(base_url)
        if problem:
            raise UsageError(f"--base-url: {problem}")
    data = _parse(path, report)
    fields = Fields(data, path, report)
    fields.check_unknown(SITE_FIELDS)

    if base_url is not None:
        data["base_url"] = base_url
    url = fields.text("base_url", required=True)
    if url is not None and (problem := base_url_problem(url)):
        fields.error("base_url", problem)
        url = None
    timezone = fields.text("timezone", default="UTC") or "UTC"
    try:
        zone(timezone)
    except ValueError as exc:
        fields.error("timezone", str(exc))
        timezone = "UTC"
    _read_wires(fields, path, report)  # checked with the rest of the file; `load_wires` gives them
    return SiteConfig(
        title=fields.text("title", required=True) or "Untitled",
        description=fields.text("description", default="") or "",
        base_url=_with_slash(url or "http://localhost/"),
        language=fields.language("language", default="en", limit=MAX_SITE_LANGUAGE) or "en",
        timezone=timezone,
        author=fields.text("author", default="") or "",
        per_page=fields.integer("per_page", default=10),
        excerpt_words=fields.integer("excerpt_words", default=60),
        feed_length=fields.integer("feed_length", default=20),
        publish_full_text=fields.boolean("publish_full_text", default=False),
        topics=_read_topics(fields, path, report),
        outlets=_read_outlets(fields, path, report),
        storylines=_read_storylines(fields, path, report),
    )


def _parse(path: Path, report: Report) -> Node:
    """The settings mapping of `site.yaml`.

    A file that does not parse, or is not a mapping, raises ContentError with that problem
    alone: checking the content against settings that could not be read would only report
    problems that are not there (every topic and outlet unknown)."""
    text = read_source(path, report)  # the limits and decoding of content files
    if text is None:
        raise ContentError(report.sorted())
    try:
        data = load_yaml(text)
    except YamlError as exc:
        report.error(path, exc.line, "", str(exc))
        raise ContentError(report.sorted()) from None
    if not isinstance(data, Node):
        report.error(path, 1, "", f"expected a mapping of settings, found {type_name(data)}")
        raise ContentError(report.sorted())
    return data


def _with_slash(url: str) -> str:
    return url if url.endswith("/") else url + "/"


def _entries(fields: Fields, key: str, path: Path, report: Report) -> list[tuple[str, Fields]]:
    """The `slug: {...}` entries of a section, each slug checked."""
    section = fields.mapping(key)
    if section is None:
        return []
    entries = []
    for slug, value in section.items():
        where = f"{key}.{slug}"
        line = section.line_of(slug)
        problem = slug_problem(slug)
        if problem:
            report.error(path, line, f"{key}.{shorten(slug)}", problem)
            continue
        if not isinstance(value, Node):
            report.error(path, line, where, f"expected a mapping of fields, found {type_name(value)}")
            continue
        entries.append((slug, Fields(value, path, report, where)))
    return entries


def _read_topics(fields: Fields, path: Path, report: Report) -> dict[str, Topic]:
    topics: dict[str, Topic] = {}
    names: dict[str, str] = {}
    entries = _entries(fields, "topics", path, report)
    slugs = [slug for slug, _ in entries]
    for slug, entry in entries:
        entry.check_unknown(TOPIC_FIELDS)
        aliases = []
        for alias, line in entry.text_list("aliases"):
            key = alias.casefold()
            if key in names or key in slugs:
                report.error(
                    path,
                    line,
                    f"{entry.prefix}.aliases",
                    f"'{alias}' already names topic '{names.get(key, key)}'",
                )
                continue
            names[key] = slug
            aliases.append(alias)
        parent = entry.text("parent")
        if parent is not None and parent not in slugs:
            entry.error("parent", f"unknown topic '{parent}'{did_you_mean(parent, slugs)}")
            parent = None
        topics[slug] = Topic(
            slug=slug,
            name=entry.text("name", required=True) or slug,
            description=_markdown(entry, entry.text("description", default="") or ""),
            aliases=tuple(aliases),
            parent=parent,
        )
    _check_cycles(topics, fields, path, report)
    return topics


def _check_cycles(topics: dict[str, Topic], fields: Fields, path: Path, report: Report) -> None:
    for slug in topics:
        seen, current = {slug}, topics[slug].parent
        while current is not None:
            if current in seen:
                report.error(
                    path, fields.line("topics"), f"topics.{slug}.parent", "topic parents form a cycle"
                )
                break
            seen.add(current)
            current = topics[current].parent


def _read_storylines(fields: Fields, path: Path, report: Report) -> dict[str, Storyline]:
    storylines: dict[str, Storyline] = {}
    for slug, entry in _entries(fields, "storylines", path, report):
        entry.check_unknown(STORYLINE_FIELDS)
        storylines[slug] = Storyline(
            slug=slug,
            name=entry.text("name", required=True) or slug,
            description=_markdown(entry, entry.text("description", default="") or ""),
        )
    return storylines


def _read_outlets(fields: Fields, path: Path, report: Report) -> dict[str, Outlet]:
    outlets: dict[str, Outlet] = {}
    for slug, entry in _entries(fields, "outlets", path, report):
        entry.check_unknown(OUTLET_FIELDS)
        timezone = entry.text("timezone")
        if timezone is not None:
            try:
                zone(timezone)
            except ValueError as exc:
                entry.error("timezone", str(exc))
                timezone = None
        kind = entry.text("kind", default="newspaper") or "newspaper"
        if kind not in OUTLET_KINDS:
            entry.warn(
                "kind",
                f"unusual outlet kind '{kind}'{did_you_mean(kind, OUTLET_KINDS)}; "
                f"known kinds: {', '.join(OUTLET_KINDS)}",
            )
        outlets[slug] = Outlet(
            slug=slug,
            name=entry.text("name", required=True) or slug,
            url=entry.url("url"),
            country=entry.text("country"),
            language=entry.language("language"),
            timezone=timezone,
            kind=kind,
        )
    return outlets


def _markdown(entry: Fields, description: str) -> str:
    """A topic's or storyline's description, reported at its line when it is over a Markdown limit."""
    check_field(entry, "description", description)
    return description


def load_wires(root: Path) -> Registry:
    """The wire registry of the site at `root`: the built-in wires and the `wires:` entries of its
    `site.yaml` (a new wire, or more spellings of a known one). Ingest credits and the analysis
    compare wires through it. Raise ContentError listing every problem of the entries."""
    path = root / CONFIG_FILE
    if not path.is_file():
        raise UsageError(f"no {CONFIG_FILE} in {root}: run from the project root or pass --root")
    report = Report(root)
    entries = _read_wires(Fields(_parse(path, report), path, report), path, report)
    if report.errors:
        raise ContentError(report.sorted())
    return with_extra(entries)


def _read_wires(fields: Fields, path: Path, report: Report) -> tuple[Wire, ...]:
    """The `wires:` entries: `NAME: {full_name: ..., aliases: [...]}`, each spelling at most
    MAX_WIRE_SPELLING characters and naming one wire only (a built-in one's spellings add to it)."""
    section = fields.mapping("wires")
    if section is None:
        return ()
    wires: list[Wire] = []
    owners: dict[str, str] = {}  # a spelling's key -> the name of the site entry that has it
    for name, value in section.items():
        where = f"wires.{shorten(str(name))}"
        line = section.line_of(name)
        name = str(name).strip()
        known = DEFAULT.lookup(name, any_case=True)
        owner = known.name if known else name
        problem = _spelling_problem(name, owner, owners)
        if problem is not None:
            report.error(path, line, where, problem)
            continue
        if value is not None and not isinstance(value, Node):
            report.error(path, line, where, f"expected a mapping of fields, found {type_name(value)}")
            continue
        owners[wire_key(name)] = owner
        if value is None:  # 'HINA:' alone: a wire known by its name only
            wires.append(Wire(name, name))
            continue
        entry = Fields(value, path, report, where)
        entry.check_unknown(WIRE_FIELDS)
        full_name = entry.text("full_name") or name
        if (problem := _spelling_problem(full_name, owner, owners)) is not None:
            entry.error("full_name", problem)
            full_name = name
        owners[wire_key(full_name)] = owner
        aliases: list[str] = []
        for index, (alias, alias_line) in enumerate(entry.text_list("aliases")):
            if (problem := _spelling_problem(alias, owner, owners)) is not None:
                report.error(path, alias_line, f"{where}.aliases[{index}]", problem)
                continue
            owners[wire_key(alias)] = owner
            aliases.append(alias)
        wires.append(Wire(name, full_name, tuple(aliases)))
    return tuple(wires)


def _spelling_problem(spelling: str, owner: str, owners: dict[str, str]) -> str | None:
    """Why `spelling` cannot be a spelling of the wire `owner`, or None."""
    if not wire_key(spelling) or len(spelling) > MAX_WIRE_SPELLING:
        return f"a spelling must be 1 to {MAX_WIRE_SPELLING} characters"
    known = DEFAULT.lookup(spelling, any_case=True)
    other = known.name if known else owners.get(wire_key(spelling))
    if other is not None and other != owner:
        return f"'{spelling}' already names the wire '{other}'"
    return None
