"""Where an agency's name ends, and which phrases name a group."""

from dondoc.extraction.mentions import mention_list_at
from dondoc.extraction.task_clauses import parties


def names(text: str) -> list[str]:
    found, _ = mention_list_at(text, 0)
    return [m.name for m in found]


def test_a_verb_after_a_group_is_not_part_of_its_name() -> None:
    found, _ = mention_list_at("Chủ tịch UBND các xã, phường tổ chức thực hiện nghiêm túc", 0)
    assert [(m.name, m.group) for m in found] == [("Ủy ban nhân dân các xã, phường", True)]


def test_juxtaposed_group_nouns_still_join_and_a_level_still_follows() -> None:
    assert names("các sở ban ngành cấp tỉnh triển khai") == ["các sở ban ngành cấp tỉnh"]
    assert names("các cơ quan, tổ chức cấp giấy phép") == ["các cơ quan, tổ chức"]


def test_boards_of_works_keep_their_full_names() -> None:
    text = (
        "Ban Quản lý dự án các công trình dân dụng và công nghiệp tỉnh, "
        "Ban Quản lý dự án các công trình giao thông tỉnh: Lập kế hoạch giải ngân"
    )
    assert names(text) == [
        "Ban Quản lý dự án các công trình dân dụng và công nghiệp tỉnh",
        "Ban Quản lý dự án các công trình giao thông tỉnh",
    ]


def test_a_plural_of_boards_is_one_group_not_a_distributed_head() -> None:
    found, _ = mention_list_at("các Ban Quản lý dự án đầu tư xây dựng thuộc Thành phố chỉ đạo", 0)
    assert [(m.name, m.group) for m in found] == [("các Ban Quản lý dự án đầu tư xây dựng", True)]


def test_a_place_name_closes_the_name() -> None:
    assert names("UBND phường Văn Phú tìm kiếm nhà đầu tư") == ["Ủy ban nhân dân phường Văn Phú"]
    assert names("Công an tỉnh Lào Cai chỉ đạo") == ["Công an tỉnh Lào Cai"]


def test_a_unit_number_closes_the_name() -> None:
    assert names("Ban Quản lý dự án đầu tư xây dựng số 1 đẩy nhanh tiến độ") == [
        "Ban Quản lý dự án đầu tư xây dựng số 1"
    ]


def test_a_level_group_at_the_end_of_a_heading_is_read() -> None:
    assert names("Các sở, ban, ngành cấp tỉnh; UBND cấp huyện") == [
        "Các sở, ban, ngành cấp tỉnh",
        "Ủy ban nhân dân cấp huyện",
    ]


def test_capitalised_investors_are_a_group() -> None:
    found, _ = mention_list_at("các Chủ đầu tư đẩy nhanh tiến độ", 0)
    assert [(m.name, m.group, m.generic) for m in found] == [("các Chủ đầu tư", True, False)]


def test_a_vague_plural_behind_a_title_stays_generic() -> None:
    found, _ = mention_list_at("Thủ trưởng các cơ quan, đơn vị, địa phương thực hiện", 0)
    assert [m.generic for m in found] == [True]


def test_the_issuer_may_politely_request() -> None:
    p = parties(
        "Ủy ban nhân dân tỉnh trân trọng đề nghị Bộ Xây dựng xem xét kiến nghị của tỉnh.",
        "Ủy ban nhân dân tỉnh Lào Cai",
    )
    assert [m.name for m in p.leads] == ["Bộ Xây dựng"]


def test_cooperation_between_named_bodies_makes_them_joint_leads() -> None:
    p = parties(
        "Tăng cường phối hợp giữa các cơ quan: Sở Công Thương, Công an tỉnh và Thanh tra tỉnh trong công tác"
    )
    assert [m.name for m in p.leads] == ["Sở Công Thương", "Công an tỉnh", "Thanh tra tỉnh"]


def test_a_parent_ministry_after_a_dash_is_not_part_of_the_name() -> None:
    assert names("Cục TMĐT và Công nghệ thông tin - Bộ Công Thương hướng dẫn") == [
        "Cục Thương mại điện tử và Công nghệ thông tin"
    ]
    assert names("Sở Lao động - Thương binh và Xã hội chủ trì") == ["Sở Lao động - Thương binh và Xã hội"]


def test_a_sector_stands_for_its_department() -> None:
    p = parties("Phối hợp chặt chẽ với ngành giao thông vận tải có phương án phân luồng")
    assert [m.name for m in p.supports] == ["Sở Giao thông vận tải"]
    assert names("các sở, ngành thực hiện") == ["các sở, ngành"]


def test_provincial_telecom_units_are_agencies() -> None:
    assert names("Bưu điện Quảng Ngãi, Viễn thông Quảng Ngãi, VNPT Lào Cai triển khai") == [
        "Bưu điện Quảng Ngãi",
        "Viễn thông Quảng Ngãi",
        "VNPT Lào Cai",
    ]


def test_fire_fighting_as_a_trade_stays_inside_a_unit_name() -> None:
    assert names("Phòng Kiểm tra Xây dựng và phòng cháy, chữa cháy và các chủ đầu tư thực hiện") == [
        "Phòng Kiểm tra Xây dựng và phòng cháy, chữa cháy",
        "các chủ đầu tư",
    ]
    assert names("Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh chủ trì") == [
        "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh"
    ]
    assert names("Công an tỉnh và phòng cháy chữa cháy") == ["Công an tỉnh"]


def test_a_group_belonging_to_an_agency_names_it() -> None:
    assert names("Các phòng, đơn vị trực thuộc Sở Công Thương báo cáo") == [
        "Các phòng, đơn vị trực thuộc Sở Công Thương"
    ]


def test_media_bodies_are_a_definite_group() -> None:
    found, _ = mention_list_at("các cơ quan thông tin, truyền thông đẩy mạnh tuyên truyền", 0)
    assert [(m.name, m.group, m.generic) for m in found] == [
        ("các cơ quan thông tin, truyền thông", True, False)
    ]


def test_people_s_committees_end_at_their_localities() -> None:
    found, _ = mention_list_at("UBND các xã, phường và đơn vị vận hành thoát nước thực hiện", 0)
    assert found[0].name == "Ủy ban nhân dân các xã, phường"
    assert names("UBND các huyện, thị xã và thành phố triển khai") == [
        "Ủy ban nhân dân các huyện, thị xã và thành phố"
    ]
