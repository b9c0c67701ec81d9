"""Task tables laid out with spaces (text copied from a PDF with its layout)."""

from datetime import date

from dondoc.extraction.layout_tables import layout_rows
from dondoc.extraction.model import Header, Task
from dondoc.extraction.readers import read_document
from dondoc.extraction.structure import parse_structure
from dondoc.extraction.tasks import extract_tasks

SO = Header(type="Kế hoạch", date=date(2017, 1, 24), issuer="Sở Thông tin và Truyền thông tỉnh Hà Tĩnh")

# Written the way pdftotext -layout lays out a three-column table: labels stacked over two lines,
# cells centred (their lines interleave), a period written into the content's first line, a lead
# cell that runs into the content with a single space, and a page number in the middle.
TABLE = """\
III. LỘ TRÌNH THỰC HIỆN
1. Đợt 1 (Từ 01/01/2017 - 30/6/2017), gồm các hoạt động:
  Thời                                                                    Ghi
                        Nội dung                   Đơn vị thực hiện
  gian                                                                    chú
            - Ký kết giao ước thi đua của các Văn phòng chủ trì,
 01/2017    Phòng, đơn vị, phát động phong phối hợp với các
            trào thi đua năm 2017             phòng, đơn vị liên quan
                                                                              3
           - Tổ chức các hoạt động chào
           mừng ngày thành lập Đảng                 Văn phòng, Công
           - Tổ chức Đón Tết an toàn, vui           đoàn, Phòng Báo
           tươi, tiết kiệm                          chí Xuất bản
02/2017    - Tổ chức Hành hương về các địa
           chỉ đỏ
           - Tọa đàm làm rõ về mô hình các
           phòng xây dựng điển hình tiên tiến       Phòng BCVT; BCXB;
           về học tập và làm theo gương Bác         Văn phòng
           điển hình về CCHC
           - Tổ chức phong trào thi đua
           doanh nghiệp ngành TT&TT lập
9-10/2017 phong trào thi đua “Doanh nghiệp       HĐTĐKT, P KHTC
           Việt Nam hội nhập và phát triển”
     IV. TỔ CHỨC THỰC HIỆN
     1. Văn phòng Sở chịu trách nhiệm theo dõi, đôn đốc việc thực hiện.
"""


def run(text: str, header: Header = SO) -> list[Task]:
    doc = read_document(text.encode(), "x.txt")
    return extract_tasks(doc, parse_structure(doc), header)


def test_rows_are_the_lead_cells_with_their_period() -> None:
    doc = read_document(TABLE.encode(), "x.txt")
    rows = layout_rows(doc)
    assert [(r.time, r.lead) for r in rows] == [
        ("01/2017", "Văn phòng chủ trì, hợp với các phòng, đơn vị liên quan"),
        ("02/2017", "Văn phòng, Công đoàn, Phòng Báo chí Xuất bản"),
        ("02/2017", "Phòng BCVT; BCXB; Văn phòng"),
        ("9-10/2017", "HĐTĐKT, P KHTC"),
    ]
    assert rows[2].content.startswith("- Tổ chức Hành hương") or rows[2].content.startswith("- Tọa đàm")


def test_each_lead_cell_is_a_task_quoting_its_lines_as_they_stand() -> None:
    tasks = run(TABLE)
    table = [t for t in tasks if t.section.startswith("III")]
    assert [[r.name for r in t.lead] for t in table] == [
        ["Văn phòng Sở"],  # a department's own office, named bare in its own plan
        ["Văn phòng Sở", "Công đoàn Sở", "Phòng Báo chí Xuất bản"],
        ["Phòng Bưu chính - Viễn thông", "Phòng Báo chí - Xuất bản", "Văn phòng Sở"],
        ["Hội đồng Thi đua - Khen thưởng Sở", "Phòng Kế hoạch - Tài chính"],
    ]
    assert [t.deadline.date for t in table] == [
        date(2017, 1, 31),
        date(2017, 2, 28),
        date(2017, 2, 28),
        date(2017, 10, 31),
    ]
    # the task's text is the source lines, all columns included, so a reader can find it in the PDF
    assert "- Ký kết giao ước thi đua của các Văn phòng chủ trì," in table[0].text


def test_the_table_ends_at_the_next_numbered_heading() -> None:
    tasks = run(TABLE)
    last = tasks[-1]
    assert last.text.startswith("1. Văn phòng Sở chịu trách nhiệm")
    assert [r.name for r in last.lead] == ["Văn phòng Sở"]


def test_text_without_a_table_header_has_no_layout_rows() -> None:
    text = "1. Sở Y tế          chủ trì triển khai.\n2. Sở Tài chính      bố trí kinh phí.\n"
    assert layout_rows(read_document(text.encode(), "x.txt")) == []


def test_docx_and_html_tables_are_read_from_their_cells_not_from_spaces() -> None:
    doc = read_document(TABLE.encode(), "x.txt")
    doc.format = "html"
    assert layout_rows(doc) == []


def test_a_layout_row_keeps_its_content_column_for_people_to_read() -> None:
    table = [t for t in run(TABLE) if t.section.startswith("III")]
    assert table[0].content.startswith("- Ký kết giao ước thi đua của các")
    assert "Văn phòng chủ trì" not in table[0].content  # the lead column stays out of it
    assert table[0].to_json()["content"] == table[0].content
