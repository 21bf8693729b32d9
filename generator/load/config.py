"""`site.yaml`: the site's settings, its topic vocabulary, its outlets and its wires.

Its keys are declared once, in `load.spec` (SITE, TOPIC, OUTLET, STORYLINE, WIRE): the known
keys, the fields read by their type, and the defaults, which are the models'. A field read
"own" is read here.
"""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

from generator.errors import ContentError, Report, UsageError, did_you_mean, shorten
from generator.load.dates import zone
from generator.load.fields import Fields, type_name
from generator.load.spec import OUTLET, SITE, STORYLINE, TOPIC, WIRE
from generator.load.spec_reader import read_fields
from generator.load.textfile import read_source
from generator.load.yamlio import Node, YamlError, load_yaml
from generator.model.countries import country_code
from generator.model.site import Outlet, SiteConfig, Storyline, Topic
from generator.model.wires import DEFAULT, Registry, Wire, wire_key, with_extra
from generator.render.urls import base_url_problem, slug_problem

CONFIG_FILE = "site.yaml"
# Pagefind (1.5) cuts a name for the search index from a hash in hex that drops each byte's
# leading zero (20 to 40 digits, usually 37 to 40) at the length of the page language plus 8, and
# fails when the hash is shorter: a 31-character tag failed 5 builds of 16. At 20 characters that
# needs 13 of its 20 bytes under 16, a chance of about 1 in 10^11.
MAX_SITE_LANGUAGE = 20
MAX_WIRE_SPELLING = 80  # characters of a wire's name or alias (the longest built-in is 33)


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
    fields.check_unknown(SITE.names)

    if base_url is not None:
        data["base_url"] = base_url
    url = fields.text("base_url", required=True)
    if url is not None and (problem := base_url_problem(url)):
        fields.error("base_url", problem)
        url = None
    default_zone = SITE.default(SITE["timezone"])
    timezone = fields.text("timezone", default=default_zone) or default_zone
    try:
        tz = zone(timezone)
    except ValueError as exc:
        fields.error("timezone", str(exc))
        timezone, tz = default_zone, zone(default_zone)
    wires = with_extra(_read_wires(fields, path, report))
    values = read_fields(fields, SITE, tz)  # title, per_page and the like, by their types
    default_language = SITE.default(SITE["language"])
    language = fields.language("language", default=default_language, limit=MAX_SITE_LANGUAGE)
    own = {
        "title": values["title"] or "Untitled",  # (missing: an error, reported)
        "base_url": _with_slash(url or "http://localhost/"),
        "language": language or default_language,
        "timezone": timezone,
        "topics": _read_topics(fields, path, report, tz),
        "outlets": _read_outlets(fields, path, report, tz),
        "storylines": _read_storylines(fields, path, report, tz),
        "wires": wires,
    }
    return SiteConfig(**SITE.model_values({**values, **own}))


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


def _read_topics(fields: Fields, path: Path, report: Report, tz: ZoneInfo) -> dict[str, Topic]:
    topics: dict[str, Topic] = {}
    names: dict[str, str] = {}
    entries = _entries(fields, "topics", path, report)
    slugs = [slug for slug, _ in entries]
    for slug, entry in entries:
        entry.check_unknown(TOPIC.names)
        values = read_fields(entry, TOPIC, tz)
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
        own = {"name": values["name"] or slug, "aliases": tuple(aliases), "parent": parent}
        topics[slug] = Topic(slug=slug, **TOPIC.model_values({**values, **own}))
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


def _read_storylines(fields: Fields, path: Path, report: Report, tz: ZoneInfo) -> dict[str, Storyline]:
    storylines: dict[str, Storyline] = {}
    for slug, entry in _entries(fields, "storylines", path, report):
        entry.check_unknown(STORYLINE.names)
        values = read_fields(entry, STORYLINE, tz)
        values["name"] = values["name"] or slug
        storylines[slug] = Storyline(slug=slug, **STORYLINE.model_values(values))
    return storylines


def _read_outlets(fields: Fields, path: Path, report: Report, tz: ZoneInfo) -> dict[str, Outlet]:
    outlets: dict[str, Outlet] = {}
    kinds = OUTLET["kind"].choices
    for slug, entry in _entries(fields, "outlets", path, report):
        entry.check_unknown(OUTLET.names)
        values = read_fields(entry, OUTLET, tz)
        timezone = entry.text("timezone")
        if timezone is not None:
            try:
                zone(timezone)
            except ValueError as exc:
                entry.error("timezone", str(exc))
                timezone = None
        kind = values["kind"]
        if kind not in kinds:
            entry.warn(
                "kind",
                f"unusual outlet kind '{kind}'{did_you_mean(kind, kinds)}; known kinds: {', '.join(kinds)}",
            )
        country = values["country"]
        if country and country_code(country) is None:
            entry.warn(
                "country",
                f"'{country}' names no country (an ISO 3166 code such as 'GB', or its English name); "
                "the outlet gets no country page",
            )
        own = {"name": values["name"] or slug, "language": entry.language("language"), "timezone": timezone}
        outlets[slug] = Outlet(slug=slug, **OUTLET.model_values({**values, **own}))
    return outlets


def load_wires(root: Path) -> Registry:
    """The wire registry of the site at `root` (`SiteConfig.wires`): the built-in wires and the
    `wires:` entries of its `site.yaml` (a new wire, or more spellings of a known one). Ingest
    credits and the analysis compare wires through it. Raise ContentError listing every problem
    of `site.yaml`; a caller that has loaded the config takes `config.wires` instead."""
    return load_config(root).wires


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
        entry.check_unknown(WIRE.names)
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
