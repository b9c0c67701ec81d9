"""Read sessions (deferred BEGIN / READ ONLY) beside write sessions (BEGIN IMMEDIATE)."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from dondoc.services.database import Database
from dondoc.storage import migrate
from dondoc.storage.db import make_engine
from dondoc.storage.tables import AgencyRow


def test_a_read_session_does_not_wait_for_an_open_write_transaction(db: Database) -> None:
    with db.session() as writer:
        writer.add(AgencyRow(id="so_a", name="Sở A", kind="so"))
        writer.flush()  # the write transaction holds its lock
        with db.session(readonly=True) as reader:
            assert reader.scalar(text("SELECT count(*) FROM agencies")) == 0
            reader.rollback()
        writer.commit()
    with db.session(readonly=True) as reader:
        assert reader.scalar(text("SELECT count(*) FROM agencies")) == 1


def test_a_write_session_takes_the_sqlite_write_lock_at_once(tmp_path: Path) -> None:
    path = tmp_path / "w.db"
    database = Database.from_url(f"sqlite:///{path}")
    with database.engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE t (x INTEGER)")
    with database.session() as writer:
        writer.execute(text("SELECT 1"))  # BEGIN IMMEDIATE: a read still reserves the write lock
        other = sqlite3.connect(path, timeout=0.05)
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("INSERT INTO t VALUES (1)")
        other.close()
        writer.rollback()
    database.dispose()


def test_a_read_session_on_postgresql_refuses_to_write(db: Database) -> None:
    if db.engine.dialect.name != "postgresql":
        return
    with db.session(readonly=True) as reader, pytest.raises(DBAPIError, match="read-only"):
        reader.execute(text("INSERT INTO agencies (id, name, kind, is_group) VALUES ('x', 'x', 'so', false)"))


def test_migration_0002_dates_existing_extended_deadlines(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'm.db'}")
    migrate.upgrade(engine, "0001")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO agencies (id, name, kind, is_group) VALUES ('so_a', 'Sở A', 'so', 0);"
        )
        conn.exec_driver_sql(
            "INSERT INTO documents (id, content_hash, filename, format, size, original, text, extraction,"
            " created_at) VALUES (1, 'h', 'f', 'txt', 1, x'', '', '{}', '2021-01-01 00:00:00')"
        )
        conn.exec_driver_sql(
            "INSERT INTO tasks (id, document_id, position, text, section, kind, deadline_kind, confidence,"
            " state, version, created_at, updated_at) VALUES (1, 1, 0, 't', '', 'task', 'none', 1, 'published',"
            " 1, '2021-01-01 00:00:00', '2021-01-01 00:00:00')"
        )
        for i in (1, 2):
            conn.exec_driver_sql(
                "INSERT INTO assignments (id, task_id, document_id, agency_id, assigned_on, original_due_on,"
                f" due_on, state, active, percent, version) VALUES ({i}, 1, 1, 'so_a', '2021-01-02',"
                " '2021-03-01', '2021-05-01', 'assigned', 1, 0, 1)"
            )
        for ext, status, decided in (
            (1, "approved", "2021-02-10"),
            (2, "approved", "2021-02-20"),
            (3, "rejected", "2021-02-25"),
        ):
            conn.exec_driver_sql(
                "INSERT INTO extensions (id, assignment_id, requested_due_on, reason, requested_at, status,"
                f" decided_on) VALUES ({ext}, 1, '2021-05-01', 'r', '2021-02-01 00:00:00', '{status}', '{decided}')"
            )
    migrate.upgrade(engine)
    with engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT id, due_set_on FROM assignments ORDER BY id").all()
    assert [(i, d if d is None else date.fromisoformat(str(d))) for i, d in rows] == [
        (1, date(2021, 2, 20)),
        (2, None),
    ]
    engine.dispose()
