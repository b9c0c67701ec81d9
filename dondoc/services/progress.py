"""Progress: an agency reports on its assignment; the office confirms completion.

A report of 100 % marks the assignment "reported done"; only the office's confirmation makes
it completed, dated by the completion date given (by default the day of the last 100 % report).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from dondoc.domain.errors import InputError, NotFoundError, PermissionDenied
from dondoc.domain.roles import Actor, Role, require_can_report, require_office
from dondoc.domain.workflow import AssignmentState, after_report, require_confirmable
from dondoc.services.base import check_version, get_or_404, record, snapshot, today, use_case
from dondoc.storage.tables import AssignmentRow, AttachmentRow, ProgressReportRow

ASSIGNMENT_FIELDS = ("agency_id", "state", "percent", "due_on", "completed_on", "active", "version")


@dataclass(frozen=True)
class Attachment:
    filename: str
    content: bytes
    content_type: str = "application/octet-stream"


def find_assignment(
    session: Session, actor: Actor, task_id: int, agency_id: str | None = None
) -> AssignmentRow:
    """The active assignment of ``task_id`` for ``agency_id`` (default: the officer's agency)."""
    agency = agency_id or (actor.agency_id if actor.role is Role.OFFICER else None)
    stmt = select(AssignmentRow).where(AssignmentRow.task_id == task_id, AssignmentRow.active.is_(True))
    rows = session.scalars(stmt.order_by(AssignmentRow.id)).all()
    if not rows:
        raise NotFoundError(f"Nhiệm vụ {task_id} chưa được giao cho đơn vị nào")
    if agency is None:
        if len(rows) > 1:
            raise InputError(
                f"Nhiệm vụ {task_id} giao cho {len(rows)} đơn vị; hãy chọn một đơn vị: "
                + ", ".join(r.agency_id for r in rows)
            )
        return rows[0]
    for row in rows:
        if row.agency_id == agency:
            return row
    if actor.role is Role.OFFICER:  # an officer asking about another agency's task
        raise PermissionDenied("Bạn chỉ được báo cáo tiến độ nhiệm vụ của đơn vị mình")
    raise NotFoundError(f"Nhiệm vụ {task_id} không giao cho đơn vị “{agency}”")


@use_case
def report_progress(
    session: Session,
    actor: Actor,
    task_id: int,
    *,
    percent: int,
    narrative: str,
    agency_id: str | None = None,
    period: str = "",
    difficulties: str = "",
    proposals: str = "",
    attachments: Sequence[Attachment] = (),
    expected_version: int | None = None,
    on: date | None = None,
) -> int:
    """Add a progress report for the actor's agency on a task; returns the report id."""
    if actor.role is Role.LEADER:
        require_can_report(actor, agency_id or "")
    row = find_assignment(session, actor, task_id, agency_id)
    require_can_report(actor, row.agency_id)
    check_version(row.version, expected_version)
    if not 0 <= percent <= 100:
        raise InputError("Tỷ lệ hoàn thành phải từ 0 đến 100 %")
    if not narrative.strip():
        raise InputError("Cần nội dung báo cáo (kết quả thực hiện)")
    day = on or today()
    if day < row.assigned_on:
        raise InputError(f"Ngày báo cáo {day:%d/%m/%Y} trước ngày giao nhiệm vụ {row.assigned_on:%d/%m/%Y}")
    before = snapshot(row, ASSIGNMENT_FIELDS)
    row.state = after_report(AssignmentState(row.state), percent).value
    row.percent = percent
    report = ProgressReportRow(
        assignment_id=row.id,
        author_id=actor.user_id,
        period=period.strip(),
        reported_on=day,
        percent=percent,
        narrative=narrative.strip(),
        difficulties=difficulties.strip(),
        proposals=proposals.strip(),
    )
    session.add(report)
    session.flush()
    for a in attachments:
        session.add(
            AttachmentRow(
                report_id=report.id,
                filename=a.filename,
                content_type=a.content_type,
                content_hash=hashlib.sha256(a.content).hexdigest(),
                size=len(a.content),
                content=a.content,
            )
        )
    session.flush()
    record(
        session,
        actor,
        "progress.report",
        "assignment",
        row.id,
        before=before,
        after={**snapshot(row, ASSIGNMENT_FIELDS), "report_id": report.id, "narrative": report.narrative},
    )
    return report.id


@use_case
def confirm_completion(
    session: Session,
    actor: Actor,
    assignment_id: int,
    *,
    completed_on: date | None = None,
    expected_version: int | None = None,
) -> int:
    """The office confirms an assignment done; returns its new version."""
    require_office(actor)
    row = get_or_404(session, AssignmentRow, assignment_id, "phân công")
    check_version(row.version, expected_version)
    require_confirmable(AssignmentState(row.state))
    if completed_on is None:
        completed_on = (
            session.scalar(
                select(ProgressReportRow.reported_on)
                .where(ProgressReportRow.assignment_id == row.id, ProgressReportRow.percent >= 100)
                .order_by(ProgressReportRow.reported_on.desc())
                .limit(1)
            )
            or today()
        )
    if completed_on < row.assigned_on:
        raise InputError(
            f"Ngày hoàn thành {completed_on:%d/%m/%Y} trước ngày giao {row.assigned_on:%d/%m/%Y}"
        )
    before = snapshot(row, ASSIGNMENT_FIELDS)
    row.state = AssignmentState.COMPLETED.value
    row.percent = 100
    row.completed_on = completed_on
    session.flush()
    record(
        session,
        actor,
        "assignment.complete",
        "assignment",
        row.id,
        before=before,
        after=snapshot(row, ASSIGNMENT_FIELDS),
    )
    return row.version
