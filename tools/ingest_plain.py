"""`make ingest-plain SET=folder`: `briefing ingest` on real pages copied from a browser, per field.

    python -m tools.ingest_plain FOLDER [--verbose]

FOLDER holds `<id>.txt` (a page's text as a browser copy gives it) and `<id>.truth.json`:
`url`, `outlet`, `country`, `timezone`, `language` (the outlet as a user would list it in
`site.yaml`), `title`, `published`, `authors`, `via`, `dateline`, `dek` (standfirst lines, neither
body nor furniture), `body` (the article's paragraphs, one a line) and `furniture` (lines of the
page that must not reach the body). The pages belong to their publishers and stay outside the
project; this module holds no page text.

Each page is ingested by the real command with `--outlet` (its host as a slug, listed in a
scratch `site.yaml` with the truth's outlet fields) and `--url`, nothing else. A page the
command refuses (nothing written) is wrong on every field.

`published` in a truth file is an ISO instant with its offset (compared as the same instant), a
date and time without offset where the page states no zone (compared with the written time's own
wall clock, which ingest sets in the outlet's zone), a date alone (compared with the written
date), or null where the page gives no absolute date (a relative "3 hours ago" included): then any
date written is invented. A written date that is not right is counted as invented too.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal

from generator.model.site import Outlet
from generator.model.wires import wire_name
from tools.ingest_metric import Match, markdown_text, match, split_article, summarise, tokens
from tools.ingest_runner import home, make_project, outlet_slug, run_ingest

Verdict = Literal["right", "missed", "invented"]
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_NAIVE = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?")
LONG_LINE = 3  # furniture lines of this many tokens or more also leak when glued into a paragraph


@dataclass(frozen=True)
class Truth:
    """What a page says, as a person read it (see the module docstring for the fields)."""

    id: str
    page: Path
    url: str
    outlet: Outlet
    title: str
    published: str | None
    authors: tuple[str, ...]
    via: str | None
    dateline: str | None
    body: str
    furniture: tuple[str, ...]
    language: str


@dataclass(frozen=True)
class Produced:
    """The fields of the article file ingest wrote."""

    title: str
    published: str | None
    authors: tuple[str, ...]
    via: str | None
    dateline: str | None
    body: str

    @classmethod
    def from_article(cls, text: str) -> Produced:
        front, body = split_article(text)
        authors = front.get("authors")
        return cls(
            title=str(front.get("title") or ""),
            published=_text(front.get("published")),
            authors=tuple(str(a) for a in authors) if isinstance(authors, list) else (),
            via=_text(front.get("via")),
            dateline=_text(front.get("dateline")),
            body=markdown_text(body),
        )


def _text(value: Any) -> str | None:
    if value is None or value == "":
        return None
    return value.isoformat() if isinstance(value, datetime | date) else str(value)


@dataclass(frozen=True)
class PageScore:
    """How one page came out, field by field."""

    truth: Truth
    produced: Produced | None
    refusal: str | None
    title: bool
    published: Verdict
    authors: bool
    via: bool
    dateline: bool
    body: Match
    leaks: tuple[str, ...]
    blocked: str | None = None  # with --dry-run: why the command would not write this article


def load_set(folder: Path) -> list[Truth]:
    """Every `<id>.txt` with its `<id>.truth.json` in `folder`, by id."""
    truths = []
    for truth_file in sorted(folder.glob("*.truth.json")):
        page_id = truth_file.name.removesuffix(".truth.json")
        page = folder / f"{page_id}.txt"
        if not page.is_file():
            raise ValueError(f"{truth_file}: no page {page.name} beside it")
        data = json.loads(truth_file.read_text(encoding="utf-8"))
        try:
            truths.append(_truth(page_id, page, data))
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"{truth_file}: {exc!r}") from None
    if not truths:
        raise ValueError(f"{folder}: no <id>.txt with <id>.truth.json here")
    return truths


def _truth(page_id: str, page: Path, data: dict[str, Any]) -> Truth:
    published = data["published"]
    if published is not None and not _DATE.match(published):
        raise ValueError(f"published: not an ISO date: {published!r}")
    return Truth(
        id=page_id,
        page=page,
        url=data["url"],
        outlet=Outlet(
            slug=outlet_slug(data["url"]),
            name=data["outlet"],
            url=home(data["url"]),
            timezone=data["timezone"],
            country=data.get("country"),
            language=data["language"],
        ),
        title=data["title"],
        published=published,
        authors=tuple(data["authors"]),
        via=data["via"],
        dateline=data["dateline"],
        body=data["body"],
        furniture=tuple(data["furniture"]),
        language=data["language"],
    )


def run_set(
    truths: Sequence[Truth], scratch: Path, dry_run: bool = False, keep: Path | None = None
) -> list[PageScore]:
    """Ingest every page in one scratch project listing the set's outlets, and score it (with
    `dry_run`, the article the command prints, written or not; see `run_ingest`). With `keep`,
    each article written is also saved there as `<id>.md`, for comparing two runs."""
    project = make_project(scratch, {t.outlet.slug: t.outlet for t in truths}.values())
    scores = []
    for truth in truths:
        flags = ["--outlet", truth.outlet.slug, "--url", truth.url]
        outcome = run_ingest(project, truth.page, flags, dry_run)
        if keep is not None and outcome.article is not None:
            keep.mkdir(parents=True, exist_ok=True)
            (keep / f"{truth.id}.md").write_text(outcome.article, encoding="utf-8")
        score = score_page(truth, outcome.article, outcome.refusal)
        scores.append(replace(score, blocked=outcome.blocked) if dry_run else score)
    return scores


def score_page(truth: Truth, article: str | None, refusal: str | None = None) -> PageScore:
    """Compare the article file written (None when the page was refused) with the truth."""
    if article is None:
        return PageScore(
            truth,
            None,
            refusal or "nothing written",
            False,
            "missed",
            False,
            False,
            False,
            match(truth.body, ""),
            (),
        )
    produced = Produced.from_article(article)
    return PageScore(
        truth=truth,
        produced=produced,
        refusal=None,
        title=_norm(produced.title) == _norm(truth.title),
        published=published_verdict(truth.published, produced.published),
        authors={_name(a) for a in produced.authors} == {_name(a) for a in truth.authors},
        via=wire(produced.via) == wire(truth.via),
        dateline=_place(produced.dateline) == _place(truth.dateline),
        body=match(truth.body, produced.body),
        leaks=leaked(truth.furniture, truth.body, produced.body),
    )


def published_verdict(truth: str | None, produced: str | None) -> Verdict:
    """'right', 'missed' (nothing written where the page gives a date) or 'invented' (a date
    written where the page gives none, or a wrong one)."""
    if produced is None:
        return "right" if truth is None else "missed"
    if truth is None:
        return "invented"
    try:
        written = datetime.fromisoformat(produced)
    except ValueError:
        return "invented"
    if _NAIVE.fullmatch(truth):
        right = written.replace(tzinfo=None) == datetime.fromisoformat(truth)
    elif _DATE.fullmatch(truth):
        right = written.date() == date.fromisoformat(truth)
    else:
        right = written.tzinfo is not None and written == datetime.fromisoformat(truth)
    return "right" if right else "invented"


def wire(name: str | None) -> str | None:
    """A wire's `via` name in the project's registry ('The Associated Press' -> 'AP'; the field
    is known to be a credit, so any case); other names as written, folded."""
    if name is None or not name.strip():
        return None
    return wire_name(name, any_case=True) or " ".join(name.casefold().split())


def leaked(furniture: Sequence[str], truth_body: str, produced_body: str) -> tuple[str, ...]:
    """The furniture lines that reached the body: a paragraph of the written body that is the
    line (more often than the true body has it), or, for a line of `LONG_LINE` tokens or more,
    its words in a row inside the written body more often than inside the true body. Lines and
    paragraphs are compared by their words, read as the written body is (`markdown_text`): a
    page's `• Copié` or `1. 1 Un nuevo…` is the `- Copié` or `1. 1 Un nuevo…` list item ingest
    writes, whose marker `markdown_text` drops. Two lines with the same words (`Düsseldorf` and
    `Düsseldorf –`) take one written paragraph between them, the one written as it is first."""
    produced = [b for b in produced_body.split("\n") if b.strip()]
    spare = Counter(_block(b) for b in produced)
    spare.subtract(_block(b) for b in truth_body.split("\n") if b.strip())
    as_written = {_norm(b) for b in produced}
    produced_words, true_words = _joined(produced_body), _joined(truth_body)
    found = set()
    for index in sorted(range(len(furniture)), key=lambda i: _norm(furniture[i]) not in as_written):
        key = _block(furniture[index])
        words = key.split()
        if not words:
            continue
        run = f" {key} "
        if spare[key] > 0:
            spare[key] -= 1
            found.add(index)
        elif len(words) >= LONG_LINE and produced_words.count(run) > true_words.count(run):
            found.add(index)
    return tuple(furniture[i] for i in sorted(found))


def _block(text: str) -> str:
    """A line's words, as the metric counts them, once Markdown's line markers are dropped."""
    return " ".join(tokens(_norm(markdown_text(text))))


def _joined(text: str) -> str:
    return f" {' '.join(tokens(_norm(text)))} "


_QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "“": '"', "”": '"', "„": '"'})


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).translate(_QUOTES).split())


def _name(text: str) -> str:
    return _norm(text).casefold()


def _place(text: str | None) -> str | None:
    if text is None:
        return None
    return _norm(text).casefold().strip(" ,.:;-–—") or None


# --- the report -------------------------------------------------------------------------------


def table(scores: Sequence[PageScore], folder: Path, seconds: float, dry_run: bool = False) -> str:
    """The figures for the set, as printed."""
    n = len(scores)
    outlets = {s.truth.outlet.name for s in scores}
    languages = Counter(s.truth.language for s in scores)
    published = Counter(s.published for s in scores)
    invented_none = sum(1 for s in scores if s.published == "invented" and s.truth.published is None)
    credited = [s for s in scores if s.truth.via]
    read = [s for s in scores if s.produced and s.produced.via]
    via_right = sum(1 for s in scores if s.truth.via and s.via and s.produced)
    datelined = [s for s in scores if s.truth.dateline]
    body = summarise([s.body for s in scores])
    leaking = [s for s in scores if s.leaks]
    refused = [s for s in scores if s.refusal]
    lines = [
        f"set: {folder} ({n} pages, {len(outlets)} outlets, {len(languages)} languages: "
        + ", ".join(f"{lang} {count}" for lang, count in sorted(languages.items()))
        + f"; {seconds:.0f} s)",
        f"title            {_ratio(sum(s.title for s in scores), n)}",
        _title_split(scores),
        f"published        {_ratio(published['right'], n)}   invented {published['invented']} "
        f"({invented_none} where the page gives no date, {published['invented'] - invented_none} wrong)"
        f"   missed {published['missed']}",
        f"authors          {_ratio(sum(s.authors for s in scores), n)}",
        f"via (wire)       precision {_ratio(via_right, len(read))}   "
        f"recall {_ratio(via_right, len(credited))}",
        f"dateline         {_ratio(sum(s.dateline for s in scores), n)}   "
        f"(of {len(datelined)} with one: {sum(s.dateline for s in datelined)})",
        f"body             F1 {body.f1:.3f} (precision {body.precision:.3f}, recall {body.recall:.3f})",
        f"furniture leaked {len(leaking)} of {n} pages, {sum(len(s.leaks) for s in scores)} lines",
        f"refused          {len(refused)}",
    ]
    reasons = Counter(_reason(s.refusal, s.truth.page) for s in refused if s.refusal)
    lines += [f"  {count} x {reason}" for reason, count in reasons.most_common()]
    if dry_run:
        blocked = Counter(_reason(s.blocked, s.truth.page) for s in scores if s.blocked)
        lines.insert(1, "(dry run: every article the command printed is scored, written or not)")
        lines.append(f"would not write  {sum(blocked.values())}")
        lines += [f"  {count} x {reason}" for reason, count in blocked.most_common()]
    lines += ["", "by language      pages  title  published  body F1  leaking"]
    for language in sorted(languages):
        group = [s for s in scores if s.truth.language == language]
        lines.append(
            f"{language:<16} {len(group):>5}  {sum(s.title for s in group):>5}  "
            f"{sum(s.published == 'right' for s in group):>9}  "
            f"{summarise([s.body for s in group]).f1:7.3f}  {sum(bool(s.leaks) for s in group):>7}"
        )
    return "\n".join(lines) + "\n"


def _title_split(scores: Sequence[PageScore]) -> str:
    """Titles on pages that print their headline, and on pages that print none (the truth is
    then the labeller's reading of the URL's slug, whose capitals and punctuation no page
    gives: those are also counted by their words alone, case, accents and punctuation aside)."""
    printed = [s for s in scores if _norm(s.truth.title) in _norm(s.truth.page.read_text(encoding="utf-8"))]
    unprinted = [s for s in scores if s not in printed]
    by_words = sum(1 for s in unprinted if s.produced and _words(s.produced.title) == _words(s.truth.title))
    return (
        f"  printed on the page {_ratio(sum(s.title for s in printed), len(printed))}   "
        f"not printed {_ratio(sum(s.title for s in unprinted), len(unprinted))}, "
        f"by words {_ratio(by_words, len(unprinted))}"
    )


def _words(text: str) -> tuple[str, ...]:
    folded = unicodedata.normalize("NFKD", text.casefold())
    return tuple(re.findall(r"\w+", "".join(c for c in folded if not unicodedata.combining(c))))


def details(scores: Sequence[PageScore]) -> str:
    """Each page: its marks, and what was written for every field that is wrong."""
    lines = []
    for s in scores:
        marks = " ".join(
            f"{field}={'ok' if good else 'WRONG'}"
            for field, good in (
                ("title", s.title),
                ("authors", s.authors),
                ("via", s.via),
                ("dateline", s.dateline),
            )
        )
        lines.append(f"{s.truth.id}: body F1 {s.body.f1:.3f} published={s.published} {marks}")
        if s.blocked:
            lines.append(f"    would not write: {_reason(s.blocked, s.truth.page)}")
        if s.refusal:
            lines.append(f"    REFUSED: {_reason(s.refusal, s.truth.page)}")
            continue
        assert s.produced is not None
        wrong = [
            ("title", s.title, s.produced.title, s.truth.title),
            ("published", s.published == "right", s.produced.published, s.truth.published),
            ("authors", s.authors, list(s.produced.authors), list(s.truth.authors)),
            ("via", s.via, s.produced.via, s.truth.via),
            ("dateline", s.dateline, s.produced.dateline, s.truth.dateline),
        ]
        lines += [
            f"    {field}: wrote {got!r}, expected {want!r}" for field, good, got, want in wrong if not good
        ]
        lines += [f"    leaked: {line[:100]}" for line in s.leaks]
    return "\n".join(lines) + "\n"


def _ratio(right: int, total: int) -> str:
    return f"{right}/{total} ({100 * right / total:.0f}%)" if total else f"{right}/0"


def _reason(message: str, page: Path) -> str:
    return message.replace(f"{page}: ", "").replace(f"{page.name}: ", "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="a folder of <id>.txt pages with <id>.truth.json")
    parser.add_argument("-v", "--verbose", action="store_true", help="print each page's details")
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help="diagnosis: score the article `ingest --dry-run` prints, also for pages it would refuse",
    )
    parser.add_argument("--keep", type=Path, help="save each article written as DIR/<id>.md")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        truths = load_set(args.folder)
        with tempfile.TemporaryDirectory(prefix="ingest-plain-") as scratch:
            scores = run_set(truths, Path(scratch), args.dry_run, args.keep)
    except ValueError as exc:
        print(f"ingest-plain: {exc}", file=sys.stderr)
        return 2
    if args.verbose:
        print(details(scores))
    print(table(scores, args.folder, time.perf_counter() - started, args.dry_run), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
