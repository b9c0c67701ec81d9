"""Extension requests: pending ones for the office to decide, and the decided ones."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from fastapi import APIRouter, Request
from starlette.responses import Response

from dondoc.services import queries
from dondoc.web.deps import CurrentUser, DbSession
from dondoc.web.routes.tasks import EXTENSION_LABELS
from dondoc.web.templating import render

router = APIRouter()


def _items(session: DbSession, user: CurrentUser) -> list[dict[str, Any]]:
    return [
        {**asdict(e), "status_label": EXTENSION_LABELS.get(e.status, e.status)}
        for e in queries.list_extensions(session, user.actor)
    ]


@router.get("/extensions", include_in_schema=False)
def extensions_page(request: Request, user: CurrentUser, session: DbSession) -> Response:
    items = _items(session, user)
    context = {
        "pending": [e for e in items if e["status"] == "pending"],
        "decided": [e for e in items if e["status"] != "pending"],
    }
    return render(request, "extensions/index.html", context)


@router.get("/api/extensions", tags=["gia hạn"])
def extensions_api(user: CurrentUser, session: DbSession) -> list[dict[str, Any]]:
    """Các đề nghị gia hạn (cán bộ đơn vị: của đơn vị mình), mới nhất trước."""
    return _items(session, user)
