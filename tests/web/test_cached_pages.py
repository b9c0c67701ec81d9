"""What signed-in pages keep between requests: the session check, the task list's rendered pages
and the bytes of cached fragments. One reader's page is never served to another, and nothing is
stale after a write in the same process."""

from __future__ import annotations

from pathlib import Path

from markupsafe import Markup
from starlette.requests import Request

from dondoc.domain.roles import SYSTEM_ACTOR
from dondoc.services import users
from dondoc.web.app import LIST_PAGES_CACHED, create_app
from dondoc.web.cache import MISSING, ReadCache
from dondoc.web.deps import SESSION_CHECK_SECONDS
from dondoc.web.templating import Fragment, OptionList, render
from tests.web.conftest import CAST, CHEAP, WebEnv, login, make_settings, prepare
from tests.web.scenario import build
from tests.web.support import TestClient, csrf_of


def _uid(web: WebEnv, who: str) -> int:
    with web.database.session() as s:
        uid = users.actor_for(s, CAST[who][0]).user_id
    assert uid is not None
    return uid


def _session_entry(web: WebEnv, who: str) -> object:
    cache: ReadCache = web.app.state.cache
    return cache.peek(("session-user", _uid(web, who)))


def _report(web: WebEnv, task_id: int, percent: int) -> None:
    officer = web.client("officer_a")
    page = officer.get(f"/tasks/{task_id}").text
    r = officer.post(
        f"/tasks/{task_id}/reports",
        data={
            "csrf_token": csrf_of(page),
            "agency_id": "so_tai_chinh",
            "percent": str(percent),
            "narrative": "Đang làm",
        },
    )
    assert r.status_code == 303


# --- The session check ---------------------------------------------------------------------------


def test_each_signed_in_user_is_checked_and_shown_as_themselves(web: WebEnv) -> None:
    a, b = web.client("officer_a"), web.client("officer_b")
    for _ in range(3):  # the first request reads the accounts, the next ones reuse the check
        page_a, page_b = a.get("/").text, b.get("/").text
        assert "Canbo.Taichinh" in page_a and "Sở Tài chính" in page_a
        assert "Canbo.Xaydung" not in page_a and "Sở Xây dựng</span>" not in page_a
        assert "Canbo.Xaydung" in page_b and "Sở Xây dựng" in page_b
        assert "Canbo.Taichinh" not in page_b
    assert _session_entry(web, "officer_a") is not MISSING
    assert _session_entry(web, "officer_b") is not MISSING


def test_locking_a_user_ends_a_session_whose_check_was_kept(web: WebEnv) -> None:
    officer = web.client("officer_b")
    assert officer.get("/").status_code == 200
    assert _session_entry(web, "officer_b") is not MISSING
    office = web.client("office")
    page = office.get("/admin").text
    office.post(
        f"/admin/users/{_uid(web, 'officer_b')}/active", data={"csrf_token": csrf_of(page), "active": "0"}
    )
    assert officer.get("/").status_code == 303
    assert officer.get("/api/dashboard").status_code == 401


def test_logout_drops_the_kept_session_check(web: WebEnv) -> None:
    client = web.client("office")
    page = client.get("/").text
    assert _session_entry(web, "office") is not MISSING
    assert client.post("/logout", data={"csrf_token": csrf_of(page)}).status_code == 303
    assert _session_entry(web, "office") is MISSING
    assert client.get("/").status_code == 303


def test_a_change_made_by_another_process_is_seen_once_the_check_is_old(web: WebEnv) -> None:
    now = [1000.0]
    web.app.state.cache.clock = lambda: now[0]
    officer = web.client("officer_a")
    assert officer.get("/").status_code == 200
    # The command line (or another worker process) locks the account: this process hears of it
    # only through the database.
    with web.database.session() as s:
        users.set_active(s, SYSTEM_ACTOR, _uid(web, "officer_a"), False)
    now[0] += SESSION_CHECK_SECONDS / 2
    assert officer.get("/").status_code == 200  # the documented window (docs/web.md)
    now[0] += SESSION_CHECK_SECONDS
    assert officer.get("/").status_code == 303


def test_a_newer_login_made_in_another_process_is_accepted_at_once(web: WebEnv) -> None:
    here = web.client("officer_a")
    assert here.get("/").status_code == 200  # this process now keeps session version 1
    username = CAST["officer_a"][0]
    with web.database.session() as s:
        users.set_password(s, SYSTEM_ACTOR, _uid(web, "officer_a"), "mat-khau-moi-123", hasher=CHEAP)
    other = create_app(web.settings, hasher=CHEAP)  # another worker process, same database and key
    try:
        elsewhere = TestClient(other, follow_redirects=False)
        login(elsewhere, username, "mat-khau-moi-123")
        there = TestClient(web.app, cookies=elsewhere.cookies, follow_redirects=False)
        assert there.get("/").status_code == 200  # version 2: read again, not refused
        assert here.get("/").status_code == 303  # the old cookie's version 1 is over
    finally:
        other.state.database.dispose()


# --- The task list's rendered pages ----------------------------------------------------------------


def test_each_reader_scope_gets_its_own_task_list_page(web: WebEnv) -> None:
    s = build(web)
    link_a, link_b = f'href="/tasks/{s.task_a}"', f'href="/tasks/{s.task_b}"'
    clients = [
        web.client(who) for who in ("officer_a", "officer_b", "office", "leader")
    ]  # (logins drop caches)
    for _ in range(2):  # the second round comes from the cache
        page_a, page_b, office, leader = (c.get("/tasks").text for c in clients)
        assert link_a in page_a and link_b not in page_a
        assert link_b in page_b and link_a not in page_b
        assert link_a in office and link_b in office and link_a in leader and link_b in leader
        assert '<select name="agency">' not in page_a and '<select name="agency">' in office
    assert len(web.app.state.page_cache) == 3  # agency A, agency B, and everything


def test_an_officer_is_refused_another_agency_even_when_its_page_is_cached(web: WebEnv) -> None:
    build(web)
    assert web.client("office").get("/tasks?agency=so_xay_dung").status_code == 200
    assert web.client("officer_a").get("/tasks?agency=so_xay_dung").status_code == 403


def test_the_task_list_shows_a_report_at_once(web: WebEnv) -> None:
    s = build(web)
    office = web.client("office")
    assert ">45%<" not in office.get("/tasks").text  # now cached
    _report(web, s.task_a, 45)
    assert ">45%<" in office.get("/tasks").text


def test_the_cached_task_list_pages_are_bounded(web: WebEnv) -> None:
    build(web)
    office = web.client("office")
    for page in range(1, LIST_PAGES_CACHED + 10):  # past the end: each shows the last page
        assert office.get(f"/tasks?page={page}").status_code == 200
    assert len(web.app.state.page_cache) == LIST_PAGES_CACHED


def test_a_cached_page_is_the_same_page(web: WebEnv) -> None:
    s = build(web)
    office = web.client("office")
    for path in ("/", "/tasks", "/tasks?agency=so_tai_chinh&page=1", f"/tasks?document={s.document_id}"):
        first, again = office.get(path), office.get(path)
        assert first.status_code == again.status_code == 200
        assert first.content == again.content


def test_with_the_cache_off_pages_work_and_nothing_is_kept(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, read_cache_seconds=0)
    database = prepare(settings)
    app = create_app(settings, hasher=CHEAP)
    try:
        client = TestClient(app, follow_redirects=False)
        login(client, CAST["officer_a"][0])
        for path in ("/", "/tasks", "/tasks?page=2", "/", "/tasks"):
            assert client.get(path).status_code == 200
        assert len(app.state.cache) == 0 and len(app.state.page_cache) == 0
    finally:
        app.state.database.dispose()
        database.dispose()


# --- Cached fragments spliced as bytes -------------------------------------------------------------


def _request(web: WebEnv) -> Request:
    scope = {
        "type": "http",
        "app": web.app,
        "method": "GET",
        "path": "/x",
        "query_string": b"",
        "headers": [],
        "scheme": "http",
        "server": ("testserver", 80),
        "session": {"csrf": "t" * 20},
        "state": {},
    }
    return Request(scope)


def test_a_fragment_is_spliced_as_the_bytes_of_its_text(web: WebEnv) -> None:
    templates = web.app.state.templates
    page = templates.env.from_string("<p>{{ a }}|{{ b }}|{{ a }}|{{ c }}</p>")
    templates.get_template = lambda name: page
    a = Fragment.of("<b>Sở “Tài chính” ★</b>")
    b = Markup("<i>ổn</i>")
    derived = a + "&"  # plain markup again: escaped and copied like any other text
    assert isinstance(derived, Fragment) and derived.data is None
    response = render(_request(web), "any.html", {"a": a, "b": b, "c": derived})
    expected = "<p><b>Sở “Tài chính” ★</b>|<i>ổn</i>|<b>Sở “Tài chính” ★</b>|<b>Sở “Tài chính” ★</b>&amp;</p>"
    assert response.body == expected.encode("utf-8")


def test_option_lists_keep_the_bytes_of_what_they_render() -> None:
    options = OptionList([(1, "Số 1/CT"), (2, "<b>“Hai”</b> & ba"), ("x", "Ấp Ba")])
    for selected in (None, 1, "2", "x", "missing"):
        fragment = options.render(selected)
        assert fragment.data == str(fragment).encode("utf-8")
    assert 'value="x" selected>Ấp Ba' in options.render("x")
