"""Whole-process timings of the codegen command, medians of N runs, with a baseline beside them.

    .venv/bin/python benchmarks/codegen_times.py [--runs 5] [API ...]

For each API: `codegen check` and `codegen generate` on the committed (unchanged) tree,
and a cold `codegen generate` into an empty temporary folder (every file rendered and
formatted). The baseline is the same interpreter starting and exiting (`python -c pass`),
so the ratios mean something on a noisy, shared machine.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def timed(cmd: list[str], runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        t0 = time.perf_counter()
        proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
        out.append(time.perf_counter() - t0)
        if proc.returncode != 0:
            sys.exit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{proc.stdout}{proc.stderr}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("apis", nargs="*")
    args = ap.parse_args()
    apis = args.apis or sorted(p.parent.name for p in (ROOT / "spec").glob("*/codegen.yaml"))
    py = sys.executable
    base = statistics.median(timed([py, "-c", "pass"], args.runs))
    rows = [("baseline: python -c pass", base)]
    for api in apis:
        rows.append((f"codegen check {api}", statistics.median(timed([py, "-m", "codegen", "check", api], args.runs))))
        rows.append((f"codegen generate {api} (unchanged tree)",
                     statistics.median(timed([py, "-m", "codegen", "generate", api], args.runs))))
        cold = []
        for _ in range(args.runs):
            with tempfile.TemporaryDirectory() as tmp:
                spec = ROOT / "spec" / api
                cold += timed([py, "-m", "codegen", "generate", "--spec", str(spec / "openapi.yaml"), "--settings",
                               str(spec / "codegen.yaml"), "--out", tmp], 1)
        rows.append((f"codegen generate {api} (cold, empty output)", statistics.median(cold)))
    width = max(len(name) for name, _ in rows)
    print(f"{'command':<{width}}  median of {args.runs}   x baseline")
    for name, secs in rows:
        print(f"{name:<{width}}  {secs:8.3f} s   {secs / base:6.1f}x")


if __name__ == "__main__":
    main()
