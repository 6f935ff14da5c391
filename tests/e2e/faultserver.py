"""A misbehaving HTTP server on 127.0.0.1 for the SDK fault tests.

Each accepted connection takes the next action from a script (the last one repeats);
an action is a function `(conn) -> None` that reads the request (or not) and answers
badly in its own way. Every request line the server read is recorded, so a test can
count the attempts a client made. Bounded: each connection gives up after `limit`
seconds, and the server stops when the test leaves the `with` block.

    with FaultServer([close_without_answer(), reply(200, body)]) as server:
        ...server.url..., server.attempts
"""

from __future__ import annotations

import gzip
import json
import socket
import struct
import threading
import time
from collections.abc import Callable
from email.utils import formatdate
from typing import Any

Action = Callable[[socket.socket], None]


def read_request(conn: socket.socket) -> bytes:
    """The request head and its body (by Content-Length)."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return data
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            break
        body += chunk
    return head


def _head(status: int, headers: dict[str, str], length: int | None) -> bytes:
    lines = [f"HTTP/1.1 {status} X"] + [f"{k}: {v}" for k, v in headers.items()]
    if length is not None:
        lines.append(f"Content-Length: {length}")
    lines.append("Connection: close")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def reply(status: int, body: bytes | str | Any = b"", content_type: str = "application/json",
          headers: dict[str, str | Callable[[], str]] | None = None) -> Action:
    """An answer; a header value may be a function, called when the answer goes out."""
    if not isinstance(body, (bytes, str)):
        body = json.dumps(body)
    data = body.encode("utf-8") if isinstance(body, str) else body

    def act(conn: socket.socket) -> None:
        read_request(conn)
        extra = {k: v() if callable(v) else v for k, v in (headers or {}).items()}
        conn.sendall(_head(status, {"Content-Type": content_type, **extra}, len(data)) + data)
    return act


def drip(every: float, total: int = 1000) -> Action:
    """A 200 whose body comes one byte at a time."""
    def act(conn: socket.socket) -> None:
        read_request(conn)
        conn.sendall(_head(200, {"Content-Type": "application/json"}, total))
        for _ in range(total):
            time.sleep(every)
            conn.sendall(b" ")
    return act


def reset_mid_body() -> Action:
    """Headers and half the body, then a TCP reset."""
    def act(conn: socket.socket) -> None:
        read_request(conn)
        conn.sendall(_head(200, {"Content-Type": "application/json"}, 1000) + b'{"partial": ')
        time.sleep(0.05)
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    return act


def close_without_answer() -> Action:
    def act(conn: socket.socket) -> None:
        read_request(conn)
    return act


def gzip_bomb(megabytes: int = 300) -> Action:
    """~300 KB on the wire that inflate to `megabytes` MB."""
    blob = gzip.compress(b"\0" * (megabytes * 1024 * 1024), compresslevel=9)

    def act(conn: socket.socket) -> None:
        read_request(conn)
        conn.sendall(_head(200, {"Content-Type": "application/json", "Content-Encoding": "gzip"}, len(blob)) + blob)
    return act


def http_date(seconds_from_now: float) -> str:
    return formatdate(time.time() + seconds_from_now, usegmt=True)


class FaultServer:
    def __init__(self, script: list[Action], limit: float = 20.0) -> None:
        self.script = list(script)
        self.limit = limit
        self.attempts = 0
        self.times: list[float] = []
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(16)
        self._sock.settimeout(0.2)
        self.url = f"http://127.0.0.1:{self._sock.getsockname()[1]}"
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []

    def __enter__(self) -> FaultServer:
        t = threading.Thread(target=self._serve, daemon=True)
        t.start()
        self._threads.append(t)
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        for t in self._threads:
            t.join(timeout=self.limit)
        self._sock.close()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except (socket.timeout, OSError):
                continue
            action = self.script.pop(0) if len(self.script) > 1 else self.script[0]
            self.attempts += 1
            self.times.append(time.monotonic())
            t = threading.Thread(target=self._handle, args=(conn, action), daemon=True)
            t.start()
            self._threads.append(t)

    def _handle(self, conn: socket.socket, action: Action) -> None:
        conn.settimeout(self.limit)
        try:
            action(conn)
        except OSError:
            pass
        finally:
            try:
                conn.close()
            except OSError:
                pass


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


