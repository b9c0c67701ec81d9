"""Engines and sessions. Nothing connects at import time: call ``make_engine(url)``.

SQLite files get WAL, foreign keys and a busy timeout. Write sessions (``make_session_factory``)
start with ``BEGIN IMMEDIATE`` so that two writers queue instead of failing on lock upgrade;
read sessions (``make_session_factory(engine, readonly=True)``) start with a plain deferred
``BEGIN`` so that readers never wait for each other nor for a writer (WAL). On PostgreSQL read
sessions run ``READ ONLY`` transactions. PostgreSQL uses psycopg 3.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

BUSY_TIMEOUT_MS = 10_000
# Connections kept open per process. A web worker runs up to 40 requests at once (the thread pool
# of its sync handlers) and each holds at most one connection at a time: with SQLAlchemy's
# default (5 kept, 10 more opened and closed again) concurrent pages queue for a connection and
# reconnect all the time. SQLite connections are cheap to keep (one file); PostgreSQL ones are
# server processes, so fewer are kept there (several workers share the server's limit).
SQLITE_POOL = {"pool_size": 20, "max_overflow": 20}
POSTGRESQL_POOL = {"pool_size": 10, "max_overflow": 10}
READONLY = "dondoc_readonly"  # execution option of the engine behind read sessions


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def make_engine(url: str, *, echo: bool = False) -> Engine:
    """An engine for ``url``; creates the SQLite file's directory if needed."""
    if not is_sqlite(url):
        return create_engine(url, echo=echo, pool_pre_ping=True, **POSTGRESQL_POOL)
    parsed = make_url(url)
    if parsed.database and parsed.database != ":memory:":
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    pool: dict[str, int] = {} if parsed.database in (None, "", ":memory:") else SQLITE_POOL
    engine = create_engine(url, echo=echo, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}, **pool)
    _install_sqlite_hooks(engine)
    return engine


def _install_sqlite_hooks(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy (not the driver) emit BEGIN, so that we can make it IMMEDIATE.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN" if conn.get_execution_options().get(READONLY) else "BEGIN IMMEDIATE")


def readonly_engine(engine: Engine) -> Engine:
    """``engine`` (same pool) for read-only work: deferred ``BEGIN`` on SQLite, ``READ ONLY`` on
    PostgreSQL."""
    if engine.dialect.name == "postgresql":
        return engine.execution_options(**{READONLY: True}, postgresql_readonly=True)
    return engine.execution_options(**{READONLY: True})


def make_session_factory(engine: Engine, *, readonly: bool = False) -> sessionmaker[Session]:
    return sessionmaker(readonly_engine(engine) if readonly else engine, expire_on_commit=False)
