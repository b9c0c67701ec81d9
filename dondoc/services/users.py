"""Users: create, authenticate, look up, change password, deactivate (office only for changes)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Engine, bindparam, select
from sqlalchemy.orm import Session

from dondoc.domain.errors import ConflictError, InputError, NotFoundError, PermissionDenied
from dondoc.domain.roles import Actor, Role, parse_role, require_office
from dondoc.services.base import get_or_404, read_only, record, use_case
from dondoc.storage.tables import AgencyRow, UserRow

USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,79}$")
MIN_PASSWORD = 8


@dataclass(frozen=True)
class UserView:
    id: int
    username: str
    full_name: str
    role: Role
    agency_id: str | None
    email: str | None
    active: bool
    session_version: int


def _view(row: UserRow) -> UserView:
    return UserView(
        row.id,
        row.username,
        row.full_name,
        Role(row.role),
        row.agency_id,
        row.email,
        row.active,
        row.session_version,
    )


def actor_of(row: UserRow) -> Actor:
    return Actor(user_id=row.id, username=row.username, role=Role(row.role), agency_id=row.agency_id)


@use_case
def add_user(
    session: Session,
    actor: Actor,
    *,
    username: str,
    full_name: str,
    role: str | Role,
    password: str,
    agency_id: str | None = None,
    email: str | None = None,
    hasher: PasswordHasher | None = None,
) -> UserView:
    require_office(actor)
    username = username.strip().lower()
    if not USERNAME.match(username):
        raise InputError(f"Tên đăng nhập “{username}” không hợp lệ: chỉ dùng chữ thường không dấu, số, . _ -")
    the_role = role if isinstance(role, Role) else parse_role(role)
    if the_role is Role.OFFICER:
        if not agency_id:
            raise InputError("Cán bộ đơn vị phải gắn với một đơn vị (--agency)")
        if session.get(AgencyRow, agency_id) is None:
            raise InputError(f"Không có đơn vị “{agency_id}” trong danh mục")
    elif agency_id:
        raise InputError("Chỉ cán bộ đơn vị (officer) mới gắn với một đơn vị")
    if len(password) < MIN_PASSWORD:
        raise InputError(f"Mật khẩu cần ít nhất {MIN_PASSWORD} ký tự")
    if session.scalar(select(UserRow.id).where(UserRow.username == username)) is not None:
        raise ConflictError(f"Tên đăng nhập “{username}” đã có")
    row = UserRow(
        username=username,
        full_name=full_name.strip(),
        role=the_role.value,
        agency_id=agency_id or None,
        email=(email or "").strip() or None,
        password_hash=(hasher or PasswordHasher()).hash(password),
    )
    session.add(row)
    session.flush()
    record(session, actor, "user.add", "user", row.id, after=_public(row))
    return _view(row)


def _public(row: UserRow) -> dict[str, object]:
    return {
        "username": row.username,
        "full_name": row.full_name,
        "role": row.role,
        "agency_id": row.agency_id,
        "email": row.email,
        "active": row.active,
    }


@read_only
def authenticate(
    session: Session, username: str, password: str, *, hasher: PasswordHasher | None = None
) -> Actor:
    """The actor for a correct username and password of an active user; InputError otherwise."""
    row = session.scalar(select(UserRow).where(UserRow.username == username.strip().lower()))
    wrong = InputError("Tên đăng nhập hoặc mật khẩu không đúng")
    if row is None or not row.active:
        raise wrong
    try:
        (hasher or PasswordHasher()).verify(row.password_hash, password)
    except (VerificationError, InvalidHashError):
        raise wrong from None
    return actor_of(row)


@read_only
def actor_for(session: Session, username: str) -> Actor:
    """The actor of an active user by name (CLI ``--as``); NotFoundError if absent or inactive."""
    row = session.scalar(select(UserRow).where(UserRow.username == username.strip().lower()))
    if row is None or not row.active:
        raise NotFoundError(f"Không có người dùng đang hoạt động “{username}”")
    return actor_of(row)


_VIEW_COLUMNS = (
    UserRow.id,
    UserRow.username,
    UserRow.full_name,
    UserRow.role,
    UserRow.agency_id,
    UserRow.email,
    UserRow.active,
    UserRow.session_version,
)


_BY_ID = select(*_VIEW_COLUMNS).where(UserRow.id == bindparam("user_id"))


def _row_view(row: Sequence[Any]) -> UserView:
    uid, username, full_name, role, agency_id, email, active, session_version = row
    return UserView(uid, username, full_name, Role(role), agency_id, email, bool(active), session_version)


@read_only
def get_user(session: Session, user_id: int) -> UserView:
    row = session.execute(_BY_ID, {"user_id": user_id}).first()
    if row is None:
        raise NotFoundError(f"Không tìm thấy người dùng “{user_id}”")
    return _row_view(row)


def session_user(read_engine: Engine, user_id: int) -> UserView | None:
    """The user a signed-in request's cookie names, or None: the check every page makes (is the
    account active, is the session version current). One indexed SELECT on a pooled connection
    of ``read_engine`` (``Database.read_engine``: a plain ``BEGIN``, read-only on PostgreSQL); no
    ORM session, whose bookkeeping costs several times the query itself."""
    with read_engine.connect() as conn:
        row = conn.execute(_BY_ID, {"user_id": user_id}).first()
    return None if row is None else _row_view(row)


@read_only
def list_users(session: Session, actor: Actor) -> list[UserView]:
    if not actor.reads_all:
        raise PermissionDenied("Chỉ Văn phòng và Lãnh đạo được xem danh sách người dùng")
    return [_view(r) for r in session.scalars(select(UserRow).order_by(UserRow.username))]


@use_case
def set_password(
    session: Session, actor: Actor, user_id: int, password: str, *, hasher: PasswordHasher | None = None
) -> None:
    """A user changes their own password, or the office resets one; other sessions end."""
    if actor.user_id != user_id:
        require_office(actor)
    if len(password) < MIN_PASSWORD:
        raise InputError(f"Mật khẩu cần ít nhất {MIN_PASSWORD} ký tự")
    row = get_or_404(session, UserRow, user_id, "người dùng")
    row.password_hash = (hasher or PasswordHasher()).hash(password)
    row.session_version += 1
    record(session, actor, "user.password", "user", row.id)


@use_case
def set_active(session: Session, actor: Actor, user_id: int, active: bool) -> None:
    require_office(actor)
    row = get_or_404(session, UserRow, user_id, "người dùng")
    before = _public(row)
    row.active = active
    row.session_version += 1
    record(session, actor, "user.active", "user", row.id, before=before, after=_public(row))
