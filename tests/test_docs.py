"""The documentation keeps up with the code."""

from __future__ import annotations

from pathlib import Path

import pytest

from dondoc.config import SETTINGS, Settings, setting_names

ROOT = Path(__file__).resolve().parent.parent


def test_every_setting_is_documented() -> None:
    doc = (ROOT / "docs" / "configuration.md").read_text(encoding="utf-8")
    for setting in SETTINGS:
        assert f"`DONDOC_{setting.name.upper()}`" in doc, setting.name


def test_the_settings_table_matches_the_settings_object() -> None:
    assert sorted(s.name for s in SETTINGS) == sorted(setting_names())


def test_readme_shows_the_two_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make demo" in readme and "make test" in readme
    assert "## Giới thiệu" in readme


def test_settings_reject_a_bad_number() -> None:
    from dondoc.domain.errors import InputError

    with pytest.raises(InputError, match="DONDOC_MAX_UPLOAD_MB"):
        Settings.from_env({"DONDOC_MAX_UPLOAD_MB": "nhiều"})


def test_settings_read_secrets_from_files(tmp_path: Path) -> None:
    secret = tmp_path / "key"
    secret.write_text("s3cret\n", encoding="utf-8")
    settings = Settings.from_env({"DONDOC_SECRET_KEY_FILE": str(secret)})
    assert settings.secret_key == "s3cret"


def test_every_command_has_help_and_the_cli_reference_is_current() -> None:
    from dondoc.cli.reference import command_paths, render_reference

    paths = command_paths()
    assert ["extract"] in paths
    reference = render_reference()
    for path in paths:
        assert f"## `dondoc {' '.join(path)}`" in reference
    documented = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert documented == reference, (
        "docs/cli.md is stale: run .venv/bin/python -m dondoc.cli.reference > docs/cli.md"
    )
