"""A small per-process cache for read models that many requests share (dashboard figures, the
status summary behind list totals, filter options, rendered fragments built from them, the
signed-in user behind a session cookie).

Entries live ``ttl`` seconds at most (a call may ask for less) and are all dropped when this
process handles a write (any successful POST), so a user sees their own change at once; other
worker processes catch up within ``ttl``. Keys always include the reader's scope, so officers never
see another agency's figures. ``ttl=0`` turns the cache off (every call computes).

One computation per key at a time: requests that miss while another thread is computing the same
key wait for its result instead of running the same queries again. When the entry only expired
(no write since), they are served the expired value meanwhile, so the entry is then at most
``ttl`` seconds plus one computation old; after a write nobody is served an old value.

At most ``max_entries`` are kept; past that the least recently used entry goes (so a crawler
walking through hundreds of list pages cannot push out the dashboard that everybody reads).
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from starlette.types import ASGIApp, Message, Receive, Scope, Send

T = TypeVar("T")
MISSING: Any = object()  # ``peek`` found nothing fresh


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
        self._data: OrderedDict[Hashable, tuple[float, int, Any]] = OrderedDict()
        self._flights: dict[Hashable, _Flight] = {}
        self._generation = 0
        self._lock = threading.Lock()

    @property
    def enabled(self) -> bool:
        return self.ttl > 0

    def _ttl(self, ttl: float | None) -> float:
        return self.ttl if ttl is None else min(ttl, self.ttl)

    def peek(self, key: Hashable, *, ttl: float | None = None) -> Any:
        """The fresh value of ``key``, or ``MISSING``; never computes nor waits (callers on the
        event loop use it, and go to a worker thread for ``get`` when it misses)."""
        now = self.clock()
        with self._lock:
            hit = self._data.get(key)
            if hit is None or hit[1] != self._generation or now - hit[0] >= self._ttl(ttl):
                return MISSING
            self._data.move_to_end(key)
            return hit[2]

    def get(self, key: Hashable, compute: Callable[[], T], *, ttl: float | None = None) -> T:
        max_age = self._ttl(ttl)
        if max_age <= 0:
            return compute()
        while True:
            now = self.clock()
            with self._lock:
                generation = self._generation
                hit = self._data.get(key)
                if hit is not None and hit[1] != generation:
                    hit = None
                if hit is not None and now - hit[0] < max_age:
                    self._data.move_to_end(key)
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
                    self._data[key] = (now, flight.generation, flight.value)
                    self._data.move_to_end(key)
                    while len(self._data) > self.max_entries:
                        self._data.popitem(last=False)
            flight.done.set()
        return value

    def forget(self, key: Hashable) -> None:
        """Drop one entry (found out of date by its reader)."""
        with self._lock:
            self._data.pop(key, None)

    def invalidate(self) -> None:
        with self._lock:
            self._generation += 1
            self._data.clear()

    def __len__(self) -> int:
        return len(self._data)


class InvalidateOnWriteMiddleware:
    """Drops the read caches after every non-GET request that did not fail."""

    def __init__(self, app: ASGIApp, *, caches: tuple[ReadCache, ...]) -> None:
        self.app = app
        self.caches = caches

    def _invalidate(self) -> None:
        for cache in self.caches:
            cache.invalidate()

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
                    self._invalidate()
            await send(message)

        try:
            await self.app(scope, receive, watch)
        finally:
            if status < 400:
                self._invalidate()
