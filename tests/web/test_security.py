"""Security pieces that need no database: headers, CSRF, body limit, login throttle."""

from __future__ import annotations

import asyncio

from fastapi import FastAPI, Request
from fastapi.responses import PlainTextResponse
from starlette.middleware.sessions import SessionMiddleware
from starlette.types import Message, Receive, Scope, Send

from dondoc.web.security import (
    BodySizeLimitMiddleware,
    BodyTooLarge,
    CsrfError,
    LoginThrottle,
    SecurityHeadersMiddleware,
    check_csrf,
    csrf_token,
)
from tests.web.support import TestClient


def _app() -> FastAPI:
    app = FastAPI()

    @app.get("/token")
    async def token(request: Request) -> PlainTextResponse:
        return PlainTextResponse(csrf_token(request.session))

    @app.post("/form")
    async def form(request: Request) -> PlainTextResponse:
        try:
            await check_csrf(request)
        except CsrfError as exc:
            return PlainTextResponse(exc.message, status_code=exc.status)
        return PlainTextResponse("ok")

    @app.post("/upload")
    async def upload(request: Request) -> PlainTextResponse:
        try:
            body = await request.body()
        except BodyTooLarge as exc:
            return PlainTextResponse(exc.message, status_code=413)
        return PlainTextResponse(str(len(body)))

    app.add_middleware(BodySizeLimitMiddleware, max_bytes=1000)
    app.add_middleware(SessionMiddleware, secret_key="x" * 32)
    app.add_middleware(SecurityHeadersMiddleware)
    return app


def test_it_sends_security_headers_on_every_response() -> None:
    client = TestClient(_app())
    r = client.get("/token")
    assert "default-src 'self'" in r.headers["content-security-policy"]
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["x-frame-options"] == "DENY"
    assert r.headers["referrer-policy"] == "same-origin"


def test_it_refuses_a_form_without_the_session_token() -> None:
    client = TestClient(_app())
    client.get("/token")
    r = client.post("/form", data={"csrf_token": "wrong"})
    assert r.status_code == 403
    assert "Phiên làm việc" in r.text


def test_it_accepts_the_session_token_from_a_form_field_or_header() -> None:
    client = TestClient(_app())
    token = client.get("/token").text
    assert client.post("/form", data={"csrf_token": token}).text == "ok"
    assert client.post("/form", headers={"X-CSRF-Token": token}).text == "ok"


def test_it_refuses_a_token_from_another_session() -> None:
    other = TestClient(_app()).get("/token").text
    client = TestClient(_app())
    client.get("/token")
    assert client.post("/form", data={"csrf_token": other}).status_code == 403


def test_it_stops_reading_a_body_over_the_limit() -> None:
    client = TestClient(_app())
    assert client.post("/upload", content=b"a" * 1000).text == "1000"
    r = client.post("/upload", content=b"a" * 1001)
    assert r.status_code == 413
    assert "Tệp quá lớn" in r.text


def test_it_stops_a_streamed_body_without_reading_it_all() -> None:
    received = 0
    sent: list[Message] = []

    async def receive() -> Message:
        nonlocal received
        received += 1
        return {"type": "http.request", "body": b"a" * (1024 * 1024), "more_body": received < 200}

    async def send(message: Message) -> None:
        sent.append(message)

    scope = {"type": "http", "method": "POST", "path": "/upload", "headers": [], "query_string": b""}
    scope |= {"root_path": "", "scheme": "http", "server": ("127.0.0.1", 80), "client": ("127.0.0.1", 1)}
    app = BodySizeLimitMiddleware(_raw_upload, max_bytes=3 * 1024 * 1024)
    asyncio.run(app(scope, receive, send))
    assert sent[0]["status"] == 413
    assert received == 4  # a 200 MB body is abandoned after its fourth megabyte


async def _raw_upload(scope: Scope, receive: Receive, send: Send) -> None:
    try:
        await Request(scope, receive).body()
    except BodyTooLarge as exc:
        await PlainTextResponse(exc.message, status_code=413)(scope, receive, send)
        return
    await PlainTextResponse("ok")(scope, receive, send)


def test_it_throttles_a_name_after_repeated_failures() -> None:
    now = [0.0]
    throttle = LoginThrottle(max_failures=3, window=60, clock=lambda: now[0])
    for _ in range(3):
        assert throttle.retry_after("user:a") == 0
        throttle.failed("user:a")
    assert throttle.retry_after("user:a") > 0
    assert throttle.retry_after("user:b") == 0
    now[0] = 61.0
    assert throttle.retry_after("user:a") == 0


def test_a_success_clears_the_failures() -> None:
    throttle = LoginThrottle(max_failures=2, window=60)
    throttle.failed("ip:1")
    throttle.succeeded("ip:1")
    throttle.failed("ip:1")
    assert throttle.retry_after("ip:1") == 0
