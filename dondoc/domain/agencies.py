"""The agency registry: agencies and groups with aliases, validity dates and successors.

(Interface in place; the registry helper fills in the data and the matching.)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Agency:
    id: str
    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    valid_from: date | None = None
    valid_to: date | None = None
    successor_id: str | None = None
    is_group: bool = False
    member_ids: tuple[str, ...] = ()
    level: str | None = None


@dataclass(frozen=True)
class Resolution:
    """What a mention resolves to: one agency, a group, or unknown (the mention is kept)."""

    mention: str
    name: str  # full official name, as on the date asked for
    kind: str  # "agency" | "group" | "unknown"
    agency: Agency | None = None
    generic: bool = False
    members: tuple[Agency, ...] = field(default=())


class Registry:
    def __init__(self, agencies: list[Agency] | None = None) -> None:
        self.agencies = {a.id: a for a in agencies or []}

    def resolve(self, mention: str, *, at: date | None = None, issuer: str | None = None) -> Resolution:
        return Resolution(mention=mention, name=mention, kind="unknown")
