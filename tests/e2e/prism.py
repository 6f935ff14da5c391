"""Start and stop a Prism mock server (npm ``@stoplight/prism-cli``, pinned 5.14.2).

Usage::

    with prism_server("spec/leonardo/openapi.yaml", seed=1, dynamic=True) as base_url:
        client = Leonardo(api_key="anything", base_url=base_url)
        ...

Prism runs as ``.tools/node_modules/.bin/prism mock -h 127.0.0.1 -p <free port>
[-d] [--seed N] <spec>`` in its own process group, is waited for (bounded) until
it accepts connections, and is always terminated afterwards (SIGTERM to the
group, SIGKILL after a grace period); the port is checked to be closed again.

If the binary is missing (or has another version): under CI (env ``CI`` set)
that is a test failure with a clear message — CI must install it with
``scripts/bootstrap``; on a developer machine it is installed into ``.tools``
with npm, and if that fails the test is skipped with the reason.

What Prism 5.14.2 does (found by experiment on tests/e2e/fixtures/tiny.yaml and
on shared/reference/leonardo-openapi.json):

* **Path prefix**: Prism *ignores the path part of* ``servers[0].url``. With
  ``url: https://cloud.leonardo.ai/api/rest/v1`` an operation ``/generations``
  is served at ``http://127.0.0.1:PORT/generations``;
  ``/api/rest/v1/generations`` answers 404 ``NO_PATH_MATCHED_ERROR``. So the
  ``base_url`` yielded here is the bare root ``http://127.0.0.1:PORT`` (unlike
  :class:`tests.e2e.mockserver.MockServer`, whose ``base_url`` keeps the prefix).
* **Missing / wrong auth** on a secured operation (``security`` of the
  operation or of the document): **401** ``application/problem+json``, type
  ``https://stoplight.io/prism/errors#UNAUTHORIZED``, header
  ``WWW-Authenticate: Bearer``. Any ``Authorization: Bearer <anything>`` passes:
  the token value is not checked. ``Authorization: Basic ...`` for a bearer
  scheme is also 401. Auth is checked before the body: a request with both
  problems gets 401. ``security: []`` operations need no header.
* **Invalid body** (wrong type, missing required property, ``null`` for a
  non-nullable property): **422** ``UNPROCESSABLE_ENTITY`` with a
  ``validation`` list (``location``, ``code``, ``message``). Same 422 for a
  missing required query parameter, a query value of the wrong type, and a path
  parameter not matching its ``pattern`` (Leonardo's ids must look like UUIDs!).
* **Malformed JSON** body with ``Content-Type: application/json``: **400**
  ``{"error":{"code":"invalid_json","message":"Invalid JSON"}}`` (without a
  Content-Type it is a 422). 5.16 hangs here instead: keep 5.14.2.
* **Not detected** by Prism: unknown body properties (e.g. ``user_id`` instead of
  ``userId``) and undeclared query parameters are accepted with 200 — use the
  MockServer for wire-name checks.
* ``Prefer: code=404`` selects another declared response; a 204 has no body.
* Static mode (default) answers the schema ``example``s or type placeholders
  (``"string"``, ``0``); ``-d`` generates random data, and ``--seed N`` makes it
  reproducible (identical bodies for identical requests, also across restarts).
* The scheme word is case-sensitive: ``authorization: bearer x`` is 401, as are
  ``Bearer`` without a token and ``Token x``.
* Startup (spawn -> listening, median of 3 on the 2-core machine): 0.7 s for the
  tiny fixture, 0.8 s for Leap, 0.8-1.2 s for Leonardo.
* The same holds for spec/leonardo/openapi.yaml and the reference JSON.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from tests.e2e.npmtools import ensure_tool

__all__ = [
    "PRISM_VERSION",
    "PRISM_PACKAGE",
    "TOOLS_DIR",
    "prism_bin",
    "installed_prism_version",
    "ensure_prism",
    "prism_server",
    "free_port",
    "port_is_open",
    "PrismError",
]

PRISM_VERSION = "5.14.2"  # 5.16 hangs on malformed JSON bodies; keep in sync with scripts/bootstrap
PRISM_PACKAGE = f"@stoplight/prism-cli@{PRISM_VERSION}"
REPO_ROOT = Path(__file__).resolve().parents[2]
TOOLS_DIR = REPO_ROOT / ".tools"
_READY_MARK = "Prism is listening on"


class PrismError(RuntimeError):
    """Prism could not be started (bad spec, port clash, timeout)."""


def prism_bin(tools_dir: Path = TOOLS_DIR) -> Path:
    """Path of the prism executable (``$PRISM_BIN`` overrides)."""
    override = os.environ.get("PRISM_BIN")
    return Path(override) if override else tools_dir / "node_modules" / ".bin" / "prism"


def installed_prism_version(tools_dir: Path = TOOLS_DIR) -> str | None:
    pkg = tools_dir / "node_modules" / "@stoplight" / "prism-cli" / "package.json"
    try:
        return str(json.loads(pkg.read_text())["version"])
    except (OSError, ValueError, KeyError):
        return None


def _usable(tools_dir: Path) -> bool:
    if os.environ.get("PRISM_BIN"):
        return os.access(prism_bin(tools_dir), os.X_OK)
    return os.access(prism_bin(tools_dir), os.X_OK) and installed_prism_version(tools_dir) == PRISM_VERSION


def ensure_prism(tools_dir: Path = TOOLS_DIR) -> Path:
    """Return the prism binary; install it locally if needed (fail in CI, skip if impossible)."""
    if os.environ.get("PRISM_BIN") and _usable(tools_dir):
        return prism_bin(tools_dir)
    return ensure_tool("@stoplight/prism-cli", PRISM_VERSION, "prism", tools_dir)


def free_port() -> int:
    """An ephemeral port on 127.0.0.1 that was free a moment ago."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def port_is_open(port: int, host: str = "127.0.0.1", timeout: float = 0.2) -> bool:
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


def _tail(path: Path, lines: int = 25) -> str:
    try:
        text = path.read_text(errors="replace")
    except OSError:
        return "(no log)"
    return "\n".join(text.strip().splitlines()[-lines:])


def _kill_group(proc: subprocess.Popen[bytes], grace: float) -> None:
    if proc.poll() is not None:
        return
    for sig, wait in ((signal.SIGTERM, grace), (signal.SIGKILL, 5.0)):
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            return
        try:
            proc.wait(timeout=wait)
            return
        except subprocess.TimeoutExpired:
            continue


@contextlib.contextmanager
def prism_server(
    spec_path: str | Path,
    *,
    seed: int | None = None,
    dynamic: bool = False,
    port: int | None = None,
    startup_timeout: float = 60.0,
    stop_timeout: float = 10.0,
    errors: bool = False,
    extra_args: Sequence[str] = (),
    log_path: str | Path | None = None,
) -> Iterator[str]:
    """Run ``prism mock`` on 127.0.0.1; yield its base URL (root: Prism drops the servers path).

    Args:
        spec_path: OpenAPI document (YAML or JSON).
        seed: ``--seed N`` (reproducible dynamic data).
        dynamic: ``-d`` (random data instead of examples).
        port: fixed port; default a free ephemeral one (retried on a clash).
        startup_timeout: seconds to wait until the port accepts connections.
        stop_timeout: grace period after SIGTERM before SIGKILL.
        errors: ``--errors`` (treat request/response violations as errors).
        extra_args: more CLI arguments.
        log_path: where Prism's output goes (default: a temp file, removed afterwards).
    """
    spec = Path(spec_path).resolve()
    if not spec.is_file():
        raise FileNotFoundError(f"spec not found: {spec}")
    binary = ensure_prism()
    tmpdir = None
    if log_path is None:
        tmpdir = tempfile.TemporaryDirectory(prefix="prism-")
        log = Path(tmpdir.name) / "prism.log"
    else:
        log = Path(log_path)
    proc: subprocess.Popen[bytes] | None = None
    try:
        attempts = 1 if port is not None else 3
        for attempt in range(attempts):
            p = port if port is not None else free_port()
            if port_is_open(p):
                raise PrismError(f"port {p} on 127.0.0.1 is already in use")
            cmd = [str(binary), "mock", "-h", "127.0.0.1", "-p", str(p)]
            if dynamic:
                cmd.append("-d")
            if seed is not None:
                cmd += ["--seed", str(seed)]
            if errors:
                cmd.append("--errors")
            cmd += [*extra_args, str(spec)]
            with open(log, "wb") as out:
                proc = subprocess.Popen(
                    cmd,
                    stdin=subprocess.DEVNULL,
                    stdout=out,
                    stderr=subprocess.STDOUT,
                    start_new_session=True,  # own process group: node + children die together
                    cwd=str(REPO_ROOT),
                    env={**os.environ, "NO_COLOR": "1", "FORCE_COLOR": "0"},
                )
            deadline = time.monotonic() + startup_timeout
            while True:
                if _READY_MARK in _tail(log, 200) and port_is_open(p):
                    break
                if proc.poll() is not None:
                    text = _tail(log)
                    if "EADDRINUSE" in text and attempt + 1 < attempts:
                        break
                    raise PrismError(f"prism exited with rc={proc.returncode} while starting:\n{text}")
                if time.monotonic() > deadline:
                    _kill_group(proc, stop_timeout)
                    raise PrismError(f"prism did not listen on 127.0.0.1:{p} within {startup_timeout:.0f} s:\n{_tail(log)}")
                time.sleep(0.05)
            if proc.poll() is None:
                break
        else:  # pragma: no cover - only on repeated port clashes
            raise PrismError(f"prism could not bind a port after {attempts} attempts:\n{_tail(log)}")
        yield f"http://127.0.0.1:{p}"
    finally:
        if proc is not None:
            _kill_group(proc, stop_timeout)
            deadline = time.monotonic() + 5.0
            while port_is_open(p) and time.monotonic() < deadline:
                time.sleep(0.05)
        if tmpdir is not None:
            tmpdir.cleanup()
