"""The adversarial corpus (tests/hardening/corpus.py) through `codegen generate`, for both
Python targets. Every case ends in one of the documented outcomes:

* exit 2: the first message line matches the case's expectation (file:line, pointer), and
  nothing is written: the output folder keeps its previous tree and nothing lands beside it;
* exit 0: the package compiles, imports, and passes `mypy --strict` (all accepted packages
  in one mypy run at the end);

never exit 1/3, a traceback, or a hang (each run is bounded).
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from codegen.cli import main as codegen_main

from .corpus import CASES, TEMPLATES, Case

ROOT = Path(__file__).resolve().parents[2]
ACCEPTED: list[tuple[str, Path]] = []  # (package, src folder) of every exit-0 case, for the mypy run


def tree(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def _package(case: Case, template: str) -> str:
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

    def failing_mkdir(self: Path, *args: Any, **kwargs: Any) -> None:
        if err == errno.EACCES and "codegen-new" in str(self):
            raise PermissionError(err, os.strerror(err), str(self))
        real_mkdir(self, *args, **kwargs)

    monkeypatch.setattr(w, "open", failing_open, raising=False)
    monkeypatch.setattr(Path, "mkdir", failing_mkdir)


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
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
    assert (src / package / "__init__.py").is_file()
    assert not (src / "old.py").exists()  # the previous tree was replaced whole
    for py in sorted(src.rglob("*.py")):
        compile(py.read_bytes(), str(py), "exec")
    proc = subprocess.run([sys.executable, "-c", f"import {package}"], env={**os.environ, "PYTHONPATH": str(src)},
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    pages = "\n".join(p.read_text(encoding="utf-8") for p in sorted((out / "python").rglob("*.md")))
    for text in case.docs_without:
        assert text not in pages, f"{case.name} ({template}): {text!r} reached the docs"
    for text in case.docs_with:
        assert text in pages, f"{case.name} ({template}): {text!r} missing from the docs"
    ACCEPTED.append((package, src))


def test_accepted_packages_pass_mypy_strict() -> None:
    """Runs after the cases above (pytest keeps file order): one mypy over every accepted package."""
    expected = {_package(c, t) for c in CASES for t in TEMPLATES if c.expected_exit(t) == 0}
    assert {p for p, _ in ACCEPTED} == expected, "run the whole module: the cases produce the packages"
    args = [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", os.devnull]
    for package, _ in ACCEPTED:
        args += ["-p", package]
    env = {**os.environ, "MYPYPATH": os.pathsep.join(str(src) for _, src in ACCEPTED)}
    proc = subprocess.run(args, env=env, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout[-5000:] + proc.stderr[-2000:]
