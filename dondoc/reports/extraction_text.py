"""A readable Vietnamese summary of an ``Extraction`` for the terminal."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from dondoc.domain.text import fold
from dondoc.extraction.model import Deadline, Extraction, Task

RECURRENCE_VI = {
    "daily": "hằng ngày",
    "weekly": "hằng tuần",
    "monthly": "hằng tháng",
    "quarterly": "hằng quý",
    "semiannual": "6 tháng một lần",
    "yearly": "hằng năm",
}
COMPARATOR_VI = {">=": "tối thiểu", "<=": "tối đa", "=": "bằng", "range": "từ"}


def vn_date(d: date | None) -> str:
    return d.strftime("%d/%m/%Y") if d else "—"


def vn_number(value: float) -> str:
    text = f"{value:,.2f}".rstrip("0").rstrip(".") if value != int(value) else f"{int(value):,}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def with_unit(value: str, unit: str) -> str:
    """'7' + '%' -> '7%'; '12' + 'tỷ đồng' -> '12 tỷ đồng'."""
    if not unit:
        return value
    return value + unit if unit == "%" else f"{value} {unit}"


def deadline_text(deadline: Deadline) -> str:
    parts = []
    if deadline.date:
        parts.append(f"hạn {vn_date(deadline.date)}")
    if deadline.recurring:
        parts.append(RECURRENCE_VI.get(deadline.recurring, deadline.recurring))
    if not parts:
        parts.append(
            {"asap": "khẩn trương", "ongoing": "thường xuyên", "event": "theo sự kiện"}.get(
                deadline.kind, "không nêu thời hạn"
            )
        )
    return ", ".join(parts)


def _short(text: str, width: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _task_line(task: Task) -> str:
    support = ", ".join(a.name for a in task.support)
    what = task.content or task.text  # a row of a table laid out with spaces reads from its content
    line = f"  - [{task.section or '—'}] {_short(what)}\n      Thời hạn: {deadline_text(task.deadline)}"
    if support:
        line += f"; phối hợp: {support}"
    return line


def render_extraction_text(result: Extraction) -> str:
    h = result.header
    lines = [f"Tệp: {result.name} ({result.format})", ""]
    lines.append("VĂN BẢN")
    lines.append(f"  Loại: {h.type or '—'}    Số: {h.number or '—'}    Ngày: {vn_date(h.date)}")
    lines.append(f"  Cơ quan ban hành: {h.issuer or '—'}")
    if h.subject:
        lines.append(f"  Trích yếu: {_short(h.subject, 200)}")
    if h.signer and h.signer.name:
        title = " ".join(x for x in (h.signer.authority, h.signer.title) if x)
        lines.append(f"  Người ký: {h.signer.name}" + (f" ({title})" if title else ""))
    lines.append("")
    lines.append(f"NHIỆM VỤ ({len(result.tasks)})")
    # one heading per agency (the registry id, else the name whatever its case); a generic phrase
    # ("các cơ quan, đơn vị liên quan") heads nothing of its own
    by_lead: dict[str, list[Task]] = defaultdict(list)
    titles: dict[str, str] = {}
    for task in result.tasks:
        leads = [a for a in task.lead if not a.generic]
        keys = [(a.agency_id or fold(a.name), a.name) for a in leads] or [
            ("", "(chưa xác định cơ quan chủ trì)")
        ]
        for key, name in dict(keys).items():
            titles.setdefault(key, name[:1].upper() + name[1:])
            by_lead[key].append(task)
    for key, tasks in by_lead.items():
        lines.append(f"* {titles[key]} — {len(tasks)} nhiệm vụ")
        lines.extend(_task_line(t) for t in tasks)
    lines.append("")
    lines.append(f"CHỈ TIÊU ({len(result.targets)})")
    for t in result.targets:
        value = vn_number(t.value) + (f" – {vn_number(t.value_max)}" if t.value_max is not None else "")
        cmp_ = COMPARATOR_VI.get(t.comparator, t.comparator)
        due = f", đến {vn_date(t.due)}" if t.due else ""
        lines.append(f"  - {t.indicator or _short(t.text, 80)}: {cmp_} {with_unit(value, t.unit)}{due}")
    lines.append("")
    lines.append(f"SỐ LIỆU BÁO CÁO ({len(result.measurements)})")
    for m in result.measurements:
        basis = f" ({m.basis})" if m.basis else ""
        lines.append(
            f"  - {m.indicator or _short(m.text, 80)}: {with_unit(vn_number(m.value), m.unit)}{basis}"
        )
    lines.append("")
    lines.append(f"VĂN BẢN ĐƯỢC DẪN ({len(result.references)})")
    for r in result.references:
        extra = " ".join(
            x
            for x in (
                r.type or "",
                f"ngày {vn_date(r.date)}" if r.date else "",
                f"của {r.issuer}" if r.issuer else "",
            )
            if x
        )
        lines.append(f"  - {r.number}" + (f" — {extra}" if extra else ""))
    for w in result.warnings:
        lines.append(f"Lưu ý: {w}")
    return "\n".join(lines)
