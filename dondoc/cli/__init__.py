"""The ``dondoc`` command: a thin shell over the library and services.

Every command turns ``DondocError`` into a one-line Vietnamese message and exit status 2.
"""

from __future__ import annotations

import sys

import typer

from dondoc.cli.extract import register as register_extract
from dondoc.domain.errors import DondocError

app = typer.Typer(
    name="dondoc",
    help="dondoc: đọc văn bản chỉ đạo, giao và theo dõi nhiệm vụ.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
register_extract(app)


@app.callback()
def _root() -> None:
    """dondoc: đọc văn bản chỉ đạo, giao và theo dõi nhiệm vụ."""


def main(argv: list[str] | None = None) -> None:
    try:
        app(args=argv, standalone_mode=True)
    except DondocError as exc:
        typer.echo(f"Lỗi: {exc.message}", err=True)
        sys.exit(2)
