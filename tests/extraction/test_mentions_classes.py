"""Groups that share a qualifier, OCR-damaged abbreviations, lower-case association names."""

from datetime import date

import pytest

from dondoc.extraction.mentions import canonical, find_mentions, mention_list_at
from dondoc.extraction.model import Header, Task
from dondoc.extraction.readers import read_document
from dondoc.extraction.structure import parse_structure
from dondoc.extraction.tasks import extract_tasks


def listed(text: str) -> list[tuple[str, bool]]:
    found, _ = mention_list_at(text, 0)
    return [(m.name, m.group) for m in found]


def test_two_classes_of_bodies_share_their_qualifier() -> None:
    text = "các đơn vị sự nghiệp, doanh nghiệp Nhà nước thuộc UBND tỉnh tổ chức thực hiện"
    assert listed(text) == [
        ("các đơn vị sự nghiệp thuộc Ủy ban nhân dân tỉnh", True),
        ("các doanh nghiệp Nhà nước thuộc Ủy ban nhân dân tỉnh", True),
    ]


def test_a_run_of_short_nouns_stays_one_group_before_the_classes() -> None:
    text = (
        "Thủ trưởng các sở, ban ngành, đơn vị sự nghiệp công lập, doanh nghiệp nhà nước thuộc tỉnh; Chủ tịch"
    )
    assert [name for name, _ in listed(text)][:3] == [
        "các sở, ban ngành",
        "các đơn vị sự nghiệp công lập thuộc tỉnh",
        "các doanh nghiệp nhà nước thuộc tỉnh",
    ]


@pytest.mark.parametrize(
    "text",
    ["các sở, ban, ngành tỉnh thực hiện", "các tổ chức, cá nhân hoạt động hóa chất thực hiện"],
)
def test_idiomatic_plurals_are_not_split(text: str) -> None:
    assert len(listed(text)) == 1


def test_bodies_of_the_centre_keep_their_qualifier() -> None:
    found = listed("các cơ quan, đơn vị của Trung ương; các sở, ban, ngành treo cờ")
    assert found[0] == ("các cơ quan, đơn vị của Trung ương", True)
    assert found[1] == ("các sở, ban, ngành", True)


@pytest.mark.parametrize("written", ["Sở TTT1", "Sở TITT", "Sở TTTI", "Sở TTT"])
def test_an_ocr_damaged_department_abbreviation_is_repaired_when_one_is_near(written: str) -> None:
    assert canonical(written) == "Sở Thông tin và Truyền thông"


def test_an_abbreviation_near_two_departments_is_left_as_written() -> None:
    # "XNMT" is one letter from both "TNMT" and "NNMT": no guess
    assert canonical("Sở XNMT") == "Sở XNMT"


def test_an_association_named_in_lower_case_is_read_to_its_place() -> None:
    found = find_mentions("Hội Tin học, Hiệp hội doanh nghiệp tỉnh phối hợp")
    assert [m.name for m in found] == ["Hội Tin học", "Hiệp hội doanh nghiệp tỉnh"]


HANOI = Header(type="Thông báo", date=date(2026, 4, 29), issuer="Ủy ban nhân dân thành phố Hà Nội")


def run(text: str, header: Header = HANOI) -> list[Task]:
    doc = read_document(text.encode(), "x.txt")
    return extract_tasks(doc, parse_structure(doc), header)


def test_a_short_notice_without_items_is_operative_after_its_header() -> None:
    text = (
        " ỦY BAN NHÂN DÂN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        " THÀNH PHỐ HÀ NỘI                   Độc lập – Tự do – Hạnh phúc\n"
        "  Số: 453      /TB-UBND\n"
        "                                         Hà Nội, ngày 29 tháng 4 năm 2026\n\n\n"
        "                                      THÔNG BÁO\n"
        "                                 Về việc treo cờ Tổ quốc\n\n\n"
        "      Nhân dịp Đại hội, Ủy ban nhân dân thành phố Hà Nội đề nghị các sở, ban, ngành Thành phố\n"
        "treo cờ Tổ quốc từ ngày 10/5/2026 đến hết ngày 14/5/2026.\n"
        "      Ủy ban nhân dân các phường, xã có trách nhiệm kiểm tra việc treo cờ./.\n"
        "Nơi nhận:\n- Các Sở, ban, ngành Thành phố;\n- Lưu: VT.\n"
    )
    doc = read_document(text.encode(), "x.txt")
    from dondoc.extraction.header import parse_header

    tasks = extract_tasks(doc, parse_structure(doc), parse_header(doc))
    assert [[r.name for r in t.lead] for t in tasks] == [
        ["các sở, ban, ngành Thành phố"],
        ["Ủy ban nhân dân các phường, xã"],
    ]
    assert tasks[0].text.startswith("Nhân dịp")  # the header lines are not part of the task
    assert tasks[0].deadline.date == date(2026, 5, 14)


def test_a_marker_left_alone_by_ocr_is_no_task() -> None:
    text = (
        "1. Các sở, ban, ngành tỉnh:\n"
        "a) Thực hiện các biện pháp phòng ngừa sau:\n"
        "8)\n"
        "- Công khai, minh bạch về tổ chức, hoạt động của cơ quan.\n"
    )
    tasks = run(text)
    assert all(t.text.strip() != "8)" for t in tasks)


LAOCAI = Header(type="Công văn", date=date(2026, 5, 4), issuer="Ủy ban nhân dân tỉnh Lào Cai")


def test_parenthesised_items_below_a_request_are_tasks_of_its_addressee() -> None:
    text = (
        "1. Khó khăn, vướng mắc\n"
        "Thứ hai, Cục Cảnh sát Quản lý hành chính về trật tự xã hội đã có Văn bản số 787/C06-P3 ngày\n"
        "29/01/2026 đề nghị Cục Đăng kiểm Việt Nam ban hành văn bản hướng dẫn.\n"
        "2. Kiến nghị\n"
        "Để kịp thời tháo gỡ khó khăn, vướng mắc cho doanh nghiệp, bảo đảm hoạt động sản xuất, kinh\n"
        "doanh và tiến độ thi công các công trình, dự án trọng điểm trên địa bàn tỉnh Lào Cai, Ủy ban\n"
        "nhân dân tỉnh Lào Cai trân trọng đề nghị Bộ Xây dựng:\n"
        "(i). Chỉ đạo Cục Đăng kiểm Việt Nam khẩn trương ban hành văn bản hướng dẫn.\n"
        "(ii). Sớm chỉ đạo nghiên cứu, sửa đổi các Quy chuẩn kỹ thuật quốc gia.\n"
    )
    tasks = run(text, LAOCAI)
    assert [(t.section, [r.name for r in t.lead]) for t in tasks] == [
        ("2.(i)", ["Bộ Xây dựng"]),
        ("2.(ii)", ["Bộ Xây dựng"]),
    ]  # the request another body made, reported as a fact, is no task


def test_a_numbered_intro_lends_its_lead_to_the_siblings_that_follow() -> None:
    text = (
        "III. TỔ CHỨC THỰC HIỆN\n"
        "1. Giao phòng Quản lý Công nghiệp triển khai, thực hiện các công việc liên quan:\n"
        "2. Tổ chức kiểm tra kỹ thuật an toàn cho các đối tượng.\n"
        "3. Chuẩn bị các điều kiện cần thiết khác để tổ chức kiểm tra.\n"
        "4. Văn phòng Sở bố trí kinh phí.\n"
        "5. Theo dõi, tổng hợp kết quả.\n"
    )
    tasks = run(text, LAOCAI)
    assert [(t.section, [r.name for r in t.lead]) for t in tasks] == [
        ("III.2", ["Phòng Quản lý Công nghiệp"]),
        ("III.3", ["Phòng Quản lý Công nghiệp"]),
        ("III.4", ["Văn phòng Sở"]),
    ]  # item 5 follows a sibling with a lead of its own: the intro's list has ended


def test_a_qualified_plural_of_general_nouns_reads_its_whole_trade_list() -> None:
    found = listed(
        "các đơn vị sản xuất, kinh doanh, sử dụng, bảo quản hóa chất trên địa bàn tỉnh chưa báo cáo"
    )
    assert found == [("các đơn vị sản xuất, kinh doanh, sử dụng, bảo quản hóa chất trên địa bàn tỉnh", True)]


def test_numbered_items_after_the_closing_do_not_move_the_body() -> None:
    text = (
        "Kính gửi: Các đơn vị hoạt động hóa chất\n"
        "Ngày 19 tháng 12 năm 2025, Sở Công Thương có Văn bản số 3169/SCT-CN gửi các đơn vị hoạt động\n"
        "hóa chất trên địa bàn tỉnh báo cáo tình hình hoạt động hóa chất trên hệ thống cơ sở dữ liệu.\n"
        "Sở Công Thương yêu cầu các đơn vị sản xuất, kinh doanh hóa chất trên địa bàn tỉnh báo cáo trước\n"
        "ngày 08 tháng 4 năm 2026.\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n"
        "PHỤ LỤC 01\n1. Công ty TNHH A\n2. Công ty TNHH B\n"
    )
    tasks = run(text, Header(type="Công văn", date=date(2026, 4, 1), issuer="Sở Công Thương tỉnh Lào Cai"))
    assert [r.name for r in tasks[0].lead] == ["các đơn vị sản xuất, kinh doanh hóa chất trên địa bàn tỉnh"]
    assert tasks[0].deadline.date == date(2026, 4, 8)


def test_a_departments_units_named_bare_in_its_own_document_are_its_units() -> None:
    text = "1. Văn phòng, Công đoàn và Chi bộ phối hợp tổ chức hội nghị.\n"
    tasks = run(text, SO_HATINH)
    assert [r.name for r in tasks[0].lead] == ["Văn phòng Sở", "Công đoàn Sở", "Chi bộ Sở"]
    # in a provincial committee's document the same words are left as written
    tasks = run(text, HANOI)
    assert [r.name for r in tasks[0].lead][:2] == ["Văn phòng", "Công đoàn"]


def test_titles_of_members_and_deputies_stand_for_their_bodies() -> None:
    text = (
        "Các Thành viên Hội đồng Thi đua - Khen thưởng; Trưởng, Phó các Phòng, đơn vị, Trưởng các tổ chức "
        "đoàn thể cơ quan có trách nhiệm:"
    )
    assert listed(text) == [
        ("Hội đồng Thi đua - Khen thưởng", False),
        ("các Phòng, đơn vị", True),
        ("các tổ chức đoàn thể cơ quan", True),
    ]


def test_unit_abbreviations_of_a_department_are_expanded_and_share_their_head() -> None:
    assert listed("Phòng BCVT; BCXB; Văn phòng") == [
        ("Phòng Bưu chính - Viễn thông", False),
        ("Phòng Báo chí - Xuất bản", False),
        ("Văn phòng", False),
    ]
    assert listed("HĐTĐKT, P KHTC; HĐ Khoa học Sở") == [
        ("Hội đồng Thi đua - Khen thưởng", False),
        ("Phòng Kế hoạch - Tài chính", False),
        ("Hội đồng Khoa học Sở", False),
    ]


def test_an_abbreviation_no_table_expands_is_not_given_a_head() -> None:
    assert listed("Phòng BCVT; XYZQ") == [("Phòng Bưu chính - Viễn thông", False)]


SO_HATINH = Header(
    type="Kế hoạch", date=date(2017, 1, 24), issuer="Sở Thông tin và Truyền thông tỉnh Hà Tĩnh"
)


LETTER = (
    "Kính gửi: Công ty Cổ phần Công nghiệp Khánh An\n"
    "Sở Nông nghiệp và Môi trường đề nghị Công ty thực hiện các nội dung sau:\n"
    "2.3. Đối với công tác quản lý, thống kê, kê khai sản lượng khoáng sản\n"
    "Yêu cầu thực hiện công tác quản lý, thống kê, kê khai sản lượng theo hướng dẫn của Sở Nông nghiệp và\n"
    "Môi trường tại văn bản số 5141/SNNMT-KS ngày 29/12/2025.\n"
    "2.4. Về công tác đảm bảo an toàn lao động\n"
    "Theo quy định tại Điều 59 Luật Địa chất và khoáng sản, tổ chức khai thác phải bảo đảm an toàn.\n"
)


def test_topic_headings_of_a_letter_are_no_tasks_but_its_requests_are_the_addressees() -> None:
    tasks = run(LETTER, Header(type="Công văn", issuer="Sở Nông nghiệp và Môi trường tỉnh Lào Cai"))
    assert [(t.text.split()[0], [r.name for r in t.lead]) for t in tasks] == [
        ("Yêu", ["Công ty Cổ phần Công nghiệp Khánh An"]),
    ]  # "2.3. Đối với ...", "2.4. Về ..." are topics; the legal background names nobody


def test_the_closing_request_is_no_task_even_when_ocr_damaged_its_list() -> None:
    text = (
        "1. Sở Nội vụ chủ trì kiểm tra công tác phòng, chống tham nhũng.\n"
        "Yêu cầu Thủ trưởng các sở, ban ngành, đơn vị sự nghiệp công lập thuộc tỉnh; Chủ tịch UBND câp\n"
        "huyện và các cơ quan, tô chức, đơn vị có liên quan nghiêm túc triển khai thực hiện Chỉ thị này./.\n"
    )
    tasks = run(text, LAOCAI)
    assert [t.text.split()[0] for t in tasks] == ["1."]


def test_qualified_classes_in_a_long_request_list() -> None:
    text = (
        "Thủ trưởng các cơ quan, đơn vị, địa phương, các Chủ đầu tư, các đơn vị đầu mối giao kế hoạch, các "
        "Cơ quan chủ trì Dự án, Tiểu dự án, Nội dung thành phần, các cơ quan chủ trì quản lý 02 Chương trình "
        "MTQG theo chức năng, nhiệm vụ được giao"
    )
    found = mention_list_at(text, 0)[0]
    assert [(m.name, m.generic) for m in found] == [
        ("các cơ quan, đơn vị, địa phương", True),
        ("các Chủ đầu tư", False),
        ("các đơn vị đầu mối giao kế hoạch", False),
        ("các Cơ quan chủ trì Dự án", False),
        ("các cơ quan chủ trì quản lý 02 Chương trình MTQG", False),
    ]


def test_classes_named_without_a_plural_marker() -> None:
    assert listed("Chủ đầu tư các khu đô thị và các Chủ đầu tư khác phối hợp") == [
        ("các chủ đầu tư các khu đô thị", True),
        ("các Chủ đầu tư khác", True),
    ]
    assert listed("Chủ đầu tư và các nhà thầu thi công các công trình khẩn cấp phải đảm bảo") == [
        ("các chủ đầu tư các công trình khẩn cấp", True),
        ("các nhà thầu thi công các công trình khẩn cấp", True),
    ]
    assert listed("các sở, ngành; cơ quan thông tấn, báo chí tuyên truyền") == [
        ("các sở, ngành", True),
        ("các cơ quan thông tấn, báo chí", True),
    ]


def test_a_stray_full_stop_from_ocr_does_not_end_a_list() -> None:
    assert [
        n for n, _ in listed("Sở Thông tin và Truyền thông, . các sở, ban, ngành, địa phương triển khai")
    ] == [
        "Sở Thông tin và Truyền thông",
        "các sở, ban, ngành, địa phương",
    ]


def test_another_subject_after_a_semicolon_is_a_joint_lead() -> None:
    text = (
        "1. Ban Quản lý dự án đầu tư xây dựng số 1 đẩy nhanh tiến độ Dự án đường trục chính; Ban Quản lý dự án "
        "đầu tư xây dựng công trình giao thông tỉnh đẩy nhanh tiến độ tuyến đường kết nối.\n"
        "2. Giao Sở Công Thương chủ trì hướng dẫn, phối hợp với Ủy ban nhân dân phường Âu Lâu rà soát hiện trạng; "
        "đồng thời UBND phường Âu Lâu đề xuất mở rộng cụm công nghiệp.\n"
        "3. Yêu cầu Thủ trưởng các sở, ban, ngành tỉnh; Chủ tịch UBND các huyện khẩn trương triển khai.\n"
    )
    tasks = run(text, LAOCAI)
    assert [r.name for r in tasks[0].lead] == [
        "Ban Quản lý dự án đầu tư xây dựng số 1",
        "Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh",
    ]
    assert [r.name for r in tasks[1].lead] == ["Sở Công Thương", "Ủy ban nhân dân phường Âu Lâu"]
    # one list of addressees split by a semicolon is not two clauses
    assert [r.name for r in tasks[2].lead] == ["các sở, ban, ngành tỉnh", "Ủy ban nhân dân các huyện"]


def test_a_request_followed_by_a_second_request_names_both_lists() -> None:
    text = (
        "1. UBND thành phố Hà Nội đề nghị các Đại sứ quán, các tỉnh, thành phố, yêu cầu các Sở, ngành, địa "
        "phương cử đầu mối gửi Sở Văn hóa và Thể thao tổng hợp.\n"
    )
    tasks = run(text)
    assert [r.name for r in tasks[0].lead if not r.generic] == [
        "các Đại sứ quán",
        "các tỉnh, thành phố",
        "các Sở, ngành, địa phương",
    ]


def test_a_museum_named_in_a_field_is_a_lead() -> None:
    text = (
        "3.2. Hoạt động triển lãm về tinh hoa làng nghề\n"
        "- Đơn vị chủ trì: Sở Văn hóa và Thể thao.\n"
        "- Đơn vị thực hiện: Bảo tàng Hà Nội.\n"
    )
    assert [r.name for r in run(text)[0].lead] == ["Sở Văn hóa và Thể thao", "Bảo tàng Hà Nội"]


def test_a_board_named_by_its_trade_and_its_owner_is_the_owners_boards() -> None:
    assert listed("Ban Quản lý dự án đầu tư xây dựng thuộc Thành phố và các Chủ đầu tư:") == [
        ("các Ban Quản lý dự án đầu tư xây dựng thuộc Thành phố", True),
        ("các Chủ đầu tư", True),
    ]
    # a board with a name of its own stays that board
    assert listed("Ban Quản lý dự án đầu tư xây dựng số 1 thuộc tỉnh và Sở Y tế:") == [
        ("Ban Quản lý dự án đầu tư xây dựng số 1", False),
        ("Sở Y tế", False),
    ]


def test_political_and_social_organisations_and_specialised_agencies_are_groups() -> None:
    assert listed(
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh phối hợp"
    ) == [
        ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", False),
        ("các tổ chức chính trị - xã hội tỉnh", True),
    ]
    assert listed("Thủ trưởng các cơ quan chuyên môn thuộc UBND tỉnh kiểm tra") == [
        ("các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh", True),
    ]


def test_special_zones_of_the_2025_reorganisation_are_localities() -> None:
    assert listed("UBND các xã, phường, đặc khu khẩn trương di dời") == [
        ("Ủy ban nhân dân các xã, phường, đặc khu", True),
    ]


LETTER_ASKS = """\
UBND TỈNH QUẢNG NGÃI                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ TÀI CHÍNH                                     Độc lập - Tự do - Hạnh phúc
Số: 2345/STC-ĐT                              Quảng Ngãi, ngày 05 tháng 10 năm 2026
V/v đôn đốc giải ngân vốn đầu tư công năm 2026

                    Kính gửi:
                              - Các sở, ban, ngành tỉnh;
                              - UBND các xã, phường, đặc khu;
                              - Các Ban Quản lý dự án chuyên ngành.

      Thực hiện chỉ đạo của UBND tỉnh tại Công văn số 5678/UBND-KTTH ngày 01/10/2026, đến ngày 30/9/2026
tỷ lệ giải ngân vốn đầu tư công của tỉnh mới đạt 45,2% kế hoạch vốn giao. Sở Tài chính đề nghị các cơ quan,
đơn vị:
      1. Khẩn trương hoàn thiện hồ sơ thanh toán, gửi Kho bạc Nhà nước khu vực XIII trước ngày 15/10/2026.
      2. Phấn đấu đến hết ngày 31/01/2027 giải ngân đạt 100% kế hoạch vốn được giao.
      Đề nghị các cơ quan, đơn vị quan tâm, phối hợp thực hiện./.

Nơi nhận:                                              KT. GIÁM ĐỐC
- Như trên;                                            PHÓ GIÁM ĐỐC
- Lưu: VT, ĐT.                                          Trần Văn B
"""


def test_a_letter_asking_its_bodies_in_general_terms_asks_its_addressees() -> None:
    from dondoc.extraction import extract

    result = extract(LETTER_ASKS.encode(), "cv.txt")
    assert result.header.issuer == "Sở Tài chính tỉnh Quảng Ngãi"  # sentence case keeps the department's name
    assert [t.section for t in result.tasks] == ["1", "2"]  # "V/v" is "về việc", not item V
    assert [r.name for r in result.tasks[0].lead] == [
        "Các sở, ban, ngành tỉnh",
        "Ủy ban nhân dân các xã, phường, đặc khu",
        "Các Ban Quản lý dự án chuyên ngành",
    ]
    assert result.tasks[0].deadline.date == date(2026, 10, 15)
    assert [(t.value, t.due) for t in result.targets] == [(100.0, date(2027, 1, 31))]  # due: that day
    # the document cited was the province's, named in the clause right before its number
    assert result.references[0].issuer == "Ủy ban nhân dân tỉnh Quảng Ngãi"
