"""The agency registry: agencies and groups with aliases, validity dates and successors.

A mention found in a document ("Sở KH&ĐT", "Chủ tịch UBND các huyện", "các cơ quan liên quan") is
resolved to a canonical full name (nationwide patterns, dondoc.domain.agency_names) and, when the
issuer's province has a registry, to the agency that bore that name on the document's date. The
2025 reorganisation is data: validity dates and successor links (see docs/agencies.md).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from dondoc.domain.agency_lexicon import is_agency_phrase, is_generic, is_group_phrase
from dondoc.domain.agency_names import canonical_name, data_text, kind_of, match_key, national, place_of
from dondoc.domain.errors import NotFoundError
from dondoc.domain.text import fold


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
    partial_successor_ids: tuple[str, ...] = ()  # bodies that took over split-off functions
    member_kinds: tuple[str, ...] = ()  # a group also holds every agency of these kinds valid at the date
    parent_id: str | None = None
    province: str | None = None  # "Điện Biên"; None for a registry without a province
    sources: tuple[str, ...] = ()
    notes: str | None = None

    def valid_at(self, at: date | None) -> bool:
        """In existence on that date (None: today, i.e. not ended)."""
        if at is None:
            return self.valid_to is None
        return (self.valid_from is None or self.valid_from <= at) and (
            self.valid_to is None or at <= self.valid_to
        )


@dataclass(frozen=True)
class Resolution:
    """What a mention resolves to: one agency, a group, or unknown (the mention is kept)."""

    mention: str
    name: str  # full official name, as on the date asked for
    kind: str  # "agency" | "group" | "unknown"
    agency: Agency | None = None
    generic: bool = False
    members: tuple[Agency, ...] = field(default=())
    agency_kind: str | None = None  # "so", "bo", "ubnd_huyen"... (agency_names.KINDS)


# Words of a group phrase -> kinds of its members (when the registry has no entry for the phrase).
_GROUP_KINDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (r"\b(?:so|nganh)\b", ("so", "ban")),
    (r"\b(?:huyen|quan|thi xa)\b", ("ubnd_huyen",)),
    (r"\b(?:xa|phuong|thi tran)\b", ("ubnd_xa",)),
    (r"\b(?:chu dau tu|ban quan ly du an)\b", ("ban_qlda",)),
    (r"\bdoan the\b", ("doan_the",)),
)


class Registry:
    def __init__(self, agencies: list[Agency] | None = None) -> None:
        self.agencies = {a.id: a for a in agencies or []}
        self._index: dict[str, list[Agency]] | None = None
        self._places: tuple[str, ...] = tuple(
            sorted({fold(a.province or "") for a in self.agencies.values()})
        )
        self._cache: dict[tuple[str, date | None, str | None], Resolution] = {}

    @classmethod
    def load_default(cls) -> Registry:
        """The registry shipped with dondoc (every province under dondoc/data/agencies/), loaded once."""
        return _default_registry()

    # ------------------------------------------------------------------ lookup

    def _keys(self) -> dict[str, list[Agency]]:
        if self._index is None:
            index: dict[str, list[Agency]] = {}
            for agency in self.agencies.values():
                place = fold(agency.province or "")
                for text in {agency.name, *agency.aliases}:
                    bucket = index.setdefault(match_key(text, place), [])
                    if agency not in bucket:
                        bucket.append(agency)
            self._index = index
        return self._index

    def get(self, agency_id: str) -> Agency:
        try:
            return self.agencies[agency_id]
        except KeyError:
            raise NotFoundError(f"Không có cơ quan mã «{agency_id}» trong danh mục.") from None

    def find(self, mention: str, *, at: date | None = None, issuer: str | None = None) -> Agency | None:
        """The registry entry a mention names (the one valid at ``at`` first), or None."""
        places = self._places_for(mention, issuer)
        found: list[Agency] = []
        for p in places:
            for agency in self._keys().get(match_key(mention, p), ()):
                if fold(agency.province or "") == p:
                    found.append(agency)
        if not found:
            return None
        return min(found, key=lambda a: _distance(a, at))

    def _places_for(self, mention: str, issuer: str | None) -> tuple[str, ...]:
        """Registries a mention may be looked up in: entries without a province, the issuer's province,
        and a province the mention names itself ("Sở Y tế tỉnh Điện Biên" in another province's text).

        A province's entries never answer for a bare name ("Sở Y tế") in a document issued elsewhere.
        """
        own = place_of(issuer)
        key = fold(mention)
        return tuple(p for p in self._places if not p or p == own or key.endswith(" " + p))

    def resolve(self, mention: str, *, at: date | None = None, issuer: str | None = None) -> Resolution:
        key = (mention, at, issuer)
        cached = self._cache.get(key)
        if cached is None:
            if len(self._cache) > 50_000:
                self._cache.clear()
            cached = self._cache[key] = self._resolve(mention, at, issuer)
        return cached

    def _resolve(self, mention: str, at: date | None, issuer: str | None) -> Resolution:
        name = canonical_name(mention)
        plural = is_group_phrase(name)
        if is_generic(mention):
            kind = "group" if plural else "unknown"
            return Resolution(mention, name, kind, generic=True, agency_kind=kind_of(name))
        agency = self.find(name, at=at, issuer=issuer)
        if agency is not None and agency.is_group:
            return Resolution(
                mention, name, "group", agency, members=self.members(agency, at), agency_kind=agency.kind
            )
        if agency is not None:
            return Resolution(mention, agency.name, "agency", agency, agency_kind=agency.kind)
        if plural:
            members = self._members_by_phrase(name, at, issuer)
            return Resolution(mention, name, "group", members=members, agency_kind=kind_of(name))
        agency_kind = kind_of(name)
        if agency_kind is not None or is_agency_phrase(name):
            return Resolution(mention, name, "agency", agency_kind=agency_kind)
        return Resolution(mention, name, "unknown")

    # ------------------------------------------------------------------ groups and successors

    def members(self, group: Agency | str, at: date | None = None) -> tuple[Agency, ...]:
        """The agencies of a group that exist at ``at`` (explicit members, then members by kind)."""
        g = self.get(group) if isinstance(group, str) else group
        ids = [m for m in g.member_ids if m in self.agencies]
        if g.member_kinds:
            ids += [
                a.id
                for a in self.agencies.values()
                if a.kind in g.member_kinds and not a.is_group and a.province == g.province
            ]
        seen: dict[str, Agency] = {}
        for i in ids:
            a = self.agencies[i]
            if a.valid_at(at) and i not in seen:
                seen[i] = a
        return tuple(seen.values())

    def _members_by_phrase(self, name: str, at: date | None, issuer: str | None) -> tuple[Agency, ...]:
        place = place_of(issuer)
        if not self.agencies or place not in self._places:
            return ()
        key = fold(name)
        kinds: set[str] = set()
        for pattern, ks in _GROUP_KINDS:
            if re.search(pattern, key):
                kinds.update(ks)
        if re.search(r"\bdia phuong\b", key):
            kinds.add(
                "ubnd_huyen"
                if any(a.kind == "ubnd_huyen" and a.valid_at(at) for a in self.agencies.values())
                else "ubnd_xa"
            )
        return tuple(
            a
            for a in self.agencies.values()
            if a.kind in kinds and not a.is_group and a.valid_at(at) and fold(a.province or "") == place
        )

    def current_holder(self, agency_id: str, at: date | None = None) -> Agency:
        """The body that holds the agency's tasks at ``at`` (default: today), following successors.

        An agency that ended without a successor (a district abolished on 1/7/2025) is returned as
        is; its ``valid_to`` tells that it no longer exists."""
        agency = self.get(agency_id)
        seen = {agency.id}
        while agency.valid_to is not None and agency.successor_id and (at is None or at > agency.valid_to):
            nxt = self.get(agency.successor_id)
            if nxt.id in seen:
                break
            seen.add(nxt.id)
            agency = nxt
        return agency

    def partial_successors(self, agency_id: str) -> tuple[Agency, ...]:
        """Bodies that took over functions split off from the agency (e.g. Sở LĐ-TB&XH -> Sở Y tế)."""
        return tuple(
            self.agencies[i] for i in self.get(agency_id).partial_successor_ids if i in self.agencies
        )


def _distance(agency: Agency, at: date | None) -> int:
    """0 when valid at the date; otherwise days to its validity window (so the nearest wins)."""
    if agency.valid_at(at):
        return 0
    if at is None:
        return 1
    if agency.valid_to is not None and at > agency.valid_to:
        return (at - agency.valid_to).days
    if agency.valid_from is not None and at < agency.valid_from:
        return (agency.valid_from - at).days
    return 1


@lru_cache(maxsize=1)
def _default_registry() -> Registry:
    from dondoc.domain.agency_io import parse_registry_json

    agencies: list[Agency] = []
    for file in sorted(set(national().provinces.values())):
        agencies += parse_registry_json(data_text(file), source=file)
    return Registry(agencies)


def resolve(mention: str, *, at: date | None = None, issuer: str | None = None) -> Resolution:
    """Resolve a mention with the shipped registry (Registry.load_default())."""
    return Registry.load_default().resolve(mention, at=at, issuer=issuer)
