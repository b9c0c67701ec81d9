"""What users do on a task's page: an officer reports progress or asks for more time, the office
confirms completion and decides extension requests. Bad input comes back on the same page."""

from __future__ import annotations

from fastapi import APIRouter, Request
from sqlalchemy.orm import Session
from starlette.responses import RedirectResponse, Response

from dondoc.domain.errors import DondocError, InputError
from dondoc.domain.roles import Role
from dondoc.services import extensions, progress
from dondoc.services.base import today
from dondoc.web import forms
from dondoc.web.deps import CurrentUser, DbSession, FormData, WebUser
from dondoc.web.routes.my import my_context
from dondoc.web.routes.tasks import detail_context
from dondoc.web.templating import flash, render

router = APIRouter(include_in_schema=False)


def _back(request: Request, form: dict[str, str], default: str) -> str:
    target = form.get("back", "")
    return target if target.startswith("/") and not target.startswith("//") else default


@router.post("/tasks/{task_id}/reports")
def report_progress(
    request: Request, task_id: int, user: CurrentUser, session: DbSession, form: FormData
) -> Response:
    agency_id = form.get("agency_id") or None
    try:
        percent = forms.integer(form, "percent", "Tiến độ (%)", low=0, high=100)
        narrative = forms.text(form, "narrative", "Kết quả thực hiện")
        period = forms.text(form, "period", "Kỳ báo cáo", required=False, max_len=40)
        difficulties = forms.text(form, "difficulties", "Khó khăn, vướng mắc", required=False)
        proposals = forms.text(form, "proposals", "Đề xuất, kiến nghị", required=False)
        progress.report_progress(
            session,
            user.actor,
            task_id,
            percent=percent,
            narrative=narrative,
            agency_id=agency_id,
            period=period,
            difficulties=difficulties,
            proposals=proposals,
        )
    except InputError as exc:
        return _form_error(request, session, user, task_id, form, exc)
    flash(request, "Đã gửi báo cáo tiến độ.")
    return RedirectResponse(_back(request, form, f"/tasks/{task_id}"), status_code=303)


def _form_error(
    request: Request, session: Session, user: WebUser, task_id: int, form: dict[str, str], exc: DondocError
) -> Response:
    """The page the form was on again, with the message beside the form and the input kept."""
    if form.get("back") == "/my" and user.role is Role.OFFICER:
        context = my_context(request, user, session)
        items = context["open_items"]
        target = next((a for a in items if a["task_id"] == task_id), None)
        context.update(error=exc.message, report_form=form, report_error_for=target["id"] if target else None)
        return render(request, "my/index.html", context, status=exc.status)
    context = detail_context(session, user, task_id, today(request.app.state.settings.timezone))
    target = next((a for a in context["assignments"] if a["agency_id"] == form.get("agency_id")), None)
    context.update(
        error=exc.message,
        report_form=form,
        report_error_for=target["id"] if target else None,
    )
    return render(request, "tasks/detail.html", context, status=exc.status)


@router.post("/assignments/{assignment_id}/extensions")
def request_extension(
    request: Request, assignment_id: int, user: CurrentUser, session: DbSession, form: FormData
) -> Response:
    task_id = forms.optional_int(form, "task_id")
    try:
        new_due = forms.day(form, "new_due_on", "Thời hạn đề nghị")
        reason = forms.text(form, "reason", "Lý do")
        assert new_due is not None
        extensions.request_extension(session, user.actor, assignment_id, new_due, reason)
    except InputError as exc:
        if task_id is None:
            raise
        context = detail_context(session, user, task_id, today(request.app.state.settings.timezone))
        context["error"] = exc.message
        return render(request, "tasks/detail.html", context, status=exc.status)
    flash(request, "Đã gửi đề nghị gia hạn; Văn phòng sẽ xem xét.")
    return RedirectResponse(
        _back(request, form, f"/tasks/{task_id}" if task_id else "/extensions"), status_code=303
    )


@router.post("/assignments/{assignment_id}/complete")
def confirm_completion(
    request: Request, assignment_id: int, user: CurrentUser, session: DbSession, form: FormData
) -> Response:
    progress.confirm_completion(session, user.actor, assignment_id)
    flash(request, "Đã xác nhận hoàn thành.")
    task_id = forms.optional_int(form, "task_id")
    return RedirectResponse(f"/tasks/{task_id}" if task_id else "/tasks", status_code=303)


@router.post("/extensions/{extension_id}/decide")
def decide_extension(
    request: Request, extension_id: int, user: CurrentUser, session: DbSession, form: FormData
) -> Response:
    task_id = forms.optional_int(form, "task_id")
    try:
        note = forms.text(form, "note", "Ý kiến", required=False, max_len=2000)
        extensions.decide_extension(
            session, user.actor, extension_id, approve=form.get("approve") == "1", note=note
        )
    except InputError as exc:
        if task_id is None:
            raise
        context = detail_context(session, user, task_id, today(request.app.state.settings.timezone))
        context["error"] = exc.message
        return render(request, "tasks/detail.html", context, status=exc.status)
    flash(request, "Đã chấp thuận gia hạn." if form.get("approve") == "1" else "Đã từ chối đề nghị gia hạn.")
    return RedirectResponse(
        _back(request, form, f"/tasks/{task_id}" if task_id else "/extensions"), status_code=303
    )
