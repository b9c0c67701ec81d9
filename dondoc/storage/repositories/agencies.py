"""Agencies in the database: synchronised from the registry, looked up, expanded."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from dondoc.domain.agencies import Agency
from dondoc.storage.tables import AgencyMemberRow, AgencyRow


def sync(session: Session, agencies: Iterable[Agency]) -> tuple[int, int]:
    """Insert or update agencies and group memberships; returns (added, updated).

    A group's members are its explicit ``member_ids`` and, for a group defined by
    ``member_kinds`` ("các sở, ban, ngành tỉnh"), every agency of those kinds and of the group's
    province among ``agencies``, whatever its dates: ``members_on`` keeps those valid on the day
    asked, as ``Registry.members(group, at)`` does. Pass the whole registry so that groups by kind
    see every agency. Agencies absent from the registry are kept (old tasks refer to them);
    e-mails set in the database are kept.
    """
    items = list(agencies)
    existing = {a.id: a for a in session.scalars(select(AgencyRow))}
    added = updated = 0
    for a in items:
        row = existing.get(a.id)
        values = {
            "name": a.name,
            "kind": a.kind,
            "level": a.level,
            "is_group": a.is_group,
            "valid_from": a.valid_from,
            "valid_to": a.valid_to,
            "successor_id": a.successor_id,
        }
        if row is None:
            session.add(AgencyRow(id=a.id, **values))
            added += 1
        elif any(getattr(row, k) != v for k, v in values.items()):
            for k, v in values.items():
                setattr(row, k, v)
            updated += 1
    session.flush()
    known = set(existing) | {a.id for a in items}
    groups = [a for a in items if a.is_group]
    if groups:
        session.execute(delete(AgencyMemberRow).where(AgencyMemberRow.group_id.in_([g.id for g in groups])))
        for g in groups:
            for member in dict.fromkeys([*g.member_ids, *_kind_members(g, items)]):
                if member in known and member != g.id:
                    session.add(AgencyMemberRow(group_id=g.id, member_id=member))
    session.flush()
    return added, updated


def _kind_members(group: Agency, items: list[Agency]) -> list[str]:
    if not group.member_kinds:
        return []
    return [
        a.id
        for a in items
        if a.kind in group.member_kinds and not a.is_group and a.province == group.province
    ]


def get(session: Session, agency_id: str) -> AgencyRow | None:
    return session.get(AgencyRow, agency_id)


def members_on(session: Session, group_id: str, day: date) -> list[AgencyRow]:
    """The group's member agencies valid on ``day``, in id order."""
    rows = session.scalars(
        select(AgencyRow)
        .join(AgencyMemberRow, AgencyMemberRow.member_id == AgencyRow.id)
        .where(AgencyMemberRow.group_id == group_id)
        .order_by(AgencyRow.id)
    )
    return [r for r in rows if r.valid_on(day)]


def successor_on(session: Session, agency: AgencyRow, day: date) -> AgencyRow | None:
    """Follow ``successor_id`` until an agency valid on ``day`` (None if the chain ends)."""
    seen = {agency.id}
    current = agency
    while current.successor_id and current.successor_id not in seen:
        nxt = session.get(AgencyRow, current.successor_id)
        if nxt is None:
            return None
        if nxt.valid_on(day):
            return nxt
        seen.add(nxt.id)
        current = nxt
    return None


def names(session: Session, ids: Iterable[str]) -> dict[str, str]:
    wanted = set(ids)
    if not wanted:
        return {}
    return dict(session.execute(select(AgencyRow.id, AgencyRow.name).where(AgencyRow.id.in_(wanted))).all())
