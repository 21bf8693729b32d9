"""Pickles stamped with the digest of the generator's code: the on-disk form of the caches in `.cache/`.

A file written by other code (another version, or any edit to the package), or one that cannot
be read, counts as absent: the caches are only accelerators. Writes are atomic, and a failure to
write only costs speed next time.
"""

from __future__ import annotations

import gc
import logging
import os
import pickle
from pathlib import Path
from typing import Any

from generator.incremental.code_digest import code_digest

log = logging.getLogger("briefing.cache")


def read_stamped(path: Path) -> Any | None:
    """What `write_stamped` put in `path` with this code, or None."""
    # Unpickling makes up to a million objects and no cycles. Left to the cyclic collector they
    # would be walked while they are made and again at every full collection after (5x slower
    # loads at N=10000); frozen, the collector leaves them alone. Refcounting still frees them.
    enabled = gc.isenabled()
    gc.disable()
    try:
        with open(path, "rb") as handle:
            # The stamp is a pickle of its own, read first: data pickled by other code may name
            # classes that no longer exist, so it is not unpickled at all.
            if pickle.load(handle) != code_digest():
                return None
            return pickle.load(handle)
    except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError, ImportError):
        return None
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def write_stamped(path: Path, data: Any, what: str) -> None:
    """Pickle `data` to `path` atomically; log (do not raise) when it cannot be written."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".tmp-{os.getpid()}")
        with open(temporary, "wb") as handle:
            pickle.dump(code_digest(), handle, protocol=pickle.HIGHEST_PROTOCOL)
            pickle.dump(data, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
    except OSError as exc:
        log.warning("could not write the %s %s: %s", what, path, exc.strerror)
