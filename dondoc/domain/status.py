"""Task status classes of the Government's task-tracking rules (QĐ 42/2014/QĐ-TTg, amended by
QĐ 23/2018/QĐ-TTg), as pure functions of dates.

At an "as of" date an assignment is in exactly one class:

* done on time: completed on or before its deadline (or it has no deadline);
* done late: completed after its deadline;
* not done, within deadline: not completed and the deadline has not passed (or there is none);
* not done, overdue: not completed and the deadline has passed.

The deadline that counts is the effective one: the last approved extension, else the original.
A task without a deadline is never overdue. "Completed" means confirmed by the office; a
completion dated after ``as_of`` does not count yet.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class StatusClass(StrEnum):
    DONE_ON_TIME = "done_on_time"
    DONE_LATE = "done_late"
    IN_PROGRESS = "in_progress"
    OVERDUE = "overdue"

    @property
    def label(self) -> str:
        return STATUS_LABELS[self]


STATUS_LABELS: dict[StatusClass, str] = {
    StatusClass.DONE_ON_TIME: "Đã hoàn thành đúng hạn",
    StatusClass.DONE_LATE: "Đã hoàn thành quá hạn",
    StatusClass.IN_PROGRESS: "Chưa hoàn thành, trong hạn",
    StatusClass.OVERDUE: "Chưa hoàn thành, quá hạn",
}


@dataclass(frozen=True)
class ExtensionDecision:
    """An approved extension: the new deadline and the day it was granted."""

    new_deadline: date
    decided_on: date


def effective_deadline(
    original: date | None, extensions: Iterable[ExtensionDecision], as_of: date | None = None
) -> date | None:
    """The deadline in force: the latest extension granted (on or before ``as_of`` if given)."""
    granted = [e for e in extensions if as_of is None or e.decided_on <= as_of]
    if not granted:
        return original
    return max(granted, key=lambda e: e.decided_on).new_deadline


def classify(deadline: date | None, completed_on: date | None, as_of: date) -> StatusClass:
    """The status class at ``as_of`` of work due ``deadline`` and completed ``completed_on``."""
    if completed_on is not None and completed_on <= as_of:
        if deadline is None or completed_on <= deadline:
            return StatusClass.DONE_ON_TIME
        return StatusClass.DONE_LATE
    if deadline is not None and as_of > deadline:
        return StatusClass.OVERDUE
    return StatusClass.IN_PROGRESS


@dataclass(frozen=True)
class StatusCounts:
    """Counts per class for one agency or document; ``overdue_share`` is in [0, 1]."""

    done_on_time: int = 0
    done_late: int = 0
    in_progress: int = 0
    overdue: int = 0

    @property
    def total(self) -> int:
        return self.done_on_time + self.done_late + self.in_progress + self.overdue

    @property
    def late_or_overdue(self) -> int:
        return self.done_late + self.overdue

    @property
    def overdue_share(self) -> float:
        """Share of assignments overdue now or done late (the QĐ 42 "quá hạn" share)."""
        return self.late_or_overdue / self.total if self.total else 0.0

    def get(self, cls: StatusClass) -> int:
        return int(getattr(self, cls.value))


def count(classes: Iterable[StatusClass]) -> StatusCounts:
    tally = dict.fromkeys(StatusClass, 0)
    for c in classes:
        tally[c] += 1
    return StatusCounts(**{c.value: n for c, n in tally.items()})


def parse_status(raw: str) -> StatusClass:
    """A status class from its code or a Vietnamese/English shorthand; ValueError if unknown."""
    key = raw.strip().lower().replace("-", "_")
    aliases = {"ontime": "done_on_time", "late": "done_late", "open": "in_progress", "pending": "in_progress"}
    return StatusClass(aliases.get(key, key))
