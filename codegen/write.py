"""write: the only stage with side effects, and its read-only twin, compare.

The generator owns the output folder of one API and target (generated/<api>/<target>/)
and nothing outside it. A write stages the new files beside their destinations, then
swaps each one in with an atomic rename; a file in the folder that the generation did
not produce is stale and removed (build leftovers such as __pycache__ or *.egg-info are
ignored). Nothing is written until every file has rendered and formatted, so a failed
run leaves the old tree intact. The manifest (`.codegen-manifest.json`) records the
hashes that let the next run skip formatting unchanged files. `codegen check`'s
comparison lives in drift.py.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

MANIFEST = ".codegen-manifest.json"
# Things tools leave in an output folder that are not ours and not drift.
IGNORED_PARTS = {"__pycache__", ".mypy_cache", ".pytest_cache", "build", "dist", "node_modules"}


@dataclass
class Manifest:
    formatter: str = ""  # the formatter and its settings (with its version)
    inputs: str = ""  # hash of the spec text that passed the spec validator
    validator: str = ""  # that validator and its version
    files: dict[str, dict[str, str]] = field(default_factory=dict)  # path -> {"rendered": sha, "output": sha}

    @staticmethod
    def read(out_dir: Path) -> Manifest:
        try:
            raw: Any = json.loads((out_dir / MANIFEST).read_text(encoding="utf-8"))
            return Manifest(str(raw.get("formatter", "")), str(raw.get("inputs", "")), str(raw.get("validator", "")),
                            dict(raw.get("files", {})))
        except (OSError, ValueError, AttributeError):
            return Manifest()

    def text(self) -> str:
        body = {"formatter": self.formatter, "inputs": self.inputs, "validator": self.validator, "files": self.files}
        return json.dumps(body, indent=1, sort_keys=True) + "\n"


@dataclass
class WriteResult:
    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        return None


def write(files: dict[PurePosixPath, str], out_dir: Path, manifest: Manifest) -> WriteResult:
    """Bring out_dir to exactly `files` (+ the manifest), touching only files we own."""
    result = WriteResult()
    all_files = dict(files)
    all_files[PurePosixPath(MANIFEST)] = manifest.text()
    out_dir.mkdir(parents=True, exist_ok=True)
    staged: list[tuple[Path, Path]] = []
    try:
        # 1. stage every changed file beside its destination
        for rel, text in all_files.items():
            dest = out_dir / rel
            data = text.encode("utf-8")
            if _read(dest) == data:
                result.unchanged.append(str(rel))
                continue
            dest.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp_name = tempfile.mkstemp(prefix=".codegen-", suffix=".tmp", dir=dest.parent)
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.chmod(tmp_name, 0o644)
            staged.append((Path(tmp_name), dest))
        # 2. swap them in (the manifest last, so it never claims a file not yet there)
        staged.sort(key=lambda pair: pair[1].name == MANIFEST)
        for tmp, dest in staged:
            os.replace(tmp, dest)
            if dest.name != MANIFEST:
                result.written.append(dest.relative_to(out_dir).as_posix())
    finally:
        for tmp, _ in staged:
            if tmp.exists():
                tmp.unlink()
    # 3. remove what the generation no longer produces
    keep = {str(p) for p in all_files}
    for old in [r for r in on_disk(out_dir) if r not in keep]:
        stale = out_dir / old
        if stale.is_file():
            stale.unlink()
            result.removed.append(old)
            _prune_empty_dirs(stale.parent, out_dir)
    result.unchanged = [u for u in result.unchanged if u != MANIFEST]
    return result


def _prune_empty_dirs(d: Path, stop: Path) -> None:
    while d != stop and d.is_dir() and not any(d.iterdir()):
        d.rmdir()
        d = d.parent


def on_disk(out_dir: Path) -> list[str]:
    if not out_dir.is_dir():
        return []
    found = []
    for p in out_dir.rglob("*"):
        rel = p.relative_to(out_dir)
        if p.is_file() and not (IGNORED_PARTS & set(rel.parts)) and not any(
            part.endswith(".egg-info") for part in rel.parts
        ):
            found.append(rel.as_posix())
    return sorted(found)
