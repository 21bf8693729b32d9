"""What a metadata line says: its stamps, byline, relative time, dateline; a line of `meta_lines`."""

from __future__ import annotations

from dataclasses import dataclass

from generator.ingest.bylines import Byline
from generator.ingest.model import PageTime


@dataclass(frozen=True)
class MetaLine:
    """What a metadata line says; `relative` is a relative time it gives ('3 hours ago');
    `labelled` says that a bare label stood beside the date, spaced as a writer types it
    ('Hafenwahl 14.03.2023, 20:50'): the shape of a dated sub-heading too, so the header reads
    it only above the article's first paragraph and the body keeps it when text follows."""

    stamps: tuple[tuple[str, PageTime], ...] = ()
    byline: Byline | None = None
    relative: str | None = None
    dateline: str | None = None
    reading: bool = False
    labelled: bool = False
    picture: bool = False

    @property
    def wire_only(self) -> bool:
        """A line naming only a wire ('Reuters', 'Jiji Press'): under a photo, its credit."""
        return (
            not self.stamps and self.byline is not None and not self.byline.authors and bool(self.byline.via)
        )

    @property
    def reason(self) -> str:
        if self.picture:
            return "photo credit (a picture's photographer and agency)"
        if self.stamps and self.byline:
            return "byline and time moved to metadata"
        if self.stamps and self.dateline:
            return "dateline and time moved to metadata"
        if self.stamps:
            return "published time moved to metadata"
        if self.byline and not self.byline.authors and self.byline.via:
            return "wire credit moved to metadata"
        if self.byline:
            return "byline moved to metadata"
        return "relative time or reading time (not used)"
