"""Documents: upload (good and bad files), the review page, confirm/reject/edit/split/merge, publish."""

from __future__ import annotations

import re

from tests.web.conftest import WebEnv
from tests.web.scenario import DIRECTIVE
from tests.web.support import TestClient, csrf_of


def upload(client: TestClient, name: str, content: bytes) -> object:
    token = csrf_of(client.get("/documents/upload").text)
    return client.post("/documents/upload", data={"csrf_token": token}, files={"file": (name, content)})


def document_count(web: WebEnv) -> int:
    return len(web.client("office").get("/api/documents").json())


def test_the_office_uploads_a_directive_and_lands_on_its_review_page(web: WebEnv) -> None:
    client = web.client("office")
    r = upload(client, "chi-thi.txt", DIRECTIVE.encode())
    assert r.status_code == 303  # type: ignore[attr-defined]
    page = client.get(r.headers["location"])  # type: ignore[attr-defined]
    assert "07/CT-UBND" in page.text
    assert page.text.count('class="draft ') >= 2
    assert "Xác nhận" in page.text


def test_an_executable_renamed_docx_is_refused_and_nothing_is_written(web: WebEnv) -> None:
    r = upload(web.client("office"), "chi-thi.docx", b"MZ\x90\x00" + b"\x00" * 500)
    assert r.status_code == 400  # type: ignore[attr-defined]
    assert "không phải là tệp Word (.docx) hợp lệ" in r.text  # type: ignore[attr-defined]
    assert 'type="file"' in r.text  # type: ignore[attr-defined]
    assert document_count(web) == 0


def test_a_file_over_the_limit_gets_a_message_on_the_same_page(web: WebEnv) -> None:
    big = b"a" * (web.settings.max_upload_bytes + 200_000)
    r = upload(web.client("office"), "lon.txt", big)
    assert r.status_code == 413  # type: ignore[attr-defined]
    assert "Tệp quá lớn" in r.text and 'type="file"' in r.text  # type: ignore[attr-defined]
    assert document_count(web) == 0


def test_a_missing_file_gets_a_message(web: WebEnv) -> None:
    client = web.client("office")
    token = csrf_of(client.get("/documents/upload").text)
    r = client.post("/documents/upload", data={"csrf_token": token})
    assert "Vui lòng chọn một tệp" in r.text


def test_the_same_file_twice_is_recognised(web: WebEnv) -> None:
    client = web.client("office")
    upload(client, "a.txt", DIRECTIVE.encode())
    r = upload(client, "b.txt", DIRECTIVE.encode())
    assert "đã được nhập trước đó" in r.text  # type: ignore[attr-defined]
    assert document_count(web) == 1


def _task_ids(html: str) -> list[int]:
    return [int(i) for i in re.findall(r'data-task="(\d+)"', html)]


def test_review_confirm_and_publish_assigns_the_agencies(web: WebEnv) -> None:
    client = web.client("office")
    location = upload(client, "chi-thi.txt", DIRECTIVE.encode()).headers["location"]  # type: ignore[attr-defined]
    doc_id = int(location.rsplit("/", 1)[1])
    for task_id in dict.fromkeys(_task_ids(client.get(location).text)):
        token = csrf_of(client.get(location).text)
        r = client.post(f"/tasks/{task_id}/confirm", data={"csrf_token": token, "document_id": str(doc_id)})
        assert r.status_code == 303
    token = csrf_of(client.get(location).text)
    r = client.post(f"/documents/{doc_id}/publish", data={"csrf_token": token})
    assert r.status_code == 303
    assert "Đã giao nhiệm vụ" in client.get(location).text
    tasks = client.get("/api/tasks").json()
    assert {a["agency_id"] for a in tasks["items"]} == {"so_tai_chinh", "so_xay_dung"}


def test_an_edit_with_html_is_refused_on_the_review_page(web: WebEnv) -> None:
    client = web.client("office")
    location = upload(client, "chi-thi.txt", DIRECTIVE.encode()).headers["location"]  # type: ignore[attr-defined]
    page = client.get(location).text
    task_id = _task_ids(page)[0]
    doc_id = location.rsplit("/", 1)[1]
    r = client.post(
        f"/tasks/{task_id}/edit",
        data={"csrf_token": csrf_of(page), "document_id": doc_id, "text": "<script>alert(1)</script>"},
    )
    assert r.status_code == 400
    assert "không được chứa mã HTML" in r.text
    assert "<script>alert(1)" not in client.get(f"/api/tasks/{task_id}").text


def test_split_and_merge_replace_drafts(web: WebEnv) -> None:
    client = web.client("office")
    location = upload(client, "chi-thi.txt", DIRECTIVE.encode()).headers["location"]  # type: ignore[attr-defined]
    doc_id = location.rsplit("/", 1)[1]
    page = client.get(location).text
    first, second = dict.fromkeys(_task_ids(page))
    r = client.post(
        f"/tasks/{first}/split",
        data={"csrf_token": csrf_of(page), "document_id": doc_id, "parts": "Phần một\nPhần hai"},
    )
    assert r.status_code == 303
    data = client.get(f"/api/documents/{doc_id}").json()
    assert [t["text"] for t in data["tasks"] if t["state"] == "draft"][:2] == ["Phần một", "Phần hai"]
    page = client.get(location).text
    drafts = [t["id"] for t in data["tasks"] if t["state"] == "draft"]
    r = client.post(
        f"/documents/{doc_id}/merge",
        data={"csrf_token": csrf_of(page), "task_ids": [str(drafts[0]), str(drafts[1])]},
    )
    assert r.status_code == 303
    states = [t["state"] for t in client.get(f"/api/documents/{doc_id}").json()["tasks"]]
    assert states.count("rejected") == 3


def test_officers_cannot_open_the_document_pages(web: WebEnv) -> None:
    client = web.client("officer_a")
    assert client.get("/documents").status_code == 403
    assert client.get("/documents/upload").status_code == 403
