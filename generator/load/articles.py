"""Cleaned source articles: `content/articles/<id>.md`, YAML front matter then Markdown."""

from __future__ import annotations

from pathlib import Path

from generator.analysis.corpus import MAX_SENTENCES
from generator.analysis.sentences import split_body
from generator.errors import Problem, Report, did_you_mean
from generator.incremental.content_cache import digest_of
from generator.load.dates import zone
from generator.load.fields import Fields, clean_text, type_name
from generator.load.spec import ARTICLE
from generator.load.spec_reader import read_fields
from generator.load.textfile import read_source
from generator.load.yamlio import Node, YamlError, load_yaml
from generator.model.site import Article, SiteConfig
from generator.render.urls import slug_problem
from generator.text import markdown_limits
from generator.text.markup import excerpt


def split_front_matter(text: str) -> tuple[str, str, int] | None:
    """(front matter, body, line the body starts on), or None when there is no front matter."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return None
    for index in range(1, len(lines)):
        if lines[index].strip() in ("---", "..."):
            return "\n".join(lines[1:index]), "\n".join(lines[index + 1 :]), index + 2
    return None


def read_article(path: Path, config: SiteConfig, report: Report) -> Article | None:
    """Load and validate one article file, reporting every problem in it."""
    text = read_source(path, report)
    if text is None:
        return None
    article_id = path.stem
    problem = slug_problem(article_id)
    if problem:
        report.error(
            path, None, "", f"file name: {problem}; article ids look like 2024-11-20-reuters-landmines"
        )
        return None
    parts = split_front_matter(text)
    if parts is None:
        report.error(path, 1, "", "expected YAML front matter between '---' lines at the top")
        return None
    front, body, body_line = parts
    try:
        data = load_yaml(front, first_line=2)
    except YamlError as exc:
        report.error(path, exc.line, "", str(exc))
        return None
    if not isinstance(data, Node):
        report.error(path, 2, "", f"expected front matter fields, found {type_name(data)}")
        return None
    fields = Fields(data, path, report)
    fields.check_unknown(ARTICLE.names)
    errors_before = len(report.errors)

    outlet_slug = fields.text("outlet", required=True)
    outlet = config.outlets.get(outlet_slug or "")
    if outlet_slug and outlet is None:
        fields.error(
            "outlet",
            f"unknown outlet '{outlet_slug}'"
            f"{did_you_mean(outlet_slug, config.outlets)} (add it under outlets: in site.yaml)",
        )
    tz = zone(outlet.timezone if outlet and outlet.timezone else config.timezone)
    values = read_fields(fields, ARTICLE, tz)  # every field but the outlet, by its type
    kind, kinds = values["kind"], ARTICLE["kind"].choices
    if kind not in kinds:
        fields.warn("kind", f"unusual article kind '{kind}'{did_you_mean(kind, kinds)}")
    for note, line in fields.text_list("review"):
        report.warn(path, line, "review", f"needs an editor's review: {note}")
    body = fields.visible("body", body, None)
    if not body.strip():
        report.warn(path, None, "body", "the article has no text")
    published, updated = values["published"], values["updated"]
    if published and updated and updated < published:
        fields.error("updated", "is earlier than published")
    kept = body.strip("\n")
    first_line = body_line + len(body) - len(body.lstrip("\n"))
    _warn_when_cut(kept, first_line, path, report)
    refused = markdown_limits.check(kept) if config.publish_full_text else None
    if refused is not None:  # rendered only when published: then Markdown must read it in bounded time
        report.error(path, first_line + refused.line - 1, "body", refused.message)

    if values["draft"] and published is None and len(report.errors) == errors_before:
        report.warn(path, None, "published", "an undated draft is left out of every build until it is dated")
    if len(report.errors) > errors_before or values["title"] is None or published is None or outlet is None:
        return None
    return Article(
        **ARTICLE.model_values({**values, "outlet": outlet.slug}),
        id=article_id,
        path=report.rel(path),
        excerpt=excerpt(body, config.excerpt_words),
        body=kept if config.publish_full_text else "",
        date_only=fields.date_only("published"),
        body_line=first_line,
        body_digest=digest_of(kept),
    )


def _warn_when_cut(body: str, first_line: int, path: Path, report: Report) -> None:
    """Warn, at the first sentence left out, when a story's analysis reads only part of the body.

    Every sentence ends at a stop, a mark or a line end, so a body with fewer of those than the
    limit is not split at all (most bodies: four counts at C speed).
    """
    marks = body.count(".") + body.count("!") + body.count("?") + body.count("\n")
    if marks < MAX_SENTENCES:
        return
    sentences = split_body(body)
    if len(sentences) > MAX_SENTENCES:
        left_out = sentences[MAX_SENTENCES]
        report.warn(
            path,
            first_line + left_out.line - 1,
            "body",
            f"{len(sentences)} sentences; a story's analysis reads the first {MAX_SENTENCES} "
            "and leaves out the rest, from this line",
        )


def read_body(path: Path) -> str:
    """The body of an article file as `read_article` keeps it (for analyses of unpublished text)."""
    text = read_source(path, Report(path.parent))
    parts = split_front_matter(text) if text is not None else None
    return clean_text(parts[1])[0].strip("\n") if parts else ""


def load_article_file(path: Path, config: SiteConfig) -> tuple[Article | None, list[Problem]]:
    """Load one article on its own (for `ingest`): the article, or None, and the problems."""
    report = Report(path.parent.parent.parent if path.parent.name == "articles" else path.parent)
    article = read_article(path, config, report)
    return article, report.sorted()
