"""The dashboard: status classes, overdue share, the chart, deadlines and latest reports."""

from __future__ import annotations

from tests.web.conftest import WebEnv
from tests.web.scenario import build
from tests.web.support import csrf_of


def test_an_empty_database_shows_zeroes_and_no_chart_rows(web: WebEnv) -> None:
    r = web.client("leader").get("/")
    assert r.status_code == 200
    assert "Chưa có nhiệm vụ nào được giao" in r.text
    assert web.client("leader").get("/api/dashboard").json()["counts"]["total"] == 0


def test_it_counts_the_published_assignments_by_agency_with_a_chart(web: WebEnv) -> None:
    build(web)
    data = web.client("leader").get("/api/dashboard").json()
    assert data["counts"]["total"] == 2
    assert sorted(r["agency_id"] for r in data["by_agency"]) == ["so_tai_chinh", "so_xay_dung"]
    html = web.client("leader").get("/").text
    assert '<svg class="chart bars"' in html and '<svg class="chart donut"' in html
    assert "Sở Tài chính" in html


def test_an_officer_sees_only_the_own_agency_figures(web: WebEnv) -> None:
    build(web)
    data = web.client("officer_b").get("/api/dashboard").json()
    assert data["counts"]["total"] == 1
    assert [r["agency_id"] for r in data["by_agency"]] == ["so_xay_dung"]


def test_a_new_report_shows_at_once_among_the_latest(web: WebEnv) -> None:
    scenario = build(web)
    leader = web.client("leader")
    assert leader.get("/api/dashboard").json()["reports"] == []  # also fills the read cache
    officer = web.client("officer_a")
    page = officer.get(f"/tasks/{scenario.task_a}").text
    officer.post(
        f"/tasks/{scenario.task_a}/reports",
        data={
            "csrf_token": csrf_of(page),
            "agency_id": "so_tai_chinh",
            "percent": "30",
            "narrative": "Đang làm",
        },
    )
    reports = leader.get("/api/dashboard").json()["reports"]
    assert [(r["task_id"], r["percent"]) for r in reports] == [(scenario.task_a, 30)]
