"""A real `codegen generate` (Leap: its python-flat and TypeScript targets), interrupted (SIGINT) or killed (SIGKILL) at random
moments: every output folder must then hold exactly its previous tree or its new one,
no formatter process may outlive the run, an interrupt leaves nothing beside the folders
and prints what it left, and the next run cleans up what a kill left beside them.

The previous trees come from edited copies of the real specs (an operation removed, a title
changed), so that old and new differ in file set and in contents. Trials: KILL_TRIALS
(default 8, half of each signal) with the seed KILL_SEED (default: random, printed).
A longer run: `KILL_TRIALS=200 .venv/bin/python -m pytest tests/hardening/test_kill.py`.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
APIS = ("leap",)  # both of its targets; the smaller API keeps each trial short
TRIALS = int(os.environ.get("KILL_TRIALS", "8"))
SEED = int(os.environ.get("KILL_SEED", str(random.SystemRandom().randrange(1 << 30))))


def tree(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def _older(api: str, spec: dict) -> dict:
    spec["info"]["title"] = spec["info"]["title"] + " (previous)"
    first = sorted(spec["paths"])[0]
    del spec["paths"][first]
    return spec


def _codegen(root: Path, *args: str) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen([sys.executable, "-m", "codegen", "generate", "--root", str(root), *APIS, *args], cwd=root,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                            stdin=subprocess.DEVNULL, start_new_session=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))


def _alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
        return True
    except ProcessLookupError:
        return False


@pytest.fixture(scope="module")
def trees(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, dict[str, str]], dict[str, dict[str, str]]]:
    """A project whose spec/ is the real one; the old and the new tree of every API."""
    base = tmp_path_factory.mktemp("kill")
    old_root, new_root = base / "old", base / "new"
    for api in APIS:
        shutil.copytree(ROOT / "spec" / api, old_root / "spec" / api)
        spec_file = old_root / "spec" / api / "openapi.yaml"
        spec_file.write_text(yaml.safe_dump(_older(api, yaml.safe_load(spec_file.read_text(encoding="utf-8"))),
                                            sort_keys=False, allow_unicode=True), encoding="utf-8")
    proc = _codegen(old_root)
    assert proc.communicate(timeout=600) and proc.returncode == 0
    # the new trees: generated over the old ones, as in every trial (what a generation writes
    # may depend on the tree it replaces, e.g. release notes)
    shutil.copytree(old_root, new_root)
    for api in APIS:
        shutil.rmtree(new_root / "spec" / api)
        shutil.copytree(ROOT / "spec" / api, new_root / "spec" / api)
    proc = _codegen(new_root)
    assert proc.communicate(timeout=600) and proc.returncode == 0
    # every output folder (api/target) of the new generation, its old and new trees
    folders = sorted(f"{api}/{t.name}" for api in APIS for t in (new_root / "generated" / api).iterdir())
    old = {f: tree(old_root / "generated" / f) for f in folders}
    new = {f: tree(new_root / "generated" / f) for f in folders}
    for f in folders:
        assert old[f] != new[f] and set(old[f]) != set(new[f]), f
    return base, old, new


def test_kill_and_interrupt_leave_old_or_new(trees: tuple[Path, dict, dict]) -> None:
    base, old, new = trees
    rng = random.Random(SEED)
    print(f"KILL_SEED={SEED}")
    work = base / "work"
    # how long a run takes here, to spread the signals over all of it (the swap included)
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(base / "old", work)
    shutil.rmtree(work / "spec")
    shutil.copytree(base / "new" / "spec", work / "spec")
    t0 = time.monotonic()
    proc = _codegen(work)
    proc.communicate(timeout=600)
    span = time.monotonic() - t0
    outcomes = {"old": 0, "new": 0}
    for trial in range(TRIALS):
        sig = signal.SIGKILL if trial % 2 == 0 else signal.SIGINT
        shutil.rmtree(work)
        shutil.copytree(base / "old", work)
        shutil.rmtree(work / "spec")
        shutil.copytree(base / "new" / "spec", work / "spec")
        # half over the whole run, half near its end, where the trees are swapped
        delay = rng.uniform(0.2, span * 1.05) if trial % 4 < 2 else rng.uniform(span * 0.75, span * 1.05)
        proc = _codegen(work)
        time.sleep(delay)
        proc.send_signal(sig)
        out, err = proc.communicate(timeout=120)
        print(f"trial {trial} {sig.name} delay={delay:.2f}/{span:.2f} rc={proc.returncode} {err.strip()[-200:]!r}")
        deadline = time.monotonic() + 10
        while _alive(proc.pid) and time.monotonic() < deadline:  # formatter workers die with the parent
            time.sleep(0.1)
        assert not _alive(proc.pid), f"trial {trial}: processes of the run outlived it"
        for folder in sorted(new):
            out_dir = work / "generated" / folder
            got = tree(out_dir)
            state = "old" if got == old[folder] else "new" if got == new[folder] else "mixed"
            assert state != "mixed", f"trial {trial} ({sig.name} after {delay:.2f}s): {folder} holds a mixed tree"
            outcomes[state] += 1
        for api in APIS:
            beside = sorted(p.name for p in (work / "generated" / api).iterdir()
                            if f"{api}/{p.name}" not in new)
            if sig == signal.SIGINT:
                assert beside == [], f"trial {trial}: SIGINT left {beside}"
        if sig == signal.SIGINT and proc.returncode == 130:
            assert "interrupted;" in err
            replaced = [f for f in sorted(new) if old[f] != new[f] and tree(work / "generated" / f) == new[f]]
            if not replaced:
                assert "nothing was written" in err or "replaced: none" in err, err
            for folder in replaced:
                assert f"generated/{folder}" in err.split("left as they were")[0], err
    # a kill may leave a staging folder beside the output: the next run removes it
    proc = _codegen(work)
    proc.communicate(timeout=600)
    assert proc.returncode == 0
    for folder in sorted(new):
        assert tree(work / "generated" / folder) == new[folder]
    for api in APIS:
        assert sorted(f"{api}/{p.name}" for p in (work / "generated" / api).iterdir()) == sorted(
            f for f in new if f.startswith(api + "/"))
    print(f"kill test: {TRIALS} trials, outcomes per folder {outcomes}")
