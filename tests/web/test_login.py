"""The login page: sign in, wrong password, throttling, logout, safe redirects."""

from __future__ import annotations

from tests.web.conftest import CAST, PASSWORD, WebEnv, login
from tests.web.support import csrf_of


def _post(web: WebEnv, client: object, username: str, password: str, next: str = "/") -> object:
    token = csrf_of(client.get("/login").text)  # type: ignore[attr-defined]
    data = {"username": username, "password": password, "csrf_token": token, "next": next}
    return client.post("/login", data=data)  # type: ignore[attr-defined]


def test_it_shows_a_vietnamese_login_form(web: WebEnv) -> None:
    r = web.client().get("/login")
    assert r.status_code == 200
    assert "Đăng nhập" in r.text and 'name="csrf_token"' in r.text


def test_anonymous_users_are_sent_to_login(web: WebEnv) -> None:
    r = web.client().get("/tasks")
    assert r.status_code == 303
    assert r.headers["location"].startswith("/login?next=/tasks")


def test_it_signs_in_and_sets_an_httponly_samesite_cookie(web: WebEnv) -> None:
    client = web.client()
    r = _post(web, client, CAST["office"][0], PASSWORD)
    assert r.status_code == 303  # type: ignore[attr-defined]
    cookie = r.headers["set-cookie"].lower()  # type: ignore[attr-defined]
    assert "httponly" in cookie and "samesite=lax" in cookie
    assert client.get("/").status_code == 200


def test_a_wrong_password_gives_a_message_on_the_same_page(web: WebEnv) -> None:
    r = _post(web, web.client(), CAST["office"][0], "sai-mat-khau")
    assert r.status_code == 400  # type: ignore[attr-defined]
    assert "Tên đăng nhập hoặc mật khẩu không đúng" in r.text  # type: ignore[attr-defined]


def test_a_missing_field_gives_a_message(web: WebEnv) -> None:
    r = _post(web, web.client(), "", "")
    assert "Vui lòng nhập tên đăng nhập và mật khẩu" in r.text  # type: ignore[attr-defined]


def test_it_throttles_repeated_failures_even_with_the_right_password(web: WebEnv) -> None:
    client = web.client()
    for _ in range(5):
        _post(web, client, CAST["leader"][0], "sai-mat-khau")
    r = _post(web, client, CAST["leader"][0], PASSWORD)
    assert r.status_code == 429  # type: ignore[attr-defined]
    assert "Đăng nhập sai quá nhiều lần" in r.text  # type: ignore[attr-defined]


def test_it_never_redirects_off_site(web: WebEnv) -> None:
    r = _post(web, web.client(), CAST["office"][0], PASSWORD, next="//evil.example/x")
    assert r.headers["location"] == "/"  # type: ignore[attr-defined]


def test_a_login_without_the_csrf_token_is_refused(web: WebEnv) -> None:
    client = web.client()
    client.get("/login")
    r = client.post("/login", data={"username": CAST["office"][0], "password": PASSWORD})
    assert r.status_code == 403


def test_logout_ends_the_session(web: WebEnv) -> None:
    client = web.client("office")
    token = csrf_of(client.get("/").text)
    assert client.post("/logout", data={"csrf_token": token}).status_code == 303
    assert client.get("/").status_code == 303


def test_a_password_change_elsewhere_ends_this_session(web: WebEnv) -> None:
    from dondoc.domain.roles import SYSTEM_ACTOR
    from dondoc.services import users
    from tests.web.conftest import CHEAP

    client = web.client("officer_a")
    with web.database.session() as session:
        uid = users.actor_for(session, CAST["officer_a"][0]).user_id
        assert uid is not None
        users.set_password(session, SYSTEM_ACTOR, uid, "mat-khau-moi-123", hasher=CHEAP)
    assert client.get("/").status_code == 303
    login(client, CAST["officer_a"][0], "mat-khau-moi-123")
