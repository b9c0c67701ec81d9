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
