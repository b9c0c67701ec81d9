"""The dashboard: QĐ 42 status classes, overdue share, agencies (chart), deadlines, reports."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from fastapi import APIRouter, Request
from markupsafe import Markup
from pydantic import BaseModel
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

from dondoc.domain.roles import Actor
from dondoc.domain.status import StatusClass, StatusCounts
from dondoc.services import queries
from dondoc.services.base import today
from dondoc.web import charts
from dondoc.web.cache import MISSING
from dondoc.web.deps import CurrentUser, DbSession, WebUser, cached, peek_cached, read_session
from dondoc.web.templating import fragment, render

router = APIRouter()

SERIES = [charts.Series(c.value, c.label) for c in StatusClass]
UPCOMING_DAYS = 30


class CountsOut(BaseModel):
    total: int
    done_on_time: int
    done_late: int
    in_progress: int
    overdue: int
    overdue_share: float


class AgencyCountsOut(BaseModel):
    agency_id: str
    name: str
    counts: CountsOut


class UpcomingOut(BaseModel):
    assignment_id: int
    task_id: int
    text: str
    agency_id: str
    agency_name: str
    due_on: date


class ReportOut(BaseModel):
    reported_on: date
    task_id: int
    task_text: str
    agency_name: str
    percent: int


class DashboardOut(BaseModel):
    as_of: date
    counts: CountsOut
    by_agency: list[AgencyCountsOut]
    upcoming: list[UpcomingOut]
    reports: list[ReportOut]


def counts_out(c: StatusCounts) -> CountsOut:
    return CountsOut(
        total=c.total,
        done_on_time=c.done_on_time,
        done_late=c.done_late,
        in_progress=c.in_progress,
        overdue=c.overdue,
        overdue_share=round(c.overdue_share, 4),
    )


def build_dashboard(session: Session, actor: Actor, as_of: date) -> DashboardOut:
    rows = queries.status_summary(session, actor, as_of=as_of, by="agency")
    total = StatusCounts(
        **{c.value: sum(r.counts.get(c) for r in rows) for c in StatusClass},
    )
    by_agency = sorted(rows, key=lambda r: (-r.counts.overdue_share, -r.counts.total, r.name))
    due_soon = queries.upcoming_deadlines(
        session, actor, as_of=as_of, until=as_of + timedelta(days=UPCOMING_DAYS), limit=10
    )
    return DashboardOut(
        as_of=as_of,
        counts=counts_out(total),
        by_agency=[
            AgencyCountsOut(agency_id=r.key, name=r.name, counts=counts_out(r.counts)) for r in by_agency
        ],
        upcoming=[
            UpcomingOut(
                assignment_id=a.id,
                task_id=a.task_id,
                text=a.text,
                agency_id=a.agency_id,
                agency_name=a.agency_name,
                due_on=a.due_on,
            )
            for a in due_soon
            if a.due_on is not None
        ],
        reports=[
            ReportOut(
                reported_on=r.reported_on,
                task_id=r.task_id,
                task_text=r.task_text,
                agency_name=r.agency_name,
                percent=r.percent,
            )
            for r in queries.latest_reports(session, actor, limit=8)
        ],
    )


def _counts(c: CountsOut) -> StatusCounts:
    return StatusCounts(c.done_on_time, c.done_late, c.in_progress, c.overdue)


@router.get("/", include_in_schema=False)
async def dashboard_page(request: Request, user: CurrentUser) -> Response:
    as_of = today(request.app.state.settings.timezone)
    # Everything below the heading depends only on the figures and the reader's scope: rendered
    # once per cache entry (same key parts and lifetime as the figures themselves). A hit is
    # served on the event loop; a miss computes in a worker thread.
    body = peek_cached(request, user, "dashboard-html", as_of)
    if body is MISSING:
        body = await run_in_threadpool(_body, request, user, as_of)
    return render(request, "dashboard/index.html", {"as_of": as_of, "body": body})


def _body(request: Request, user: WebUser, as_of: date) -> Markup:
    with read_session(request) as session:
        return cached(
            request,
            user,
            "dashboard-html",
            as_of,
            compute=lambda: fragment(request, "dashboard/_body.html", _body_context(request, user, session)),
        )


def _body_context(request: Request, user: WebUser, session: Session) -> dict[str, Any]:
    data = _dashboard(request, user, session)
    counts = _counts(data.counts)
    parts = [(s, counts.get(StatusClass(s.key))) for s in SERIES]
    top = data.by_agency[:15]
    context: dict[str, Any] = {
        "as_of": data.as_of,
        "counts": counts,
        "donut": charts.donut(parts, title="Nhiệm vụ theo trạng thái"),
        "legend": charts.legend(parts),
        "bars": charts.stacked_bars(
            [(r.name, {c.value: getattr(r.counts, c.value) for c in StatusClass}) for r in top],
            SERIES,
            title="Nhiệm vụ theo cơ quan",
        ),
        "by_agency": [
            {"agency_id": r.agency_id, "name": r.name, "counts": _counts(r.counts)} for r in data.by_agency
        ],
        "upcoming": data.upcoming,
        "reports": data.reports,
    }
    return context


@router.get("/api/dashboard", response_model=DashboardOut, tags=["tổng quan"])
def dashboard_api(request: Request, user: CurrentUser, session: DbSession) -> DashboardOut:
    """Số nhiệm vụ theo phân loại QĐ 42, theo cơ quan, và các nhiệm vụ sắp đến hạn."""
    return _dashboard(request, user, session)


def _dashboard(request: Request, user: WebUser, session: Session) -> DashboardOut:
    as_of = today(request.app.state.settings.timezone)
    return cached(
        request, user, "dashboard", as_of, compute=lambda: build_dashboard(session, user.actor, as_of)
    )
