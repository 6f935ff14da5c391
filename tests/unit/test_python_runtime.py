"""Tests of the hand-written Python SDK runtime (templates/python/runtime).

The runtime is copied into a temporary package next to a small module that
looks like generated code, imported from there, and exercised against a real
HTTP server on 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import importlib
import importlib.util
import inspect
import json
import logging
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import Enum, EnumMeta
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import ModuleType
from typing import Any, Callable, Optional

import httpx
import pydantic
import pytest

RUNTIME_DIR = Path(__file__).resolve().parents[2] / "templates" / "python" / "runtime"
PKG = "rtpkg"
TEST_TIME_LIMIT_S = 10
TOKEN = "tok-SECRET-3f9a7c"

# A module shaped like generated models: open enums, aliased fields, a
# response class. Imports are relative, as in a generated package.
GENERATED_MODELS = '''\
from __future__ import annotations

from enum import Enum
from typing import Annotated, Optional

import pydantic

from ..types import BaseModel, OpenEnumMeta, RawResponse


class Style(str, Enum, metaclass=OpenEnumMeta):
    CINEMATIC = "CINEMATIC"
    SKETCH = "SKETCH"


class Priority(int, Enum, metaclass=OpenEnumMeta):
    LOW = 1
    HIGH = 2


class Settings(BaseModel):
    num_images: Annotated[Optional[int], pydantic.Field(alias="numImages")] = None


class CreateItemRequestBody(BaseModel):
    user_id: Annotated[Optional[str], pydantic.Field(alias="userId")] = None
    prompt: Optional[str] = None
    style: Optional[Style] = None
    settings: Optional[Settings] = None
    width: Optional[int] = 512


class Item(BaseModel):
    id: str
    style: Optional[Style] = None
    priority: Optional[Priority] = None


class ItemResponseBody(BaseModel):
    item: Optional[Item] = None


class ItemResponse(BaseModel):
    content_type: str
    status_code: int
    raw_response: RawResponse
    object: Optional[ItemResponseBody] = None


class ListItemsResponse(BaseModel):
    content_type: str
    status_code: int
    raw_response: RawResponse
    object: Optional[list[Item]] = None
'''

# An operation group shaped like generated code.
GENERATED_SDK = '''\
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Optional, Union

from ._basesdk import BaseSDK, Op, async_twin
from .models import testmodels as m
from .utils import RetryConfig


class Items(BaseSDK):
    def get(
        self,
        item_id: str,
        *,
        flag: Optional[bool] = None,
        tags: Optional[list[str]] = None,
        style: Optional[m.Style] = None,
        limit: Optional[int] = None,
        retries: Optional[RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> m.ItemResponse:
        req = self._build_request(
            method="GET",
            path="/items/{itemId}",
            path_params={"itemId": item_id},
            query_params={"flag": flag, "tags": tags, "style": style, "limit": limit},
            body=None,
            body_model=None,
            body_required=False,
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
        )
        http_res = self._send(req, retries)
        return self._handle_response(
            http_res, response_cls=m.ItemResponse, body_models={"200": m.ItemResponseBody}
        )

    async def get_async(
        self,
        item_id: str,
        *,
        retries: Optional[RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> m.ItemResponse:
        req = self._build_request(
            method="GET",
            path="/items/{itemId}",
            path_params={"itemId": item_id},
            query_params={},
            body=None,
            body_model=None,
            body_required=False,
            accept="application/json",
            server_url=server_url,
            timeout_ms=timeout_ms,
        )
        http_res = await self._send_async(req, retries)
        return self._handle_response(
            http_res, response_cls=m.ItemResponse, body_models={"200": m.ItemResponseBody}
        )

    def create(
        self,
        *,
        request: Optional[Union[m.CreateItemRequestBody, Mapping[str, Any]]],
        retries: Optional[RetryConfig] = None,
    ) -> m.ItemResponse:
        req = self._build_request(
            method="POST",
            path="/items",
            path_params={},
            query_params={},
            body=request,
            body_model=m.CreateItemRequestBody,
            body_required=True,
            accept="application/json",
            server_url=None,
            timeout_ms=None,
        )
        http_res = self._send(req, retries)
        return self._handle_response(
            http_res,
            response_cls=m.ItemResponse,
            body_models={"200": m.ItemResponseBody, "204": None},
        )

    async def create_async(
        self,
        *,
        request: Optional[Union[m.CreateItemRequestBody, Mapping[str, Any]]],
        retries: Optional[RetryConfig] = None,
    ) -> m.ItemResponse:
        req = self._build_request(
            method="POST",
            path="/items",
            path_params={},
            query_params={},
            body=request,
            body_model=m.CreateItemRequestBody,
            body_required=True,
            accept="application/json",
            server_url=None,
            timeout_ms=None,
        )
        http_res = await self._send_async(req, retries)
        return self._handle_response(
            http_res,
            response_cls=m.ItemResponse,
            body_models={"200": m.ItemResponseBody, "204": None},
        )

    def list(self, *, retries: Optional[RetryConfig] = None) -> m.ListItemsResponse:
        req = self._build_request(
            method="GET",
            path="/items",
            path_params={},
            query_params={},
            body=None,
            body_model=None,
            body_required=False,
            accept="application/json",
            server_url=None,
            timeout_ms=None,
        )
        http_res = self._send(req, retries)
        return self._handle_response(
            http_res, response_cls=m.ListItemsResponse, body_models={"2XX": list[m.Item]}
        )


class Twins(BaseSDK):
    """An operation as the python target writes it: an Op descriptor, the sync method, and
    its async twin made from it."""

    def get(
        self,
        *,
        item_id: str,
        retries: Optional[RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
    ) -> m.ItemResponse:
        """Get one item."""
        return self._call(_op_get, locals())

    get_async = async_twin(get)


_op_get = Op(
    "GET",
    "/items/{itemId}",
    lambda: (m.ItemResponse, {"200": m.ItemResponseBody}, None),
    path_params={"itemId": "item_id"},
)
'''

# Uses of the runtime as generated code and users would write them; only
# checked by mypy.
TYPED_USAGE = '''\
from __future__ import annotations

from typing import Optional

from . import utils
from .models import errors
from .models import testmodels as m
from .sdk import Items, Twins
from .sdkconfiguration import SDKConfiguration


async def use_twin(config: SDKConfiguration) -> str:
    res: m.ItemResponse = await Twins(config).get_async(item_id="a", timeout_ms=100)
    return res.object.item.id if res.object is not None and res.object.item is not None else ""


def use() -> Optional[str]:
    config = SDKConfiguration(
        server_url="http://127.0.0.1:1",
        bearer_auth="x",
        retry_config=utils.RetryConfig("backoff", utils.BackoffStrategy(1, 50, 1.1, 100), False),
    )
    items = Items(config)
    style: m.Style = m.Style("NEW_STYLE")
    value: str = style.value
    priority: m.Priority = m.Priority(7)
    try:
        res = items.get("a", style=style, limit=priority.value)
    except errors.ResponseValidationError as exc:
        cause: Optional[BaseException] = exc.cause
        return str(cause)
    except errors.SDKError as exc:
        return f"{exc.status_code} {exc.body} {exc.message} {exc.raw_response}"
    status: int = res.status_code
    raw: int = res.raw_response.status_code
    if res.object is not None and res.object.item is not None:
        return res.object.item.id + value + str(status + raw)
    return None
'''


# --------------------------------------------------------------------------
# Package under test


@pytest.fixture(scope="module")
def rt(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """Copy the runtime into a temporary package and import it."""
    root = tmp_path_factory.mktemp("runtime")
    pkg_dir = root / PKG
    shutil.copytree(RUNTIME_DIR, pkg_dir)
    (pkg_dir / "__init__.py").write_text("")
    (pkg_dir / "models" / "__init__.py").write_text("")
    (pkg_dir / "models" / "testmodels.py").write_text(GENERATED_MODELS)
    (pkg_dir / "sdk.py").write_text(GENERATED_SDK)
    (pkg_dir / "typed_usage.py").write_text(TYPED_USAGE)
    sys.path.insert(0, str(root))
    try:
        pkg = importlib.import_module(PKG)
        for name in (
            "types",
            "utils",
            "utils.retries",
            "models.errors",
            "models.testmodels",
            "sdkconfiguration",
            "_basesdk",
            "sdk",
        ):
            importlib.import_module(f"{PKG}.{name}")
        yield pkg
    finally:
        sys.path.remove(str(root))
        for name in list(sys.modules):
            if name == PKG or name.startswith(PKG + "."):
                del sys.modules[name]


def mod(rt: ModuleType, name: str) -> Any:
    return sys.modules[f"{rt.__name__}.{name}"]


# --------------------------------------------------------------------------
# Time limit and HTTP server


@pytest.fixture(autouse=True)
def time_limit() -> Iterator[None]:
    """Fail any test that runs longer than TEST_TIME_LIMIT_S."""

    def expire(signum: int, frame: Any) -> None:
        raise TimeoutError(f"test exceeded {TEST_TIME_LIMIT_S} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, TEST_TIME_LIMIT_S)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@dataclass
class Reply:
    status: int = 200
    body: Any = None  # dict/list -> JSON; str/bytes -> sent as is
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    client_port: int
    at: float

    def json(self) -> Any:
        return json.loads(self.body)


class Server:
    """Scripted HTTP server: each path answers with its queued replies in order."""

    def __init__(self) -> None:
        self.routes: dict[str, list[Reply]] = {}
        self.requests: list[Seen] = []
        self.lock = threading.Lock()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def handle_any(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                reply = outer.record_and_pick(
                    Seen(
                        self.command,
                        self.path,
                        {k.lower(): v for k, v in self.headers.items()},
                        body,
                        self.client_address[1],
                        time.monotonic(),
                    )
                )
                if reply.delay:
                    time.sleep(reply.delay)
                payload = reply.body
                headers = dict(reply.headers)
                if isinstance(payload, (dict, list)):
                    payload = json.dumps(payload).encode()
                    headers.setdefault("Content-Type", "application/json")
                elif isinstance(payload, str):
                    payload = payload.encode()
                elif payload is None:
                    payload = b""
                try:
                    self.send_response(reply.status)
                    for name, value in headers.items():
                        self.send_header(name, value)
                    self.send_header("Content-Length", str(len(payload)))
                    self.end_headers()
                    self.wfile.write(payload)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = handle_any

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.httpd.block_on_close = False
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.02,), daemon=True)

    def route(self, path: str, *replies: Reply) -> None:
        self.routes[path] = list(replies)

    def record_and_pick(self, seen: Seen) -> Reply:
        with self.lock:
            self.requests.append(seen)
            replies = self.routes.get(seen.path.split("?", 1)[0])
            if not replies:
                return Reply(404, {"error": "no route"})
            return replies.pop(0) if len(replies) > 1 else replies[0]


@pytest.fixture
def server() -> Iterator[Server]:
    srv = Server()
    srv.thread.start()
    try:
        yield srv
    finally:
        srv.httpd.shutdown()
        srv.httpd.server_close()
        srv.thread.join(timeout=5)


@pytest.fixture
def make_sdk(rt: ModuleType, server: Server) -> Iterator[Callable[..., Any]]:
    """Build an ``Items`` operation group on a fresh SDKConfiguration."""
    configs: list[Any] = []
    SDKConfiguration = mod(rt, "sdkconfiguration").SDKConfiguration
    Items = mod(rt, "sdk").Items

    def make(**kwargs: Any) -> Any:
        kwargs.setdefault("server_url", server.url)
        kwargs.setdefault("user_agent", "runtime-test/1.0")
        kwargs.setdefault("timeout_ms", 5000)
        config = SDKConfiguration(**kwargs)
        configs.append(config)
        return Items(config)

    yield make
    for config in configs:
        config.close()


def backoff(rt: ModuleType, budget_ms: int = 3000, connection_errors: bool = False) -> Any:
    utils = mod(rt, "utils")
    return utils.RetryConfig("backoff", utils.BackoffStrategy(1, 20, 1.5, budget_ms), connection_errors)


ITEM_OK = Reply(200, {"item": {"id": "i1", "style": "SKETCH"}})


def closed_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# --------------------------------------------------------------------------
# Retries


def test_retries_503_then_success(rt: ModuleType, server: Server, make_sdk: Callable[..., Any]) -> None:
    server.route("/items/i1", Reply(503, "busy"), Reply(503, "busy"), ITEM_OK)
    res = make_sdk(retry_config=backoff(rt)).get("i1")
    assert res.status_code == 200
    assert res.object.item.id == "i1"
    assert len(server.requests) == 3


def test_without_retries_503_is_an_error(rt: ModuleType, server: Server, make_sdk: Callable[..., Any]) -> None:
    errors = mod(rt, "models.errors")
    server.route("/items/i1", Reply(503, "busy"), ITEM_OK)
    with pytest.raises(errors.SDKError) as info:
        make_sdk().get("i1")
    assert info.value.status_code == 503
    assert len(server.requests) == 1


def test_retry_after_is_honoured(rt: ModuleType, server: Server, make_sdk: Callable[..., Any]) -> None:
    server.route("/items/i1", Reply(429, "slow down", {"Retry-After": "1"}), ITEM_OK)
    res = make_sdk(retry_config=backoff(rt)).get("i1")
    assert res.status_code == 200
    assert len(server.requests) == 2
    gap = server.requests[1].at - server.requests[0].at
    assert gap >= 0.95, f"retried after {gap:.3f} s despite Retry-After: 1"


def test_retry_after_beyond_budget_returns_last_response(
    rt: ModuleType, server: Server, make_sdk: Callable[..., Any]
) -> None:
    errors = mod(rt, "models.errors")
    server.route("/items/i1", Reply(503, "down", {"Retry-After": "30"}), ITEM_OK)
    start = time.monotonic()
    with pytest.raises(errors.SDKError) as info:
        make_sdk(retry_config=backoff(rt, budget_ms=1000)).get("i1")
    assert info.value.status_code == 503
    assert len(server.requests) == 1
    assert time.monotonic() - start < 1.0


def test_retries_stop_at_max_elapsed_time(rt: ModuleType, server: Server, make_sdk: Callable[..., Any]) -> None:
    errors = mod(rt, "models.errors")
    server.route("/items/i1", Reply(502, "bad gateway"))
    start = time.monotonic()
    with pytest.raises(errors.SDKError) as info:
        make_sdk(retry_config=backoff(rt, budget_ms=300)).get("i1")
    elapsed = time.monotonic() - start
    assert info.value.status_code == 502
    assert len(server.requests) > 2
    assert 0.3 <= elapsed < 1.5


def test_per_call_retries_override_config(rt: ModuleType, server: Server, make_sdk: Callable[..., Any]) -> None:
    errors = mod(rt, "models.errors")
    utils = mod(rt, "utils")

    server.route("/items/i1", Reply(503, "busy"), ITEM_OK)
    assert make_sdk().get("i1", retries=backoff(rt)).status_code == 200
    assert len(server.requests) == 2

    server.requests.clear()
    server.route("/items/i1", Reply(503, "busy"), ITEM_OK)
    with pytest.raises(errors.SDKError):
        make_sdk(retry_config=backoff(rt)).get("i1", retries=utils.RetryConfig("none"))
    assert len(server.requests) == 1


def test_client_errors_are_not_retried(rt: ModuleType, server: Server, make_sdk: Callable[..., Any]) -> None:
    errors = mod(rt, "models.errors")
    server.route("/items/nope", Reply(404, {"error": "not found"}))
    with pytest.raises(errors.SDKError) as info:
        make_sdk(retry_config=backoff(rt)).get("nope")
    err = info.value
    assert err.status_code == 404
    assert json.loads(err.body) == {"error": "not found"}
    assert err.raw_response is not None and err.raw_response.status_code == 404
    assert str(err) == 'API error occurred: Status 404\n{"error": "not found"}'
    assert len(server.requests) == 1


def test_connection_errors_are_retried_only_when_enabled(rt: ModuleType, make_sdk: Callable[..., Any]) -> None:
    attempts: list[httpx.Request] = []
    client = httpx.Client(event_hooks={"request": [attempts.append]})
    url = f"http://127.0.0.1:{closed_port()}"
    try:
        sdk = make_sdk(server_url=url, client=client, retry_config=backoff(rt, budget_ms=300))
        with pytest.raises(httpx.ConnectError):
            sdk.get("i1")
        assert len(attempts) == 1

        attempts.clear()
        start = time.monotonic()
        with pytest.raises(httpx.ConnectError):
            sdk.get("i1", retries=backoff(rt, budget_ms=300, connection_errors=True))
        assert len(attempts) > 2
        assert time.monotonic() - start < 2
    finally:
        client.close()
    assert client.is_closed


def test_connection_error_then_success(rt: ModuleType, server: Server, make_sdk: Callable[..., Any]) -> None:
    """A request that cannot connect is retried on another attempt that can."""
    server.route("/items/i1", ITEM_OK)
    dead = f"http://127.0.0.1:{closed_port()}"
    calls: list[str] = []

    def redirect_after_first(request: httpx.Request) -> None:
        calls.append(str(request.url))
        if len(calls) > 1:
            request.url = httpx.URL(str(request.url).replace(dead, server.url))

    client = httpx.Client(event_hooks={"request": [redirect_after_first]})
    try:
        sdk = make_sdk(server_url=dead, client=client)
        res = sdk.get("i1", retries=backoff(rt, connection_errors=True))
    finally:
        client.close()
    assert res.status_code == 200
    assert len(calls) == 2 and len(server.requests) == 1


def test_backoff_delays_grow_within_bounds_and_budget(rt: ModuleType) -> None:
    retries = mod(rt, "utils.retries")
    now = [0.0]
    sleeps: list[float] = []

    def sleep(seconds: float) -> None:
        sleeps.append(seconds)
        now[0] += seconds

    def send() -> httpx.Response:
        return httpx.Response(500)

    config = retries.RetryConfig("backoff", retries.BackoffStrategy(100, 400, 2.0, 1000))
    res = retries.retry(send, config, sleep=sleep, clock=lambda: now[0], rand=lambda: 1.0)
    assert res.status_code == 500
    # Ceilings 0.1, 0.2, 0.4, 0.4 s; the last wait is cut to the remaining budget.
    assert sleeps == pytest.approx([0.1, 0.2, 0.4, 0.3])

    sleeps.clear()
    now[0] = 0.0
    retries.retry(send, config, sleep=sleep, clock=lambda: now[0], rand=lambda: 0.0)
    assert sleeps[:3] == pytest.approx([0.05, 0.1, 0.2])  # equal jitter: at least half


def test_parse_retry_after(rt: ModuleType) -> None:
    parse = mod(rt, "utils.retries").parse_retry_after
    now = datetime(2030, 1, 1, 12, 0, 0, tzinfo=timezone.utc)
    assert parse("0", now) == 0
    assert parse(" 7 ", now) == 7
    assert parse(format_datetime(now + timedelta(seconds=42), usegmt=True), now) == 42
    assert parse(format_datetime(now - timedelta(seconds=42), usegmt=True), now) == 0
    assert parse("soon", now) is None
    assert parse("-3", now) is None
    assert parse(None, now) is None


def test_retry_config_rejects_unknown_strategy(rt: ModuleType) -> None:
    utils = mod(rt, "utils")
    with pytest.raises(ValueError):
        utils.RetryConfig("exponential")


# --------------------------------------------------------------------------
# Timeouts and clients


def test_timeout_raises_httpx_timeout(server: Server, make_sdk: Callable[..., Any]) -> None:
    server.route("/items/slow", Reply(200, {"item": {"id": "x"}}, delay=2.0))
    start = time.monotonic()
    with pytest.raises(httpx.TimeoutException):
        make_sdk().get("slow", timeout_ms=200)
    assert time.monotonic() - start < 1.5

    start = time.monotonic()
    with pytest.raises(httpx.TimeoutException):
        make_sdk(timeout_ms=200).get("slow")
    assert time.monotonic() - start < 1.5


def test_own_client_is_reused_and_closed(server: Server, make_sdk: Callable[..., Any]) -> None:
    server.route("/items/i1", ITEM_OK)
    sdk = make_sdk()
    config = sdk.sdk_configuration
    sdk.get("i1")
    sdk.get("i1")
    client = config.get_client()
    assert config.get_client() is client
    assert server.requests[0].client_port == server.requests[1].client_port  # same connection
    config.close()
    assert client.is_closed


def test_user_client_is_used_and_left_open(rt: ModuleType, server: Server, make_sdk: Callable[..., Any]) -> None:
    server.route("/items/i1", ITEM_OK)
    client = httpx.Client(headers={"X-Custom": "yes"})
    try:
        sdk = make_sdk(client=client)
        sdk.get("i1")
        assert sdk.sdk_configuration.get_client() is client
        seen = server.requests[0].headers
        assert seen["x-custom"] == "yes"
        assert seen["user-agent"] == "runtime-test/1.0"
        sdk.sdk_configuration.close()
        assert not client.is_closed
    finally:
        client.close()


# --------------------------------------------------------------------------
# Requests


def test_path_and_query_parameters(rt: ModuleType, server: Server, make_sdk: Callable[..., Any]) -> None:
    Style = mod(rt, "models.testmodels").Style
    server.route("/items/a%2Fb%20c", ITEM_OK)
    make_sdk().get("a/b c", flag=False, tags=["x", "y z"], style=Style.CINEMATIC, limit=None)
    seen = server.requests[0]
    assert seen.method == "GET"
    assert seen.path == "/items/a%2Fb%20c?flag=false&tags=x&tags=y+z&style=CINEMATIC"
    assert seen.headers["accept"] == "application/json"
    assert seen.headers["user-agent"] == "runtime-test/1.0"
    assert "authorization" not in seen.headers


def test_server_url_override_and_trailing_slash(server: Server, make_sdk: Callable[..., Any]) -> None:
    server.route("/items/i1", ITEM_OK)
    sdk = make_sdk(server_url="http://127.0.0.1:9/")
    assert sdk.get("i1", server_url=server.url + "/").status_code == 200
    assert server.requests[0].path == "/items/i1"


def test_dict_body_with_python_or_wire_names_sends_only_set_fields(
    server: Server, make_sdk: Callable[..., Any]
) -> None:
    server.route("/items", ITEM_OK)
    sdk = make_sdk()
    sdk.create(request={"user_id": "u1", "prompt": "p", "settings": {"num_images": 2}})
    sdk.create(request={"userId": "u1", "prompt": "p", "settings": {"numImages": 2}})
    first, second = server.requests
    expected = {"userId": "u1", "prompt": "p", "settings": {"numImages": 2}}
    assert first.json() == expected  # no "width" (has a default) and no null fields
    assert second.json() == expected
    assert first.method == "POST"
    assert first.headers["content-type"] == "application/json"


def test_explicit_none_is_sent_as_null(rt: ModuleType, server: Server, make_sdk: Callable[..., Any]) -> None:
    models = mod(rt, "models.testmodels")
    server.route("/items", ITEM_OK)
    sdk = make_sdk()
    sdk.create(request={"user_id": None, "prompt": "p"})
    sdk.create(request=models.CreateItemRequestBody(prompt=None, width=640))
    assert server.requests[0].json() == {"userId": None, "prompt": "p"}
    assert server.requests[1].json() == {"prompt": None, "width": 640}


def test_missing_required_body_and_invalid_body(
    rt: ModuleType, server: Server, make_sdk: Callable[..., Any]
) -> None:
    sdk = make_sdk()
    with pytest.raises(TypeError, match="request body is required"):
        sdk.create(request=None)
    with pytest.raises(pydantic.ValidationError):
        sdk.create(request={"width": "not a number"})
    assert server.requests == []


def test_open_enum_value_round_trips_in_body(rt: ModuleType, server: Server, make_sdk: Callable[..., Any]) -> None:
    Style = mod(rt, "models.testmodels").Style
    server.route("/items", ITEM_OK)
    make_sdk().create(request={"style": Style("WATERCOLOR")})
    assert server.requests[0].json() == {"style": "WATERCOLOR"}


# --------------------------------------------------------------------------
# Responses


def test_open_enum_accepts_unknown_values(rt: ModuleType, server: Server, make_sdk: Callable[..., Any]) -> None:
    models = mod(rt, "models.testmodels")
    types = mod(rt, "types")
    Style, Priority = models.Style, models.Priority

    unknown = Style("WATERCOLOR")
    assert isinstance(unknown, Style)
    assert unknown.value == "WATERCOLOR" and unknown == "WATERCOLOR"
    assert not types.is_known_member(unknown)
    assert Style("SKETCH") is Style.SKETCH and types.is_known_member(Style.SKETCH)
    assert list(Style) == [Style.CINEMATIC, Style.SKETCH]
    assert Priority(9).value == 9 and Priority(9) == 9 and Priority(2) is Priority.HIGH
    with pytest.raises(ValueError):
        Style(3)  # wrong value type is still an error
    with pytest.raises(ValueError):
        Priority("9")

    server.route("/items/i1", Reply(200, {"item": {"id": "i1", "style": "WATERCOLOR", "priority": 7}}))
    item = make_sdk().get("i1").object.item
    assert isinstance(item.style, Style) and item.style.value == "WATERCOLOR" and item.style == "WATERCOLOR"
    assert isinstance(item.priority, Priority) and item.priority.value == 7
    assert models.Item.model_validate({"id": "x", "style": "CINEMATIC"}).style is Style.CINEMATIC
    with pytest.raises(pydantic.ValidationError):
        models.Item.model_validate({"id": "x", "style": 5})


def test_open_enum_validation_does_not_rely_on_pydantic_calling_the_enum(
    rt: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    """pydantic 2.14 calls the enum class on an unknown value; work without that too."""
    types = mod(rt, "types")
    monkeypatch.setattr(types.OpenEnumMeta, "__call__", EnumMeta.__call__)

    class Color(str, Enum, metaclass=types.OpenEnumMeta):
        RED = "red"

    with pytest.raises(ValueError):
        Color("teal")  # the class itself is closed now...
    adapter = pydantic.TypeAdapter(Optional[list[Color]])
    colors = adapter.validate_json('["red", "teal"]')  # ...but validation stays open
    assert colors is not None
    assert colors[0] is Color.RED
    assert isinstance(colors[1], Color) and colors[1].value == "teal"
    assert adapter.dump_json(colors) == b'["red","teal"]'


def test_extra_response_fields_are_kept(server: Server, make_sdk: Callable[..., Any]) -> None:
    server.route("/items/i1", Reply(200, {"item": {"id": "i1", "brandNew": {"a": 1}}, "top": True}))
    res = make_sdk().get("i1")
    assert res.object.item.model_extra == {"brandNew": {"a": 1}}
    assert res.object.model_extra == {"top": True}
    assert res.content_type == "application/json"
    assert res.raw_response.status_code == 200
    assert "raw_response" not in res.model_dump()


def test_invalid_response_body_raises_response_validation_error(
    rt: ModuleType, server: Server, make_sdk: Callable[..., Any]
) -> None:
    errors = mod(rt, "models.errors")
    server.route("/items/i1", Reply(200, {"item": {"id": 123}}))
    with pytest.raises(errors.ResponseValidationError) as info:
        make_sdk().get("i1")
    err = info.value
    assert isinstance(err, errors.SDKError)
    assert err.message == "Response validation failed for ItemResponseBody: item.id: Input should be a valid string"
    assert isinstance(err.cause, pydantic.ValidationError)
    assert err.status_code == 200


@pytest.mark.parametrize(
    ("reply", "problem"),
    [
        (Reply(200, "{not json", {"Content-Type": "application/json"}), "Invalid JSON"),
        (Reply(200, "", {"Content-Type": "application/json"}), "empty response body"),
        (Reply(200, ""), "empty response body"),
    ],
    ids=["invalid-json", "empty-json", "empty-no-content-type"],
)
def test_unparseable_success_body_raises_response_validation_error(
    rt: ModuleType, server: Server, make_sdk: Callable[..., Any], reply: Reply, problem: str
) -> None:
    errors = mod(rt, "models.errors")
    server.route("/items/i1", reply)
    with pytest.raises(errors.ResponseValidationError) as info:
        make_sdk().get("i1")
    assert info.value.message.startswith(f"Response validation failed for ItemResponseBody: {problem}")
    assert info.value.cause is not None or problem == "empty response body"


def test_unexpected_status_or_content_type(rt: ModuleType, server: Server, make_sdk: Callable[..., Any]) -> None:
    errors = mod(rt, "models.errors")
    server.route("/items/i1", Reply(201, {"item": {"id": "i1"}}))
    server.route("/items/i2", Reply(200, "<html>proxy</html>", {"Content-Type": "text/html"}))
    server.route("/items/i3", Reply(302, "", {"Location": "/elsewhere"}))
    sdk = make_sdk()
    for item_id, status in (("i1", 201), ("i2", 200), ("i3", 302)):
        with pytest.raises(errors.SDKError) as info:
            sdk.get(item_id)
        assert type(info.value) is errors.SDKError
        assert info.value.message == "Unexpected response received"
        assert info.value.status_code == status


def test_status_ranges_lists_and_empty_bodies(server: Server, make_sdk: Callable[..., Any]) -> None:
    server.route("/items", Reply(206, [{"id": "a"}, {"id": "b", "style": "NEW"}]))
    res = make_sdk().list()
    assert res.status_code == 206
    assert [item.id for item in res.object] == ["a", "b"]
    assert res.object[1].style == "NEW"

    server.route("/items", Reply(204))
    res = make_sdk().create(request={"prompt": "p"})
    assert res.status_code == 204 and res.object is None


def test_status_key_matching_order(rt: ModuleType) -> None:
    base = mod(rt, "_basesdk")
    errors = mod(rt, "models.errors")
    models = mod(rt, "models.testmodels")
    sdk = base.BaseSDK(mod(rt, "sdkconfiguration").SDKConfiguration(server_url="http://127.0.0.1:1"))

    def handle(status: int, body_models: dict[str, Any]) -> Any:
        res = httpx.Response(status, json={"item": {"id": "a"}}, request=httpx.Request("GET", "http://x/"))
        return sdk._handle_response(res, response_cls=models.ItemResponse, body_models=body_models)

    body = models.ItemResponseBody
    assert handle(200, {"200": None, "2XX": body}).object is None  # exact before range
    assert handle(201, {"2xx": None, "default": body}).object is None  # range before default
    assert handle(202, {"default": body}).object.item.id == "a"
    for status in (302, 404, 500):  # "default" never turns a non-2xx into a result
        with pytest.raises(errors.SDKError):
            handle(status, {"default": body})
    assert handle(302, {"302": None}).status_code == 302


def test_error_message_truncates_long_bodies(rt: ModuleType) -> None:
    errors = mod(rt, "models.errors")
    err = errors.SDKError("API error occurred", 500, "x" * 10_000, None)
    assert len(str(err)) < 2_200
    assert err.body == "x" * 10_000


# --------------------------------------------------------------------------
# Secrets


def test_bearer_token_is_sent_but_never_shown(
    rt: ModuleType, server: Server, make_sdk: Callable[..., Any], caplog: pytest.LogCaptureFixture
) -> None:
    errors = mod(rt, "models.errors")
    server.route("/items/i1", Reply(503, "busy"), Reply(401, {"error": "bad token"}))
    server.route("/items/i2", Reply(200, {"item": {"id": 5}}))
    sdk = make_sdk(bearer_auth=TOKEN, retry_config=backoff(rt))
    config = sdk.sdk_configuration
    assert TOKEN not in repr(config) and TOKEN not in str(config)

    caplog.set_level(logging.DEBUG)
    with pytest.raises(errors.SDKError) as info:
        sdk.get("i1")
    with pytest.raises(errors.ResponseValidationError) as invalid:
        sdk.get("i2")
    assert server.requests[0].headers["authorization"] == f"Bearer {TOKEN}"
    for err in (info.value, invalid.value):
        assert TOKEN not in str(err) and TOKEN not in repr(err) and TOKEN not in err.message
    assert TOKEN not in caplog.text
    assert "Retrying" in caplog.text  # the retry was logged, without the token


# --------------------------------------------------------------------------
# Async


def test_async_retries_bodies_and_errors(rt: ModuleType, server: Server, make_sdk: Callable[..., Any]) -> None:
    errors = mod(rt, "models.errors")
    server.route("/items/i1", Reply(503, "busy"), Reply(503, "busy"), ITEM_OK)
    server.route("/items", ITEM_OK)
    server.route("/items/bad", Reply(200, {"item": {"id": None}}))
    sdk = make_sdk(retry_config=backoff(rt))

    async def scenario() -> Any:
        res = await sdk.get_async("i1")
        await sdk.create_async(request={"user_id": "u", "style": "CINEMATIC"})
        with pytest.raises(errors.ResponseValidationError, match="item.id"):
            await sdk.get_async("bad")
        return res

    res = asyncio.run(asyncio.wait_for(scenario(), 8))
    assert res.object.item.id == "i1"
    assert [r.path for r in server.requests] == ["/items/i1"] * 3 + ["/items", "/items/bad"]
    assert server.requests[3].json() == {"userId": "u", "style": "CINEMATIC"}


def test_async_twin_sends_with_the_async_client(rt: ModuleType, server: Server, make_sdk: Callable[..., Any]) -> None:
    Twins = mod(rt, "sdk").Twins
    server.route("/items/i1", Reply(503, "busy"), ITEM_OK, ITEM_OK)
    server.route("/items/i2", Reply(200, {"item": {"id": "i2"}}))
    refusing = httpx.Client(transport=httpx.MockTransport(lambda r: pytest.fail(f"sync client used for {r.url}")))
    config = make_sdk(client=refusing, retry_config=backoff(rt)).sdk_configuration

    class Newer(Twins):  # a user's override of the sync method leaves the twin alone
        def get(self, **kwargs: Any) -> Any:
            raise AssertionError("the twin runs the method it was made from")

    async def scenario() -> Any:
        with pytest.raises(TypeError):  # refused before any request, and the twin recovers
            await Newer(config).get_async(item="i1")
        first = await Newer(config).get_async(item_id="i1")
        both = await asyncio.gather(Twins(config).get_async(item_id="i1"), Twins(config).get_async(item_id="i2"))
        return first, both

    first, both = asyncio.run(asyncio.wait_for(scenario(), 8))
    assert [r.object.item.id for r in (first, *both)] == ["i1", "i1", "i2"]
    assert sorted(r.path for r in server.requests) == ["/items/i1"] * 3 + ["/items/i2"]
    # the same group's sync method still sends at once, with the sync client
    with pytest.raises(pytest.fail.Exception, match="sync client used"):
        Twins(config).get(item_id="i1")
    # what introspection and help() see: the twin's own name, the sync method's parameters and docs
    twin = Twins.get_async
    assert inspect.iscoroutinefunction(twin)
    assert (twin.__name__, twin.__qualname__, twin.__doc__) == ("get_async", "Twins.get_async", "Get one item.")
    assert list(inspect.signature(twin).parameters) == ["self", "item_id", "retries", "server_url", "timeout_ms"]


def test_async_retry_after_and_timeout(rt: ModuleType, server: Server, make_sdk: Callable[..., Any]) -> None:
    server.route("/items/i1", Reply(503, "busy", {"Retry-After": "1"}), ITEM_OK)
    server.route("/items/slow", Reply(200, {"item": {"id": "x"}}, delay=2.0))
    sdk = make_sdk(retry_config=backoff(rt))

    async def scenario() -> None:
        await sdk.get_async("i1")
        with pytest.raises(httpx.TimeoutException):
            await sdk.get_async("slow", timeout_ms=200)

    asyncio.run(asyncio.wait_for(scenario(), 8))
    assert server.requests[1].at - server.requests[0].at >= 0.95


def test_async_client_survives_a_new_event_loop(server: Server, make_sdk: Callable[..., Any]) -> None:
    server.route("/items/i1", ITEM_OK)
    sdk = make_sdk()
    config = sdk.sdk_configuration
    for _ in range(2):  # each asyncio.run has its own loop
        res = asyncio.run(asyncio.wait_for(sdk.get_async("i1"), 5))
        assert res.status_code == 200
    asyncio.run(config.aclose())  # a loop that never used the client: no error

    async def use_then_close() -> httpx.AsyncClient:
        await sdk.get_async("i1")
        client = config.get_async_client()
        assert config.get_async_client() is client
        await config.aclose()
        return client

    assert asyncio.run(asyncio.wait_for(use_then_close(), 5)).is_closed


def test_async_connection_errors_are_retried(rt: ModuleType, make_sdk: Callable[..., Any]) -> None:
    attempts: list[httpx.Request] = []

    async def hook(request: httpx.Request) -> None:
        attempts.append(request)

    async def scenario() -> None:
        async with httpx.AsyncClient(event_hooks={"request": [hook]}) as client:
            sdk = make_sdk(server_url=f"http://127.0.0.1:{closed_port()}", async_client=client)
            with pytest.raises(httpx.ConnectError):
                await sdk.get_async("i1", retries=backoff(rt, budget_ms=300, connection_errors=True))

    asyncio.run(asyncio.wait_for(scenario(), 5))
    assert len(attempts) > 2


# --------------------------------------------------------------------------
# Static typing


@pytest.mark.skipif(importlib.util.find_spec("mypy") is None, reason="mypy is not installed")
def test_runtime_passes_mypy_strict(rt: ModuleType, tmp_path: Path) -> None:
    signal.setitimer(signal.ITIMER_REAL, 0)  # a cold mypy run may take longer than the limit
    pkg_dir = Path(str(rt.__file__)).parent
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "cache"), PKG],
        cwd=pkg_dir.parent,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
