"""A small per-process cache for read models that many requests share (dashboard figures, the
status summary behind list totals, filter options).

Entries live ``ttl`` seconds at most and are all dropped when this process handles a write (any
successful POST), so a user sees their own change at once; other worker processes catch up within
``ttl``. Keys always include the reader's scope, so officers never see another agency's figures.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from starlette.types import ASGIApp, Message, Receive, Scope, Send

T = TypeVar("T")


class ReadCache:
    def __init__(
        self, *, ttl: float = 10.0, max_entries: int = 512, clock: Callable[[], float] = time.monotonic
    ):
        self.ttl = ttl
        self.max_entries = max_entries
        self.clock = clock
        self._data: dict[Hashable, tuple[float, int, Any]] = {}
        self._generation = 0
        self._lock = threading.Lock()

    def get(self, key: Hashable, compute: Callable[[], T]) -> T:
        now = self.clock()
        with self._lock:
            hit = self._data.get(key)
            generation = self._generation
        if hit is not None and hit[1] == generation and now - hit[0] < self.ttl:
            return hit[2]  # type: ignore[no-any-return]
        value = compute()
        with self._lock:
            if generation == self._generation:  # not invalidated while computing
                if len(self._data) >= self.max_entries:
                    self._data.clear()
                self._data[key] = (now, generation, value)
        return value

    def invalidate(self) -> None:
        with self._lock:
            self._generation += 1
            self._data.clear()


class InvalidateOnWriteMiddleware:
    """Drops the read cache after every non-GET request that did not fail."""

    def __init__(self, app: ASGIApp, *, cache: ReadCache) -> None:
        self.app = app
        self.cache = cache

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        status = 500

        async def watch(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
                if status < 400:
                    self.cache.invalidate()
            await send(message)

        try:
            await self.app(scope, receive, watch)
        finally:
            if status < 400:
                self.cache.invalidate()
