"""Tasks (drafts, then published), their agencies, assignments and extensions.

A task is what the document asks; an assignment is one agency's share of it, with its own
status, deadline and completion. ``original_due_on`` is never changed; ``due_on`` is the
effective deadline (the last approved extension, else the original) and ``due_set_on`` the day
it was decided (NULL while the original holds), so that an "as of" date before that day can use
the deadline in force then. ``document_id`` and the dates are copied onto the assignment so that
the status summary reads one covering index.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from dondoc.storage.base import Base, UTCDateTime, utcnow


class TaskRow(Base):
    __tablename__ = "tasks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
    section: Mapped[str] = mapped_column(String(80), default="")
    span_start: Mapped[int | None] = mapped_column(Integer)
    span_end: Mapped[int | None] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20), default="task")
    deadline: Mapped[date | None] = mapped_column(Date)
    deadline_kind: Mapped[str] = mapped_column(String(20), default="none")
    deadline_phrase: Mapped[str | None] = mapped_column(Text)
    recurring: Mapped[str | None] = mapped_column(String(20))
    confidence: Mapped[float] = mapped_column(Float, default=0.5)
    state: Mapped[str] = mapped_column(String(20), default="draft", index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    agencies: Mapped[list[TaskAgencyRow]] = relationship(
        order_by="TaskAgencyRow.id", cascade="all, delete-orphan", lazy="selectin"
    )

    __mapper_args__ = {"version_id_col": version}


class TaskAgencyRow(Base):
    """A lead ("chủ trì") or support ("phối hợp") agency of a task; unresolved when no id."""

    __tablename__ = "task_agencies"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("tasks.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(10))  # "lead" | "support"
    name: Mapped[str] = mapped_column(String(300))
    mention: Mapped[str] = mapped_column(String(300), default="")
    agency_id: Mapped[str | None] = mapped_column(ForeignKey("agencies.id"))
    is_group: Mapped[bool] = mapped_column(Boolean, default=False)


# What the status summary reads besides its key (kept in its indexes so that they cover it).
SUMMARY_COLUMNS = ("due_on", "completed_on", "assigned_on", "due_set_on", "original_due_on")


class AssignmentRow(Base):
    __tablename__ = "assignments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("tasks.id", ondelete="CASCADE"), index=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    agency_id: Mapped[str] = mapped_column(ForeignKey("agencies.id"))
    via_group_id: Mapped[str | None] = mapped_column(ForeignKey("agencies.id"))
    assigned_on: Mapped[date] = mapped_column(Date)
    original_due_on: Mapped[date | None] = mapped_column(Date)
    due_on: Mapped[date | None] = mapped_column(Date)
    due_set_on: Mapped[date | None] = mapped_column(Date)
    state: Mapped[str] = mapped_column(String(20), default="assigned")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    percent: Mapped[int] = mapped_column(Integer, default=0)
    completed_on: Mapped[date | None] = mapped_column(Date)
    replaced_by_id: Mapped[int | None] = mapped_column(ForeignKey("assignments.id"))
    note: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        Index("ix_assignments_summary_agency", "active", "agency_id", *SUMMARY_COLUMNS),
        Index("ix_assignments_summary_document", "active", "document_id", *SUMMARY_COLUMNS),
        # Deadlines to come (dashboard), in order.
        Index("ix_assignments_due", "active", "due_on"),
    )


class ExtensionRow(Base):
    """A request to move an assignment's deadline, and its decision. Rows are never deleted."""

    __tablename__ = "extensions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    assignment_id: Mapped[int] = mapped_column(ForeignKey("assignments.id", ondelete="CASCADE"), index=True)
    previous_due_on: Mapped[date | None] = mapped_column(Date)
    requested_due_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text)
    requested_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    status: Mapped[str] = mapped_column(String(20), default="pending")  # pending|approved|rejected
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    decided_on: Mapped[date | None] = mapped_column(Date)
    decision_note: Mapped[str | None] = mapped_column(Text)
