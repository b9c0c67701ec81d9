"""The audit trail, read side: verify the hash chain; list entries of one thing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from dondoc.domain.errors import PermissionDenied
from dondoc.domain.roles import Actor
from dondoc.services.base import read_only
from dondoc.storage import audit as audit_store
from dondoc.storage.audit import VerifyResult
from dondoc.storage.tables import AuditEntryRow

__all__ = ["AuditEntry", "VerifyResult", "audit_log", "verify_audit"]


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: datetime
    actor: str
    action: str
    entity: str
    entity_id: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None


@read_only
def verify_audit(session: Session, actor: Actor) -> VerifyResult:
    if not actor.reads_all:
        raise PermissionDenied("Chỉ Văn phòng và Lãnh đạo được kiểm tra nhật ký")
    return audit_store.verify(session)


@read_only
def audit_log(
    session: Session,
    actor: Actor,
    *,
    entity: str | None = None,
    entity_id: str | int | None = None,
    limit: int = 200,
) -> list[AuditEntry]:
    if not actor.reads_all:
        raise PermissionDenied("Chỉ Văn phòng và Lãnh đạo được xem nhật ký")
    stmt = select(AuditEntryRow).order_by(AuditEntryRow.seq.desc()).limit(limit)
    if entity is not None:
        stmt = stmt.where(AuditEntryRow.entity == entity)
    if entity_id is not None:
        stmt = stmt.where(AuditEntryRow.entity_id == str(entity_id))
    return [
        AuditEntry(r.seq, r.at, r.actor, r.action, r.entity, r.entity_id, r.before, r.after)
        for r in session.scalars(stmt)
    ]
