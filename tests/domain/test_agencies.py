from __future__ import annotations

from datetime import date

import pytest

from dondoc.domain.agencies import Agency, Registry, resolve
from dondoc.domain.errors import NotFoundError

DIEN_BIEN = "Ủy ban nhân dân tỉnh Điện Biên"
IN_2021 = date(2021, 8, 6)
IN_2026 = date(2026, 1, 15)


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Registry.load_default()


def test_a_pre_2025_department_is_held_today_by_its_successor(registry: Registry) -> None:
    found = registry.resolve("Sở Kế hoạch và Đầu tư", at=IN_2021, issuer=DIEN_BIEN)
    assert found.kind == "agency"
    assert found.agency is not None and found.agency.valid_to == date(2025, 2, 28)
    assert registry.current_holder(found.agency.id, IN_2026).name.startswith("Sở Tài chính")
    assert registry.current_holder(found.agency.id, IN_2021) == found.agency


def test_abbreviations_resolve_to_the_same_agency(registry: Registry) -> None:
    ids = {
        registry.resolve(m, at=IN_2021, issuer=DIEN_BIEN).agency
        for m in ("Sở KH&ĐT", "Sở KHĐT", "sở kế hoạch - đầu tư")
    }
    assert len(ids) == 1 and None not in ids


def test_a_district_abolished_on_1_july_2025(registry: Registry) -> None:
    found = registry.resolve("UBND huyện Tuần Giáo", at=IN_2021, issuer=DIEN_BIEN)
    assert found.name == "Ủy ban nhân dân huyện Tuần Giáo"
    assert found.agency is not None and found.agency.valid_to == date(2025, 6, 30)
    assert found.agency.kind == "ubnd_huyen"


def test_a_name_reused_by_a_new_commune_resolves_by_date(registry: Registry) -> None:
    old = registry.resolve("UBND xã Mường Nhé", at=IN_2021, issuer=DIEN_BIEN).agency
    new = registry.resolve("UBND xã Mường Nhé", at=IN_2026, issuer=DIEN_BIEN).agency
    assert old is not None and new is not None and old != new
    assert registry.current_holder(old.id, IN_2026) == new


def test_group_members_follow_the_reorganisation(registry: Registry) -> None:
    before = registry.resolve("các sở, ban, ngành tỉnh", at=IN_2021, issuer=DIEN_BIEN)
    after = registry.resolve("các sở, ban, ngành tỉnh", at=IN_2026, issuer=DIEN_BIEN)
    assert before.kind == after.kind == "group"
    assert (len(before.members), len(after.members)) == (19, 14)
    districts = registry.resolve("UBND các huyện, thị xã, thành phố", at=IN_2021, issuer=DIEN_BIEN)
    assert len(districts.members) == 10
    assert registry.resolve("UBND các huyện, thị xã, thành phố", at=IN_2026, issuer=DIEN_BIEN).members == ()
    communes = [registry.resolve("UBND các xã, phường", at=d, issuer=DIEN_BIEN) for d in (IN_2021, IN_2026)]
    assert [len(c.members) for c in communes] == [129, 45]


def test_a_title_resolves_to_its_agency_or_group(registry: Registry) -> None:
    head = registry.resolve("Giám đốc Sở Y tế", at=IN_2021, issuer=DIEN_BIEN)
    assert head.kind == "agency" and head.agency is not None and head.agency.id == "so_y_te"
    chairs = registry.resolve("Chủ tịch UBND các huyện", at=IN_2021, issuer=DIEN_BIEN)
    assert chairs.kind == "group" and chairs.name == "Ủy ban nhân dân các huyện"
    assert len(chairs.members) == 10


def test_generic_phrases_name_no_definite_set(registry: Registry) -> None:
    found = registry.resolve("các cơ quan, đơn vị liên quan", at=IN_2021, issuer=DIEN_BIEN)
    assert found.generic and found.kind == "group" and found.members == ()


def test_central_bodies_in_the_province(registry: Registry) -> None:
    for mention, ident in (
        ("Cục Thuế tỉnh", "cuc_thue_tinh"),
        ("BCH Quân sự tỉnh", "bchqs_tinh"),
        ("KBNN tỉnh", "kbnn_tinh"),
    ):
        found = registry.resolve(mention, at=IN_2021, issuer=DIEN_BIEN)
        assert found.agency is not None and found.agency.id == ident
        assert found.agency_kind == "trung_uong"


def test_another_provinces_department_resolves_by_pattern_only(registry: Registry) -> None:
    found = registry.resolve("Sở TN&MT", at=IN_2021, issuer="Ủy ban nhân dân tỉnh Lào Cai")
    assert (found.kind, found.name, found.agency, found.agency_kind) == (
        "agency",
        "Sở Tài nguyên và Môi trường",
        None,
        "so",
    )
    assert resolve("Bộ KH&ĐT", issuer="Ủy ban nhân dân tỉnh Lào Cai").name == "Bộ Kế hoạch và Đầu tư"


def test_a_person_is_unknown(registry: Registry) -> None:
    assert registry.resolve("Nguyễn Văn An", issuer=DIEN_BIEN).kind == "unknown"


def test_partial_successors_of_a_split_department(registry: Registry) -> None:
    ids = {a.id for a in registry.partial_successors("so_ldtbxh")}
    assert {"so_y_te", "so_gddt"} <= ids


def test_an_unknown_id_is_not_found(registry: Registry) -> None:
    with pytest.raises(NotFoundError):
        registry.current_holder("khong_co")


def test_a_small_registry_without_province_resolves_its_aliases() -> None:
    reg = Registry(
        [
            Agency(
                "a", "Sở Giao thông vận tải", "so", ("Sở GTVT",), valid_to=date(2025, 2, 28), successor_id="b"
            ),
            Agency("b", "Sở Xây dựng", "so"),
            Agency("g", "Các sở", "so", ("các sở",), is_group=True, member_kinds=("so",)),
        ]
    )
    assert reg.resolve("Sở Giao thông - Vận tải").agency == reg.get("a")
    assert reg.current_holder("a", IN_2026) == reg.get("b")
    assert [a.id for a in reg.members("g", IN_2021)] == ["a", "b"]
    assert [a.id for a in reg.members("g", IN_2026)] == ["b"]


def test_a_provinces_entries_answer_only_for_its_own_documents() -> None:
    reg = Registry(
        [
            Agency("db_syt", "Sở Y tế tỉnh Điện Biên", "so", ("Sở Y tế",), province="Điện Biên"),
            Agency("cp", "Chính phủ", "trung_uong"),
        ]
    )
    own = reg.resolve("Sở Y tế", at=IN_2021, issuer="Ủy ban nhân dân tỉnh Điện Biên")
    assert own.agency is not None and own.agency.id == "db_syt"
    for issuer in ("Ủy ban nhân dân tỉnh Lào Cai", "Văn phòng Chính phủ", None):
        other = reg.resolve("Sở Y tế", at=IN_2021, issuer=issuer)
        assert other.agency is None and other.name == "Sở Y tế"
    named = reg.resolve("Sở Y tế tỉnh Điện Biên", at=IN_2021, issuer="Ủy ban nhân dân tỉnh Lào Cai")
    assert named.agency is not None and named.agency.id == "db_syt"
    assert reg.resolve("Chính phủ", issuer="Ủy ban nhân dân tỉnh Lào Cai").agency == reg.get("cp")


def test_the_investors_group_is_found_under_its_usual_wording() -> None:
    from datetime import date

    from dondoc.domain.agencies import Registry

    res = Registry.load_default().resolve(
        "các đơn vị chủ đầu tư", at=date(2021, 8, 6), issuer="Ủy ban nhân dân tỉnh Điện Biên"
    )
    assert res.kind == "group" and res.agency is not None and res.agency.id == "cac_chu_dau_tu"
