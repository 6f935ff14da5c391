"""What the wire tests of the generated SDKs share: a case rendered in-process and importable,
and a recording HTTP server on 127.0.0.1.

    with importable(case_dir, api, tmp, ["python", "python-flat"]) as src:   # target -> src folder
        ...
    with recording(respond) as (url, seen):   # respond(Seen) -> (status, content type, body)
        ...
"""

from __future__ import annotations

import contextlib
import json
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from codegen.pipeline import load_api
from codegen.render import render
from codegen.settings import load_settings


@contextlib.contextmanager
def importable(case: Path, api: str, out: Path, targets: Iterable[str] | None = None) -> Iterator[dict[str, Path]]:
    """The targets of a case (its codegen.yaml) rendered without a formatter (black is not
    needed to run them) into out/<target>, their src folders on sys.path while in use."""
    settings = load_settings(case / "codegen.yaml", api=api)
    loaded = load_api(settings)
    wanted = set(targets) if targets is not None else None
    src: dict[str, Path] = {}
    for target in settings.targets:
        if wanted is not None and target.name not in wanted:
            continue
        for rel, text in render(loaded.api, target).items():
            path = out / target.name / str(rel)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        src[target.name] = out / target.name / "src"
        sys.path.insert(0, str(src[target.name]))
    try:
        yield src
    finally:
        for folder in src.values():
            sys.path.remove(str(folder))


@dataclass
class Seen:
    """One request as the server got it."""

    method: str
    path: str  # raw, percent-encoded
    query: list[tuple[str, str]]
    raw_query: str
    headers: dict[str, str]  # lower-case names
    body: bytes


@contextlib.contextmanager
def recording(respond: Callable[[Seen], tuple[int, str, bytes]]) -> Iterator[tuple[str, list[Seen]]]:
    """A server on 127.0.0.1 that records every request and answers what `respond` says;
    yields its base URL and the list of requests seen; stopped on exit."""
    seen: list[Seen] = []

    class Handler(BaseHTTPRequestHandler):
        def _handle(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            parts = urlsplit(self.path)
            request = Seen(self.command, parts.path, parse_qsl(parts.query, keep_blank_values=True), parts.query,
                           {k.lower(): v for k, v in self.headers.items()}, body)
            seen.append(request)
            status, ctype, data = respond(request)
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(data)

        do_GET = do_POST = do_PUT = do_HEAD = do_DELETE = do_PATCH = _handle

        def log_message(self, *args: Any) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", seen
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(5)


@dataclass
class Replies:
    """What a test's loopback server answers, per (method, path), and what it was sent.
    `serve()` starts it; `fallback` answers any other request."""

    url: str = ""
    seen: list[Seen] = field(default_factory=list)
    replies: dict[tuple[str, str], tuple[int, str, bytes]] = field(default_factory=dict)
    fallback: tuple[int, str, bytes] = (404, "text/plain", b"no reply")

    def answer(self, method: str, path: str, status: int, content_type: str, body: Any) -> None:
        """Reply to `method path` with `body` (bytes as they are, anything else as JSON)."""
        data = body if isinstance(body, bytes) else json.dumps(body).encode()
        self.replies[(method, path)] = (status, content_type, data)

    def respond(self, request: Seen) -> tuple[int, str, bytes]:
        return self.replies.get((request.method, request.path), self.fallback)

    def last(self) -> Seen:
        return self.seen[-1]

    @contextlib.contextmanager
    def serve(self) -> Iterator[None]:
        with recording(self.respond) as (self.url, self.seen):
            yield
