"""Indexes for the dashboard's latest reports and the deadlines to come

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-08 02:00:00

``ix_progress_reports_latest`` (report date, id) lets the latest progress reports be read from
the end of an index instead of sorting every report; ``ix_assignments_due`` (active, current
deadline) lets the deadlines of the coming days be read in order instead of sorting every active
assignment. Both work alike on SQLite and PostgreSQL.
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_progress_reports_latest", "progress_reports", ["reported_on", "id"])
    op.create_index("ix_assignments_due", "assignments", ["active", "due_on"])


def downgrade() -> None:
    op.drop_index("ix_assignments_due", table_name="assignments")
    op.drop_index("ix_progress_reports_latest", table_name="progress_reports")
