""" "My tasks": an officer's agency's assignments, each with the progress report form."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from fastapi import APIRouter, Request
from starlette.responses import Response

from dondoc.domain.errors import PermissionDenied
from dondoc.domain.roles import Role
from dondoc.services import queries
from dondoc.services.base import today
from dondoc.web.deps import CurrentUser, DbSession, WebUser
from dondoc.web.routes.tasks import OPEN_STATES, AssignmentOut, assignment_out
from dondoc.web.templating import render

router = APIRouter()


def _officer(user: WebUser) -> WebUser:
    if user.role is not Role.OFFICER:
        raise PermissionDenied("Trang “Việc của tôi” dành cho cán bộ đơn vị")
    return user


def my_context(request: Request, user: WebUser, session: DbSession) -> dict[str, Any]:
    rows = queries.list_assignments(session, user.actor, as_of=today(request.app.state.settings.timezone))
    open_items = sorted(
        (a for a in rows if a.state in OPEN_STATES), key=lambda a: (a.due_on is None, a.due_on, a.id)
    )
    return {
        "open_items": [
            {**asdict(a), "status": a.status.value, "state_label": a.state.label} for a in open_items
        ],
        "done_items": [assignment_out(a).model_dump() for a in rows if a.state not in OPEN_STATES],
        "report_form": {},
        "report_error_for": None,
    }


@router.get("/my", include_in_schema=False)
def my_page(request: Request, user: CurrentUser, session: DbSession) -> Response:
    return render(request, "my/index.html", my_context(request, _officer(user), session))


@router.get("/api/my", response_model=list[AssignmentOut], tags=["nhiệm vụ"])
def my_api(request: Request, user: CurrentUser, session: DbSession) -> list[AssignmentOut]:
    """Các nhiệm vụ của đơn vị người dùng (cán bộ đơn vị)."""
    _officer(user)
    rows = queries.list_assignments(session, user.actor, as_of=today(request.app.state.settings.timezone))
    return [assignment_out(a) for a in rows]
