"""Turning a published task into assignments: a group lead expands to its member agencies valid
on the assignment date, each with its own status and deadline.

A generic lead ("các cơ quan, đơn vị liên quan") names nobody: beside a definite lead (an agency
or a group of the registry) it is left out of the assignments; alone it keeps the task a draft
until the reviewer names the agencies."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy.orm import Session

from dondoc.domain.agency_lexicon import is_generic
from dondoc.domain.errors import InputError
from dondoc.domain.roles import Actor
from dondoc.services.base import record
from dondoc.storage.repositories import agencies as agency_repo
from dondoc.storage.tables import AssignmentRow, DocumentRow, TaskAgencyRow, TaskRow


def _generic(ref: TaskAgencyRow) -> bool:
    return ref.agency_id is None and (is_generic(ref.name) or is_generic(ref.mention or ref.name))


def lead_problem(leads: Sequence[TaskAgencyRow]) -> str | None:
    """Why these lead agencies cannot be assigned yet (Vietnamese), or None; no database needed."""
    if not leads:
        return "chưa có đơn vị chủ trì"
    unresolved = [a.name for a in leads if a.agency_id is None and not _generic(a)]
    if unresolved:
        return "đơn vị chủ trì chưa có trong danh mục: " + ", ".join(unresolved)
    if all(_generic(a) for a in leads):
        return (
            "đơn vị chủ trì chưa cụ thể ("
            + ", ".join(a.name for a in leads)
            + "): cần chọn đơn vị hoặc nhóm đơn vị trong danh mục"
        )
    return None


def publish_problem(session: Session, task: TaskRow, doc: DocumentRow, day: date | None = None) -> str | None:
    """Why ``task`` cannot be published yet (Vietnamese), or None; with ``day``, also a group
    lead without any member valid on that day."""
    problem = lead_problem([a for a in task.agencies if a.role == "lead"])
    if problem:
        return problem
    if task.deadline and doc.issued_on and task.deadline < doc.issued_on:
        return deadline_before_document(task.deadline, doc.issued_on)
    if day is not None:
        for ref in task.agencies:
            if ref.role == "lead" and ref.agency_id is not None:
                row = agency_repo.get(session, ref.agency_id)
                if row is not None and row.is_group and not agency_repo.members_on(session, row.id, day):
                    return _empty_group(row.name, day)
    return None


def _empty_group(name: str, day: date) -> str:
    return f"nhóm “{name}” không có đơn vị thành viên nào còn hiệu lực ngày {day:%d/%m/%Y}"


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
                raise InputError("N" + _empty_group(row.name, day)[1:])
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
