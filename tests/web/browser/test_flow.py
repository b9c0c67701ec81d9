"""The whole day in a real browser: the office uploads, reviews and publishes the sample directive,
an officer reports, the dashboard changes. No console errors; every page also at phone width."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from tests.web.browser.conftest import LAPTOP, PHONE, ROOT, SHOTS, LiveServer
from tests.web.conftest import PASSWORD

pytestmark = pytest.mark.browser
SAMPLE = ROOT / "examples" / "chi-thi-mau-2026.txt"


class Watch:
    """Console errors, page errors and requests that left 127.0.0.1."""

    def __init__(self, page: Any, base: str) -> None:
        self.errors: list[str] = []
        self.outside: list[str] = []
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on(
            "request", lambda r: None if r.url.startswith((base, "data:")) else self.outside.append(r.url)
        )


def shot(page: Any, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def login(page: Any, base: str, username: str) -> None:
    page.goto(base + "/login")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(base + "/")


def logout(page: Any) -> None:
    page.click("text=Đăng xuất")
    page.wait_for_url(re.compile(r".*/login$"))


def kpi(page: Any, base: str) -> int:
    page.goto(base + "/")
    return int(page.locator(".kpi b").first.inner_text())


def test_office_publishes_an_officer_reports_and_the_dashboard_changes(
    live_server: LiveServer, browser: Any
) -> None:
    base = live_server.url
    context = browser.new_context(viewport=LAPTOP, locale="vi-VN")
    page = context.new_page()
    watch = Watch(page, base)

    login(page, base, "vanphong")
    assert kpi(page, base) == 0
    page.goto(base + "/documents/upload")
    page.set_input_files("input[type=file]", str(SAMPLE))
    page.click("text=Tải lên và đọc văn bản")
    page.wait_for_url(re.compile(r".*/documents/\d+$"))
    assert page.locator("mark.hl").count() >= 5
    shot(page, "review-laptop")

    # Confirm the drafts led by one resolved department, reject the rest, then publish.
    while True:
        drafts = page.locator("article.draft.st-draft")
        if drafts.count() == 0:
            break
        card = drafts.first
        lead = card.locator("dd").first.inner_text()
        resolved = card.locator("dt", has_text="Lưu ý").count() == 0
        button = "Xác nhận" if resolved and lead.startswith("Sở") else "Loại"
        card.locator(f"button:has-text('{button}')").click()
        page.wait_for_load_state()
    page.click("text=Giao các nhiệm vụ đã xác nhận")
    page.wait_for_load_state()
    assert "Đã giao nhiệm vụ" in page.inner_text(".alert")
    published = kpi(page, base)
    assert published >= 3
    shot(page, "dashboard-office-laptop")
    logout(page)

    login(page, base, "canbo.taichinh")
    page.goto(base + "/my")
    shot(page, "my-tasks-laptop")
    card = page.locator("section.card[id^=assignment-]").first
    card.locator("summary", has_text="Báo cáo tiến độ").click()
    card.locator("input[name=percent]").fill("100")
    card.locator("textarea[name=narrative]").fill("<b>Đã xong</b>")
    assert watch.errors == []
    card.locator("button:has-text('Gửi báo cáo')").click()
    page.wait_for_load_state()
    assert "không được chứa mã HTML" in page.inner_text("body")  # refused on the same page
    assert all("status of 400" in e for e in watch.errors)  # the refusal is a 400 page, nothing else
    watch.errors.clear()
    card = page.locator("section.card[id^=assignment-]").first
    card.locator("textarea[name=narrative]").fill("Đã hoàn thành rà soát, gửi Sở Tài chính tổng hợp.")
    card.locator("button:has-text('Gửi báo cáo')").click()
    page.wait_for_load_state()
    assert "Đã gửi báo cáo tiến độ" in page.inner_text(".alert")
    logout(page)

    login(page, base, "vanphong")
    page.goto(base + "/")
    assert "Đã hoàn thành rà soát" not in page.inner_text("body")  # the list shows task texts
    assert page.locator("section.card", has_text="Báo cáo tiến độ mới nhất").locator("tbody tr").count() == 1
    task_link = page.locator("section.card", has_text="Báo cáo tiến độ mới nhất").locator("a").first
    task_link.click()
    page.click("text=Xác nhận hoàn thành")
    page.wait_for_load_state()
    assert "Đã xác nhận hoàn thành" in page.inner_text(".alert")
    page.goto(base + "/")
    done = int(page.locator(".kpi.k-done_on_time b").inner_text()) + int(
        page.locator(".kpi.k-done_late b").inner_text()
    )
    assert done == 1
    shot(page, "dashboard-after-laptop")

    assert watch.errors == []
    assert watch.outside == []
    context.close()


PAGES = [
    "/",
    "/documents",
    "/documents/1",
    "/tasks",
    "/agencies",
    "/extensions",
    "/admin",
    "/documents/upload",
]


def test_pages_fit_a_phone_screen(live_server: LiveServer, browser: Any) -> None:
    base = live_server.url
    context = browser.new_context(viewport=PHONE, locale="vi-VN", is_mobile=True, has_touch=True)
    page = context.new_page()
    watch = Watch(page, base)
    page.goto(base + "/login")
    shot(page, "login-phone")
    login(page, base, "vanphong")
    page.goto(base + "/documents/upload")
    page.set_input_files("input[type=file]", str(SAMPLE))
    page.click("text=Tải lên và đọc văn bản")
    page.wait_for_url(re.compile(r".*/documents/\d+$"))
    shot(page, "review-phone")
    for path in PAGES:
        page.goto(base + path)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= PHONE["width"], f"{path} is {width}px wide on a phone"
        shot(page, "phone" + (path.replace("/", "-") if path != "/" else "-dashboard"))
    assert watch.errors == []
    assert watch.outside == []
    context.close()


def test_bad_uploads_get_a_vietnamese_message_on_the_same_page(
    live_server: LiveServer, browser: Any, tmp_path: Path
) -> None:
    base = live_server.url
    page = browser.new_page(viewport=LAPTOP)
    login(page, base, "vanphong")
    fake = tmp_path / "chi-thi.docx"
    fake.write_bytes(b"MZ\x90\x00" + bytes(2000))
    big = tmp_path / "lon.txt"
    big.write_bytes(b"a" * (3 * 1024 * 1024))
    for file, message in ((fake, "không phải là tệp Word"), (big, "Tệp quá lớn")):
        page.goto(base + "/documents/upload")
        page.set_input_files("input[type=file]", str(file))
        page.click("text=Tải lên và đọc văn bản")
        page.wait_for_load_state()
        assert message in page.inner_text(".alert-error")
        assert page.locator("input[type=file]").count() == 1
    shot(page, "upload-error-laptop")
    page.goto(base + "/documents")
    assert "Chưa có văn bản nào" in page.inner_text("body")
