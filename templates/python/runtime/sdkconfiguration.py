"""Settings shared by every operation of an SDK instance, and its HTTP clients."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Optional, Union

if (
    TYPE_CHECKING
):  # loaded with the first request (httpx) or the first async call (asyncio)
    import asyncio
    import logging

    import httpx

    from .utils.retries import RetryConfig

from ._transport import DEFAULT_MAX_RESPONSE_BYTES

__all__ = [
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_READ_TIMEOUT_MS",
    "DEFAULT_TIMEOUT_MS",
    "SDKConfiguration",
]

DEFAULT_TIMEOUT_MS = 60_000
"""The total deadline of one call (all attempts and the waits between them), in ms."""
DEFAULT_READ_TIMEOUT_MS = 30_000
"""How long connecting, and each read or write, may wait, in ms."""


def _running_loop() -> Optional[asyncio.AbstractEventLoop]:
    if (
        "asyncio" not in sys.modules
    ):  # nothing async ran in this process: no loop is running
        return None
    import asyncio

    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None


@dataclass(kw_only=True)
class SDKConfiguration:
    """Server, credentials, HTTP clients, retries and limits of an SDK instance.

    ``timeout_ms`` is the total deadline of one call, retries and their waits
    included (default :data:`DEFAULT_TIMEOUT_MS`, 60 s); ``read_timeout_ms``
    bounds connecting and each read or write (default 30 s);
    ``max_response_bytes`` caps a response body, counted after decompression
    (default 64 MiB).

    ``client``/``async_client`` are the caller's own clients, used as they are
    and never closed by the SDK. Without them the SDK creates one client of
    each kind on first use, reuses it for every request (connection pooling)
    and closes it in :meth:`close`/:meth:`aclose`. ``bearer_auth`` is kept out
    of ``repr`` and comparisons.
    """

    server_url: str
    bearer_auth: Optional[Union[str, Callable[[], str]]] = field(
        default=None, repr=False, compare=False
    )
    client: Optional[httpx.Client] = None
    async_client: Optional[httpx.AsyncClient] = None
    retry_config: Optional[RetryConfig] = None
    timeout_ms: Optional[int] = None
    read_timeout_ms: int = DEFAULT_READ_TIMEOUT_MS
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES
    user_agent: str = "python-sdk"
    debug_logger: Optional[logging.Logger] = field(
        default=None, repr=False, compare=False
    )

    _own_client: Optional[httpx.Client] = field(
        default=None, init=False, repr=False, compare=False
    )
    _own_async_client: Optional[httpx.AsyncClient] = field(
        default=None, init=False, repr=False, compare=False
    )
    _own_async_loop: Optional[asyncio.AbstractEventLoop] = field(
        default=None, init=False, repr=False, compare=False
    )
    _lock: threading.Lock = field(
        default_factory=threading.Lock, init=False, repr=False, compare=False
    )

    def get_client(self) -> httpx.Client:
        """Return the caller's client, else the SDK's own (created once)."""
        if self.client is not None:
            return self.client
        with self._lock:
            if self._own_client is None or self._own_client.is_closed:
                import httpx

                self._own_client = httpx.Client()
            return self._own_client

    def get_async_client(self) -> httpx.AsyncClient:
        """Return the caller's async client, else the SDK's own (created once).

        Pooled connections belong to the event loop that opened them, so the
        SDK's own async client is replaced when called from a different loop
        (e.g. a second ``asyncio.run``); the previous one is dropped unclosed
        because its loop can no longer run its cleanup.
        """
        if self.async_client is not None:
            return self.async_client
        loop = _running_loop()
        with self._lock:
            client = self._own_async_client
            other_loop = (
                loop is not None
                and self._own_async_loop is not None
                and loop is not self._own_async_loop
            )
            if client is None or client.is_closed or other_loop:
                import httpx

                client = httpx.AsyncClient()
                self._own_async_client = client
                self._own_async_loop = loop
            elif self._own_async_loop is None:
                self._own_async_loop = loop
            return client

    def token(self) -> Optional[str]:
        """The bearer token: the string given, or what the callable given returns now."""
        auth = self.bearer_auth
        return auth() if callable(auth) else auth

    def close(self) -> None:
        """Close the sync client the SDK created and forget its async client.

        Use :meth:`aclose` from async code to close the async client properly.
        Clients passed in by the caller are left open.
        """
        with self._lock:
            own, self._own_client = self._own_client, None
            self._own_async_client = None
            self._own_async_loop = None
        if own is not None:
            own.close()

    async def aclose(self) -> None:
        """Close both clients the SDK created. Caller-supplied clients are left open.

        The async client is closed only when called on the event loop that last
        used it; a client left behind by another loop is just dropped.
        """
        loop = _running_loop()
        with self._lock:
            own, self._own_client = self._own_client, None
            own_async, self._own_async_client = self._own_async_client, None
            own_loop, self._own_async_loop = self._own_async_loop, None
        if own is not None:
            own.close()
        if own_async is not None and (own_loop is None or own_loop is loop):
            await own_async.aclose()
