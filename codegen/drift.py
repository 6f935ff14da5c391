"""drift: how an output folder differs from a fresh generation (what `codegen check` reports).

Read-only twin of write.write. Files are compared byte for byte, except the manifest:
its tool versions (the formatter and the spec validator that produced it) are reported,
not counted as drift, so upgrading a tool alone makes nothing stale. Whether the
generation behind the comparison used the manifest's caches (the fast `check`) or not
(`check --strict`) is decided by the caller (pipeline.generate_target).
"""

from __future__ import annotations

import difflib
import json
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from .outdir import MANIFEST, on_disk
from .write import Manifest, _read

# Manifest keys that record which tools made the output: visible in review, never drift.
TOOL_KEYS = ("formatter", "validator")


@dataclass
class Drift:
    stale: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    diffs: dict[str, list[str]] = field(default_factory=dict)  # per stale file, bounded
    diff_lines_omitted: int = 0  # diff lines cut by the per-file and total bounds
    tools: dict[str, tuple[str, str]] = field(default_factory=dict)  # key -> (recorded, this run)

    @property
    def clean(self) -> bool:
        return not (self.stale or self.missing or self.extra)


def _manifest_body(text: str) -> dict[str, Any] | None:
    try:
        data = json.loads(text)
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def compare(
    files: dict[PurePosixPath, str],
    out_dir: Path,
    manifest: Manifest,
    diff_lines: int = 40,
    max_diff_lines: int | None = None,
) -> Drift:
    """How out_dir differs from what a write of `files` would leave there. Writes nothing.

    `diff_lines` bounds the unified diff shown per file, `max_diff_lines` all of them
    together (None: no total bound).
    """
    drift = Drift()
    expected = {str(p): t for p, t in files.items()}
    expected[MANIFEST] = manifest.text()
    budget = max_diff_lines
    for rel, text in sorted(expected.items()):
        data = _read(out_dir / rel)
        if data is None:
            drift.missing.append(rel)
            continue
        if data == text.encode("utf-8"):
            continue
        old_text = data.decode("utf-8", errors="replace")
        if rel == MANIFEST:
            old_body, new_body = _manifest_body(old_text), _manifest_body(text)
            if old_body is not None and new_body is not None:
                for key in TOOL_KEYS:
                    if old_body.get(key) != new_body.get(key):
                        drift.tools[key] = (str(old_body.get(key, "")), str(new_body.get(key, "")))
                if {k: v for k, v in old_body.items() if k not in TOOL_KEYS} == {
                    k: v for k, v in new_body.items() if k not in TOOL_KEYS
                }:
                    continue
        drift.stale.append(rel)
        lines = list(difflib.unified_diff(old_text.splitlines(True), text.splitlines(True), f"a/{rel}", f"b/{rel}"))
        keep = min(len(lines), diff_lines, budget if budget is not None else len(lines))
        if keep < len(lines):
            drift.diff_lines_omitted += len(lines) - keep
            lines = lines[:keep] + [f"... ({len(lines) - keep} more diff lines of {rel})\n"]
        if budget is not None:
            budget -= keep
        drift.diffs[rel] = lines
    drift.extra = [rel for rel in on_disk(out_dir) if rel not in expected]
    return drift
