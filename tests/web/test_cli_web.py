"""``dondoc serve`` and ``dondoc demo`` (without starting a server)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from dondoc.cli import app, main

runner = CliRunner()


def test_serve_refuses_an_uninitialised_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DONDOC_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("DONDOC_SECRET_KEY", "s" * 32)
    with pytest.raises(SystemExit) as exc:
        main(["serve", "--port", "1"])
    assert exc.value.code == 2
    assert "dondoc init" in capsys.readouterr().err


def test_serve_refuses_to_start_without_a_secret_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from dondoc.config import Settings
    from dondoc.domain.agencies import Registry
    from dondoc.services.database import Database, init_database

    database = Database.open(Settings(data_dir=tmp_path))
    init_database(database, Registry([]))
    database.dispose()
    monkeypatch.setenv("DONDOC_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("DONDOC_SECRET_KEY", raising=False)
    with pytest.raises(SystemExit) as exc:
        main(["serve", "--port", "1"])
    assert exc.value.code == 2
    assert "DONDOC_SECRET_KEY" in capsys.readouterr().err


def test_demo_build_only_prints_the_logins_and_the_password(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DONDOC_DEMO_PASSWORD", "mat-khau-demo")
    result = runner.invoke(app, ["demo", "--build-only", "--data-dir", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "mat-khau-demo" in result.output
    assert "vanphong" in result.output and "lanhdao" in result.output and "cb.sotaichinh" in result.output
    assert (tmp_path / "dondoc.db").is_file()
