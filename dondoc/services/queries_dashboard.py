"""Read side of the dashboard and reference pages: status summaries, latest reports, extension
requests, the agency list. Officers see their own agency only."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from dondoc.domain.errors import PermissionDenied
from dondoc.domain.roles import Actor
from dondoc.domain.status import StatusCounts
from dondoc.services.base import read_only
from dondoc.storage.repositories import agencies as agency_repo
from dondoc.storage.repositories.summary import status_summary as summary_query
from dondoc.storage.tables import (
    AgencyRow,
    AssignmentRow,
    DocumentRow,
    ExtensionRow,
    ProgressReportRow,
    TaskRow,
)


@dataclass(frozen=True)
class SummaryRow:
    key: str
    name: str
    counts: StatusCounts


@dataclass(frozen=True)
class RecentReport:
    id: int
    assignment_id: int
    task_id: int
    task_text: str
    agency_id: str
    agency_name: str
    reported_on: date
    percent: int
    created_at: datetime


@dataclass(frozen=True)
class ExtensionItem:
    id: int
    assignment_id: int
    task_id: int
    task_text: str
    agency_id: str
    agency_name: str
    previous_due_on: date | None
    requested_due_on: date
    reason: str
    status: str
    requested_at: datetime
    decided_on: date | None
    decision_note: str | None


@dataclass(frozen=True)
class AgencyItem:
    id: str
    name: str
    is_group: bool
    valid_to: date | None


@read_only
def status_summary(session: Session, actor: Actor, *, as_of: date, by: str = "agency") -> list[SummaryRow]:
    """QĐ 42 counts and overdue share per agency (``by="agency"``) or per document."""
    if by not in ("agency", "document"):
        raise ValueError(by)
    only = None if actor.reads_all else actor.agency_id
    if by == "document" and only is not None:
        raise PermissionDenied("Chỉ Văn phòng và Lãnh đạo được xem tổng hợp theo văn bản")
    counts = summary_query(session, as_of, by, agency_id=only)
    if by == "agency":
        names = agency_repo.names(session, counts)
    else:
        docs = session.execute(
            select(DocumentRow.id, DocumentRow.number, DocumentRow.filename).where(
                DocumentRow.id.in_([int(k) for k in counts])
            )
        )
        names = {str(i): number or filename for i, number, filename in docs}
    return [SummaryRow(key, names.get(key, key), c) for key, c in counts.items()]


@read_only
def latest_reports(session: Session, actor: Actor, *, limit: int = 8) -> list[RecentReport]:
    """The latest progress reports by report date (officers: their agency's only)."""
    P = ProgressReportRow
    newest = (P.reported_on.desc(), P.id.desc())
    stmt = (
        select(P, AssignmentRow.task_id, AssignmentRow.agency_id, TaskRow.text, AgencyRow.name)
        .join(AssignmentRow, AssignmentRow.id == P.assignment_id)
        .join(TaskRow, TaskRow.id == AssignmentRow.task_id)
        .join(AgencyRow, AgencyRow.id == AssignmentRow.agency_id)
        .order_by(*newest)
        .limit(limit)
    )
    if actor.reads_all:
        # Every report has its assignment, task and agency (foreign keys): take the newest ids
        # from the end of ix_progress_reports_latest first, then join only those (both engines
        # otherwise sort every report).
        latest = select(P.id).order_by(*newest).limit(limit).subquery()
        stmt = stmt.join(latest, latest.c.id == P.id)
    else:
        stmt = stmt.where(AssignmentRow.agency_id == actor.agency_id)
    return [
        RecentReport(
            r.id, r.assignment_id, task_id, text, agency_id, name, r.reported_on, r.percent, r.created_at
        )
        for r, task_id, agency_id, text, name in session.execute(stmt)
    ]


@read_only
def list_extensions(
    session: Session, actor: Actor, *, status: str | None = None, limit: int = 200
) -> list[ExtensionItem]:
    """Extension requests, newest first (officers: their agency's only)."""
    stmt = (
        select(ExtensionRow, AssignmentRow.task_id, AssignmentRow.agency_id, TaskRow.text, AgencyRow.name)
        .join(AssignmentRow, AssignmentRow.id == ExtensionRow.assignment_id)
        .join(TaskRow, TaskRow.id == AssignmentRow.task_id)
        .join(AgencyRow, AgencyRow.id == AssignmentRow.agency_id)
        .order_by(ExtensionRow.id.desc())
        .limit(limit)
    )
    if status is not None:
        stmt = stmt.where(ExtensionRow.status == status)
    if not actor.reads_all:
        stmt = stmt.where(AssignmentRow.agency_id == actor.agency_id)
    return [
        ExtensionItem(
            e.id,
            e.assignment_id,
            task_id,
            text,
            agency_id,
            name,
            e.previous_due_on,
            e.requested_due_on,
            e.reason,
            e.status,
            e.requested_at,
            e.decided_on,
            e.decision_note,
        )
        for e, task_id, agency_id, text, name in session.execute(stmt)
    ]


@read_only
def list_agencies(session: Session, actor: Actor) -> list[AgencyItem]:
    """The agency registry as stored (reference data every signed-in user may read), by name."""
    rows = session.execute(
        select(AgencyRow.id, AgencyRow.name, AgencyRow.is_group, AgencyRow.valid_to).order_by(AgencyRow.name)
    )
    return [AgencyItem(*row) for row in rows]
