"""Repository-wide pytest configuration.

* ``--update-goldens`` (or env ``UPDATE_GOLDENS=1``): golden tests rewrite their
  expected files instead of comparing; read it through the ``update_goldens``
  fixture. Refused under CI, where goldens must only be compared.
* ``repo_root`` fixture: the checkout's root directory.
* ``golden_generation`` fixture: a full generation (every target, runtime files
  included) of a golden feature case, made once per session and shared by the tests
  that compile, import, type-check or call it.
* markers ``e2e`` (end-to-end: servers, subprocesses, fresh venvs; everything
  under tests/e2e/ gets it automatically) and ``prism`` (needs the Prism mock
  server, node): deselect with ``-m "not e2e"`` or ``-m "not prism"``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
_TRUE = ("1", "true", "yes", "on")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-goldens",
        action="store_true",
        default=False,
        help="rewrite golden files instead of comparing against them (also: UPDATE_GOLDENS=1)",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "e2e: end-to-end test (servers, subprocesses, fresh venvs); -m 'not e2e' skips")
    config.addinivalue_line("markers", "prism: needs the Prism mock server (node, .tools/); -m 'not prism' skips")
    if _update_goldens(config) and os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no"):
        raise pytest.UsageError("--update-goldens / UPDATE_GOLDENS=1 is not allowed under CI")


def _update_goldens(config: pytest.Config) -> bool:
    return bool(config.getoption("--update-goldens")) or os.environ.get("UPDATE_GOLDENS", "").strip().lower() in _TRUE


@pytest.fixture(scope="session")
def update_goldens(pytestconfig: pytest.Config) -> bool:
    """True when golden files should be (re)written rather than compared."""
    return _update_goldens(pytestconfig)


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture(scope="session")
def golden_generation(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """generate(case) -> the output folder of `codegen generate` on tests/golden/cases/<case>
    (one subfolder per target); generated once per session. Treat it as read-only."""
    made: dict[str, Path] = {}

    def generate(case: str) -> Path:
        if case not in made:
            out = tmp_path_factory.mktemp(f"golden-{case}")
            env = {**os.environ, "PYTHONPATH": str(REPO_ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
            proc = subprocess.run([sys.executable, "-m", "codegen", "generate", "--spec", "spec.yaml", "--settings",
                                   "codegen.yaml", "--out", str(out / "out")], cwd=REPO_ROOT / "tests/golden/cases" / case,
                                  capture_output=True, text=True, timeout=300, env=env)
            assert proc.returncode == 0, proc.stderr
            made[case] = out / "out"
        return made[case]

    return generate
