"""The JSON API: OpenAPI lists only /api paths; errors are JSON with a Vietnamese message."""

from __future__ import annotations

from tests.web.conftest import WebEnv


def test_openapi_describes_the_api_and_no_html_page(web: WebEnv) -> None:
    paths = web.client().get("/api/openapi.json").json()["paths"]
    assert {"/api/dashboard", "/api/tasks", "/api/tasks/{task_id}", "/api/documents", "/api/health"} <= set(
        paths
    )
    assert all(p.startswith("/api/") for p in paths)


def test_there_is_no_swagger_page_loading_a_cdn(web: WebEnv) -> None:
    assert web.client().get("/docs").status_code == 404


def test_an_anonymous_api_call_gets_401_json_in_vietnamese(web: WebEnv) -> None:
    r = web.client().get("/api/tasks")
    assert r.status_code == 401
    assert r.json()["detail"] == "Vui lòng đăng nhập để tiếp tục."


def test_a_refused_api_call_gets_403_json(web: WebEnv) -> None:
    r = web.client("officer_a").get("/api/documents")
    assert r.status_code == 403
    assert "Văn phòng và Lãnh đạo" in r.json()["detail"]


def test_an_unknown_page_is_a_vietnamese_404(web: WebEnv) -> None:
    r = web.client("leader").get("/khong-co")
    assert r.status_code == 404
    assert "Không tìm thấy" in r.text


def test_a_bad_query_parameter_is_a_422_json(web: WebEnv) -> None:
    r = web.client("leader").get("/api/tasks?status=la")
    assert r.status_code == 422
