"""One place that turns errors into pages: Vietnamese error page for HTML, JSON under /api."""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response

from dondoc.domain.errors import DondocError
from dondoc.web.templating import render

HTTP_MESSAGES = {
    400: "Yêu cầu không hợp lệ.",
    401: "Vui lòng đăng nhập.",
    403: "Bạn không có quyền truy cập trang này.",
    404: "Không tìm thấy trang hoặc dữ liệu được yêu cầu.",
    405: "Phương thức không được hỗ trợ.",
    409: "Dữ liệu đã thay đổi; vui lòng tải lại trang.",
    413: "Dữ liệu gửi lên quá lớn.",
    422: "Dữ liệu gửi lên không hợp lệ.",
    429: "Quá nhiều yêu cầu; vui lòng thử lại sau.",
    500: "Đã có lỗi hệ thống. Vui lòng thử lại sau.",
}


class LoginRequired(DondocError):
    status = 401

    def __init__(self) -> None:
        super().__init__("Vui lòng đăng nhập để tiếp tục.")


def is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/api"


def error_response(request: Request, status: int, message: str) -> Response:
    if is_api(request):
        return JSONResponse({"detail": message, "status": status}, status_code=status)
    if status == 401:
        target = request.url.path
        if request.url.query:
            target += "?" + request.url.query
        return RedirectResponse(f"/login?next={target if target.startswith('/') else '/'}", status_code=303)
    return render(request, "error.html", {"status": status, "message": message}, status=status)


async def _dondoc_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, DondocError)
    return error_response(request, exc.status, exc.message)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    message = HTTP_MESSAGES.get(exc.status_code, HTTP_MESSAGES[400])
    return error_response(request, exc.status_code, message)


async def _validation_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    if is_api(request):
        return JSONResponse({"detail": jsonable_encoder(exc.errors()), "status": 422}, status_code=422)
    return error_response(request, 422, HTTP_MESSAGES[422])


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(DondocError, _dondoc_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
