"""Jinja2 environment and the one ``render`` helper every HTML handler uses."""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import jinja2
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from dondoc.domain.roles import Role
from dondoc.domain.status import STATUS_LABELS, StatusClass
from dondoc.web.security import csrf_token

TEMPLATES_DIR = Path(__file__).parent / "templates"

NAV: tuple[tuple[str, str, frozenset[Role]], ...] = (
    ("/", "Tổng quan", frozenset(Role)),
    ("/documents", "Văn bản", frozenset({Role.OFFICE, Role.LEADER})),
    ("/tasks", "Nhiệm vụ", frozenset(Role)),
    ("/my", "Việc của tôi", frozenset({Role.OFFICER})),
    ("/agencies", "Cơ quan", frozenset(Role)),
    ("/extensions", "Gia hạn", frozenset(Role)),
    ("/admin", "Quản trị", frozenset({Role.OFFICE})),
)


def _date(value: date | datetime | None, tz: str = "Asia/Ho_Chi_Minh") -> str:
    if value is None:
        return "—"
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(ZoneInfo(tz))
        return value.strftime("%d/%m/%Y %H:%M")
    return value.strftime("%d/%m/%Y")


def _percent(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value * 100:.1f}".replace(".", ",") + "%"


def _status_label(value: str | StatusClass) -> str:
    try:
        return STATUS_LABELS[StatusClass(value)]
    except ValueError:
        return str(value)


def _badge(value: str | StatusClass) -> Markup:
    return Markup('<span class="badge s-{}">{}</span>').format(value, _status_label(value))


BADGES = {c.value: _badge(c) for c in StatusClass}


def _status_badge(value: str | StatusClass) -> Markup:
    """``<span class="badge s-…">label</span>`` (a filter: cheaper than a macro in a long table)."""
    return BADGES.get(value) or _badge(value)


SHORT_STATUS = {
    StatusClass.DONE_ON_TIME: "Xong đúng hạn",
    StatusClass.DONE_LATE: "Xong quá hạn",
    StatusClass.IN_PROGRESS: "Đang làm, trong hạn",
    StatusClass.OVERDUE: "Đang làm, quá hạn",
}


def make_templates() -> Jinja2Templates:
    # Templates are package files: no modification-time check on every render (``auto_reload``).
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES_DIR)),
        autoescape=jinja2.select_autoescape(),
        auto_reload=False,
    )
    templates = Jinja2Templates(env=env)
    env.filters["vndate"] = _date
    env.filters["percent"] = _percent
    env.filters["status_label"] = _status_label
    env.filters["status_badge"] = _status_badge
    env.globals["status_classes"] = list(StatusClass)
    env.globals["short_status"] = {c.value: label for c, label in SHORT_STATUS.items()}
    return templates


class Fragment(Markup):
    """Markup rendered once and kept (through the read cache) with its UTF-8 encoding: ``render``
    splices those bytes into the encoded page instead of copying the text into the page and
    encoding it again on every request (a 70 KB page cost more to encode than to lay out).

    Anything derived from a fragment (``+``, ``format``…) is plain markup again (no ``data``)."""

    data: bytes | None = None

    @classmethod
    def of(cls, html: str, data: bytes | None = None) -> Fragment:
        fragment = cls(html)
        fragment.data = html.encode("utf-8") if data is None else data
        return fragment


class OptionList:
    """The ``<option>`` elements of a long ``<select>`` (a thousand documents), escaped once and
    kept (through the read cache) so that a page only marks the selected one."""

    def __init__(self, items: Iterable[tuple[object, str]]) -> None:
        parts: list[str] = []
        # value -> (start, end) in the text and in its UTF-8 bytes
        self._spans: dict[str, tuple[int, int, int, int]] = {}
        offset = byte_offset = 0
        for value, label in items:
            html = f'<option value="{escape(value)}">{escape(label)}</option>'
            size = len(html.encode("utf-8"))
            self._spans.setdefault(str(value), (offset, offset + len(html), byte_offset, byte_offset + size))
            parts.append(html)
            offset += len(html)
            byte_offset += size
        self._all = Fragment.of("".join(parts))

    def __len__(self) -> int:
        return len(self._spans)

    def render(self, selected: object = None) -> Fragment:
        """The options, ``selected`` (compared as text) marked as such."""
        span = None if selected is None else self._spans.get(str(selected))
        if span is None:
            return self._all
        start, end, byte_start, byte_end = span
        html, data = str(self._all), self._all.data
        assert data is not None
        option = html[start:end].replace('">', '" selected>', 1)
        return Fragment.of(
            html[:start] + option + html[end:], data[:byte_start] + option.encode("utf-8") + data[byte_end:]
        )


def fragment(request: Request, name: str, context: dict[str, Any]) -> Fragment:
    """``name`` rendered alone (no user, CSRF token or flash message), to be cached and dropped
    into a page."""
    templates: Jinja2Templates = request.app.state.templates
    return Fragment.of(templates.get_template(name).render(context))


# Where ``render`` puts a fragment's bytes: private-use characters around a per-process random
# word, which no text shown in a page can be expected to contain.
_SPLICE, _SPLICE_END = "\ue000" + secrets.token_hex(8), "\ue001"


def _encode(html: str, spliced: list[bytes]) -> bytes:
    if not spliced:
        return html.encode("utf-8")
    head, *rest = html.split(_SPLICE)
    out = [head.encode("utf-8")]
    for part in rest:
        index, _, tail = part.partition(_SPLICE_END)
        out.append(spliced[int(index)])
        out.append(tail.encode("utf-8"))
    return b"".join(out)


def render(
    request: Request,
    name: str,
    context: dict[str, Any] | None = None,
    *,
    status: int = 200,
) -> Response:
    """Render ``name`` with the user, CSRF token, navigation and flash message filled in."""
    templates: Jinja2Templates = request.app.state.templates
    user = getattr(request.state, "user", None)
    ctx: dict[str, Any] = {
        "request": request,
        "user": user,
        "csrf_token": csrf_token(request.session),
        "nav": [(href, label) for href, label, roles in NAV if user is not None and user.role in roles],
        "path": request.url.path,
        "flash": request.session.pop("flash", None),
    }
    spliced: list[bytes] = []
    for key, value in (context or {}).items():
        if isinstance(value, Fragment) and value.data is not None:
            ctx[key] = Markup(f"{_SPLICE}{len(spliced)}{_SPLICE_END}")
            spliced.append(value.data)
        else:
            ctx[key] = value
    html = templates.get_template(name).render(ctx)
    return HTMLResponse(_encode(html, spliced), status_code=status)


def flash(request: Request, message: str) -> None:
    """A one-shot message shown on the next page."""
    request.session["flash"] = message
