"""``dondoc user add`` and ``dondoc user list``."""

from __future__ import annotations

from typing import Annotated

import typer

from dondoc.cli.common import AsUser, actor, open_session
from dondoc.services import users

user_app = typer.Typer(help="Quản lý người dùng.", no_args_is_help=True)


@user_app.command("add")
def add_command(
    username: Annotated[str, typer.Argument(help="Tên đăng nhập")],
    name: Annotated[str, typer.Option("--name", help="Họ và tên")],
    role: Annotated[
        str, typer.Option("--role", help="office (Văn phòng), leader (Lãnh đạo), officer (Cán bộ đơn vị)")
    ],
    agency: Annotated[str | None, typer.Option("--agency", help="Mã đơn vị (bắt buộc với officer)")] = None,
    email: Annotated[str | None, typer.Option("--email", help="Thư điện tử")] = None,
    password: Annotated[
        str,
        typer.Option(
            "--password", prompt="Mật khẩu", hide_input=True, confirmation_prompt=True, help="Mật khẩu"
        ),
    ] = "",
    as_user: AsUser = None,
) -> None:
    """Thêm người dùng.

    Example:

        dondoc user add canbo_stc --name "Nguyễn Văn A" --role officer --agency so_tai_chinh
    """
    with open_session() as session:
        user = users.add_user(
            session,
            actor(session, as_user),
            username=username,
            full_name=name,
            role=role,
            password=password,
            agency_id=agency,
            email=email,
        )
    typer.echo(f"Đã thêm người dùng {user.username} ({user.role.label})")


@user_app.command("list")
def list_command(as_user: AsUser = None) -> None:
    """Liệt kê người dùng."""
    with open_session(readonly=True) as session:
        for u in users.list_users(session, actor(session, as_user)):
            state = "" if u.active else " (đã khóa)"
            typer.echo(f"{u.username:<20} {u.role.label:<14} {u.agency_id or '':<24} {u.full_name}{state}")


def register(app: typer.Typer) -> None:
    app.add_typer(user_app, name="user")
