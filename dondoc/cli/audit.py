"""``dondoc audit verify``."""

from __future__ import annotations

import sys

import typer

from dondoc.cli.common import AsUser, actor, open_session
from dondoc.services import audit

audit_app = typer.Typer(help="Nhật ký thay đổi.", no_args_is_help=True)


@audit_app.command("verify")
def verify_command(as_user: AsUser = None) -> None:
    """Kiểm tra chuỗi băm của nhật ký: phát hiện bản ghi bị sửa hoặc bị xóa.

    Example:

        dondoc audit verify
    """
    with open_session(readonly=True) as session:
        result = audit.verify_audit(session, actor(session, as_user))
    if result.ok:
        typer.echo(f"Nhật ký toàn vẹn: {result.entries} bản ghi")
        return
    for problem in result.problems:
        typer.echo(problem, err=True)
    typer.echo(f"Nhật ký KHÔNG toàn vẹn: {len(result.problems)} lỗi trên {result.entries} bản ghi", err=True)
    sys.exit(1)


def register(app: typer.Typer) -> None:
    app.add_typer(audit_app, name="audit")
