"""``dondoc extract FILE``."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from dondoc.config import Settings
from dondoc.extraction import extract
from dondoc.reports.extraction_text import render_extraction_text


class OutputFormat(StrEnum):
    json = "json"
    text = "text"


def extract_command(
    file: Annotated[Path, typer.Argument(help="Tệp văn bản: .txt, .docx, .pdf, .html")],
    output: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="json hoặc text")
    ] = OutputFormat.text,
) -> None:
    """Đọc một văn bản và in phần đầu, nhiệm vụ, chỉ tiêu, số liệu và văn bản được dẫn.

    Example:

        dondoc extract examples/chi-thi-mau.txt --format json
    """
    settings = Settings.from_env()
    result = extract(file, max_bytes=settings.max_upload_bytes)
    if output is OutputFormat.json:
        typer.echo(json.dumps(result.to_json(), ensure_ascii=False, indent=1))
    else:
        typer.echo(render_extraction_text(result))


def register(app: typer.Typer) -> None:
    app.command("extract")(extract_command)
