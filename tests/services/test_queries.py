"""Read side: paginated assignment lists, as-of status after extensions, dashboard queries."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.orm import Session

from dondoc.domain.errors import InputError, PermissionDenied
from dondoc.domain.roles import Role
from dondoc.domain.status import StatusClass
from dondoc.services import extensions, progress, queries, users
from dondoc.services.database import Database
from tests.factories import OFFICE, make_document, make_task, make_user, seed_agencies

DUE = date(2021, 6, 30)
NEW_DUE = date(2021, 9, 30)
APPROVED = date(2021, 7, 20)


@pytest.fixture(autouse=True)
def _agencies(session: Session) -> None:
    seed_agencies(session)


def _five(session: Session) -> list[int]:
    dues = [date(2021, 6, 5), None, date(2021, 4, 1), date(2021, 5, 10), date(2021, 4, 20)]
    tasks = [make_task(f"Việc {i}", lead=("so_tai_chinh",), deadline=d) for i, d in enumerate(dues)]
    return make_document(session, tasks).published_task_ids


def test_pages_carry_the_total_and_follow_the_due_date_order(session: Session) -> None:
    _five(session)
    first = queries.page_assignments(session, OFFICE, as_of=date(2021, 4, 1), order="due", limit=2)
    second = queries.page_assignments(session, OFFICE, as_of=date(2021, 4, 1), order="due", offset=2, limit=2)
    last = queries.page_assignments(session, OFFICE, as_of=date(2021, 4, 1), order="due", offset=4, limit=2)
    dues = [a.due_on for p in (first, second, last) for a in p.items]
    assert (first.total, second.total, last.total) == (5, 5, 5)
    assert dues == [date(2021, 4, 1), date(2021, 4, 20), date(2021, 5, 10), date(2021, 6, 5), None]


def test_the_due_range_filter_bounds_the_current_deadline_and_the_total(session: Session) -> None:
    _five(session)
    page = queries.page_assignments(
        session, OFFICE, as_of=date(2021, 4, 1), due_from=date(2021, 4, 2), due_to=date(2021, 6, 5), limit=1
    )
    assert page.total == 3 and len(page.items) == 1
    rows = queries.list_assignments(session, OFFICE, as_of=date(2021, 4, 1), due_to=date(2021, 4, 30))
    assert sorted(a.due_on for a in rows if a.due_on) == [date(2021, 4, 1), date(2021, 4, 20)]
    with pytest.raises(InputError, match="Khoảng hạn"):
        queries.page_assignments(
            session, OFFICE, as_of=date(2021, 4, 1), due_from=date(2021, 5, 1), due_to=date(2021, 4, 1)
        )


def test_a_status_filter_and_a_page_count_the_same_rows(session: Session) -> None:
    _five(session)
    page = queries.page_assignments(
        session, OFFICE, as_of=date(2021, 5, 15), status=StatusClass.OVERDUE, limit=1
    )
    assert page.total == 3 and page.items[0].status is StatusClass.OVERDUE


def _extended(session: Session) -> int:
    (task_id,) = make_document(session, [make_task("Báo cáo", deadline=DUE)]).published_task_ids
    officer = make_user(session, "canbo_stc", Role.OFFICER, "so_tai_chinh")
    a = queries.list_assignments(session, OFFICE, as_of=date(2021, 7, 1), task_id=task_id)[0]
    ext_id = extensions.request_extension(session, officer, a.id, NEW_DUE, "Chờ số liệu")
    extensions.decide_extension(session, OFFICE, ext_id, approve=True, on=APPROVED)
    return task_id


@pytest.mark.parametrize(
    ("as_of", "expected", "deadline"),
    [
        (date(2021, 7, 10), StatusClass.OVERDUE, DUE),  # before the approval: the old deadline held
        (APPROVED, StatusClass.IN_PROGRESS, NEW_DUE),
        (date(2021, 10, 1), StatusClass.OVERDUE, NEW_DUE),
    ],
)
def test_an_as_of_date_before_an_extension_classifies_with_the_old_deadline(
    session: Session, as_of: date, expected: StatusClass, deadline: date
) -> None:
    task_id = _extended(session)
    (row,) = queries.list_assignments(session, OFFICE, as_of=as_of, task_id=task_id)
    assert (row.status, row.due_as_of, row.due_on) == (expected, deadline, NEW_DUE)
    assert queries.get_task(session, OFFICE, task_id, as_of=as_of).assignments[0].status is expected
    (summary,) = queries.status_summary(session, OFFICE, as_of=as_of)
    assert summary.counts.get(expected) == 1
    filtered = queries.list_assignments(session, OFFICE, as_of=as_of, status=expected)
    assert [r.task_id for r in filtered] == [task_id]


def test_work_done_between_the_old_and_new_deadline_counts_late_only_before_the_approval(
    session: Session,
) -> None:
    task_id = _extended(session)
    (a,) = queries.list_assignments(session, OFFICE, as_of=date(2021, 7, 1), task_id=task_id)
    progress.confirm_completion(session, OFFICE, a.id, completed_on=date(2021, 7, 5))
    (before,) = queries.status_summary(session, OFFICE, as_of=date(2021, 7, 6))
    (after,) = queries.status_summary(session, OFFICE, as_of=date(2021, 8, 1))
    assert (before.counts.done_late, after.counts.done_on_time) == (1, 1)


def test_dashboard_queries_scope_officers_to_their_agency(session: Session) -> None:
    tasks = [
        make_task("Việc A", lead=("so_tai_chinh",), deadline=date(2021, 4, 10)),
        make_task("Việc B", lead=("so_noi_vu",), deadline=date(2021, 4, 12)),
    ]
    make_document(session, tasks)
    officer = make_user(session, "canbo_snv", Role.OFFICER, "so_noi_vu")
    assert len(queries.list_assignments(session, OFFICE, as_of=date(2021, 4, 1))) == 2
    (mine,) = queries.list_assignments(session, officer, as_of=date(2021, 4, 1))
    progress.report_progress(
        session, officer, mine.task_id, percent=40, narrative="Đang làm", on=date(2021, 4, 2)
    )
    ext_id = extensions.request_extension(session, officer, mine.id, date(2021, 5, 1), "Thiếu người")
    due = queries.upcoming_deadlines(session, OFFICE, as_of=date(2021, 4, 1), until=date(2021, 4, 11))
    assert [a.text for a in due] == ["Việc A"]
    assert [
        a.text
        for a in queries.upcoming_deadlines(session, officer, as_of=date(2021, 4, 1), until=date(2021, 5, 1))
    ] == ["Việc B"]
    assert [r.task_text for r in queries.latest_reports(session, officer)] == ["Việc B"]
    assert [e.id for e in queries.list_extensions(session, OFFICE, status="pending")] == [ext_id]
    assert queries.list_extensions(session, OFFICE, status="approved") == []
    agencies = queries.list_agencies(session, officer)
    assert [a.name for a in agencies] == sorted(a.name for a in agencies)
    assert {a.id for a in agencies if a.is_group} == {"cac_so_nganh"}


def test_the_document_text_carries_task_spans_and_is_for_readers_only(session: Session) -> None:
    result = make_document(session, [make_task("Việc một"), make_task("Việc hai")], publish=False)
    doc = queries.get_document_text(session, OFFICE, result.document_id)
    assert set(doc.spans) == set(result.task_ids) and doc.number == "04/CT-UBND"
    officer = make_user(session, "canbo", Role.OFFICER, "so_tai_chinh")
    with pytest.raises(PermissionDenied):
        queries.get_document_text(session, officer, result.document_id)
    drafts = queries.list_document_tasks(session, OFFICE, result.document_id)
    assert [t.problem for t in drafts] == [None, None]


def test_count_assignments_counts_what_the_pages_list(session: Session) -> None:
    _five(session)
    count = queries.count_assignments(session, OFFICE, as_of=date(2021, 5, 15), status=StatusClass.OVERDUE)
    in_range = queries.count_assignments(
        session, OFFICE, as_of=date(2021, 4, 1), due_from=date(2021, 4, 2), due_to=date(2021, 6, 5)
    )
    page = queries.page_assignments(session, OFFICE, as_of=date(2021, 4, 1), limit=2, known_total=99)
    assert (count, in_range) == (3, 3)
    assert page.total == 99 and len(page.items) == 2


def test_the_latest_reports_come_newest_first_with_ties_broken_by_the_later_report(session: Session) -> None:
    tasks = [make_task(f"Việc {i}", lead=("so_tai_chinh",), deadline=date(2021, 6, 1)) for i in range(3)]
    make_document(session, tasks)
    officer = make_user(session, "canbo_stc", Role.OFFICER, "so_tai_chinh")
    rows = queries.list_assignments(session, officer, as_of=date(2021, 4, 1))
    days = [date(2021, 4, 5), date(2021, 4, 9), date(2021, 4, 9), date(2021, 4, 2)]
    for n, day in enumerate(days):
        progress.report_progress(
            session, officer, rows[n % 3].task_id, percent=10 * (n + 1), narrative="Đang làm", on=day
        )
    for reader in (OFFICE, officer):  # the office's query reads an index first, the officer's does not
        latest = queries.latest_reports(session, reader, limit=3)
        assert [(r.reported_on, r.percent) for r in latest] == [
            (date(2021, 4, 9), 30),
            (date(2021, 4, 9), 20),
            (date(2021, 4, 5), 10),
        ]


def test_the_session_check_reads_the_account_and_its_session_version(db: Database) -> None:
    with db.session() as session:
        seed_agencies(session)
        actor = make_user(session, "canbo_check", Role.OFFICER, "so_tai_chinh")
    assert actor.user_id is not None
    view = users.session_user(db.read_engine, actor.user_id)
    assert view is not None
    assert (view.username, view.role, view.agency_id, view.active) == (
        "canbo_check",
        Role.OFFICER,
        "so_tai_chinh",
        True,
    )
    with db.session() as session:
        users.set_active(session, OFFICE, actor.user_id, False)
    locked = users.session_user(db.read_engine, actor.user_id)
    assert locked is not None and locked.active is False
    assert locked.session_version == view.session_version + 1  # every open session ends
    assert users.session_user(db.read_engine, 10_000) is None
