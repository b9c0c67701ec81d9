"""A demo database (``dondoc demo``): schema, agencies, one user per role and a small sample
directive with tasks in every status class. Idempotent on an existing demo database."""

from __future__ import annotations

from datetime import date, timedelta

from dondoc.config import Settings
from dondoc.domain.agencies import Registry
from dondoc.domain.errors import ConflictError
from dondoc.domain.roles import SYSTEM_ACTOR
from dondoc.extraction.model import AgencyRef, Deadline, Extraction, Header, Span, Task
from dondoc.services import extensions, ingest, progress, queries, users
from dondoc.services.base import today
from dondoc.services.database import Database, init_database

DEMO_USERS = (
    ("vanphong", "Nguyễn Thị Văn Phòng", "office", None, "Văn phòng UBND tỉnh: rà soát, giao, xác nhận"),
    ("lanhdao", "Trần Văn Lãnh Đạo", "leader", None, "Lãnh đạo: xem toàn bộ"),
    ("canbo_stc", "Lê Văn Tài Chính", "officer", "so_tai_chinh", "Cán bộ Sở Tài chính"),
    ("canbo_syt", "Phạm Thị Y Tế", "officer", "so_y_te", "Cán bộ Sở Y tế"),
)

_TASKS = (
    ("Rà soát, tổng hợp nhu cầu kinh phí phòng, chống dịch", "so_tai_chinh", -40),
    ("Xây dựng kế hoạch tiêm chủng mở rộng", "so_y_te", 20),
    ("Báo cáo tình hình giải ngân vốn đầu tư công", "so_tai_chinh", -10),
    ("Kiểm tra công tác phòng, chống dịch tại cơ sở", "so_y_te", 60),
)


def _sample(start: date, registry: Registry) -> Extraction:
    tasks = []
    for i, (text, agency_id, days) in enumerate(_TASKS, 1):
        name = registry.agencies[agency_id].name if agency_id in registry.agencies else agency_id
        ref = AgencyRef(name=name, mention=name, agency_id=agency_id)
        due = start + timedelta(days=60 + days)
        tasks.append(
            Task(
                text=text,
                span=Span(0, len(text)),
                section=str(i),
                lead=[ref],
                deadline=Deadline(date=due, kind="date"),
            )
        )
    header = Header(
        type="Kế hoạch",
        number="01/KH-UBND",
        date=start,
        issuer="Ủy ban nhân dân tỉnh Điện Biên",
        subject="Kế hoạch mẫu (dữ liệu minh họa)",
    )
    return Extraction(
        name="ke-hoach-mau.txt",
        format="txt",
        text="\n".join(t.text for t in tasks),
        header=header,
        tasks=tasks,
    )


def build_demo(settings: Settings, *, password: str) -> list[tuple[str, str]]:
    """Build (or refresh) the demo database in ``settings``; returns (username, description)."""
    db = Database.open(settings)
    registry = Registry.load_default()
    try:
        init_database(db, registry)
        with db.session() as s:
            for username, full_name, role, agency_id, _ in DEMO_USERS:
                try:
                    users.add_user(
                        s,
                        SYSTEM_ACTOR,
                        username=username,
                        full_name=full_name,
                        role=role,
                        password=password,
                        agency_id=agency_id if agency_id in registry.agencies else None,
                        email=f"{username}@example.vn",
                    )
                except ConflictError:
                    pass
            start = today() - timedelta(days=60)
            try:
                result = ingest.ingest_extraction(
                    s,
                    SYSTEM_ACTOR,
                    filename="ke-hoach-mau.txt",
                    content=b"dondoc demo sample v1",
                    extraction=_sample(start, registry),
                    publish=True,
                    on=start,
                )
            except ConflictError:
                result = None
            if result and result.published_task_ids:
                rows = queries.list_assignments(
                    s, SYSTEM_ACTOR, as_of=today(), document_id=result.document_id
                )
                progress.report_progress(
                    s,
                    SYSTEM_ACTOR,
                    rows[0].task_id,
                    percent=100,
                    narrative="Đã tổng hợp xong",
                    on=start + timedelta(days=10),
                )
                progress.confirm_completion(s, SYSTEM_ACTOR, rows[0].id)
                progress.report_progress(
                    s,
                    SYSTEM_ACTOR,
                    rows[1].task_id,
                    percent=40,
                    narrative="Đang xây dựng dự thảo",
                    on=today(),
                )
                extensions.extend(
                    s,
                    SYSTEM_ACTOR,
                    rows[3].id,
                    rows[3].due_on + timedelta(days=30) if rows[3].due_on else today() + timedelta(days=30),
                    "Chờ ý kiến các sở",
                )
    finally:
        db.dispose()
    return [(u[0], u[4]) for u in DEMO_USERS]
