"""Writing the built site: collisions refused, paths kept inside, swapped in atomically.

Files are written into a staging folder beside `output/`, which replaces `output/` (see
`swap`) only once everything is written, so a failed or killed build leaves the last good site.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from generator.errors import BuildError
from generator.swap import build_lock, recover, replace_folder
from generator.urls import output_path


@dataclass
class OutputSet:
    """The files of one build, by output path; refuses two files on one path."""

    files: dict[str, bytes] = field(default_factory=dict)
    origins: dict[str, str] = field(default_factory=dict)

    def add_page(self, rel: str, html: str, origin: str) -> None:
        self.add(output_path(rel), html.encode("utf-8"), origin)

    def add(self, path: str, data: bytes, origin: str) -> None:
        key = path.casefold()
        if key in self.origins:
            raise BuildError(f"two pages map to output/{path}: {self.origins[key]} and {origin}")
        self.origins[key] = origin
        self.files[path] = data

    def __len__(self) -> int:
        return len(self.files)


def write_site(files: OutputSet, output: Path, finish: Callable[[Path], None] | None = None) -> None:
    """Write every file to a staging folder, run `finish` on it, then swap it in for `output`."""
    output = output.resolve()
    with build_lock(output):
        recover(output)
        staging = output.parent / f".{output.name}.tmp-{os.getpid()}"
        retired = output.parent / f".{output.name}.old-{os.getpid()}"
        try:
            for path, data in sorted(files.files.items()):
                target = (staging / path).resolve()
                if not target.is_relative_to(staging.resolve()):
                    raise BuildError(f"refused to write outside the output folder: {path}")
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(data)
            if finish is not None:
                finish(staging)
            replace_folder(staging, output, retired)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
