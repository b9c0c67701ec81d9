"""Turning a published task into assignments: a group lead expands to its member agencies valid
on the assignment date, each with its own status and deadline."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from dondoc.domain.errors import InputError
from dondoc.domain.roles import Actor
from dondoc.services.base import record
from dondoc.storage.repositories import agencies as agency_repo
from dondoc.storage.tables import AssignmentRow, DocumentRow, TaskRow


def publish_problem(session: Session, task: TaskRow, doc: DocumentRow) -> str | None:
    """Why ``task`` cannot be published yet (Vietnamese), or None."""
    leads = [a for a in task.agencies if a.role == "lead"]
    if not leads:
        return "chưa có đơn vị chủ trì"
    unresolved = [a.name for a in leads if a.agency_id is None]
    if unresolved:
        return "đơn vị chủ trì chưa có trong danh mục: " + ", ".join(unresolved)
    if task.deadline and doc.issued_on and task.deadline < doc.issued_on:
        return deadline_before_document(task.deadline, doc.issued_on)
    return None


def deadline_before_document(deadline: date, issued: date) -> str:
    return f"thời hạn {deadline:%d/%m/%Y} trước ngày ban hành văn bản {issued:%d/%m/%Y}"


def lead_agencies(session: Session, task: TaskRow, day: date) -> list[tuple[str, str | None]]:
    """(agency id, group id it came through) for each lead, groups expanded on ``day``."""
    out: dict[str, str | None] = {}
    for ref in task.agencies:
        if ref.role != "lead" or ref.agency_id is None:
            continue
        row = agency_repo.get(session, ref.agency_id)
        if row is None:
            raise InputError(f"Không có đơn vị “{ref.agency_id}” trong danh mục")
        if row.is_group:
            members = agency_repo.members_on(session, row.id, day)
            if not members:
                raise InputError(
                    f"Nhóm “{row.name}” không có đơn vị thành viên nào còn hiệu lực ngày {day:%d/%m/%Y}"
                )
            for m in members:
                out.setdefault(m.id, row.id)
        else:
            out.setdefault(row.id, None)
    return list(out.items())


def assign_task(session: Session, actor: Actor, task: TaskRow, doc: DocumentRow, day: date) -> list[int]:
    due = task.deadline
    rows = [
        AssignmentRow(
            task_id=task.id,
            document_id=doc.id,
            agency_id=agency_id,
            via_group_id=group_id,
            assigned_on=day,
            original_due_on=due,
            due_on=due,
        )
        for agency_id, group_id in lead_agencies(session, task, day)
    ]
    session.add_all(rows)
    session.flush()
    record(
        session,
        actor,
        "task.publish",
        "task",
        task.id,
        after={"assignments": [{"id": r.id, "agency_id": r.agency_id, "due_on": r.due_on} for r in rows]},
    )
    return [r.id for r in rows]
