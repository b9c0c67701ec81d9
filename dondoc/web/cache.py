"""A small per-process cache for read models that many requests share (dashboard figures, the
status summary behind list totals, filter options, rendered fragments built from them).

Entries live ``ttl`` seconds at most and are all dropped when this process handles a write (any
successful POST), so a user sees their own change at once; other worker processes catch up within
``ttl``. Keys always include the reader's scope, so officers never see another agency's figures.

One computation per key at a time: requests that miss while another thread is computing the same
key wait for its result instead of running the same queries again. When the entry only expired
(no write since), they are served the expired value meanwhile, so the entry is then at most
``ttl`` seconds plus one computation old; after a write nobody is served an old value.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from starlette.types import ASGIApp, Message, Receive, Scope, Send

T = TypeVar("T")


@dataclass
class _Flight:
    """One computation in progress, shared by the requests that wait for it."""

    generation: int
    done: threading.Event = field(default_factory=threading.Event)
    ok: bool = False
    value: Any = None


class ReadCache:
    def __init__(
        self, *, ttl: float = 10.0, max_entries: int = 512, clock: Callable[[], float] = time.monotonic
    ):
        self.ttl = ttl
        self.max_entries = max_entries
        self.clock = clock
        self._data: dict[Hashable, tuple[float, int, Any]] = {}
        self._flights: dict[Hashable, _Flight] = {}
        self._generation = 0
        self._lock = threading.Lock()

    def get(self, key: Hashable, compute: Callable[[], T]) -> T:
        while True:
            now = self.clock()
            with self._lock:
                generation = self._generation
                hit = self._data.get(key)
                if hit is not None and hit[1] != generation:
                    hit = None
                if hit is not None and now - hit[0] < self.ttl:
                    return hit[2]  # type: ignore[no-any-return]
                flight = self._flights.get(key)
                leader = flight is None or flight.generation != generation
                if leader:
                    flight = self._flights[key] = _Flight(generation)
            assert flight is not None
            if leader:
                return self._compute(key, flight, now, compute)
            if hit is not None:
                return hit[2]  # type: ignore[no-any-return]  # expired only by age: a new one is coming
            flight.done.wait()
            if flight.ok:
                return flight.value  # type: ignore[no-any-return]
            # The computation failed: try again (and raise its error from this thread if it fails again).

    def _compute(self, key: Hashable, flight: _Flight, now: float, compute: Callable[[], T]) -> T:
        try:
            value = compute()
            flight.value, flight.ok = value, True
        finally:
            with self._lock:
                if self._flights.get(key) is flight:
                    del self._flights[key]
                if flight.ok and flight.generation == self._generation:  # not invalidated meanwhile
                    if len(self._data) >= self.max_entries:
                        self._data.clear()
                    self._data[key] = (now, flight.generation, flight.value)
            flight.done.set()
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
