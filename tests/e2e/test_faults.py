"""Every generated Python SDK against a misbehaving server on 127.0.0.1: the exception type,
the number of attempts and the time each call takes are asserted, and no message, repr or
log line holds the token.

Scenarios: a body dripping one byte at a time, a reset in the middle of the body, a server
closing without answering, a gzip bomb, a 50 MB error body, HTML with a 200, truncated
JSON, a wrong content type, unknown fields and enum values, null where the spec does not
allow it, 429 with Retry-After (seconds and HTTP date), 503s, a refused connection.

Leonardo (`python`) and Leap (`python-flat`) meet every scenario; the extended runtime of
each style (the golden case operations_security: several security schemes, parameter
styles) meets the core ones (deadline, reset, unanswered connection, size cap, a 50 MB
error body, Retry-After as a date).
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from .faultserver import (FaultServer, close_without_answer, closed_port, drip, gzip_bomb, http_date, reply,
                          reset_mid_body)
from .mockserver import FULL, SchemaValidator, load_spec
from .plans import ROOT
from .venvs import Venv, run_in_venv

TOKEN = "sk-faults-SECRET-9c1e"
DRIVER = Path(__file__).parent / "drivers" / "faults_driver.py"

SDKS = {
    # api: (style, package, sdk class, group, method, kwargs, path, method in spec, timeout exception)
    "leonardo": ("python", "leonardo_ai_sdk", "LeonardoAiSDK", "image", "get_generation_by_id", {"id": "g-1"},
                 "/generations/{id}", "get"),
    "leap": ("python-flat", "leap", "Leap", "generate_images", "find_one", {"model_id": "m", "inference_id": "i"},
             "/api/v1/images/models/{modelId}/inferences/{inferenceId}", "get"),
    # the extended runtime (golden case operations_security): "-ext" styles
    "ext": ("python-ext", "golden_operations_security", "GoldenSDK", "items", "get_item", {"item_id": 1},
            "/items/{itemId}", "get"),
    "ext-flat": ("python-flat-ext", "golden_operations_security_flat", "GoldenFlat", "items", "get_item",
                 {"item_id": 1}, "/items/{itemId}", "get"),
}
EXT_CASE = ROOT / "tests" / "golden" / "cases" / "operations_security"
SPECS = {"leonardo": ROOT / "spec" / "leonardo" / "openapi.yaml", "leap": ROOT / "spec" / "leap" / "openapi.yaml",
         "ext": EXT_CASE / "spec.yaml", "ext-flat": EXT_CASE / "spec.yaml"}
# the validation error and the "not what the spec says" error of each style
VALIDATION = {"python": "ResponseValidationError", "python-flat": "ApiResponseValidationError"}
UNEXPECTED = {"python": "SDKError", "python-flat": "ApiResponseValidationError"}
API_ERROR = {"python": "SDKError", "python-flat": "ApiException", "python-ext": "APIError",
             "python-flat-ext": "ApiException"}


def _body(api: str) -> dict[str, Any]:
    spec = load_spec(SPECS[api])
    _, _, _, _, _, _, path, method = SDKS[api]
    validator = SchemaValidator(spec)
    op = spec["paths"][path][method]
    content = validator.resolve(op["responses"]["200"])["content"]
    schema = next(iter(content.values()))["schema"]
    value = validator.generate(schema, FULL, "body")
    assert isinstance(value, dict)
    return value


def _first_object(value: Any) -> dict[str, Any]:
    """The first nested object of a response body (where a field can be broken)."""
    for v in value.values():
        if isinstance(v, dict):
            return v
    return value


@pytest.fixture(scope="module")
def ext_venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One venv holding both extended-runtime packages of the golden case (generated here:
    the golden copy leaves the verbatim runtime files out)."""
    out = tmp_path_factory.mktemp("ext-sdks")
    proc = subprocess.run([sys.executable, "-m", "codegen", "generate", "--spec", str(EXT_CASE / "spec.yaml"),
                           "--settings", str(EXT_CASE / "codegen.yaml"), "--out", str(out)],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    venv = Venv(tmp_path_factory.mktemp("venv-ext"))
    for target in ("python", "python-flat"):
        python = venv.install(out / target)
    return python


@pytest.fixture(scope="module", params=["leap", "leonardo"])
def sdk(request: pytest.FixtureRequest, sdk_venv: Callable[..., Path]) -> tuple[str, Path]:
    return request.param, sdk_venv(request.param, "python")


def _python(request: pytest.FixtureRequest, api: str) -> Path:
    if api.startswith("ext"):
        return Path(request.getfixturevalue("ext_venv"))
    return Path(request.getfixturevalue("sdk_venv")(api, "python"))


@pytest.fixture(scope="module", params=sorted(SDKS))
def core_sdk(request: pytest.FixtureRequest) -> tuple[str, Path]:
    """Every SDK, the extended runtimes included (for the core scenarios)."""
    return request.param, _python(request, request.param)


def drive(api: str, python: Path, tmp_path: Path, calls: list[dict[str, Any]]) -> list[dict[str, Any]]:
    style, package, sdk_class, group, method, kwargs, _, _ = SDKS[api]
    defaults = {"retries": False, "connection_errors": False, "deadline": 10.0, "read_timeout": 5.0,
                "max_bytes": 64 * 1024 * 1024}
    plan = {"style": style, "package": package, "sdk_class": sdk_class, "group": group, "method": method,
            "kwargs": kwargs, "token": TOKEN, "calls": [{**defaults, **c} for c in calls]}
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(plan), encoding="utf-8")
    result = run_in_venv(python, DRIVER, [str(path)], timeout=240).check()
    out = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert len(out) == len(calls), result.stderr
    for r in out:
        assert not r["leak"], f"the token shows in a message, repr or log line: {r}"
    return out


def one(api: str, python: Path, tmp_path: Path, server: FaultServer, **call: Any) -> dict[str, Any]:
    (res,) = drive(api, python, tmp_path, [{"url": server.url, **call}])
    return res


def test_drip_hits_the_total_deadline(core_sdk: tuple[str, Path], tmp_path: Path) -> None:
    api, python = core_sdk
    with FaultServer([drip(every=0.2)]) as server:
        res = one(api, python, tmp_path, server, deadline=1.5, read_timeout=1.0)
    assert not res["ok"] and "TimeoutException" in res["mro"], res
    assert res["elapsed"] < 1.5 + 1.0 + 1.0, res  # deadline + at most one read timeout (+ slack)
    assert server.attempts == 1


def test_reset_mid_body_is_retried(core_sdk: tuple[str, Path], tmp_path: Path) -> None:
    api, python = core_sdk
    body = _body(api)
    with FaultServer([reset_mid_body(), reply(200, body)]) as server:
        res = one(api, python, tmp_path, server, retries=True, connection_errors=True)
    assert res["ok"], res
    assert server.attempts == 2


def test_reset_without_retries_is_a_transport_error(sdk: tuple[str, Path], tmp_path: Path) -> None:
    api, python = sdk
    with FaultServer([reset_mid_body()]) as server:
        res = one(api, python, tmp_path, server)
    assert not res["ok"] and "HTTPError" in res["mro"] and "TransportError" in res["mro"], res
    assert server.attempts == 1


def test_close_without_answer_is_retried(core_sdk: tuple[str, Path], tmp_path: Path) -> None:
    api, python = core_sdk
    with FaultServer([close_without_answer(), close_without_answer(), reply(200, _body(api))]) as server:
        res = one(api, python, tmp_path, server, retries=True, connection_errors=True)
    assert res["ok"], res
    assert server.attempts == 3


def test_refused_connection_is_retried_until_the_deadline(sdk: tuple[str, Path], tmp_path: Path) -> None:
    api, python = sdk
    url = f"http://127.0.0.1:{closed_port()}"
    (res,) = drive(api, python, tmp_path, [{"url": url, "retries": True, "connection_errors": True,
                                            "deadline": 1.0}])
    assert not res["ok"] and res["type"] in ("ConnectError", "DeadlineExceeded"), res
    assert 0.5 < res["elapsed"] < 3.0, res


def test_gzip_bomb_stops_at_the_size_cap(core_sdk: tuple[str, Path], tmp_path: Path) -> None:
    api, python = core_sdk
    with FaultServer([gzip_bomb(300)]) as server:
        res = one(api, python, tmp_path, server, max_bytes=10 * 1024 * 1024)
    assert not res["ok"] and res["type"] == "ResponseTooLarge", res
    assert "10,485,760 bytes" in res["message"]
    assert res["elapsed"] < 5, res


def test_50_mb_error_body_gives_a_short_message_and_the_whole_body(core_sdk: tuple[str, Path],
                                                                  tmp_path: Path) -> None:
    api, python = core_sdk
    big = "E" * (50 * 1024 * 1024)
    with FaultServer([reply(500, big, "text/plain")]) as server:
        res = one(api, python, tmp_path, server)
    assert not res["ok"] and res["type"] == API_ERROR[SDKS[api][0]], res
    assert res["status"] == 500
    assert res["str_len"] < 5000, res
    assert res["body_len"] == len(big)


@pytest.mark.parametrize("case", ["html-200", "truncated-json", "wrong-content-type", "null-not-nullable"])
def test_bodies_that_break_the_spec(sdk: tuple[str, Path], tmp_path: Path, case: str) -> None:
    api, python = sdk
    style = SDKS[api][0]
    body = _body(api)
    text = json.dumps(body)
    if case == "html-200":
        action, expected = reply(200, "<html><body>Service maintenance</body></html>", "text/html"), UNEXPECTED
    elif case == "truncated-json":
        action, expected = reply(200, text[: len(text) // 2]), VALIDATION
    elif case == "wrong-content-type":
        action, expected = reply(200, text, "text/plain"), UNEXPECTED
    else:
        inner = _first_object(body)
        required = next(iter(inner))
        inner[required] = None
        action, expected = reply(200, body), VALIDATION
    with FaultServer([action]) as server:
        res = one(api, python, tmp_path, server)
    if case == "null-not-nullable" and res["ok"]:
        pytest.fail(f"{api}: null accepted where the spec does not allow it: {res}")
    assert not res["ok"] and res["type"] == expected[style], res
    assert server.attempts == 1


def test_unknown_fields_and_enum_values_are_kept(sdk: tuple[str, Path], tmp_path: Path) -> None:
    api, python = sdk
    body = _body(api)
    _first_object(body)["brandNewField"] = {"x": 1}
    with FaultServer([reply(200, body)]) as server:
        res = one(api, python, tmp_path, server)
    assert res["ok"], res
    assert "brandNewField" in json.dumps(res["body"]) or "brand_new_field" in json.dumps(res["body"])


@pytest.mark.parametrize(("api", "form"), [("leap", "seconds"), ("leap", "http-date"), ("leonardo", "seconds"),
                                           ("leonardo", "http-date"), ("ext", "http-date"),
                                           ("ext-flat", "http-date")])
def test_429_retry_after_is_honoured(request: pytest.FixtureRequest, tmp_path: Path, api: str, form: str) -> None:
    python = _python(request, api)
    after: Any = "1" if form == "seconds" else (lambda: http_date(3))  # whole seconds: 2 to 3 s from sending
    with FaultServer([reply(429, {"error": "slow down"}, headers={"Retry-After": after}),
                      reply(200, _body(api))]) as server:
        res = one(api, python, tmp_path, server, retries=True)
        gap = server.times[1] - server.times[0] if len(server.times) > 1 else 0.0
    assert res["ok"], res
    assert server.attempts == 2
    assert gap >= (0.9 if form == "seconds" else 1.9), gap  # waited as asked
    assert res["elapsed"] < 5


def test_503s_are_retried_with_backoff(sdk: tuple[str, Path], tmp_path: Path) -> None:
    api, python = sdk
    with FaultServer([reply(503, {"error": "busy"}), reply(503, {"error": "busy"}),
                      reply(200, _body(api))]) as server:
        res = one(api, python, tmp_path, server, retries=True)
    assert res["ok"], res
    assert server.attempts == 3
    gaps = [b - a for a, b in zip(server.times, server.times[1:])]
    assert all(g >= 0.02 for g in gaps), gaps  # backoff: at least half the 50 ms initial interval


def test_without_retries_503_is_one_attempt(sdk: tuple[str, Path], tmp_path: Path) -> None:
    api, python = sdk
    with FaultServer([reply(503, {"error": "busy"})]) as server:
        res = one(api, python, tmp_path, server)
    assert not res["ok"] and res["type"] == API_ERROR[SDKS[api][0]], res
    assert server.attempts == 1
