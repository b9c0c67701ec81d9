"""Documents: the list, the upload form, and the review page (text beside the drafts), publish."""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict
from typing import Any

from fastapi import APIRouter, Request
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.formparsers import MultiPartException
from starlette.responses import RedirectResponse, Response

from dondoc.domain.errors import DondocError, InputError
from dondoc.domain.roles import Role
from dondoc.domain.workflow import TaskState
from dondoc.extraction import extract
from dondoc.services import ingest, queries, review
from dondoc.web.deps import DbSession, FormData, OfficeUser, ReaderUser, WebUser
from dondoc.web.highlight import Highlight, highlight
from dondoc.web.security import BodyTooLarge, check_csrf
from dondoc.web.templating import flash, render
from dondoc.web.uploads import check_upload

router = APIRouter()


def document_rows(session: Session, user: WebUser) -> list[dict[str, Any]]:
    docs = queries.list_documents(session, user.actor)
    out = []
    for d in docs:
        states = Counter(t.state for t in queries.list_document_tasks(session, user.actor, d.id))
        out.append(
            {
                **asdict(d),
                "published": states[TaskState.PUBLISHED],
                "drafts": states[TaskState.DRAFT] + states[TaskState.CONFIRMED],
            }
        )
    return list(reversed(out))


@router.get("/documents", include_in_schema=False)
def document_list_page(request: Request, user: ReaderUser, session: DbSession) -> Response:
    return render(request, "documents/list.html", {"documents": document_rows(session, user)})


@router.get("/api/documents", tags=["văn bản"])
def document_list_api(user: ReaderUser, session: DbSession) -> list[dict[str, Any]]:
    """Các văn bản đã nhập, với số nhiệm vụ đã giao và còn chờ rà soát."""
    return document_rows(session, user)


@router.get("/documents/upload", include_in_schema=False)
def upload_page(request: Request, user: OfficeUser) -> Response:
    return render(request, "documents/upload.html", {"max_mb": request.app.state.settings.max_upload_mb})


@router.post("/documents/upload", include_in_schema=False)
async def upload(request: Request, user: OfficeUser, session: DbSession) -> Response:
    settings = request.app.state.settings

    def again(message: str, status: int) -> Response:
        return render(
            request,
            "documents/upload.html",
            {"max_mb": settings.max_upload_mb, "error": message},
            status=status,
        )

    try:
        async with request.form(max_files=1, max_fields=5) as form:
            await check_csrf(request)
            field = form.get("file")
            if not isinstance(field, UploadFile):
                raise InputError("Vui lòng chọn một tệp văn bản để tải lên.")
            content = await field.read(settings.max_upload_bytes + 1)
        name = check_upload(field.filename or "", content, settings.max_upload_bytes)
        extraction = await run_in_threadpool(extract, content, name, max_bytes=settings.max_upload_bytes)
        result = await run_in_threadpool(
            ingest.ingest_extraction,
            session,
            user.actor,
            filename=name,
            content=content,
            extraction=extraction,
        )
    except BodyTooLarge as exc:
        return again(exc.message, 413)
    except MultiPartException:
        return again("Biểu mẫu tải lên không hợp lệ. Vui lòng chọn lại tệp.", 400)
    except ingest.DuplicateDocumentError as exc:
        return again(exc.message, exc.status)
    except InputError as exc:
        return again(exc.message, exc.status)
    flash(request, f"Đã đọc văn bản: {len(result.task_ids)} nhiệm vụ chờ rà soát.")
    return RedirectResponse(f"/documents/{result.document_id}", status_code=303)


# --- Review --------------------------------------------------------------------------------------


def review_context(session: Session, user: WebUser, document_id: int) -> dict[str, Any]:
    doc = queries.get_document_text(session, user.actor, document_id)
    tasks = queries.list_document_tasks(session, user.actor, document_id)
    numbers = {t.id: i for i, t in enumerate(tasks, 1)}
    marks = [
        Highlight(t.id, *doc.spans[t.id], t.state.value, str(numbers[t.id]))
        for t in tasks
        if t.id in doc.spans and t.state is not TaskState.REJECTED
    ]
    states = Counter(t.state.value for t in tasks)
    return {
        "doc": doc,
        "highlighted": highlight(doc.text, marks),
        "counts": {s.value: states[s.value] for s in TaskState},
        "drafts_open": states[TaskState.CONFIRMED.value] > 0,
        "can_edit": user.role is Role.OFFICE,
        "agencies": [a for a in queries.list_agencies(session, user.actor) if a.valid_to is None],
        "tasks": [
            {
                "id": t.id,
                "state": t.state.value,
                "state_label": t.state.label,
                "editable": t.state in (TaskState.DRAFT, TaskState.CONFIRMED),
                "section": t.section,
                "text": t.text,
                "version": t.version,
                "lead": [a.name for a in t.agencies if a.role == "lead"],
                "support": [a.name for a in t.agencies if a.role == "support"],
                "lead_ids": [a.agency_id or a.name for a in t.agencies if a.role == "lead"],
                "support_ids": [a.agency_id or a.name for a in t.agencies if a.role == "support"],
                "deadline": t.deadline,
                "deadline_phrase": t.deadline_phrase,
                "problem": t.problem,
            }
            for t in tasks
        ],
    }


@router.get("/documents/{document_id}", include_in_schema=False)
def review_page(request: Request, document_id: int, user: ReaderUser, session: DbSession) -> Response:
    return render(request, "documents/review.html", review_context(session, user, document_id))


@router.get("/api/documents/{document_id}", tags=["văn bản"])
def document_api(document_id: int, user: ReaderUser, session: DbSession) -> dict[str, Any]:
    """Một văn bản và các nhiệm vụ trích xuất (bản nháp, đã xác nhận, đã giao, đã loại)."""
    doc = queries.get_document_text(session, user.actor, document_id)
    tasks = queries.list_document_tasks(session, user.actor, document_id)
    document = {k: v for k, v in asdict(doc).items() if k != "spans"}
    return {"document": document, "tasks": [asdict(t) | {"span": doc.spans.get(t.id)} for t in tasks]}


def review_error(
    request: Request, session: Session, user: WebUser, document_id: int, exc: DondocError
) -> Response:
    context = review_context(session, user, document_id)
    context["error"] = exc.message
    return render(request, "documents/review.html", context, status=exc.status)


@router.post("/documents/{document_id}/publish", include_in_schema=False)
def publish(
    request: Request, document_id: int, user: OfficeUser, session: DbSession, form: FormData
) -> Response:
    try:
        ids = review.publish_document(session, user.actor, document_id)
    except InputError as exc:
        return review_error(request, session, user, document_id, exc)
    flash(request, f"Đã giao nhiệm vụ: {len(ids)} phân công cho các cơ quan.")
    return RedirectResponse(f"/documents/{document_id}", status_code=303)


@router.post("/documents/{document_id}/merge", include_in_schema=False)
async def merge(request: Request, document_id: int, user: OfficeUser, session: DbSession) -> Response:
    await check_csrf(request)
    form = await request.form()
    ids = [int(v) for v in form.getlist("task_ids") if isinstance(v, str) and v.isdigit()]
    try:
        await run_in_threadpool(review.merge_tasks, session, user.actor, ids)
    except InputError as exc:
        return review_error(request, session, user, document_id, exc)
    flash(request, "Đã gộp các nhiệm vụ.")
    return RedirectResponse(f"/documents/{document_id}", status_code=303)
