"""Append to and verify the hash-chained audit trail.

Each entry's hash covers its own fields and the previous entry's hash, and the head row keeps
the last sequence number and hash, so editing, deleting or reordering any entry (the last one
included) breaks ``verify``.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from dondoc.storage.base import utcnow
from dondoc.storage.tables import AuditEntryRow, AuditHeadRow

GENESIS = "0" * 64


def _digest(
    *,
    seq: int,
    at: datetime,
    actor_id: int | None,
    actor: str,
    action: str,
    entity: str,
    entity_id: str,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
    prev_hash: str,
) -> str:
    payload = {
        "seq": seq,
        "at": at.isoformat(),
        "actor_id": actor_id,
        "actor": actor,
        "action": action,
        "entity": entity,
        "entity_id": entity_id,
        "before": before,
        "after": after,
        "prev": prev_hash,
    }
    raw = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


def _head(session: Session) -> AuditHeadRow:
    head = session.scalars(select(AuditHeadRow).where(AuditHeadRow.id == 1).with_for_update()).first()
    if head is None:
        head = AuditHeadRow(id=1, seq=0, hash=GENESIS)
        session.add(head)
        session.flush()
    return head


def append(
    session: Session,
    *,
    actor_id: int | None,
    actor: str,
    action: str,
    entity: str,
    entity_id: str | int,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> AuditEntryRow:
    """Add one entry to the chain inside the caller's transaction."""
    head = _head(session)
    before = _jsonable(before)
    after = _jsonable(after)
    fields: dict[str, Any] = {
        "seq": head.seq + 1,
        "at": utcnow(),
        "actor_id": actor_id,
        "actor": actor,
        "action": action,
        "entity": entity,
        "entity_id": str(entity_id),
        "before": before,
        "after": after,
        "prev_hash": head.hash,
    }
    entry = AuditEntryRow(**fields, hash=_digest(**fields))
    session.add(entry)
    head.seq, head.hash = entry.seq, entry.hash
    session.flush()
    return entry


def _jsonable(value: dict[str, Any] | None) -> dict[str, Any] | None:
    if value is None:
        return None
    loaded: dict[str, Any] = json.loads(json.dumps(value, ensure_ascii=False, default=str))
    return loaded


@dataclass(frozen=True)
class VerifyResult:
    entries: int
    problems: list[str]

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(session: Session) -> VerifyResult:
    """Walk the chain in order; every problem is described in Vietnamese."""
    problems: list[str] = []
    prev, expected_seq, n = GENESIS, 1, 0
    for row in session.scalars(select(AuditEntryRow).order_by(AuditEntryRow.seq)).yield_per(1000):
        n += 1
        if row.seq != expected_seq:
            problems.append(f"Thiếu bản ghi nhật ký số {expected_seq}–{row.seq - 1} (đã bị xóa)")
        if row.prev_hash != prev:
            problems.append(f"Bản ghi nhật ký số {row.seq} không nối với bản ghi trước (chuỗi bị cắt)")
        fields: dict[str, Any] = {
            "seq": row.seq,
            "at": row.at,
            "actor_id": row.actor_id,
            "actor": row.actor,
            "action": row.action,
            "entity": row.entity,
            "entity_id": row.entity_id,
            "before": row.before,
            "after": row.after,
            "prev_hash": row.prev_hash,
        }
        if _digest(**fields) != row.hash:
            problems.append(f"Bản ghi nhật ký số {row.seq} đã bị sửa (mã băm không khớp)")
        prev, expected_seq = row.hash, row.seq + 1
    head = session.get(AuditHeadRow, 1)
    head_seq, head_hash = (head.seq, head.hash) if head else (0, GENESIS)
    if head_seq != expected_seq - 1 or head_hash != prev:
        problems.append(f"Nhật ký kết thúc ở bản ghi số {expected_seq - 1} nhưng đầu chuỗi ghi số {head_seq}")
    return VerifyResult(entries=n, problems=problems)
