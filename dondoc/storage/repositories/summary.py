"""The status summary: QĐ 42 classes counted per agency or per document in one indexed query.

The SQL mirrors ``dondoc.domain.status.classify`` on the deadline in force at ``as_of``
(``deadline_at``: ``due_on``, kept up to date by the extension service, unless it was decided
after ``as_of`` — ``due_set_on > as_of`` — in which case the latest extension approved on or
before ``as_of``, else the original deadline, as ``domain.status.effective_deadline``) and the
completion date; only active assignments given on or before ``as_of`` count. The lookup in
``extensions`` runs only for those few rows. Reports are not needed to classify, so the
summary reads ``assignments`` alone: on SQLite through a covering index; on PostgreSQL the
planner prefers a parallel scan of the narrow table for the whole summary and uses the index
for one agency. The filter on ``active`` is written ``active = true`` (PostgreSQL does not
match ``active IS TRUE`` to an index).

Speed: per row, SQLite's cost is mostly one step per aggregate, so the summary sums a single
``CASE`` that weighs each row by its class (done on time 1, done late ``W``, overdue ``W**2``,
in progress 0) and splits the sum again in Python. That is exact while a group has fewer than
``W`` rows, which holds whenever the table has fewer than ``W`` assignment ids (about 2 million,
checked first with a primary-key lookup); above that the plain ``count(*) FILTER`` form is used.
Both forms rely on SQL's three-valued logic for the NULL cases (no completion, no deadline).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, func, or_, select, true
from sqlalchemy.orm import Session

from dondoc.domain.status import StatusClass, StatusCounts
from dondoc.storage.tables import AssignmentRow, ExtensionRow

A = AssignmentRow
E = ExtensionRow


def is_active() -> Any:
    """``active = true``: the form both engines match to the summary indexes."""
    return A.active == true()


AsOf = date | ColumnElement[Any]  # a date, or a bound parameter that will hold one


def deadline_at(as_of: AsOf) -> Any:
    """The assignment's deadline in force at ``as_of`` (see the module docstring)."""
    granted = (
        select(E.requested_due_on)
        .where(E.assignment_id == A.id, E.status == "approved", E.decided_on <= as_of)
        .order_by(E.decided_on.desc(), E.id.desc())
        .limit(1)
        .correlate(A)
        .scalar_subquery()
    )
    return case((A.due_set_on > as_of, func.coalesce(granted, A.original_due_on)), else_=A.due_on)


def status_case(as_of: AsOf) -> Any:
    due = deadline_at(as_of)
    done = and_(A.completed_on.is_not(None), A.completed_on <= as_of)
    return case(
        (and_(done, or_(due.is_(None), A.completed_on <= due)), StatusClass.DONE_ON_TIME.value),
        (done, StatusClass.DONE_LATE.value),
        (and_(due.is_not(None), due < as_of), StatusClass.OVERDUE.value),
        else_=StatusClass.IN_PROGRESS.value,
    )


def status_filter(status: StatusClass | ColumnElement[Any], as_of: AsOf) -> Any:
    """The assignments of class ``status`` at ``as_of`` (a class, or a bound parameter holding one's value)."""
    return status_case(as_of) == (status.value if isinstance(status, StatusClass) else status)


WEIGHT = 1 << 21  # done late weighs WEIGHT, overdue WEIGHT**2: sums stay below 2**63


def summary_statement(
    as_of: date, by: str = "agency", *, agency_id: str | None = None, packed: bool = True
) -> Select[Any]:
    """Per agency or document, ordered by key: ``key, total, weighted`` when ``packed`` (see the
    module docstring), else ``key, total, done, done_late, overdue``.

    ``done`` counts completions on or before ``as_of`` (so done on time = done - done_late);
    ``done_late`` those after a deadline (none without one); ``overdue`` the work not done by
    ``as_of`` whose deadline has passed (never without one); the rest is in progress.
    """
    key: Any = A.agency_id if by == "agency" else A.document_id
    done = A.completed_on <= as_of
    due = deadline_at(as_of)
    if packed:
        weighted = case(
            (done, case((A.completed_on > due, WEIGHT), else_=1)),
            (due < as_of, WEIGHT * WEIGHT),
            else_=0,
        )
        counts: tuple[Any, ...] = (func.sum(weighted).label("weighted"),)
    else:
        late = and_(done, A.completed_on > due)
        overdue = and_(due < as_of, or_(A.completed_on.is_(None), A.completed_on > as_of))
        counts = (
            func.count().filter(done).label("done"),
            func.count().filter(late).label("done_late"),
            func.count().filter(overdue).label("overdue"),
        )
    stmt = (
        select(key.label("key"), func.count().label("total"), *counts)
        .where(is_active(), A.assigned_on <= as_of)
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
    packed = (session.scalar(select(func.max(A.id))) or 0) < WEIGHT
    stmt = summary_statement(as_of, by, agency_id=agency_id, packed=packed)
    out: dict[str, StatusCounts] = {}
    for key, total, *counts in session.execute(stmt):
        if packed:
            overdue, rest = divmod(int(counts[0] or 0), WEIGHT * WEIGHT)
            late, on_time = divmod(rest, WEIGHT)
        else:
            done, late, overdue = (int(c or 0) for c in counts)
            on_time = done - late
        out[str(key)] = StatusCounts(
            done_on_time=on_time,
            done_late=late,
            overdue=overdue,
            in_progress=int(total) - on_time - late - overdue,
        )
    return out
