from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from dondoc.services.database import Database
from dondoc.storage import migrate
from dondoc.storage.base import Base
from dondoc.storage.db import make_engine


def test_migrations_build_the_schema_of_the_models_on_sqlite(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'm.db'}")
    migrate.upgrade(engine)
    migrate.upgrade(engine)  # idempotent
    assert migrate.current_revision(engine) == migrate.head_revision()
    with engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    engine.dispose()


def test_migrations_match_the_models_on_the_test_database(db: Database) -> None:
    if db.engine.dialect.name == "sqlite":
        return  # covered above; the fixture builds SQLite from the models directly
    with db.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []


def test_sqlite_connections_use_wal_and_foreign_keys(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'sub' / 'p.db'}")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 10_000
    assert "assignments" not in inspect(engine).get_table_names()
    engine.dispose()
