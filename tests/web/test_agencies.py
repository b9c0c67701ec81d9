"""Agency pages: the list with rates, one agency's tasks."""

from __future__ import annotations

from tests.web.conftest import WebEnv
from tests.web.scenario import build


def test_the_list_shows_each_agency_with_its_rates(web: WebEnv) -> None:
    build(web)
    rows = web.client("leader").get("/api/agencies").json()
    assert [r["agency_id"] for r in rows] == ["so_tai_chinh", "so_xay_dung"]
    assert all(r["on_time_rate"] is None for r in rows)  # nothing completed yet
    assert "Tỷ lệ đúng hạn" in web.client("leader").get("/agencies").text


def test_an_agency_page_lists_its_tasks(web: WebEnv) -> None:
    scenario = build(web)
    data = web.client("officer_a").get("/api/agencies/so_tai_chinh").json()
    assert [t["task_id"] for t in data["tasks"]] == [scenario.task_a]
    assert "Sở Tài chính chủ trì" in web.client("office").get("/agencies/so_tai_chinh").text


def test_an_officer_cannot_open_another_agency(web: WebEnv) -> None:
    build(web)
    assert web.client("officer_b").get("/agencies/so_tai_chinh").status_code == 403
