"""``dondoc init`` and ``dondoc migrate``."""

from __future__ import annotations

import typer

from dondoc.config import Settings
from dondoc.domain.agencies import Registry
from dondoc.services.database import Database, init_database, migrate_database


def init_command() -> None:
    """Tạo (hoặc nâng cấp) cơ sở dữ liệu và nạp danh mục cơ quan, đơn vị.

    Example:

        DONDOC_DATA_DIR=./data dondoc init
    """
    settings = Settings.from_env()
    db = Database.open(settings)
    try:
        result = init_database(db, Registry.load_default())
    finally:
        db.dispose()
    typer.echo(f"Cơ sở dữ liệu: {settings.effective_database_url} (phiên bản lược đồ {result.revision})")
    typer.echo(f"Danh mục đơn vị: thêm {result.agencies_added}, cập nhật {result.agencies_updated}")


def migrate_command() -> None:
    """Nâng cấp lược đồ cơ sở dữ liệu lên phiên bản mới nhất.

    Example:

        dondoc migrate
    """
    db = Database.open(Settings.from_env())
    try:
        revision = migrate_database(db)
    finally:
        db.dispose()
    typer.echo(f"Lược đồ ở phiên bản {revision}")


def register(app: typer.Typer) -> None:
    app.command("init")(init_command)
    app.command("migrate")(migrate_command)
