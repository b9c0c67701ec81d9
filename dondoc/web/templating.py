"""Jinja2 environment and the one ``render`` helper every HTML handler uses."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from fastapi.templating import Jinja2Templates
from starlette.requests import Request
from starlette.responses import Response

from dondoc.domain.roles import Role
from dondoc.domain.status import STATUS_LABELS, StatusClass
from dondoc.web.security import csrf_token

TEMPLATES_DIR = Path(__file__).parent / "templates"

NAV: tuple[tuple[str, str, frozenset[Role]], ...] = (
    ("/", "Tổng quan", frozenset(Role)),
    ("/documents", "Văn bản", frozenset({Role.OFFICE, Role.LEADER})),
    ("/tasks", "Nhiệm vụ", frozenset(Role)),
    ("/my", "Việc của tôi", frozenset({Role.OFFICER})),
    ("/agencies", "Cơ quan", frozenset(Role)),
    ("/extensions", "Gia hạn", frozenset(Role)),
    ("/admin", "Quản trị", frozenset({Role.OFFICE})),
)


def _date(value: date | datetime | None, tz: str = "Asia/Ho_Chi_Minh") -> str:
    if value is None:
        return "—"
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(ZoneInfo(tz))
        return value.strftime("%d/%m/%Y %H:%M")
    return value.strftime("%d/%m/%Y")


def _percent(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value * 100:.1f}".replace(".", ",") + "%"


def _status_label(value: str | StatusClass) -> str:
    try:
        return STATUS_LABELS[StatusClass(value)]
    except ValueError:
        return str(value)


SHORT_STATUS = {
    StatusClass.DONE_ON_TIME: "Xong đúng hạn",
    StatusClass.DONE_LATE: "Xong quá hạn",
    StatusClass.IN_PROGRESS: "Đang làm, trong hạn",
    StatusClass.OVERDUE: "Đang làm, quá hạn",
}


def make_templates() -> Jinja2Templates:
    templates = Jinja2Templates(directory=str(TEMPLATES_DIR))
    env = templates.env
    env.filters["vndate"] = _date
    env.filters["percent"] = _percent
    env.filters["status_label"] = _status_label
    env.globals["status_classes"] = list(StatusClass)
    env.globals["short_status"] = {c.value: label for c, label in SHORT_STATUS.items()}
    return templates


def render(
    request: Request,
    name: str,
    context: dict[str, Any] | None = None,
    *,
    status: int = 200,
) -> Response:
    """Render ``name`` with the user, CSRF token, navigation and flash message filled in."""
    templates: Jinja2Templates = request.app.state.templates
    user = getattr(request.state, "user", None)
    ctx: dict[str, Any] = {
        "user": user,
        "csrf_token": csrf_token(request.session),
        "nav": [(href, label) for href, label, roles in NAV if user is not None and user.role in roles],
        "path": request.url.path,
        "flash": request.session.pop("flash", None),
    }
    ctx.update(context or {})
    return templates.TemplateResponse(request, name, ctx, status_code=status)


def flash(request: Request, message: str) -> None:
    """A one-shot message shown on the next page."""
    request.session["flash"] = message
