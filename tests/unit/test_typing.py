"""The generator itself type-checks under `mypy --strict` (every helper keeps it green)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_codegen_passes_mypy_strict(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--cache-dir", str(tmp_path / "cache"),
         "codegen"],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
    )
    assert proc.returncode == 0, f"mypy --strict codegen found problems:\n{proc.stdout}{proc.stderr}"
    assert proc.stdout.strip() == ""
