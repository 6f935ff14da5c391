"""Both generated TypeScript SDKs against misbehaving servers on 127.0.0.1 (the servers of
tests/e2e/faultserver.py, shared with the Python SDKs' tests/e2e/test_faults.py): the error
class, the number of attempts and the time each call takes are asserted, and the token never
shows in a message, in `util.inspect` of an error or of the client, or on the console.

Every scenario of one SDK runs in ONE node process (tests/e2e/drivers/
typescript_faults_driver.mjs): the servers are started first, the driver makes one call per
scenario, and each test below checks one scenario's result. The package is compiled with the
pinned tsc into a temporary folder (no npm install: it has no runtime dependency).

Expected outcomes come from the issue and the generated README's "Timeouts and Limits" table
(defaults: timeoutMs 60000 in all, readTimeoutMs 30000, maxResponseBytes 64 MiB), never from
the SDK's code. Timing bounds are generous: the machine running CI is shared.
"""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from .faultserver import (Action, FaultServer, close_without_answer, closed_port, drip, gzip_bomb, http_date, reply,
                          reset_mid_body)
from .mockserver import FULL, SchemaValidator, load_spec
from .npmtools import TYPESCRIPT_VERSION, ensure_tool, require_node
from .plans import ROOT

TOKEN = "sk-tsfaults-SECRET-5b2e81"
DRIVER = Path(__file__).parent / "drivers" / "typescript_faults_driver.mjs"
MiB = 1024 * 1024

SDKS = {
    # api: (client class, group, method, args, path in spec, enum field to break (wire path))
    "leonardo": ("Leonardo", "image", "getGenerationById", ["g-1"], "/generations/{id}",
                 ("generations_by_pk", "status")),
    "leap": ("Leap", "generateImages", "findOne", ["m-1", "i-1"],
             "/api/v1/images/models/{modelId}/inferences/{inferenceId}", ("state",)),
}


def _body(api: str) -> dict[str, Any]:
    """A response body the spec allows for the operation (every property filled)."""
    spec = load_spec(ROOT / "spec" / api / "openapi.yaml")
    validator = SchemaValidator(spec)
    op = spec["paths"][SDKS[api][4]]["get"]
    schema = validator.resolve(op["responses"]["200"])["content"]["application/json"]["schema"]
    value = validator.generate(schema, FULL, "body")
    assert isinstance(value, dict)
    return value


def _first_object(value: dict[str, Any]) -> dict[str, Any]:
    for v in value.values():
        if isinstance(v, dict):
            return v
    return value


class Server(FaultServer):
    """Counts requests, not connections: node's fetch may open a spare connection that
    sends nothing (seen after a response with `Connection: close` whose body was still
    coming); `sent` counts, and `requests` times, the connections a request came on."""

    def __init__(self, script: list[Action], limit: float) -> None:
        super().__init__(script, limit)
        self.requests: list[float] = []
        self._lock = threading.Lock()

    def _handle(self, conn: socket.socket, action: Action) -> None:
        conn.settimeout(self.limit)
        try:
            started = bool(conn.recv(1, socket.MSG_PEEK))
        except OSError:
            started = False
        if started:
            with self._lock:
                self.requests.append(time.monotonic())
        super()._handle(conn, action)

    @property
    def sent(self) -> int:
        return len(self.requests)


@dataclass
class Scenario:
    name: str
    script: list[Action] = field(default_factory=list)  # empty: a port nobody listens on
    call: dict[str, Any] = field(default_factory=dict)


def scenarios(api: str, bomb: Action) -> list[Scenario]:
    body = _body(api)
    text = json.dumps(body)
    # the token straddles the 2,000th character, where a message stops quoting the body
    big = "E" * 1990 + TOKEN + "E" * (50 * MiB - 1990 - len(TOKEN))
    null_body = json.loads(text)
    inner = _first_object(null_body)
    inner[next(iter(inner))] = None
    newer = json.loads(text)
    _first_object(newer)["brandNewField"] = {"x": 1}
    where = newer
    *parents, leaf = SDKS[api][5]
    for k in parents:
        where = where[k]
    where[leaf] = "SOMETHING_NEW"
    retry = {"retries": True}
    conn = {"retries": True, "connection_errors": True}
    return [
        Scenario("drip-deadline", [drip(every=1.0)], {"timeout_ms": 1500, "read_timeout_ms": 5000}),
        Scenario("drip-read-timeout", [drip(every=1.0)], {"read_timeout_ms": 300}),
        Scenario("drip-read-timeout-retried", [drip(every=1.0)],
                 {**conn, "read_timeout_ms": 300, "timeout_ms": 2500}),
        Scenario("reset-mid-body-retried", [reset_mid_body(), reply(200, body)], conn),
        Scenario("reset-mid-body", [reset_mid_body()]),
        Scenario("close-without-answer-retried", [close_without_answer(), close_without_answer(), reply(200, body)],
                 {**conn, "per_call": True}),
        Scenario("close-without-answer", [close_without_answer()]),
        Scenario("refused-retried-until-deadline", [], {**conn, "timeout_ms": 1000}),
        Scenario("gzip-bomb", [bomb], {"max_bytes": 10 * MiB}),
        Scenario("50mb-error-body", [reply(500, big, "text/plain")]),
        Scenario("html-200", [reply(200, "<html><body>Service maintenance</body></html>", "text/html")]),
        Scenario("truncated-json", [reply(200, text[: len(text) // 2])]),
        Scenario("wrong-content-type", [reply(200, text, "text/plain")]),
        Scenario("null-not-nullable", [reply(200, null_body)]),
        Scenario("unknown-fields-and-enum-values", [reply(200, newer)]),
        Scenario("429-retry-after-seconds", [reply(429, {"error": "slow down"}, headers={"Retry-After": "1"}),
                                             reply(200, body)], retry),
        # whole seconds: 2 to 3 s after the answer goes out
        Scenario("429-retry-after-date", [reply(429, {"error": "slow down"},
                                                headers={"Retry-After": lambda: http_date(3)}),
                                          reply(200, body)], retry),
        Scenario("429-retry-after-past-deadline", [reply(429, {"error": "slow down"}, headers={"Retry-After": "30"}),
                                                   reply(200, body)], {**retry, "timeout_ms": 3000}),
        Scenario("503s-then-200", [reply(503, {"error": "busy"}), reply(503, {"error": "busy"}), reply(200, body)],
                 retry),
        Scenario("503-without-retries", [reply(503, {"error": "busy"})]),
    ]


@dataclass
class Run:
    results: dict[str, dict[str, Any]]
    servers: dict[str, Server]


def _compile(api: str, work: Path) -> Path:
    """The generated package compiled by the pinned tsc; returns its dist/index.js."""
    require_node()
    tsc = ensure_tool("typescript", TYPESCRIPT_VERSION, "tsc")
    src = ROOT / "generated" / api / "typescript"
    if not (src / "package.json").is_file():
        pytest.fail(f"{src.relative_to(ROOT)} does not exist: run `.venv/bin/codegen generate`", pytrace=False)
    pkg = work / "pkg"
    shutil.copytree(src, pkg, ignore=shutil.ignore_patterns("docs", "node_modules", "dist", "*.md"))
    proc = subprocess.run([str(tsc), "-p", "tsconfig.json"], cwd=pkg, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return pkg / "dist" / "index.js"


@pytest.fixture(scope="module")
def bomb() -> Action:
    return gzip_bomb(300)  # ~300 KB on the wire, 300 MB inflated


@pytest.fixture(scope="module", params=sorted(SDKS))
def run(request: pytest.FixtureRequest, bomb: Action, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    api = request.param
    work = tmp_path_factory.mktemp(f"tsfaults-{api}")
    module = _compile(api, work)
    sdk_class, group, method, args, _, _ = SDKS[api]
    todo = scenarios(api, bomb)
    with ExitStack() as stack:
        servers: dict[str, Server] = {}
        calls = []
        for s in todo:
            if s.script:
                servers[s.name] = stack.enter_context(Server(s.script, limit=15.0))
                url = servers[s.name].url
            else:
                url = f"http://127.0.0.1:{closed_port()}"
            calls.append({"name": s.name, "url": url, "retries": False, "connection_errors": False,
                          "timeout_ms": None, "read_timeout_ms": None, "max_bytes": None, "per_call": False,
                          **s.call})
        plan = work / "plan.json"
        plan.write_text(json.dumps({"module": str(module), "sdk_class": sdk_class, "group": group, "method": method,
                                    "args": args, "token": TOKEN, "calls": calls}))
        proc = subprocess.run(["node", str(DRIVER), str(plan)], capture_output=True, text=True, timeout=600,
                              stdin=subprocess.DEVNULL)
        assert proc.returncode == 0, proc.stderr[-3000:]
        results = {r["name"]: r for r in (json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{"))}
        assert sorted(results) == sorted(s.name for s in todo), proc.stderr[-3000:]
        yield Run(results, servers)


def _get(run: Run, name: str) -> tuple[dict[str, Any], Server | None]:
    res = run.results[name]
    assert res["leak"] == [], f"the token shows in {res['leak']}: {res}"
    return res, run.servers.get(name)


def _failed(res: dict[str, Any], error: str) -> None:
    assert not res["ok"], res
    assert res["type"] == error, res


def test_drip_stops_at_the_total_deadline(run: Run) -> None:
    res, server = _get(run, "drip-deadline")
    _failed(res, "RequestTimeoutError")
    assert "timeoutMs" in res["message"], res
    assert 1.4 <= res["elapsed"] < 4.0, res
    assert server is not None and server.sent == 1


def test_drip_stops_at_the_read_timeout(run: Run) -> None:
    res, server = _get(run, "drip-read-timeout")
    _failed(res, "RequestTimeoutError")
    assert "readTimeoutMs" in res["message"], res
    assert 0.25 <= res["elapsed"] < 3.0, res
    assert server is not None and server.sent == 1


def test_read_timeouts_are_retried_until_the_deadline(run: Run) -> None:
    res, server = _get(run, "drip-read-timeout-retried")
    _failed(res, "RequestTimeoutError")
    assert server is not None and server.sent >= 2, server.sent
    assert res["elapsed"] < 2.5 + 1.5, res  # never past the deadline (+ slack)


def test_reset_mid_body_is_retried(run: Run) -> None:
    res, server = _get(run, "reset-mid-body-retried")
    assert res["ok"], res
    assert server is not None and server.sent == 2


def test_reset_mid_body_without_retries_is_a_connection_error(run: Run) -> None:
    res, server = _get(run, "reset-mid-body")
    _failed(res, "ConnectionError")
    assert server is not None and server.sent == 1


def test_close_without_answer_is_retried(run: Run) -> None:
    res, server = _get(run, "close-without-answer-retried")
    assert res["ok"], res
    assert server is not None and server.sent == 3


def test_close_without_answer_without_retries_is_a_connection_error(run: Run) -> None:
    res, server = _get(run, "close-without-answer")
    _failed(res, "ConnectionError")
    assert server is not None and server.sent == 1


def test_refused_connection_is_retried_until_the_deadline(run: Run) -> None:
    res, _ = _get(run, "refused-retried-until-deadline")
    _failed(res, "ConnectionError")
    # the last wait (<= 500 ms, the maxInterval) did not fit before the 1 s deadline
    assert 0.4 <= res["elapsed"] < 3.0, res


def test_gzip_bomb_stops_at_the_size_cap(run: Run) -> None:
    res, server = _get(run, "gzip-bomb")
    _failed(res, "ResponseTooLargeError")
    assert "10,485,760 bytes" in res["message"], res
    assert res["elapsed"] < 5, res
    assert server is not None and server.sent == 1


def test_50_mb_error_body_gives_a_short_message_and_the_whole_body(run: Run) -> None:
    res, server = _get(run, "50mb-error-body")
    _failed(res, "SDKError")
    assert res["status"] == 500
    assert res["message_len"] < 5000, res["message_len"]
    assert res["body_len"] == 50 * MiB
    assert TOKEN[:8] not in res["message"], "a piece of the token shows where the message cuts the body"
    assert res["inspect_len"] < 20000, "logging the error prints the body"
    assert server is not None and server.sent == 1


@pytest.mark.parametrize("name, error", [
    ("html-200", "SDKError"),  # a content type the operation does not declare
    ("wrong-content-type", "SDKError"),
    ("truncated-json", "ResponseValidationError"),
    ("null-not-nullable", "ResponseValidationError"),
])
def test_bodies_that_break_the_spec(run: Run, name: str, error: str) -> None:
    res, server = _get(run, name)
    _failed(res, error)
    assert res["status"] == 200, res
    assert server is not None and server.sent == 1


def test_unknown_fields_and_enum_values_are_kept(run: Run) -> None:
    res, _ = _get(run, "unknown-fields-and-enum-values")
    assert res["ok"], res
    shown = json.dumps(res["object"])
    assert '"brandNewField": {"x": 1}' in shown and '"SOMETHING_NEW"' in shown, shown


@pytest.mark.parametrize("name, least", [("429-retry-after-seconds", 0.9), ("429-retry-after-date", 1.9)])
def test_429_retry_after_is_honoured(run: Run, name: str, least: float) -> None:
    res, server = _get(run, name)
    assert res["ok"], res
    assert server is not None and server.sent == 2
    gap = server.requests[1] - server.requests[0]
    assert gap >= least, gap  # waited as asked
    assert res["elapsed"] < least + 4, res


def test_a_retry_after_past_the_deadline_is_not_waited_for(run: Run) -> None:
    res, server = _get(run, "429-retry-after-past-deadline")
    _failed(res, "SDKError")
    assert res["status"] == 429
    assert res["elapsed"] < 2.0, res  # returned at once, not after 30 s nor at the 3 s deadline
    assert server is not None and server.sent == 1


def test_503s_are_retried_with_backoff(run: Run) -> None:
    res, server = _get(run, "503s-then-200")
    assert res["ok"], res
    assert server is not None and server.sent == 3
    gaps = [b - a for a, b in zip(server.requests, server.requests[1:])]
    assert all(g >= 0.02 for g in gaps), gaps  # at least half the 50 ms initial interval


def test_without_retries_503_is_one_attempt(run: Run) -> None:
    res, server = _get(run, "503-without-retries")
    _failed(res, "SDKError")
    assert res["status"] == 503
    assert server is not None and server.sent == 1
