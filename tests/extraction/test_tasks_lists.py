"""Leads lent by an intro sentence to the list below it, and fields that trail a list."""

from datetime import date

import pytest

from dondoc.extraction.model import Header, Task
from dondoc.extraction.readers import read_document
from dondoc.extraction.structure import parse_structure
from dondoc.extraction.tasks import extract_tasks

HANOI = Header(type="Kế hoạch", date=date(2026, 4, 2), issuer="Ủy ban nhân dân thành phố Hà Nội")

INTRO = (
    "1. Các giải pháp về quy hoạch:\n"
    "Sở Xây dựng chủ trì, phối hợp với Sở Tài chính tổ chức triển khai các nội dung sau:\n"
    "- Rà soát quy hoạch thoát nước đô thị.\n"
    "- Cập nhật tiêu chuẩn thiết kế công trình.\n"
    "2. Sở Y tế bảo đảm công tác y tế.\n"
)
NEWS = "Tin tức - Sự kiện\nThứ Hai, 06/04/2026, 09:15 [GMT+7]\n{body}Bình luận (0)\nTin liên quan\n"


def run(text: str, header: Header = HANOI, name: str = "x.txt") -> list[Task]:
    doc = read_document(text.encode(), name)
    return extract_tasks(doc, parse_structure(doc), header)


def names(refs: list) -> list[str]:  # type: ignore[type-arg]
    return [r.name for r in refs if not r.generic]


@pytest.mark.parametrize("text", [INTRO, NEWS.format(body=INTRO)], ids=["plain", "news-wrapped"])
def test_an_intro_sentence_lends_its_leads_and_supports_to_the_dash_list(text: str) -> None:
    tasks = run(text)
    by_text = {t.text.split("\n")[0][:30]: t for t in tasks}
    item = by_text["- Rà soát quy hoạch thoát nước"]
    assert names(item.lead) == ["Sở Xây dựng"]
    assert names(item.support) == ["Sở Tài chính"]
    assert names(by_text["- Cập nhật tiêu chuẩn thiết kế"].lead) == ["Sở Xây dựng"]
    assert names(by_text["2. Sở Y tế bảo đảm công tác y tế"[:30]].lead) == ["Sở Y tế"]


def test_a_one_sentence_intro_is_no_task_of_its_own() -> None:
    tasks = run(INTRO)
    assert not any("các nội dung sau" in t.text for t in tasks)


def test_an_intro_after_a_complete_request_keeps_the_request_as_a_task() -> None:
    text = (
        "1. Về phổ biến văn bản:\n"
        "Đề nghị Sở Tư pháp phối hợp với Sở Nội vụ tuyên truyền Luật. "
        "Sở Công Thương có trách nhiệm:\n"
        "- Hướng dẫn doanh nghiệp kê khai.\n"
    )
    tasks = run(text)
    first = next(t for t in tasks if "Đề nghị Sở Tư pháp" in t.text)
    assert names(first.lead) == ["Sở Tư pháp"]
    item = next(t for t in tasks if t.text.startswith("- Hướng dẫn"))
    assert names(item.lead) == ["Sở Công Thương"]


def test_a_list_of_companies_separated_by_semicolons_leads_each_item() -> None:
    text = (
        "1. Đơn vị duy trì thoát nước:\n"
        "Công ty TNHH MTV Thoát nước Hà Nội; Công ty cổ phần Môi trường và công trình Đô thị Sơn Tây "
        "theo địa bàn quản lý có trách nhiệm:\n"
        "- Ứng trực 24/24h khi có mưa lớn.\n"
    )
    tasks = run(text)
    assert names(tasks[0].lead) == [
        "Công ty TNHH MTV Thoát nước Hà Nội",
        "Công ty cổ phần Môi trường và công trình Đô thị Sơn Tây",
    ]


def test_fields_that_trail_a_list_apply_to_each_item_above_them() -> None:
    text = (
        "1. Tái cơ cấu ngành công nghiệp\n"
        "- Tham mưu chính sách thu hút dự án công nghệ cao.\n"
        "- Phối hợp với Sở Nội vụ đào tạo nguồn nhân lực.\n"
        "Lãnh đạo phụ trách: Phó Giám đốc Nguyễn Văn A.\n"
        "Đơn vị chủ trì: Phòng Quản lý Công nghiệp; Đơn vị phối hợp: Phòng Quản lý Năng lượng, Văn phòng Sở.\n"
        "2. Phát triển năng lượng\n"
        "- Đôn đốc các dự án điện gió.\n"
        "Đơn vị chủ trì: Phòng Quản lý Năng lượng.\n"
    )
    tasks = run(text)
    assert [t.text for t in tasks] == [
        "- Tham mưu chính sách thu hút dự án công nghệ cao.",
        "- Phối hợp với Sở Nội vụ đào tạo nguồn nhân lực.",
        "- Đôn đốc các dự án điện gió.",
    ]
    assert [names(t.lead) for t in tasks] == [["Phòng Quản lý Công nghiệp"]] * 2 + [
        ["Phòng Quản lý Năng lượng"]
    ]
    assert names(tasks[0].support) == ["Phòng Quản lý Năng lượng", "Văn phòng Sở"]
    assert names(tasks[1].support) == ["Sở Nội vụ", "Phòng Quản lý Năng lượng", "Văn phòng Sở"]
    assert names(tasks[2].support) == []


def test_a_task_table_that_assigns_persons_gives_no_tasks() -> None:
    # dondoc follows agencies; the members of a working group answer to the unit that leads it
    text = (
        "1. Phân công nhiệm vụ\n"
        "TT | Nhiệm vụ thực hiện | Người thực hiện | Ghi chú\n"
        " | Rà soát hồ sơ học viên | Vũ Việt Linh / Nguyễn Thị Loan |\n"
        " | Tổ chức chấm bài | Đỗ Mạnh Cường |\n"
    )
    tasks = run(text)
    assert [t for t in tasks if "Vũ Việt Linh" in t.text or "Đỗ Mạnh Cường" in t.text] == []


def test_a_request_addressed_to_a_qualified_plural_leads_the_items_below() -> None:
    text = (
        "1. Yêu cầu đối với các tổ chức, cá nhân được cấp giấy phép khai thác, thu hồi khoáng sản.\n"
        "1.1. Thực hiện đúng các quy định của Luật Địa chất và khoáng sản.\n"
    )
    tasks = run(text)
    item = next(t for t in tasks if t.text.startswith("1.1."))
    assert [(r.name, r.group, r.generic) for r in item.lead] == [
        ("các tổ chức, cá nhân được cấp giấy phép khai thác, thu hồi khoáng sản", True, False)
    ]


def test_items_that_quote_a_regulation_are_not_assigned_to_the_heading_agency() -> None:
    text = (
        "1. Sở Công Thương:\n"
        "a) Hướng dẫn doanh nghiệp kê khai sản lượng.\n"
        "b) Khoản 1 Điều 59 Nghị định số 193/2025/NĐ-CP quy định như sau:\n"
        "- Sổ theo dõi khối lượng khoáng sản nguyên khai.\n"
        "c) Kiểm tra việc lắp đặt trạm cân.\n"
    )
    tasks = run(text)
    texts = [t.text for t in tasks]
    assert "- Sổ theo dõi khối lượng khoáng sản nguyên khai." not in texts
    assert "c) Kiểm tra việc lắp đặt trạm cân." in texts


def test_a_task_table_survives_a_page_number_and_a_clipped_header() -> None:
    text = (
        "1. Nhiệm vụ cụ thể\n"
        "TT | ội dung thực hiện | Cơ quan chủ trì | Đơn vị phối hợp | Thời gian\n"
        "1 | Xây dựng chuyên mục hỏi đáp | Sở Tư pháp | Sở Nội vụ, UBND cấp huyện, cấp xã | 2017\n"
        "12\n"
        "2 | Ban hành danh mục thông tin công khai | Sở Tài chính | Liên minh các Hợp tác xã | 2018\n"
    )
    tasks = run(text)
    assert [names(t.lead) for t in tasks] == [["Sở Tư pháp"], ["Sở Tài chính"]]
    assert names(tasks[0].support) == ["Sở Nội vụ", "Ủy ban nhân dân cấp huyện", "Ủy ban nhân dân cấp xã"]
    assert names(tasks[1].support) == ["Liên minh Hợp tác xã"]


def test_an_intro_with_an_action_of_its_own_is_a_task_and_still_lends_its_lead() -> None:
    text = (
        "1. Lệnh khẩn cấp:\n"
        "Sở Xây dựng chủ trì đôn đốc các chủ đầu tư thực hiện các Lệnh khẩn cấp:\n"
        "- Cải tạo cống tiêu trên đường Lê Lợi.\n"
    )
    tasks = run(text)
    assert [t.text.split(" ")[0] for t in tasks] == ["Sở", "-"]
    assert [names(t.lead) for t in tasks] == [["Sở Xây dựng"]] * 2


def test_a_wrapped_line_starting_with_a_bracketed_number_does_not_end_the_intro() -> None:
    text = (
        "1. Quy hoạch:\n"
        "Sở Xây dựng có trách nhiệm:\n"
        "+ Rà soát quy hoạch thoát nước (đợt\n"
        "1); cập nhật các chỉ tiêu phát triển đô thị.\n"
        "+ Lập quy hoạch cao độ nền.\n"
    )
    tasks = run(text)
    assert [names(t.lead) for t in tasks] == [["Sở Xây dựng"]] * 2


def test_a_distributive_intro_lends_its_supports_to_items_with_their_own_leads() -> None:
    text = (
        "2. Nhiệm vụ của các sở, ngành\n"
        "Các sở, ban, ngành Thành phố phối hợp với Sở Xây dựng tổ chức triển khai một số nhiệm vụ cụ thể:\n"
        "2.1. Công an Thành phố: bố trí lực lượng phân luồng giao thông.\n"
        "2.2. Sở Tài chính:\n"
        "- Bố trí kinh phí duy trì hệ thống thoát nước.\n"
        "3. Sở Y tế bảo đảm công tác y tế.\n"
    )
    tasks = run(text)
    assert [(names(t.lead), names(t.support)) for t in tasks] == [
        (["Công an Thành phố"], ["Sở Xây dựng"]),
        (["Sở Tài chính"], ["Sở Xây dựng"]),
        (["Sở Y tế"], []),
    ]


def test_statements_contacts_and_closing_formulas_are_no_tasks() -> None:
    text = (
        "1. Sở Công Thương hướng dẫn doanh nghiệp kê khai.\n"
        "2. Ủy ban nhân dân thành phố Hà Nội ghi nhận, đánh giá cao nỗ lực của Sở Xây dựng.\n"
        "3. Số điện thoại ứng trực:\n"
        "- Công ty TNHH MTV Thoát nước Hà Nội: 0243.974.62.25 – 0243.976.22.45.\n"
        "4. Sở Nội vụ (Ban Thi đua - Khen thưởng)\n"
        "- Tổng hợp hồ sơ khen thưởng.\n"
        "Căn cứ văn bản này, các cơ quan, đơn vị liên quan triển khai thực hiện./.\n"
    )
    tasks = run(text)
    assert [(t.text.split(" ")[0], names(t.lead)) for t in tasks] == [
        ("1.", ["Sở Công Thương"]),
        ("-", ["Sở Nội vụ"]),
    ]


def test_items_listing_data_to_report_are_not_tasks() -> None:
    text = (
        "1. Sở Kế hoạch và Đầu tư:\n"
        "- Nắm chắc cơ sở dữ liệu về doanh nghiệp. Trong đó, lưu ý các dữ liệu về:\n"
        "+ Tiến độ thực hiện dự án;\n"
        "+ Vướng mắc của nhà đầu tư.\n"
    )
    tasks = run(text)
    assert [t.text.split("\n")[0][:8] for t in tasks] == ["- Nắm ch"]
