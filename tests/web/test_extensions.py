"""The extension requests page."""

from __future__ import annotations

from tests.web.conftest import WebEnv
from tests.web.scenario import build
from tests.web.support import csrf_of


def test_the_office_sees_pending_requests_and_decides_from_the_list(web: WebEnv) -> None:
    scenario = build(web)
    office = web.client("office")
    page = office.get("/extensions").text
    assert "Chờ số liệu của các chủ đầu tư" in page and "Chấp thuận" in page
    r = office.post(
        f"/extensions/{scenario.extension_a}/decide",
        data={"csrf_token": csrf_of(page), "approve": "0", "back": "/extensions"},
    )
    assert r.headers["location"] == "/extensions"
    items = office.get("/api/extensions").json()
    assert [e["status"] for e in items] == ["rejected"]


def test_officers_see_only_their_agency_requests_without_decision_buttons(web: WebEnv) -> None:
    build(web)
    page_a = web.client("officer_a").get("/extensions").text
    assert "Chờ số liệu của các chủ đầu tư" in page_a and "Chấp thuận</button>" not in page_a
    assert web.client("officer_b").get("/api/extensions").json() == []
