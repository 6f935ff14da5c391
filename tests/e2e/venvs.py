"""Fresh virtual environments for installing and exercising generated Python SDKs.

    venv = Venv(tmp_path / "venv")
    python = venv.install(repo_root / "generated/leonardo/python", extra=["mypy"])
    rc, out, err = run_in_venv(python, "import leonardo; print(leonardo.__name__)", timeout=60)

The package is installed from a *copy* of its directory (without build/,
*.egg-info, caches), so the build never writes into generated/ and a uv cache
entry can never be stale. ``uv venv`` + ``uv pip install`` is used when uv is on
PATH (or ``python -m uv`` works), else ``python -m venv`` + pip. All
subprocesses have timeouts and run with stdin closed.

In tests use the session fixture ``sdk_venv(api, target="python")`` from
tests/e2e/conftest.py: one venv per (api, target, extras) per session.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import NamedTuple

__all__ = ["Venv", "build_venv", "run_in_venv", "RunResult", "VenvError", "TIMEOUT_RC", "find_uv"]

TIMEOUT_RC = 124  # like coreutils `timeout`
_COPY_IGNORE = shutil.ignore_patterns(
    "build", "dist", "*.egg-info", "__pycache__", "*.pyc", ".mypy_cache", ".pytest_cache", ".venv", "node_modules"
)
# Variables that would make the child use our interpreter's environment instead of its own.
_SCRUB_ENV = ("VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP", "PYTHONUSERBASE", "CONDA_PREFIX", "UV_PYTHON")


class VenvError(RuntimeError):
    """Creating the venv or installing into it failed (message has the tool output)."""


class RunResult(NamedTuple):
    rc: int
    stdout: str
    stderr: str

    @property
    def timed_out(self) -> bool:
        return self.rc == TIMEOUT_RC and "[run_in_venv] timed out" in self.stderr

    def check(self) -> RunResult:
        """Raise AssertionError with both streams unless rc == 0; return self."""
        if self.rc != 0:
            raise AssertionError(f"driver failed (rc={self.rc})\n--- stdout\n{self.stdout}\n--- stderr\n{self.stderr}")
        return self


def _clean_env(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in _SCRUB_ENV}
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["PYTHONUNBUFFERED"] = "1"
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    env["UV_PYTHON_DOWNLOADS"] = "never"  # no network except the package index
    if extra:
        env.update(extra)
    return env


def _run(cmd: Sequence[str], timeout: float, what: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    try:
        proc = subprocess.run(
            list(cmd),
            capture_output=True,
            text=True,
            timeout=timeout,
            stdin=subprocess.DEVNULL,
            env=_clean_env(),
            cwd=cwd,
        )
    except subprocess.TimeoutExpired as e:
        raise VenvError(f"{what}: timed out after {timeout:.0f} s: {' '.join(cmd)}\n{e.stderr!r}") from None
    if proc.returncode != 0:
        raise VenvError(
            f"{what} failed (rc={proc.returncode}): {' '.join(cmd)}\n--- stdout\n{proc.stdout}\n--- stderr\n{proc.stderr}"
        )
    return proc


def find_uv() -> list[str] | None:
    """Command prefix to run uv, or None.

    Looks for ``uv`` on PATH, then ``python -m uv`` with this interpreter and with
    the interpreter this venv was made from (scripts/bootstrap installs uv with
    pip there on a fresh machine), then ``~/.local/bin/uv``.
    """
    exe = shutil.which("uv")
    if exe:
        return [exe]
    candidates: list[list[str]] = []
    for py in dict.fromkeys([sys.executable, getattr(sys, "_base_executable", sys.executable)]):
        candidates.append([py, "-m", "uv"])
    local = Path.home() / ".local" / "bin" / "uv"
    if local.exists():
        candidates.append([str(local)])
    for cmd in candidates:
        try:
            ok = subprocess.run([*cmd, "--version"], capture_output=True, timeout=30, stdin=subprocess.DEVNULL)
        except (OSError, subprocess.TimeoutExpired):
            continue
        if ok.returncode == 0:
            return cmd
    return None


class Venv:
    """A virtual environment at ``directory`` (created fresh: an existing one is wiped)."""

    def __init__(self, directory: str | Path, *, base_python: str | Path | None = None, use_uv: bool | None = None):
        self.directory = Path(directory).resolve()
        self.base_python = str(base_python or sys.executable)
        uv = find_uv() if use_uv in (None, True) else None
        if use_uv is True and uv is None:
            raise VenvError("uv requested but not found")
        self.uv = uv
        self.timings: dict[str, float] = {}
        self._created = False

    @property
    def python(self) -> Path:
        return self.directory / "bin" / "python"

    def create(self, timeout: float = 120.0) -> Path:
        if self.directory.exists():
            if not (self.directory / "pyvenv.cfg").exists() and any(self.directory.iterdir()):
                raise VenvError(f"refusing to wipe {self.directory}: not empty and not a venv")
            shutil.rmtree(self.directory)
        self.directory.parent.mkdir(parents=True, exist_ok=True)
        t = time.monotonic()
        if self.uv:
            _run([*self.uv, "venv", "--quiet", "--python", self.base_python, str(self.directory)], timeout, "uv venv")
        else:
            _run([self.base_python, "-m", "venv", str(self.directory)], timeout, "python -m venv")
        self.timings["create"] = time.monotonic() - t
        if not self.python.exists():
            raise VenvError(f"no interpreter at {self.python} after creating the venv")
        self._created = True
        return self.python

    def pip_install(self, *requirements: str, timeout: float = 600.0) -> None:
        """Install requirement specifiers / paths into the venv."""
        if not self._created:
            self.create()
        if not requirements:
            return
        if self.uv:
            cmd = [*self.uv, "pip", "install", "--quiet", "--python", str(self.python), *requirements]
        else:
            cmd = [str(self.python), "-m", "pip", "install", "--quiet", *requirements]
        _run(cmd, timeout, "install")

    def install(
        self,
        package_dir: str | Path,
        extra: Sequence[str] = (),
        *,
        editable: bool = False,
        timeout: float = 600.0,
    ) -> Path:
        """Install the package at ``package_dir`` (+ ``extra`` requirements); return the venv's python.

        Not editable by default: the package is copied to ``<venv>/src/<name>``
        and installed from there, as a user would install a released package.
        """
        src = Path(package_dir).resolve()
        if not any((src / f).exists() for f in ("pyproject.toml", "setup.py", "setup.cfg")):
            raise VenvError(f"{src} is not an installable Python package (no pyproject.toml/setup.py)")
        if not self._created:
            self.create()
        if not editable:
            copy = self.directory / "src" / src.name
            if copy.exists():
                shutil.rmtree(copy)
            shutil.copytree(src, copy, ignore=_COPY_IGNORE)
            target = [str(copy)]
        else:
            target = ["-e", str(src)]
        t = time.monotonic()
        self.pip_install(*target, *extra, timeout=timeout)
        self.timings["install"] = time.monotonic() - t
        return self.python

    def run(self, script: str | Path, args: Sequence[str] = (), **kw: object) -> RunResult:
        return run_in_venv(self.python, script, args, **kw)  # type: ignore[arg-type]


def build_venv(
    directory: str | Path, package_dir: str | Path, extra: Sequence[str] = ("mypy",), *, timeout: float = 600.0
) -> Path:
    """Create a fresh venv at ``directory``, install the package + extras, return its python."""
    return Venv(directory).install(package_dir, extra=extra, timeout=timeout)


def run_in_venv(
    python: str | Path,
    script: str | Path | None,
    args: Sequence[str] = (),
    timeout: float = 60.0,
    *,
    cwd: str | Path | None = None,
    env: Mapping[str, str] | None = None,
    module: str | None = None,
) -> RunResult:
    """Run a driver in the venv as a subprocess, bounded by ``timeout``; return (rc, stdout, stderr).

    ``script`` is Python source text (``str``) or a file (``Path``); pass
    ``script=None, module="mypy"`` to run ``python -m mypy args``. The child gets
    a scrubbed environment (no VIRTUAL_ENV/PYTHONPATH of the test runner) plus
    ``env``. On timeout the whole process group is killed and
    ``rc == TIMEOUT_RC`` (124) with a ``[run_in_venv] timed out`` line in stderr.
    """
    with tempfile.TemporaryDirectory(prefix="driver-") as tmp:
        if module is not None:
            cmd = [str(python), "-m", module, *args]
        elif isinstance(script, Path):
            cmd = [str(python), str(script.resolve()), *args]
        elif isinstance(script, str):
            path = Path(tmp) / "driver.py"
            path.write_text(script)
            cmd = [str(python), str(path), *args]
        else:
            raise TypeError("give a script (str source or Path) or module=")
        proc = subprocess.Popen(
            cmd,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=str(cwd) if cwd is not None else tmp,
            env=_clean_env(env),
            start_new_session=True,
        )
        try:
            out, err = proc.communicate(timeout=timeout)
            return RunResult(proc.returncode, out, err)
        except subprocess.TimeoutExpired:
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            out, err = proc.communicate(timeout=10)
            return RunResult(TIMEOUT_RC, out or "", (err or "") + f"\n[run_in_venv] timed out after {timeout:g} s: {cmd}\n")
