"""Assignments remember when their deadline was set (as-of classification after extensions)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28 02:20:00

``due_set_on`` is the day the effective deadline ``due_on`` was decided (the approval of the
last extension), NULL while the original deadline holds. Existing rows take the decision date of
their last approved extension. The summary indexes gain ``due_set_on`` and ``original_due_on``
so that they still cover the status summary.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

OLD = ("due_on", "completed_on", "assigned_on")
NEW = (*OLD, "due_set_on", "original_due_on")


def _indexes(columns: tuple[str, ...]) -> None:
    op.create_index("ix_assignments_summary_agency", "assignments", ["active", "agency_id", *columns])
    op.create_index("ix_assignments_summary_document", "assignments", ["active", "document_id", *columns])


def _drop_indexes() -> None:
    op.drop_index("ix_assignments_summary_document", table_name="assignments")
    op.drop_index("ix_assignments_summary_agency", table_name="assignments")


def upgrade() -> None:
    op.add_column("assignments", sa.Column("due_set_on", sa.Date(), nullable=True))
    op.execute(
        "UPDATE assignments SET due_set_on = ("
        " SELECT max(e.decided_on) FROM extensions e"
        " WHERE e.assignment_id = assignments.id AND e.status = 'approved')"
    )
    _drop_indexes()
    _indexes(NEW)


def downgrade() -> None:
    _drop_indexes()
    _indexes(OLD)
    with op.batch_alter_table("assignments") as batch_op:
        batch_op.drop_column("due_set_on")
