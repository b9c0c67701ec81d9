"""The status summary: QĐ 42 classes counted per agency or per document in one indexed query.

The SQL mirrors ``dondoc.domain.status.classify`` on the assignment's effective deadline
(``due_on``) and completion date; only active assignments given on or before ``as_of`` count.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Select, and_, case, func, or_, select
from sqlalchemy.orm import Session

from dondoc.domain.status import StatusClass, StatusCounts
from dondoc.storage.tables import AssignmentRow

A = AssignmentRow


def status_case(as_of: date) -> Any:
    done = and_(A.completed_on.is_not(None), A.completed_on <= as_of)
    return case(
        (and_(done, or_(A.due_on.is_(None), A.completed_on <= A.due_on)), StatusClass.DONE_ON_TIME.value),
        (done, StatusClass.DONE_LATE.value),
        (and_(A.due_on.is_not(None), A.due_on < as_of), StatusClass.OVERDUE.value),
        else_=StatusClass.IN_PROGRESS.value,
    )


def status_filter(status: StatusClass, as_of: date) -> Any:
    return status_case(as_of) == status.value


def summary_statement(as_of: date, by: str = "agency", *, agency_id: str | None = None) -> Select[Any]:
    key = A.agency_id if by == "agency" else A.document_id
    done = and_(A.completed_on.is_not(None), A.completed_on <= as_of)
    on_time = and_(done, or_(A.due_on.is_(None), A.completed_on <= A.due_on))
    late = and_(done, A.due_on.is_not(None), A.completed_on > A.due_on)
    overdue = and_(~done, A.due_on.is_not(None), A.due_on < as_of)

    def n(cond: Any) -> Any:
        return func.sum(case((cond, 1), else_=0))

    stmt = (
        select(key.label("key"), func.count().label("total"), n(on_time), n(late), n(overdue))
        .where(A.active.is_(True), A.assigned_on <= as_of)
        .group_by(key)
        .order_by(key)
    )
    if agency_id is not None:
        stmt = stmt.where(A.agency_id == agency_id)
    return stmt


def status_summary(
    session: Session, as_of: date, by: str = "agency", *, agency_id: str | None = None
) -> dict[str, StatusCounts]:
    """Counts per agency id (``by="agency"``) or per document id as a string (``by="document"``)."""
    out: dict[str, StatusCounts] = {}
    for key, total, on_time, late, overdue in session.execute(
        summary_statement(as_of, by, agency_id=agency_id)
    ):
        on_time, late, overdue = int(on_time or 0), int(late or 0), int(overdue or 0)
        out[str(key)] = StatusCounts(
            done_on_time=on_time,
            done_late=late,
            overdue=overdue,
            in_progress=int(total) - on_time - late - overdue,
        )
    return out
