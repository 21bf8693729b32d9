"""Problems found in a run, and the exceptions that carry them to the command line.

A `Problem` names the file, the line where known, the field, and what was wrong. Loading
collects every problem of a run in a `Report` so the user sees them all at once.
"""

from __future__ import annotations

import difflib
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Literal

Severity = Literal["error", "warning"]

EXIT_OK = 0
EXIT_CONTENT = 1
EXIT_USAGE = 2


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with the input, located as precisely as we know."""

    path: str
    line: int | None
    field: str
    message: str
    severity: Severity = "error"

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        label = "" if self.severity == "error" else "warning: "
        what = f"{self.field}: " if self.field else ""
        return f"{where}: {label}{what}{self.message}"


@lru_cache(maxsize=16)
def _roots(root: Path, cwd: str) -> tuple[Path, Path]:
    """The root as given made absolute, then resolved (a file's path may be under either).

    A build makes a report per file read, so the two are worked out once per root and folder."""
    return (root.absolute(), root.resolve())


@dataclass
class Report:
    """Collects problems while the site is loaded; owned by one build run."""

    root: Path
    problems: list[Problem] = field(default_factory=list)

    def rel(self, path: Path | str) -> str:
        """The path as the user knows it: relative to the project root."""
        path = Path(path)
        if not path.is_absolute():
            if self.root.is_absolute() or not path.is_relative_to(self.root):
                return path.as_posix()  # already relative to the root
            path = path.absolute()
        for root in _roots(self.root, os.getcwd()):
            if path.is_relative_to(root):
                return path.relative_to(root).as_posix()
        return path.as_posix()

    def error(self, path: Path | str, line: int | None, field: str, message: str) -> None:
        self.problems.append(Problem(self.rel(path), line, field, message, "error"))

    def warn(self, path: Path | str, line: int | None, field: str, message: str) -> None:
        self.problems.append(Problem(self.rel(path), line, field, message, "warning"))

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]

    def sorted(self) -> list[Problem]:
        return sorted(set(self.problems), key=lambda p: (p.path, p.line or 0, p.field, p.message))


def shorten(text: str, limit: int = 40) -> str:
    """`text`, cut to its first `limit` characters and '...' when longer, for a message."""
    return text if len(text) <= limit else text[:limit] + "..."


def did_you_mean(word: str, candidates: Iterable[str]) -> str:
    """A ' (did you mean 'x'?)' suffix when a close candidate exists, else ''."""
    close = difflib.get_close_matches(word, sorted(candidates), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


class BriefingError(Exception):
    """Base of the errors the command line turns into an exit code."""

    exit_code = EXIT_CONTENT


class UsageError(BriefingError):
    """The command was called wrongly (bad flag value, missing project files)."""

    exit_code = EXIT_USAGE


class ContentError(BriefingError):
    """The content or configuration has problems; carries all of them."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        errors = len([p for p in problems if p.severity == "error"])
        if errors:
            message = f"{errors} problem{'s' if errors != 1 else ''} in the content"
        else:
            count = len(problems)
            message = f"{count} warning{'s' if count != 1 else ''}, which --strict treats as errors"
        super().__init__(message)


class BuildError(BriefingError):
    """Rendering or writing failed (a template error, two pages on one path)."""
