"""The Jinja environment: the user's `templates/`, autoescaped, strict about undefined names."""

from __future__ import annotations

import functools
import hashlib
import logging
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import TypedDict

import jinja2
import jinja2.meta

from generator.errors import BuildError
from generator.model.site import SiteConfig
from generator.render.pages import Meta, Page
from generator.render.urls import Urls

log = logging.getLogger("briefing")
TEMPLATES_DIR = "templates"
STATIC_DIR = "static"
STYLESHEET = "style.css"
ICON = "favicon.svg"
SEARCH_SCRIPT = "search.js"


@dataclass(frozen=True)
class NavItem:
    key: str
    text: str
    href: str


@dataclass(frozen=True)
class SiteView:
    """What every template knows about the site as a whole."""

    title: str
    description: str
    language: str
    home_href: str
    stylesheet_href: str
    icon_href: str
    search_href: str
    search_script_href: str
    feed_href: str
    json_feed_href: str
    nav: tuple[NavItem, ...]


class Shared(TypedDict):
    """What every template sees besides its page's context (`pages.CONTEXTS`)."""

    site: SiteView
    page: Meta


def _with_digest(root: Path, urls: Urls, name: str) -> str:
    """The URL of a static file with its digest, so browsers never keep a stale copy."""
    path = root / STATIC_DIR / name
    digest = hashlib.sha256(path.read_bytes()).hexdigest()[:10] if path.is_file() else "0"
    return f"{urls.href(urls.static(name))}?v={digest}"


def site_view(config: SiteConfig, urls: Urls, root: Path) -> SiteView:
    return SiteView(
        title=config.title,
        description=config.description,
        language=config.language,
        home_href=urls.href(urls.home()),
        stylesheet_href=_with_digest(root, urls, STYLESHEET),
        icon_href=urls.href(urls.static(ICON)),
        search_href=urls.href(urls.search()),
        search_script_href=_with_digest(root, urls, SEARCH_SCRIPT),
        feed_href=urls.href(urls.feed()),
        json_feed_href=urls.href(urls.json_feed()),
        nav=(
            NavItem("home", "Latest", urls.href(urls.home())),
            NavItem("topics", "Topics", urls.href(urls.topics())),
            NavItem("sources", "Sources", urls.href(urls.sources())),
            NavItem("archive", "Archive", urls.href(urls.archive())),
        ),
    )


def environment(root: Path, auto_reload: bool = False) -> jinja2.Environment:
    """Templates from `<root>/templates`; a typo in a template is an error, not ''.

    `auto_reload` (the preview's) looks at a template's file each time it is used, to pick up
    edits; a one-off build compiles each template once and never looks again."""
    folder = root / TEMPLATES_DIR
    if not folder.is_dir():
        raise BuildError(f"no {TEMPLATES_DIR}/ folder in {root}")
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(folder),
        autoescape=jinja2.select_autoescape(("html", "xml"), default_for_string=True),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=auto_reload,
    )


@functools.lru_cache(maxsize=512)
def _references(env: jinja2.Environment, source: str) -> frozenset[str]:
    """The templates a template's source extends, includes or imports (parsed once per source)."""
    try:
        found = jinja2.meta.find_referenced_templates(env.parse(source))
    except jinja2.TemplateSyntaxError:
        return frozenset()  # rendering it reports the error with its line
    return frozenset(ref for ref in found if ref is not None)


def template_digests(env: jinja2.Environment) -> dict[str, str]:
    """Each template's digest together with every template it extends, includes or imports."""
    assert env.loader is not None
    sources: dict[str, str] = {}
    refs: dict[str, frozenset[str]] = {}
    for name in sorted(env.loader.list_templates()):
        source = env.loader.get_source(env, name)[0]
        sources[name] = hashlib.sha256(source.encode()).hexdigest()
        refs[name] = _references(env, source)
    digests = {}
    for name in sources:
        seen, stack = set(), [name]
        while stack:
            current = stack.pop()
            if current not in seen:
                seen.add(current)
                stack.extend(refs.get(current, ()))
        digests[name] = hashlib.sha256("".join(sources.get(n, n) for n in sorted(seen)).encode()).hexdigest()
    return digests


def render_page(env: jinja2.Environment, page: Page, site: SiteView) -> str:
    """Render one page; a template error names the template, line and page."""
    try:
        template = env.get_template(page.template)
    except jinja2.TemplateSyntaxError as exc:
        raise BuildError(f"{TEMPLATES_DIR}/{exc.name}:{exc.lineno}: {exc.message}") from None
    except jinja2.TemplateNotFound as exc:
        raise BuildError(f"{TEMPLATES_DIR}/{exc.name}: template not found (needed for /{page.rel})") from None
    meta, context = page.build()
    shared: Shared = {"site": site, "page": meta}
    try:
        return template.render(**shared, **context)
    except jinja2.TemplateSyntaxError as exc:  # in a template it includes
        raise BuildError(f"{TEMPLATES_DIR}/{exc.name}:{exc.lineno}: {exc.message}") from None
    except Exception as exc:  # templates are code: anything can go wrong in them
        raise BuildError(f"{_where(env, exc, page)}: {_what(exc)} (rendering /{page.rel})") from None


def _what(exc: Exception) -> str:
    if isinstance(exc, jinja2.TemplateNotFound):
        return f"template '{exc.name}' not found"
    if isinstance(exc, jinja2.TemplateError):
        return exc.message or type(exc).__name__
    return f"{type(exc).__name__}: {exc}"


def _where(env: jinja2.Environment, exc: Exception, page: Page) -> str:
    """`templates/<name>:<line>` of the innermost template line the error went through.

    Jinja gives each template line its own frame in the traceback, named after the template's
    file. When the error was raised below it, in Python code the template called, that code's
    traceback is logged for `--verbose`."""
    folders = [Path(p) for p in getattr(env.loader, "searchpath", ())]
    frames = traceback.extract_tb(exc.__traceback__)
    for frame in reversed(frames):
        path = Path(frame.filename)
        folder = next((f for f in folders if path.is_relative_to(f)), None)
        if folder is not None:
            if frame is not frames[-1]:
                log.debug("%s", "".join(traceback.format_exception(exc)).rstrip())
            return f"{TEMPLATES_DIR}/{path.relative_to(folder).as_posix()}:{frame.lineno}"
    return f"{TEMPLATES_DIR}/{page.template}"
