"""Skip a test whose server or browser is missing, or fail it when CI requires every suite."""

from __future__ import annotations

import os

import pytest


def missing(component: str, how: str) -> None:
    """Skip (locally) or fail (``DONDOC_REQUIRE_ALL=1``, set by .ci/run) for a missing component."""
    message = f"{component} is not available: {how}"
    if os.environ.get("DONDOC_REQUIRE_ALL") == "1":
        pytest.fail(message + " (DONDOC_REQUIRE_ALL=1: no suite may be skipped)", pytrace=False)
    pytest.skip(message)
