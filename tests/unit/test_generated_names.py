"""Every name the generated Python code uses is defined or imported (ruff's F821, which reads
annotations too: they are strings at runtime under `from __future__ import annotations`, so a
missing import would only show at a model's first use). Checked on the committed trees, which
the golden tests and `codegen check` keep equal to a fresh generation, and on fresh generations
of the e2e tests' fixture specs; the hand-written runtime files (checked by their own tests)
are left out."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from codegen.format import ruff_binary
from codegen.render import static_sources

ROOT = Path(__file__).resolve().parents[2]


def test_generated_python_uses_no_undefined_name(tmp_path: Path) -> None:
    static = {p.read_bytes() for p in static_sources()}
    trees = sorted(ROOT.glob("generated/*/*/src")) + sorted(ROOT.glob("tests/golden/cases/*/expected/*/src"))
    for settings in sorted(ROOT.glob("tests/e2e/fixtures/*/codegen.yaml")):  # specs the e2e tests generate
        out = tmp_path / settings.parent.name
        proc = subprocess.run([sys.executable, "-m", "codegen", "generate", "--spec", str(settings.parent / "spec.yaml"),
                               "--settings", str(settings), "--out", str(out)],
                              cwd=ROOT, capture_output=True, text=True, timeout=300, stdin=subprocess.DEVNULL)
        assert proc.returncode == 0, proc.stdout + proc.stderr
        trees += sorted(out.glob("*/src"))
    files = [p for tree in trees for p in sorted(tree.rglob("*.py")) if p.read_bytes() not in static]
    assert len(files) > 200 and any("models/operations" in p.as_posix() for p in files)
    proc = subprocess.run([ruff_binary(), "check", "--isolated", "--no-cache", "--select", "F821",
                           "--output-format", "concise", *map(str, files)],
                          capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)
    assert proc.returncode == 0, proc.stdout + proc.stderr
