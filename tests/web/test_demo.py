"""``dondoc demo``: the demo database has every role, the published sample and its history."""

from __future__ import annotations

from pathlib import Path

from dondoc.config import Settings
from dondoc.services.demo import build_demo
from dondoc.web.app import create_app
from tests.web.conftest import login
from tests.web.support import TestClient


def test_the_demo_database_serves_every_page_with_data(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path)
    logins = dict(build_demo(settings, password="demo-mat-khau"))
    assert {"vanphong", "lanhdao", "cb.sotaichinh"} <= set(logins)
    app = create_app(settings, allow_generated_secret=True)
    try:
        client = TestClient(app, follow_redirects=False)
        login(client, "lanhdao", "demo-mat-khau")
        data = client.get("/api/dashboard").json()
        assert data["counts"]["total"] >= 5
        assert data["counts"]["done_on_time"] >= 1 and data["counts"]["overdue"] >= 1
        assert len(data["reports"]) == 8
        assert any(e["status"] == "approved" for e in client.get("/api/extensions").json())
        for path in ("/", "/documents", "/documents/1", "/tasks", "/agencies", "/extensions"):
            assert client.get(path).status_code == 200, path
        officer = TestClient(app, follow_redirects=False)
        login(officer, "cb.sotaichinh", "demo-mat-khau")
        assert officer.get("/my").status_code == 200
    finally:
        app.state.database.dispose()


def test_building_twice_starts_afresh(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path)
    first = build_demo(settings, password="demo-mat-khau")
    assert build_demo(settings, password="demo-mat-khau") == first
