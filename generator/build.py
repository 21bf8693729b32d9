"""`build()`: the table of contents of the tool. Load everything, then write everything.

The stages themselves are in `pipeline`; the preview runs the same ones (see `preview/rebuild`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from time import perf_counter

from generator.errors import Problem, Report
from generator.forked import cores
from generator.load.content import LoadOptions
from generator.model.site import Site
from generator.outputs.plan import OutputPlan
from generator.pipeline import (
    analyse,
    holding,
    index,
    load,
    plan,
    publish,
    refuse_problems,
    render,
    search,
    write,
)
from generator.write.outfolder import output_folder
from generator.write.swap import build_writer


@dataclass(frozen=True)
class BuildOptions:
    """What the user asked of a build."""

    drafts: bool = False
    strict: bool = False
    base_url: str | None = None
    output: Path | None = None
    search: bool = True
    jobs: int | None = None

    @property
    def loading(self) -> LoadOptions:
        """What of these options changes what is loaded."""
        return LoadOptions(drafts=self.drafts, base_url=self.base_url)


@dataclass(frozen=True)
class BuildResult:
    """What a build did, for the summary line."""

    pages: int
    files: int
    stories: int
    articles: int
    topics: int
    outlets: int
    warnings: tuple[Problem, ...]
    seconds: float
    output: Path
    rendered: int = 0
    written: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()

    @classmethod
    def of(cls, site: Site, report: Report, plan: OutputPlan, seconds: float) -> BuildResult:
        """What the build of `site` by `plan` did."""
        return cls(
            pages=len(plan.pages),
            files=plan.file_count,
            stories=len(site.briefings),
            articles=len(site.articles),
            topics=len(plan.indexes.by_topic),
            outlets=len(plan.indexes.by_outlet),
            warnings=tuple(report.sorted()),
            seconds=seconds,
            output=plan.output,
            rendered=plan.rendered,
            written=tuple(sorted(plan.files.files)),
            removed=tuple(plan.removed),
        )

    def summary(self) -> str:
        return (
            f"Built {self.pages} pages ({self.files} files): {self.stories} stories, "
            f"{self.articles} articles, {self.topics} topics, {self.outlets} outlets, "
            f"{len(self.warnings)} warning{'s' if len(self.warnings) != 1 else ''} "
            f"in {self.seconds:.2f} s; {self.rendered} pages rendered, {len(self.written)} files written, "
            f"{len(self.removed)} removed"
        )


def build(root: Path, options: BuildOptions) -> BuildResult:
    """Build the site under `root` into its output folder (`output/`, or `options.output`).

    The output folder is checked first (see `outfolder`). Its lock is held from the first stage
    to the last file written, the search index included, so that no other build writes between
    this one's load and its last file; nothing is written unless the content loaded without
    errors, and the new files appear in the output at once, in the last stage.
    """
    root = root.resolve()
    output = output_folder(root, options.output)
    jobs = options.jobs or cores()
    with holding(output, build_writer()) as held:
        started = perf_counter()
        loaded = load(root, options.loading)
        site = analyse(root, loaded)
        refuse_problems(loaded.report, options.strict)
        indexes = index(site)
        planned = plan(root, site, indexes, output)
        render(planned, jobs)
        staged = write(planned)
        search(planned, staged, jobs, options.search)
        publish(planned, staged, held)
        return BuildResult.of(site, loaded.report, planned, perf_counter() - started)


def check(root: Path, options: BuildOptions) -> tuple[Site, Report]:
    """The load phase alone: raise ContentError when the content has errors (or warnings, with
    `strict`)."""
    site, report = load_site(root, options.loading)
    refuse_problems(report, options.strict)
    return site, report


def load_site(root: Path, options: LoadOptions) -> tuple[Site, Report]:
    """The load phase, the load and analyse stages: the site, and every problem found."""
    root = root.resolve()
    loaded = load(root, options)
    return analyse(root, loaded), loaded.report
