"""Helpers shared by the database commands: open the database, pick the acting user, parse dates."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from typing import Annotated

import typer
from sqlalchemy.orm import Session

from dondoc.config import Settings
from dondoc.domain.errors import InputError
from dondoc.domain.roles import SYSTEM_ACTOR, Actor
from dondoc.services import users
from dondoc.services.database import Database

AsUser = Annotated[
    str | None,
    typer.Option(
        "--as", help="Tên đăng nhập của người thực hiện (mặc định: quản trị hệ thống, vai trò Văn phòng)"
    ),
]


@contextmanager
def open_session(*, check_schema: bool = True, readonly: bool = False) -> Iterator[Session]:
    """A session on the configured database; ``readonly=True`` for commands that only read."""
    db = Database.open(Settings.from_env())
    try:
        if check_schema:
            db.require_schema()
        with db.session(readonly=readonly) as session:
            yield session
    finally:
        db.dispose()


def actor(session: Session, username: str | None) -> Actor:
    return users.actor_for(session, username) if username else SYSTEM_ACTOR


def parse_date(raw: str | None, what: str = "ngày") -> date | None:
    if raw is None:
        return None
    for fmt in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(raw.strip(), fmt).date()
        except ValueError:
            continue
    raise InputError(f"{what.capitalize()} “{raw}” không hợp lệ: dùng dạng 2021-06-30 hoặc 30/06/2021")


def vn_date(d: date | None) -> str:
    return d.strftime("%d/%m/%Y") if d else "—"
