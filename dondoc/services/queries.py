"""Read-side use cases: assignment lists with their status class, task details, summaries.

Officers see their own agency only; the office and leaders see everything. Results are plain
dataclasses (no ORM objects escape).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, aliased

from dondoc.domain.errors import PermissionDenied
from dondoc.domain.roles import Actor, require_can_read_agency
from dondoc.domain.status import StatusClass, StatusCounts, classify
from dondoc.domain.workflow import AssignmentState, TaskState
from dondoc.services.base import get_or_404, read_only
from dondoc.storage.repositories import agencies as agency_repo
from dondoc.storage.repositories.summary import is_active, status_filter
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
class AssignmentView:
    id: int
    task_id: int
    document_id: int
    document_number: str | None
    text: str
    section: str
    agency_id: str
    agency_name: str
    via_group_id: str | None
    state: AssignmentState
    percent: int
    assigned_on: date
    original_due_on: date | None
    due_on: date | None
    completed_on: date | None
    status: StatusClass
    version: int


@dataclass(frozen=True)
class TaskAgencyView:
    role: str
    name: str
    agency_id: str | None
    is_group: bool


@dataclass(frozen=True)
class ReportView:
    id: int
    assignment_id: int
    reported_on: date
    period: str
    percent: int
    narrative: str
    difficulties: str
    proposals: str
    author_id: int | None


@dataclass(frozen=True)
class ExtensionView:
    id: int
    assignment_id: int
    previous_due_on: date | None
    requested_due_on: date
    reason: str
    status: str
    decided_on: date | None


@dataclass(frozen=True)
class TaskView:
    id: int
    document_id: int
    position: int
    text: str
    section: str
    state: TaskState
    deadline: date | None
    deadline_kind: str
    deadline_phrase: str | None
    confidence: float
    version: int
    agencies: list[TaskAgencyView]
    assignments: list[AssignmentView] = field(default_factory=list)
    reports: list[ReportView] = field(default_factory=list)
    extensions: list[ExtensionView] = field(default_factory=list)


@dataclass(frozen=True)
class DocumentView:
    id: int
    filename: str
    number: str | None
    doc_type: str | None
    issued_on: date | None
    subject: str | None
    tasks: int


@dataclass(frozen=True)
class SummaryRow:
    key: str
    name: str
    counts: StatusCounts


@read_only
def list_assignments(
    session: Session,
    actor: Actor,
    *,
    as_of: date,
    agency_id: str | None = None,
    status: StatusClass | None = None,
    document_id: int | None = None,
    task_id: int | None = None,
    limit: int | None = None,
) -> list[AssignmentView]:
    """Active assignments given on or before ``as_of``, with their status class at ``as_of``."""
    if agency_id is not None:
        require_can_read_agency(actor, agency_id)
    elif not actor.reads_all:
        agency_id = actor.agency_id
    stmt = (
        select(AssignmentRow, TaskRow.text, TaskRow.section, AgencyRow.name, DocumentRow.number)
        .join(TaskRow, TaskRow.id == AssignmentRow.task_id)
        .join(AgencyRow, AgencyRow.id == AssignmentRow.agency_id)
        .join(DocumentRow, DocumentRow.id == AssignmentRow.document_id)
        .where(is_active(), AssignmentRow.assigned_on <= as_of)
        .order_by(AssignmentRow.document_id, TaskRow.position, AssignmentRow.task_id, AssignmentRow.id)
    )
    if agency_id is not None:
        stmt = stmt.where(AssignmentRow.agency_id == agency_id)
    if document_id is not None:
        stmt = stmt.where(AssignmentRow.document_id == document_id)
    if task_id is not None:
        stmt = stmt.where(AssignmentRow.task_id == task_id)
    if status is not None:
        stmt = stmt.where(status_filter(status, as_of))
    if limit is not None:
        stmt = stmt.limit(limit)
    return [
        _assignment_view(a, text, section, name, number, as_of)
        for a, text, section, name, number in session.execute(stmt)
    ]


def _assignment_view(
    a: AssignmentRow, text: str, section: str, agency_name: str, number: str | None, as_of: date
) -> AssignmentView:
    return AssignmentView(
        id=a.id,
        task_id=a.task_id,
        document_id=a.document_id,
        document_number=number,
        text=text,
        section=section,
        agency_id=a.agency_id,
        agency_name=agency_name,
        via_group_id=a.via_group_id,
        state=AssignmentState(a.state),
        percent=a.percent,
        assigned_on=a.assigned_on,
        original_due_on=a.original_due_on,
        due_on=a.due_on,
        completed_on=a.completed_on,
        status=classify(a.due_on, a.completed_on, as_of),
        version=a.version,
    )


@read_only
def get_task(session: Session, actor: Actor, task_id: int, *, as_of: date) -> TaskView:
    """A task with its agencies, assignments (all, reassigned included), reports and extensions."""
    task = get_or_404(session, TaskRow, task_id, "nhiệm vụ")
    rows = session.scalars(
        select(AssignmentRow).where(AssignmentRow.task_id == task_id).order_by(AssignmentRow.id)
    ).all()
    if not actor.reads_all and all(r.agency_id != actor.agency_id for r in rows):
        raise PermissionDenied("Bạn chỉ được xem nhiệm vụ của đơn vị mình")
    visible = [r for r in rows if actor.reads_all or r.agency_id == actor.agency_id]
    doc = session.get(DocumentRow, task.document_id)
    names = agency_repo.names(session, [r.agency_id for r in visible])
    ids = [r.id for r in visible]
    reports = session.scalars(
        select(ProgressReportRow)
        .where(ProgressReportRow.assignment_id.in_(ids))
        .order_by(ProgressReportRow.id)
    ).all()
    exts = session.scalars(
        select(ExtensionRow).where(ExtensionRow.assignment_id.in_(ids)).order_by(ExtensionRow.id)
    ).all()
    return TaskView(
        id=task.id,
        document_id=task.document_id,
        position=task.position,
        text=task.text,
        section=task.section,
        state=TaskState(task.state),
        deadline=task.deadline,
        deadline_kind=task.deadline_kind,
        deadline_phrase=task.deadline_phrase,
        confidence=task.confidence,
        version=task.version,
        agencies=[TaskAgencyView(a.role, a.name, a.agency_id, a.is_group) for a in task.agencies],
        assignments=[
            _assignment_view(
                r,
                task.text,
                task.section,
                names.get(r.agency_id, r.agency_id),
                doc.number if doc else None,
                as_of,
            )
            for r in visible
        ],
        reports=[
            ReportView(
                r.id,
                r.assignment_id,
                r.reported_on,
                r.period,
                r.percent,
                r.narrative,
                r.difficulties,
                r.proposals,
                r.author_id,
            )
            for r in reports
        ],
        extensions=[
            ExtensionView(
                e.id, e.assignment_id, e.previous_due_on, e.requested_due_on, e.reason, e.status, e.decided_on
            )
            for e in exts
        ],
    )


@read_only
def list_document_tasks(session: Session, actor: Actor, document_id: int) -> list[TaskView]:
    """Every task of a document, drafts included (review screen): office and leaders only."""
    if not actor.reads_all:
        raise PermissionDenied("Chỉ Văn phòng và Lãnh đạo được xem bản nháp")
    get_or_404(session, DocumentRow, document_id, "văn bản")
    tasks = session.scalars(
        select(TaskRow).where(TaskRow.document_id == document_id).order_by(TaskRow.position, TaskRow.id)
    ).all()
    return [
        TaskView(
            t.id,
            t.document_id,
            t.position,
            t.text,
            t.section,
            TaskState(t.state),
            t.deadline,
            t.deadline_kind,
            t.deadline_phrase,
            t.confidence,
            t.version,
            [TaskAgencyView(a.role, a.name, a.agency_id, a.is_group) for a in t.agencies],
        )
        for t in tasks
    ]


@read_only
def list_documents(session: Session, actor: Actor) -> list[DocumentView]:
    if not actor.reads_all:
        raise PermissionDenied("Chỉ Văn phòng và Lãnh đạo được xem danh sách văn bản")
    t = aliased(TaskRow)
    from sqlalchemy import func

    stmt = (
        select(
            DocumentRow.id,
            DocumentRow.filename,
            DocumentRow.number,
            DocumentRow.doc_type,
            DocumentRow.issued_on,
            DocumentRow.subject,
            func.count(t.id),
        )
        .outerjoin(t, t.document_id == DocumentRow.id)
        .group_by(DocumentRow.id)
        .order_by(DocumentRow.id)
    )
    return [DocumentView(*row) for row in session.execute(stmt)]


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


# --- Added by the web helper (review page needs the text and the task spans) ------------------


@dataclass(frozen=True)
class DocumentText:
    id: int
    filename: str
    number: str | None
    doc_type: str | None
    issued_on: date | None
    issuer: str | None
    subject: str | None
    text: str
    spans: dict[int, tuple[int, int]]  # task id -> (start, end) in ``text``


@read_only
def get_document_text(session: Session, actor: Actor, document_id: int) -> DocumentText:
    """A document's clean text and the span of each of its tasks: office and leaders only."""
    if not actor.reads_all:
        raise PermissionDenied("Chỉ Văn phòng và Lãnh đạo được xem văn bản")
    doc = get_or_404(session, DocumentRow, document_id, "văn bản")
    spans = {
        task_id: (start, end)
        for task_id, start, end in session.execute(
            select(TaskRow.id, TaskRow.span_start, TaskRow.span_end).where(TaskRow.document_id == document_id)
        )
        if start is not None and end is not None
    }
    return DocumentText(
        doc.id,
        doc.filename,
        doc.number,
        doc.doc_type,
        doc.issued_on,
        doc.issuer,
        doc.subject,
        doc.text,
        spans,
    )


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


@read_only
def latest_reports(session: Session, actor: Actor, *, limit: int = 8) -> list[RecentReport]:
    """The latest progress reports by report date (officers: their agency's only)."""
    stmt = (
        select(
            ProgressReportRow, AssignmentRow.task_id, AssignmentRow.agency_id, TaskRow.text, AgencyRow.name
        )
        .join(AssignmentRow, AssignmentRow.id == ProgressReportRow.assignment_id)
        .join(TaskRow, TaskRow.id == AssignmentRow.task_id)
        .join(AgencyRow, AgencyRow.id == AssignmentRow.agency_id)
        .order_by(ProgressReportRow.reported_on.desc(), ProgressReportRow.id.desc())
        .limit(limit)
    )
    if not actor.reads_all:
        stmt = stmt.where(AssignmentRow.agency_id == actor.agency_id)
    return [
        RecentReport(
            r.id, r.assignment_id, task_id, text, agency_id, name, r.reported_on, r.percent, r.created_at
        )
        for r, task_id, agency_id, text, name in session.execute(stmt)
    ]


@read_only
def upcoming_deadlines(
    session: Session, actor: Actor, *, as_of: date, until: date, limit: int = 10
) -> list[AssignmentView]:
    """Open assignments due between ``as_of`` and ``until``, soonest first (officers: own agency)."""
    stmt = (
        select(AssignmentRow, TaskRow.text, TaskRow.section, AgencyRow.name, DocumentRow.number)
        .join(TaskRow, TaskRow.id == AssignmentRow.task_id)
        .join(AgencyRow, AgencyRow.id == AssignmentRow.agency_id)
        .join(DocumentRow, DocumentRow.id == AssignmentRow.document_id)
        .where(
            is_active(),
            AssignmentRow.assigned_on <= as_of,
            AssignmentRow.due_on >= as_of,
            AssignmentRow.due_on <= until,
            or_(AssignmentRow.completed_on.is_(None), AssignmentRow.completed_on > as_of),
        )
        .order_by(AssignmentRow.due_on, AssignmentRow.id)
        .limit(limit)
    )
    if not actor.reads_all:
        stmt = stmt.where(AssignmentRow.agency_id == actor.agency_id)
    return [
        _assignment_view(a, text, section, name, number, as_of)
        for a, text, section, name, number in session.execute(stmt)
    ]


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


@dataclass(frozen=True)
class AgencyItem:
    id: str
    name: str
    is_group: bool
    valid_to: date | None


@read_only
def list_agencies(session: Session, actor: Actor) -> list[AgencyItem]:
    """The agency registry as stored (reference data every signed-in user may read), by name."""
    rows = session.execute(
        select(AgencyRow.id, AgencyRow.name, AgencyRow.is_group, AgencyRow.valid_to).order_by(AgencyRow.name)
    )
    return [AgencyItem(*row) for row in rows]
