"""Reassignment: an assignment moves to another agency, the old one is kept (inactive) with
the reason; "apply the 2025 reorganisation" moves the open work of merged agencies to their
successors."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from dondoc.domain.errors import InputError
from dondoc.domain.roles import Actor, require_office
from dondoc.domain.workflow import AssignmentState, require_open
from dondoc.services.base import check_version, get_or_404, record, snapshot, today, use_case
from dondoc.services.progress import ASSIGNMENT_FIELDS
from dondoc.storage.repositories import agencies as agency_repo
from dondoc.storage.tables import AgencyRow, AssignmentRow

REORGANISATION_REASON = "Sắp xếp tổ chức bộ máy năm 2025: đơn vị đã hợp nhất vào đơn vị kế thừa"


@dataclass(frozen=True)
class Move:
    old_assignment_id: int
    new_assignment_id: int
    from_agency: str
    to_agency: str


def _move(session: Session, actor: Actor, row: AssignmentRow, to: AgencyRow, reason: str, day: date) -> Move:
    require_open(AssignmentState(row.state))
    if to.id == row.agency_id:
        raise InputError("Đơn vị mới trùng với đơn vị đang được giao")
    clash = session.scalar(
        select(AssignmentRow.id).where(
            AssignmentRow.task_id == row.task_id,
            AssignmentRow.agency_id == to.id,
            AssignmentRow.active.is_(True),
        )
    )
    before = snapshot(row, ASSIGNMENT_FIELDS)
    row.active = False
    row.state = AssignmentState.REASSIGNED.value
    row.note = reason
    if clash is not None:  # the successor already has this task: the work joins its assignment
        new_id = clash
    else:
        new = AssignmentRow(
            task_id=row.task_id,
            document_id=row.document_id,
            agency_id=to.id,
            via_group_id=row.via_group_id,
            assigned_on=row.assigned_on,
            original_due_on=row.original_due_on,
            due_on=row.due_on,
            due_set_on=row.due_set_on,
            state=AssignmentState.IN_PROGRESS.value if row.percent else AssignmentState.ASSIGNED.value,
            percent=row.percent,
            note=reason,
        )
        session.add(new)
        session.flush()
        new_id = new.id
    row.replaced_by_id = new_id
    session.flush()
    record(
        session,
        actor,
        "assignment.reassign",
        "assignment",
        row.id,
        before=before,
        after={
            **snapshot(row, ASSIGNMENT_FIELDS),
            "to_agency": to.id,
            "new_assignment_id": new_id,
            "reason": reason,
            "on": day,
        },
    )
    return Move(row.id, new_id, before["agency_id"], to.id)


@use_case
def reassign(
    session: Session,
    actor: Actor,
    assignment_id: int,
    to_agency_id: str,
    reason: str,
    *,
    expected_version: int | None = None,
    on: date | None = None,
) -> Move:
    require_office(actor)
    if not reason.strip():
        raise InputError("Cần nêu lý do chuyển giao")
    row = get_or_404(session, AssignmentRow, assignment_id, "phân công")
    check_version(row.version, expected_version)
    to = agency_repo.get(session, to_agency_id)
    if to is None:
        raise InputError(f"Không có đơn vị “{to_agency_id}” trong danh mục")
    if to.is_group:
        raise InputError("Chỉ chuyển giao cho một đơn vị, không cho một nhóm")
    return _move(session, actor, row, to, reason.strip(), on or today())


@use_case
def apply_reorganisation(
    session: Session, actor: Actor, *, on: date, reason: str = REORGANISATION_REASON
) -> list[Move]:
    """Move every open assignment of an agency no longer valid on ``on`` to its successor."""
    require_office(actor)
    open_states = [
        AssignmentState.ASSIGNED.value,
        AssignmentState.IN_PROGRESS.value,
        AssignmentState.REPORTED_DONE.value,
    ]
    rows = session.scalars(
        select(AssignmentRow)
        .where(AssignmentRow.active.is_(True), AssignmentRow.state.in_(open_states))
        .order_by(AssignmentRow.id)
    ).all()
    moves: list[Move] = []
    cache: dict[str, AgencyRow | None] = {}
    for row in rows:
        if row.agency_id not in cache:
            agency = agency_repo.get(session, row.agency_id)
            cache[row.agency_id] = (
                None
                if agency is None or agency.valid_on(on)
                else agency_repo.successor_on(session, agency, on)
            )
        successor = cache[row.agency_id]
        if successor is not None:
            moves.append(_move(session, actor, row, successor, reason, on))
    return moves
