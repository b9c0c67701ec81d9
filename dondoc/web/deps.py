"""Dependencies shared by the routes: the database session, the current user, CSRF, form data."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import Annotated, TypeVar

from fastapi import Depends, Request
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from dondoc.domain.errors import PermissionDenied
from dondoc.domain.roles import Actor, Role
from dondoc.services import queries, users
from dondoc.services.database import Database
from dondoc.web.cache import ReadCache
from dondoc.web.errors import LoginRequired
from dondoc.web.security import check_csrf

T = TypeVar("T")


@dataclass(frozen=True)
class WebUser:
    """The signed-in user as templates see it."""

    id: int
    username: str
    full_name: str
    role: Role
    agency_id: str | None
    agency_name: str | None
    actor: Actor

    @property
    def role_label(self) -> str:
        return self.role.label


async def get_db(request: Request) -> AsyncIterator[Session]:
    """A read session for GET/HEAD pages (they never write), a write session for the others.

    Async on purpose: a sync generator dependency costs two trips through the thread pool per
    request. Making a session does no I/O (it connects at its first query, in the handler's
    thread), and closing one that holds no transaction does none either; one still in a
    transaction (a handler failed half-way) is rolled back and closed in a worker thread.
    """
    database: Database = request.app.state.database
    factory = database.read_sessions if request.method in ("GET", "HEAD") else database.sessions
    session = factory()
    try:
        yield session
    finally:
        if session.in_transaction():
            await run_in_threadpool(session.close)
        else:
            session.close()


DbSession = Annotated[Session, Depends(get_db)]


def _load_user(request: Request, session: Session) -> WebUser | None:
    uid, version = request.session.get("uid"), request.session.get("ver")
    if not isinstance(uid, int) or not isinstance(version, int):
        return None
    view = users.session_user(request.app.state.database.read_engine, uid)
    if view is None or not view.active or view.session_version != version:
        request.session.pop("uid", None)
        request.session.pop("ver", None)
        return None
    actor = Actor(user_id=view.id, username=view.username, role=view.role, agency_id=view.agency_id)
    agency_name = agency_names(request, session, actor).get(view.agency_id) if view.agency_id else None
    user = WebUser(view.id, view.username, view.full_name, view.role, view.agency_id, agency_name, actor)
    request.state.user = user
    return user


def agency_names(request: Request, session: Session, actor: Actor) -> dict[str, str]:
    """Every agency's name by id (reference data, cached per process)."""
    cache: ReadCache = request.app.state.cache
    return cache.get(("agency-names",), lambda: {a.id: a.name for a in queries.list_agencies(session, actor)})


def optional_user(request: Request, session: DbSession) -> WebUser | None:
    return _load_user(request, session)


def current_user(request: Request, session: DbSession) -> WebUser:
    user = _load_user(request, session)
    if user is None:
        raise LoginRequired()
    return user


def office_user(user: Annotated[WebUser, Depends(current_user)]) -> WebUser:
    if user.role is not Role.OFFICE:
        raise PermissionDenied("Chỉ Văn phòng được thực hiện thao tác này")
    return user


def reader_user(user: Annotated[WebUser, Depends(current_user)]) -> WebUser:
    """Office or leader: pages that show every agency's work."""
    if user.role is Role.OFFICER:
        raise PermissionDenied("Trang này dành cho Văn phòng và Lãnh đạo")
    return user


async def form_data(request: Request) -> dict[str, str]:
    """The form's text fields after the CSRF check (files are read by their own handlers)."""
    await check_csrf(request)
    form = await request.form()
    return {k: v.strip() for k, v in form.items() if isinstance(v, str)}


async def csrf_checked(request: Request) -> None:
    await check_csrf(request)


CurrentUser = Annotated[WebUser, Depends(current_user)]
OptionalUser = Annotated[WebUser | None, Depends(optional_user)]
OfficeUser = Annotated[WebUser, Depends(office_user)]
ReaderUser = Annotated[WebUser, Depends(reader_user)]
FormData = Annotated[dict[str, str], Depends(form_data)]
CsrfChecked = Annotated[None, Depends(csrf_checked)]


def cached(request: Request, user: WebUser, name: str, *parts: object, compute: Callable[[], T]) -> T:
    """``compute()`` through the app's read cache, keyed by the reader's scope (all, or one agency)."""
    scope = "*" if user.actor.reads_all else f"agency:{user.agency_id}"
    cache: ReadCache = request.app.state.cache
    return cache.get((name, scope, *parts), compute)
