from __future__ import annotations

from datetime import date
from pathlib import Path

from dondoc.config import Settings
from dondoc.domain.roles import SYSTEM_ACTOR
from dondoc.domain.status import StatusClass
from dondoc.services import queries
from dondoc.services.database import Database


def test_the_demo_has_every_role_and_work_in_several_status_classes(tmp_path: Path) -> None:
    from dondoc.services.demo import build_demo

    settings = Settings(data_dir=tmp_path)
    logins = build_demo(settings, password="demo-password")
    build_demo(settings, password="demo-password")  # idempotent
    assert {u for u, _ in logins} >= {"vanphong", "lanhdao", "canbo_stc"}
    db = Database.open(settings)
    with db.session() as s:
        rows = queries.list_assignments(s, SYSTEM_ACTOR, as_of=date.today())
    db.dispose()
    assert len(rows) == 4
    assert {StatusClass.DONE_ON_TIME, StatusClass.OVERDUE} <= {r.status for r in rows}
