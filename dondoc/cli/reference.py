"""Markdown reference of every command, generated from the commands' own help (docs/cli.md)."""

from __future__ import annotations

from typing import Any

import typer.main
from typer.testing import CliRunner

from dondoc.cli import app

HEADER = """# CLI reference

Generated from the commands' own help by `.venv/bin/python -m dondoc.cli.reference > docs/cli.md`;
`tests/test_docs.py` fails when this file is stale.
"""


def command_paths() -> list[list[str]]:
    """Every command and sub-command, as argument paths: [["extract"], ["user", "add"], ...]."""

    def walk(command: Any, path: list[str]) -> list[list[str]]:
        found = [path] if path else []
        for name in sorted(getattr(command, "commands", {}) or {}):
            found.extend(walk(command.commands[name], [*path, name]))
        return found

    return walk(typer.main.get_command(app), [])


def render_reference() -> str:
    runner = CliRunner()
    env = {"COLUMNS": "100", "NO_COLOR": "1", "TERM": "dumb"}
    parts = [HEADER]
    for path in command_paths():
        result = runner.invoke(app, [*path, "--help"], env=env, prog_name="dondoc")
        text = "\n".join(line.rstrip() for line in result.output.strip("\n").splitlines())
        parts.append(f"## `dondoc {' '.join(path)}`\n\n```\n{text}\n```\n")
    return "\n".join(parts)


if __name__ == "__main__":
    import sys

    sys.stdout.write(render_reference())
