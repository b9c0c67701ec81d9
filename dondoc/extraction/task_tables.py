"""Tasks laid out as fields or tables.

- Field items: a heading followed by "- Đơn vị chủ trì: X", "- Đơn vị phối hợp: Y", "- Thời gian: ..."
  is one task (the heading with its fields).
- Task tables: "Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian" rows, one task per row.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date

from dondoc.extraction.mention_lexicon import fold
from dondoc.extraction.mentions import Mention, find_mentions
from dondoc.extraction.model import AgencyRef, Deadline, Header, Section, Span, Task, TextDocument
from dondoc.extraction.structure import Paragraph
from dondoc.extraction.task_clauses import parties

_FIELD = re.compile(
    r"^(?P<label>(?:Đơn vị|Cơ quan|Bộ phận|Sở, ngành|Sở|Ngành)?\s*(?:chủ trì|thực hiện|phối hợp|chịu trách nhiệm)"
    r"(?:\s+(?:thực hiện|tham mưu|tổ chức))?|Chủ trì|Phối hợp|Thời gian(?:\s+(?:thực hiện|hoàn thành|dự kiến))?"
    r"|Thời hạn(?:\s+hoàn thành)?|Tiến độ(?:\s+thực hiện)?|Địa điểm(?:\s+thực hiện)?|Kinh phí(?:\s+thực hiện)?"
    r"|Hình thức(?:\s+thực hiện)?|Nội dung(?:\s+truyền thông)?|Phương thức(?:\s+truyền thông)?|Thành phần)\s*:\s*",
    re.IGNORECASE,
)

Resolver = Callable[[Mention], AgencyRef]
DeadlineFn = Callable[[str, date | None], Deadline]


def field_of(text: str) -> tuple[str, str] | None:
    """("lead" | "support" | "time" | "other", value) for "Đơn vị chủ trì: Sở X"-like items."""
    m = _FIELD.match(text)
    if not m:
        return None
    label = fold(m.group("label"))
    value = text[m.end() :]
    if "phoi hop" in label:
        return "support", value
    if "chu tri" in label or "thuc hien" in label or "chiu trach nhiem" in label:
        if label.startswith(("thoi gian", "dia diem", "kinh phi", "hinh thuc", "tien do")):
            return ("time" if label.startswith(("thoi gian", "tien do")) else "other"), value
        return "lead", value
    if label.startswith(("thoi gian", "thoi han", "tien do")):
        return "time", value
    return "other", value


def is_field(text: str) -> bool:
    return field_of(text) is not None


_NEXT_FIELD = re.compile(
    r"\s*[;.]\s+(?=(?:Đơn vị|Cơ quan|Bộ phận)\s+(?:chủ trì|phối hợp|thực hiện)\s*:|Thời gian\b|Thời hạn\b)"
)


def fields_of(text: str) -> list[tuple[str, str]]:
    """All fields of a line: "Đơn vị chủ trì: X; Đơn vị phối hợp: Y." gives a lead and a support field."""
    first = field_of(text)
    if first is None:
        return []
    kind, value = first
    m = _NEXT_FIELD.search(value)
    if not m:
        return [first]
    return [(kind, value[: m.start()]), *fields_of(value[m.end() :])]


def _refs(mentions: list[Mention], resolve: Resolver, skip: set[str]) -> list[AgencyRef]:
    out: list[AgencyRef] = []
    for m in mentions:
        key = fold(m.name)
        if key in skip:
            continue
        skip.add(key)
        out.append(resolve(m))
    return out


def trailer_tasks(
    doc: TextDocument, paras: list[Paragraph], header: Header, resolve: Resolver, parse_deadline: DeadlineFn
) -> Iterator[tuple[Task, set[int]]]:
    """List items followed by unmarked fields ("- Item 1", "- Item 2", "Đơn vị chủ trì: X; Đơn vị phối hợp: Y").

    The fields apply to every item since the previous fields: one task per item.
    """
    pending: list[list[Paragraph]] = []
    fields: dict[str, list[str]] = {}
    field_ids: set[int] = set()

    def flush() -> Iterator[tuple[Task, set[int]]]:
        if "lead" in fields and pending:
            for item in pending:
                yield (
                    _item_task(doc, item, fields, header, resolve, parse_deadline),
                    {id(q) for q in item} | field_ids,
                )
        fields.clear()
        field_ids.clear()
        pending.clear()

    for p in paras:
        found = fields_of(p.body) if p.marker_kind is None and p.kind != "table_row" else []
        if found and pending:
            for kind, value in found:
                fields.setdefault(kind, []).append(value)
            field_ids.add(id(p))
            continue
        if fields:
            yield from flush()
        if p.kind == "table_row":
            pending.clear()
        elif p.marker_kind in ("dash", "plus"):
            if pending and pending[-1][0].marker_kind != p.marker_kind:
                pending.clear()
            pending.append([p])
        elif p.marker_kind is None and pending:
            pending[-1].append(p)
        else:
            pending.clear()
    if fields:
        yield from flush()


def _item_task(
    doc: TextDocument,
    item: list[Paragraph],
    fields: dict[str, list[str]],
    header: Header,
    resolve: Resolver,
    parse_deadline: DeadlineFn,
) -> Task:
    skip: set[str] = set()
    head = item[0]
    leads = _refs([m for v in fields["lead"] for m in find_mentions(v)], resolve, skip)
    own = parties(head.body, header.issuer).supports  # "- Phối hợp với Sở X rà soát ..." in the item itself
    supports = _refs(own + [m for v in fields.get("support", []) for m in find_mentions(v)], resolve, skip)
    time_text = " ".join(fields.get("time", []))
    span = head.span
    return Task(
        text=doc.source_text(span),
        span=span,
        section=head.section.label if head.section else "",
        lead=leads,
        support=supports,
        deadline=parse_deadline(time_text or head.text, header.date),
        confidence=0.75,
    )


def field_tasks(
    doc: TextDocument,
    paras: list[Paragraph],
    parents: dict[int, Section | None],
    header: Header,
    resolve: Resolver,
    parse_deadline: DeadlineFn,
) -> Iterator[tuple[Task, set[int]]]:
    """Sections whose items are fields ("Đơn vị chủ trì: ...") give one task each."""
    for i, p in enumerate(paras):
        sec = p.section
        if sec is None or p.marker_kind is None or sec.title != p.body or is_field(p.body):
            continue
        fields: dict[str, list[str]] = {}
        used: set[int] = set()
        end = p.span.end
        for q in paras[i + 1 :]:
            if q.span.start >= sec.span.end:
                break
            if q.section is not None and q.section is not sec and parents.get(id(q.section)) is not sec:
                if q.marker_kind is not None:
                    break
            f = field_of(q.body)
            if f is not None and q.marker_kind in ("dash", "plus", None):
                fields.setdefault(f[0], []).append(f[1])
            used.add(id(q))
            end = q.span.end
        if "lead" not in fields:
            continue
        skip: set[str] = set()
        leads = _refs([m for v in fields["lead"] for m in find_mentions(v)], resolve, skip)
        if not [x for x in leads if not x.generic]:
            continue
        supports = _refs([m for v in fields.get("support", []) for m in find_mentions(v)], resolve, skip)
        span = Span(p.span.start, end)
        time_text = " ".join(fields.get("time", []))
        task = Task(
            text=doc.source_text(span),
            span=span,
            section=sec.label,
            lead=leads,
            support=supports,
            deadline=parse_deadline(time_text, header.date) if time_text else Deadline(),
            confidence=0.8,
        )
        used.add(id(p))
        yield task, used


_COLS = {
    "lead": ("chu tri", "don vi thuc hien", "co quan thuc hien", "trach nhiem", "thuc hien"),
    "support": ("phoi hop",),
    "time": ("thoi gian", "thoi han", "tien do", "hoan thanh"),
    "content": ("noi dung", "nhiem vu", "cong viec", "hoat dong", "ten "),
}


def _row_cells(p: Paragraph) -> list[str] | None:
    if p.kind == "table_row" and p.cells:
        return [c.strip() for c in p.cells]
    if p.text.count("|") >= 2:
        return [c.strip() for c in p.text.split("|")]
    return None


_STRONG_LEAD = ("chu tri", "nguoi thuc hien", "don vi thuc hien", "co quan thuc hien", "trach nhiem")
_CONTENT_FIRST = ("noi dung", "nhiem vu", "cong viec", "hoat dong")


def _columns(cells: list[str]) -> dict[str, int] | None:
    """Roles of a header row's columns; "Nhiệm vụ thực hiện" is the content, "Người thực hiện" the lead."""
    cols: dict[str, int] = {}
    for j, c in enumerate(cells):
        key = fold(c) + " "
        roles = ("content",) if key.startswith(_CONTENT_FIRST) else ("support", "lead", "time", "content")
        for role in roles:
            if role not in cols and any(k in key for k in _COLS[role]):
                if role == "lead" and "phoi hop" in key:
                    continue
                cols[role] = j
                break
    strong = [
        j
        for j, c in enumerate(cells)
        if any(k in fold(c) for k in _STRONG_LEAD) and "phoi hop" not in fold(c)
    ]
    if strong and cols.get("lead") not in strong:
        if "content" not in cols and "lead" in cols:
            cols["content"] = cols["lead"]  # "(N)ội dung thực hiện" read as a lead column
        cols["lead"] = strong[0]
    return cols if "lead" in cols else None


def table_tasks(
    doc: TextDocument, paras: list[Paragraph], header: Header, resolve: Resolver, parse_deadline: DeadlineFn
) -> Iterator[Task]:
    cols: dict[str, int] | None = None
    width = 0
    for p in paras:
        cells = _row_cells(p)
        if cells is None:
            if len(p.text.strip()) > 4:  # a page number between two rows does not end the table
                cols = None
            continue
        found = _columns(cells) if all(len(c) < 60 for c in cells) else None
        if found is not None and not find_mentions(cells[found["lead"]]):
            cols, width = found, len(cells)
            continue
        if len(cells) < width and p.text.count("|") == width - 1:
            cells = [c.strip() for c in p.text.split("|")]  # empty cells kept, columns aligned
        if cols is None or len(cells) <= cols["lead"]:
            continue
        skip: set[str] = set()
        lead_cell = cells[cols["lead"]]
        leads = _refs(find_mentions(lead_cell), resolve, skip)  # persons are no agencies (GUIDE)
        if not [x for x in leads if not x.generic]:
            continue
        sup_cell = cells[cols["support"]] if "support" in cols and cols["support"] < len(cells) else ""
        time_cell = cells[cols["time"]] if "time" in cols and cols["time"] < len(cells) else ""
        yield Task(
            text=doc.source_text(p.span),
            span=p.span,
            section=p.section.label if p.section else "",
            lead=leads,
            support=_refs(find_mentions(sup_cell), resolve, skip),
            deadline=parse_deadline(time_cell, header.date) if time_cell else Deadline(),
            confidence=0.8,
        )
