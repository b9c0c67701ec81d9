from dondoc.extraction.mentions import canonical, find_mentions, is_generic_name, mention_list_at


def names(text: str) -> list[str]:
    found, _ = mention_list_at(text, 0)
    return [m.name for m in found]


def test_it_expands_shared_head_nouns_keeping_commas_inside_names() -> None:
    text = "các sở Tài chính, Văn hóa, Thể thao và Du lịch, Kế hoạch và Đầu tư, Y tế thực hiện"
    assert names(text) == [
        "Sở Tài chính",
        "Sở Văn hóa, Thể thao và Du lịch",
        "Sở Kế hoạch và Đầu tư",
        "Sở Y tế",
    ]


def test_it_expands_a_head_noun_followed_by_a_colon() -> None:
    assert names("các sở: Tài chính, Y tế thực hiện") == ["Sở Tài chính", "Sở Y tế"]


def test_it_splits_two_joint_agencies() -> None:
    assert names("Sở Xây dựng, sở Tài nguyên và Môi trường: Theo chức năng") == [
        "Sở Xây dựng",
        "Sở Tài nguyên và Môi trường",
    ]


def test_it_reads_groups_and_flags_generic_phrases() -> None:
    found, _ = mention_list_at(
        "UBND các huyện, thị xã, thành phố và các cơ quan, đơn vị liên quan tập trung", 0
    )
    assert [(m.name, m.group, m.generic) for m in found] == [
        ("Ủy ban nhân dân các huyện, thị xã, thành phố", True, False),
        ("các cơ quan, đơn vị liên quan", True, True),
    ]


def test_a_title_stands_for_its_agency() -> None:
    assert names("Giám đốc Sở Y tế chỉ đạo") == ["Sở Y tế"]
    assert canonical("Chủ tịch UBND các xã") == "Ủy ban nhân dân các xã"


def test_it_expands_abbreviations_and_old_tone_marks() -> None:
    assert canonical("Sở KH&ĐT") == "Sở Kế hoạch và Đầu tư"
    assert canonical("Sở Văn hoá và Thể thao") == "Sở Văn hóa và Thể thao"
    assert canonical("Sở Kế hoạch và Đầu tư") == "Sở Kế hoạch và Đầu tư"


def test_it_distributes_localities_after_ubnd() -> None:
    text = "UBND các phường: Ba Đình, Cửa Nam và xã Bát Tràng: Chủ động"
    assert [m.name for m in find_mentions(text)] == [
        "Ủy ban nhân dân phường Ba Đình",
        "Ủy ban nhân dân phường Cửa Nam",
        "Ủy ban nhân dân xã Bát Tràng",
    ]


def test_headings_in_capitals_are_not_agencies() -> None:
    assert find_mentions("TỔ CHỨC THỰC HIỆN") == []


def test_generic_phrases() -> None:
    assert is_generic_name("các cơ quan, đơn vị, địa phương")
    assert not is_generic_name("các sở, ban, ngành tỉnh")
