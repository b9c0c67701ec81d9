"""The task list (filters, pages) and the task detail page (reports, extensions, confirmation)."""

from __future__ import annotations

import pytest

from dondoc.web.templating import OptionList
from tests.web.conftest import WebEnv
from tests.web.scenario import Scenario, build
from tests.web.support import csrf_of


@pytest.fixture
def scenario(web: WebEnv) -> Scenario:
    return build(web)


def test_the_list_shows_every_assignment_to_readers(web: WebEnv, scenario: Scenario) -> None:
    data = web.client("leader").get("/api/tasks").json()
    assert data["total"] == 2
    assert {a["agency_id"] for a in data["items"]} == {"so_tai_chinh", "so_xay_dung"}
    page = web.client("leader").get("/tasks").text
    assert "Sở Tài chính" in page and "Sở Xây dựng" in page


def test_an_officer_sees_only_the_own_agency(web: WebEnv, scenario: Scenario) -> None:
    data = web.client("officer_a").get("/api/tasks").json()
    assert [a["agency_id"] for a in data["items"]] == ["so_tai_chinh"]
    assert data["total"] == 1


def test_filters_by_agency_status_document_and_deadline(web: WebEnv, scenario: Scenario) -> None:
    client = web.client("office")
    assert client.get("/api/tasks?agency=so_xay_dung").json()["total"] == 1
    assert client.get(f"/api/tasks?document={scenario.document_id}").json()["total"] == 2
    assert client.get("/api/tasks?due_from=2026-07-01").json()["total"] == 1
    assert client.get("/api/tasks?due_to=2026-01-01").json()["total"] == 0
    overdue = client.get("/api/tasks?status=overdue").json()["total"]
    in_time = client.get("/api/tasks?status=in_progress").json()["total"]
    assert overdue + in_time == 2
    html = client.get("/tasks?status=overdue&agency=so_xay_dung").text
    assert 'value="overdue" selected' in html


def test_a_bad_filter_gets_a_message_not_a_crash(web: WebEnv, scenario: Scenario) -> None:
    r = web.client("office").get("/tasks?due_from=31/02/2026")
    assert r.status_code == 400
    assert "không phải là ngày hợp lệ" in r.text


def test_an_officer_reports_and_the_report_shows_on_the_task(web: WebEnv, scenario: Scenario) -> None:
    client = web.client("officer_a")
    page = client.get(f"/tasks/{scenario.task_a}").text
    r = client.post(
        f"/tasks/{scenario.task_a}/reports",
        data={
            "csrf_token": csrf_of(page),
            "agency_id": "so_tai_chinh",
            "percent": "60",
            "narrative": "Đã rà soát 12 dự án",
        },
    )
    assert r.status_code == 303
    page = client.get(f"/tasks/{scenario.task_a}").text
    assert "Đã rà soát 12 dự án" in page and "60%" in page


def test_a_report_with_html_or_a_bad_percent_is_refused_on_the_same_page(
    web: WebEnv, scenario: Scenario
) -> None:
    client = web.client("officer_a")
    page = client.get(f"/tasks/{scenario.task_a}").text
    for percent, narrative, message in (
        ("50", "<img src=x onerror=alert(1)>", "không được chứa mã HTML"),
        ("150", "Đã làm", "phải từ 0 đến 100"),
        ("50", "", "Vui lòng nhập “Kết quả thực hiện”"),
    ):
        r = client.post(
            f"/tasks/{scenario.task_a}/reports",
            data={
                "csrf_token": csrf_of(page),
                "agency_id": "so_tai_chinh",
                "percent": percent,
                "narrative": narrative,
            },
        )
        assert r.status_code == 400
        assert message in r.text
        assert "Báo cáo tiến độ" in r.text  # the same page, form open
    assert "Chưa có báo cáo" in client.get(f"/tasks/{scenario.task_a}").text


def test_an_extension_request_is_listed_on_the_task(web: WebEnv, scenario: Scenario) -> None:
    client = web.client("officer_a")
    page = client.get(f"/tasks/{scenario.task_a}").text
    r = client.post(
        f"/assignments/{scenario.assignment_a}/extensions",
        data={
            "csrf_token": csrf_of(page),
            "task_id": str(scenario.task_a),
            "new_due_on": "2026-12-31",
            "reason": "Chờ số liệu",
        },
    )
    assert r.status_code == 303
    assert "đang chờ" in client.get(f"/tasks/{scenario.task_a}").text


def test_the_office_confirms_completion_and_the_history_records_it(web: WebEnv, scenario: Scenario) -> None:
    client = web.client("office")
    page = client.get(f"/tasks/{scenario.task_a}").text
    r = client.post(
        f"/assignments/{scenario.assignment_a}/complete",
        data={"csrf_token": csrf_of(page), "task_id": str(scenario.task_a)},
    )
    assert r.status_code == 303
    page = client.get(f"/tasks/{scenario.task_a}").text
    assert "đã xác nhận hoàn thành" in page
    assert "Xác nhận hoàn thành" in page.split("Lịch sử", 1)[1]


def test_the_office_approves_an_extension_and_the_deadline_moves(web: WebEnv, scenario: Scenario) -> None:
    officer = web.client("officer_a")
    page = officer.get(f"/tasks/{scenario.task_a}").text
    officer.post(
        f"/assignments/{scenario.assignment_a}/extensions",
        data={
            "csrf_token": csrf_of(page),
            "task_id": str(scenario.task_a),
            "new_due_on": "2026-12-31",
            "reason": "Chờ số liệu",
        },
    )
    office = web.client("office")
    page = office.get(f"/tasks/{scenario.task_a}").text
    ext_id = page.split('action="/extensions/', 1)[1].split("/", 1)[0]
    assert (
        officer.post(
            f"/extensions/{ext_id}/decide", data={"csrf_token": csrf_of(page), "approve": "1"}
        ).status_code
        == 403
    )
    r = office.post(
        f"/extensions/{ext_id}/decide",
        data={"csrf_token": csrf_of(page), "approve": "1", "task_id": str(scenario.task_a)},
    )
    assert r.status_code == 303
    detail = office.get(f"/api/tasks/{scenario.task_a}").json()
    assert detail["assignments"][0]["due_on"] == "2026-12-31"


def test_the_filter_lists_mark_the_chosen_agency_and_document(web: WebEnv, scenario: Scenario) -> None:
    html = web.client("office").get(f"/tasks?agency=so_xay_dung&document={scenario.document_id}").text
    assert 'value="so_xay_dung" selected>Sở Xây dựng</option>' in html
    assert f'value="{scenario.document_id}" selected>' in html
    assert html.count(" selected>") == 2


def test_option_lists_escape_their_labels_and_mark_one_value() -> None:
    options = OptionList([(1, "Số 1/CT"), (2, "<b>“Hai”</b> & ba")])
    assert options.render() == (
        '<option value="1">Số 1/CT</option><option value="2">&lt;b&gt;“Hai”&lt;/b&gt; &amp; ba</option>'
    )
    assert options.render(2).count("selected") == 1 and 'value="2" selected>' in options.render("2")
    assert "selected" not in options.render(3)


def test_a_page_number_that_is_not_a_number_is_a_422_page(web: WebEnv) -> None:
    client = web.client("office")
    for bad in ("abc", "", "1.5"):
        r = client.get(f"/tasks?page={bad}")
        assert r.status_code == 422 and "Dữ liệu gửi lên không hợp lệ" in r.text
    assert client.get("/tasks?page=2").status_code == 200
