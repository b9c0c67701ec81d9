from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from dondoc.cli import app, main

runner = CliRunner()


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("DONDOC_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("DONDOC_DATABASE_URL", raising=False)
    return tmp_path


def test_commands_before_init_say_so_in_vietnamese(env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["tasks"])
    assert exc.value.code == 2
    assert "dondoc init" in capsys.readouterr().err


def test_init_user_ingest_tasks_and_audit(env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    r = runner.invoke(app, ["init"])
    assert r.exit_code == 0, r.output
    assert "Danh mục đơn vị" in r.output
    r = runner.invoke(
        app,
        ["user", "add", "vanphong", "--name", "Trần Thị B", "--role", "office", "--password", "matkhau123"],
    )
    assert r.exit_code == 0, r.output
    doc = env / "cv.txt"
    doc.write_text(
        "ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN\nSố: 12/CV-UBND\nV/v thử\n1. Sở Y tế chủ trì thực hiện.\n",
        encoding="utf-8",
    )
    r = runner.invoke(app, ["ingest", str(doc), "--as", "vanphong"])
    assert r.exit_code == 0, r.output
    assert "văn bản 1" in r.output
    with pytest.raises(SystemExit) as exc:
        main(["ingest", str(doc)])
    assert exc.value.code == 2
    assert "đã được nhập" in capsys.readouterr().err
    r = runner.invoke(app, ["tasks", "--format", "json", "--status", "overdue"])
    assert r.exit_code == 0 and r.output.strip() == "[]"
    r = runner.invoke(app, ["audit", "verify"])
    assert r.exit_code == 0 and "toàn vẹn" in r.output


def test_a_bad_status_is_refused_in_vietnamese(env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    runner.invoke(app, ["init"])
    with pytest.raises(SystemExit):
        main(["tasks", "--status", "xyz"])
    assert "không hợp lệ" in capsys.readouterr().err
