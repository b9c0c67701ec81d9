"""Real headless Chromium (Debian's package) against a live uvicorn server on 127.0.0.1.

Never downloads a browser: Playwright drives the executable at $DONDOC_CHROMIUM or
/usr/bin/chromium; without it the suite is skipped locally and fails in CI.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.support.require import missing

ROOT = Path(__file__).resolve().parents[3]
SHOTS = ROOT / "test-artifacts" / "screenshots"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PHONE = {"width": 375, "height": 740}
LAPTOP = {"width": 1366, "height": 860}


def chromium_path() -> str:
    path = os.environ.get("DONDOC_CHROMIUM", "/usr/bin/chromium")
    if not Path(path).is_file():
        missing("Chromium", "apt-get install chromium")
    return path


@dataclass
class LiveServer:
    url: str
    server: object
    thread: threading.Thread
    requests: list[str] = field(default_factory=list)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def live_server(tmp_path: Path) -> Iterator[LiveServer]:
    import uvicorn

    from dondoc.domain.agencies import Registry
    from dondoc.domain.roles import SYSTEM_ACTOR
    from dondoc.services import users
    from dondoc.services.database import Database, init_database
    from dondoc.web.app import create_app
    from tests.web.conftest import CHEAP, PASSWORD, make_settings

    settings = make_settings(tmp_path, max_upload_mb=1)
    database = Database.open(settings)
    init_database(database, Registry.load_default())
    with database.session() as s:
        for username, role, agency in (
            ("vanphong", "office", None),
            ("lanhdao", "leader", None),
            ("canbo.taichinh", "officer", "so_tai_chinh"),
        ):
            users.add_user(
                s,
                SYSTEM_ACTOR,
                username=username,
                full_name=username.title(),
                role=role,
                password=PASSWORD,
                agency_id=agency,
                hasher=CHEAP,
            )
    database.dispose()
    app = create_app(settings, hasher=CHEAP)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    yield LiveServer(f"http://127.0.0.1:{port}", server, thread)
    server.should_exit = True
    thread.join(10)
    app.state.database.dispose()


@pytest.fixture
def browser() -> Iterator[object]:
    path = chromium_path()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
        try:
            yield b
        finally:
            b.close()
