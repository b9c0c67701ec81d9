"""The plain dataclasses the read side returns (no ORM object escapes), and their builders."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from dondoc.domain.status import ExtensionDecision, StatusClass, classify, effective_deadline
from dondoc.domain.workflow import AssignmentState, TaskState
from dondoc.storage.tables import AssignmentRow, ExtensionRow, TaskRow


@dataclass(frozen=True)
class AssignmentView:
    """One agency's share of a task; ``status`` is its class at the ``as_of`` date asked for,
    judged on ``due_as_of`` (the deadline in force that day: ``due_on`` unless an extension was
    approved later)."""

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
    due_as_of: date | None = None


@dataclass(frozen=True)
class AssignmentPage:
    """One page of a filtered assignment list and the number of rows of the whole list."""

    items: list[AssignmentView]
    total: int
    offset: int
    limit: int | None


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
    problem: str | None = None  # drafts: why it cannot be published yet (Vietnamese)


def assignment_view(
    a: AssignmentRow,
    text: str,
    section: str,
    agency_name: str,
    number: str | None,
    as_of: date,
    due_as_of: date | None,
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
        status=classify(due_as_of, a.completed_on, as_of),
        version=a.version,
        due_as_of=due_as_of,
    )


def deadline_in_force(a: AssignmentRow, extensions: Iterable[ExtensionRow], as_of: date) -> date | None:
    """``a``'s deadline at ``as_of`` from its extension rows (the Python twin of
    ``storage.repositories.summary.deadline_at``)."""
    if a.due_set_on is None or a.due_set_on <= as_of:
        return a.due_on
    granted = [
        ExtensionDecision(e.requested_due_on, e.decided_on)
        for e in sorted(extensions, key=lambda e: -e.id)  # ties: the later decision wins, as in SQL
        if e.assignment_id == a.id and e.status == "approved" and e.decided_on is not None
    ]
    return effective_deadline(a.original_due_on, granted, as_of)


def task_agencies(task: TaskRow) -> list[TaskAgencyView]:
    return [TaskAgencyView(a.role, a.name, a.agency_id, a.is_group) for a in task.agencies]
