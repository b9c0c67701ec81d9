"""The office's actions on a draft task from the review page: confirm, reject, edit, split."""

from __future__ import annotations

from collections.abc import Callable

from fastapi import APIRouter, Request
from starlette.responses import RedirectResponse, Response

from dondoc.domain.errors import InputError
from dondoc.services import review
from dondoc.web import forms
from dondoc.web.deps import DbSession, FormData, OfficeUser
from dondoc.web.routes.documents import review_error
from dondoc.web.templating import flash

router = APIRouter(include_in_schema=False)


def _act(
    request: Request,
    form: dict[str, str],
    user: OfficeUser,
    session: DbSession,
    message: str,
    action: Callable[[], object],
) -> Response:
    document_id = forms.optional_int(form, "document_id")
    try:
        action()
    except InputError as exc:
        if document_id is None:
            raise
        return review_error(request, session, user, document_id, exc)
    flash(request, message)
    return RedirectResponse(f"/documents/{document_id}" if document_id else "/documents", status_code=303)


@router.post("/tasks/{task_id}/confirm")
def confirm(request: Request, task_id: int, user: OfficeUser, session: DbSession, form: FormData) -> Response:
    version = forms.optional_int(form, "version")
    return _act(
        request,
        form,
        user,
        session,
        "Đã xác nhận nhiệm vụ.",
        lambda: review.confirm_task(session, user.actor, task_id, expected_version=version),
    )


@router.post("/tasks/{task_id}/reject")
def reject(request: Request, task_id: int, user: OfficeUser, session: DbSession, form: FormData) -> Response:
    version = forms.optional_int(form, "version")
    return _act(
        request,
        form,
        user,
        session,
        "Đã loại nhiệm vụ.",
        lambda: review.reject_task(session, user.actor, task_id, expected_version=version),
    )


@router.post("/tasks/{task_id}/edit")
def edit(request: Request, task_id: int, user: OfficeUser, session: DbSession, form: FormData) -> Response:
    version = forms.optional_int(form, "version")

    def run() -> object:
        text = forms.text(form, "text", "Nội dung")
        deadline = forms.day(form, "deadline", "Thời hạn", required=False)
        lead = forms.id_list(forms.text(form, "lead", "Đơn vị chủ trì", required=False, max_len=2000))
        support = forms.id_list(forms.text(form, "support", "Đơn vị phối hợp", required=False, max_len=2000))
        return review.edit_task(
            session,
            user.actor,
            task_id,
            expected_version=version,
            text=text,
            deadline=deadline,
            lead=lead,
            support=support,
        )

    return _act(request, form, user, session, "Đã lưu nhiệm vụ.", run)


@router.post("/tasks/{task_id}/split")
def split(request: Request, task_id: int, user: OfficeUser, session: DbSession, form: FormData) -> Response:
    version = forms.optional_int(form, "version")

    def run() -> object:
        parts = forms.text(form, "parts", "Các phần").splitlines()
        return review.split_task(session, user.actor, task_id, parts, expected_version=version)

    return _act(request, form, user, session, "Đã tách nhiệm vụ.", run)
