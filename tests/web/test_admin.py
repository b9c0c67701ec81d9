"""Administration: users and the reorganisation."""

from __future__ import annotations

from tests.web.conftest import WebEnv
from tests.web.support import csrf_of


def test_the_office_adds_an_officer(web: WebEnv) -> None:
    client = web.client("office")
    page = client.get("/admin").text
    r = client.post(
        "/admin/users",
        data={
            "csrf_token": csrf_of(page),
            "username": "canbo.moi",
            "full_name": "Cán bộ Mới",
            "role": "officer",
            "agency_id": "so_xay_dung",
            "password": "mat-khau-123",
        },
    )
    assert r.status_code == 303
    assert "canbo.moi" in [u["username"] for u in client.get("/api/admin/users").json()]


def test_bad_input_is_refused_on_the_same_page_and_the_password_is_not_echoed(web: WebEnv) -> None:
    client = web.client("office")
    page = client.get("/admin").text
    r = client.post(
        "/admin/users",
        data={
            "csrf_token": csrf_of(page),
            "username": "x y",
            "full_name": "<b>X</b>",
            "role": "leader",
            "password": "bi-mat-123",
        },
    )
    assert r.status_code == 400
    assert "không được chứa mã HTML" in r.text
    assert "bi-mat-123" not in r.text
    assert len(client.get("/api/admin/users").json()) == 4


def test_locking_a_user_ends_their_session(web: WebEnv) -> None:
    officer = web.client("officer_b")
    client = web.client("office")
    users = {u["username"]: u["id"] for u in client.get("/api/admin/users").json()}
    page = client.get("/admin").text
    client.post(
        f"/admin/users/{users['canbo.xaydung']}/active", data={"csrf_token": csrf_of(page), "active": "0"}
    )
    assert officer.get("/").status_code == 303


def test_the_reorganisation_reports_how_many_tasks_moved(web: WebEnv) -> None:
    client = web.client("office")
    page = client.get("/admin").text
    r = client.post(
        "/admin/reorganisation", data={"csrf_token": csrf_of(page), "on": "2026-07-01"}, follow_redirects=True
    )
    assert "Đã chuyển 0 nhiệm vụ" in r.text
