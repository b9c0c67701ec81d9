"""The demo database: Điện Biên's agencies, the sample directive published, months of reports.

Built only through the services' public use cases (ingest, progress, extensions), so the demo
exercises the same rules as real use. Deterministic for a given day.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

from argon2 import PasswordHasher
from sqlalchemy.orm import Session

from dondoc.config import Settings
from dondoc.domain.agencies import Registry
from dondoc.domain.errors import InputError
from dondoc.domain.roles import SYSTEM_ACTOR, Actor, Role
from dondoc.extraction import extract
from dondoc.services import extensions, ingest, progress, queries, review, users
from dondoc.services.base import today
from dondoc.services.database import Database, init_database

SAMPLE = Path(__file__).resolve().parents[2] / "examples" / "chi-thi-mau-2026.txt"
# Demo accounts only: cheaper than the production defaults so that ~60 users hash in seconds.
DEMO_HASHER = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)
NARRATIVES = (
    "Đã ban hành kế hoạch triển khai, phân công lãnh đạo phụ trách và cán bộ đầu mối.",
    "Đã tổ chức họp rà soát tiến độ với các chủ đầu tư; tổng hợp khó khăn, vướng mắc.",
    "Đang triển khai theo kế hoạch; khối lượng hoàn thành đạt yêu cầu của kỳ báo cáo.",
    "Đã làm việc với các đơn vị liên quan, thống nhất giải pháp tháo gỡ vướng mắc.",
    "Tiếp tục đôn đốc, kiểm tra; cập nhật số liệu giải ngân đến cuối kỳ.",
)
# What happens to each assignment, in turn: every status class and an extension appear.
FATES = ("late", "on_time", "extended", "open", "on_time", "open")
DIFFICULTIES = (
    "",
    "Một số dự án còn vướng mặt bằng.",
    "Thủ tục điều chỉnh dự án kéo dài.",
    "",
    "Thiếu cán bộ chuyên môn.",
)


def _fresh(settings: Settings) -> Database:
    db_file = settings.data_dir / "dondoc.db"
    for suffix in ("", "-wal", "-shm"):
        Path(str(db_file) + suffix).unlink(missing_ok=True)
    database = Database.open(settings)
    init_database(database, Registry.load_default())
    return database


def build_demo(settings: Settings, *, password: str, sample: Path = SAMPLE) -> list[tuple[str, str]]:
    """(Re)build the demo database under ``settings.data_dir``; returns (username, description)."""
    if settings.database_url:
        raise InputError(
            "Dữ liệu mẫu chỉ tạo trên SQLite trong thư mục dữ liệu, không dùng DONDOC_DATABASE_URL"
        )
    if not sample.is_file():
        raise InputError(f"Không thấy văn bản mẫu “{sample}”")
    database = _fresh(settings)
    try:
        return _populate(database, settings, password, sample)
    finally:
        database.dispose()


def _add(
    s: Session, username: str, full_name: str, role: Role, password: str, agency: str | None = None
) -> Actor:
    users.add_user(
        s,
        SYSTEM_ACTOR,
        username=username,
        full_name=full_name,
        role=role,
        password=password,
        agency_id=agency,
        hasher=DEMO_HASHER,
    )
    return users.actor_for(s, username)


def _populate(database: Database, settings: Settings, password: str, sample: Path) -> list[tuple[str, str]]:
    now = today(settings.timezone)
    with database.session() as s:
        office = _add(s, "vanphong", "Nguyễn Thị Hồng", Role.OFFICE, password)
        _add(s, "lanhdao", "Lò Văn Minh", Role.LEADER, password)
        logins = [
            ("vanphong", "Văn phòng UBND tỉnh: rà soát, giao việc, xác nhận, quản trị"),
            ("lanhdao", "Lãnh đạo UBND tỉnh: xem toàn bộ"),
        ]
        content = sample.read_bytes()
        extraction = extract(content, sample.name, max_bytes=settings.max_upload_bytes)
        issued = extraction.header.date or date(now.year, 1, 1)
        result = ingest.ingest_extraction(
            s, office, filename=sample.name, content=content, extraction=extraction, on=issued
        )
        _publish_each(s, office, result.document_id, result.task_ids, issued)
        rows = queries.list_assignments(s, office, as_of=now)
        officers: dict[str, Actor] = {}
        for agency_id, name in sorted({(a.agency_id, a.agency_name) for a in rows}):
            username = "cb." + agency_id.replace("_", "")[:40]
            officers[agency_id] = _add(s, username, f"Cán bộ {name}", Role.OFFICER, password, agency_id)
            logins.append((username, f"Cán bộ: {name}"))
        rng = random.Random(f"dondoc-demo-{issued.isoformat()}")
        for a in rows:
            _history(s, office, officers[a.agency_id], a, now, rng)
    return logins


def _publish_each(s: Session, office: Actor, document_id: int, task_ids: list[int], day: date) -> None:
    """Confirm and publish the drafts one by one, as a reviewer would; reject those that cannot be
    assigned (no lead agency in the registry, or a group with no members)."""
    for task_id in task_ids:
        try:
            review.confirm_task(s, office, task_id)
            review.publish_document(s, office, document_id, on=day)
        except InputError:
            review.reject_task(s, office, task_id)


def _history(
    s: Session, office: Actor, officer: Actor, a: queries.AssignmentView, now: date, rng: random.Random
) -> None:
    """Monthly reports from the assignment on; some finish on time, some late, some are extended."""
    fate = FATES[a.id % len(FATES)]
    due = a.due_on
    finish: date | None = None
    if fate == "on_time":
        end = min(due or now, now)
        finish = a.assigned_on + timedelta(days=int((end - a.assigned_on).days * rng.uniform(0.6, 0.95)))
    elif fate == "late" and due is not None and due + timedelta(days=10) < now:
        finish = min(now, due + timedelta(days=rng.randint(8, 45)))
    day = a.assigned_on + timedelta(days=rng.randint(12, 25))
    percent = 0
    while day < (finish or now):
        percent = min(95, percent + rng.randint(10, 25))
        progress.report_progress(
            s,
            officer,
            a.task_id,
            percent=percent,
            narrative=rng.choice(NARRATIVES),
            agency_id=a.agency_id,
            period=f"Tháng {day.month}/{day.year}",
            difficulties=rng.choice(DIFFICULTIES),
            on=day,
        )
        day += timedelta(days=rng.randint(26, 34))
    if finish is not None and finish > a.assigned_on:
        progress.report_progress(
            s,
            officer,
            a.task_id,
            percent=100,
            narrative="Đã hoàn thành nhiệm vụ; gửi kèm báo cáo kết quả.",
            agency_id=a.agency_id,
            period=f"Tháng {finish.month}/{finish.year}",
            on=finish,
        )
        progress.confirm_completion(s, office, a.id, completed_on=finish)
    elif fate == "extended" and due is not None:
        asked = max(a.assigned_on + timedelta(days=20), due - timedelta(days=10))
        if asked <= now:
            new_due = due + timedelta(days=rng.randint(30, 90))
            reason = "Khối lượng công việc lớn, cần thêm thời gian hoàn thiện hồ sơ."
            ext_id = extensions.request_extension(s, officer, a.id, new_due, reason)
            extensions.decide_extension(s, office, ext_id, approve=True, note="Đồng ý gia hạn.", on=asked)
