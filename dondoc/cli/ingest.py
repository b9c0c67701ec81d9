"""``dondoc ingest FILE|FOLDER [--publish]``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from sqlalchemy.orm import Session

from dondoc.cli.common import AsUser, actor, open_session
from dondoc.config import Settings
from dondoc.domain.errors import DondocError
from dondoc.domain.roles import Actor
from dondoc.services import ingest

SUFFIXES = {".txt", ".docx", ".pdf", ".html", ".htm"}


def ingest_command(
    path: Annotated[Path, typer.Argument(help="Một tệp văn bản hoặc một thư mục")],
    publish: Annotated[bool, typer.Option("--publish", help="Giao ngay các nhiệm vụ đủ thông tin")] = False,
    as_user: AsUser = None,
) -> None:
    """Nhập văn bản: lưu tệp gốc, trích xuất nhiệm vụ (bản nháp); --publish giao luôn.

    Example:

        dondoc ingest chi-thi-04.txt --publish
    """
    settings = Settings.from_env()
    files = sorted(p for p in path.rglob("*") if p.suffix.lower() in SUFFIXES) if path.is_dir() else [path]
    with open_session() as session:
        who = actor(session, as_user)
        if len(files) == 1:
            _one(session, who, files[0], publish, settings.max_upload_bytes, echo=True)
            return
        failed = 0
        with Progress(
            TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn()
        ) as bar:
            job = bar.add_task("Đang nhập", total=len(files))
            for f in files:
                failed += not _one(session, who, f, publish, settings.max_upload_bytes, echo=False, bar=bar)
                bar.advance(job)
        typer.echo(f"Đã xử lý {len(files)} tệp, {failed} tệp không nhập được")


def _one(
    session: Session,
    who: Actor,
    f: Path,
    publish: bool,
    max_bytes: int,
    *,
    echo: bool,
    bar: Progress | None = None,
) -> bool:
    try:
        r = ingest.ingest_file(session, who, f, publish=publish, max_bytes=max_bytes)
    except DondocError as exc:
        if echo:
            raise
        assert bar is not None
        bar.console.print(f"{f.name}: {exc.message}")
        return False
    line = f"{f.name}: văn bản {r.document_id}, {len(r.task_ids)} nhiệm vụ"
    if publish:
        line += f", đã giao {len(r.published_task_ids)} nhiệm vụ ({len(r.assignment_ids)} lượt giao)"
    if echo:
        typer.echo(line)
        for task_id, why in r.drafts_left:
            typer.echo(f"  nhiệm vụ {task_id} còn là bản nháp: {why}")
    elif bar is not None:
        bar.console.print(line)
    return True


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest_command)
