"""Opening the database for an adapter (CLI, web): engine, sessions, migrations, agency seed."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from dondoc.config import Settings
from dondoc.domain.agencies import Registry
from dondoc.domain.errors import InputError
from dondoc.storage import migrate
from dondoc.storage.db import make_engine, make_session_factory, readonly_engine
from dondoc.storage.repositories import agencies as agency_repo


@dataclass
class Database:
    """An engine with two session factories: ``sessions`` for use cases (writes: ``BEGIN
    IMMEDIATE`` on SQLite) and ``read_sessions`` for queries (deferred ``BEGIN``: readers stay
    concurrent; ``READ ONLY`` on PostgreSQL)."""

    engine: Engine
    sessions: sessionmaker[Session]
    read_sessions: sessionmaker[Session]
    read_engine: Engine  # ``engine`` for read-only connections (what ``read_sessions`` use)

    @classmethod
    def open(cls, settings: Settings) -> Database:
        return cls.from_engine(make_engine(settings.effective_database_url))

    @classmethod
    def from_url(cls, url: str) -> Database:
        return cls.from_engine(make_engine(url))

    @classmethod
    def from_engine(cls, engine: Engine) -> Database:
        return cls(
            engine=engine,
            sessions=make_session_factory(engine),
            read_sessions=make_session_factory(engine, readonly=True),
            read_engine=readonly_engine(engine),
        )

    @contextmanager
    def session(self, *, readonly: bool = False) -> Iterator[Session]:
        """A session; ``readonly=True`` for work that only reads (queries, web GET pages)."""
        with (self.read_sessions if readonly else self.sessions)() as session:
            yield session

    def require_schema(self) -> None:
        """Raise a Vietnamese InputError when the database was never initialised or is behind."""
        current, head = migrate.current_revision(self.engine), migrate.head_revision()
        if current is None:
            raise InputError("Cơ sở dữ liệu chưa được khởi tạo: hãy chạy `dondoc init` trước")
        if current != head:
            raise InputError(f"Cơ sở dữ liệu ở phiên bản {current}, cần {head}: hãy chạy `dondoc migrate`")

    def dispose(self) -> None:
        self.engine.dispose()


@dataclass(frozen=True)
class InitResult:
    revision: str | None
    agencies_added: int
    agencies_updated: int


def init_database(db: Database, registry: Registry) -> InitResult:
    """Migrate to the latest schema and copy the registry's agencies in (idempotent)."""
    migrate.upgrade(db.engine)
    with db.session() as session:
        added, updated = agency_repo.sync(session, registry.agencies.values())
        session.commit()
    return InitResult(migrate.current_revision(db.engine), added, updated)


def migrate_database(db: Database) -> str | None:
    migrate.upgrade(db.engine)
    return migrate.current_revision(db.engine)
