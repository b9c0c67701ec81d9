from __future__ import annotations

from datetime import date

import pytest
import time_machine
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dondoc.domain.errors import ConflictError, PermissionDenied
from dondoc.domain.roles import Role
from dondoc.domain.status import StatusClass
from dondoc.services import audit, extensions, progress, queries, reassign
from dondoc.storage.tables import AssignmentRow, AuditEntryRow, ExtensionRow, ProgressReportRow
from tests.factories import OFFICE, make_document, make_task, make_user, seed_agencies

DUE = date(2021, 6, 30)


@pytest.fixture(autouse=True)
def _agencies(session: Session) -> None:
    seed_agencies(session)


def _publish(session: Session) -> list[int]:
    result = make_document(
        session,
        [
            make_task("Báo cáo", lead=("so_tai_chinh",), deadline=DUE),
            make_task("Tuyên truyền", lead=("so_noi_vu",), deadline=DUE),
        ],
    )
    return result.published_task_ids


def _status(session: Session, task_id: int, as_of: date) -> StatusClass:
    return queries.list_assignments(session, OFFICE, as_of=as_of, task_id=task_id)[0].status


def test_an_officer_reports_confirms_and_status_changes_with_as_of(session: Session) -> None:
    t1, _ = _publish(session)
    officer = make_user(session, "canbo_stc", Role.OFFICER, "so_tai_chinh")
    progress.report_progress(session, officer, t1, percent=100, narrative="Đã xong", on=date(2021, 7, 2))
    assignment = queries.list_assignments(session, OFFICE, as_of=date(2021, 7, 2), task_id=t1)[0]
    assert _status(session, t1, date(2021, 7, 2)) is StatusClass.OVERDUE  # not confirmed yet
    progress.confirm_completion(session, OFFICE, assignment.id, expected_version=assignment.version)
    assert _status(session, t1, date(2021, 6, 1)) is StatusClass.IN_PROGRESS
    assert _status(session, t1, date(2021, 7, 1)) is StatusClass.OVERDUE
    assert _status(session, t1, date(2021, 7, 2)) is StatusClass.DONE_LATE
    with pytest.raises(ConflictError, match="đã được xác nhận"):
        progress.confirm_completion(session, OFFICE, assignment.id)


def test_an_officer_cannot_report_on_another_agencys_task_and_nothing_is_written(session: Session) -> None:
    _, t2 = _publish(session)
    officer = make_user(session, "canbo_stc", Role.OFFICER, "so_tai_chinh")
    entries = session.scalar(select(func.count()).select_from(AuditEntryRow))
    with pytest.raises(PermissionDenied, match="đơn vị mình"):
        progress.report_progress(session, officer, t2, percent=50, narrative="x", on=date(2021, 4, 1))
    assert session.scalar(select(func.count()).select_from(ProgressReportRow)) == 0
    assert session.scalar(select(func.count()).select_from(AuditEntryRow)) == entries
    with pytest.raises(PermissionDenied):
        queries.list_assignments(session, officer, as_of=date(2021, 4, 1), agency_id="so_noi_vu")
    assert {a.agency_id for a in queries.list_assignments(session, officer, as_of=date(2021, 4, 1))} == {
        "so_tai_chinh"
    }


@time_machine.travel(date(2021, 7, 15), tick=False)
def test_an_extension_moves_the_effective_deadline_and_keeps_the_original(session: Session) -> None:
    t1, _ = _publish(session)
    officer = make_user(session, "canbo_stc", Role.OFFICER, "so_tai_chinh")
    a = queries.list_assignments(session, OFFICE, as_of=date(2021, 7, 15), task_id=t1)[0]
    assert a.status is StatusClass.OVERDUE
    ext_id = extensions.request_extension(session, officer, a.id, date(2021, 9, 30), "Chờ số liệu")
    extensions.decide_extension(session, OFFICE, ext_id, approve=True)
    a = queries.list_assignments(session, OFFICE, as_of=date(2021, 7, 15), task_id=t1)[0]
    assert (a.original_due_on, a.due_on, a.status) == (DUE, date(2021, 9, 30), StatusClass.IN_PROGRESS)
    extensions.extend(session, OFFICE, a.id, date(2021, 10, 31), "Lần hai")
    assert session.scalar(select(func.count()).select_from(ExtensionRow)) == 2
    with pytest.raises(ConflictError):
        extensions.decide_extension(session, OFFICE, ext_id, approve=False)


def test_the_reorganisation_moves_open_work_to_the_successor_with_the_reason(session: Session) -> None:
    result = make_document(
        session,
        [make_task("Đầu tư công", lead=("so_kh_dt",), deadline=date(2025, 12, 31))],
        issued=date(2024, 12, 1),
        on=date(2024, 12, 2),
    )
    moves = reassign.apply_reorganisation(session, OFFICE, on=date(2025, 3, 1))
    assert [(m.from_agency, m.to_agency) for m in moves] == [("so_kh_dt", "so_tai_chinh")]
    old = session.get(AssignmentRow, moves[0].old_assignment_id)
    assert old is not None and not old.active and "2025" in (old.note or "")
    rows = queries.list_assignments(
        session, OFFICE, as_of=date(2025, 3, 1), task_id=result.published_task_ids[0]
    )
    assert [r.agency_id for r in rows] == ["so_tai_chinh"]


def test_the_summary_counts_classes_per_agency(session: Session) -> None:
    t1, t2 = _publish(session)
    a1 = queries.list_assignments(session, OFFICE, as_of=date(2021, 4, 1), task_id=t1)[0]
    progress.confirm_completion(session, OFFICE, a1.id, completed_on=date(2021, 6, 1))
    rows = {r.key: r for r in queries.status_summary(session, OFFICE, as_of=date(2021, 7, 1))}
    assert rows["so_tai_chinh"].counts.done_on_time == 1
    assert rows["so_noi_vu"].counts.overdue == 1
    assert rows["so_noi_vu"].name == "Sở Nội vụ"
    by_doc = queries.status_summary(session, OFFICE, as_of=date(2021, 7, 1), by="document")
    assert by_doc[0].counts.total == 2 and by_doc[0].counts.overdue_share == 0.5


def test_audit_verify_detects_an_edited_and_a_deleted_row(session: Session) -> None:
    t1, _ = _publish(session)
    progress.report_progress(session, OFFICE, t1, percent=20, narrative="Bắt đầu", on=date(2021, 4, 1))
    assert audit.verify_audit(session, OFFICE).ok
    row = session.scalars(select(AuditEntryRow).order_by(AuditEntryRow.seq).offset(1).limit(1)).one()
    row.actor = "ke_gian"
    session.commit()
    result = audit.verify_audit(session, OFFICE)
    assert not result.ok and any("đã bị sửa" in p for p in result.problems)
    session.delete(row)
    session.commit()
    assert any("đã bị xóa" in p for p in audit.verify_audit(session, OFFICE).problems)


def test_audit_verify_detects_a_deleted_last_row(session: Session) -> None:
    _publish(session)
    last = session.scalars(select(AuditEntryRow).order_by(AuditEntryRow.seq.desc()).limit(1)).one()
    session.delete(last)
    session.commit()
    assert not audit.verify_audit(session, OFFICE).ok
