"""Who may do what: roles, the acting user and the permission rules (pure).

* office ("văn phòng"): the provincial office; administers users, reviews and publishes tasks,
  confirms completion, decides extensions, reassigns.
* leader ("lãnh đạo"): reads everything, changes nothing.
* officer ("cán bộ đơn vị"): bound to one agency; reads and reports on that agency's work only.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from dondoc.domain.errors import InputError, PermissionDenied


class Role(StrEnum):
    OFFICE = "office"
    LEADER = "leader"
    OFFICER = "officer"

    @property
    def label(self) -> str:
        return {"office": "Văn phòng", "leader": "Lãnh đạo", "officer": "Cán bộ đơn vị"}[self.value]


def parse_role(raw: str) -> Role:
    try:
        return Role(raw.strip().lower())
    except ValueError:
        raise InputError(f"Vai trò “{raw}” không hợp lệ: chọn office, leader hoặc officer") from None


@dataclass(frozen=True)
class Actor:
    """The user a service acts for. ``user_id`` is None for the command-line operator."""

    user_id: int | None
    username: str
    role: Role
    agency_id: str | None = None

    @property
    def reads_all(self) -> bool:
        return self.role in (Role.OFFICE, Role.LEADER)


SYSTEM_ACTOR = Actor(user_id=None, username="system", role=Role.OFFICE)


def require_office(actor: Actor) -> None:
    if actor.role is not Role.OFFICE:
        raise PermissionDenied("Chỉ Văn phòng được thực hiện thao tác này")


def require_can_read_agency(actor: Actor, agency_id: str) -> None:
    if not actor.reads_all and actor.agency_id != agency_id:
        raise PermissionDenied("Bạn chỉ được xem nhiệm vụ của đơn vị mình")


def require_can_report(actor: Actor, agency_id: str) -> None:
    """Officers report for their own agency; the office may report on an agency's behalf."""
    if actor.role is Role.OFFICE:
        return
    if actor.role is Role.OFFICER and actor.agency_id == agency_id:
        return
    raise PermissionDenied("Bạn chỉ được báo cáo tiến độ nhiệm vụ của đơn vị mình")
