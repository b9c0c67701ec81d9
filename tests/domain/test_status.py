from __future__ import annotations

from datetime import date

import pytest

from dondoc.domain.status import (
    ExtensionDecision,
    StatusClass,
    classify,
    count,
    effective_deadline,
    parse_status,
)

D = date(2021, 6, 30)


@pytest.mark.parametrize(
    ("deadline", "completed", "as_of", "expected"),
    [
        (D, date(2021, 6, 30), date(2021, 7, 5), StatusClass.DONE_ON_TIME),
        (D, date(2021, 7, 1), date(2021, 7, 5), StatusClass.DONE_LATE),
        (D, None, date(2021, 6, 30), StatusClass.IN_PROGRESS),
        (D, None, date(2021, 7, 1), StatusClass.OVERDUE),
        (D, date(2021, 7, 10), date(2021, 7, 5), StatusClass.OVERDUE),
        (None, None, date(2030, 1, 1), StatusClass.IN_PROGRESS),
        (None, date(2029, 1, 1), date(2030, 1, 1), StatusClass.DONE_ON_TIME),
    ],
)
def test_it_classifies_by_the_qd42_classes(
    deadline: date | None, completed: date | None, as_of: date, expected: StatusClass
) -> None:
    assert classify(deadline, completed, as_of) is expected


def test_a_task_without_deadline_is_never_overdue() -> None:
    assert classify(None, None, date(2099, 12, 31)) is not StatusClass.OVERDUE


def test_the_latest_extension_granted_by_the_date_counts() -> None:
    exts = [
        ExtensionDecision(date(2021, 8, 31), date(2021, 6, 1)),
        ExtensionDecision(date(2021, 9, 30), date(2021, 8, 1)),
    ]
    assert effective_deadline(D, exts) == date(2021, 9, 30)
    assert effective_deadline(D, exts, as_of=date(2021, 7, 1)) == date(2021, 8, 31)
    assert effective_deadline(D, exts, as_of=date(2021, 5, 1)) == D


def test_it_counts_classes_and_overdue_share() -> None:
    c = count([StatusClass.OVERDUE, StatusClass.DONE_LATE, StatusClass.DONE_ON_TIME, StatusClass.IN_PROGRESS])
    assert (c.total, c.late_or_overdue, c.overdue_share) == (4, 2, 0.5)
    assert count([]).overdue_share == 0.0


def test_it_parses_status_names_and_labels_them_in_vietnamese() -> None:
    assert parse_status("overdue") is StatusClass.OVERDUE
    assert parse_status("late") is StatusClass.DONE_LATE
    assert StatusClass.OVERDUE.label == "Chưa hoàn thành, quá hạn"
    with pytest.raises(ValueError):
        parse_status("xyz")
