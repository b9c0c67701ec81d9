"""Shared fixtures. Each topic keeps its own fixtures beside its tests.

``db`` is a fresh database per test, parametrised over SQLite (a new file) and PostgreSQL
(``DONDOC_TEST_POSTGRES_URL``, or a throwaway cluster started here when the binaries exist;
tables are truncated between tests).
"""

from __future__ import annotations

import glob
import os
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from dondoc.services.database import Database
from dondoc.storage import migrate
from dondoc.storage.base import Base
from tests.support.require import missing

ROOT = Path(__file__).resolve().parent.parent


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str | None]:
    """A PostgreSQL URL for this test session, or None (with the reason kept for skipping)."""
    url = os.environ.get("DONDOC_TEST_POSTGRES_URL")
    if url:
        yield url
        return
    if not glob.glob("/usr/lib/postgresql/*/bin/initdb"):
        yield None
        return
    pgdata = tempfile.mkdtemp(prefix="dondoc-pg-")
    env = {**os.environ, "PGPORT": str(_free_port())}
    try:
        out = subprocess.run(
            ["bash", str(ROOT / ".ci/pg-up.sh"), pgdata], env=env, capture_output=True, text=True, timeout=120
        )
    except (OSError, subprocess.TimeoutExpired):
        yield None
        return
    if out.returncode != 0:
        yield None
        subprocess.run(["bash", str(ROOT / ".ci/pg-down.sh"), pgdata], capture_output=True, timeout=60)
        return
    try:
        yield out.stdout.strip().split("=", 1)[1]
    finally:
        subprocess.run(["bash", str(ROOT / ".ci/pg-down.sh"), pgdata], capture_output=True, timeout=60)


@pytest.fixture(scope="session")
def postgres_db(postgres_url: str | None) -> Iterator[Database | None]:
    """The PostgreSQL database migrated once from an empty schema."""
    if postgres_url is None:
        yield None
        return
    database = Database.from_url(postgres_url)
    with database.engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    migrate.upgrade(database.engine)
    yield database
    database.dispose()


def _truncate(database: Database) -> None:
    names = ", ".join(t.name for t in Base.metadata.sorted_tables)
    with database.engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    if request.param == "sqlite":
        database = Database.from_url(f"sqlite:///{tmp_path / 'test.db'}")
        Base.metadata.create_all(database.engine)
        yield database
        database.dispose()
        return
    pg: Database | None = request.getfixturevalue("postgres_db")
    if pg is None:
        missing("PostgreSQL", "set DONDOC_TEST_POSTGRES_URL or install postgresql (see .ci/pg-up.sh)")
        return
    _truncate(pg)
    yield pg


@pytest.fixture
def session(db: Database) -> Iterator[Session]:
    with db.session() as s:
        yield s
