"""Dependencies shared by the routes: the database session, the current user, CSRF, form data."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Annotated, Any, TypeVar

from fastapi import Depends, Request
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from dondoc.domain.errors import PermissionDenied
from dondoc.domain.roles import Actor, Role
from dondoc.services import queries, users
from dondoc.services.database import Database
from dondoc.web.cache import MISSING, ReadCache
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


# How long a signed-in request may trust what an earlier one read about the same account (active,
# session version, role, agency, name) instead of reading it again. Every write this process
# handles (a logout, locking a user, a password change, any POST) drops it at once; a change made
# by another worker process or the command line is seen within these seconds.
SESSION_CHECK_SECONDS = 5.0


@dataclass(frozen=True)
class _Account:
    """What the session check reads about one account, and the user the pages see."""

    active: bool
    session_version: int
    user: WebUser


def _session_ids(request: Request) -> tuple[int, int] | None:
    uid, version = request.session.get("uid"), request.session.get("ver")
    if not isinstance(uid, int) or not isinstance(version, int):
        return None
    return uid, version


def _account_key(uid: int) -> tuple[str, int]:
    return ("session-user", uid)


def _matches(account: _Account | None, version: int) -> bool:
    return account is not None and account.active and account.session_version == version


def _read_account(request: Request, uid: int) -> _Account | None:
    """The account from the database (blocking: a worker thread)."""
    database: Database = request.app.state.database
    view = users.session_user(database.read_engine, uid)
    if view is None:
        return None
    actor = Actor(user_id=view.id, username=view.username, role=view.role, agency_id=view.agency_id)
    agency_name = None
    if view.agency_id:
        with database.session(readonly=True) as session:
            agency_name = agency_names(request, session, actor).get(view.agency_id)
    user = WebUser(view.id, view.username, view.full_name, view.role, view.agency_id, agency_name, actor)
    return _Account(view.active, view.session_version, user)


def _checked_account(request: Request, uid: int, version: int) -> _Account | None:
    """Through the cache; an entry that does not match the cookie is read again from the
    database (it may be older than the cookie: a login in another worker process)."""
    cache: ReadCache = request.app.state.cache
    key = _account_key(uid)
    account: _Account | None = cache.get(key, lambda: _read_account(request, uid), ttl=SESSION_CHECK_SECONDS)
    if not _matches(account, version):
        cache.forget(key)
        account = _read_account(request, uid)
    return account


async def _load_user(request: Request) -> WebUser | None:
    """The signed-in user, or None (and the session's stale ids dropped). On the event loop when
    the account was checked less than ``SESSION_CHECK_SECONDS`` ago; otherwise one indexed
    SELECT in a worker thread."""
    ids = _session_ids(request)
    if ids is None:
        return None
    uid, version = ids
    cache: ReadCache = request.app.state.cache
    account: _Account | None = cache.peek(_account_key(uid), ttl=SESSION_CHECK_SECONDS)
    if account is MISSING or not _matches(account, version):
        account = await run_in_threadpool(_checked_account, request, uid, version)
    if account is None or not _matches(account, version):
        request.session.pop("uid", None)
        request.session.pop("ver", None)
        return None
    user = account.user
    request.state.user = user
    return user


def agency_names(request: Request, session: Session, actor: Actor) -> dict[str, str]:
    """Every agency's name by id (reference data, cached per process)."""
    cache: ReadCache = request.app.state.cache
    return cache.get(("agency-names",), lambda: {a.id: a.name for a in queries.list_agencies(session, actor)})


async def optional_user(request: Request) -> WebUser | None:
    return await _load_user(request)


async def current_user(request: Request) -> WebUser:
    user = await _load_user(request)
    if user is None:
        raise LoginRequired()
    return user


async def office_user(user: Annotated[WebUser, Depends(current_user)]) -> WebUser:
    if user.role is not Role.OFFICE:
        raise PermissionDenied("Chỉ Văn phòng được thực hiện thao tác này")
    return user


async def reader_user(user: Annotated[WebUser, Depends(current_user)]) -> WebUser:
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


def _scope(user: WebUser) -> str:
    return "*" if user.actor.reads_all else f"agency:{user.agency_id}"


def cached(
    request: Request,
    user: WebUser,
    name: str,
    *parts: object,
    compute: Callable[[], T],
    cache: ReadCache | None = None,
) -> T:
    """``compute()`` through the app's read cache (or ``cache``), keyed by the reader's scope (all,
    or one agency)."""
    the_cache: ReadCache = request.app.state.cache if cache is None else cache
    return the_cache.get((name, _scope(user), *parts), compute)


def peek_cached(
    request: Request, user: WebUser, name: str, *parts: object, cache: ReadCache | None = None
) -> Any:
    """What ``cached`` with the same key would return without computing, or ``MISSING``: async
    handlers serve a hit on the event loop and go to a worker thread otherwise."""
    the_cache: ReadCache = request.app.state.cache if cache is None else cache
    return the_cache.peek((name, _scope(user), *parts))


@contextmanager
def read_session(request: Request) -> Iterator[Session]:
    """A read session for work done in a worker thread by an async handler (no I/O until the
    first query; nothing to do at the end when it made none)."""
    database: Database = request.app.state.database
    with database.session(readonly=True) as session:
        yield session
