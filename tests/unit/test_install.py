"""How the generator is installed: a built (non-editable) wheel carries its templates and
works on its own, and the dependencies are locked (requirements.lock, used by scripts/bootstrap)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LOCK = ROOT / "requirements.lock"


def _uv() -> list[str]:
    found = shutil.which("uv")
    if found:
        return [found]
    return [getattr(sys, "_base_executable", sys.executable), "-m", "uv"]


def _run(cmd: list[str], cwd: Path, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH")}
    env["UV_PYTHON_DOWNLOADS"] = "never"
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=timeout, env=env,
                          stdin=subprocess.DEVNULL)
    assert proc.returncode == 0, f"{' '.join(cmd)} failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}"
    return proc


def _pins(requirements: list[str]) -> dict[str, str]:
    out = {}
    for req in requirements:
        m = re.fullmatch(r"\s*([A-Za-z0-9_.-]+)\s*==\s*([^\s;]+)\s*", req)
        assert m, f"pyproject.toml: every dependency is pinned with ==, not {req!r}"
        out[re.sub(r"[-_.]+", "-", m.group(1)).lower()] = m.group(2)
    return out


def test_the_lock_pins_every_dependency_of_pyproject_at_its_version() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = _pins(project["dependencies"])
    for extra in project.get("optional-dependencies", {}).values():
        wanted.update(_pins(extra))
    text = LOCK.read_text(encoding="utf-8")
    locked = {re.sub(r"[-_.]+", "-", m.group(1)).lower(): m.group(2)
              for m in re.finditer(r"^([A-Za-z0-9_.-]+)==(\S+)", text, re.M)}
    stale = {name: (version, locked.get(name)) for name, version in wanted.items() if locked.get(name) != version}
    assert not stale, f"requirements.lock is stale (pyproject pin, lock pin): {stale}; run scripts/lock"
    # every locked package carries hashes, so an install checks what it downloads
    entries = re.split(r"\n(?=[A-Za-z0-9])", text.strip())
    assert all("--hash=sha256:" in e for e in entries if not e.startswith("#"))
    assert "requirements.lock" in (ROOT / "scripts" / "bootstrap").read_text(encoding="utf-8")


def test_a_built_wheel_carries_the_templates_and_generates_the_committed_output(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    _run([*_uv(), "build", "--wheel", "--quiet", "--out-dir", str(dist), str(ROOT)], cwd=tmp_path)
    (wheel,) = dist.glob("*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    templates = sorted(p.relative_to(ROOT / "templates").as_posix()
                       for p in (ROOT / "templates").rglob("*")
                       if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc")
    assert templates
    assert [t for t in templates if f"codegen/templates/{t}" not in names] == []
    assert "codegen/targets/python.py" in names and "codegen/targets/python_flat.py" in names

    venv = tmp_path / "venv"
    _run([*_uv(), "venv", "--quiet", "--python", sys.executable, str(venv)], cwd=tmp_path)
    install = [*_uv(), "pip", "install", "--quiet", "--python", str(venv / "bin" / "python"), "--compile-bytecode",
               "-r", str(LOCK), str(wheel)]
    try:
        _run([*install, "--offline"], cwd=tmp_path)  # what bootstrap just put in uv's cache
    except AssertionError:
        _run(install, cwd=tmp_path)

    # a project of its own, away from the checkout: spec/ and a copy of generated/ without leap
    work = tmp_path / "work"
    shutil.copytree(ROOT / "spec", work / "spec")
    shutil.copytree(ROOT / "generated", work / "generated",
                    ignore=shutil.ignore_patterns("__pycache__", "*.egg-info", "build", "dist"))
    shutil.rmtree(work / "generated" / "leap")
    where = _run([str(venv / "bin" / "python"), "-c", "import codegen, codegen.settings as s; "
                  "print(codegen.__file__); print(s.TEMPLATES_DIR)"], cwd=work).stdout.split()
    assert all(Path(p).is_relative_to(venv) for p in where), where
    _run([str(venv / "bin" / "codegen"), "generate"], cwd=work)  # leap cold, leonardo against its manifest
    _run([str(venv / "bin" / "codegen"), "check"], cwd=work)
    trees = sorted(p.relative_to(ROOT / "generated").as_posix() for p in (ROOT / "generated").glob("*/*") if p.is_dir())
    assert "leap/python" in trees and "leonardo/python" in trees
    for tree in trees:
        ours = sorted(p.relative_to(ROOT / "generated" / tree) for p in (ROOT / "generated" / tree).rglob("*")
                      if p.is_file() and "__pycache__" not in p.parts)
        theirs = sorted(p.relative_to(work / "generated" / tree) for p in (work / "generated" / tree).rglob("*")
                        if p.is_file() and "__pycache__" not in p.parts)
        assert theirs == ours
        differing = [str(p) for p in ours
                     if (ROOT / "generated" / tree / p).read_bytes() != (work / "generated" / tree / p).read_bytes()]
        assert differing == [], f"{tree}: the wheel generated different files: {differing[:10]}"
