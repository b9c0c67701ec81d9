"""Agencies: the list with on-time rates, and one agency's page (its tasks)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from pydantic import BaseModel
from sqlalchemy.orm import Session
from starlette.responses import Response

from dondoc.domain.status import StatusClass, StatusCounts
from dondoc.services import queries
from dondoc.services.base import today
from dondoc.web.deps import CurrentUser, DbSession, WebUser
from dondoc.web.routes.dashboard import CountsOut, counts_out
from dondoc.web.routes.tasks import AssignmentOut, assignment_out
from dondoc.web.templating import render

router = APIRouter()


class AgencyOut(BaseModel):
    agency_id: str
    name: str
    counts: CountsOut
    on_time_rate: float | None


class AgencyDetailOut(AgencyOut):
    tasks: list[AssignmentOut]


def on_time_rate(c: StatusCounts) -> float | None:
    """Share of completed assignments completed on time (None before any completion)."""
    done = c.done_on_time + c.done_late
    return round(c.done_on_time / done, 4) if done else None


def agency_rows(session: Session, user: WebUser, as_of: Any) -> list[AgencyOut]:
    rows = queries.status_summary(session, user.actor, as_of=as_of, by="agency")
    return sorted(
        (
            AgencyOut(
                agency_id=r.key, name=r.name, counts=counts_out(r.counts), on_time_rate=on_time_rate(r.counts)
            )
            for r in rows
        ),
        key=lambda a: a.name,
    )


def agency_detail(session: Session, user: WebUser, agency_id: str, as_of: Any) -> AgencyDetailOut:
    tasks = queries.list_assignments(session, user.actor, as_of=as_of, agency_id=agency_id)
    counts = StatusCounts(**{c.value: sum(1 for a in tasks if a.status is c) for c in StatusClass})
    name = tasks[0].agency_name if tasks else agency_id
    for row in queries.status_summary(session, user.actor, as_of=as_of) if not tasks else ():
        if row.key == agency_id:
            name = row.name
    return AgencyDetailOut(
        agency_id=agency_id,
        name=name,
        counts=counts_out(counts),
        on_time_rate=on_time_rate(counts),
        tasks=[assignment_out(a) for a in tasks],
    )


@router.get("/agencies", include_in_schema=False)
def agency_list_page(request: Request, user: CurrentUser, session: DbSession) -> Response:
    rows = agency_rows(session, user, today(request.app.state.settings.timezone))
    return render(request, "agencies/list.html", {"rows": rows})


@router.get("/api/agencies", response_model=list[AgencyOut], tags=["cơ quan"])
def agency_list_api(request: Request, user: CurrentUser, session: DbSession) -> list[AgencyOut]:
    """Các cơ quan có nhiệm vụ, với phân loại QĐ 42 và tỷ lệ hoàn thành đúng hạn."""
    return agency_rows(session, user, today(request.app.state.settings.timezone))


@router.get("/agencies/{agency_id}", include_in_schema=False)
def agency_page(request: Request, agency_id: str, user: CurrentUser, session: DbSession) -> Response:
    data = agency_detail(session, user, agency_id, today(request.app.state.settings.timezone))
    c = data.counts
    context = {
        "agency_id": data.agency_id,
        "name": data.name,
        "counts": StatusCounts(c.done_on_time, c.done_late, c.in_progress, c.overdue),
        "on_time_rate": data.on_time_rate,
        "rows": [t.model_dump() for t in data.tasks],
    }
    return render(request, "agencies/detail.html", context)


@router.get("/api/agencies/{agency_id}", response_model=AgencyDetailOut, tags=["cơ quan"])
def agency_api(request: Request, agency_id: str, user: CurrentUser, session: DbSession) -> AgencyDetailOut:
    """Một cơ quan: các nhiệm vụ được giao và tỷ lệ hoàn thành đúng hạn."""
    return agency_detail(session, user, agency_id, today(request.app.state.settings.timezone))
