"""An output folder's own names: its manifest, what tools leave in it that is not ours, and
the listing of the files that are (read by write, drift and freshness alike)."""

from __future__ import annotations

import os
from pathlib import Path

MANIFEST = ".codegen-manifest.json"
# Things tools leave in an output folder that are not ours and not drift.
IGNORED_PARTS = frozenset({"__pycache__", ".mypy_cache", ".pytest_cache", "build", "dist", "node_modules"})


def _ignored(name: str) -> bool:
    return name in IGNORED_PARTS or name.endswith(".egg-info")


def on_disk(out_dir: Path | str) -> list[str]:
    """The files of an output folder, as sorted POSIX paths relative to it ([] when it is no
    folder): every regular file (or link to one) whose path has no ignored part. A folder
    is walked from its directory entries (no stat per file, nor a visit of an ignored folder
    such as an installed `node_modules`), and a link to a folder is not followed."""
    found: list[str] = []

    def walk(folder: str, prefix: str) -> None:
        with os.scandir(folder) as entries:
            for entry in entries:
                if _ignored(entry.name):
                    continue
                if entry.is_dir(follow_symlinks=False):
                    walk(entry.path, prefix + entry.name + "/")
                elif entry.is_file():
                    found.append(prefix + entry.name)

    if not os.path.isdir(out_dir):
        return []
    walk(os.fspath(out_dir), "")
    return sorted(found)
