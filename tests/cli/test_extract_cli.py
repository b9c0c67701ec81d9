from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dondoc.cli import app

runner = CliRunner()


def test_it_reports_a_missing_file_in_vietnamese_with_status_2(tmp_path: Path) -> None:
    from dondoc.cli import main

    with pytest.raises(SystemExit) as exc:
        main(["extract", str(tmp_path / "khong-co.txt")])
    assert exc.value.code == 2


def test_it_prints_json(tmp_path: Path) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text("UBND tỉnh\nNội dung", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(doc), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert set(data) >= {"document", "tasks", "targets", "measurements", "references"}
