"""The benchmark suite runs (smoke size: Leap and a 10-operation synthetic spec, one run,
our generator only). No timing is asserted: benchmarks/run.py measures, tests don't."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_smoke_run_measures_every_case_and_writes_json(tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    proc = subprocess.run(
        [sys.executable, "benchmarks/run.py", "--smoke", "--cache", str(tmp_path / "cache"), "--json", str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=600, stdin=subprocess.DEVNULL,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    body = json.loads(out.read_text(encoding="utf-8"))
    cases = {(c["name"], c["tool"]): c for c in body["cases"]}
    expected = {
        ("leap/python (python-flat) cold generate", "ours"),
        ("leap warm generate (unchanged tree, all its targets)", "ours"),
        ("leap check (unchanged tree, all its targets)", "ours"),
        ("leap one description changed: generate (all its targets)", "ours"),
        ("synthetic 10 ops cold generate", "ours"),
        ("synthetic 10 ops cold generate", "ours (ruff)"),
    }
    assert expected <= set(cases), sorted(cases)
    for key in expected:
        c = cases[key]
        assert c["ok"] and len(c["samples"]) == 1, (key, c["note"])
        assert c["wall"]["median"] > 0 and c["cpu"]["median"] > 0 and c["peak_mb"]["median"] > 0
    assert cases[("synthetic 10 ops cold generate", "ours")]["ops"] == 10
    assert "synthetic 10 ops cold generate" in body["table"]
    assert body["peers"] == {}  # the smoke run installs nothing
