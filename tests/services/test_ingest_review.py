from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dondoc.domain.errors import ConflictError, InputError, PermissionDenied
from dondoc.domain.roles import Role
from dondoc.domain.workflow import TaskState
from dondoc.services import ingest, queries, review
from dondoc.storage.tables import AssignmentRow, AuditEntryRow, DocumentRow, TaskRow
from tests.factories import OFFICE, make_document, make_task, make_user, seed_agencies

AS_OF = date(2021, 4, 1)


@pytest.fixture(autouse=True)
def _agencies(session: Session) -> None:
    seed_agencies(session)


def test_it_publishes_tasks_and_expands_a_group_to_members_valid_on_the_date(session: Session) -> None:
    result = make_document(
        session,
        [
            make_task("Báo cáo kết quả", lead=("so_tai_chinh",), deadline=date(2021, 6, 30)),
            make_task("Rà soát thủ tục", lead=("cac_so_nganh",), group=("cac_so_nganh",)),
        ],
        on=date(2025, 3, 5),
    )
    assert len(result.published_task_ids) == 2
    rows = queries.list_assignments(session, OFFICE, as_of=date(2025, 3, 5))
    grouped = sorted(r.agency_id for r in rows if r.via_group_id == "cac_so_nganh")
    assert grouped == ["so_noi_vu", "so_tai_chinh", "so_y_te"]  # so_kh_dt ended on 28/02/2025


def test_the_same_file_twice_is_recognised_and_nothing_is_written(session: Session) -> None:
    first = make_document(session, content=b"cung mot tep")
    with pytest.raises(ingest.DuplicateDocumentError) as exc:
        make_document(session, content=b"cung mot tep")
    assert exc.value.document_id == first.document_id
    assert "đã được nhập" in exc.value.message
    assert session.scalar(select(func.count()).select_from(DocumentRow)) == 1


def test_unresolved_leads_and_early_deadlines_stay_drafts(session: Session) -> None:
    result = make_document(
        session,
        [make_task("A", lead=("khong_co",)), make_task("B", deadline=date(2020, 1, 1)), make_task("C")],
    )
    assert len(result.published_task_ids) == 1
    reasons = dict(result.drafts_left)
    assert "chưa có trong danh mục" in reasons[result.task_ids[0]]
    assert "trước ngày ban hành" in reasons[result.task_ids[1]]


def test_review_edits_fixes_an_agency_and_publishes(session: Session) -> None:
    result = make_document(session, [make_task("A", lead=("khong_co",))], publish=False)
    task_id = result.task_ids[0]
    view = queries.list_document_tasks(session, OFFICE, result.document_id)[0]
    v = review.fix_agency(session, OFFICE, task_id, "khong_co", "so_noi_vu", expected_version=view.version)
    assert v == view.version + 1
    v = review.edit_task(
        session, OFFICE, task_id, expected_version=v, text="A sửa", deadline=date(2021, 5, 1)
    )
    review.confirm_task(session, OFFICE, task_id, expected_version=v)
    ids = review.publish_document(session, OFFICE, result.document_id, on=date(2021, 3, 3))
    row = session.get(AssignmentRow, ids[0])
    assert row is not None and (row.agency_id, row.due_on) == ("so_noi_vu", date(2021, 5, 1))


def test_a_deadline_before_the_document_date_is_refused(session: Session) -> None:
    result = make_document(session, publish=False)
    with pytest.raises(InputError, match="trước ngày ban hành"):
        review.edit_task(session, OFFICE, result.task_ids[0], deadline=date(2020, 12, 31))
    task = session.get(TaskRow, result.task_ids[0])
    assert task is not None and task.deadline is None


def test_an_unknown_agency_is_a_vietnamese_error(session: Session) -> None:
    result = make_document(session, publish=False)
    with pytest.raises(InputError, match="Không có đơn vị “so_ma”"):
        review.edit_task(session, OFFICE, result.task_ids[0], lead=["so_ma"])


def test_a_stale_version_is_a_conflict_and_writes_nothing(session: Session) -> None:
    result = make_document(session, publish=False)
    task_id = result.task_ids[0]
    review.edit_task(session, OFFICE, task_id, expected_version=1, text="lần một")
    audit_before = session.scalar(select(func.count()).select_from(AuditEntryRow))
    with pytest.raises(ConflictError, match="người khác cập nhật"):
        review.edit_task(session, OFFICE, task_id, expected_version=1, text="lần hai")
    task = session.get(TaskRow, task_id)
    assert task is not None and task.text == "lần một"
    assert session.scalar(select(func.count()).select_from(AuditEntryRow)) == audit_before


def test_two_sessions_saving_the_same_task_do_not_lose_an_update(db: object) -> None:
    from dondoc.services.database import Database

    assert isinstance(db, Database)
    with db.session() as s:
        task_id = make_document(s, publish=False).task_ids[0]
    from sqlalchemy.orm.exc import StaleDataError

    with db.session() as a, db.session() as b:
        ta = a.get(TaskRow, task_id)
        a.commit()  # like two web requests: both forms show version 1
        tb = b.get(TaskRow, task_id)
        b.commit()
        assert ta is not None and tb is not None
        ta.text, tb.text = "A", "B"
        a.commit()
        with pytest.raises(StaleDataError):
            b.commit()
    with db.session() as s:
        task = s.get(TaskRow, task_id)
        assert task is not None and task.text == "A"


def test_split_and_merge_replace_drafts(session: Session) -> None:
    result = make_document(session, [make_task("A và B"), make_task("C")], publish=False)
    parts = review.split_task(session, OFFICE, result.task_ids[0], ["A", "B"])
    merged = review.merge_tasks(session, OFFICE, [parts[1], result.task_ids[1]])
    states = {t.id: t.state for t in queries.list_document_tasks(session, OFFICE, result.document_id)}
    assert states[result.task_ids[0]] is TaskState.REJECTED
    assert states[parts[0]] is TaskState.DRAFT
    assert states[merged] is TaskState.DRAFT
    with pytest.raises(ConflictError):
        review.confirm_task(session, OFFICE, result.task_ids[1])


def test_only_the_office_reviews(session: Session) -> None:
    result = make_document(session, publish=False)
    leader = make_user(session, "lanhdao", Role.LEADER)
    with pytest.raises(PermissionDenied):
        review.confirm_task(session, leader, result.task_ids[0])


def test_a_row_of_a_table_laid_out_with_spaces_is_stored_by_what_it_asks(session: Session) -> None:
    task = make_task("- Ký kết giao ước thi đua của các Văn phòng chủ trì, 01/2017 Phòng, đơn vị")
    task.content = "- Ký kết giao ước thi đua của các Phòng, đơn vị"
    result = make_document(session, [task])
    row = session.get(TaskRow, result.published_task_ids[0])
    assert row is not None and row.text == "- Ký kết giao ước thi đua của các Phòng, đơn vị"
    assert (row.span_start, row.span_end) == (task.span.start, task.span.end)  # still shown at its lines
