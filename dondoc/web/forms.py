"""Reading form fields: each helper returns a clean value or raises InputError in Vietnamese."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from dondoc.domain.errors import InputError

_MARKUP = re.compile(r"<\s*[a-zA-Z!/?]|&#?\w+;")
MAX_TEXT = 10_000


def text(
    form: dict[str, str], name: str, label: str, *, required: bool = True, max_len: int = MAX_TEXT
) -> str:
    """A text field in NFC; markup (tags or HTML entities) is refused rather than stored."""
    value = unicodedata.normalize("NFC", form.get(name, "")).strip()
    if not value:
        if required:
            raise InputError(f"Vui lòng nhập “{label}”.")
        return ""
    if _MARKUP.search(value):
        raise InputError(
            f"“{label}” không được chứa mã HTML (các thẻ như <b>, <script>). Vui lòng nhập văn bản thường."
        )
    if len(value) > max_len:
        raise InputError(f"“{label}” quá dài: tối đa {max_len} ký tự.")
    return value


def integer(form: dict[str, str], name: str, label: str, *, low: int, high: int) -> int:
    raw = form.get(name, "").strip()
    if not raw:
        raise InputError(f"Vui lòng nhập “{label}”.")
    try:
        value = int(raw)
    except ValueError:
        raise InputError(f"“{label}” phải là một số nguyên.") from None
    if not low <= value <= high:
        raise InputError(f"“{label}” phải từ {low} đến {high}.")
    return value


def optional_int(form: dict[str, str], name: str) -> int | None:
    raw = form.get(name, "").strip()
    return int(raw) if raw.isdigit() else None


def day(form: dict[str, str], name: str, label: str, *, required: bool = True) -> date | None:
    raw = form.get(name, "").strip()
    if not raw:
        if required:
            raise InputError(f"Vui lòng chọn “{label}”.")
        return None
    return parse_day(raw, label)


def parse_day(raw: str, label: str) -> date:
    """ISO (yyyy-mm-dd, from <input type=date>) or Vietnamese dd/mm/yyyy."""
    try:
        if "/" in raw:
            d, m, y = (int(p) for p in raw.split("/"))
            return date(y, m, d)
        return date.fromisoformat(raw)
    except ValueError:
        raise InputError(f"“{label}” không phải là ngày hợp lệ (dd/mm/yyyy).") from None


def id_list(raw: str) -> list[str]:
    return [p.strip() for p in re.split(r"[,;\s]+", raw) if p.strip()]
