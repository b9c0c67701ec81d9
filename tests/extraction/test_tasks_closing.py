"""Closing formulas, headings over items, requests made by a heading agency."""

from datetime import date

from dondoc.extraction.model import Header, Task
from dondoc.extraction.readers import read_document
from dondoc.extraction.structure import parse_structure
from dondoc.extraction.task_clauses import closing_rest
from dondoc.extraction.tasks import extract_tasks

PROVINCE = Header(type="Chỉ thị", date=date(2026, 3, 10), issuer="Ủy ban nhân dân tỉnh Điện Biên")
DEPARTMENT = Header(type="Công văn", date=date(2026, 3, 10), issuer="Sở Công Thương tỉnh Điện Biên")


def run(text: str, header: Header = PROVINCE) -> list[Task]:
    doc = read_document(text.encode(), "x.txt")
    return extract_tasks(doc, parse_structure(doc), header)


def leads(task: Task) -> list[str]:
    """Leads as written (the registry may complete the names with the province)."""
    return [r.mention for r in task.lead if not r.generic]


def test_the_closing_request_to_carry_out_the_document_is_no_task() -> None:
    tasks = run(
        "1. Sở Tài chính bảo đảm kinh phí.\n"
        "Ủy ban nhân dân tỉnh yêu cầu Thủ trưởng các sở, ngành và Chủ tịch UBND các xã, phường "
        "khẩn trương triển khai thực hiện Chỉ thị này. Trong quá trình thực hiện, nếu có khó khăn, "
        "vướng mắc, kịp thời phản ánh về Sở Tài chính để tổng hợp./.\n"
    )
    assert [leads(t) for t in tasks] == [["Sở Tài chính"]]


def test_a_department_closing_its_letter_is_no_task() -> None:
    rest = closing_rest(
        "Sở Công Thương đề nghị các sở, ban, ngành tỉnh và UBND các xã, phường nghiên cứu, triển khai "
        "thực hiện theo đúng quy định./.",
        DEPARTMENT.issuer,
    )
    assert rest == ""


def test_an_assignment_after_the_closing_request_is_kept() -> None:
    text = (
        "Ủy ban nhân dân tỉnh yêu cầu Thủ trưởng các sở, ngành triển khai thực hiện nghiêm túc Chỉ thị này. "
        "Giao Sở Tư pháp có trách nhiệm theo dõi, đôn đốc việc thực hiện."
    )
    assert (
        closing_rest(text, PROVINCE.issuer)
        == "Giao Sở Tư pháp có trách nhiệm theo dõi, đôn đốc việc thực hiện"
    )


def test_a_request_with_its_own_content_is_no_closing_formula() -> None:
    text = "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh phối hợp giám sát việc thực hiện các dự án./."
    assert closing_rest(text, PROVINCE.issuer) is None


def test_a_numbered_request_to_act_stays_a_task() -> None:
    tasks = run("1. Yêu cầu Thủ trưởng các sở, ban, ngành tỉnh triển khai.\n")
    assert [leads(t) for t in tasks] == [["Thủ trưởng các sở, ban, ngành tỉnh"]]


def test_a_request_heading_over_items_lends_its_bodies_to_the_items() -> None:
    tasks = run(
        "1. Đề nghị Công an tỉnh, Viện kiểm sát nhân dân tỉnh tổ chức thực hiện\n"
        "- Tập trung điều tra, xử lý các vụ án tham nhũng.\n"
        "- Phát hiện sơ hở trong quy định pháp luật.\n"
    )
    assert [leads(t) for t in tasks] == [["Công an tỉnh", "Viện kiểm sát nhân dân tỉnh"]] * 2


def test_a_request_under_an_agency_heading_is_that_agency_s_task() -> None:
    tasks = run(
        "1. Sở Công Thương:\n"
        "- Yêu cầu các doanh nghiệp hoạt động hóa chất lắp đặt thiết bị giám sát.\n"
        "- Kiểm tra định kỳ các cơ sở.\n"
    )
    assert [leads(t) for t in tasks] == [["Sở Công Thương"], ["Sở Công Thương"]]


def test_the_sample_directive_names_joint_boards_and_stops_groups_before_verbs() -> None:
    tasks = run(
        "II. NHIỆM VỤ CỤ THỂ\n"
        "1. Ban Quản lý dự án các công trình dân dụng và công nghiệp tỉnh, Ban Quản lý dự án các công trình "
        "giao thông tỉnh: Lập kế hoạch giải ngân chi tiết, gửi Sở Tài chính trước ngày 31/3/2026.\n"
        "2. Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch UBND các xã, phường tổ chức thực hiện các giải "
        "pháp nêu trên, báo cáo kết quả hằng quý.\n"
    )
    assert [r.mention for r in tasks[0].lead] == [
        "Ban Quản lý dự án các công trình dân dụng và công nghiệp tỉnh",
        "Ban Quản lý dự án các công trình giao thông tỉnh",
    ]
    assert leads(tasks[1]) == ["Thủ trưởng các sở, ban, ngành tỉnh", "Chủ tịch UBND các xã, phường"]


def test_the_following_bodies_heading_is_no_task() -> None:
    tasks = run(
        "4. Các sở, ngành sau đây có trách nhiệm phối hợp với Sở Tài chính thực hiện các nhiệm vụ\n"
        "a) Sở Y tế: Bảo đảm thuốc, vật tư y tế.\n"
    )
    assert [leads(t) for t in tasks] == [["Sở Y tế"]]


def test_a_heading_naming_only_a_class_of_bodies_leads_its_items() -> None:
    tasks = run(
        "III. TỔ CHỨC THỰC HIỆN\n"
        "1. Sở Xây dựng theo dõi, đôn đốc thực hiện.\n"
        "2. Chủ đầu tư các khu đô thị:\n"
        "- Tổ chức vận hành hệ thống thoát nước trong các khu đô thị chưa bàn giao.\n"
        "3. Doanh nghiệp trên địa bàn tỉnh\n"
        "Tích cực tham gia các chương trình hỗ trợ.\n"
    )
    assert [(leads(t), [r.group for r in t.lead]) for t in tasks] == [
        (["Sở Xây dựng"], [False]),
        (["Chủ đầu tư các khu đô thị"], [True]),
        (["Doanh nghiệp trên địa bàn tỉnh"], [True]),
    ]
    assert tasks[1].lead[0].name == "các chủ đầu tư các khu đô thị"


def test_a_section_title_in_capitals_is_no_class_of_bodies() -> None:
    tasks = run("III. TỔ CHỨC THỰC HIỆN\n- Đề nghị Bộ Xây dựng hướng dẫn thực hiện.\n")
    assert [leads(t) for t in tasks] == [["Bộ Xây dựng"]]


def test_closing_paragraphs_that_ask_for_a_report_back_are_no_tasks() -> None:
    text = (
        "1. Sở Giáo dục và Đào tạo chủ trì tổ chức kỳ thi.\n"
        "Căn cứ Chỉ thị này, Thủ trưởng các sở, ban, ngành và Chủ tịch UBND các huyện xây dựng kế hoạch cụ thể,\n"
        "báo cáo kết quả thực hiện về UBND tỉnh theo đúng quy định./.\n"
    )
    assert [t.text.split()[0] for t in run(text)] == ["1."]
    text = (
        "1. Sở Kế hoạch và Đầu tư hướng dẫn nhà đầu tư.\n"
        "Yêu cầu các cấp, các ngành, các địa phương, đơn vị liên quan, Nhà đầu tư nghiêm túc triển khai,\n"
        "thực hiện; thường xuyên báo cáo kết quả về Sở Kế hoạch và Đầu tư để tổng hợp theo quy định./.\n"
    )
    assert [t.text.split()[0] for t in run(text)] == ["1."]


def test_a_label_line_over_items_is_no_task() -> None:
    text = (
        "17. Các sở, ban ngành, địa phương chủ động bố trí kế hoạch trực Tết.\n"
        "Chế độ báo cáo:\n"
        "- Báo cáo công tác chuẩn bị Tết, gửi trước ngày 26/01/2022.\n"
    )
    texts = [t.text for t in run(text)]
    assert "Chế độ báo cáo:" not in texts


def test_the_bodies_told_to_carry_out_the_document_itself_is_the_closing() -> None:
    text = (
        "1. Sở Nội vụ chủ trì đào tạo kỹ năng số.\n"
        "2. Các sở, ban, ngành, UBND các xã, phường căn cứ Kế hoạch này triển khai thực hiện./.\n"
    )
    assert [t.text.split()[0] for t in run(text)] == ["1."]


def test_a_numbered_item_that_only_tells_bodies_to_carry_out_the_document_is_the_closing() -> None:
    text = (
        "1. Văn phòng UBND tỉnh chủ trì theo dõi, đôn đốc việc thực hiện Chỉ thị này.\n"
        "2. Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch UBND các xã, phường tổ chức thực hiện nghiêm túc "
        "Chỉ thị này./.\n"
    )
    assert [t.text.split()[0] for t in run(text)] == ["1."]
