"""Operations and security on the wire, for both Python targets.

The golden case tests/golden/cases/operations_security (every parameter location and
style, every body and response kind, every security scheme) is generated into a
temporary folder, imported, and called against a recording HTTP server on 127.0.0.1.
Expected requests are written out by hand from the OpenAPI rules (style/explode tables,
RFC 7617 basic auth, RFC 6749 client credentials), never taken from the code under test.
"""

from __future__ import annotations

import base64
import importlib
import json
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import pytest

from tests.loopback import Replies, Seen, importable

ROOT = Path(__file__).resolve().parents[2]
CASE = ROOT / "tests/golden/cases/operations_security"
SECRET = "s3cr3t-VALUE-9f1"
PACKAGES = {"python": "golden_operations_security", "python-flat": "golden_operations_security_flat"}


# -- the generated packages ------------------------------------------------------------------
@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Path]]:
    """Both targets rendered (black is not needed to run them) and importable."""
    with importable(CASE, CASE.name, tmp_path_factory.mktemp("wire"), PACKAGES) as src:
        yield src


# -- the recording server --------------------------------------------------------------------
@dataclass
class Server(Replies):
    token_expires_in: int = 3600
    tokens_issued: int = 0
    fallback: tuple[int, str, bytes] = (200, "application/json", b'{"name": "x"}')

    def reply(self, method: str, path: str, status: int, content_type: str, body: Any) -> None:
        self.answer(method, path, status, content_type, body)

    def last(self) -> Seen:
        return [s for s in self.seen if s.path != "/oauth/token"][-1]

    def respond(self, request: Seen) -> tuple[int, str, bytes]:
        if request.path == "/oauth/token":
            self.tokens_issued += 1
            return 200, "application/json", json.dumps(
                {"access_token": f"tok-{self.tokens_issued}", "token_type": "Bearer",
                 "expires_in": self.token_expires_in}).encode()
        return super().respond(request)


@pytest.fixture
def server() -> Iterator[Server]:
    state = Server()
    with state.serve():
        yield state


# -- one driver per target: build a client, call an operation, read the result ---------------
class Driver:
    def __init__(self, target: str, generated: dict[str, Path], server: Server) -> None:
        self.target = target
        self.pkg = importlib.import_module(PACKAGES[target])
        self.server = server

    def client(self, **credentials: Any) -> Any:
        if self.target == "python":
            sdk = importlib.import_module(PACKAGES["python"] + ".sdk")
            return sdk.GoldenSDK(server_url=self.server.url, **credentials)
        client = importlib.import_module(PACKAGES["python-flat"] + ".client")
        return client.GoldenFlat(host=self.server.url, **credentials)

    def call(self, client: Any, group: str, op: str, **kwargs: Any) -> Any:
        """The parsed body of a successful call (plain data)."""
        if self.target == "python":
            if "body" in kwargs:
                kwargs["request_body" if op in ("put_file",) else "request"] = kwargs.pop("body")
            res = getattr(getattr(client, group), op)(**kwargs)
            obj = res.object
            return obj.model_dump(by_alias=True, exclude_unset=True) if hasattr(obj, "model_dump") else (
                [o.model_dump(by_alias=True, exclude_unset=True) for o in obj] if isinstance(obj, list) else obj)
        res = getattr(getattr(client, group), op)(**kwargs)
        body = res.body
        return _plain(body)

    def error(self, client: Any, group: str, op: str, **kwargs: Any) -> tuple[int, Any]:
        """(status, parsed error body) of a call that fails."""
        with pytest.raises(Exception) as info:
            getattr(getattr(client, group), op)(**kwargs)
        exc = info.value
        if self.target == "python":
            data = getattr(exc, "data", None)
            return exc.status_code, data.model_dump(by_alias=True, exclude_unset=True) if data is not None else None
        return exc.status, _plain(exc.body)


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


@pytest.fixture(params=["python", "python-flat"])
def drv(request: pytest.FixtureRequest, generated: dict[str, Path], server: Server) -> Driver:
    return Driver(request.param, generated, server)


def basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


# -- parameters ----------------------------------------------------------------------------------
def test_path_header_cookie_and_form_non_exploded_query(drv: Driver, server: Server) -> None:
    c = drv.client(bearer=SECRET)
    server.reply("GET", "/items/7", 200, "application/json;charset=UTF-8", {"name": "seven", "size": 7})
    body = drv.call(c, "items", "get_item", item_id=7, fields=["a", "b c"], x_request_id="r-1", session="s 1")
    assert body == {"name": "seven", "size": 7}
    seen = server.last()
    assert seen.method == "GET" and seen.path == "/items/7"
    assert seen.raw_query == "fields=a%2Cb+c" or seen.raw_query == "fields=a%2Cb%20c"
    assert seen.headers["x-request-id"] == "r-1"
    assert seen.headers["cookie"] == "session=s%201"
    assert seen.headers["authorization"] == f"Bearer {SECRET}"


@pytest.mark.parametrize("style_case", ["explode", "space", "pipe", "deep", "object-form"])
def test_query_styles(drv: Driver, server: Server, style_case: str) -> None:
    c = drv.client(basic=("ann", SECRET))
    server.reply("GET", "/search", 200, "application/vnd.example+json", [{"name": "a"}])
    args = {
        "explode": ({"tags": ["a", "b"]}, [("tags", "a"), ("tags", "b")]),
        "space": ({"ids": [1, 2, 3]}, [("ids", "1 2 3")]),
        "pipe": ({"colors": ["red", "blue"]}, [("colors", "red|blue")]),
        "deep": ({"filter": {"name": "x", "size": 2}}, [("filter[name]", "x"), ("filter[size]", "2")]),
        "object-form": ({"point": {"x": 1, "y": 2}}, [("x", "1"), ("y", "2")]),
    }[style_case]
    body = drv.call(c, "default", "search", **args[0])
    assert body == [{"name": "a"}]
    seen = server.last()
    assert seen.query == args[1]
    assert seen.headers["authorization"] == basic("ann", SECRET)


# -- bodies ------------------------------------------------------------------------------------
def test_json_body_by_default_and_other_media_types_on_request(drv: Driver, server: Server) -> None:
    c = drv.client(openid=SECRET)
    server.reply("POST", "/items", 201, "application/json", {"id": "n1"})
    assert drv.call(c, "items", "create_item", body={"name": "n", "size": 2}) == {"id": "n1"}
    seen = server.last()
    assert seen.headers["content-type"] == "application/json"
    assert json.loads(seen.body) == {"name": "n", "size": 2}
    assert seen.headers["authorization"] == f"Bearer {SECRET}"

    drv.call(c, "items", "create_item", body={"name": "n m", "tags": ["x", "y"]},
             content_type="application/x-www-form-urlencoded")
    seen = server.last()
    assert seen.headers["content-type"] == "application/x-www-form-urlencoded"
    assert parse_qsl(seen.body.decode()) == [("name", "n m"), ("tags", "x"), ("tags", "y")]

    drv.call(c, "items", "create_item", body="plain words", content_type="text/plain")
    seen = server.last()
    assert seen.headers["content-type"] == "text/plain"
    assert seen.body == b"plain words"


def test_several_2xx_statuses_and_an_empty_one(drv: Driver, server: Server) -> None:
    c = drv.client(openid=SECRET)
    server.reply("POST", "/items", 200, "application/json", {"name": "updated"})
    assert drv.call(c, "items", "create_item", body={"name": "n"}) == {"name": "updated"}
    server.reply("POST", "/items", 201, "application/json", {"id": "n2"})
    assert drv.call(c, "items", "create_item", body={"name": "n"}) == {"id": "n2"}  # the Created schema
    server.reply("POST", "/items", 202, "application/json", b"")
    res = c.items.create_item(**({"request": {"name": "n"}} if drv.target == "python" else {"body": {"name": "n"}}))
    if drv.target == "python":
        assert (res.status_code, res.object) == (202, None)  # documented without a body
    else:
        assert res.response.status_code == 202 and isinstance(res.body, drv.pkg.schemas.Unset)


def test_multipart_with_a_file_and_api_keys_in_query_and_cookie(drv: Driver, server: Server) -> None:
    c = drv.client(api_key_query=SECRET, api_key_cookie="cookie-" + SECRET)
    server.reply("POST", "/files", 201, "application/xml", b"<ok>stored</ok>")
    kwargs: dict[str, Any] = {"file": b"\x00\x01binary", "note": "hello", "tags": ["t1", "t2"]}
    if drv.target == "python":
        kwargs = {"body": kwargs}
    body = drv.call(c, "files", "upload_file", **kwargs)
    assert body == "<ok>stored</ok>"  # XML comes back as text
    seen = server.last()
    assert seen.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert ("api_key", SECRET) in seen.query
    assert seen.headers["cookie"] == f"key=cookie-{SECRET}"
    boundary = seen.headers["content-type"].split("boundary=")[1]
    parts = seen.body.split(f"--{boundary}".encode())
    assert any(b'name="file"; filename="file"' in p and b"\x00\x01binary" in p for p in parts)
    assert any(b'name="note"' in p and p.endswith(b"hello\r\n") for p in parts)
    assert sum(1 for p in parts if b'name="tags"' in p) == 2


def test_binary_upload_and_download(drv: Driver, server: Server) -> None:
    c = drv.client(bearer=SECRET)
    server.reply("PUT", "/files/a%20b", 204, "application/json", b"")
    if drv.target == "python":
        c.files.put_file(name="a b", request_body=b"\x89PNG raw")
    else:
        c.files.put_file(name="a b", body=b"\x89PNG raw")
    seen = server.last()
    assert seen.path == "/files/a%20b"
    assert seen.headers["content-type"] == "application/octet-stream"
    assert seen.body == b"\x89PNG raw"

    payload = bytes(range(256)) * 64
    server.reply("GET", "/files/f", 200, "application/octet-stream", payload)
    assert drv.call(c, "files", "download_file", name="f") == payload
    # streamed: read in chunks from the open response
    res = c.files.download_file(name="f", stream=True)
    raw = res.raw_response if drv.target == "python" else res.response
    assert b"".join(raw.iter_bytes(1024)) == payload
    raw.close()


# -- responses ---------------------------------------------------------------------------------
def test_typed_error_per_status_and_default(drv: Driver, server: Server) -> None:
    c = drv.client(bearer=SECRET)
    server.reply("GET", "/items/1", 404, "application/problem+json", {"title": "missing", "status": 404})
    assert drv.error(c, "items", "get_item", item_id=1) == (404, {"title": "missing", "status": 404})
    server.reply("GET", "/items/1", 500, "application/json", {"title": "boom", "status": 500})
    assert drv.error(c, "items", "get_item", item_id=1) == (500, {"title": "boom", "status": 500})


def test_an_error_status_typed_by_a_union_is_parsed_into_its_member(drv: Driver, server: Server) -> None:
    # the spec's 409: oneOf Conflict (requires conflictWith) / Locked (requires lockedUntil)
    # (python-flat's models are TypedDicts keyed by the Python names)
    c = drv.client(bearer=SECRET)
    cases = [({"conflictWith": "7"}, {"conflict_with": "7"}, "Conflict"),
             ({"lockedUntil": "tomorrow"}, {"locked_until": "tomorrow"}, "Locked")]
    for body, flat, member in cases:
        server.reply("GET", "/items/1", 409, "application/json", body)
        assert drv.error(c, "items", "get_item", item_id=1) == (409, body if drv.target == "python" else flat)
        if drv.target == "python":
            with pytest.raises(Exception) as info:
                c.items.get_item(item_id=1)
            assert type(getattr(info.value, "data", None)).__name__ == member


def test_head_without_security(drv: Driver, server: Server) -> None:
    c = drv.client(bearer=SECRET)
    server.reply("HEAD", "/items/3", 200, "application/json", b"")
    c.items.head_items_by_item_id(item_id=3)
    seen = server.last()
    assert seen.method == "HEAD" and seen.path == "/items/3"
    assert "authorization" not in seen.headers


# -- security ----------------------------------------------------------------------------------
def test_alternatives_use_the_first_with_credentials(drv: Driver, server: Server) -> None:
    c = drv.client(api_key_header=SECRET)  # no bearer: the second alternative
    drv.call(c, "items", "get_item", item_id=2)
    seen = server.last()
    assert seen.headers["x-api-key"] == SECRET and "authorization" not in seen.headers


def test_client_credentials_fetch_reuse_and_refresh(drv: Driver, server: Server) -> None:
    auth = importlib.import_module(PACKAGES[drv.target] + "._auth")
    now = [1000.0]
    cc = auth.ClientCredentials("client-1", SECRET, clock=lambda: now[0], refresh_margin=30)
    c = drv.client(oauth=cc)
    server.reply("POST", "/items", 201, "application/json", {"id": "1"})
    drv.call(c, "items", "create_item", body={"name": "a"})
    drv.call(c, "items", "create_item", body={"name": "b"})
    token_requests = [s for s in server.seen if s.path == "/oauth/token"]
    assert len(token_requests) == 1
    t = token_requests[0]
    assert t.method == "POST"
    assert t.headers["authorization"] == basic("client-1", SECRET)
    assert dict(parse_qsl(t.body.decode())) == {"grant_type": "client_credentials", "scope": "items:write"}
    assert server.last().headers["authorization"] == "Bearer tok-1"
    now[0] += 3600 - 29  # within the refresh margin of the expiry
    drv.call(c, "items", "create_item", body={"name": "c"})
    assert len([s for s in server.seen if s.path == "/oauth/token"]) == 2
    assert server.last().headers["authorization"] == "Bearer tok-2"


def test_no_credential_in_any_repr_or_error(drv: Driver, server: Server) -> None:
    auth = importlib.import_module(PACKAGES[drv.target] + "._auth")
    cc = auth.ClientCredentials("client-1", SECRET, token_url="http://127.0.0.1:1/nowhere")
    c = drv.client(bearer=SECRET, basic=("u", SECRET), api_key_header=SECRET, oauth=cc)
    texts = [repr(c), repr(cc), repr(auth.BasicAuth("u", SECRET))]
    texts.append(repr(c.sdk_configuration) if drv.target == "python" else repr(c.configuration))
    server.reply("GET", "/items/1", 404, "application/json", {"title": "no"})
    with pytest.raises(Exception) as info:
        c.items.get_item(item_id=1)
    texts += [str(info.value), repr(info.value)]
    for text in texts:
        assert SECRET not in text


def test_server_variables_fill_the_default_url(generated: dict[str, Path]) -> None:
    sdk = importlib.import_module(PACKAGES["python"] + ".sdk")
    assert sdk.SERVER_URL == "https://eu.api.example.com/v1"
    s = sdk.GoldenSDK(url_params={"region": "us"})
    assert s.sdk_configuration.server_url == "https://us.api.example.com/v1"
    client = importlib.import_module(PACKAGES["python-flat"] + ".client")
    assert client.DEFAULT_HOST == "https://eu.api.example.com/v1"


@pytest.mark.parametrize("target", ["python", "python-flat"])
def test_generated_package_passes_mypy_strict(generated: dict[str, Path], target: str) -> None:
    proc = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--no-incremental", "-p", PACKAGES[target]],
                          cwd=generated[target], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
