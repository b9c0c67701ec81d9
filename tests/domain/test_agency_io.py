from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dondoc.domain.agencies import Agency, Registry
from dondoc.domain.agency_io import (
    dump_registry_csv,
    dump_registry_json,
    load_registry_csv,
    load_registry_json,
)
from dondoc.domain.errors import InputError


def _sample() -> Registry:
    return Registry(
        [
            Agency(
                "so_ldtbxh",
                "Sở Lao động - Thương binh và Xã hội tỉnh Sơn La",
                "so",
                ("Sở LĐ-TB&XH", "Sở LĐTBXH"),
                valid_to=date(2025, 2, 28),
                successor_id="so_noi_vu",
                level="tinh",
                partial_successor_ids=("so_y_te",),
                province="Sơn La",
                sources=("ND45",),
                notes='Gộp vào Sở Nội vụ, có dấu phẩy, và "ngoặc kép"',
            ),
            Agency("so_noi_vu", "Sở Nội vụ tỉnh Sơn La", "so", level="tinh", province="Sơn La"),
            Agency("so_y_te", "Sở Y tế tỉnh Sơn La", "so", province="Sơn La", valid_from=date(2020, 1, 1)),
            Agency(
                "cac_so",
                "Các sở",
                "so",
                ("các sở, ban, ngành",),
                is_group=True,
                member_ids=("so_noi_vu", "so_y_te"),
                province="Sơn La",
            ),
        ]
    )


def test_json_round_trip_keeps_every_field(tmp_path: Path) -> None:
    path = tmp_path / "sonla.json"
    dump_registry_json(_sample(), path)
    assert load_registry_json(path).agencies == _sample().agencies


def test_csv_round_trip_keeps_every_field(tmp_path: Path) -> None:
    path = tmp_path / "sonla.csv"
    dump_registry_csv(_sample(), path)
    assert (
        path.read_text(encoding="utf-8")
        .splitlines()[0]
        .startswith("id,name,kind,aliases,valid_from,valid_to,successor_id,is_group,member_ids,level")
    )
    assert load_registry_csv(path).agencies == _sample().agencies


def test_a_loaded_province_registry_resolves_for_its_issuer(tmp_path: Path) -> None:
    path = tmp_path / "sonla.csv"
    path.write_text(
        "id,name,kind,aliases,valid_from,valid_to,successor_id,is_group,member_ids,level\n"
        "so_gtvt,Sở Giao thông vận tải,so,Sở GTVT,,2025-02-28,so_xd,0,,tinh\n"
        "so_xd,Sở Xây dựng,so,,,,,0,,tinh\n",
        encoding="utf-8",
    )
    reg = load_registry_csv(path, province="Sơn La")
    found = reg.resolve("Sở GTVT tỉnh Sơn La", at=date(2024, 5, 1), issuer="Ủy ban nhân dân tỉnh Sơn La")
    assert found.agency is not None and found.agency.id == "so_gtvt"
    assert reg.current_holder("so_gtvt", date(2026, 1, 1)).id == "so_xd"


def test_a_bad_csv_date_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(
        "id,name,kind,aliases,valid_from,valid_to,successor_id,is_group,member_ids,level\n"
        "a,Sở Y tế,so,,,,,0,,tinh\n"
        "b,Sở Nội vụ,so,,01/03/2025,,,0,,tinh\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError, match="dòng 3") as err:
        load_registry_csv(path)
    assert "ngày" in err.value.message


def test_a_csv_without_required_columns_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("id,name\na,Sở Y tế\n", encoding="utf-8")
    with pytest.raises(InputError, match="thiếu cột"):
        load_registry_csv(path)


def test_a_dangling_successor_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(
        "id,name,kind,aliases,valid_from,valid_to,successor_id,is_group,member_ids,level\n"
        "a,Sở Y tế,so,,,,zzz,0,,tinh\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError, match="dòng 2.*zzz"):
        load_registry_csv(path)


def test_broken_json_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('[\n {"id": "a", "name": "Sở Y tế", "kind": "so"},\n {"id": }\n]\n', encoding="utf-8")
    with pytest.raises(InputError, match="dòng 3"):
        load_registry_json(path)


def test_a_json_entry_without_a_name_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"agencies": [\n {"id": "a", "kind": "so"}\n]}\n', encoding="utf-8")
    with pytest.raises(InputError, match="mục thứ 1 \\(dòng 2\\): thiếu name"):
        load_registry_json(path)


def test_a_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="Không đọc được"):
        load_registry_json(tmp_path / "none.json")
