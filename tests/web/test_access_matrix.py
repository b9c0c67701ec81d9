"""Every route × every role: anonymous, officer of A, officer of B, leader, office.

"ok" means the request was served (2xx, or a redirect that is not to the login page); "login"
means the anonymous user is sent to log in (pages) or gets 401 (API); "deny" is 403. Writes that
are denied must leave nothing behind.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.web.conftest import CHEAP, WebEnv, make_settings, prepare
from tests.web.scenario import Scenario, build
from tests.web.support import TestClient, csrf_of

ROLES = ("anonymous", "officer_a", "officer_b", "leader", "office")
ALL = dict.fromkeys(ROLES[1:], "ok") | {"anonymous": "login"}
READERS = {"anonymous": "login", "officer_a": "deny", "officer_b": "deny", "leader": "ok", "office": "ok"}
OFFICE = {"anonymous": "login", "officer_a": "deny", "officer_b": "deny", "leader": "deny", "office": "ok"}
AGENCY_A = {"anonymous": "login", "officer_a": "ok", "officer_b": "deny", "leader": "ok", "office": "ok"}
OFFICERS = {"anonymous": "login", "officer_a": "ok", "officer_b": "ok", "leader": "deny", "office": "deny"}
REPORTERS_A = {"anonymous": "login", "officer_a": "ok", "officer_b": "deny", "leader": "deny", "office": "ok"}

GETS: list[tuple[str, dict[str, str]]] = [
    ("/", ALL),
    ("/api/dashboard", ALL),
    ("/tasks", ALL),
    ("/api/tasks", ALL),
    ("/tasks?agency={agency_a}", AGENCY_A),
    ("/api/tasks?agency={agency_a}", AGENCY_A),
    ("/tasks/{task_a}", AGENCY_A),
    ("/api/tasks/{task_a}", AGENCY_A),
    ("/documents", READERS),
    ("/api/documents", READERS),
    ("/documents/{document_id}", READERS),
    ("/api/documents/{document_id}", READERS),
    ("/documents/upload", OFFICE),
    ("/my", OFFICERS),
    ("/api/my", OFFICERS),
    ("/agencies", ALL),
    ("/api/agencies", ALL),
    ("/agencies/{agency_a}", AGENCY_A),
    ("/api/agencies/{agency_a}", AGENCY_A),
    ("/extensions", ALL),
    ("/api/extensions", ALL),
    ("/admin", OFFICE),
    ("/api/admin/users", OFFICE),
]

POSTS: list[tuple[str, dict[str, str], dict[str, str]]] = [
    (
        "/tasks/{task_a}/reports",
        {"agency_id": "{agency_a}", "percent": "50", "narrative": "Đang làm"},
        REPORTERS_A,
    ),
    (
        "/assignments/{assignment_a}/extensions",
        {"new_due_on": "2027-01-31", "reason": "Cần thêm thời gian"},
        REPORTERS_A,
    ),
    ("/assignments/{assignment_a}/complete", {}, OFFICE),
    ("/extensions/{extension_a}/decide", {"approve": "1"}, OFFICE),
    ("/tasks/{draft_task_id}/confirm", {}, OFFICE),
    ("/tasks/{draft_task_id}/reject", {}, OFFICE),
    ("/tasks/{draft_task_id}/edit", {"text": "Nội dung mới"}, OFFICE),
    ("/tasks/{draft_task_id}/split", {"parts": "Một\nHai"}, OFFICE),
    ("/documents/{draft_document_id}/merge", {}, OFFICE),
    ("/documents/{draft_document_id}/publish", {}, OFFICE),
    (
        "/admin/users",
        {"username": "moi", "full_name": "Mới", "role": "leader", "password": "mat-khau-123"},
        OFFICE,
    ),
    ("/admin/reorganisation", {"on": "2026-07-01"}, OFFICE),
]


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[WebEnv, Scenario]]:
    from dondoc.web.app import create_app

    tmp: Path = tmp_path_factory.mktemp("matrix")
    settings = make_settings(tmp)
    database = prepare(settings)
    web = WebEnv(create_app(settings, hasher=CHEAP), settings, database)
    scenario = build(web)
    web.app.state.database.dispose()  # both engines reconnect on their next use
    database.dispose()
    conn = sqlite3.connect(settings.data_dir / "dondoc.db")  # all in the main file: tests copy it
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    yield web, scenario
    web.app.state.database.dispose()
    database.dispose()


@pytest.fixture(scope="module")
def clients(world: tuple[WebEnv, Scenario]) -> dict[str, TestClient]:
    web, _ = world
    return {role: web.client(None if role == "anonymous" else role) for role in ROLES}


def outcome(status: int, location: str) -> str:
    if status == 401 or (status == 303 and location.startswith("/login")):
        return "login"
    if status == 403:
        return "deny"
    if status < 400 or status in (400, 409):  # served: a 400/409 is a message about the input or state
        return "ok"
    return f"status {status}"


def _fill(template: str, s: Scenario) -> str:
    return template.format(**s.__dict__)


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(("path", "expected"), GETS, ids=[g[0] for g in GETS])
def test_reading(
    world: tuple[WebEnv, Scenario],
    clients: dict[str, TestClient],
    path: str,
    expected: dict[str, str],
    role: str,
) -> None:
    _, scenario = world
    r = clients[role].get(_fill(path, scenario))
    assert outcome(r.status_code, r.headers.get("location", "")) == expected[role], r.text[:300]


def _snapshot(office: TestClient, s: Scenario) -> list[object]:
    return [
        office.get(f"/api/tasks/{s.task_a}").json(),
        office.get(f"/api/documents/{s.draft_document_id}").json(),
        office.get("/api/admin/users").json(),
    ]


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(("path", "data", "expected"), POSTS, ids=[p[0] for p in POSTS])
def test_writing(
    world: tuple[WebEnv, Scenario],
    tmp_path: Path,
    path: str,
    data: dict[str, str],
    expected: dict[str, str],
    role: str,
) -> None:
    from dondoc.services.database import Database
    from dondoc.web.app import create_app

    template, scenario = world
    shutil.copy(template.settings.data_dir / "dondoc.db", tmp_path / "dondoc.db")
    settings = make_settings(tmp_path)
    web = WebEnv(create_app(settings, hasher=CHEAP), settings, Database.open(settings))
    try:
        office = web.client("office")
        before = _snapshot(office, scenario)
        client = web.client(None if role == "anonymous" else role)
        token = csrf_of(client.get("/login" if role == "anonymous" else "/").text)
        form = {k: _fill(v, scenario) for k, v in data.items()} | {"csrf_token": token}
        r = client.post(_fill(path, scenario), data=form)
        got = outcome(r.status_code, r.headers.get("location", ""))
        assert got == expected[role], r.text[:300]
        if got != "ok":
            assert _snapshot(office, scenario) == before  # nothing written
    finally:
        web.app.state.database.dispose()
        web.database.dispose()


@pytest.mark.parametrize(("path", "data"), [(p[0], p[1]) for p in POSTS], ids=[p[0] for p in POSTS])
def test_a_write_without_the_csrf_token_is_refused(
    world: tuple[WebEnv, Scenario], clients: dict[str, TestClient], path: str, data: dict[str, str]
) -> None:
    _, scenario = world
    form = {k: _fill(v, scenario) for k, v in data.items()}
    r = clients["office"].post(_fill(path, scenario), data=form)
    assert r.status_code == 403
