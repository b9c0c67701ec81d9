""" "My tasks" for an officer, with the report form."""

from __future__ import annotations

from tests.web.conftest import WebEnv
from tests.web.scenario import build
from tests.web.support import csrf_of


def test_an_officer_sees_the_agency_work_with_a_report_form(web: WebEnv) -> None:
    scenario = build(web)
    page = web.client("officer_a").get("/my").text
    assert "Sở Tài chính chủ trì theo dõi tiến độ" in page
    assert "Sở Xây dựng chủ trì" not in page
    assert f'action="/tasks/{scenario.task_a}/reports"' in page


def test_a_bad_report_is_refused_on_the_my_page_and_a_good_one_goes_back_there(web: WebEnv) -> None:
    scenario = build(web)
    client = web.client("officer_a")
    page = client.get("/my").text
    data = {"csrf_token": csrf_of(page), "agency_id": "so_tai_chinh", "back": "/my", "percent": "40"}
    r = client.post(f"/tasks/{scenario.task_a}/reports", data=data | {"narrative": "<script>x</script>"})
    assert r.status_code == 400
    assert "không được chứa mã HTML" in r.text and "Việc của tôi" in r.text
    r = client.post(f"/tasks/{scenario.task_a}/reports", data=data | {"narrative": "Đã làm xong 40%"})
    assert r.headers["location"] == "/my"
    assert "Đã gửi báo cáo tiến độ" in client.get("/my").text


def test_the_page_is_for_officers_only(web: WebEnv) -> None:
    assert web.client("leader").get("/my").status_code == 403
