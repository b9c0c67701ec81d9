from __future__ import annotations

from datetime import date

import pytest

from dondoc.domain.agency_lexicon import agency_head_regex, is_agency_phrase, is_generic, is_group_phrase
from dondoc.domain.agency_names import canonical_name, current_name, kind_of, tidy_tones


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        ("Sở KH&ĐT", "Sở Kế hoạch và Đầu tư"),
        ("Sở KHĐT", "Sở Kế hoạch và Đầu tư"),
        ("Sở Kế hoạch - Đầu tư", "Sở Kế hoạch và Đầu tư"),
        ("Sở LĐ-TB&XH", "Sở Lao động - Thương binh và Xã hội"),
        ("Sở VH, TT&DL", "Sở Văn hóa, Thể thao và Du lịch"),
        ("Sở NN&MT tỉnh Lạng Sơn", "Sở Nông nghiệp và Môi trường tỉnh Lạng Sơn"),
        ("Bộ KH&ĐT", "Bộ Kế hoạch và Đầu tư"),
        ("Sở Công thương", "Sở Công Thương"),
        ("UBND TP. Điện Biên Phủ", "Ủy ban nhân dân thành phố Điện Biên Phủ"),
        ("HĐND tỉnh", "Hội đồng nhân dân tỉnh"),
        ("BQLDA cấp tỉnh", "Ban Quản lý dự án cấp tỉnh"),
        ("BCH Quân sự tỉnh", "Bộ Chỉ huy Quân sự tỉnh"),
        ("KBNN tỉnh", "Kho bạc Nhà nước tỉnh"),
        ("Ủy ban MTTQ tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"),
        ("Đài PTTH tỉnh", "Đài Phát thanh và Truyền hình tỉnh"),
        ("Uỷ ban nhân dân tỉnh Hoà Bình", "Ủy ban nhân dân tỉnh Hòa Bình"),
    ],
)
def test_it_expands_abbreviations_to_the_full_official_name(mention: str, expected: str) -> None:
    assert canonical_name(mention) == expected


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        ("Giám đốc Sở Y tế", "Sở Y tế"),
        ("Chủ tịch UBND các huyện", "Ủy ban nhân dân các huyện"),
        ("Thủ trưởng các sở, ban, ngành", "các sở, ban, ngành"),
        ("Chánh Thanh tra tỉnh", "Thanh tra tỉnh"),
        ("Trưởng phòng TC-KH huyện", "Phòng Tài chính - Kế hoạch huyện"),
        ("Chủ tịch nước", "Chủ tịch nước"),
    ],
)
def test_a_title_stands_for_its_agency(mention: str, expected: str) -> None:
    assert canonical_name(mention) == expected


def test_it_keeps_syllable_internal_vowel_pairs() -> None:
    assert tidy_tones("Sở Kế hoạch, quý IV, hoà") == "Sở Kế hoạch, quý IV, hòa"


@pytest.mark.parametrize(
    "mention",
    [
        "các cơ quan, đơn vị liên quan",
        "cơ quan chức năng",
        "các đơn vị khác",
        "các cơ quan, đơn vị, địa phương",
    ],
)
def test_it_flags_generic_phrases(mention: str) -> None:
    assert is_generic(mention)


@pytest.mark.parametrize(
    "mention", ["các sở, ban, ngành tỉnh", "UBND các xã, phường", "Sở Y tế", "các chủ đầu tư"]
)
def test_definite_addressees_are_not_generic(mention: str) -> None:
    assert not is_generic(mention)


def test_it_tells_groups_from_single_agencies() -> None:
    assert is_group_phrase(canonical_name("UBND các huyện, thị xã, thành phố"))
    assert is_group_phrase(canonical_name("UBND cấp xã"))
    assert not is_group_phrase(canonical_name("UBND huyện Tuần Giáo"))


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Sở Y tế", "so"),
        ("Bộ Công Thương", "bo"),
        ("Bộ Chỉ huy Quân sự tỉnh", "trung_uong"),
        ("Cục Thuế tỉnh", "trung_uong"),
        ("Ủy ban nhân dân huyện Mường Chà", "ubnd_huyen"),
        ("Ủy ban nhân dân phường Ba Đình", "ubnd_xa"),
        ("Ủy ban nhân dân tỉnh Lào Cai", "ubnd_tinh"),
        ("Hội Nông dân tỉnh", "doan_the"),
        ("Tỉnh đoàn", "doan_the"),
        ("Tỉnh ủy Sơn La", "dang"),
        ("Phòng Quản lý công nghiệp", "don_vi"),
        ("Công ty Điện lực Sơn La", "doanh_nghiep"),
        ("Ban Quản lý dự án đầu tư xây dựng tỉnh", "ban_qlda"),
        ("Báo Hà Tĩnh", "su_nghiep"),
    ],
)
def test_it_knows_the_kind_from_the_head_noun(name: str, kind: str) -> None:
    assert kind_of(name) == kind


def test_it_names_the_successor_of_a_merged_department() -> None:
    assert current_name("Sở KH&ĐT", date(2026, 1, 1)) == "Sở Tài chính"
    assert current_name("Sở KH&ĐT", date(2021, 1, 1)) == "Sở Kế hoạch và Đầu tư"
    assert current_name("Bộ GTVT", date(2026, 1, 1)) == "Bộ Xây dựng"


def test_the_head_regex_finds_mentions_but_not_ordinary_words() -> None:
    text = "Giao Sở Tài chính chủ trì, phối hợp UBND các huyện và toàn bộ cán bộ"
    found = [m.group(0) for m in agency_head_regex().finditer(text)]
    assert found == ["Sở", "UBND", "các huyện"]
    assert [m.group(0) for m in agency_head_regex().finditer("các sở, ban, ngành")] == ["các sở"]


def test_agency_phrases_open_with_a_head_noun() -> None:
    assert is_agency_phrase("Kho bạc Nhà nước tỉnh")
    assert is_agency_phrase("Giám đốc Sở Y tế")
    assert not is_agency_phrase("tăng cường kiểm tra")
