"""The adversarial corpus (tests/hardening/corpus.py) through `codegen generate`, for both
Python targets and the TypeScript target. Every case ends in one of the documented outcomes:

* exit 2: the first message line matches the case's expectation (file:line, pointer), and
  nothing is written: the output folder keeps its previous tree and nothing lands beside it;
* exit 0: a Python package compiles, imports, and passes `mypy --strict` (all accepted
  packages in one mypy run at the end); a TypeScript package passes `tsc --strict` (all
  accepted packages in one tsc run at the end);

never exit 1/3, a traceback, or a hang (each run is bounded).
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from codegen.cli import main as codegen_main

from tests.e2e.npmtools import TYPESCRIPT_VERSION, ensure_tool, require_node

from .corpus import CASES, PYTHON, TEMPLATES, Case

ROOT = Path(__file__).resolve().parents[2]
ACCEPTED: list[tuple[str, Path]] = []  # (package, src folder) of every exit-0 Python case, for the mypy run
ACCEPTED_TS: list[tuple[str, Path]] = []  # (package, package folder) of every exit-0 TypeScript case, for tsc
RUNS = [(c, t) for c in CASES for t in TEMPLATES if t in c.templates]


def tree(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def _package(case: Case, template: str) -> str:
    if template == "typescript":  # an npm name
        return "adv-" + re.sub(r"[^a-z0-9]", "-", case.name.lower())
    return "adv_" + re.sub(r"\W", "_", case.name) + ("_flat" if template == "python-flat" else "")


def _fail_writes(monkeypatch: pytest.MonkeyPatch, err: int) -> None:
    """Writes under the output folder fail as on a read-only folder or a full disk (as root,
    permissions do not stop a write, so the system call is made to fail)."""
    import codegen.write as w

    real_open = open
    real_mkdir = Path.mkdir

    def failing_open(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if "w" in mode and "codegen-new" in str(file):
            raise OSError(err, os.strerror(err), str(file))
        return real_open(file, mode, *args, **kwargs)

    real_os_open = os.open

    def failing_os_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT) and "codegen-new" in str(path):
            raise OSError(err, os.strerror(err), str(path))
        return real_os_open(path, flags, *args, **kwargs)

    def failing_mkdir(self: Path, *args: Any, **kwargs: Any) -> None:
        if err == errno.EACCES and "codegen-new" in str(self):
            raise PermissionError(err, os.strerror(err), str(self))
        real_mkdir(self, *args, **kwargs)

    monkeypatch.setattr(w, "open", failing_open, raising=False)
    monkeypatch.setattr(os, "open", failing_os_open)
    monkeypatch.setattr(Path, "mkdir", failing_mkdir)


@pytest.mark.parametrize(("case", "template"), RUNS, ids=[f"{c.name}-{t}" for c, t in RUNS])
def test_case(case: Case, template: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
              monkeypatch: pytest.MonkeyPatch) -> None:
    package = _package(case, template)
    folder = tmp_path / "spec"
    folder.mkdir()
    spec, settings = case.write(folder, template, package)
    out = tmp_path / "out"
    previous = out / "python"
    if case.out == "file":
        out.write_text("not a folder\n")
    else:  # a previous tree that a failed run must leave as it is
        (previous / "src").mkdir(parents=True)
        (previous / "src" / "old.py").write_text("OLD = 1\n")
        (previous / ".codegen-manifest.json").write_text("{}\n")
    before = tree(out) if out.is_dir() else None
    if case.out in ("readonly", "full"):
        _fail_writes(monkeypatch, errno.EACCES if case.out == "readonly" else errno.ENOSPC)
    monkeypatch.chdir(tmp_path)
    rc = codegen_main(["generate", "--spec", str(spec), "--settings", str(settings), "--out", str(out), "-j", "1"])
    err = capsys.readouterr().err
    expected = case.expected_exit(template)
    assert rc == expected, f"{case.name} ({template}): exit {rc}, expected {expected}\n{err}"
    assert "Traceback" not in err and "internal error" not in err
    if expected == 2:
        first = err.splitlines()[0]
        assert re.search(case.expected_message(template), first), f"{case.name} ({template}): {first!r}"
        assert "error" in first
        last = err.splitlines()[-1]
        assert re.fullmatch(r"codegen: \d+ error\(s\); (nothing was written|replaced: none; left as they were: .*)",
                            last), last
        if before is not None:
            assert tree(out) == before, f"{case.name}: the output folder changed"
            assert sorted(p.name for p in out.iterdir()) == ["python"], "something was left beside the output"
        else:
            assert out.read_text() == "not a folder\n"
        return
    src = out / "python" / "src"
    assert not (src / "old.py").exists()  # the previous tree was replaced whole
    _check_docs(case, template, out / "python")
    if template == "typescript":
        name = case.settings.get("package", package)
        assert json.loads((out / "python" / "package.json").read_text())["name"] == name
        ACCEPTED_TS.append((package, out / "python"))
        return
    assert (src / package / "__init__.py").is_file()
    for py in sorted(src.rglob("*.py")):
        compile(py.read_bytes(), str(py), "exec")
    proc = subprocess.run([sys.executable, "-c", f"import {package}"], env={**os.environ, "PYTHONPATH": str(src)},
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    ACCEPTED.append((package, src))


def _check_docs(case: Case, template: str, folder: Path) -> None:
    pages = "\n".join(p.read_text(encoding="utf-8") for p in sorted(folder.rglob("*.md")))
    for text in case.docs_without:
        assert text not in pages, f"{case.name} ({template}): {text!r} reached the docs"
    for text in case.docs_with:
        assert text in pages, f"{case.name} ({template}): {text!r} missing from the docs"


def test_accepted_packages_pass_mypy_strict() -> None:
    """Runs after the cases above (pytest keeps file order): one mypy over every accepted package."""
    expected = {_package(c, t) for c, t in RUNS if t in PYTHON and c.expected_exit(t) == 0}
    assert {p for p, _ in ACCEPTED} == expected, "run the whole module: the cases produce the packages"
    args = [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", os.devnull]
    for package, _ in ACCEPTED:
        args += ["-p", package]
    env = {**os.environ, "MYPYPATH": os.pathsep.join(str(src) for _, src in ACCEPTED)}
    proc = subprocess.run(args, env=env, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout[-5000:] + proc.stderr[-2000:]


def test_accepted_typescript_packages_pass_tsc_strict(tmp_path: Path) -> None:
    """Runs after the cases above: one `tsc --strict --noEmit` over every accepted TypeScript
    package (each keeps its own package.json, so module resolution is as in the package)."""
    expected = {_package(c, t) for c, t in RUNS if t == "typescript" and c.expected_exit(t) == 0}
    assert {p for p, _ in ACCEPTED_TS} == expected, "run the whole module: the cases produce the packages"
    require_node()
    tsc = ensure_tool("typescript", TYPESCRIPT_VERSION, "tsc")
    options = json.loads((ACCEPTED_TS[0][1] / "tsconfig.json").read_text())["compilerOptions"]
    for key in ("rootDir", "outDir", "declaration"):
        options.pop(key, None)
    config = {"compilerOptions": {**options, "strict": True, "noEmit": True},
              "include": [str(folder / "src") for _, folder in ACCEPTED_TS]}
    (tmp_path / "tsconfig.json").write_text(json.dumps(config), encoding="utf-8")
    proc = subprocess.run([str(tsc), "-p", "tsconfig.json"], cwd=tmp_path, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout[-5000:] + proc.stderr[-2000:]
    listed = subprocess.run([str(tsc), "-p", "tsconfig.json", "--listFilesOnly"], cwd=tmp_path, capture_output=True,
                            text=True, timeout=600).stdout
    for _, folder in ACCEPTED_TS:  # every package was part of the run
        assert str(folder / "src" / "index.ts") in listed, folder
