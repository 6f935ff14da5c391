"""Inputs that live outside the repository, in ../shared (seeds, reference documents).

A test whose input is missing must not pass quietly: under CI (CI set to anything but
"", 0, false, no) it FAILS, naming what is missing; on a developer's machine without
../shared it is skipped with the same message.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
REFERENCE = SHARED / "reference"


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def missing(what: str) -> None:
    """Fail (CI) or skip (elsewhere) because an input outside the repository is missing."""
    message = f"{what} (expected beside the repository, in {SHARED})"
    if in_ci():
        pytest.fail(f"input missing under CI: {message}", pytrace=False)
    pytest.skip(message)


def seed(prefix: str) -> Path:
    """The seed file shared/seeds/<prefix>_*.txt (exactly one)."""
    found = sorted(SEEDS.glob(f"{prefix}_*.txt")) if SEEDS.is_dir() else []
    if len(found) != 1:
        missing(f"seed {prefix} ({len(found)} files match {prefix}_*.txt)")
    return found[0]


def reference(name: str) -> Path:
    path = REFERENCE / name
    if not path.is_file():
        missing(f"reference document {name}")
    return path
