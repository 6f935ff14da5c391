"""Pinned npm tools under .tools/ (Prism, TypeScript, prettier), found or installed once.

``ensure_tool(package, version, bin_name)`` returns the executable of that exact version:
already in ``.tools/node_modules`` (scripts/bootstrap installs every pinned tool), or
installed there with npm on a developer machine. Under CI a missing tool is a test failure
(CI must install it with scripts/bootstrap); elsewhere, when npm cannot install it, the test
is skipped with the reason.
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
TOOLS_DIR = REPO_ROOT / ".tools"
INSTALL_TIMEOUT = 300.0

# keep in sync with scripts/bootstrap
TYPESCRIPT_VERSION = "5.6.3"
PRETTIER_VERSION = "3.3.3"


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def installed_version(package: str, tools_dir: Path = TOOLS_DIR) -> str | None:
    pkg = tools_dir / "node_modules" / package / "package.json"
    try:
        return str(json.loads(pkg.read_text())["version"])
    except (OSError, ValueError, KeyError):
        return None


def tool_bin(bin_name: str, tools_dir: Path = TOOLS_DIR) -> Path:
    return tools_dir / "node_modules" / ".bin" / bin_name


def ensure_tool(package: str, version: str, bin_name: str, tools_dir: Path = TOOLS_DIR) -> Path:
    """The executable `bin_name` of `package@version` in tools_dir (installed if needed)."""

    def usable() -> bool:
        return os.access(tool_bin(bin_name, tools_dir), os.X_OK) and installed_version(package, tools_dir) == version

    if usable():
        return tool_bin(bin_name, tools_dir)
    found = installed_version(package, tools_dir)
    what = f"{package} {version} not found at {tool_bin(bin_name, tools_dir)}" + (f" (found {found})" if found else "")
    spec = f"{package}@{version}"
    if in_ci():
        pytest.fail(f"{what}. CI must install it before the tests: run scripts/bootstrap "
                    f"(npm install --prefix .tools --no-audit --no-fund {spec}).", pytrace=False)
    tools_dir.mkdir(parents=True, exist_ok=True)
    cmd = ["npm", "install", "--prefix", str(tools_dir), "--no-audit", "--no-fund", spec]
    try:
        with open(tools_dir / ".npm-install.lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)  # parallel sessions/workers: install once
            if usable():
                return tool_bin(bin_name, tools_dir)
            proc = subprocess.run(cmd, capture_output=True, text=True, timeout=INSTALL_TIMEOUT,
                                  stdin=subprocess.DEVNULL)
    except FileNotFoundError:
        pytest.skip(f"{what} and npm is not available to install it")
    except subprocess.TimeoutExpired:
        pytest.skip(f"{what}; `{' '.join(cmd)}` timed out after {INSTALL_TIMEOUT:.0f} s")
    if proc.returncode != 0 or not usable():
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-5:]
        pytest.skip(f"{what}; `{' '.join(cmd)}` failed (rc={proc.returncode}): {' | '.join(tail)}")
    return tool_bin(bin_name, tools_dir)


def require_node() -> tuple[str, str]:
    """node and npm executables: a failure under CI when missing, a skip elsewhere."""
    node, npm = shutil.which("node"), shutil.which("npm")
    if node and npm:
        return node, npm
    message = "node and npm are needed for the TypeScript SDK tests (Node.js >= 20)"
    if in_ci():
        pytest.fail(message, pytrace=False)
    pytest.skip(message)
