"""The benchmark suite runs (smoke size: Leap and a 10-operation synthetic spec, one run,
our generator only). No timing is asserted: benchmarks/run.py measures, tests don't."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

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
        ("leap: check, first run on a fresh clone", "ours"),
        ("leap: warm generate, first run on a fresh clone", "ours"),
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


def test_no_output_is_deleted_before_the_suite_ends(tmp_path: Path) -> None:
    """Deleting a tree makes the next tool's file creations slow on some file systems
    (run.py, KEEP_OUTPUTS), so every cold run writes a folder of its own, and all of them
    are still there when the suite reports."""
    out = tmp_path / "results.json"
    proc = subprocess.run(
        [sys.executable, "benchmarks/run.py", "--smoke", "--keep", "--cache", str(tmp_path / "cache"),
         "--json", str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=600, stdin=subprocess.DEVNULL,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    work = Path(proc.stdout.rsplit("logs and outputs: ", 1)[1].strip())
    try:
        cold = [c for c in json.loads(out.read_text(encoding="utf-8"))["cases"] if "cold generate" in c["name"]]
        runs = sum(len(c["samples"]) for c in cold)
        assert runs >= 3, cold  # Leap's targets, and the synthetic spec with black and with ruff
        folders = sorted((work / "out").iterdir())
        assert [f.name for f in folders] == sorted(f"run-{k}" for k in range(1, runs + 1))
        for folder in folders:
            assert any(p.suffix == ".md" for p in folder.rglob("*")), f"{folder} lost its output"
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _gone(pid: int) -> bool:
    """The process has ended (a zombie waiting for init counts as ended)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="utf-8") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] == "Z"
    except FileNotFoundError:
        return True


def test_ctrl_c_during_a_measured_run_kills_the_tool_and_its_children(tmp_path: Path) -> None:
    """Interrupting the benchmark (SIGINT, as Ctrl-C sends) must not leave the measured tool,
    or a worker it forked, running."""
    import os
    import signal
    import threading
    import time

    sys.path.insert(0, str(ROOT / "benchmarks"))
    import run  # type: ignore[import-not-found]

    pids = tmp_path / "pids"
    tool = ("import os, subprocess, sys, time\n"
            "child = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(120)'])\n"
            f"open({str(pids)!r}, 'w').write(f'{{os.getpid()}} {{child.pid}}')\n"
            "time.sleep(120)\n")

    def interrupt() -> None:
        deadline = time.monotonic() + 60
        while not pids.exists() or len(pids.read_text().split()) < 2:
            if time.monotonic() > deadline:
                break
            time.sleep(0.05)
        os.kill(os.getpid(), signal.SIGINT)

    timer = threading.Thread(target=interrupt)
    timer.start()
    try:
        with pytest.raises(KeyboardInterrupt):
            run.measure([sys.executable, "-c", tool], tmp_path, dict(os.environ), 300)
    finally:
        timer.join()
    tool_pid, child_pid = (int(p) for p in pids.read_text().split())
    deadline = time.monotonic() + 10  # init reaps the orphaned child
    while not (_gone(tool_pid) and _gone(child_pid)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _gone(tool_pid) and _gone(child_pid)


def test_stages_measures_every_target_stage_by_stage(tmp_path: Path) -> None:
    """benchmarks/stages.py on a tiny synthetic spec, every target: each stage is listed and the
    script exits 0 (it crashed on the python target's naming checks: check_names(api, target))."""
    out = tmp_path / "stages.json"
    proc = subprocess.run(
        [sys.executable, "benchmarks/stages.py", "--sizes", "5", "--targets", "python,python-flat,typescript",
         "--format", "black", "--json", str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=300, stdin=subprocess.DEVNULL,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    (result,) = json.loads(out.read_text(encoding="utf-8"))
    (run,) = result["runs"]
    assert run["outcome"] == "generated" and run["operations"] == 5
    assert [s["stage"] for s in run["stages"]] == [
        "load", "refs", "validator", "build",
        "python: names", "python: render", "python: format (black)",
        "python-flat: render", "python-flat: format (black)",
        "typescript: render", "typescript: format (black)",
    ]


@pytest.mark.parametrize(("reading", "at_least", "at_most"), [(0.0, 40, 101), (0.005, 5, 15)])
def test_the_memory_sampler_keeps_to_a_small_share_of_a_core(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                             reading: float, at_least: int, at_most: int) -> None:
    """A quick reading is taken every 10 ms; a slow one (a process of several GB: its page
    tables are walked) is followed by a wait 19 times as long. A 1 s run whose readings take
    5 ms is sampled about 10 times, not the ~66 times of a fixed 10 ms period."""
    import os
    import time

    sys.path.insert(0, str(ROOT / "benchmarks"))
    import run  # type: ignore[import-not-found]

    calls: list[float] = []

    def slow_tree_rss(pid: int) -> int:
        calls.append(time.perf_counter())
        time.sleep(reading)
        return 1 << 20

    monkeypatch.setattr(run, "_tree_rss", slow_tree_rss)
    sample = run.measure([sys.executable, "-c", "import time; time.sleep(1)"], tmp_path, dict(os.environ), 60)
    assert sample.rc == 0 and sample.peak_mb == 1.0
    assert at_least <= len(calls) <= at_most, len(calls)


# an excerpt of openapi-python-client 0.29.1's output on amazonaws.com/ec2.json: the first
# operation is left out, the second is generated with a response omitted
OPC_LOG = """Generating /tmp/out
Warning(s) encountered while generating. Client was generated, but some pieces may be missing

WARNING parsing GET /#Action=AcceptAddressTransfer within default. Endpoint will not be generated.

cannot parse parameter of endpoint get_accept_address_transfer: Reference #/components/schemas/TagSpecification not found


WARNING parsing GET /#Action=AcceptTransitGatewayPeeringAttachment within default.

Cannot parse response for status code 200 (Could not find reference in parsed models or enums), response will be omitted

WARNING parsing POST /#Action=AcceptAddressTransfer within default. Endpoint will not be generated.

Unsupported content type text/xml
"""


@pytest.mark.parametrize(("tool", "rcs", "log", "made"), [
    ("openapi-python-client", [0], OPC_LOG, 8),  # 10 operations, 2 left out
    ("openapi-python-client", [0], "Generating /tmp/out\n", 10),
    ("openapi-python-client", [1], OPC_LOG, None),  # failed: made nothing
    ("ours", [0], "", 10),  # exit 0: every operation can be called
    ("ours (ruff)", [0, 0], "", 10),
    ("ours", [0, 2], "", None),
    ("openapi-generator", [0], "", None),  # reports nothing of the kind
])
def test_the_corpus_counts_the_operations_each_tool_generated(
        tmp_path: Path, tool: str, rcs: list[int], log: str, made: int | None) -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import run  # type: ignore[import-not-found]

    case = run.Case("corpus", "x.json cold generate", tool, ops=10)
    case.samples = [run.Sample(wall=1.0, cpu=1.0, peak_mb=1.0, rc=rc) for rc in rcs]
    (tmp_path / "last.log").write_text(log, encoding="utf-8")
    assert run._operations_made(case, tmp_path / "last.log") == made
    case.made = run._operations_made(case, tmp_path / "last.log")
    assert case.per_op == (made if made is not None else 10)
