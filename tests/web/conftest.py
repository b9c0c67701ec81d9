"""A fresh app per test on a temporary SQLite database, with one user per role and two agencies."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from fastapi import FastAPI

from dondoc.config import Settings
from dondoc.domain.agencies import Agency, Registry
from dondoc.domain.roles import SYSTEM_ACTOR
from dondoc.services import users
from dondoc.services.database import Database, init_database
from dondoc.web.app import create_app
from tests.web.support import TestClient, csrf_of

PASSWORD = "mật-khẩu-thử-1"
CHEAP = PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1)
AGENCIES = [
    Agency(id="so_tai_chinh", name="Sở Tài chính", kind="department"),
    Agency(id="so_xay_dung", name="Sở Xây dựng", kind="department"),
    Agency(id="vp_ubnd_tinh", name="Văn phòng UBND tỉnh", kind="office"),
]
# role name -> (username, role, agency)
CAST = {
    "office": ("vanphong", "office", None),
    "leader": ("lanhdao", "leader", None),
    "officer_a": ("canbo.taichinh", "officer", "so_tai_chinh"),
    "officer_b": ("canbo.xaydung", "officer", "so_xay_dung"),
}


@dataclass
class WebEnv:
    app: FastAPI
    settings: Settings
    database: Database

    def client(self, who: str | None = None) -> TestClient:
        """A client, logged in as one of CAST (or anonymous)."""
        client = TestClient(self.app, follow_redirects=False)
        if who is not None:
            login(client, CAST[who][0])
        return client


def login(client: TestClient, username: str, password: str = PASSWORD) -> None:
    token = csrf_of(client.get("/login").text)
    r = client.post("/login", data={"username": username, "password": password, "csrf_token": token})
    assert r.status_code == 303, r.text


def make_settings(tmp_path: Path, **changes: object) -> Settings:
    return Settings(data_dir=tmp_path, secret_key="k" * 32).with_(**changes)


def prepare(settings: Settings) -> Database:
    database = Database.open(settings)
    init_database(database, Registry(AGENCIES))
    with database.session() as session:
        for username, role, agency in CAST.values():
            users.add_user(
                session,
                SYSTEM_ACTOR,
                username=username,
                full_name=username.title(),
                role=role,
                password=PASSWORD,
                agency_id=agency,
                hasher=CHEAP,
            )
    return database


@pytest.fixture
def web(tmp_path: Path) -> Iterator[WebEnv]:
    settings = make_settings(tmp_path, max_upload_mb=1)
    database = prepare(settings)
    app = create_app(settings, hasher=CHEAP)
    yield WebEnv(app, settings, database)
    app.state.database.dispose()
    database.dispose()
