"""The per-process read cache."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest

from dondoc.web.cache import MISSING, ReadCache


def test_it_reuses_a_value_until_it_expires() -> None:
    now = [0.0]
    cache = ReadCache(ttl=10, clock=lambda: now[0])
    calls: list[int] = []
    assert cache.get("k", lambda: calls.append(1) or 1) == 1
    assert cache.get("k", lambda: calls.append(2) or 2) == 1
    now[0] = 11
    assert cache.get("k", lambda: calls.append(3) or 3) == 3
    assert calls == [1, 3]


def test_a_write_drops_every_entry() -> None:
    cache = ReadCache(ttl=100)
    cache.get("k", lambda: 1)
    cache.invalidate()
    assert cache.get("k", lambda: 2) == 2


def test_a_value_computed_across_an_invalidation_is_not_kept() -> None:
    cache = ReadCache(ttl=100)

    def compute() -> int:
        cache.invalidate()  # a write lands while we compute
        return 1

    assert cache.get("k", compute) == 1
    assert cache.get("k", lambda: 2) == 2


def _in_thread(fn: Callable[[], object]) -> tuple[threading.Thread, list[object]]:
    out: list[object] = []
    thread = threading.Thread(target=lambda: out.append(fn()))
    thread.start()
    return thread, out


def test_concurrent_misses_share_one_computation() -> None:
    cache = ReadCache(ttl=100)
    started, release = threading.Event(), threading.Event()
    calls: list[int] = []

    def slow() -> int:
        calls.append(1)
        started.set()
        release.wait()
        return 7

    leader, leader_out = _in_thread(lambda: cache.get("k", slow))
    started.wait()
    follower, follower_out = _in_thread(lambda: cache.get("k", lambda: calls.append(2) or 8))
    release.set()
    leader.join()
    follower.join()
    assert leader_out == follower_out == [7]
    assert calls == [1]


def _recompute_held(cache: ReadCache, value: str) -> tuple[threading.Thread, list[object], threading.Event]:
    """A request recomputing "k" in a thread, held inside the computation until the event is set."""
    started, release = threading.Event(), threading.Event()

    def slow() -> str:
        started.set()
        release.wait()
        return value

    leader, out = _in_thread(lambda: cache.get("k", slow))
    started.wait()
    return leader, out, release


def test_an_expired_value_is_served_while_another_request_recomputes_it() -> None:
    now = [0.0]
    cache = ReadCache(ttl=10, clock=lambda: now[0])
    cache.get("k", lambda: "old")
    now[0] = 11
    leader, leader_out, release = _recompute_held(cache, "new")
    assert cache.get("k", lambda: "unused") == "old"  # no second computation, no wait
    release.set()
    leader.join()
    assert leader_out == ["new"] and cache.get("k", lambda: "unused") == "new"


def test_after_a_write_nobody_is_served_the_old_value_even_while_it_is_recomputed() -> None:
    now = [0.0]
    cache = ReadCache(ttl=10, clock=lambda: now[0])
    cache.get("k", lambda: "old")
    now[0] = 11
    leader, _, release = _recompute_held(cache, "before the write")
    cache.invalidate()  # a write lands
    assert cache.get("k", lambda: "after the write") == "after the write"
    release.set()
    leader.join()
    assert cache.get("k", lambda: "unused") == "after the write"


def test_a_failed_computation_is_not_kept_and_the_next_request_computes_again() -> None:
    cache = ReadCache(ttl=100)

    def boom() -> int:
        raise RuntimeError("database gone")

    with pytest.raises(RuntimeError):
        cache.get("k", boom)
    assert cache.get("k", lambda: 3) == 3


def test_peek_returns_a_fresh_value_and_never_computes() -> None:
    now = [0.0]
    cache = ReadCache(ttl=10, clock=lambda: now[0])
    assert cache.peek("k") is MISSING
    cache.get("k", lambda: 1)
    assert cache.peek("k") == 1
    now[0] = 4
    assert cache.peek("k", ttl=3) is MISSING  # a caller may ask for younger values
    assert cache.peek("k") == 1
    now[0] = 11
    assert cache.peek("k") is MISSING
    cache.get("j", lambda: 2)
    cache.invalidate()
    assert cache.peek("j") is MISSING


def test_a_shorter_ttl_for_one_call_recomputes_sooner() -> None:
    now = [0.0]
    cache = ReadCache(ttl=10, clock=lambda: now[0])
    cache.get("k", lambda: "old", ttl=2)
    now[0] = 3
    assert cache.get("k", lambda: "new", ttl=2) == "new"
    assert cache.get("k", lambda: "unused", ttl=60) == "new"  # never longer than the cache's own ttl
    now[0] = 14
    assert cache.get("k", lambda: "newer", ttl=60) == "newer"


def test_forget_drops_one_entry() -> None:
    cache = ReadCache(ttl=100)
    cache.get("a", lambda: 1)
    cache.get("b", lambda: 2)
    cache.forget("a")
    cache.forget("missing")
    assert cache.peek("a") is MISSING and cache.peek("b") == 2


def test_the_least_recently_used_entry_goes_first_when_full() -> None:
    cache = ReadCache(ttl=100, max_entries=2)
    cache.get("a", lambda: 1)
    cache.get("b", lambda: 2)
    assert cache.get("a", lambda: 0) == 1  # "a" is used again: "b" is now the oldest
    cache.get("c", lambda: 3)
    assert len(cache) == 2
    assert cache.peek("b") is MISSING
    assert cache.peek("a") == 1 and cache.peek("c") == 3


def test_a_zero_ttl_turns_the_cache_off() -> None:
    cache = ReadCache(ttl=0)
    calls: list[int] = []
    assert cache.get("k", lambda: calls.append(1) or 1) == 1
    assert cache.get("k", lambda: calls.append(2) or 2) == 2
    assert calls == [1, 2] and len(cache) == 0 and cache.peek("k") is MISSING
