"""Group leads defined by member kinds, leads identified through the registry, generic leads."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from dondoc.domain.agencies import Agency, Registry
from dondoc.extraction.model import AgencyRef, Deadline, Span, Task
from dondoc.services import ingest
from dondoc.storage.repositories import agencies as agency_repo
from dondoc.storage.tables import AssignmentRow, TaskAgencyRow
from tests.factories import OFFICE, make_extraction, seed_agencies

PROVINCE = "Điện Biên"
ISSUER = "Ủy ban nhân dân tỉnh Điện Biên"
REORG = date(2025, 7, 1)
AGENCIES = [
    Agency(id="so_a", name="Sở A", kind="so", province=PROVINCE),
    Agency(id="so_b", name="Sở B", kind="so", province=PROVINCE, valid_to=REORG),
    Agency(id="so_c", name="Sở C", kind="so", province=PROVINCE, valid_from=REORG),
    Agency(id="so_khac", name="Sở A", kind="so", province="Lào Cai"),
    Agency(id="huyen_x", name="Ủy ban nhân dân huyện X", kind="ubnd_huyen", province=PROVINCE),
    Agency(
        id="cac_so",
        name="Các sở, ban, ngành tỉnh",
        kind="nhom",
        is_group=True,
        member_kinds=("so", "ban"),
        province=PROVINCE,
        aliases=("các sở, ban, ngành tỉnh",),
    ),
]


@pytest.fixture(autouse=True)
def _agencies(session: Session) -> None:
    seed_agencies(session, AGENCIES)


def _ref(name: str, agency_id: str | None = None, group: bool = False) -> AgencyRef:
    return AgencyRef(name=name, mention=name, agency_id=agency_id, group=group)


def _task(text: str, *lead: AgencyRef) -> Task:
    return Task(text=text, span=Span(0, len(text)), section="1", lead=list(lead), deadline=Deadline())


def _ingest(session: Session, tasks: list[Task], issued: date) -> ingest.IngestResult:
    return ingest.ingest_extraction(
        session,
        OFFICE,
        filename="ct.txt",
        content=f"{issued} {[t.text for t in tasks]}".encode(),
        extraction=make_extraction(tasks, issued=issued),
        publish=True,
        registry=Registry(AGENCIES),
    )


def _agencies_of(session: Session, task_id: int) -> list[str]:
    rows = session.scalars(select(AssignmentRow.agency_id).where(AssignmentRow.task_id == task_id))
    return sorted(rows)


def test_sync_stores_the_members_of_a_group_defined_by_kinds(session: Session) -> None:
    before = [a.id for a in agency_repo.members_on(session, "cac_so", date(2021, 3, 1))]
    after = [a.id for a in agency_repo.members_on(session, "cac_so", date(2026, 1, 1))]
    assert before == ["so_a", "so_b"]  # not the district, not another province's Sở A
    assert after == ["so_a", "so_c"]


@pytest.mark.parametrize(
    ("issued", "expected"), [(date(2021, 3, 1), ["so_a", "so_b"]), (date(2026, 1, 5), ["so_a", "so_c"])]
)
def test_a_group_lead_by_kinds_expands_to_the_members_valid_on_the_assignment_date(
    session: Session, issued: date, expected: list[str]
) -> None:
    result = _ingest(session, [_task("Rà soát", _ref("Các sở, ban, ngành tỉnh", "cac_so", True))], issued)
    (task_id,) = result.published_task_ids
    assert _agencies_of(session, task_id) == expected
    assert set(session.scalars(select(AssignmentRow.via_group_id))) == {"cac_so"}


def test_ingest_identifies_a_lead_without_id_through_the_registry(session: Session) -> None:
    result = _ingest(
        session,
        [_task("Báo cáo", _ref("Sở A")), _task("Tổng hợp", _ref("các sở, ban, ngành tỉnh", group=True))],
        date(2021, 3, 1),
    )
    first, second = result.task_ids
    assert result.drafts_left == []
    assert _agencies_of(session, first) == ["so_a"]  # the issuer's province, not Lào Cai's
    assert _agencies_of(session, second) == ["so_a", "so_b"]
    ref = session.scalars(select(TaskAgencyRow).where(TaskAgencyRow.task_id == second)).one()
    assert (ref.agency_id, ref.is_group) == ("cac_so", True)


def test_a_task_led_only_by_a_generic_phrase_stays_a_draft_with_a_reason(session: Session) -> None:
    result = _ingest(
        session,
        [_task("Phối hợp thực hiện", _ref("các cơ quan, đơn vị liên quan", group=True))],
        date(2021, 3, 1),
    )
    ((task_id, why),) = result.drafts_left
    assert task_id == result.task_ids[0]
    assert "chưa cụ thể" in why and "các cơ quan, đơn vị liên quan" in why
    assert session.scalars(select(AssignmentRow)).all() == []


def test_a_generic_phrase_beside_a_definite_lead_does_not_hold_the_task(session: Session) -> None:
    result = _ingest(
        session,
        [_task("Triển khai", _ref("Sở A", "so_a"), _ref("các cơ quan, đơn vị liên quan", group=True))],
        date(2021, 3, 1),
    )
    assert result.drafts_left == []
    assert _agencies_of(session, result.task_ids[0]) == ["so_a"]


def test_an_unknown_named_lead_still_stays_a_draft(session: Session) -> None:
    result = _ingest(
        session, [_task("Kiểm tra", _ref("Sở A", "so_a"), _ref("Ban Quản lý khu Z"))], date(2021, 3, 1)
    )
    ((_, why),) = result.drafts_left
    assert "chưa có trong danh mục: Ban Quản lý khu Z" in why


def test_a_group_without_members_on_the_date_stays_a_draft_instead_of_failing(session: Session) -> None:
    agency_repo.sync(session, [Agency(id="nhom_rong", name="Nhóm rỗng", kind="nhom", is_group=True)])
    session.commit()
    result = _ingest(session, [_task("Việc", _ref("Nhóm rỗng", "nhom_rong", True))], date(2021, 3, 1))
    ((_, why),) = result.drafts_left
    assert "không có đơn vị thành viên" in why and "01/03/2021" in why
