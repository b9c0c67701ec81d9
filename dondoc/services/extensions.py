"""Extensions: an agency (or the office) asks for a later deadline; the office decides.

The original deadline (``original_due_on``) is never overwritten and every request is kept,
approved or not; an approval moves the effective deadline ``due_on`` and dates it
(``due_set_on`` = the decision day), so that a status "as of" an earlier day uses the deadline in
force then.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from dondoc.domain.errors import ConflictError, InputError
from dondoc.domain.roles import Actor, require_can_report, require_office
from dondoc.domain.workflow import AssignmentState, require_open
from dondoc.services.base import get_or_404, record, snapshot, today, use_case
from dondoc.services.progress import ASSIGNMENT_FIELDS
from dondoc.storage.tables import AssignmentRow, ExtensionRow


def _request(
    session: Session, actor: Actor, assignment_id: int, new_due_on: date, reason: str
) -> ExtensionRow:
    row = get_or_404(session, AssignmentRow, assignment_id, "phân công")
    require_can_report(actor, row.agency_id)
    require_open(AssignmentState(row.state))
    if not reason.strip():
        raise InputError("Cần nêu lý do xin gia hạn")
    if row.due_on is not None and new_due_on <= row.due_on:
        raise InputError(
            f"Thời hạn mới {new_due_on:%d/%m/%Y} phải sau thời hạn hiện tại {row.due_on:%d/%m/%Y}"
        )
    if new_due_on < row.assigned_on:
        raise InputError(f"Thời hạn mới {new_due_on:%d/%m/%Y} trước ngày giao {row.assigned_on:%d/%m/%Y}")
    ext = ExtensionRow(
        assignment_id=row.id,
        previous_due_on=row.due_on,
        requested_due_on=new_due_on,
        reason=reason.strip(),
        requested_by=actor.user_id,
    )
    session.add(ext)
    session.flush()
    record(
        session,
        actor,
        "extension.request",
        "assignment",
        row.id,
        after={"extension_id": ext.id, "requested_due_on": new_due_on, "reason": ext.reason},
    )
    return ext


def _decide(
    session: Session, actor: Actor, ext: ExtensionRow, approve: bool, note: str, on: date | None
) -> None:
    require_office(actor)
    if ext.status != "pending":
        raise ConflictError(f"Đề nghị gia hạn {ext.id} đã được quyết định trước đó")
    row = get_or_404(session, AssignmentRow, ext.assignment_id, "phân công")
    require_open(AssignmentState(row.state))
    before = snapshot(row, ASSIGNMENT_FIELDS)
    ext.status = "approved" if approve else "rejected"
    ext.decided_by, ext.decided_on, ext.decision_note = actor.user_id, on or today(), note.strip() or None
    if approve:
        row.due_on, row.due_set_on = ext.requested_due_on, ext.decided_on
    session.flush()
    record(
        session,
        actor,
        "extension.approve" if approve else "extension.reject",
        "assignment",
        row.id,
        before=before,
        after={**snapshot(row, ASSIGNMENT_FIELDS), "extension_id": ext.id, "note": ext.decision_note},
    )


@use_case
def request_extension(
    session: Session, actor: Actor, assignment_id: int, new_due_on: date, reason: str
) -> int:
    """Ask for a later deadline (the agency's officer, or the office); returns the request id."""
    return _request(session, actor, assignment_id, new_due_on, reason).id


@use_case
def decide_extension(
    session: Session,
    actor: Actor,
    extension_id: int,
    *,
    approve: bool,
    note: str = "",
    on: date | None = None,
) -> None:
    """The office approves (the effective deadline moves) or rejects a pending request."""
    ext = get_or_404(session, ExtensionRow, extension_id, "đề nghị gia hạn")
    _decide(session, actor, ext, approve, note, on)


@use_case
def extend(
    session: Session,
    actor: Actor,
    assignment_id: int,
    new_due_on: date,
    reason: str,
    *,
    on: date | None = None,
) -> int:
    """The office grants an extension directly (request and approval in one step)."""
    require_office(actor)
    ext = _request(session, actor, assignment_id, new_due_on, reason)
    _decide(session, actor, ext, True, "", on)
    return ext.id
