"""``dondoc report``, ``dondoc confirm``, ``dondoc extend``."""

from __future__ import annotations

from typing import Annotated

import typer

from dondoc.cli.common import AsUser, actor, open_session, parse_date, vn_date
from dondoc.domain.errors import InputError
from dondoc.services import extensions, progress


def report_command(
    task: Annotated[int, typer.Argument(help="Mã nhiệm vụ")],
    percent: Annotated[int, typer.Option("--percent", help="Tỷ lệ hoàn thành (0–100)")],
    text: Annotated[str, typer.Option("--text", help="Kết quả thực hiện")],
    agency: Annotated[
        str | None, typer.Option("--agency", help="Mã đơn vị (khi nhiệm vụ giao nhiều đơn vị)")
    ] = None,
    period: Annotated[str, typer.Option("--period", help="Kỳ báo cáo, ví dụ 2021-Q2")] = "",
    difficulties: Annotated[str, typer.Option("--difficulties", help="Khó khăn, vướng mắc")] = "",
    proposals: Annotated[str, typer.Option("--proposals", help="Đề xuất, kiến nghị")] = "",
    on: Annotated[str | None, typer.Option("--date", help="Ngày báo cáo (mặc định: hôm nay)")] = None,
    as_user: AsUser = None,
) -> None:
    """Báo cáo tiến độ một nhiệm vụ (cán bộ chỉ báo cáo cho đơn vị mình).

    Example:

        dondoc report 3 --percent 100 --text "Đã hoàn thành" --as canbo_stc
    """
    with open_session() as session:
        report_id = progress.report_progress(
            session,
            actor(session, as_user),
            task,
            percent=percent,
            narrative=text,
            agency_id=agency,
            period=period,
            difficulties=difficulties,
            proposals=proposals,
            on=parse_date(on),
        )
    typer.echo(f"Đã ghi báo cáo {report_id} cho nhiệm vụ {task} ({percent} %)")


def confirm_command(
    assignment: Annotated[int, typer.Argument(help="Mã phân công (cột “Phân công” của dondoc tasks)")],
    on: Annotated[
        str | None, typer.Option("--date", help="Ngày hoàn thành (mặc định: ngày báo cáo 100 %)")
    ] = None,
    as_user: AsUser = None,
) -> None:
    """Văn phòng xác nhận một đơn vị đã hoàn thành nhiệm vụ được giao.

    Example:

        dondoc confirm 5
    """
    with open_session() as session:
        progress.confirm_completion(session, actor(session, as_user), assignment, completed_on=parse_date(on))
    typer.echo(f"Đã xác nhận hoàn thành phân công {assignment}")


def extend_command(
    assignment: Annotated[int, typer.Argument(help="Mã phân công")],
    to: Annotated[str, typer.Option("--to", help="Thời hạn mới")],
    reason: Annotated[str, typer.Option("--reason", help="Lý do gia hạn")],
    request_only: Annotated[
        bool, typer.Option("--request", help="Chỉ gửi đề nghị (chờ Văn phòng quyết định)")
    ] = False,
    as_user: AsUser = None,
) -> None:
    """Gia hạn một phân công (thời hạn gốc vẫn được giữ), hoặc đề nghị gia hạn với --request.

    Example:

        dondoc extend 7 --to 2021-09-30 --reason "Chờ số liệu quý III"
    """
    new_due = parse_date(to, "thời hạn mới")
    if new_due is None:
        raise InputError("Cần thời hạn mới (--to)")
    with open_session() as session:
        who = actor(session, as_user)
        if request_only:
            ext = extensions.request_extension(session, who, assignment, new_due, reason)
            typer.echo(f"Đã gửi đề nghị gia hạn {ext} đến {vn_date(new_due)}")
            return
        extensions.extend(session, who, assignment, new_due, reason)
    typer.echo(f"Đã gia hạn phân công {assignment} đến {vn_date(new_due)}")


def register(app: typer.Typer) -> None:
    app.command("report")(report_command)
    app.command("confirm")(confirm_command)
    app.command("extend")(extend_command)
