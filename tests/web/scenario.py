"""A small published scenario built through the services: one directive assigned to agencies A
(so_tai_chinh) and B (so_xay_dung), and a second document left as drafts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dondoc.domain.roles import Actor
from dondoc.extraction import extract
from dondoc.services import extensions, ingest, queries, review, users
from tests.web.conftest import CAST, WebEnv

ISSUED = date(2026, 3, 10)
DIRECTIVE = """ỦY BAN NHÂN DÂN
TỈNH ĐIỆN BIÊN

Số: 07/CT-UBND                           Điện Biên, ngày 10 tháng 3 năm 2026

CHỈ THỊ
Về đẩy mạnh giải ngân vốn đầu tư công năm 2026

II. NHIỆM VỤ CỤ THỂ

1. Sở Tài chính chủ trì theo dõi tiến độ giải ngân từng dự án, hoàn thành trước ngày 30/9/2026.

2. Sở Xây dựng chủ trì đẩy nhanh thẩm định thiết kế các công trình khởi công mới; hoàn thành trước ngày 30/6/2026.

Nơi nhận:                                         TM. ỦY BAN NHÂN DÂN
- Như trên;                                       CHỦ TỊCH
"""
SECOND = DIRECTIVE.replace("07/CT-UBND", "08/CT-UBND").replace("10 tháng 3", "12 tháng 3")


@dataclass(frozen=True)
class Scenario:
    document_id: int
    draft_document_id: int
    draft_task_id: int
    task_a: int
    task_b: int
    assignment_a: int
    assignment_b: int
    extension_a: int
    agency_a: str = "so_tai_chinh"
    agency_b: str = "so_xay_dung"


def office_actor(web: WebEnv) -> Actor:
    with web.database.session() as s:
        return users.actor_for(s, CAST["office"][0])


def build(web: WebEnv) -> Scenario:
    office = office_actor(web)
    with web.database.session() as s:
        first = ingest.ingest_extraction(
            s,
            office,
            filename="07.txt",
            content=DIRECTIVE.encode(),
            extraction=extract(DIRECTIVE.encode(), "07.txt"),
        )
        for task_id in first.task_ids:
            review.confirm_task(s, office, task_id)
        review.publish_document(s, office, first.document_id, on=ISSUED)
        second = ingest.ingest_extraction(
            s,
            office,
            filename="08.txt",
            content=SECOND.encode(),
            extraction=extract(SECOND.encode(), "08.txt"),
        )
        rows = queries.list_assignments(s, office, as_of=date.today(), document_id=first.document_id)
        a = next(r for r in rows if r.agency_id == "so_tai_chinh")
        b = next(r for r in rows if r.agency_id == "so_xay_dung")
        extension = extensions.request_extension(
            s, office, a.id, date(2026, 12, 31), "Chờ số liệu của các chủ đầu tư"
        )
    return Scenario(
        document_id=first.document_id,
        draft_document_id=second.document_id,
        draft_task_id=second.task_ids[0],
        task_a=a.task_id,
        task_b=b.task_id,
        assignment_a=a.id,
        assignment_b=b.id,
        extension_a=extension,
    )
