"""The SQL status summary agrees with the pure classification of ``dondoc.domain.status``."""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import date, timedelta

import pytest
from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from dondoc.domain.status import StatusClass, StatusCounts, classify, count
from dondoc.storage.repositories import summary
from dondoc.storage.repositories.summary import status_filter, status_summary, summary_statement
from dondoc.storage.tables import AgencyRow, AssignmentRow, DocumentRow, TaskRow

AS_OF = date(2024, 6, 30)
AGENCIES = ["so_a", "so_b", "so_c"]
N_DOCS = 4


def _day_near(rng: random.Random) -> date | None:
    """None, or a day close to ``AS_OF`` (edges included: the day before, of and after)."""
    choice = rng.random()
    if choice < 0.2:
        return None
    if choice < 0.5:
        return AS_OF + timedelta(days=rng.choice([-1, 0, 1]))
    return AS_OF + timedelta(days=rng.randint(-40, 40))


def _seed(session: Session, seed: int, n: int = 400) -> list[dict[str, object]]:
    rng = random.Random(seed)
    session.execute(insert(AgencyRow), [{"id": a, "name": a, "kind": "so"} for a in AGENCIES])
    session.execute(
        insert(DocumentRow),
        [
            {
                "id": d + 1,
                "content_hash": f"{d:064x}",
                "filename": f"d{d}.txt",
                "format": "txt",
                "size": 1,
                "original": b"",
                "text": "",
                "extraction": {},
            }
            for d in range(N_DOCS)
        ],
    )
    session.execute(
        insert(TaskRow),
        [{"id": t + 1, "document_id": t % N_DOCS + 1, "text": f"Nhiệm vụ {t}"} for t in range(n)],
    )
    rows: list[dict[str, object]] = []
    for i in range(n):
        due = _day_near(rng)
        completed = _day_near(rng)
        if due is not None and completed is not None and rng.random() < 0.3:
            completed = due  # done exactly on the deadline
        assigned = (
            AS_OF - timedelta(days=rng.randint(0, 60)) if rng.random() < 0.9 else AS_OF + timedelta(days=3)
        )
        rows.append(
            {
                "id": i + 1,
                "task_id": i + 1,
                "document_id": i % N_DOCS + 1,
                "agency_id": rng.choice(AGENCIES),
                "assigned_on": min(assigned, completed) if completed else assigned,
                "original_due_on": due,
                "due_on": due,
                "active": rng.random() < 0.85,
                "completed_on": completed,
            }
        )
    session.execute(insert(AssignmentRow), rows)
    session.commit()
    return rows


def _expected(rows: list[dict[str, object]], key: str) -> dict[str, StatusCounts]:
    classes: dict[str, list[StatusClass]] = defaultdict(list)
    for r in rows:
        if r["active"] and r["assigned_on"] <= AS_OF:  # type: ignore[operator]
            classes[str(r[key])].append(classify(r["due_on"], r["completed_on"], AS_OF))  # type: ignore[arg-type]
    return {k: count(v) for k, v in sorted(classes.items())}


def test_the_sql_summary_agrees_with_the_python_classification(session: Session) -> None:
    rows = _seed(session, seed=7)
    by_agency = status_summary(session, AS_OF, "agency")
    assert by_agency == _expected(rows, "agency_id")
    assert status_summary(session, AS_OF, "document") == _expected(rows, "document_id")
    assert status_summary(session, AS_OF, "agency", agency_id="so_b") == {"so_b": by_agency["so_b"]}
    for status in StatusClass:  # the generated set covers every class
        assert sum(c.get(status) for c in by_agency.values()) > 0, status


def test_the_status_filter_agrees_with_the_python_classification(session: Session) -> None:
    rows = _seed(session, seed=11, n=120)
    for status in StatusClass:
        got = set(session.scalars(select(AssignmentRow.id).where(status_filter(status, AS_OF))))
        want = {r["id"] for r in rows if classify(r["due_on"], r["completed_on"], AS_OF) is status}  # type: ignore[arg-type]
        assert got == want, status


def test_work_without_a_deadline_is_never_overdue_nor_late(session: Session) -> None:
    session.execute(insert(AgencyRow), [{"id": "so_a", "name": "so_a", "kind": "so"}])
    session.execute(
        insert(DocumentRow),
        [
            {
                "id": 1,
                "content_hash": "0" * 64,
                "filename": "d.txt",
                "format": "txt",
                "size": 1,
                "original": b"",
                "text": "",
                "extraction": {},
            }
        ],
    )
    session.execute(insert(TaskRow), [{"id": 1, "document_id": 1, "text": "Nhiệm vụ"}])
    old = date(2020, 1, 1)
    session.execute(
        insert(AssignmentRow),
        [
            {
                "id": 1,
                "task_id": 1,
                "document_id": 1,
                "agency_id": "so_a",
                "assigned_on": old,
                "completed_on": None,
            },
            {
                "id": 2,
                "task_id": 1,
                "document_id": 1,
                "agency_id": "so_a",
                "assigned_on": old,
                "completed_on": AS_OF,
            },
        ],
    )
    session.commit()
    assert status_summary(session, AS_OF)["so_a"] == StatusCounts(done_on_time=1, in_progress=1)


def test_the_plain_counts_agree_with_the_weighted_sum(session: Session) -> None:
    rows = _seed(session, seed=3)
    plain = {
        str(key): (int(total), int(done), int(late), int(overdue))
        for key, total, done, late, overdue in session.execute(summary_statement(AS_OF, packed=False))
    }
    want = {
        key: (c.total, c.done_on_time + c.done_late, c.done_late, c.overdue)
        for key, c in _expected(rows, "agency_id").items()
    }
    assert plain == want


def test_a_table_too_big_for_the_weighted_sum_gets_the_plain_counts(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = _seed(session, seed=5, n=60)
    monkeypatch.setattr(summary, "WEIGHT", 8)  # fewer than 60 ids fit: the plain form must be used
    assert status_summary(session, AS_OF, "document") == _expected(rows, "document_id")
