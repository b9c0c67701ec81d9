"""Read side of documents: the list, a document's tasks (drafts included) and its text with the
span of each task (the review page). Office and leaders only."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dondoc.domain.errors import PermissionDenied
from dondoc.domain.roles import Actor
from dondoc.domain.workflow import TaskState
from dondoc.services.assign import publish_problem
from dondoc.services.base import get_or_404, read_only
from dondoc.services.queries_views import TaskView, task_agencies
from dondoc.storage.tables import DocumentRow, TaskRow


@dataclass(frozen=True)
class DocumentView:
    id: int
    filename: str
    number: str | None
    doc_type: str | None
    issued_on: date | None
    subject: str | None
    tasks: int


@dataclass(frozen=True)
class DocumentText:
    id: int
    filename: str
    number: str | None
    doc_type: str | None
    issued_on: date | None
    issuer: str | None
    subject: str | None
    text: str
    spans: dict[int, tuple[int, int]]  # task id -> (start, end) in ``text``


def _require_reader(actor: Actor, what: str) -> None:
    if not actor.reads_all:
        raise PermissionDenied(f"Chỉ Văn phòng và Lãnh đạo được xem {what}")


@read_only
def list_documents(session: Session, actor: Actor) -> list[DocumentView]:
    _require_reader(actor, "danh sách văn bản")
    stmt = (
        select(
            DocumentRow.id,
            DocumentRow.filename,
            DocumentRow.number,
            DocumentRow.doc_type,
            DocumentRow.issued_on,
            DocumentRow.subject,
            func.count(TaskRow.id),
        )
        .outerjoin(TaskRow, TaskRow.document_id == DocumentRow.id)
        .group_by(DocumentRow.id)
        .order_by(DocumentRow.id)
    )
    return [DocumentView(*row) for row in session.execute(stmt)]


@read_only
def list_document_tasks(session: Session, actor: Actor, document_id: int) -> list[TaskView]:
    """Every task of a document, drafts included (review screen), each draft with ``problem``:
    why it cannot be published yet, or None."""
    _require_reader(actor, "bản nháp")
    doc = get_or_404(session, DocumentRow, document_id, "văn bản")
    tasks = session.scalars(
        select(TaskRow).where(TaskRow.document_id == document_id).order_by(TaskRow.position, TaskRow.id)
    ).all()
    editable = (TaskState.DRAFT.value, TaskState.CONFIRMED.value)
    return [
        TaskView(
            t.id,
            t.document_id,
            t.position,
            t.text,
            t.section,
            TaskState(t.state),
            t.deadline,
            t.deadline_kind,
            t.deadline_phrase,
            t.confidence,
            t.version,
            task_agencies(t),
            problem=publish_problem(session, t, doc) if t.state in editable else None,
        )
        for t in tasks
    ]


@read_only
def get_document_text(session: Session, actor: Actor, document_id: int) -> DocumentText:
    """A document's clean text and the span of each of its tasks: office and leaders only."""
    _require_reader(actor, "văn bản")
    doc = get_or_404(session, DocumentRow, document_id, "văn bản")
    spans = {
        task_id: (start, end)
        for task_id, start, end in session.execute(
            select(TaskRow.id, TaskRow.span_start, TaskRow.span_end).where(TaskRow.document_id == document_id)
        )
        if start is not None and end is not None
    }
    return DocumentText(
        doc.id,
        doc.filename,
        doc.number,
        doc.doc_type,
        doc.issued_on,
        doc.issuer,
        doc.subject,
        doc.text,
        spans,
    )
