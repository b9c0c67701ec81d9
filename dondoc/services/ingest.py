"""Ingest: a file becomes a document with draft tasks; the same file twice is recognised.

``ingest_extraction`` is the core (an already extracted document); ``ingest_file`` reads and
extracts a file first. Tasks are assigned as of ``on``, by default the document's date (the
day the directive gave them), else today. With ``publish=True`` every draft that can be published (a resolved
lead agency, a sensible deadline) is confirmed and assigned at once; the others stay drafts.

An agency the extractor named but did not identify is looked up in the registry by its name, as
of the document's date and for its issuer; a group ("UBND các huyện, thị xã, thành phố") gets the
group's id when the registry has one. Only ids present in the database are kept.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from dondoc.domain.agencies import Registry
from dondoc.domain.errors import ConflictError, InputError
from dondoc.domain.roles import Actor, require_office
from dondoc.domain.workflow import TaskState
from dondoc.extraction import Extraction, extract
from dondoc.extraction.model import AgencyRef
from dondoc.extraction.model import Task as DraftTask
from dondoc.services.assign import assign_task, publish_problem
from dondoc.services.base import record, today, use_case
from dondoc.storage.tables import AgencyRow, DocumentRow, TaskAgencyRow, TaskRow

Extractor = Callable[..., Extraction]


class DuplicateDocumentError(ConflictError):
    def __init__(self, document_id: int, filename: str) -> None:
        super().__init__(f"Văn bản này đã được nhập trước đó (mã văn bản {document_id}, tệp “{filename}”)")
        self.document_id = document_id


@dataclass
class IngestResult:
    document_id: int
    task_ids: list[int]
    published_task_ids: list[int] = field(default_factory=list)
    assignment_ids: list[int] = field(default_factory=list)
    drafts_left: list[tuple[int, str]] = field(default_factory=list)  # (task id, why not published)


def content_hash(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def find_duplicate(session: Session, content: bytes) -> int | None:
    return session.scalar(select(DocumentRow.id).where(DocumentRow.content_hash == content_hash(content)))


def ingest_file(
    session: Session,
    actor: Actor,
    path: Path,
    *,
    publish: bool = False,
    max_bytes: int = 20 * 1024 * 1024,
    extractor: Extractor = extract,
    on: date | None = None,
    registry: Registry | None = None,
) -> IngestResult:
    """Read, extract and store ``path`` (one transaction). DuplicateDocumentError if known."""
    require_office(actor)
    try:
        content = path.read_bytes()
    except OSError as exc:
        raise InputError(f"Không đọc được tệp “{path}”: {exc.strerror}") from None
    existing = find_duplicate(session, content)
    session.rollback()
    if existing is not None:
        raise DuplicateDocumentError(existing, path.name)
    extraction = extractor(path, max_bytes=max_bytes)
    return ingest_extraction(
        session,
        actor,
        filename=path.name,
        content=content,
        extraction=extraction,
        publish=publish,
        on=on,
        registry=registry,
    )


@use_case
def ingest_extraction(
    session: Session,
    actor: Actor,
    *,
    filename: str,
    content: bytes,
    extraction: Extraction,
    publish: bool = False,
    on: date | None = None,
    registry: Registry | None = None,
) -> IngestResult:
    """Store an extracted document and its draft tasks (one transaction); see the module doc.

    ``registry`` (default: the shipped one) identifies agencies the extractor left unresolved.
    """
    require_office(actor)
    digest = content_hash(content)
    existing = session.scalar(select(DocumentRow.id).where(DocumentRow.content_hash == digest))
    if existing is not None:
        raise DuplicateDocumentError(existing, filename)
    header = extraction.header
    doc = DocumentRow(
        content_hash=digest,
        filename=filename,
        format=extraction.format,
        size=len(content),
        original=content,
        text=extraction.text,
        extraction=extraction.to_json(),
        doc_type=header.type,
        number=header.number,
        issued_on=header.date,
        issuer=header.issuer,
        subject=header.subject,
        created_by=actor.user_id,
    )
    session.add(doc)
    session.flush()
    known = set(session.scalars(select(AgencyRow.id)))
    lookup = _Lookup(registry or Registry.load_default(), known, header.date, header.issuer)
    tasks = [_draft_row(doc.id, i, t, lookup) for i, t in enumerate(extraction.tasks)]
    session.add_all(tasks)
    session.flush()
    record(
        session,
        actor,
        "document.ingest",
        "document",
        doc.id,
        after={"filename": filename, "hash": digest, "number": header.number, "tasks": [t.id for t in tasks]},
    )
    result = IngestResult(document_id=doc.id, task_ids=[t.id for t in tasks])
    if publish:
        day = on or header.date or today()
        for task in tasks:
            problem = publish_problem(session, task, doc, day)
            if problem:
                result.drafts_left.append((task.id, problem))
                continue
            task.state = TaskState.PUBLISHED.value
            result.assignment_ids += assign_task(session, actor, task, doc, day)
            result.published_task_ids.append(task.id)
    return result


@dataclass
class _Lookup:
    """Agency ids for extracted references: the extractor's id, else the registry's by name."""

    registry: Registry
    known: set[str]
    at: date | None
    issuer: str | None

    def agency_id(self, ref: AgencyRef) -> tuple[str | None, bool]:
        """(id known to the database or None, whether it is a group)."""
        if ref.agency_id in self.known:
            return ref.agency_id, ref.group
        if not ref.name.strip():
            return None, ref.group
        found = self.registry.resolve(ref.name, at=self.at, issuer=self.issuer)
        if found.agency is not None and found.agency.id in self.known and not found.generic:
            return found.agency.id, found.agency.is_group
        return None, ref.group or found.kind == "group"


def _draft_row(document_id: int, position: int, t: DraftTask, lookup: _Lookup) -> TaskRow:
    refs = [("lead", a) for a in t.lead] + [("support", a) for a in t.support]
    return TaskRow(
        document_id=document_id,
        position=position,
        # a row of a table laid out with spaces: what is to be done, not every column's words
        text=t.content or t.text,
        section=t.section,
        span_start=t.span.start,
        span_end=t.span.end,
        kind="recurring" if t.deadline.kind == "recurring" else "task",
        deadline=t.deadline.date,
        deadline_kind=t.deadline.kind,
        deadline_phrase=t.deadline.phrase,
        recurring=t.deadline.recurring,
        confidence=t.confidence,
        state=TaskState.DRAFT.value,
        agencies=[_agency_row(role, a, lookup) for role, a in refs],
    )


def _agency_row(role: str, ref: AgencyRef, lookup: _Lookup) -> TaskAgencyRow:
    agency_id, is_group = lookup.agency_id(ref)
    return TaskAgencyRow(
        role=role, name=ref.name, mention=ref.mention, agency_id=agency_id, is_group=is_group
    )
