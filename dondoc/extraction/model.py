"""What the extractor returns: plain dataclasses, each piece tied to a span of the clean text.

Offsets (``Span``) always index ``TextDocument.text`` / ``Extraction.text``, the NFC clean text;
``SourceMap`` takes them back to the source.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from datetime import date
from typing import Any


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int

    def to_json(self) -> list[int]:
        return [self.start, self.end]


@dataclass(slots=True)
class SourceMap:
    """Monotone anchors (clean offset, source offset); offsets between anchors interpolate."""

    clean: list[int] = field(default_factory=list)
    source: list[int] = field(default_factory=list)

    def add(self, clean_offset: int, source_offset: int) -> None:
        if self.clean and clean_offset <= self.clean[-1]:
            self.clean[-1], self.source[-1] = clean_offset, source_offset
            return
        self.clean.append(clean_offset)
        self.source.append(source_offset)

    def to_source(self, offset: int) -> int:
        if not self.clean:
            return offset
        i = bisect.bisect_right(self.clean, offset) - 1
        if i < 0:
            return self.source[0]
        return self.source[i] + (offset - self.clean[i])


@dataclass(slots=True)
class Block:
    """One paragraph, heading line or table row of the clean text, in document order."""

    text: str
    span: Span
    kind: str = "para"  # "para" | "table_row"
    cells: tuple[str, ...] = ()
    table: int | None = None  # index of the table a row belongs to


@dataclass(slots=True)
class TextDocument:
    """A file turned into clean text (what every reader returns)."""

    name: str
    format: str  # "txt" | "docx" | "pdf" | "html"
    text: str
    blocks: list[Block]
    source_map: SourceMap = field(default_factory=SourceMap)
    encoding: str | None = None
    notes: list[str] = field(default_factory=list)
    # The decoded text as it stands in the file (legacy fonts converted, nothing repaired);
    # ``source_map`` maps offsets of ``text`` into it. Empty means "same as text".
    raw: str = ""

    def source_text(self, span: Span) -> str:
        """The source's own wording for a span of the clean text (quotes are taken from here)."""
        if not self.raw:
            return self.text[span.start : span.end]
        start, end = self.source_map.to_source(span.start), self.source_map.to_source(span.end)
        return self.raw[start:end]


@dataclass(slots=True)
class Signer:
    name: str | None = None
    title: str | None = None  # "Chủ tịch", "Phó Chủ tịch", "Giám đốc"
    authority: str | None = None  # "TM.", "KT.", "TL.", "TUQ.", "Q."
    on_behalf_of: str | None = None  # "Ủy ban nhân dân" of "TM. ỦY BAN NHÂN DÂN"

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "title": self.title,
            "authority": self.authority,
            "on_behalf_of": self.on_behalf_of,
        }


@dataclass(slots=True)
class Header:
    type: str | None = None  # "Chỉ thị", "Kế hoạch", "Công văn", ...
    number: str | None = None  # "04/CT-UBND"
    date: date | None = None
    place: str | None = None
    issuer: str | None = None  # "Ủy ban nhân dân tỉnh Điện Biên"
    parent_issuer: str | None = None  # "Bộ Công Thương" above "Cục ..."
    subject: str | None = None
    signer: Signer | None = None
    recipients: list[str] = field(default_factory=list)  # Kính gửi + Nơi nhận
    spans: dict[str, Span] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "number": self.number,
            "date": self.date.isoformat() if self.date else None,
            "place": self.place,
            "issuer": self.issuer,
            "parent_issuer": self.parent_issuer,
            "subject": self.subject,
            "signer": self.signer.to_json() if self.signer else None,
            "recipients": list(self.recipients),
        }


@dataclass(slots=True)
class Section:
    """A node of the document tree: Phần/Chương/Mục/Điều, I./1./a), -/+ items, Phụ lục."""

    kind: str  # "part" | "chapter" | "article" | "roman" | "number" | "paren" | "letter" | "dash" | "plus" | "appendix"
    marker: str  # as written: "II.", "3.", "b)", "-", "Điều 2."
    label: str  # path such as "II.3.b"
    title: str  # the heading text after the marker (may be the whole first paragraph)
    span: Span  # the whole section, children included
    level: int
    children: list[Section] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "marker": self.marker,
            "label": self.label,
            "title": self.title,
            "span": self.span.to_json(),
            "children": [c.to_json() for c in self.children],
        }


@dataclass(slots=True)
class AgencyRef:
    """An agency or group named in a task, as written and as resolved."""

    name: str  # full official name ("Sở Kế hoạch và Đầu tư")
    mention: str = ""  # the text as written ("Sở KH&ĐT")
    group: bool = False
    generic: bool = False
    agency_id: str | None = None  # registry id when resolved
    span: Span | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name, "mention": self.mention}
        if self.group:
            out["group"] = True
        if self.generic:
            out["generic"] = True
        if self.agency_id:
            out["agency_id"] = self.agency_id
        return out


RECURRENCES = ("daily", "weekly", "monthly", "quarterly", "semiannual", "yearly")
DEADLINE_KINDS = ("date", "recurring", "asap", "ongoing", "event", "none")


@dataclass(slots=True)
class Deadline:
    date: date | None = None
    recurring: str | None = None  # one of RECURRENCES
    kind: str = "none"  # one of DEADLINE_KINDS
    phrase: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "date": self.date.isoformat() if self.date else None,
            "recurring": self.recurring,
            "kind": self.kind,
            "phrase": self.phrase,
        }


@dataclass(slots=True)
class Task:
    text: str
    span: Span
    section: str = ""
    lead: list[AgencyRef] = field(default_factory=list)
    support: list[AgencyRef] = field(default_factory=list)
    deadline: Deadline = field(default_factory=Deadline)
    confidence: float = 0.5
    unresolved: list[str] = field(default_factory=list)
    # What is to be done, read out of a table laid out with spaces (``text`` there holds the source
    # lines with every column, as they stand); empty where ``text`` reads on its own.
    content: str = ""

    def to_json(self) -> dict[str, Any]:
        out = {
            "text": self.text,
            "section": self.section,
            "span": self.span.to_json(),
            "lead": [a.to_json() for a in self.lead],
            "support": [a.to_json() for a in self.support],
            "deadline": self.deadline.to_json(),
            "confidence": round(self.confidence, 2),
            "unresolved": list(self.unresolved),
        }
        if self.content:
            out["content"] = self.content
        return out


@dataclass(slots=True)
class Target:
    text: str
    comparator: str  # ">=", "<=", "=", "range"
    value: float
    value_max: float | None = None
    unit: str = ""
    due: date | None = None
    indicator: str = ""
    span: Span | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "comparator": self.comparator,
            "value": self.value,
            "value_max": self.value_max,
            "unit": self.unit,
            "due": self.due.isoformat() if self.due else None,
            "indicator": self.indicator,
            "span": self.span.to_json() if self.span else None,
        }


@dataclass(slots=True)
class Measurement:
    text: str
    value: float
    unit: str = ""
    indicator: str = ""
    period: str = ""
    basis: str = ""  # "so với cùng kỳ", "dự toán", "kế hoạch"
    span: Span | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "value": self.value,
            "unit": self.unit,
            "indicator": self.indicator,
            "period": self.period,
            "basis": self.basis,
            "span": self.span.to_json() if self.span else None,
        }


@dataclass(slots=True)
class Reference:
    number: str  # as written: "01/NQ-CP", "02-NQ/TU"
    type: str | None = None
    date: date | None = None
    issuer: str | None = None
    text: str = ""
    span: Span | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "type": self.type,
            "date": self.date.isoformat() if self.date else None,
            "issuer": self.issuer,
            "text": self.text,
            "span": self.span.to_json() if self.span else None,
        }


@dataclass(slots=True)
class Extraction:
    name: str
    format: str
    text: str
    header: Header = field(default_factory=Header)
    sections: list[Section] = field(default_factory=list)
    tasks: list[Task] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    measurements: list[Measurement] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    encoding: str | None = None

    def to_json(self, *, include_text: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "source": {"name": self.name, "format": self.format, "encoding": self.encoding},
            "document": self.header.to_json(),
            "tasks": [t.to_json() for t in self.tasks],
            "targets": [t.to_json() for t in self.targets],
            "measurements": [m.to_json() for m in self.measurements],
            "references": [r.to_json() for r in self.references],
            "sections": [s.to_json() for s in self.sections],
            "warnings": list(self.warnings),
        }
        if include_text:
            out["text"] = self.text
        return out
