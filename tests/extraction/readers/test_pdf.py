from __future__ import annotations

import pytest

from dondoc.extraction.errors import ReadError
from dondoc.extraction.readers import read_document

from .helpers import assert_well_formed, pdf_document

LEFT = ["ỦY BAN NHÂN DÂN", "TỈNH ĐIỆN BIÊN", "Số: 12/UBND-KT"]
RIGHT = [
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Điện Biên, ngày 06 tháng 8 năm 2021",
]
BODY = (
    "Điều 1. Giao Sở Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với các sở, ngành "
    "liên quan triển khai thực hiện nhiệm vụ phòng chống thiên tai trước ngày 30 tháng 9 năm 2021."
)


def _decree_pdf(**encrypt: str) -> bytes:
    pdf = pdf_document()
    pdf.add_page()  # type: ignore[attr-defined]
    y = 20
    for left, right in zip(LEFT, RIGHT, strict=True):
        pdf.set_xy(15, y)  # type: ignore[attr-defined]
        pdf.cell(70, 6, left, align="C")  # type: ignore[attr-defined]
        pdf.set_xy(90, y)  # type: ignore[attr-defined]
        pdf.cell(110, 6, right, align="C")  # type: ignore[attr-defined]
        y += 7
    pdf.set_xy(15, y + 10)  # type: ignore[attr-defined]
    pdf.multi_cell(180, 6, "CHỈ THỊ\n" + BODY)  # type: ignore[attr-defined]
    if encrypt:
        pdf.set_encryption(**encrypt)  # type: ignore[attr-defined]
    return bytes(pdf.output())  # type: ignore[attr-defined]


def test_it_reads_the_two_column_header_column_by_column() -> None:
    doc = read_document(_decree_pdf(), "ct.pdf")
    assert doc.format == "pdf"
    lines = [b.text for b in doc.blocks]
    assert lines[:6] == LEFT + RIGHT
    assert "CHỈ THỊ" in lines
    assert BODY in lines  # wrapped lines joined back into one paragraph
    assert_well_formed(doc)


def test_an_encrypted_pdf_is_a_read_error() -> None:
    data = _decree_pdf(owner_password="chu", user_password="mat-khau")
    with pytest.raises(ReadError) as err:
        read_document(data, "mat.pdf")
    assert err.value.reason == "PDF được mã hóa"
    assert "mat.pdf" in str(err.value)


def test_an_image_only_pdf_is_a_read_error() -> None:
    pdf = pdf_document()
    pdf.add_page()  # type: ignore[attr-defined]
    pdf.rect(20, 20, 100, 100, style="F")  # type: ignore[attr-defined]
    with pytest.raises(ReadError) as err:
        read_document(bytes(pdf.output()), "scan.pdf")  # type: ignore[attr-defined]
    assert err.value.reason == "PDF chỉ có ảnh quét, không có lớp chữ"


def test_a_truncated_pdf_is_a_read_error() -> None:
    data = _decree_pdf()
    with pytest.raises(ReadError) as err:
        read_document(data[:300], "cut.pdf")
    assert "cut.pdf" in str(err.value)


def test_a_pdf_named_txt_is_read_as_pdf() -> None:
    assert read_document(_decree_pdf(), "ct.txt").format == "pdf"


def test_page_numbers_are_dropped_and_paragraphs_continue_across_pages() -> None:
    pdf = pdf_document()
    pdf.add_page()  # type: ignore[attr-defined]
    pdf.multi_cell(180, 6, "1. Giao Sở Y tế chủ trì triển khai")  # type: ignore[attr-defined]
    pdf.add_page()  # type: ignore[attr-defined]
    pdf.cell(180, 6, "2", align="C")  # type: ignore[attr-defined]
    pdf.ln(10)  # type: ignore[attr-defined]
    pdf.multi_cell(180, 6, "kế hoạch này.")  # type: ignore[attr-defined]
    doc = read_document(bytes(pdf.output()), "p.pdf")  # type: ignore[attr-defined]
    assert [b.text for b in doc.blocks] == ["1. Giao Sở Y tế chủ trì triển khai kế hoạch này."]


def _table_pdf() -> bytes:
    pdf = pdf_document()
    pdf.add_page()  # type: ignore[attr-defined]
    pdf.set_xy(15, 20)  # type: ignore[attr-defined]
    pdf.multi_cell(180, 6, "I. NHIỆM VỤ CỤ THỂ")  # type: ignore[attr-defined]
    widths = (12, 60, 40, 40, 30)
    rows = [
        ("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"),
        (
            "1",
            "Xây dựng kho dữ liệu dùng chung của tỉnh",
            "Sở Khoa học và Công nghệ",
            "Các sở, ban, ngành",
            "Quý III/2026",
        ),
        (
            "2",
            "Số hóa hồ sơ thủ tục hành chính",
            "Văn phòng UBND tỉnh",
            "UBND các xã, phường",
            "Trước 30/11/2026",
        ),
    ]
    with pdf.table(col_widths=widths, text_align="LEFT", first_row_as_headings=False) as table:  # type: ignore[attr-defined]
        for row in rows:
            cells = table.row()
            for text in row:
                cells.cell(text)
    pdf.set_xy(15, pdf.get_y() + 8)  # type: ignore[attr-defined]
    pdf.multi_cell(180, 6, "II. TỔ CHỨC THỰC HIỆN")  # type: ignore[attr-defined]
    return bytes(pdf.output())  # type: ignore[attr-defined]


def test_a_task_table_of_a_pdf_becomes_rows_of_cells_one_task_each() -> None:
    from datetime import date

    from dondoc.extraction.model import Header
    from dondoc.extraction.structure import parse_structure
    from dondoc.extraction.tasks import extract_tasks

    doc = read_document(_table_pdf(), "kh.pdf")
    rows = [b for b in doc.blocks if b.kind == "table_row"]
    assert rows[0].cells == ("Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian")
    assert rows[1].cells[1] == "Sở Khoa học và Công nghệ"
    assert_well_formed(doc)
    tasks = extract_tasks(
        doc, parse_structure(doc), Header(date=date(2026, 3, 15), issuer="Ủy ban nhân dân tỉnh A")
    )
    assert [([r.name for r in t.lead], t.deadline.date) for t in tasks] == [
        (["Sở Khoa học và Công nghệ"], date(2026, 9, 30)),
        (["Văn phòng Ủy ban nhân dân tỉnh"], date(2026, 11, 30)),
    ]
    assert [r.name for r in tasks[1].support] == ["Ủy ban nhân dân các xã, phường"]
