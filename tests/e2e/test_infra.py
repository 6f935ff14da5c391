"""Tests of the end-to-end test infrastructure itself (mock server, Prism, venvs).

They use tests/e2e/fixtures/tiny.yaml, plus every spec/<api>/openapi.yaml and the
reference documents in shared/reference/ when present.
"""

from __future__ import annotations

import json
import socket
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests import shared_inputs
from tests.e2e.mockserver import FULL, MINIMAL, MockServer, Reply, SchemaValidator, load_spec
from tests.e2e.prism import port_is_open, prism_server
from tests.e2e.venvs import TIMEOUT_RC, Venv, run_in_venv

HERE = Path(__file__).resolve().parent
TINY = HERE / "fixtures" / "tiny.yaml"
REPO = HERE.parents[1]
TOKEN = "test-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def _all_specs() -> list[Path]:
    specs = [TINY, *sorted(REPO.glob("spec/*/openapi.yaml"))]
    # the published documents: a test given a missing one fails under CI, skips elsewhere
    specs += [shared_inputs.REFERENCE / f"{api}-openapi.json" for api in ("leap", "leonardo")]
    return specs


@pytest.fixture
def server() -> Iterator[MockServer]:
    with MockServer(TINY, token=TOKEN) as s:
        yield s


@pytest.fixture
def client(server: MockServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.base_url, headers=AUTH, timeout=5.0) as c:
        yield c


def _where(server: MockServer) -> list[str]:
    return [v.where for v in server.violations]


# ----------------------------------------------------------------- mock server: happy path


def test_base_url_has_the_servers_path_prefix(server: MockServer) -> None:
    assert server.base_path == "/api/v1"
    assert server.base_url == f"http://127.0.0.1:{server.port}/api/v1"


def test_valid_get_is_recorded_and_answered_with_a_schema_valid_full_body(
    server: MockServer, client: httpx.Client
) -> None:
    r = client.get("/items/it%201", headers={"X-Trace": "abc"})
    assert r.status_code == 200, r.text
    assert r.headers["content-type"] == "application/json"
    body = r.json()
    assert server.violations == []
    (req,) = server.requests
    assert req.operation_id == "getItem"
    assert req.method == "GET"
    assert req.path == "/api/v1/items/it%201"
    assert req.path_params == {"itemId": "it 1"}
    assert req.headers["x-trace"] == "abc" and req.headers["X-TRACE"] == "abc"
    assert req.status == 200
    # every property filled, nullable ones too
    assert set(body) == {"id", "name", "status", "createdAt", "description", "score", "owner_id", "dimensions", "labels"}
    assert body["status"] == "PENDING"  # first enum value
    assert body["createdAt"] == "2024-01-02T03:04:05Z"  # format-aware
    assert body["name"] == "string-name"
    assert body["score"] == 1.5 and body["dimensions"] == {"width": 1, "height": 1}
    assert body["labels"] == [{"key": "string-key", "value": "string-value"}]
    assert None not in body.values()
    v = SchemaValidator(server.spec)
    assert v.validate(body, {"$ref": "#/components/schemas/Item"}, direction="response") == []


def test_minimal_mode_omits_optional_and_nulls_nullable(server: MockServer, client: httpx.Client) -> None:
    server.mode = MINIMAL
    body = client.get("/items/x").json()
    assert body == {"id": "00000000-0000-4000-8000-000000000000", "name": "string-name", "status": "PENDING",
                    "createdAt": "2024-01-02T03:04:05Z"}
    page = client.get("/users/u/items", params={"limit": 1}).json()
    assert page == {"items": [body]}
    server.mode = FULL
    full = client.get("/users/u/items", params={"limit": 1}).json()
    assert full["next_offset"] == 1
    # a per-reply mode, and a required nullable field is null in minimal mode
    server.script("listUserItems", [Reply(mode=MINIMAL)])
    assert client.get("/users/u/items", params={"limit": 1}).json() == {"items": [body]}
    assert server.violations == []


def test_valid_post_with_wire_names_nested_and_nullable_null(server: MockServer, client: httpx.Client) -> None:
    payload = {"name": "n", "userId": "u", "weight": None, "count": 2, "public": False, "tags": ["a"],
               "dimensions": {"width": 3, "height": None}}
    r = client.post("/items", json=payload)
    assert r.status_code == 200, r.text
    assert server.violations == []
    assert server.last_request.json == payload and server.last_request.has_json


def test_number_accepts_integers_and_query_arrays_repeat(server: MockServer, client: httpx.Client) -> None:
    assert client.post("/items", json={"name": "n", "userId": "u", "weight": 2}).status_code == 200
    r = client.get("/users/u/items", params={"limit": 5, "offset": 0, "only_public": True, "tag": ["a", "b"]})
    assert r.status_code == 200, r.text
    assert server.violations == []
    assert server.last_request.query == {"limit": ["5"], "offset": ["0"], "only_public": ["true"], "tag": ["a", "b"]}


def test_delete_204_has_no_body(server: MockServer, client: httpx.Client) -> None:
    r = client.delete("/items/abc")
    assert r.status_code == 204 and r.content == b""
    assert server.violations == []


def test_public_operation_needs_no_auth(server: MockServer) -> None:
    r = httpx.get(server.url("/health"), timeout=5)
    assert r.status_code == 200 and r.json() == {"status": "ok"}
    assert server.violations == []


def test_multipart_upload(server: MockServer, client: httpx.Client) -> None:
    r = client.post("/items/i1/image", files={"file": ("a.png", b"\x89PNG", "image/png")}, data={"caption": "c",
                                                                                                "position": "2"})
    assert r.status_code == 201, r.text
    assert r.json() == {"url": "https://example.com/url"}
    assert server.violations == []
    form = server.last_request.form
    assert form is not None and form["caption"] == ["c"]
    assert form["file"][0]["filename"] == "a.png" and form["file"][0]["content"] == b"\x89PNG"
    r = client.post("/items/i1/image", files={"image": ("a.png", b"x")}, data={"position": "two"})
    assert r.status_code == 400
    msgs = " ".join(v.message for v in server.violations)
    assert "missing required form field 'file'" in msgs and "'image'" in msgs and "'two' is not an integer" in msgs


# --------------------------------------------------------------------- mock server: violations


def test_rejects_undeclared_query_parameter(server: MockServer, client: httpx.Client) -> None:
    r = client.get("/users/u/items", params={"limit": 1, "page_size": 10})
    assert r.status_code == 400
    problem = r.json()
    assert problem["operationId"] == "listUserItems"
    assert problem["violations"][0]["where"] == "query.page_size"
    assert _where(server) == ["query.page_size"]
    assert "undeclared query parameter 'page_size'" in server.violations[0].message
    assert server.requests[0].violations == server.violations


@pytest.mark.parametrize(
    ("params", "where", "text"),
    [
        ({}, "query.limit", "required query parameter missing"),
        ({"limit": "abc"}, "query.limit", "not an integer"),
        ({"limit": "1.5"}, "query.limit", "not an integer"),
        ({"limit": 1, "only_public": "True"}, "query.only_public", "not a boolean"),
        ({"limit": [1, 2]}, "query.limit", "not an array"),
    ],
)
def test_rejects_bad_query_values(
    server: MockServer, client: httpx.Client, params: dict[str, Any], where: str, text: str
) -> None:
    r = client.get("/users/u/items", params=params)
    assert r.status_code == 400
    assert _where(server) == [where]
    assert text in server.violations[0].message


def test_rejects_snake_case_body_key(server: MockServer, client: httpx.Client) -> None:
    r = client.post("/items", json={"name": "n", "user_id": "u"})
    assert r.status_code == 400
    messages = [v.message for v in server.violations]
    assert any("$.user_id: unknown property 'user_id'" in m for m in messages), messages
    assert any("missing required property 'userId'" in m for m in messages), messages
    assert server.last_request.json == {"name": "n", "user_id": "u"}


@pytest.mark.parametrize(
    ("payload", "text"),
    [
        ({"name": "n", "userId": "u", "dimensions": {"width": 1, "Height": 2}}, "$.dimensions.Height: unknown property"),
        ({"name": "n", "userId": "u", "count": None}, "$.count: null is not allowed"),
        ({"name": "n", "userId": 5}, "$.userId: expected string, got integer"),
        ({"name": "n", "userId": "u", "count": True}, "$.count: expected integer, got boolean"),
        ({"name": "n", "userId": "u", "count": 1.5}, "$.count: expected integer, got number"),
        ({"name": "n", "userId": "u", "tags": "a"}, "$.tags: expected array"),
        ({"name": "n", "userId": "u", "tags": [1]}, "$.tags[0]: expected string"),
        ({"name": "n", "userId": "u", "dimensions": {}}, "$.dimensions: missing required property 'width'"),
        (["name"], "$: expected object, got array"),
    ],
)
def test_rejects_bad_bodies(server: MockServer, client: httpx.Client, payload: Any, text: str) -> None:
    r = client.post("/items", json=payload)
    assert r.status_code == 400
    assert any(text in v.message for v in server.violations), server.violations


def test_rejects_missing_and_invalid_json_body_and_wrong_content_type(server: MockServer, client: httpx.Client) -> None:
    assert client.post("/items").status_code == 400
    assert "required request body missing" in server.violations[-1].message
    assert client.post("/items", content=b"{not json", headers={"Content-Type": "application/json"}).status_code == 400
    assert "invalid JSON" in server.violations[-1].message
    assert client.post("/items", content=b"name=n", headers={"Content-Type": "text/plain"}).status_code == 400
    assert server.violations[-1].where == "header.Content-Type"
    # a body for an operation that declares none
    assert client.request("GET", "/items/x", json={"a": 1}).status_code == 400
    assert "declares no request body" in server.violations[-1].message


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer wrong"}, {"Authorization": TOKEN}, {"Authorization": f"Basic {TOKEN}"}],
    ids=["missing", "wrong-token", "no-scheme", "basic"],
)
def test_rejects_missing_or_wrong_auth(server: MockServer, headers: dict[str, str]) -> None:
    r = httpx.get(server.url("/items/x"), headers=headers, timeout=5)
    assert r.status_code == 401
    assert r.headers["www-authenticate"] == "Bearer"
    assert _where(server) == ["auth"]


def test_token_none_accepts_any_bearer_token() -> None:
    with MockServer(TINY, token=None) as s:
        assert httpx.get(s.url("/items/x"), headers={"Authorization": "Bearer anything"}).status_code == 200
        assert httpx.get(s.url("/items/x")).status_code == 401


def test_unknown_routes_and_methods(server: MockServer, client: httpx.Client) -> None:
    assert httpx.get(f"{server.root_url}/items/x", headers=AUTH).status_code == 404  # base path missing
    assert client.get("/nope").status_code == 404
    assert client.put("/items/x", json={}).status_code == 405
    assert _where(server) == ["route", "route", "route"]
    assert [r.operation_id for r in server.requests] == [None, None, None]


def test_reset_forgets_everything(server: MockServer, client: httpx.Client) -> None:
    client.get("/nope")
    server.script(None, [Reply(status=500)])
    server.mode = MINIMAL
    server.reset()
    assert server.requests == [] and server.violations == [] and server.pending_replies == {}
    assert server.mode == FULL
    assert client.get("/health").status_code == 200


# ------------------------------------------------------------------ mock server: scripted replies


def test_scripted_replies_are_consumed_in_order(server: MockServer, client: httpx.Client) -> None:
    server.script("getItem", [Reply(status=503), Reply(status=503, headers={"Retry-After": "0"}), Reply(status=200)])
    first, second, third, fourth = (client.get("/items/x") for _ in range(4))
    assert (first.status_code, first.content) == (503, b"")
    assert second.status_code == 503 and second.headers["retry-after"] == "0"
    assert third.status_code == 200 and third.json()["name"] == "string-name"
    assert fourth.status_code == 200  # script exhausted: back to the spec's default
    assert server.pending_replies == {}
    assert [r.status for r in server.requests] == [503, 503, 200, 200]
    assert server.violations == []


def test_script_for_any_operation_and_specific_one_first(server: MockServer, client: httpx.Client) -> None:
    server.script(None, [Reply(status=500), Reply(status=502)])
    server.script("getHealth", [Reply(status=429, headers={"Retry-After": "1"})])
    assert client.get("/health").status_code == 429  # specific queue wins
    assert client.get("/health").status_code == 500  # then the catch-all queue
    assert client.get("/items/x").status_code == 502
    assert client.get("/items/x").status_code == 200
    with pytest.raises(KeyError):
        server.script("noSuchOperation", [Reply()])


def test_scripted_error_body_raw_bytes_and_declared_error_status(server: MockServer, client: httpx.Client) -> None:
    server.script("getItem", [
        Reply(status=404, body={"error": "not found"}),
        Reply(status=200, body=b"{truncated"),
        Reply(status=200, body=[1, 2]),
        Reply(status=404),  # declared in the spec without content: empty body
        Reply(status=200, body=None),
        Reply(status=200, body=b"<html>", headers={"Content-Type": "text/html"}),
    ])
    r = client.get("/items/x")
    assert r.status_code == 404 and r.json() == {"error": "not found"}
    r = client.get("/items/x")
    assert r.status_code == 200 and r.content == b"{truncated"
    assert r.headers["content-type"] == "application/json"
    with pytest.raises(json.JSONDecodeError):
        r.json()
    assert client.get("/items/x").json() == [1, 2]
    r = client.get("/items/x")
    assert r.status_code == 404 and r.content == b""
    assert client.get("/items/x").content == b"null"
    r = client.get("/items/x")
    assert r.headers["content-type"] == "text/html" and r.content == b"<html>"


def test_invalid_requests_do_not_consume_the_script(server: MockServer, client: httpx.Client) -> None:
    server.script("getItem", [Reply(status=503)])
    assert httpx.get(server.url("/items/x"), timeout=5).status_code == 401
    assert client.get("/items/x").status_code == 503


def test_delay_makes_the_client_time_out_and_the_server_survives(server: MockServer) -> None:
    server.script("getItem", [Reply(delay=2.0)])
    t = time.monotonic()
    with pytest.raises(httpx.ReadTimeout):
        httpx.get(server.url("/items/x"), headers=AUTH, timeout=0.5)
    assert time.monotonic() - t < 1.5
    r = httpx.get(server.url("/items/x"), headers=AUTH, timeout=5)
    assert r.status_code == 200
    assert [q.operation_id for q in server.requests] == ["getItem", "getItem"]


def test_delay_is_honoured_when_client_waits(server: MockServer, client: httpx.Client) -> None:
    server.script("getHealth", [Reply(delay=0.3, status=200)])
    t = time.monotonic()
    assert client.get("/health").status_code == 200
    assert 0.3 <= time.monotonic() - t < 2.0


def test_stop_is_bounded_with_pending_delays_and_open_keepalive_connections() -> None:
    s = MockServer(TINY, token=TOKEN).start()
    port = s.port
    assert port is not None
    c = httpx.Client(headers=AUTH, timeout=10)
    assert c.get(s.url("/items/x")).status_code == 200  # leaves a keep-alive connection open
    s.script("getHealth", [Reply(delay=30)])
    raw = socket.create_connection(("127.0.0.1", port))
    raw.sendall(b"GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n")
    time.sleep(0.2)
    t = time.monotonic()
    s.stop()
    assert time.monotonic() - t < 3.0
    assert not port_is_open(port)
    raw.close()
    c.close()


def test_server_is_not_started_twice_and_exit_closes_port() -> None:
    with MockServer(TINY) as s:
        port = s.port
        assert port is not None and port_is_open(port)
        with pytest.raises(RuntimeError):
            s.start()
    assert not port_is_open(port)


# ------------------------------------------------------------------------- validator & generator


@pytest.mark.parametrize("spec", _all_specs(), ids=lambda p: p.parent.name + "/" + p.name)
@pytest.mark.parametrize("mode", [FULL, MINIMAL])
def test_generated_bodies_validate_against_their_schemas(spec: Path, mode: str) -> None:
    if not spec.is_file():
        shared_inputs.missing(f"reference document {spec.name}")
    server = MockServer(spec)  # not started: only uses the spec
    checked = 0
    for op_id in server.operations:
        code, schema = server.response_schema(op_id)
        if schema is None:
            continue
        body = server.response_body(op_id, mode=mode)
        errors = server.validator.validate(body, schema, check_constraints=True, direction="response")
        assert errors == [], f"{op_id} ({mode}): {errors}"
        assert json.loads(json.dumps(body)) == body
        assert server.response_body(op_id, mode=mode) == body  # deterministic
        checked += 1
    assert checked > 0


def test_full_mode_fills_every_property_recursively() -> None:
    spec = load_spec(TINY)
    v = SchemaValidator(spec)
    body = v.generate({"$ref": "#/components/schemas/Item"}, FULL)

    def walk(value: Any, schema: Any) -> None:
        s = v.flatten(schema)
        assert value is not None
        if isinstance(value, dict):
            assert set(value) == set(s.get("properties", {}))
            for k, sub in s.get("properties", {}).items():
                walk(value[k], sub)
        elif isinstance(value, list):
            assert len(value) == 1
            walk(value[0], s["items"])

    walk(body, {"$ref": "#/components/schemas/Item"})


def test_generator_uses_example_default_enum_and_constraints() -> None:
    v = SchemaValidator({})
    assert v.generate({"type": "string", "example": "ex", "default": "d", "enum": ["ex", "d"]}) == "ex"
    assert v.generate({"type": "string", "default": "d", "enum": ["e", "d"]}) == "d"
    assert v.generate({"type": "string", "enum": ["e", "d"]}) == "e"
    assert v.generate({"type": "integer", "example": "not-an-int"}) == 1  # invalid example ignored
    assert v.generate({"type": "integer", "minimum": 5}) == 5
    assert v.generate({"type": "number", "maximum": 0}) == 0.0
    assert v.generate({"type": "string", "minLength": 20}, name="x") == "string-x" + "x" * 12
    assert v.generate({"type": "string", "pattern": "^[a-f0-9]{8}-[a-f0-9]{4}-4"}) == "00000000-0000-4000-8000-000000000000"
    assert v.generate({"type": "string", "format": "uri"}, name="link") == "https://example.com/link"
    assert v.generate({"type": "boolean", "nullable": True}) is True
    assert v.generate({"type": "boolean", "nullable": True}, MINIMAL) is None
    assert v.generate({"type": "object", "additionalProperties": {"type": "integer"}}) == {"additionalProp1": 1}
    assert v.generate({"oneOf": [{"type": "integer"}, {"type": "string"}]}) == 1


def test_generator_terminates_on_recursive_schemas() -> None:
    spec = {"components": {"schemas": {"Node": {"type": "object", "required": ["name"], "properties": {
        "name": {"type": "string"},
        "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}},
        "parent": {"$ref": "#/components/schemas/Node"}}}}}}
    v = SchemaValidator(spec)
    body = v.generate({"$ref": "#/components/schemas/Node"})
    assert body["name"] == "string-name"
    assert v.validate(body, {"$ref": "#/components/schemas/Node"}) == []


def test_validator_composition_and_refs() -> None:
    spec = {"components": {"schemas": {
        "A": {"type": "object", "required": ["a"], "properties": {"a": {"type": "string"}}},
        "B": {"type": "object", "properties": {"b": {"type": "integer", "nullable": True}}},
        "AB": {"allOf": [{"$ref": "#/components/schemas/A"}, {"$ref": "#/components/schemas/B"}]},
        "AorB": {"oneOf": [{"$ref": "#/components/schemas/A"}, {"$ref": "#/components/schemas/B"}]},
        "Free": {"type": "object"},
        "Map": {"type": "object", "additionalProperties": {"type": "string"}},
    }}}
    v = SchemaValidator(spec)
    ref = lambda n: {"$ref": f"#/components/schemas/{n}"}  # noqa: E731
    assert v.validate({"a": "x", "b": None}, ref("AB")) == []
    assert v.validate({"a": "x", "c": 1}, ref("AB")) == ["$.c: unknown property 'c' (declared: a, b)"]
    assert v.validate({"b": 1}, ref("AB")) == ["$: missing required property 'a'"]
    assert v.validate({"b": 1}, ref("AorB")) == []
    assert v.validate({"c": 1}, ref("AorB"))[0] == "$: matches none of the oneOf alternatives"
    assert v.validate({"anything": [1]}, ref("Free")) == []
    assert v.validate({"k": "v"}, ref("Map")) == []
    assert v.validate({"k": 1}, ref("Map")) == ["$.k: expected string, got integer (1)"]
    assert v.validate(None, {**ref("A"), "nullable": True}) == []  # $ref siblings apply
    assert v.validate("z", {"type": "string", "enum": ["x", "y"]}) == ["$: 'z' is not one of ['x', 'y']"]
    assert v.validate("ab", {"type": "string", "pattern": "^a$"}) == []
    assert v.validate("ab", {"type": "string", "pattern": "^a$"}, check_constraints=True) != []


# --------------------------------------------------------------------------------------- Prism


@pytest.mark.prism
def test_prism_serves_valid_and_rejects_invalid_requests_then_stops() -> None:
    with prism_server(TINY, seed=1, dynamic=False) as base_url:
        port = int(base_url.rsplit(":", 1)[1])
        assert base_url == f"http://127.0.0.1:{port}"
        with httpx.Client(base_url=base_url, timeout=10) as c:
            ok = c.post("/items", json={"name": "n", "userId": "u"}, headers=AUTH)
            assert ok.status_code == 200, ok.text
            assert set(ok.json()) >= {"id", "name", "status", "createdAt"}
            bad_body = c.post("/items", json={"name": "n", "userId": 5}, headers=AUTH)
            assert bad_body.status_code == 422, bad_body.text
            assert bad_body.json()["validation"][0]["location"] == ["body", "userId"]
            no_auth = c.get("/items/x")
            assert no_auth.status_code == 401, no_auth.text
            # Prism drops the servers path: the prefixed route does not exist
            assert c.get("/api/v1/items/x", headers=AUTH).status_code == 404
            assert c.get("/items/x", headers=AUTH).status_code == 200
    assert not port_is_open(port)


@pytest.mark.prism
def test_prism_dynamic_seeded_is_reproducible() -> None:
    bodies = []
    for _ in range(2):
        with prism_server(TINY, seed=42, dynamic=True) as base_url:
            r = httpx.get(f"{base_url}/items/x", headers=AUTH, timeout=10)
            assert r.status_code == 200
            bodies.append(r.json())
    assert bodies[0] == bodies[1]


# --------------------------------------------------------------------------------------- venvs


def _write_package(root: Path) -> Path:
    pkg = root / "demo_pkg"
    (pkg / "src" / "demo_sdk").mkdir(parents=True)
    (pkg / "pyproject.toml").write_text(textwrap.dedent("""\
        [build-system]
        requires = ["setuptools>=68"]
        build-backend = "setuptools.build_meta"

        [project]
        name = "demo-sdk"
        version = "0.0.1"
        requires-python = ">=3.11"
    """))
    (pkg / "src" / "demo_sdk" / "__init__.py").write_text("def hello(name: str) -> str:\n    return f'hi {name}'\n")
    (pkg / "src" / "demo_sdk" / "py.typed").write_text("")
    return pkg


def test_venv_install_and_run(tmp_path: Path) -> None:
    pkg = _write_package(tmp_path)
    before = sorted(p.relative_to(pkg) for p in pkg.rglob("*"))
    venv = Venv(tmp_path / "venv")
    python = venv.install(pkg)
    assert python == tmp_path.resolve() / "venv" / "bin" / "python"
    script = "import sys, demo_sdk; print(demo_sdk.hello(sys.argv[1])); print(sys.prefix); print(demo_sdk.__file__)"
    rc, out, err = run_in_venv(python, script, ["bob"], timeout=60)
    assert rc == 0, err
    greeting, prefix, location = out.splitlines()
    assert greeting == "hi bob"
    assert Path(prefix) == tmp_path.resolve() / "venv"
    assert "site-packages" in location  # installed, not imported from the source tree
    assert sorted(p.relative_to(pkg) for p in pkg.rglob("*")) == before  # the build did not touch the source
    # the test runner's packages are not visible in the fresh venv
    rc, _, err = run_in_venv(python, "import pytest", timeout=60)
    assert rc != 0 and "ModuleNotFoundError" in err
    # a script file, and a failing script
    f = tmp_path / "driver.py"
    f.write_text("import sys; sys.stderr.write('boom'); sys.exit(3)")
    assert run_in_venv(python, f, timeout=60) == (3, "", "boom")
    print(f"venv timings: {venv.timings}", file=sys.stderr)


def test_run_in_venv_times_out_and_kills_the_process_group(tmp_path: Path) -> None:
    script = "import subprocess, sys, time; subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(60)']); " \
             "print('started', flush=True); time.sleep(60)"
    t = time.monotonic()
    res = run_in_venv(sys.executable, script, timeout=1.0)
    assert time.monotonic() - t < 5
    assert res.rc == TIMEOUT_RC and res.timed_out
    assert res.stdout == "started\n"
    assert "timed out after 1 s" in res.stderr
