"""Settings: one typed object, read from ``DONDOC_*`` environment variables at the edges.

Nothing here runs at import time; ``Settings.from_env()`` is called by ``create_app`` and the CLI,
and the result is passed down. Every key has a default and help text (``SETTINGS``), which
``docs/configuration.md`` and its test use.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from dondoc.domain.errors import InputError


@dataclass(frozen=True)
class Setting:
    name: str
    default: str
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("data_dir", "./data", "Directory for the SQLite database, uploaded originals and reports."),
    Setting(
        "database_url",
        "",
        "SQLAlchemy URL; empty means a SQLite file `dondoc.db` in the data directory. "
        "PostgreSQL: `postgresql+psycopg://user@host/dbname`.",
    ),
    Setting("max_upload_mb", "20", "Largest document accepted by extraction and upload, in MB."),
    Setting(
        "secret_key",
        "",
        "Key signing session cookies; required outside `dondoc demo` (use "
        "`DONDOC_SECRET_KEY_FILE` to read it from a file).",
    ),
    Setting("smtp_host", "localhost", "SMTP server for reminders and digests."),
    Setting("smtp_port", "25", "SMTP port."),
    Setting("smtp_from", "dondoc@localhost", "Sender address of e-mails."),
    Setting("base_url", "http://127.0.0.1:8000", "Public address of the web app, used in e-mail links."),
    Setting("demo_password", "", "Password of the demo users; empty prints a generated default."),
    Setting("timezone", "Asia/Ho_Chi_Minh", "Time zone of deadlines and schedules."),
    Setting(
        "web_threads",
        "4",
        "Threads that run page handlers at once in each web worker process (the rest wait their "
        "turn); more only make them fight over Python's global lock.",
    ),
    Setting(
        "read_cache_seconds",
        "10",
        "How old the figures shared by many pages may be in each web worker process (the cache is "
        "dropped at once when that process handles a write); 0 turns the cache off.",
    ),
)


def _read(environ: Mapping[str, str], name: str, default: str) -> str:
    key = "DONDOC_" + name.upper()
    file_key = key + "_FILE"
    if environ.get(file_key):
        try:
            return Path(environ[file_key]).read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise InputError(f"Không đọc được {file_key}: {exc.strerror}") from None
    return environ.get(key, default)


def _int(name: str, raw: str, *, zero: bool = False) -> int:
    try:
        value = int(raw)
    except ValueError:
        raise InputError(f"Giá trị DONDOC_{name.upper()}={raw!r} không hợp lệ: cần một số nguyên") from None
    if value < 0 or (value == 0 and not zero):
        need = "một số không âm" if zero else "một số dương"
        raise InputError(f"Giá trị DONDOC_{name.upper()}={raw!r} không hợp lệ: cần {need}")
    return value


@dataclass(frozen=True)
class Settings:
    data_dir: Path = Path("./data")
    database_url: str = ""
    max_upload_mb: int = 20
    secret_key: str = ""
    smtp_host: str = "localhost"
    smtp_port: int = 25
    smtp_from: str = "dondoc@localhost"
    base_url: str = "http://127.0.0.1:8000"
    demo_password: str = ""
    timezone: str = "Asia/Ho_Chi_Minh"
    web_threads: int = 4
    read_cache_seconds: int = 10
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def max_upload_bytes(self) -> int:
        return self.max_upload_mb * 1024 * 1024

    @property
    def effective_database_url(self) -> str:
        return self.database_url or f"sqlite:///{(self.data_dir / 'dondoc.db').as_posix()}"

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if environ is None else environ
        raw = {s.name: _read(env, s.name, s.default) for s in SETTINGS}
        return cls(
            data_dir=Path(raw["data_dir"]),
            database_url=raw["database_url"],
            max_upload_mb=_int("max_upload_mb", raw["max_upload_mb"]),
            secret_key=raw["secret_key"],
            smtp_host=raw["smtp_host"],
            smtp_port=_int("smtp_port", raw["smtp_port"]),
            smtp_from=raw["smtp_from"],
            base_url=raw["base_url"],
            demo_password=raw["demo_password"],
            timezone=raw["timezone"],
            web_threads=_int("web_threads", raw["web_threads"]),
            read_cache_seconds=_int("read_cache_seconds", raw["read_cache_seconds"], zero=True),
        )

    def with_(self, **changes: Any) -> Settings:
        return replace(self, **changes)


def setting_names() -> list[str]:
    return [f.name for f in fields(Settings) if f.name != "extra"]
