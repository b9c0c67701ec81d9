"""What every use case shares: one transaction per call, the audit record, today's date.

A use case is a function ``f(session, actor, ...)`` decorated with ``@use_case``: it commits
when it returns and rolls back when it raises, so a failed call writes nothing. A concurrent
update caught by a version check becomes a ``ConflictError`` with a Vietnamese message.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import date, datetime
from typing import Any, Concatenate, ParamSpec, TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from dondoc.domain.errors import ConflictError, NotFoundError
from dondoc.domain.roles import Actor
from dondoc.storage import audit

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")

DEFAULT_TZ = "Asia/Ho_Chi_Minh"
STALE_MESSAGE = "Dữ liệu vừa được người khác cập nhật; hãy tải lại rồi thử lại (không có gì được ghi)"


def use_case(fn: Callable[Concatenate[Session, P], R]) -> Callable[Concatenate[Session, P], R]:
    @functools.wraps(fn)
    def wrapper(session: Session, /, *args: P.args, **kwargs: P.kwargs) -> R:
        try:
            result = fn(session, *args, **kwargs)
            session.commit()
            return result
        except StaleDataError:
            session.rollback()
            raise ConflictError(STALE_MESSAGE) from None
        except IntegrityError as exc:
            session.rollback()
            raise ConflictError(
                f"Dữ liệu trùng hoặc không nhất quán; không có gì được ghi ({exc.orig})"
            ) from None
        except BaseException:
            session.rollback()
            raise

    return wrapper


def read_only(fn: Callable[Concatenate[Session, P], R]) -> Callable[Concatenate[Session, P], R]:
    """Queries end their (read) transaction so that sessions never hold locks between calls."""

    @functools.wraps(fn)
    def wrapper(session: Session, /, *args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return fn(session, *args, **kwargs)
        finally:
            session.rollback()

    return wrapper


def today(tz: str = DEFAULT_TZ) -> date:
    return datetime.now(ZoneInfo(tz)).date()


def record(
    session: Session,
    actor: Actor,
    action: str,
    entity: str,
    entity_id: str | int,
    *,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> None:
    audit.append(
        session,
        actor_id=actor.user_id,
        actor=actor.username,
        action=action,
        entity=entity,
        entity_id=entity_id,
        before=before,
        after=after,
    )


def get_or_404(session: Session, model: type[T], key: Any, what: str) -> T:
    row = session.get(model, key)
    if row is None:
        raise NotFoundError(f"Không tìm thấy {what} “{key}”")
    return row


def check_version(current: int, expected: int | None, what: str = "Nhiệm vụ") -> None:
    if expected is not None and expected != current:
        raise ConflictError(
            f"{what} đã được người khác cập nhật (phiên bản {current}, bạn đang sửa phiên bản {expected}); "
            "hãy tải lại rồi thử lại"
        )


def snapshot(row: Any, fields: tuple[str, ...]) -> dict[str, Any]:
    return {f: getattr(row, f) for f in fields}
