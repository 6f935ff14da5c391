"""Installed versions of the tools whose output or verdict the manifests record, and the
user cache folder. Kept cheap: `codegen check` on an unchanged tree must not pay for
importing importlib.metadata, black or openapi-spec-validator."""

from __future__ import annotations

import os
import re
import sys
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=None)
def dist_version(name: str) -> str:
    """The version of an installed distribution, read from its .dist-info folder name."""
    prefix = re.sub(r"[-_.]+", "_", name).lower() + "-"
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for n in names:
            if n.endswith(".dist-info") and n.lower().startswith(prefix):
                return n[len(prefix):-len(".dist-info")]
    from importlib.metadata import version  # an unusual layout (eggs, zip imports)

    return version(name)


def cache_dir(kind: str) -> Path | None:
    """A per-user folder for caches that only save time (`CODEGEN_CACHE_DIR`, else
    $XDG_CACHE_HOME or ~/.cache, /sdk-factory-codegen/<kind>); None when it cannot be made."""
    base = os.environ.get("CODEGEN_CACHE_DIR")
    if base:
        root = Path(base)
    else:
        xdg = os.environ.get("XDG_CACHE_HOME")
        root = (Path(xdg) if xdg else Path.home() / ".cache") / "sdk-factory-codegen"
    path = root / kind
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return path if os.access(path, os.W_OK) else None
