"""``dondoc tasks`` (assignments with their status class) and ``dondoc summary``."""

from __future__ import annotations

import json
from dataclasses import asdict
from enum import StrEnum
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from dondoc.cli.common import AsUser, actor, open_session, parse_date, vn_date
from dondoc.domain.errors import InputError
from dondoc.domain.status import StatusClass, parse_status
from dondoc.services import queries
from dondoc.services.base import today


class Format(StrEnum):
    table = "table"
    json = "json"


def _status(raw: str | None) -> StatusClass | None:
    if raw is None:
        return None
    try:
        return parse_status(raw)
    except ValueError:
        codes = ", ".join(s.value for s in StatusClass)
        raise InputError(f"Trạng thái “{raw}” không hợp lệ: chọn {codes}") from None


def tasks_command(
    agency: Annotated[str | None, typer.Option("--agency", help="Mã đơn vị")] = None,
    status: Annotated[
        str | None, typer.Option("--status", help="done_on_time, done_late, in_progress, overdue")
    ] = None,
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="Tính trạng thái tại ngày (mặc định: hôm nay)")
    ] = None,
    document: Annotated[int | None, typer.Option("--document", help="Mã văn bản")] = None,
    output: Annotated[Format, typer.Option("--format", help="table hoặc json")] = Format.table,
    as_user: AsUser = None,
) -> None:
    """Liệt kê nhiệm vụ đã giao, mỗi đơn vị một dòng, với trạng thái theo QĐ 42/2014.

    Example:

        dondoc tasks --agency so_tai_chinh --status overdue --as-of 2021-07-01
    """
    day = parse_date(as_of, "ngày tính") or today()
    with open_session(readonly=True) as session:
        rows = queries.list_assignments(
            session,
            actor(session, as_user),
            as_of=day,
            agency_id=agency,
            status=_status(status),
            document_id=document,
        )
    if output is Format.json:
        typer.echo(json.dumps([_json(asdict(r)) for r in rows], ensure_ascii=False, indent=1))
        return
    table = Table(title=f"Nhiệm vụ tại ngày {vn_date(day)} ({len(rows)} lượt giao)")
    for col in ("Nhiệm vụ", "Phân công", "Đơn vị chủ trì", "Nội dung", "Hạn", "%", "Trạng thái"):
        table.add_column(col)
    for r in rows:
        due = vn_date(r.due_on) + (
            f" (gốc {vn_date(r.original_due_on)})" if r.due_on != r.original_due_on else ""
        )
        text = r.text if len(r.text) <= 70 else r.text[:69] + "…"
        table.add_row(str(r.task_id), str(r.id), r.agency_name, text, due, str(r.percent), r.status.label)
    Console(width=160).print(table)


def _json(d: dict[str, Any]) -> dict[str, Any]:
    return {
        k: (v.isoformat() if hasattr(v, "isoformat") else str(v) if isinstance(v, StrEnum) else v)
        for k, v in d.items()
    }


def summary_command(
    as_of: Annotated[str | None, typer.Option("--as-of", help="Tính tại ngày (mặc định: hôm nay)")] = None,
    by: Annotated[str, typer.Option("--by", help="agency (đơn vị) hoặc document (văn bản)")] = "agency",
    as_user: AsUser = None,
) -> None:
    """Tổng hợp số nhiệm vụ theo trạng thái và tỷ lệ quá hạn, theo đơn vị hoặc văn bản.

    Example:

        dondoc summary --by agency --as-of 2021-12-31
    """
    if by not in ("agency", "document"):
        raise InputError("--by chỉ nhận agency hoặc document")
    day = parse_date(as_of, "ngày tính") or today()
    with open_session(readonly=True) as session:
        rows = queries.status_summary(session, actor(session, as_user), as_of=day, by=by)
    table = Table(title=f"Tổng hợp tại ngày {vn_date(day)}")
    for col in (
        "Đơn vị" if by == "agency" else "Văn bản",
        "Tổng",
        "Đúng hạn",
        "Quá hạn (xong)",
        "Trong hạn",
        "Quá hạn",
        "Tỷ lệ quá hạn",
    ):
        table.add_column(col)
    for r in rows:
        c = r.counts
        table.add_row(
            r.name,
            str(c.total),
            str(c.done_on_time),
            str(c.done_late),
            str(c.in_progress),
            str(c.overdue),
            f"{c.overdue_share:.0%}",
        )
    Console(width=160).print(table)


def register(app: typer.Typer) -> None:
    app.command("tasks")(tasks_command)
    app.command("summary")(summary_command)
