"""Administration (office only): users, and applying an agency reorganisation."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from pydantic import BaseModel
from starlette.responses import RedirectResponse, Response

from dondoc.domain.errors import DondocError
from dondoc.domain.roles import Role
from dondoc.services import queries, reassign, users
from dondoc.web import forms
from dondoc.web.deps import DbSession, FormData, OfficeUser, WebUser
from dondoc.web.templating import flash, render

router = APIRouter()


class UserOut(BaseModel):
    id: int
    username: str
    full_name: str
    role: str
    agency_id: str | None
    active: bool


def _page(request: Request, user: WebUser, session: DbSession, **extra: Any) -> Response:
    status = extra.pop("status", 200)
    context = {
        "users": users.list_users(session, user.actor),
        "roles": [(r.value, r.label) for r in Role],
        "agencies": [
            a for a in queries.list_agencies(session, user.actor) if not a.is_group and a.valid_to is None
        ],
        "form": extra.pop("form", {}),
        **extra,
    }
    return render(request, "admin/index.html", context, status=status)


@router.get("/admin", include_in_schema=False)
def admin_page(request: Request, user: OfficeUser, session: DbSession) -> Response:
    return _page(request, user, session)


@router.get("/api/admin/users", response_model=list[UserOut], tags=["quản trị"])
def users_api(user: OfficeUser, session: DbSession) -> list[UserOut]:
    """Người dùng (chỉ Văn phòng)."""
    return [
        UserOut(
            id=u.id,
            username=u.username,
            full_name=u.full_name,
            role=u.role.value,
            agency_id=u.agency_id,
            active=u.active,
        )
        for u in users.list_users(session, user.actor)
    ]


@router.post("/admin/users", include_in_schema=False)
def add_user(request: Request, user: OfficeUser, session: DbSession, form: FormData) -> Response:
    try:
        users.add_user(
            session,
            user.actor,
            username=forms.text(form, "username", "Tên đăng nhập", max_len=80),
            full_name=forms.text(form, "full_name", "Họ và tên", max_len=200),
            role=forms.text(form, "role", "Vai trò", max_len=20),
            password=form.get("password", ""),
            agency_id=forms.text(form, "agency_id", "Mã đơn vị", required=False, max_len=80) or None,
            hasher=request.app.state.hasher,
        )
    except DondocError as exc:
        safe = {k: v for k, v in form.items() if k != "password"}
        return _page(request, user, session, error=exc.message, form=safe, status=exc.status)
    flash(request, "Đã thêm người dùng.")
    return RedirectResponse("/admin", status_code=303)


@router.post("/admin/users/{user_id}/active", include_in_schema=False)
def set_active(
    request: Request, user_id: int, user: OfficeUser, session: DbSession, form: FormData
) -> Response:
    users.set_active(session, user.actor, user_id, form.get("active") == "1")
    flash(request, "Đã cập nhật người dùng.")
    return RedirectResponse("/admin", status_code=303)


@router.post("/admin/reorganisation", include_in_schema=False)
def reorganise(request: Request, user: OfficeUser, session: DbSession, form: FormData) -> Response:
    try:
        on = forms.day(form, "on", "Áp dụng từ ngày")
        assert on is not None
        moves = reassign.apply_reorganisation(session, user.actor, on=on)
    except DondocError as exc:
        return _page(request, user, session, error=exc.message, status=exc.status)
    flash(request, f"Đã chuyển {len(moves)} nhiệm vụ sang đơn vị kế thừa.")
    return RedirectResponse("/admin", status_code=303)
