"""The ``dondoc`` command: a thin shell over the library and services.

Every command turns ``DondocError`` into a one-line Vietnamese message and exit status 2.
"""

from __future__ import annotations

import sys

import typer

from dondoc.cli.audit import register as register_audit
from dondoc.cli.db import register as register_db
from dondoc.cli.extract import register as register_extract
from dondoc.cli.ingest import register as register_ingest
from dondoc.cli.progress import register as register_progress
from dondoc.cli.tasks import register as register_tasks
from dondoc.cli.users import register as register_users
from dondoc.cli.web import register as register_web
from dondoc.domain.errors import DondocError

app = typer.Typer(
    name="dondoc",
    help="dondoc: đọc văn bản chỉ đạo, giao và theo dõi nhiệm vụ.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
register_extract(app)
register_db(app)
register_ingest(app)
register_tasks(app)
register_progress(app)
register_users(app)
register_audit(app)
register_web(app)


@app.callback()
def _root() -> None:
    """dondoc: đọc văn bản chỉ đạo, giao và theo dõi nhiệm vụ."""


def main(argv: list[str] | None = None) -> None:
    try:
        app(args=argv, standalone_mode=True)
    except DondocError as exc:
        typer.echo(f"Lỗi: {exc.message}", err=True)
        sys.exit(2)
