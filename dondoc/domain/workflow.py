"""States of drafts and assignments and the transitions allowed between them (pure)."""

from __future__ import annotations

from enum import StrEnum

from dondoc.domain.errors import ConflictError


class TaskState(StrEnum):
    DRAFT = "draft"
    CONFIRMED = "confirmed"
    REJECTED = "rejected"
    PUBLISHED = "published"

    @property
    def label(self) -> str:
        return TASK_STATE_LABELS[self]


TASK_STATE_LABELS = {
    TaskState.DRAFT: "bản nháp",
    TaskState.CONFIRMED: "đã xác nhận",
    TaskState.REJECTED: "đã loại",
    TaskState.PUBLISHED: "đã giao",
}


class AssignmentState(StrEnum):
    ASSIGNED = "assigned"
    IN_PROGRESS = "in_progress"
    REPORTED_DONE = "reported_done"
    COMPLETED = "completed"
    REASSIGNED = "reassigned"

    @property
    def label(self) -> str:
        return ASSIGNMENT_STATE_LABELS[self]


ASSIGNMENT_STATE_LABELS = {
    AssignmentState.ASSIGNED: "đã giao",
    AssignmentState.IN_PROGRESS: "đang thực hiện",
    AssignmentState.REPORTED_DONE: "đơn vị báo hoàn thành",
    AssignmentState.COMPLETED: "đã xác nhận hoàn thành",
    AssignmentState.REASSIGNED: "đã chuyển giao",
}

_EDITABLE = {TaskState.DRAFT, TaskState.CONFIRMED}
_OPEN = {AssignmentState.ASSIGNED, AssignmentState.IN_PROGRESS, AssignmentState.REPORTED_DONE}


def require_editable(state: TaskState) -> None:
    if state not in _EDITABLE:
        raise ConflictError(f"Nhiệm vụ {state.label}: không thể sửa, tách, gộp hay loại")


def require_open(state: AssignmentState) -> None:
    if state not in _OPEN:
        raise ConflictError(f"Nhiệm vụ {state.label}: không thể thay đổi nữa")


def after_report(state: AssignmentState, percent: int) -> AssignmentState:
    require_open(state)
    return AssignmentState.REPORTED_DONE if percent >= 100 else AssignmentState.IN_PROGRESS


def require_confirmable(state: AssignmentState) -> None:
    if state is AssignmentState.COMPLETED:
        raise ConflictError("Nhiệm vụ đã được xác nhận hoàn thành trước đó")
    require_open(state)
