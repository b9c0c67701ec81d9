"""Read side of tracking: assignment lists (filtered, ordered, paginated), task details, deadlines.

Officers see their own agency only; the office and leaders see everything. Status classes are
judged at the ``as_of`` date on the deadline in force that day (see ``queries_views``).
"""

from __future__ import annotations

import functools
from datetime import date
from typing import Any, Literal, NamedTuple

from sqlalchemy import Date, Integer, Select, String, bindparam, func, or_, select
from sqlalchemy.orm import Session

from dondoc.domain.errors import InputError, PermissionDenied
from dondoc.domain.roles import Actor, require_can_read_agency
from dondoc.domain.status import StatusClass, classify
from dondoc.domain.workflow import AssignmentState, TaskState
from dondoc.services.base import get_or_404, read_only
from dondoc.services.queries_views import (
    AssignmentPage,
    AssignmentView,
    ExtensionView,
    ReportView,
    TaskView,
    assignment_view,
    deadline_in_force,
    task_agencies,
)
from dondoc.storage.repositories import agencies as agency_repo
from dondoc.storage.repositories.summary import deadline_at, is_active, status_filter
from dondoc.storage.tables import (
    AgencyRow,
    AssignmentRow,
    DocumentRow,
    ExtensionRow,
    ProgressReportRow,
    TaskRow,
)

A = AssignmentRow
Order = Literal["document", "due"]


class _Shape(NamedTuple):
    """Which filters a list query has (their values are bound parameters, the status class too:
    statements that differed only by a literal would share one compiled form in SQLAlchemy's
    cache, and have their result columns matched again on every call): one statement each."""

    agency: bool
    document: bool
    task: bool
    due_from: bool
    due_to: bool
    status: bool


AS_OF = bindparam("as_of", type_=Date())


def _where(
    actor: Actor,
    *,
    as_of: date,
    agency_id: str | None,
    status: StatusClass | None,
    document_id: int | None,
    task_id: int | None,
    due_from: date | None,
    due_to: date | None,
) -> tuple[_Shape, dict[str, Any]]:
    """The filters' shape and parameter values, after the permission and range checks."""
    if agency_id is not None:
        require_can_read_agency(actor, agency_id)
    elif not actor.reads_all:
        agency_id = actor.agency_id
    if due_from and due_to and due_from > due_to:
        raise InputError(f"Khoảng hạn không hợp lệ: từ {due_from:%d/%m/%Y} đến {due_to:%d/%m/%Y}")
    values = {
        "agency_id": agency_id,
        "document_id": document_id,
        "task_id": task_id,
        "due_from": due_from,
        "due_to": due_to,
    }
    params: dict[str, Any] = {k: v for k, v in values.items() if v is not None}
    params["as_of"] = as_of
    if status is not None:
        params["status"] = status.value
    shape = _Shape(
        agency_id is not None,
        document_id is not None,
        task_id is not None,
        due_from is not None,
        due_to is not None,
        status is not None,
    )
    return shape, params


def _conditions(shape: _Shape) -> list[Any]:
    conditions: list[Any] = [is_active(), A.assigned_on <= AS_OF]
    if shape.agency:
        conditions.append(A.agency_id == bindparam("agency_id"))
    if shape.document:
        conditions.append(A.document_id == bindparam("document_id"))
    if shape.task:
        conditions.append(A.task_id == bindparam("task_id"))
    if shape.due_from:
        conditions.append(A.due_on >= bindparam("due_from"))
    if shape.due_to:
        conditions.append(A.due_on <= bindparam("due_to"))
    if shape.status:
        conditions.append(status_filter(bindparam("status", type_=String()), AS_OF))
    return conditions


# The columns an AssignmentView needs, read as plain values (no ORM object per row).
_COLUMNS: tuple[Any, ...] = (
    A.id,
    A.task_id,
    A.document_id,
    A.agency_id,
    A.via_group_id,
    A.state,
    A.percent,
    A.assigned_on,
    A.original_due_on,
    A.due_on,
    A.completed_on,
    A.version,
    TaskRow.text,
    TaskRow.section,
    AgencyRow.name,
    DocumentRow.number,
)


def _rows() -> Select[Any]:
    return (
        select(*_COLUMNS, deadline_at(AS_OF))
        .join(TaskRow, TaskRow.id == A.task_id)
        .join(AgencyRow, AgencyRow.id == A.agency_id)
        .join(DocumentRow, DocumentRow.id == A.document_id)
    )


# Statements are built once per shape and reused as the very same objects, the values being bound
# parameters: SQLAlchemy then finds them in its compiled cache without rebuilding or re-matching
# their result columns (about half the cost of a 50-row page otherwise).
@functools.lru_cache(maxsize=256)
def _list_statement(shape: _Shape, order: Order, limited: bool, skipped: bool) -> Select[Any]:
    stmt = _rows().where(*_conditions(shape))
    if order == "due":
        stmt = stmt.order_by(A.due_on.is_(None), A.due_on, A.id)
    else:
        stmt = stmt.order_by(A.document_id, TaskRow.position, A.task_id, A.id)
    if skipped:
        stmt = stmt.offset(bindparam("offset", type_=Integer()))
    if limited:
        stmt = stmt.limit(bindparam("limit", type_=Integer()))
    return stmt


@functools.lru_cache(maxsize=64)
def _count_statement(shape: _Shape) -> Select[Any]:
    return select(func.count()).select_from(A).where(*_conditions(shape))


def _views(session: Session, stmt: Select[Any], params: dict[str, Any], as_of: date) -> list[AssignmentView]:
    """The rows of ``_rows`` as views (the same fields as ``assignment_view`` fills)."""
    return [
        AssignmentView(
            id=id_,
            task_id=task_id,
            document_id=document_id,
            document_number=number,
            text=text,
            section=section,
            agency_id=agency_id,
            agency_name=name,
            via_group_id=via_group_id,
            state=AssignmentState(state),
            percent=percent,
            assigned_on=assigned_on,
            original_due_on=original_due_on,
            due_on=due_on,
            completed_on=completed_on,
            status=classify(due, completed_on, as_of),
            version=version,
            due_as_of=due,
        )
        for (
            id_,
            task_id,
            document_id,
            agency_id,
            via_group_id,
            state,
            percent,
            assigned_on,
            original_due_on,
            due_on,
            completed_on,
            version,
            text,
            section,
            name,
            number,
            due,
        ) in session.connection().execute(stmt, params).all()  # plain columns: Core, no ORM loading
    ]


def _count(session: Session, shape: _Shape, params: dict[str, Any]) -> int:
    return int(session.connection().execute(_count_statement(shape), params).scalar() or 0)


def _page_rows(
    session: Session,
    shape: _Shape,
    params: dict[str, Any],
    order: Order,
    offset: int,
    limit: int | None,
) -> list[AssignmentView]:
    stmt = _list_statement(shape, order, limit is not None, offset > 0)
    values = dict(params)
    if offset > 0:
        values["offset"] = offset
    if limit is not None:
        values["limit"] = max(0, limit)
    return _views(session, stmt, values, params["as_of"])


@read_only
def page_assignments(
    session: Session,
    actor: Actor,
    *,
    as_of: date,
    agency_id: str | None = None,
    status: StatusClass | None = None,
    document_id: int | None = None,
    task_id: int | None = None,
    due_from: date | None = None,
    due_to: date | None = None,
    order: Order = "document",
    offset: int = 0,
    limit: int | None = None,
    known_total: int | None = None,
) -> AssignmentPage:
    """Active assignments given on or before ``as_of``, with their status class at ``as_of``.

    ``due_from``/``due_to`` bound the current deadline (``due_on``; rows without one are left
    out). ``order="document"``: by document, task position, assignment; ``order="due"``: by
    current deadline, soonest first, those without one last. ``total`` counts the whole list
    (``known_total``, when the caller has it from ``count_assignments``, saves that count).
    """
    shape, params = _where(
        actor,
        as_of=as_of,
        agency_id=agency_id,
        status=status,
        document_id=document_id,
        task_id=task_id,
        due_from=due_from,
        due_to=due_to,
    )
    offset = max(0, offset)
    items = _page_rows(session, shape, params, order, offset, limit)
    if known_total is not None:
        total = known_total
    elif limit is None or (len(items) < max(0, limit) and (items or not offset)):
        total = offset + len(items)
    else:
        total = _count(session, shape, params)
    return AssignmentPage(items, total, offset, limit)


@read_only
def count_assignments(
    session: Session,
    actor: Actor,
    *,
    as_of: date,
    agency_id: str | None = None,
    status: StatusClass | None = None,
    document_id: int | None = None,
    due_from: date | None = None,
    due_to: date | None = None,
) -> int:
    """How many assignments ``page_assignments`` lists for the same filters."""
    shape, params = _where(
        actor,
        as_of=as_of,
        agency_id=agency_id,
        status=status,
        document_id=document_id,
        task_id=None,
        due_from=due_from,
        due_to=due_to,
    )
    return _count(session, shape, params)


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
    due_from: date | None = None,
    due_to: date | None = None,
    order: Order = "document",
    offset: int = 0,
    limit: int | None = None,
) -> list[AssignmentView]:
    """The rows of ``page_assignments`` without the total (no count query)."""
    shape, params = _where(
        actor,
        as_of=as_of,
        agency_id=agency_id,
        status=status,
        document_id=document_id,
        task_id=task_id,
        due_from=due_from,
        due_to=due_to,
    )
    return _page_rows(session, shape, params, order, max(0, offset), limit)


@read_only
def upcoming_deadlines(
    session: Session, actor: Actor, *, as_of: date, until: date, limit: int = 10
) -> list[AssignmentView]:
    """Open assignments due between ``as_of`` and ``until``, soonest first (officers: own agency)."""
    stmt = (
        _rows()
        .where(
            is_active(),
            A.assigned_on <= AS_OF,
            A.due_on >= AS_OF,
            A.due_on <= until,
            or_(A.completed_on.is_(None), A.completed_on > AS_OF),
        )
        .order_by(A.due_on, A.id)
        .limit(limit)
    )
    if not actor.reads_all:
        stmt = stmt.where(A.agency_id == actor.agency_id)
    return _views(session, stmt, {"as_of": as_of}, as_of)


@read_only
def get_task(session: Session, actor: Actor, task_id: int, *, as_of: date) -> TaskView:
    """A task with its agencies, assignments (all, reassigned included), reports and extensions."""
    task = get_or_404(session, TaskRow, task_id, "nhiệm vụ")
    rows = session.scalars(select(A).where(A.task_id == task_id).order_by(A.id)).all()
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
    number = doc.number if doc else None
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
        agencies=task_agencies(task),
        assignments=[
            assignment_view(
                r,
                task.text,
                task.section,
                names.get(r.agency_id, r.agency_id),
                number,
                as_of,
                deadline_in_force(r, exts, as_of),
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
