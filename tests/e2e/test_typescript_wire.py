"""The TypeScript target on the wire, for what the OpenAPI-coverage issue added to the model:
every operation of the golden cases operations_security and params_bodies, through the
compiled TypeScript SDK (tsc --strict, with a driver written against its public surface),
against a loopback server that records what it receives.

Every expectation below is written by hand from the case's spec.yaml and OpenAPI's
serialisation rules (query strings, headers, cookies, bodies, credentials, the token
fetch and its refresh), never read from the generated code.

Needs node and the pinned tsc: under CI=true their absence is a failure, elsewhere a skip.
"""

from __future__ import annotations

import base64
import json
import shutil
import subprocess
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from codegen.format import format_files
from codegen.pipeline import load_api
from codegen.render import render
from codegen.settings import load_settings

from .npmtools import TYPESCRIPT_VERSION, ensure_tool, require_node

ROOT = Path(__file__).resolve().parents[2]
CASES = ROOT / "tests" / "golden" / "cases"
DRIVERS = Path(__file__).parent / "drivers"
SECRETS = ["BEARER-SECRET", "BEARER-FN-SECRET", "HEADER-KEY-SECRET", "PASS-SECRET", "OAUTH-SECRET",
           "OIDC-SECRET", "CS-SECRET", "QUERY-KEY-SECRET", "COOKIE-KEY-SECRET"]
DOWNLOAD = bytes(i % 251 for i in range(200_000))


@dataclass
class Seen:
    method: str
    target: str  # path and query, as sent
    headers: dict[str, str]  # lower-case names
    body: bytes

    @property
    def path(self) -> str:
        return self.target.split("?", 1)[0]

    @property
    def query(self) -> str:
        return self.target.split("?", 1)[1] if "?" in self.target else ""


class Recorder:
    def __init__(self) -> None:
        self.by_case: dict[str, list[Seen]] = {}
        self.tokens: list[Seen] = []
        self.issued = 0
        self.lock = threading.Lock()

    def one(self, case: str) -> Seen:
        seen = self.by_case.get(case, [])
        assert len(seen) == 1, (case, seen)
        return seen[0]


def _reply(rec: Recorder, seen: Seen) -> tuple[int, str, bytes]:
    """The server's answers, by route (hand-written from the case specs)."""
    m, path = seen.method, seen.path
    if path == "/oauth/token":
        client = base64.b64decode(seen.headers.get("authorization", "Basic ").split(" ", 1)[1]).decode()
        if client.startswith("bad:"):  # a refusal that echoes what it got
            return 401, "text/plain", f"refused {seen.headers} {seen.body!r}".encode()
        with rec.lock:
            rec.issued += 1
            n = rec.issued
        cid = client.split(":", 1)[0]
        return 200, "application/json", json.dumps(
            {"access_token": f"tok-{cid}-{n}", "token_type": "bearer",
             "expires_in": 10 if cid == "short" else 3600}).encode()
    if path.startswith("/v1/items/") and m in ("GET", "HEAD"):
        item = path.rsplit("/", 1)[1]
        if m == "HEAD":
            return 200, "", b""
        if item == "404":
            return 404, "application/problem+json", b'{"title": "nope", "status": 404}'
        if item == "500":
            return 500, "application/json", b'{"title": "boom", "status": 500}'
        if item == "401":
            return 401, "text/plain", f"who are you? {seen.headers} {seen.target}".encode()
        return 200, "application/json;charset=UTF-8", b'{"name": "a", "size": 1, "tags": ["x"], "extra": true}'
    if path == "/v1/search":
        return 200, "application/vnd.example+json", b'[{"name": "s"}]'
    if path == "/v1/items" and m == "POST":
        ct = seen.headers.get("content-type", "")
        if ct.startswith("application/json"):
            return 201, "application/json", b'{"id": "new"}'
        if ct.startswith("application/x-www-form-urlencoded"):
            return 200, "application/json", b'{"name": "f"}'
        return 202, "", b""
    if path == "/v1/files" and m == "POST":
        return 201, "application/xml", b"<stored/>"
    if path.startswith("/v1/files/") and m == "PUT":
        return 204, "", b""
    if path.startswith("/v1/files/") and m == "GET":
        return 200, "application/octet-stream", DOWNLOAD
    # params_bodies
    if path.endswith("/things") and path.startswith("/users/") and m == "GET":
        return 200, "application/json", b'{"things": [{"name": "t"}]}'
    if path.endswith("/things") and path.startswith("/users/") and m == "POST":
        return 200, "application/json", b'{"id": "t1"}'
    if path == "/things" and m == "POST":
        return 204, "", b""
    return 599, "text/plain", f"no route for {m} {path}".encode()


@pytest.fixture
def server() -> Iterator[tuple[str, Recorder]]:
    rec = Recorder()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _handle(self) -> None:
            length = int(self.headers.get("content-length") or 0)
            body = self.rfile.read(length) if length else b""
            seen = Seen(self.command, self.path, {k.lower(): v for k, v in self.headers.items()}, body)
            case = seen.headers.get("x-case")
            with rec.lock:
                if seen.path == "/oauth/token":
                    rec.tokens.append(seen)
                else:
                    rec.by_case.setdefault(case or "?", []).append(seen)
            status, ctype, data = _reply(rec, seen)
            self.send_response(status)
            if ctype:
                self.send_header("content-type", ctype)
            self.send_header("content-length", str(len(data)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(data)

        do_GET = do_POST = do_PUT = do_HEAD = do_DELETE = _handle

        def log_message(self, *args: Any) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", rec
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=10)


def _driven(case: str, driver: str, base_url: str, tmp_path: Path) -> dict[str, Any]:
    """Generates the case's TypeScript package, adds the driver as src/driver.ts, compiles
    it all with tsc --strict and runs the driver against the server."""
    require_node()
    tsc = ensure_tool("typescript", TYPESCRIPT_VERSION, "tsc")
    settings = load_settings(CASES / case / "codegen.yaml", api=case)
    (target,) = [t for t in settings.targets if t.template == "typescript"]
    files, _ = format_files(render(load_api(settings).api, target), lambda p, t: None)
    pkg = tmp_path / "pkg"
    for path, text in files.items():
        (pkg / path).parent.mkdir(parents=True, exist_ok=True)
        (pkg / path).write_text(text, encoding="utf-8")
    shutil.copy(DRIVERS / driver, pkg / "src" / "driver.ts")
    proc = subprocess.run([str(tsc), "--strict", "-p", "tsconfig.json"], cwd=pkg, capture_output=True, text=True,
                          timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    node = shutil.which("node")
    assert node is not None
    proc = subprocess.run([node, "dist/driver.js", base_url], cwd=pkg, capture_output=True, text=True, timeout=120,
                          stdin=subprocess.DEVNULL)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


ITEM = {"name": "a", "size": 1, "tags": ["x"], "extra": True}


def test_operations_security_on_the_wire(server: tuple[str, Recorder], tmp_path: Path) -> None:
    base_url, rec = server
    out = _driven("operations_security", "ts_wire_operations_security.ts", base_url, tmp_path)

    # GET with a path-level header, a cookie, form explode=false; global security: bearer OR apiKeyHeader
    assert out["getItem"] == {"ok": True, "value": {"statusCode": 200, "object": ITEM}}
    s = rec.one("getItem")
    assert (s.method, s.path, s.query) == ("GET", "/v1/items/1", "fields=a,b")
    assert s.headers["authorization"] == "Bearer BEARER-SECRET"
    assert "x-api-key" not in s.headers
    assert s.headers["x-request-id"] == "req-1"
    assert s.headers["cookie"] == "session=s%201"
    assert s.headers["accept"] == "application/json;charset=UTF-8"
    s = rec.one("getItem.apiKey")  # the second alternative
    assert s.headers["x-api-key"] == "HEADER-KEY-SECRET" and "authorization" not in s.headers
    assert s.query == "" and "cookie" not in s.headers and "x-request-id" not in s.headers
    s = rec.one("getItem.both")  # both given: the first alternative only (an async token)
    assert s.headers["authorization"] == "Bearer BEARER-FN-SECRET" and "x-api-key" not in s.headers

    # typed errors: 404 documented, 500 falls to `default`; 401 undocumented: SDKError
    assert out["getItem.404"] == {"ok": False, "error": "ErrorResponse", "status": "404", "statusCode": 404,
                                  "data": {"title": "nope", "status": 404},
                                  "message": out["getItem.404"]["message"]}
    assert out["getItem.500"]["status"] == "default" and out["getItem.500"]["data"] == {"title": "boom",
                                                                                        "status": 500}
    assert out["getItem.standalone404"] == {"ok": True, "value": {"status": "404", "title": "nope"}}
    echo = out["getItem.401"]
    assert (echo["ok"], echo["error"], echo["statusCode"]) == (False, "SDKError", 401)
    assert "who are you?" in echo["message"] and "[REDACTED]" in echo["message"]

    # HEAD with `security: []`: no credential even though the client has one
    assert out["headItem"] == {"ok": True, "value": {"statusCode": 200}}
    s = rec.one("headItem")
    assert s.method == "HEAD" and "authorization" not in s.headers

    # query styles: form explode (array), spaceDelimited, pipeDelimited, deepObject, form explode object
    assert out["search"] == {"ok": True, "value": {"statusCode": 200, "object": [{"name": "s"}]}}
    s = rec.one("search")
    assert s.query == ("tags=a%20b&tags=c&ids=1%202&colors=red|blue&filter[name]=n%26m&filter[size]=2"
                       "&x=1&y=2")
    assert s.headers["authorization"] == _basic("user", "PASS-SECRET")
    assert s.headers["accept"] == "application/vnd.example+json"

    # one body, three media types: JSON by default, the others chosen per call; several 2xx
    assert out["createItem.json"] == {"ok": True, "value": {"statusCode": 201, "object": {"id": "new"}}}
    s = rec.one("createItem.json")
    assert s.headers["content-type"] == "application/json"
    assert json.loads(s.body) == {"name": "n", "size": 2}
    assert s.headers["authorization"] == "Bearer OAUTH-SECRET"
    assert s.headers["accept"] == "application/json"
    assert out["createItem.form"] == {"ok": True, "value": {"statusCode": 200, "object": {"name": "f"}}}
    s = rec.one("createItem.form")
    assert s.headers["content-type"] == "application/x-www-form-urlencoded"
    assert s.body == b"name=n+m&tags=a&tags=b"
    assert s.headers["authorization"] == "Bearer OIDC-SECRET"  # the second alternative: openid
    assert out["createItem.text"]["value"]["statusCode"] == 202
    s = rec.one("createItem.text")
    assert (s.headers["content-type"], s.body) == ("text/plain", b"hello")

    # client credentials: tokens fetched with HTTP basic, refreshed inside the margin, else reused
    first, second = rec.one("createItem.short1"), rec.one("createItem.short2")
    one, two = rec.one("createItem.long1"), rec.one("createItem.long2")
    token_calls = [t for t in rec.tokens if t.headers["authorization"] != _basic("bad", "CS-SECRET")]
    assert len(token_calls) == 3  # short: one per call (expires in 10 s < 30 s margin); long: one
    for t in rec.tokens:
        assert t.method == "POST"
        assert t.headers["content-type"] == "application/x-www-form-urlencoded"
        assert t.body == b"grant_type=client_credentials&scope=items%3Awrite"
    assert token_calls[0].headers["authorization"] == _basic("short", "CS-SECRET")
    assert first.headers["authorization"] == "Bearer tok-short-1"
    assert second.headers["authorization"] == "Bearer tok-short-2"
    assert one.headers["authorization"] == two.headers["authorization"] == "Bearer tok-long-3"
    assert all(out[c]["ok"] for c in ("createItem.short1", "createItem.short2", "createItem.long1",
                                      "createItem.long2"))
    refused = out["createItem.refused"]
    assert (refused["ok"], refused["error"], refused["statusCode"]) == (False, "SDKError", 401)
    assert "refused" in refused["message"] and "createItem.refused" not in rec.by_case

    # AND: apiKeyQuery + apiKeyCookie together; multipart with a file; XML back as text
    assert out["uploadFile"] == {"ok": True, "value": {"statusCode": 201, "object": "<stored/>"}}
    s = rec.one("uploadFile")
    assert s.query == "api_key=QUERY-KEY-SECRET"
    assert s.headers["cookie"] == "key=COOKIE-KEY-SECRET"
    assert s.headers["content-type"].startswith("multipart/form-data; boundary=")
    body = s.body.decode()
    assert 'name="file"; filename="a.txt"' in body and "file content" in body
    assert 'name="note"' in body and "a note" in body
    assert body.count('name="tags"') == 2 and "t1" in body and "t2" in body
    s = rec.one("uploadFile.half")  # half of an AND: no credential at all
    assert s.query == "" and "cookie" not in s.headers

    # binary upload (octet-stream) and download (streamed)
    assert out["putFile"] == {"ok": True, "value": {"statusCode": 204}}
    s = rec.one("putFile")
    assert (s.method, s.path) == ("PUT", "/v1/files/a%20b.bin")
    assert s.headers["content-type"] == "application/octet-stream" and s.body == bytes([0, 1, 2, 255])
    assert out["downloadFile"] == {"ok": True, "value": {"statusCode": 200, "length": len(DOWNLOAD),
                                                         "sum": sum(DOWNLOAD) % 65521, "streamed": True}}
    assert rec.one("downloadFile").headers["accept"] == "application/octet-stream"

    # server variables: defaults, and the caller's values
    assert out["serverVariables"]["value"] == {"defaults": "https://eu.api.example.com/v1",
                                              "us": "https://us.api.example.com/v2"}

    # no credential in any error message nor in an inspected or serialised client
    shown = json.dumps(out)
    encoded = [base64.b64encode(s).decode() for s in (b"user:PASS-SECRET", b"bad:CS-SECRET")]
    for secret in SECRETS + encoded:
        assert secret not in out["inspect"]["value"], secret
        for name, o in out.items():
            assert secret not in json.dumps(o.get("message", "")), (name, secret)
    assert "tok-" not in json.dumps([o.get("message", "") for o in out.values()])
    assert len(shown) > 100


def test_params_bodies_on_the_wire(server: tuple[str, Recorder], tmp_path: Path) -> None:
    base_url, rec = server
    out = _driven("params_bodies", "ts_wire_params_bodies.ts", base_url, tmp_path)
    assert out["listThings"] == {"statusCode": 200, "object": {"things": [{"name": "t"}]}}
    s = rec.one("listThings")
    assert (s.method, s.path) == ("GET", "/users/u%201/things")
    assert sorted(s.query.split("&")) == ["limit=5", "onlyActive=true"]
    assert s.headers["authorization"] == "Bearer BEARER-SECRET"
    s = rec.one("listThings.default")  # the default (10) is the server's business: not sent
    assert s.query == "onlyActive=false"
    assert out["createThing"] == {"statusCode": 200, "object": {"id": "t1"}}
    s = rec.one("createThing")
    assert s.headers["content-type"] == "application/json"
    assert json.loads(s.body) == {"name": "n", "size": 3, "weight": 1.5}  # required `size` gets its default
    assert out["importThings"]["statusCode"] == 204
    s = rec.one("importThings")
    assert (s.method, s.path, json.loads(s.body)) == ("POST", "/things", {"source": "s"})
