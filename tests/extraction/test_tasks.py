from datetime import date

from dondoc.extraction.model import Header, Task
from dondoc.extraction.readers import read_document
from dondoc.extraction.structure import parse_structure
from dondoc.extraction.tasks import extract_tasks

HEADER = Header(type="Chỉ thị", date=date(2021, 8, 6), issuer="Ủy ban nhân dân tỉnh Điện Biên")


def run(text: str) -> list[Task]:
    doc = read_document(text.encode(), "x.txt")
    return extract_tasks(doc, parse_structure(doc), HEADER)


def short(name: str) -> str:
    """The registry may add the issuing province ("Sở Y tế tỉnh Điện Biên"); the scorer ignores it."""
    return name.removesuffix(" Điện Biên").removesuffix(" tỉnh") if name.endswith("Điện Biên") else name


def leads(task: Task) -> list[str]:
    return [short(a.name) for a in task.lead if not a.generic]


def supports(task: Task) -> list[str]:
    return [short(a.name) for a in task.support if not a.generic]


def test_a_heading_agency_leads_each_paragraph_below_it() -> None:
    tasks = run(
        "Lời mở đầu, Sở Y tế không phải nhiệm vụ.\n"
        "1. Sở Kế hoạch và Đầu tư:\n"
        "Thường xuyên theo dõi tiến độ giải ngân.\n"
        "Chủ trì, phối hợp với Sở Tài chính thẩm định dự án.\n"
    )
    assert [t.text for t in tasks] == [
        "Thường xuyên theo dõi tiến độ giải ngân.",
        "Chủ trì, phối hợp với Sở Tài chính thẩm định dự án.",
    ]
    assert [leads(t) for t in tasks] == [["Sở Kế hoạch và Đầu tư"]] * 2
    assert supports(tasks[1]) == ["Sở Tài chính"]


def test_a_heading_on_the_same_line_is_one_task_with_its_text() -> None:
    tasks = run("1. Sở Y tế: Chủ trì phối hợp với Cục Thuế tỉnh theo dõi dịch bệnh.\n")
    assert len(tasks) == 1
    assert tasks[0].text.startswith("1. Sở Y tế: Chủ trì")
    assert leads(tasks[0]) == ["Sở Y tế"]
    assert supports(tasks[0])[0].startswith("Cục Thuế")
    assert tasks[0].section == "1"


def test_dash_items_under_an_agency_heading_are_tasks() -> None:
    tasks = run(
        "1. Công an tỉnh\n- Bảo đảm an ninh trật tự.\n- Phối hợp với Sở Xây dựng phân luồng giao thông.\n"
    )
    assert [leads(t) for t in tasks] == [["Công an"], ["Công an"]] or [leads(t) for t in tasks] == [
        ["Công an tỉnh"]
    ] * 2
    assert supports(tasks[1]) == ["Sở Xây dựng"]


def test_requests_and_titles_name_leads() -> None:
    tasks = run(
        "1. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh tuyên truyền vận động.\n"
        "2. Yêu cầu Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch UBND các huyện triển khai.\n"
    )
    assert leads(tasks[0])[0].startswith("Ủy ban Mặt trận Tổ quốc Việt Nam")
    assert leads(tasks[1]) == ["các sở, ban, ngành tỉnh", "Ủy ban nhân dân các huyện"]
    assert all(a.group for a in tasks[1].lead)


def test_general_requirements_and_closing_formulas_are_not_tasks() -> None:
    tasks = run(
        "I. YÊU CẦU CHUNG\n"
        "1. Tập trung cao độ phòng, chống dịch.\n"
        "2. Sở Tài chính bảo đảm kinh phí.\n"
        "Nhận được Chỉ thị này, yêu cầu Thủ trưởng các sở, ban, ngành tỉnh nghiêm túc thực hiện./.\n"
        "Nơi nhận:\n- Sở Y tế;\n- Lưu: VT.\n"
    )
    assert [leads(t) for t in tasks] == [["Sở Tài chính"]]


def test_the_issuer_assigning_work_is_not_the_lead() -> None:
    tasks = run("1. UBND tỉnh giao Sở Công Thương chủ trì, phối hợp với Sở Xây dựng rà soát.\n")
    assert leads(tasks[0]) == ["Sở Công Thương"]
    assert supports(tasks[0]) == ["Sở Xây dựng"]


def test_generic_supports_are_flagged() -> None:
    tasks = run("1. Sở Y tế chủ trì, phối hợp với các cơ quan, đơn vị liên quan kiểm tra.\n")
    assert [(a.name, a.generic) for a in tasks[0].support] == [("các cơ quan, đơn vị liên quan", True)]


def test_field_items_make_one_task_per_activity() -> None:
    tasks = run(
        "1. Các hoạt động\n"
        "1.1. Chương trình khai mạc\n"
        "- Thời gian: ngày 11/9/2026.\n"
        "- Đơn vị chủ trì: Sở Văn hoá và Thể thao.\n"
        "- Đơn vị phối hợp: UBND xã Bát Tràng.\n"
    )
    assert len(tasks) == 1
    assert "Chương trình khai mạc" in tasks[0].text and "Đơn vị phối hợp" in tasks[0].text
    assert leads(tasks[0]) == ["Sở Văn hóa và Thể thao"]
    assert supports(tasks[0]) == ["Ủy ban nhân dân xã Bát Tràng"]


def test_task_tables_give_one_task_per_row() -> None:
    tasks = run(
        "I. NHIỆM VỤ\n"
        "TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành\n"
        "1 | Rà soát quy hoạch khoáng sản | Sở Nông nghiệp và Môi trường | Sở Xây dựng | Quý III/2026\n"
        "2 | Kiểm tra vật liệu nổ | Sở Công Thương; Công an tỉnh | | Thường xuyên\n"
    )
    assert [leads(t) for t in tasks] == [
        ["Sở Nông nghiệp và Môi trường"],
        ["Sở Công Thương", short("Công an tỉnh Điện Biên")],
    ]
    assert supports(tasks[0]) == ["Sở Xây dựng"]
    assert tasks[0].text.startswith("1 | Rà soát")


def test_a_letter_addressee_leads_its_numbered_items() -> None:
    tasks = run(
        "Kính gửi: Công ty Cổ phần Khoáng sản An Bình\n"
        "Sở Nông nghiệp và Môi trường đề nghị Công ty thực hiện:\n"
        "- Cắm mốc khu vực khai thác.\n"
    )
    assert [leads(t) for t in tasks][-1] == ["Công ty Cổ phần Khoáng sản An Bình"]
