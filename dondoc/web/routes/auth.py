"""Login and logout. Failed logins are throttled per user name and per client address."""

from __future__ import annotations

from urllib.parse import urlsplit

from fastapi import APIRouter, Request
from starlette.concurrency import run_in_threadpool
from starlette.responses import RedirectResponse, Response

from dondoc.domain.errors import InputError
from dondoc.services import users
from dondoc.web.deps import DbSession, FormData, OptionalUser
from dondoc.web.security import LoginThrottle, rotate_csrf, throttled_message
from dondoc.web.templating import render

router = APIRouter(include_in_schema=False)


def _safe_next(target: str | None) -> str:
    """Only same-site paths: never an open redirect."""
    if not target:
        return "/"
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        return "/"
    return target


@router.get("/login")
def login_page(request: Request, user: OptionalUser, next: str = "/") -> Response:
    if user is not None:
        return RedirectResponse(_safe_next(next), status_code=303)
    return render(request, "auth/login.html", {"next": _safe_next(next)})


@router.post("/login")
async def login(request: Request, form: FormData, session: DbSession) -> Response:
    username = form.get("username", "").lower()
    password = form.get("password", "")
    target = _safe_next(form.get("next"))
    throttle: LoginThrottle = request.app.state.throttle
    client = request.client.host if request.client else "?"
    keys = (f"user:{username}", f"ip:{client}")

    def page(message: str, status: int) -> Response:
        return render(
            request,
            "auth/login.html",
            {"error": message, "username": username, "next": target},
            status=status,
        )

    if not username or not password:
        return page("Vui lòng nhập tên đăng nhập và mật khẩu.", 400)
    wait = throttle.retry_after(*keys)
    if wait:
        return page(throttled_message(wait), 429)

    def check() -> users.UserView:
        with throttle.slots:
            actor = users.authenticate(session, username, password, hasher=request.app.state.hasher)
        assert actor.user_id is not None
        return users.get_user(session, actor.user_id)

    try:
        view = await run_in_threadpool(check)
    except InputError as exc:
        throttle.failed(*keys)
        return page(exc.message, 400)
    throttle.succeeded(f"user:{username}")
    request.session.clear()
    request.session["uid"] = view.id
    request.session["ver"] = view.session_version
    rotate_csrf(request.session)
    return RedirectResponse(target, status_code=303)


@router.post("/logout")
def logout(request: Request, form: FormData) -> Response:
    request.session.clear()
    return RedirectResponse("/login", status_code=303)
