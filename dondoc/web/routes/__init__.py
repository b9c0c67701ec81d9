"""One router per resource; ``ROUTERS`` is the order they are mounted in."""

from __future__ import annotations

from fastapi import APIRouter

from dondoc.web.routes import (
    admin,
    agencies,
    auth,
    dashboard,
    documents,
    extensions,
    health,
    my,
    review,
    task_actions,
    tasks,
)

ROUTERS: tuple[APIRouter, ...] = (
    health.router,
    auth.router,
    dashboard.router,
    review.router,  # /tasks/{id}/confirm... before the /tasks/{id} pages
    tasks.router,
    task_actions.router,
    documents.router,
    my.router,
    agencies.router,
    extensions.router,
    admin.router,
)
