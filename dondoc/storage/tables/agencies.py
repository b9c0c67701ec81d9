"""Agencies and groups, copied from the registry with their validity dates and successors."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from dondoc.storage.base import Base


class AgencyRow(Base):
    __tablename__ = "agencies"

    id: Mapped[str] = mapped_column(String(80), primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(40), default="")
    level: Mapped[str | None] = mapped_column(String(40))
    is_group: Mapped[bool] = mapped_column(Boolean, default=False)
    valid_from: Mapped[date | None] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
    successor_id: Mapped[str | None] = mapped_column(String(80))
    email: Mapped[str | None] = mapped_column(String(200))

    def valid_on(self, day: date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to
        )


class AgencyMemberRow(Base):
    """A member of a group ("các sở, ban, ngành"); the member's own dates say when it counts."""

    __tablename__ = "agency_members"

    group_id: Mapped[str] = mapped_column(ForeignKey("agencies.id", ondelete="CASCADE"), primary_key=True)
    member_id: Mapped[str] = mapped_column(ForeignKey("agencies.id", ondelete="CASCADE"), primary_key=True)
