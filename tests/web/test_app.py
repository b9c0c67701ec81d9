"""The running server: page handlers share a few threads (``DONDOC_WEB_THREADS``); the read cache's setting."""

from __future__ import annotations

from pathlib import Path

import anyio.to_thread
import pytest

from dondoc.config import Settings
from dondoc.domain.errors import InputError
from dondoc.web.app import create_app
from tests.web.conftest import make_settings, prepare
from tests.web.support import TestClient


def _tokens() -> float:
    return anyio.to_thread.current_default_thread_limiter().total_tokens


def test_the_server_runs_page_handlers_on_the_configured_number_of_threads(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, web_threads=3)
    prepare(settings).dispose()
    with TestClient(create_app(settings)) as client:  # the context runs the app's lifespan
        assert client.portal is not None
        assert client.portal.call(_tokens) == 3
        assert client.get("/api/health").status_code == 200


def test_the_read_cache_can_be_turned_off_but_not_set_below_zero() -> None:
    assert Settings.from_env({}).read_cache_seconds == 10
    assert Settings.from_env({"DONDOC_READ_CACHE_SECONDS": "0"}).read_cache_seconds == 0
    with pytest.raises(InputError, match="DONDOC_READ_CACHE_SECONDS"):
        Settings.from_env({"DONDOC_READ_CACHE_SECONDS": "-1"})
