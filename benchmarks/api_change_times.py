"""Timings of the API-change workflow: `check` (fast), `check --strict`, and `diff`.

    .venv/bin/python benchmarks/api_change_times.py [--runs 7] [--json out.json]

Whole processes, as CI runs them, on the committed tree (which must be up to date):
for each API `codegen check API` and `codegen check --strict API`, and `codegen diff` of
the Leonardo spec against itself. Each figure is the median of N runs with its spread
(min-max); the baseline is the same interpreter starting and exiting (`python -c pass`),
measured in the same rounds, so ratios stay meaningful on a busy machine. Runs are
interleaved (one of each command per round) so load changes hit every command alike.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--json", type=Path, help="also write the results here")
    args = ap.parse_args()
    apis = sorted(p.parent.name for p in (ROOT / "spec").glob("*/codegen.yaml"))
    py = sys.executable
    leonardo = "spec/leonardo/openapi.yaml"
    commands: dict[str, list[str]] = {"baseline: python -c pass": [py, "-c", "pass"]}
    for api in apis:
        commands[f"check {api}"] = [py, "-m", "codegen", "check", api]
        commands[f"check --strict {api}"] = [py, "-m", "codegen", "check", "--strict", api]
    commands["check (all APIs)"] = [py, "-m", "codegen", "check"]
    commands["check --strict (all APIs)"] = [py, "-m", "codegen", "check", "--strict"]
    commands["diff leonardo leonardo"] = [py, "-m", "codegen", "diff", leonardo, leonardo]
    times: dict[str, list[float]] = {k: [] for k in commands}
    for _ in range(args.runs):
        for name, cmd in commands.items():
            t0 = time.perf_counter()
            proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
            times[name].append(time.perf_counter() - t0)
            if proc.returncode != 0:
                sys.exit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{proc.stdout}{proc.stderr}")
    base = statistics.median(times["baseline: python -c pass"])
    print(f"{'command':32} {'median':>8} {'min-max':>15} {'x baseline':>10}   ({args.runs} runs each)")
    results = {}
    for name, ts in times.items():
        med = statistics.median(ts)
        results[name] = {"median_s": round(med, 4), "min_s": round(min(ts), 4), "max_s": round(max(ts), 4),
                         "runs": len(ts), "ratio_to_baseline": round(med / base, 2)}
        print(f"{name:32} {med:7.3f}s {min(ts):6.3f}-{max(ts):6.3f}s {med / base:9.1f}x")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, sort_keys=True) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
