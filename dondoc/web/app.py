"""``create_app(settings)``: the FastAPI application, built fresh for each settings object."""

from __future__ import annotations

import gc
import secrets
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import anyio.to_thread
from argon2 import PasswordHasher
from fastapi import FastAPI
from starlette.middleware.sessions import SessionMiddleware
from starlette.staticfiles import StaticFiles

from dondoc.config import Settings
from dondoc.domain.errors import InputError
from dondoc.services.database import Database
from dondoc.web.cache import InvalidateOnWriteMiddleware, ReadCache
from dondoc.web.errors import install_error_handlers
from dondoc.web.routes import ROUTERS
from dondoc.web.security import BodySizeLimitMiddleware, LoginThrottle, SecurityHeadersMiddleware
from dondoc.web.templating import make_templates

STATIC_DIR = Path(__file__).parent / "static"
SESSION_COOKIE = "dondoc_session"
SESSION_MAX_AGE = 8 * 3600
# Room for the multipart envelope and the other fields around an upload of max_upload_mb.
FORM_OVERHEAD = 64 * 1024
# Rendered pages of the task list (per reader scope, filters and page) are kept apart from the
# shared figures, in a smaller cache: each is some 100 KB, and a crawler walking through the pages
# must not push the figures that every page needs out of the main cache.
LIST_PAGES_CACHED = 64


def create_app(
    settings: Settings,
    *,
    allow_generated_secret: bool = False,
    hasher: PasswordHasher | None = None,
) -> FastAPI:
    """The web application for ``settings``.

    ``secret_key`` is required unless ``allow_generated_secret`` (used by ``dondoc demo`` and
    tests), in which case a random key is made for this process. ``hasher`` replaces the argon2
    defaults (tests use a cheap one).
    """
    secret = settings.secret_key
    if not secret:
        if not allow_generated_secret:
            raise InputError("Thiếu DONDOC_SECRET_KEY: cần một khóa bí mật để ký phiên đăng nhập")
        secret = secrets.token_urlsafe(32)
    elif len(secret) < 16:
        raise InputError("DONDOC_SECRET_KEY quá ngắn: cần ít nhất 16 ký tự")

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        # Sync handlers and dependencies run in AnyIO's thread pool (40 threads by default). Page
        # work is mostly Python holding the GIL, and SQLite gives the GIL up at every row: with
        # dozens of threads in flight each request pays hundreds of thread switches. A few
        # threads keep the CPU busy; the other requests wait on the event loop.
        anyio.to_thread.current_default_thread_limiter().total_tokens = settings.web_threads
        # What exists now (modules, tables, templates, the app) lives as long as the process: keep
        # it out of the garbage collector's full passes, which otherwise rescan it all and pause
        # every request for tens of milliseconds.
        gc.freeze()
        try:
            yield
        finally:
            gc.unfreeze()

    app = FastAPI(
        lifespan=lifespan,
        title="dondoc API",
        description="Theo dõi nhiệm vụ từ văn bản chỉ đạo. Mọi điểm cuối dùng phiên đăng nhập của trang web.",
        version="0.1.0",
        docs_url=None,  # Swagger UI would load its script from a CDN
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    app.state.settings = settings
    app.state.database = Database.open(settings)
    app.state.hasher = hasher or PasswordHasher()
    app.state.templates = make_templates()
    app.state.throttle = LoginThrottle()
    # Writes in this process drop both caches at once (InvalidateOnWriteMiddleware).
    app.state.cache = ReadCache(ttl=settings.read_cache_seconds)
    app.state.page_cache = ReadCache(ttl=settings.read_cache_seconds, max_entries=LIST_PAGES_CACHED)

    install_error_handlers(app)
    for router in ROUTERS:
        app.include_router(router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

    https = settings.base_url.startswith("https://")
    app.add_middleware(InvalidateOnWriteMiddleware, caches=(app.state.cache, app.state.page_cache))
    app.add_middleware(BodySizeLimitMiddleware, max_bytes=settings.max_upload_bytes + FORM_OVERHEAD)
    app.add_middleware(
        SessionMiddleware,
        secret_key=secret,
        session_cookie=SESSION_COOKIE,
        max_age=SESSION_MAX_AGE,
        same_site="lax",
        https_only=https,
    )
    app.add_middleware(SecurityHeadersMiddleware, hsts=https)
    return app
