"""Alembic environment: always run programmatically by ``dondoc.storage.migrate`` with a connection."""

from __future__ import annotations

from alembic import context

import dondoc.storage.tables  # noqa: F401  (registers every table)
from dondoc.storage.base import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
