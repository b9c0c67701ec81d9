"""Review of draft tasks by the office: confirm, edit, fix agencies, split, merge, reject, publish.

Every call takes the version the reviewer saw (``expected_version``); a stale version is a
ConflictError and nothing is written.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from dondoc.domain.errors import InputError
from dondoc.domain.roles import Actor, require_office
from dondoc.domain.workflow import TaskState, require_editable
from dondoc.services.assign import assign_task, deadline_before_document, publish_problem
from dondoc.services.base import check_version, get_or_404, record, today, use_case
from dondoc.storage.base import utcnow
from dondoc.storage.tables import AgencyRow, DocumentRow, TaskAgencyRow, TaskRow

_UNSET: Any = object()
TASK_FIELDS = ("text", "section", "deadline", "deadline_kind", "state", "version")


def _task(session: Session, task_id: int, expected_version: int | None) -> TaskRow:
    task = get_or_404(session, TaskRow, task_id, "nhiệm vụ")
    check_version(task.version, expected_version)
    return task


def _snap(task: TaskRow) -> dict[str, Any]:
    out: dict[str, Any] = {f: getattr(task, f) for f in TASK_FIELDS}
    out["agencies"] = [{"role": a.role, "agency_id": a.agency_id, "name": a.name} for a in task.agencies]
    return out


def _check_deadline(session: Session, task: TaskRow, deadline: date | None) -> None:
    doc = session.get(DocumentRow, task.document_id)
    if deadline and doc and doc.issued_on and deadline < doc.issued_on:
        raise InputError("Không hợp lệ: " + deadline_before_document(deadline, doc.issued_on))


def _agency(session: Session, agency_id: str) -> AgencyRow:
    row = session.get(AgencyRow, agency_id)
    if row is None:
        raise InputError(f"Không có đơn vị “{agency_id}” trong danh mục")
    return row


@use_case
def confirm_task(session: Session, actor: Actor, task_id: int, *, expected_version: int | None = None) -> int:
    """Mark a draft as checked; returns the new version."""
    require_office(actor)
    task = _task(session, task_id, expected_version)
    require_editable(TaskState(task.state))
    before = _snap(task)
    task.state = TaskState.CONFIRMED.value
    session.flush()
    record(session, actor, "task.confirm", "task", task.id, before=before, after=_snap(task))
    return task.version


@use_case
def reject_task(session: Session, actor: Actor, task_id: int, *, expected_version: int | None = None) -> None:
    require_office(actor)
    task = _task(session, task_id, expected_version)
    require_editable(TaskState(task.state))
    before = _snap(task)
    task.state = TaskState.REJECTED.value
    session.flush()
    record(session, actor, "task.reject", "task", task.id, before=before, after=_snap(task))


@use_case
def edit_task(
    session: Session,
    actor: Actor,
    task_id: int,
    *,
    expected_version: int | None = None,
    text: str | None = None,
    section: str | None = None,
    deadline: date | None = _UNSET,
    lead: Sequence[str] | None = None,
    support: Sequence[str] | None = None,
) -> int:
    """Change a draft's text, section, deadline or agencies (ids from the registry)."""
    require_office(actor)
    task = _task(session, task_id, expected_version)
    require_editable(TaskState(task.state))
    before = _snap(task)
    if text is not None:
        if not text.strip():
            raise InputError("Nội dung nhiệm vụ không được để trống")
        task.text = text.strip()
    if section is not None:
        task.section = section.strip()
    if deadline is not _UNSET:
        _check_deadline(session, task, deadline)
        task.deadline = deadline
        task.deadline_kind = "date" if deadline else "none"
    for role, ids in (("lead", lead), ("support", support)):
        if ids is None:
            continue
        rows = [_agency(session, i) for i in dict.fromkeys(ids)]
        task.agencies = [a for a in task.agencies if a.role != role] + [
            TaskAgencyRow(role=role, name=r.name, mention=r.name, agency_id=r.id, is_group=r.is_group)
            for r in rows
        ]
    task.updated_at = utcnow()
    session.flush()
    record(session, actor, "task.edit", "task", task.id, before=before, after=_snap(task))
    return task.version


@use_case
def fix_agency(
    session: Session,
    actor: Actor,
    task_id: int,
    name: str,
    agency_id: str,
    *,
    expected_version: int | None = None,
) -> int:
    """Resolve an agency named in a task (as extracted) to a registry id."""
    require_office(actor)
    task = _task(session, task_id, expected_version)
    require_editable(TaskState(task.state))
    target = _agency(session, agency_id)
    refs = [a for a in task.agencies if a.name == name or a.mention == name]
    if not refs:
        raise InputError(f"Nhiệm vụ {task_id} không có đơn vị “{name}”")
    before = _snap(task)
    for ref in refs:
        ref.agency_id, ref.is_group = target.id, target.is_group
    task.updated_at = utcnow()  # touch the row so that its version moves
    session.flush()
    record(session, actor, "task.fix_agency", "task", task.id, before=before, after=_snap(task))
    return task.version


def _copy(task: TaskRow, text: str, position: int) -> TaskRow:
    return TaskRow(
        document_id=task.document_id,
        position=position,
        text=text,
        section=task.section,
        span_start=task.span_start,
        span_end=task.span_end,
        kind=task.kind,
        deadline=task.deadline,
        deadline_kind=task.deadline_kind,
        deadline_phrase=task.deadline_phrase,
        recurring=task.recurring,
        confidence=task.confidence,
        state=TaskState.DRAFT.value,
        agencies=[
            TaskAgencyRow(
                role=a.role, name=a.name, mention=a.mention, agency_id=a.agency_id, is_group=a.is_group
            )
            for a in task.agencies
        ],
    )


@use_case
def split_task(
    session: Session, actor: Actor, task_id: int, parts: Sequence[str], *, expected_version: int | None = None
) -> list[int]:
    """Replace a draft by several drafts (same agencies and deadline); the original is rejected."""
    require_office(actor)
    texts = [p.strip() for p in parts if p.strip()]
    if len(texts) < 2:
        raise InputError("Cần ít nhất hai phần để tách nhiệm vụ")
    task = _task(session, task_id, expected_version)
    require_editable(TaskState(task.state))
    new = [_copy(task, t, task.position) for t in texts]
    session.add_all(new)
    task.state = TaskState.REJECTED.value
    session.flush()
    record(session, actor, "task.split", "task", task.id, after={"into": [n.id for n in new]})
    return [n.id for n in new]


@use_case
def merge_tasks(session: Session, actor: Actor, task_ids: Sequence[int], *, text: str | None = None) -> int:
    """Replace several drafts of one document by one (texts joined, agencies united)."""
    require_office(actor)
    if len(set(task_ids)) < 2:
        raise InputError("Cần ít nhất hai nhiệm vụ để gộp")
    tasks = [get_or_404(session, TaskRow, i, "nhiệm vụ") for i in dict.fromkeys(task_ids)]
    if len({t.document_id for t in tasks}) > 1:
        raise InputError("Chỉ gộp được các nhiệm vụ của cùng một văn bản")
    for t in tasks:
        require_editable(TaskState(t.state))
    merged = _copy(tasks[0], text or "\n".join(t.text for t in tasks), min(t.position for t in tasks))
    seen = {(a.role, a.agency_id, a.name) for a in merged.agencies}
    for t in tasks[1:]:
        for a in t.agencies:
            if (a.role, a.agency_id, a.name) not in seen:
                seen.add((a.role, a.agency_id, a.name))
                merged.agencies.append(
                    TaskAgencyRow(
                        role=a.role,
                        name=a.name,
                        mention=a.mention,
                        agency_id=a.agency_id,
                        is_group=a.is_group,
                    )
                )
    deadlines = [t.deadline for t in tasks if t.deadline]
    merged.deadline = min(deadlines) if deadlines else None
    session.add(merged)
    for t in tasks:
        t.state = TaskState.REJECTED.value
    session.flush()
    record(session, actor, "task.merge", "task", merged.id, after={"from": [t.id for t in tasks]})
    return merged.id


@use_case
def publish_document(
    session: Session, actor: Actor, document_id: int, *, on: date | None = None
) -> list[int]:
    """Assign every confirmed task of a document as of ``on`` (default: the document's date).

    Any confirmed task that cannot be published (no resolved lead, a deadline before the
    document's date) is an InputError naming it, and nothing is assigned.
    """
    require_office(actor)
    doc = get_or_404(session, DocumentRow, document_id, "văn bản")
    tasks = session.scalars(
        select(TaskRow)
        .where(TaskRow.document_id == document_id, TaskRow.state == TaskState.CONFIRMED.value)
        .order_by(TaskRow.position, TaskRow.id)
    ).all()
    if not tasks:
        raise InputError("Văn bản không có nhiệm vụ nào đã xác nhận để giao")
    day = on or doc.issued_on or today()
    ids: list[int] = []
    for task in tasks:
        problem = publish_problem(session, task, doc, day)
        if problem:
            raise InputError(f"Nhiệm vụ {task.id} chưa giao được: {problem}")
        task.state = TaskState.PUBLISHED.value
        ids += assign_task(session, actor, task, doc, day)
    return ids
