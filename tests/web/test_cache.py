"""The per-process read cache."""

from __future__ import annotations

from dondoc.web.cache import ReadCache


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
