"""Repository-wide pytest configuration.

* ``--update-goldens`` (or env ``UPDATE_GOLDENS=1``): golden tests rewrite their
  expected files instead of comparing; read it through the ``update_goldens``
  fixture. Refused under CI, where goldens must only be compared.
* ``repo_root`` fixture: the checkout's root directory.
* markers ``e2e`` (end-to-end: servers, subprocesses, fresh venvs; everything
  under tests/e2e/ gets it automatically) and ``prism`` (needs the Prism mock
  server, node): deselect with ``-m "not e2e"`` or ``-m "not prism"``.
"""

from __future__ import annotations

import os
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
