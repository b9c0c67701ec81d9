"""Tasks: the filtered list, the detail page (assignments, reports, extensions, history), and the
officer's actions on it (progress report, extension request) and the office's (confirm done)."""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.exceptions import RequestValidationError
from markupsafe import Markup
from pydantic import BaseModel, TypeAdapter, ValidationError
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

from dondoc.domain.errors import InputError
from dondoc.domain.roles import Role
from dondoc.domain.status import StatusClass, parse_status
from dondoc.domain.workflow import AssignmentState
from dondoc.services import audit, queries
from dondoc.services.base import today
from dondoc.web import forms
from dondoc.web.cache import MISSING
from dondoc.web.deps import CurrentUser, DbSession, WebUser, cached, peek_cached, read_session
from dondoc.web.templating import OptionList, fragment, render

router = APIRouter()
PAGE_SIZE = 50
OPEN_STATES = {AssignmentState.ASSIGNED, AssignmentState.IN_PROGRESS, AssignmentState.REPORTED_DONE}
ACTION_LABELS = {
    "document.ingest": "Nhập văn bản",
    "task.confirm": "Xác nhận bản nháp",
    "task.reject": "Loại bản nháp",
    "task.edit": "Sửa nhiệm vụ",
    "task.fix_agency": "Sửa đơn vị",
    "task.split": "Tách nhiệm vụ",
    "task.merge": "Gộp nhiệm vụ",
    "task.publish": "Giao nhiệm vụ",
    "progress.report": "Báo cáo tiến độ",
    "assignment.complete": "Xác nhận hoàn thành",
    "assignment.reassign": "Chuyển giao cho đơn vị khác",
    "extension.request": "Đề nghị gia hạn",
    "extension.approve": "Chấp thuận gia hạn",
    "extension.reject": "Không chấp thuận gia hạn",
}
EXTENSION_LABELS = {"pending": "đang chờ", "approved": "đã chấp thuận", "rejected": "không chấp thuận"}


class AssignmentOut(BaseModel):
    id: int
    task_id: int
    document_id: int
    document_number: str | None
    text: str
    agency_id: str
    agency_name: str
    state: str
    percent: int
    assigned_on: date
    original_due_on: date | None
    due_on: date | None
    completed_on: date | None
    status: str


class TaskListOut(BaseModel):
    as_of: date
    total: int
    page: int
    pages: int
    items: list[AssignmentOut]


class Filters(BaseModel):
    agency: str | None = None
    status: str | None = None
    document: int | None = None
    due_from: date | None = None
    due_to: date | None = None


def assignment_out(a: queries.AssignmentView) -> AssignmentOut:
    return AssignmentOut(
        id=a.id,
        task_id=a.task_id,
        document_id=a.document_id,
        document_number=a.document_number,
        text=a.text,
        agency_id=a.agency_id,
        agency_name=a.agency_name,
        state=a.state.value,
        percent=a.percent,
        assigned_on=a.assigned_on,
        original_due_on=a.original_due_on,
        due_on=a.due_on,
        completed_on=a.completed_on,
        status=a.status.value,
    )


def _status(raw: str | None) -> StatusClass | None:
    if not raw:
        return None
    try:
        return parse_status(raw)
    except ValueError:
        raise InputError(f"Trạng thái “{raw}” không hợp lệ") from None


@dataclass(frozen=True)
class ListPage:
    """One page of the task list as the handlers get it (the page renders the views directly)."""

    as_of: date
    total: int
    page: int
    pages: int
    items: list[queries.AssignmentView]

    def out(self) -> TaskListOut:
        return TaskListOut(
            as_of=self.as_of,
            total=self.total,
            page=self.page,
            pages=self.pages,
            items=[assignment_out(a) for a in self.items],
        )


def build_list(
    request: Request, session: Session, user: WebUser, f: Filters, page: int, as_of: date
) -> ListPage:
    status = _status(f.status)
    page = max(1, page)
    filters: dict[str, Any] = {
        "as_of": as_of,
        "agency_id": f.agency or None,
        "status": status,
        "document_id": f.document,
        "due_from": f.due_from,
        "due_to": f.due_to,
        "order": "due" if f.due_from or f.due_to else "document",
    }
    counted = {k: v for k, v in filters.items() if k != "order"}
    # The total is shared by every page of the same filters: through the read cache (dropped on writes).
    total = cached(
        request,
        user,
        "task-total",
        tuple(sorted(counted.items())),
        compute=lambda: queries.count_assignments(session, user.actor, **counted),
    )
    pages = max(1, math.ceil(total / PAGE_SIZE))
    page = min(page, pages)  # past the end: show the last page
    result = queries.page_assignments(
        session, user.actor, **filters, offset=(page - 1) * PAGE_SIZE, limit=PAGE_SIZE, known_total=total
    )
    return ListPage(as_of, result.total, page, pages, result.items)


def summary(
    request: Request, session: Session, user: WebUser, as_of: date, by: str
) -> list[queries.SummaryRow]:
    return cached(
        request,
        user,
        "summary",
        by,
        as_of,
        compute=lambda: queries.status_summary(session, user.actor, as_of=as_of, by=by),
    )


def _filters(
    agency: str | None, status: str | None, document: str | None, due_from: str | None, due_to: str | None
) -> Filters:
    return Filters(
        agency=agency or None,
        status=status or None,
        document=int(document) if document and document.isdigit() else None,
        due_from=forms.parse_day(due_from, "Hạn từ") if due_from else None,
        due_to=forms.parse_day(due_to, "Hạn đến") if due_to else None,
    )


@dataclass(frozen=True)
class _ListParts:
    """What the task list page shows besides the layout: each part comes from the read caches."""

    filters: Filters
    body: Markup  # the total, the rows and the pager
    agency_options: OptionList | None  # readers of every agency only
    document_options: OptionList | None
    error: str | None = None


def _query(f: Filters) -> str:
    return urlencode({k: v for k, v in f.model_dump(mode="json").items() if v is not None})


def _list_key(f: Filters, page: int, as_of: date) -> tuple[object, ...]:
    return (as_of, f.agency, f.status, f.document, f.due_from, f.due_to, page)


def _cached_parts(request: Request, user: WebUser, f: Filters, page: int, as_of: date) -> _ListParts | None:
    """The parts of the page from the caches alone (no database), or None when one is missing."""
    body = peek_cached(
        request, user, "task-list-html", *_list_key(f, page, as_of), cache=request.app.state.page_cache
    )
    if body is MISSING:
        return None
    agencies = documents = None
    if user.actor.reads_all:
        agencies = peek_cached(request, user, "agency-options", as_of)
        documents = peek_cached(request, user, "document-options")
        if agencies is MISSING or documents is MISSING:
            return None
    return _ListParts(f, body, agencies, documents)


def _list_body(
    request: Request, session: Session, user: WebUser, f: Filters, page: int, as_of: date
) -> Markup:
    def compute() -> Markup:
        data = build_list(request, session, user, f, page, as_of)
        context = {
            "rows": data.items,  # the views themselves: Jinja reads attributes before keys
            "total": data.total,
            "page": data.page,
            "pages": data.pages,
            "query": _query(f),
        }
        return fragment(request, "tasks/_list_body.html", context)

    # Per reader scope, filters and page: the first pages of the usual filters are what people
    # load again and again. Dropped with the figures on every write.
    return cached(
        request,
        user,
        "task-list-html",
        *_list_key(f, page, as_of),
        compute=compute,
        cache=request.app.state.page_cache,
    )


def _computed_parts(
    request: Request, user: WebUser, f: Filters | None, page: int, as_of: date, error: str | None
) -> _ListParts:
    """The parts of the page, computing what the caches miss (blocking: a worker thread). A bad
    filter shows the unfiltered first page with the message (HTTP 400)."""
    with read_session(request) as session:
        if f is not None:
            try:
                body = _list_body(request, session, user, f, page, as_of)
            except InputError as exc:
                f, error = None, exc.message
        if f is None:
            f = Filters()
            body = _list_body(request, session, user, f, 1, as_of)
        agencies = documents = None
        if user.actor.reads_all:
            agencies = cached(
                request,
                user,
                "agency-options",
                as_of,
                compute=lambda: OptionList(
                    (r.key, r.name)
                    for r in sorted(summary(request, session, user, as_of, "agency"), key=lambda r: r.name)
                ),
            )
            documents = cached(
                request,
                user,
                "document-options",
                compute=lambda: OptionList(
                    (d.id, d.number or d.filename) for d in queries.list_documents(session, user.actor)
                ),
            )
    return _ListParts(f, body, agencies, documents, error)


_PAGE_NUMBER = TypeAdapter(int)


def _page_number(raw: str | None) -> int:
    """``page`` as FastAPI would validate an ``int`` query parameter (422 when it is not one)."""
    if raw is None:
        return 1
    try:
        return _PAGE_NUMBER.validate_python(raw)
    except ValidationError as exc:
        raise RequestValidationError(
            [{**e, "loc": ("query", "page")} for e in exc.errors(include_url=False)]
        ) from None


@router.get("/tasks", include_in_schema=False)
async def task_list_page(request: Request, user: CurrentUser) -> Response:
    # The query string is read here rather than declared as parameters: FastAPI's validation of
    # six optional parameters took about a quarter of a cached page's time (the JSON API declares
    # them, for its OpenAPI description).
    q = request.query_params
    page = _page_number(q.get("page"))
    as_of = today(request.app.state.settings.timezone)
    f: Filters | None
    error = None
    try:
        f = _filters(q.get("agency"), q.get("status"), q.get("document"), q.get("due_from"), q.get("due_to"))
    except InputError as exc:
        f, error = None, exc.message
    parts = _cached_parts(request, user, f, page, as_of) if f is not None else None
    if parts is None:
        parts = await run_in_threadpool(_computed_parts, request, user, f, page, as_of, error)
    context = {
        "filters": parts.filters,
        "body": parts.body,
        "agency_options": parts.agency_options.render(parts.filters.agency) if parts.agency_options else None,
        "document_options": (
            parts.document_options.render(parts.filters.document)
            if parts.document_options is not None
            else Markup()
        ),
        "query": _query(parts.filters),
        "error": parts.error,
    }
    return render(request, "tasks/list.html", context, status=400 if parts.error else 200)


@router.get("/api/tasks", response_model=TaskListOut, tags=["nhiệm vụ"])
def task_list_api(
    request: Request,
    user: CurrentUser,
    session: DbSession,
    agency: str | None = None,
    status: StatusClass | None = None,
    document: int | None = None,
    due_from: date | None = None,
    due_to: date | None = None,
    page: int = Query(1, ge=1),
) -> TaskListOut:
    """Các phân công nhiệm vụ (mỗi cơ quan một dòng) với phân loại QĐ 42 tại ngày hôm nay."""
    f = Filters(
        agency=agency,
        status=status.value if status else None,
        document=document,
        due_from=due_from,
        due_to=due_to,
    )
    return build_list(request, session, user, f, page, today(request.app.state.settings.timezone)).out()


# --- Detail --------------------------------------------------------------------------------------


def detail_context(session: Session, user: WebUser, task_id: int, as_of: date) -> dict[str, Any]:
    task = queries.get_task(session, user.actor, task_id, as_of=as_of)
    items = []
    for a in task.assignments:
        open_ = a.state in OPEN_STATES
        items.append(
            {
                **asdict(a),
                "status": a.status.value,
                "state_label": a.state.label,
                "reports": [r for r in reversed(task.reports) if r.assignment_id == a.id],
                "extensions": [
                    {**asdict(e), "status_label": EXTENSION_LABELS.get(e.status, e.status)}
                    for e in task.extensions
                    if e.assignment_id == a.id
                ],
                "can_report": open_
                and (
                    user.role is Role.OFFICE or (user.role is Role.OFFICER and user.agency_id == a.agency_id)
                ),
                "can_confirm": open_ and user.role is Role.OFFICE,
            }
        )
    history: list[audit.AuditEntry] = []
    if user.actor.reads_all:
        history = audit.audit_log(session, user.actor, entity="task", entity_id=task_id, limit=50)
        for a in task.assignments:
            history += audit.audit_log(session, user.actor, entity="assignment", entity_id=a.id, limit=50)
        history.sort(key=lambda h: h.seq, reverse=True)
    events = [
        {"at": h.at, "actor": h.actor, "action": ACTION_LABELS.get(h.action, h.action)} for h in history
    ]
    return {
        "task": {
            "id": task.id,
            "document_id": task.document_id,
            "document_number": task.assignments[0].document_number if task.assignments else None,
            "section": task.section,
            "text": task.text,
            "lead": [a.name for a in task.agencies if a.role == "lead"],
            "support": [a.name for a in task.agencies if a.role == "support"],
        },
        "assignments": items,
        "history": events,
        "report_form": {},
        "report_error_for": None,
    }


@router.get("/tasks/{task_id}", include_in_schema=False)
def task_detail_page(request: Request, task_id: int, user: CurrentUser, session: DbSession) -> Response:
    context = detail_context(session, user, task_id, today(request.app.state.settings.timezone))
    return render(request, "tasks/detail.html", context)


@router.get("/api/tasks/{task_id}", tags=["nhiệm vụ"])
def task_detail_api(request: Request, task_id: int, user: CurrentUser, session: DbSession) -> dict[str, Any]:
    """Một nhiệm vụ: các cơ quan, phân công, báo cáo tiến độ và đề nghị gia hạn."""
    task = queries.get_task(session, user.actor, task_id, as_of=today(request.app.state.settings.timezone))
    data = asdict(task)
    data["assignments"] = [assignment_out(a).model_dump(mode="json") for a in task.assignments]
    return data
