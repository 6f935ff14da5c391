"""The generated Leonardo SDK, installed in a fresh venv, talking HTTP to servers on 127.0.0.1.

* a spec-driven mock server (tests/e2e/mockserver.py) that checks method, path, query,
  JSON wire names and the Authorization header, and answers spec-shaped bodies;
* Prism 5.14.2 started from our spec (conformance: every call made as a user would gets a
  2xx, and the SDK parses Prism's dynamic responses).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, Callable

import pytest

from codegen.targets import python_names as pn

from .mockserver import FULL, MINIMAL, MockServer, Reply
from .plans import EXEC_BLOCKS, ROOT, PlannedCall, Planner, doc_blocks, write_plan
from .venvs import run_in_venv

API = "leonardo"
PACKAGE = "leonardo_ai_sdk"
SDK_CLASS = "LeonardoAiSDK"
TOKEN = "sk-test-SECRET-7f3a9"  # must never show up in errors or reprs
DRIVER = Path(__file__).parent / "drivers" / "python_target_driver.py"
SPEC = ROOT / "spec" / API / "openapi.yaml"


@pytest.fixture(scope="module")
def python(sdk_venv: Callable[..., Path]) -> Path:
    return sdk_venv(API, "python")


@pytest.fixture(scope="module")
def planner() -> Planner:
    return Planner(API)


def drive(python: Path, tmp_path: Path, base_url: str, calls: list[dict[str, Any]], timeout: float = 240
          ) -> list[dict[str, Any]]:
    plan = write_plan(tmp_path / "plan.json", PACKAGE, SDK_CLASS, base_url, TOKEN, calls)
    result = run_in_venv(python, DRIVER, [str(plan)], timeout=timeout).check()
    out = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert len(out) == len(calls), result.stderr
    for r in out:
        assert TOKEN not in json.dumps(r), "the bearer token leaked into an error or a repr"
    return out


def assert_request(planned: PlannedCall, req: Any, base_path: str) -> None:
    op = planned.op.operation_id
    assert req.operation_id == op
    assert req.method == planned.method, op
    assert req.path == base_path + planned.path, op
    assert req.query == planned.query, op
    assert req.headers.get("authorization") == f"Bearer {TOKEN}", op
    if planned.json is None:
        assert not req.has_json, op
    else:
        assert req.json == planned.json, op
        assert req.headers.get("content-type", "").startswith("application/json"), op


@pytest.mark.parametrize("mode", [FULL, MINIMAL])
def test_every_operation_sync_and_async(python: Path, planner: Planner, tmp_path: Path, mode: str) -> None:
    """Every operation, sync (dict body with Python names) and async (typed model built from wire
    names): the server sees the spec's names, and the SDK parses every spec-shaped response."""
    ops = planner.api.operations
    assert len(ops) == 40
    planned = [planner.plan(op, mode=mode, body_as="python") for op in ops]
    planned += [planner.plan(op, mode=mode, body_as="model", is_async=True) for op in ops]
    with MockServer(SPEC, token=TOKEN, mode=mode) as server:
        results = drive(python, tmp_path, server.base_url, [p.call for p in planned])
        assert server.violations == []
        requests = list(server.requests)
    assert len(requests) == len(planned)
    base_path = "/api/rest/v1"
    for p, req, res in zip(planned, requests, results):
        assert_request(p, req, base_path)
        assert res["ok"], res
        assert res["status_code"] == 200 and res["response_type"] == pn.op_class(p.op) + "Response"
        sent = json.loads(req.response_body)
        assert res["object"] == sent, p.op.operation_id  # parsed completely, nothing lost or invented


def test_unset_fields_are_not_sent_and_required_defaults_are(python: Path, tmp_path: Path) -> None:
    calls = [
        {"group": "image", "method": "create_generation", "kwargs": {"request": {}}, "body_arg": "request",
         "body_model": "CreateGenerationRequestBody", "body_as": "dict"},
        {"group": "image", "method": "create_generation",
         "kwargs": {"request": {"prompt": "a red fox", "negative_prompt": None, "num_images": 2}},
         "body_arg": "request", "body_model": "CreateGenerationRequestBody", "body_as": "model"},
        {"group": "image", "method": "get_generations_by_user_id", "kwargs": {"user_id": "u1", "limit": 5},
         "body_arg": None},
    ]
    with MockServer(SPEC, token=TOKEN) as server:
        results = drive(python, tmp_path, server.base_url, calls)
        reqs = list(server.requests)
    assert all(r["ok"] for r in results), results
    assert reqs[0].json == {"prompt": "A majestic cat in the snow"}  # required, with a default: sent
    # set explicitly to None: sent as null (negativePrompt is nullable); never-set fields: absent
    assert reqs[1].json == {"prompt": "a red fox", "negative_prompt": None, "num_images": 2}
    assert reqs[2].query == {"limit": ["5"]}


def test_retries_retry_after_timeouts_and_errors(python: Path, tmp_path: Path) -> None:
    get = {"group": "image", "method": "get_generation_by_id", "kwargs": {"id": "g-1"}, "body_arg": None}
    calls = [
        {**get, "retries": [1, 20, 1.5, 5000]},  # 503, 503, 200 -> ok after 3 requests
        {**get, "retries": [1, 20, 1.5, 5000]},  # 429 with Retry-After: 1 -> waits ~1 s, then ok
        {**get, "timeout_ms": 300},  # server sleeps 2 s -> timeout
        {**get},  # 404 -> SDKError
        {**get, "async": True},  # 500 without retries -> SDKError (async)
        {**get},  # 200 with a body that breaks the spec -> ResponseValidationError
        {**get},  # 200 with an unknown enum value and an unknown field -> kept as raw values
    ]
    bad_type = {"generations_by_pk": {"id": 12345}}
    newer = {"generations_by_pk": {"id": "g-1", "status": "ARCHIVED", "brandNewField": {"x": 1}}}
    with MockServer(SPEC, token=TOKEN) as server:
        server.script("getGenerationById", [
            Reply(status=503), Reply(status=503), Reply(status=200),
            Reply(status=429, headers={"Retry-After": "1"}), Reply(status=200),
            Reply(delay=2.0),
            Reply(status=404, body={"error": "generation not found"}),
            Reply(status=500, body={"error": "boom"}),
            Reply(status=200, body=bad_type),
            Reply(status=200, body=newer),
        ])
        results = drive(python, tmp_path, server.base_url, calls)
        stamps = [r.timestamp for r in server.requests]
        assert len(server.requests) == 10
    ok3, retry_after, timeout, not_found, server_error, invalid, tolerant = results
    assert ok3["ok"] and ok3["status_code"] == 200
    assert retry_after["ok"] and stamps[4] - stamps[3] >= 0.9  # Retry-After honoured
    assert not timeout["ok"] and "Timeout" in timeout["error_type"]
    assert not not_found["ok"] and not_found["error_type"] == "SDKError" and not_found["status_code"] == 404
    assert "generation not found" in not_found["body"] and "404" in not_found["message"]
    assert not server_error["ok"] and server_error["error_type"] == "SDKError" and server_error["status_code"] == 500
    assert not invalid["ok"] and invalid["error_type"] == "ResponseValidationError"
    assert "generations_by_pk.id" in invalid["message"]
    assert tolerant["ok"]
    assert tolerant["object"]["generations_by_pk"]["status"] == "ARCHIVED"
    assert tolerant["object"]["generations_by_pk"]["brandNewField"] == {"x": 1}
    for r in results:
        assert TOKEN not in r["sdk_repr"]


# A user's code under mypy --strict: each name seed 001 uses reaches the type checker as its
# class through the namespaces (re-exported by star imports: tests/unit/test_python_reexports.py).
# A name the namespace failed to re-export would be typed Any, through the module's __getattr__
# (the lazy import), and mypy would say nothing else.
SEED_NAMES = ["operations.CreateGenerationRequestBody", "operations.CreateGenerationResponse",
              "operations.DeleteGenerationByIDResponse", "operations.GetGenerationByIDResponse",
              "operations.GetGenerationsByUserIDResponse", "shared.JobStatus",
              "operations.CreateGenerationRequestBodyTypedDict"]


def test_package_passes_mypy_strict(python: Path, tmp_path: Path) -> None:
    user_code = "from leonardo_ai_sdk.models import operations, shared\n" + "".join(
        f"reveal_type({name})\n" for name in SEED_NAMES)
    (tmp_path / "user_code.py").write_text(user_code, encoding="utf-8")
    result = run_in_venv(python, "import sys, mypy.api\n"
                                 "from leonardo_ai_sdk.models import operations as o\n"
                                 "assert o.GetGenerationsTextureIDRequestBody is o.GetTextureGenerationByIDRequestBody\n"
                                 "assert o.PostGenerationsTextureResponse is o.CreateTextureGenerationResponse\n"
                                 "out, err, rc = mypy.api.run(['--strict', '-p', 'leonardo_ai_sdk'])\n"
                                 "print(out, err)\n"
                                 "user = mypy.api.run(['--strict', '--no-error-summary', sys.argv[1]])\n"
                                 "print('@@USER', user[0])\nsys.exit(rc)\n",
                         [str(tmp_path / "user_code.py")], timeout=600)
    assert result.rc == 0, result.stdout + result.stderr
    package, user = result.stdout.split("@@USER", 1)
    assert "Success" in package
    revealed = [line.split('Revealed type is "', 1)[1] for line in user.splitlines() if "Revealed type is" in line]
    assert len(revealed) == len(SEED_NAMES), user
    for name, shown in zip(SEED_NAMES, revealed):
        namespace, cls = name.split(".")
        assert re.search(rf"leonardo_ai_sdk\.models\.{namespace}\.\w+\.{cls}\b", shown), (name, shown)
    assert ": error:" not in user, user


DOCS_RUNNER = """
import sys
import {package}.sdk as sdk_module
sdk_module.SERVER_URL = sys.argv[2]
""" + EXEC_BLOCKS


def test_every_python_code_block_in_the_docs_runs(python: Path, tmp_path: Path) -> None:
    blocks = doc_blocks(ROOT / "generated" / API / "python")
    assert len(blocks) >= 40  # one per operation page section, plus the README's
    (tmp_path / "blocks.json").write_text(json.dumps(blocks), encoding="utf-8")
    runner = tmp_path / "run_docs.py"
    runner.write_text(DOCS_RUNNER.replace("{package}", PACKAGE), encoding="utf-8")
    with MockServer(SPEC, token=None) as server:
        result = run_in_venv(python, runner, [str(tmp_path / "blocks.json"), server.base_url], timeout=300).check()
        assert server.violations == []
        assert len(server.requests) >= len(blocks) - 2  # all but the client-construction-only blocks call the API
    outcomes = [json.loads(line[2:]) for line in result.stdout.splitlines() if line.startswith("@@")]
    assert len(outcomes) == len(blocks)
    failed = [o for o in outcomes if not o["ok"]]
    assert not failed, failed[0]


@pytest.mark.parametrize("seed", [1, 7])
def test_conformance_against_prism(python: Path, planner: Planner, tmp_path: Path,
                                   prism_api: Callable[..., str], seed: int) -> None:
    """Every operation, called with valid values as a user would, gets a 2xx from Prism (which
    answers 401/422 to requests that break the spec), and the SDK parses its random responses."""
    base_url = prism_api(API, seed=seed, dynamic=True)
    planned = [planner.plan(op, mode=FULL, body_as="python", is_async=(i % 2 == 1))
               for i, op in enumerate(planner.api.operations)]
    results = drive(python, tmp_path, base_url, [p.call for p in planned])
    failures = [(p.op.operation_id, r) for p, r in zip(planned, results) if not r["ok"]]
    assert not failures, failures[:3]
    assert all(200 <= r["status_code"] < 300 for r in results)
