"""Import and export agency registries as JSON or CSV (format in docs/agencies.md).

Bad files raise InputError with a Vietnamese message that names the line (CSV, JSON syntax) or the
entry (JSON content).
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path
from typing import Any

from dondoc.domain.agencies import Agency, Registry
from dondoc.domain.errors import InputError

CSV_COLUMNS = (
    "id",
    "name",
    "kind",
    "aliases",
    "valid_from",
    "valid_to",
    "successor_id",
    "is_group",
    "member_ids",
    "level",
)
CSV_EXTRA_COLUMNS = ("partial_successor_ids", "member_kinds", "parent_id", "province", "sources", "notes")
_TRUE = {"1", "true", "yes", "x", "có", "co"}
_FALSE = {"", "0", "false", "no", "không", "khong"}


def _read(path: str | Path) -> str:
    try:
        return Path(path).read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise InputError(f"Không đọc được tệp danh mục cơ quan «{path}»: {exc.strerror or exc}.") from exc
    except UnicodeDecodeError as exc:
        raise InputError(f"Tệp danh mục cơ quan «{path}» không phải văn bản UTF-8.") from exc


def _date(value: Any, where: str, field_name: str) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise InputError(f"{where}: ngày «{value}» ở cột {field_name} không đúng dạng YYYY-MM-DD.") from None


def _ids(value: Any, where: str, field_name: str) -> tuple[str, ...]:
    if value in (None, ""):
        return ()
    if isinstance(value, str):
        return tuple(v.strip() for v in value.split("|") if v.strip())
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(v.strip() for v in value if v.strip())
    raise InputError(f"{where}: cột {field_name} phải là danh sách chuỗi.")


def _opt(value: Any) -> str | None:
    text = str(value).strip() if value is not None else ""
    return text or None


def _agency(raw: dict[str, Any], where: str, province: str | None) -> Agency:
    ident = _opt(raw.get("id"))
    name = _opt(raw.get("name"))
    kind = _opt(raw.get("kind"))
    if not ident or not name or not kind:
        missing = ", ".join(k for k, v in (("id", ident), ("name", name), ("kind", kind)) if not v)
        raise InputError(f"{where}: thiếu {missing}.")
    group = raw.get("is_group", False)
    if isinstance(group, str):
        if group.strip().lower() not in _TRUE | _FALSE:
            raise InputError(f"{where}: cột is_group phải là 0 hoặc 1, không phải «{group}».")
        group = group.strip().lower() in _TRUE
    agency = Agency(
        id=ident,
        name=name,
        kind=kind,
        aliases=_ids(raw.get("aliases"), where, "aliases"),
        valid_from=_date(raw.get("valid_from"), where, "valid_from"),
        valid_to=_date(raw.get("valid_to"), where, "valid_to"),
        successor_id=_opt(raw.get("successor_id")),
        is_group=bool(group),
        member_ids=_ids(raw.get("member_ids"), where, "member_ids"),
        level=_opt(raw.get("level")),
        partial_successor_ids=_ids(raw.get("partial_successor_ids"), where, "partial_successor_ids"),
        member_kinds=_ids(raw.get("member_kinds"), where, "member_kinds"),
        parent_id=_opt(raw.get("parent_id")),
        province=_opt(raw.get("province")) or province,
        sources=_ids(raw.get("sources"), where, "sources"),
        notes=_opt(raw.get("notes")),
    )
    if agency.valid_from and agency.valid_to and agency.valid_from > agency.valid_to:
        raise InputError(f"{where}: valid_from ({agency.valid_from}) sau valid_to ({agency.valid_to}).")
    return agency


def _check_links(agencies: list[Agency], wheres: list[str]) -> None:
    ids: set[str] = set()
    for agency, where in zip(agencies, wheres, strict=True):
        if agency.id in ids:
            raise InputError(f"{where}: mã «{agency.id}» bị trùng.")
        ids.add(agency.id)
    for agency, where in zip(agencies, wheres, strict=True):
        refs = [agency.successor_id, agency.parent_id, *agency.member_ids, *agency.partial_successor_ids]
        for ref in refs:
            if ref and ref not in ids:
                raise InputError(f"{where}: mã «{ref}» được tham chiếu nhưng không có trong danh mục.")


def parse_registry_json(text: str, *, source: str = "JSON", province: str | None = None) -> list[Agency]:
    """Agencies from a JSON text: a list of entries, or {"province": ..., "agencies": [...]}."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{source}, dòng {exc.lineno}: JSON không hợp lệ ({exc.msg}).") from None
    if isinstance(data, dict):
        province = _opt(data.get("province")) or province
        data = data.get("agencies")
    if not isinstance(data, list):
        raise InputError(f"{source}: cần một danh sách cơ quan (hoặc đối tượng có khóa «agencies»).")
    agencies: list[Agency] = []
    wheres: list[str] = []
    lines = text.splitlines()
    for n, raw in enumerate(data, start=1):
        where = f"{source}, mục thứ {n}"
        if not isinstance(raw, dict):
            raise InputError(f"{where}: mỗi cơ quan phải là một đối tượng JSON.")
        line = _line_of(lines, raw.get("id"))
        where += f" (dòng {line})" if line else ""
        agencies.append(_agency(raw, where, province))
        wheres.append(where)
    _check_links(agencies, wheres)
    return agencies


def _line_of(lines: list[str], ident: Any) -> int | None:
    if not isinstance(ident, str):
        return None
    needle = json.dumps(ident, ensure_ascii=False)
    for i, line in enumerate(lines, start=1):
        if '"id"' in line and needle in line:
            return i
    return None


def load_registry_json(path: str | Path, *, province: str | None = None) -> Registry:
    return Registry(parse_registry_json(_read(path), source=str(path), province=province))


def _entry(agency: Agency) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": agency.id,
        "name": agency.name,
        "kind": agency.kind,
        "aliases": list(agency.aliases),
        "valid_from": agency.valid_from.isoformat() if agency.valid_from else None,
        "valid_to": agency.valid_to.isoformat() if agency.valid_to else None,
        "successor_id": agency.successor_id,
        "level": agency.level,
    }
    optional: dict[str, Any] = {
        "is_group": agency.is_group,
        "member_ids": list(agency.member_ids),
        "member_kinds": list(agency.member_kinds),
        "partial_successor_ids": list(agency.partial_successor_ids),
        "parent_id": agency.parent_id,
        "province": agency.province,
        "sources": list(agency.sources),
        "notes": agency.notes,
    }
    out.update({k: v for k, v in optional.items() if v})
    return out


def dump_registry_json(registry: Registry, path: str | Path) -> None:
    entries = [_entry(a) for a in registry.agencies.values()]
    Path(path).write_text(
        json.dumps({"agencies": entries}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )


def parse_registry_csv(text: str, *, source: str = "CSV", province: str | None = None) -> list[Agency]:
    reader = csv.DictReader(io.StringIO(text))
    header = reader.fieldnames or []
    missing = [c for c in CSV_COLUMNS if c not in header]
    if missing:
        raise InputError(f"{source}, dòng 1: thiếu cột {', '.join(missing)}.")
    agencies: list[Agency] = []
    wheres: list[str] = []
    for row in reader:
        where = f"{source}, dòng {reader.line_num}"
        if None in row:
            raise InputError(f"{where}: thừa ô so với tiêu đề.")
        if not any((v or "").strip() for v in row.values()):
            continue
        agencies.append(_agency(dict(row), where, province))
        wheres.append(where)
    _check_links(agencies, wheres)
    return agencies


def load_registry_csv(path: str | Path, *, province: str | None = None) -> Registry:
    return Registry(parse_registry_csv(_read(path), source=str(path), province=province))


def dump_registry_csv(registry: Registry, path: str | Path) -> None:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(CSV_COLUMNS + CSV_EXTRA_COLUMNS)
    for a in registry.agencies.values():
        writer.writerow(
            [
                a.id,
                a.name,
                a.kind,
                "|".join(a.aliases),
                a.valid_from.isoformat() if a.valid_from else "",
                a.valid_to.isoformat() if a.valid_to else "",
                a.successor_id or "",
                "1" if a.is_group else "0",
                "|".join(a.member_ids),
                a.level or "",
                "|".join(a.partial_successor_ids),
                "|".join(a.member_kinds),
                a.parent_id or "",
                a.province or "",
                "|".join(a.sources),
                a.notes or "",
            ]
        )
    Path(path).write_text(buf.getvalue(), encoding="utf-8")
