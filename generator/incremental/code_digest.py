"""The digest of the generator's own code: what every cache, manifest and site-wide key is stamped with.

A version number changes only when someone remembers to bump it; a digest of the package's files
changes with every edit, so a cache written by other code (an upgrade, a local patch) is never
read as current, and every page is rendered again after any change to the code that makes it.
"""

from __future__ import annotations

import hashlib
import sys
from functools import lru_cache
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1]  # generator/, every subpackage included


@lru_cache(maxsize=1)
def code_digest() -> str:
    """A digest of every source file of the `generator` package and the Python version that runs it.

    Computed once per process (about a millisecond for the package's few hundred kilobytes).
    """
    hasher = hashlib.blake2b(digest_size=16)
    hasher.update(repr(sys.version_info[:2]).encode())
    for path in sorted(PACKAGE.rglob("*")):
        if not path.is_file() or "__pycache__" in path.parts or path.suffix in (".pyc", ".pyo"):
            continue
        hasher.update(path.relative_to(PACKAGE).as_posix().encode() + b"\0")
        hasher.update(path.read_bytes())
        hasher.update(b"\0")
    return hasher.hexdigest()
