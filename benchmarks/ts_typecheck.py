"""Time to generate and to type-check each TypeScript package, medians of N runs.

    .venv/bin/python benchmarks/ts_typecheck.py [--runs 5] [--scratch DIR]

For generated/leonardo, generated/leap and every golden case with a typescript target:
  * render the typescript target in this process (load + validate + IR + render; the first
    run of each includes nothing cached but the imports), median of --runs;
  * `tsc --strict --noEmit` on the package (pinned typescript from .tools/), median of
    --runs, beside `tsc --version` (node start + loading tsc, the baseline) run the same
    number of times, interleaved.
Files are written into the scratch folder (default: a temporary folder outside the repo).
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
sys.path.insert(0, str(ROOT))

from codegen.pipeline import load_api  # noqa: E402
from codegen.render import render  # noqa: E402
from codegen.settings import load_settings  # noqa: E402

TSC = ROOT / ".tools" / "node_modules" / ".bin" / "tsc"


def packages() -> list[tuple[str, Path, str]]:
    out = [(api, ROOT / "spec" / api / "codegen.yaml", api) for api in ("leonardo", "leap")]
    for case in sorted((ROOT / "tests" / "golden" / "cases").iterdir()):
        if (case / "expected" / "typescript").is_dir():
            out.append((f"golden/{case.name}", case / "codegen.yaml", case.name))
    return out


def run(cmd: list[str], cwd: Path) -> float:
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=600, stdin=subprocess.DEVNULL)
    if proc.returncode != 0:
        sys.exit(f"`{' '.join(cmd)}` failed in {cwd}:\n{proc.stdout[-2000:]}{proc.stderr[-2000:]}")
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--scratch", type=Path, default=None)
    args = ap.parse_args()
    scratch = args.scratch or Path(tempfile.mkdtemp(prefix="ts-typecheck-"))
    if ROOT in scratch.resolve().parents:
        sys.exit("the scratch folder must be outside the repository")
    print(f"# generate + tsc --strict --noEmit, medians of {args.runs} (scratch {scratch})")
    print("| package | files | generate s | tsc s | tsc --version s | tsc / baseline |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for label, settings_path, api in packages():
        settings = load_settings(settings_path, api=api)
        target = next(t for t in settings.targets if t.template == "typescript")
        gen: list[float] = []
        files: dict = {}
        for _ in range(args.runs):
            t0 = time.perf_counter()
            files = render(load_api(settings).api, target)
            gen.append(time.perf_counter() - t0)
        pkg = scratch / label.replace("/", "-")
        for rel, text in files.items():
            (pkg / str(rel)).parent.mkdir(parents=True, exist_ok=True)
            (pkg / str(rel)).write_text(text, encoding="utf-8")
        tsc, base = [], []
        for _ in range(args.runs):
            base.append(run([str(TSC), "--version"], pkg))
            tsc.append(run([str(TSC), "--strict", "--noEmit", "-p", "tsconfig.json"], pkg))
        t, b = statistics.median(tsc), statistics.median(base)
        print(f"| {label} | {len(files)} | {statistics.median(gen):.2f} | {t:.2f} | {b:.2f} | {t / b:.1f}x |")


if __name__ == "__main__":
    main()
