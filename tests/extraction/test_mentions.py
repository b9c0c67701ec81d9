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


def test_company_names_keep_their_legal_form_and_lower_case_words() -> None:
    text = (
        "Công ty cổ phần Tư vấn đầu tư xây dựng Hà Thành; Công ty Cổ phần đầu tư và xây dựng đô thị Đông Đô; "
        "Công ty TNHH MTV Thoát nước Hà Nội có trách nhiệm"
    )
    assert names(text) == [
        "Công ty cổ phần Tư vấn đầu tư xây dựng Hà Thành",
        "Công ty Cổ phần đầu tư và xây dựng đô thị Đông Đô",
        "Công ty TNHH MTV Thoát nước Hà Nội",
    ]


def test_a_project_board_name_runs_over_its_lower_case_words() -> None:
    text = "Ban Quản lý dự án đầu tư xây dựng công trình hạ tầng kỹ thuật và nông nghiệp thành phố Hà Nội chủ trì"
    assert names(text) == [
        "Ban Quản lý dự án đầu tư xây dựng công trình hạ tầng kỹ thuật và nông nghiệp thành phố Hà Nội"
    ]


def test_a_verb_after_a_name_still_ends_it() -> None:
    assert names("Sở Xây dựng xây dựng kế hoạch") == ["Sở Xây dựng"]
    assert names("Sở Y tế trình Ủy ban nhân dân tỉnh") == ["Sở Y tế"]


def test_judicial_bodies_and_their_heads() -> None:
    text = "Viện trưởng Viện kiểm sát nhân dân tỉnh, Chánh án Tòa án nhân dân tỉnh tổ chức thực hiện"
    assert names(text) == ["Viện kiểm sát nhân dân tỉnh", "Tòa án nhân dân tỉnh"]


def test_an_aside_in_brackets_does_not_end_the_list() -> None:
    text = "Sở Nông nghiệp và Phát triển nông thôn (Cơ quan thường trực), Sở Giao thông vận tải thông tin"
    assert names(text) == ["Sở Nông nghiệp và Phát triển nông thôn", "Sở Giao thông vận tải"]


def test_local_government_and_named_plural_units_are_groups() -> None:
    found = find_mentions("phối hợp với chính quyền địa phương và các Công ty Thủy lợi vận hành")
    assert [(m.name, m.group, m.generic) for m in found] == [
        ("Chính quyền địa phương", True, False),
        ("các Công ty Thủy lợi", True, False),
    ]


def test_traffic_police_and_inspectors_take_lower_case_names() -> None:
    assert names("Cảnh sát giao thông, Thanh tra giao thông xử lý") == [
        "Cảnh sát giao thông",
        "Thanh tra giao thông",
    ]


def test_a_plural_of_general_nouns_with_a_qualifier_is_a_definite_group() -> None:
    found = find_mentions("Đề nghị các đơn vị hoạt động hóa chất trên địa bàn tỉnh nghiên cứu")
    assert [(m.name, m.generic) for m in found] == [
        ("các đơn vị hoạt động hóa chất trên địa bàn tỉnh", False)
    ]
    assert [m.generic for m in find_mentions("các cơ quan, đơn vị thực hiện")] == [True]


def test_a_place_word_ends_a_name_unless_a_proper_name_follows() -> None:
    assert names("Ủy ban nhân dân tỉnh nhận được Văn bản") == ["Ủy ban nhân dân tỉnh"]
    assert names("Ủy ban nhân dân tỉnh Điện Biên giao") == ["Ủy ban nhân dân tỉnh Điện Biên"]


def test_a_hyphen_left_by_a_line_break_keeps_the_name_whole() -> None:
    assert names("Đài Phát thanh- Truyền hình tỉnh, Báo Quảng Ngãi tuyên truyền") == [
        "Đài Phát thanh - Truyền hình tỉnh",
        "Báo Quảng Ngãi",
    ]


def test_zone_boards_and_companies_keep_their_enumerations() -> None:
    assert names("Ban quản lý Khu kinh tế Dung Quất và các KCN Quảng Ngãi chủ trì") == [
        "Ban quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi"
    ]
    assert names("Công ty TNHH MTV Đầu tư, Xây dựng và Kinh doanh dịch vụ Quảng Ngãi, Sở Y tế rà soát") == [
        "Công ty TNHH MTV Đầu tư, Xây dựng và Kinh doanh dịch vụ Quảng Ngãi",
        "Sở Y tế",
    ]


def test_dashes_and_trade_compounds_inside_names() -> None:
    assert names(
        "Đài Phát thanh — Truyền hình tỉnh, Cục Thương mại điện tử và Công nghệ thông tin phối hợp"
    ) == [
        "Đài Phát thanh — Truyền hình tỉnh",
        "Cục Thương mại điện tử và Công nghệ thông tin",
    ]
    assert names("Công ty Cổ phần cấp nước Lào Cai báo cáo") == ["Công ty Cổ phần cấp nước Lào Cai"]


def test_a_department_name_ends_where_the_known_name_does() -> None:
    assert names("Sở Nội vụ đào tạo nguồn nhân lực") == ["Sở Nội vụ"]
    assert names("Sở thông tin và Truyền thông hướng dẫn") == ["Sở Thông tin và Truyền thông"]
    assert names("Sở Y tế tỉnh Điện Biên chủ trì") == ["Sở Y tế tỉnh Điện Biên"]


def test_a_company_name_may_end_in_a_lower_case_trade() -> None:
    text = "Công ty Cổ phần Xây dựng và thoát nước đô thị, các đơn vị kinh doanh vận tải khẩn trương rà soát"
    assert names(text) == ["Công ty Cổ phần Xây dựng và thoát nước đô thị", "các đơn vị kinh doanh vận tải"]
