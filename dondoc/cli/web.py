"""``dondoc serve`` and ``dondoc demo``: run the web application."""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Annotated

import typer

from dondoc.config import Settings

DEFAULT_DEMO_DIR = Path("data/demo")


def serve_command(
    host: Annotated[str, typer.Option(help="Địa chỉ lắng nghe")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Cổng")] = 8000,
    workers: Annotated[int, typer.Option(help="Số tiến trình xử lý")] = 1,
) -> None:
    """Chạy ứng dụng web (cần DONDOC_SECRET_KEY).

    Example:

        DONDOC_SECRET_KEY_FILE=/etc/dondoc/key dondoc serve --host 127.0.0.1 --port 8000
    """
    import uvicorn

    from dondoc.services.database import Database
    from dondoc.web.app import create_app

    settings = Settings.from_env()
    database = Database.open(settings)
    try:
        database.require_schema()  # `dondoc init` / `dondoc migrate` first, with a message otherwise
    finally:
        database.dispose()
    typer.echo(f"dondoc đang chạy tại http://{host}:{port}/ (Ctrl+C để dừng)")
    if workers > 1:
        uvicorn.run("dondoc.web.asgi:make_app", factory=True, host=host, port=port, workers=workers)
        return
    app = create_app(settings)  # fails here, with a message, when DONDOC_SECRET_KEY is missing
    uvicorn.run(app, host=host, port=port, log_level="warning", proxy_headers=True)


def demo_command(
    port: Annotated[int, typer.Option(help="Cổng")] = 8000,
    build_only: Annotated[
        bool, typer.Option("--build-only", help="Chỉ tạo cơ sở dữ liệu mẫu, không chạy máy chủ")
    ] = False,
    data_dir: Annotated[Path, typer.Option(help="Thư mục dữ liệu mẫu")] = DEFAULT_DEMO_DIR,
) -> None:
    """Tạo cơ sở dữ liệu mẫu (tỉnh Điện Biên) và chạy ứng dụng web trên máy này.

    Example:

        dondoc demo --port 8000
    """
    from dondoc.services.demo import build_demo

    settings = Settings.from_env().with_(data_dir=data_dir, database_url="")
    password = settings.demo_password or secrets.token_urlsafe(9)
    typer.echo("Đang tạo dữ liệu mẫu…")
    logins = build_demo(settings, password=password)
    typer.echo(f"Cơ sở dữ liệu mẫu: {settings.effective_database_url}")
    typer.echo("Tài khoản mẫu (mật khẩu chung: " + password + "):")
    for username, description in logins:
        typer.echo(f"  {username:<24} {description}")
    if build_only:
        return
    import uvicorn

    from dondoc.web.app import create_app

    app = create_app(settings, allow_generated_secret=True)
    typer.echo(f"Mở trình duyệt tại http://127.0.0.1:{port}/ (Ctrl+C để dừng)")
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning")


def register(app: typer.Typer) -> None:
    app.command("serve")(serve_command)
    app.command("demo")(demo_command)
