from __future__ import annotations

import io
import zipfile

import pytest

from dondoc.extraction.errors import ReadError
from dondoc.extraction.readers import read_document

from .helpers import assert_well_formed, docx_bytes

HEAD = ("Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian")
ROWS = [
    ("Rà soát quy hoạch khoáng sản", "Sở Nông nghiệp và Môi trường", "UBND các xã", "Quý II/2026"),
    ("Kiểm tra an toàn hồ đập", "Sở Công Thương", "Công an tỉnh", "Trước 30/6/2026"),
]


def _directive(document: object) -> None:
    document.add_paragraph("ỦY BAN NHÂN DÂN TỈNH LÀO CAI")  # type: ignore[attr-defined]
    document.add_paragraph("Số: 12/KH-UBND")  # type: ignore[attr-defined]
    document.add_paragraph("I. NHIỆM VỤ CỤ THỂ")  # type: ignore[attr-defined]
    table = document.add_table(rows=1 + len(ROWS), cols=4)  # type: ignore[attr-defined]
    for r, row in enumerate([HEAD, *ROWS]):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    document.add_paragraph("II. TỔ CHỨC THỰC HIỆN")  # type: ignore[attr-defined]


def test_it_reads_paragraphs_and_the_task_table_in_document_order() -> None:
    doc = read_document(docx_bytes(_directive), "kh.docx")
    assert doc.format == "docx"
    kinds = [b.kind for b in doc.blocks]
    assert kinds == ["para", "para", "para", "table_row", "table_row", "table_row", "para"]
    rows = [b for b in doc.blocks if b.kind == "table_row"]
    assert rows[0].cells == HEAD
    assert rows[1].cells == ROWS[0]
    assert rows[2].text == " | ".join(ROWS[1])
    assert {r.table for r in rows} == {0}
    assert doc.blocks[-1].text == "II. TỔ CHỨC THỰC HIỆN"
    assert_well_formed(doc)


def test_it_joins_cell_paragraphs_and_deduplicates_merged_cells() -> None:
    def build(document: object) -> None:
        table = document.add_table(rows=2, cols=3)  # type: ignore[attr-defined]
        table.cell(0, 0).text = "Nội dung"
        table.cell(0, 1).merge(table.cell(0, 2)).text = "Cơ quan"
        table.cell(1, 0).text = "Dòng một"
        table.cell(1, 0).add_paragraph("dòng hai")
        table.cell(1, 1).text = "Sở Y tế"
        table.cell(1, 2).text = "Sở Tài chính"

    doc = read_document(docx_bytes(build), "b.docx")
    rows = [b for b in doc.blocks if b.kind == "table_row"]
    assert rows[0].cells == ("Nội dung", "Cơ quan")
    assert rows[1].cells == ("Dòng một dòng hai", "Sở Y tế", "Sở Tài chính")


def test_a_corrupt_docx_is_a_read_error_naming_the_file() -> None:
    data = docx_bytes(_directive)
    with pytest.raises(ReadError) as err:
        read_document(data[: len(data) // 2], "hong.docx")
    assert "hong.docx" in str(err.value)
    assert err.value.reason == "tệp .docx bị hỏng"


def test_a_zip_that_is_not_a_docx_is_a_read_error() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("readme.txt", "không phải docx")
    with pytest.raises(ReadError) as err:
        read_document(buf.getvalue(), "nen.zip")
    assert "nen.zip" in str(err.value)
    with pytest.raises(ReadError, match="docx"):
        read_document(buf.getvalue(), "gia.docx")


def test_a_docx_with_broken_xml_is_a_read_error() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types")
        zf.writestr("word/document.xml", "<w:document><w:body>")
    with pytest.raises(ReadError, match="bị hỏng"):
        read_document(buf.getvalue(), "x.docx")


def test_an_executable_renamed_docx_is_a_read_error() -> None:
    with pytest.raises(ReadError) as err:
        read_document(b"MZ\x90\x00\x03" + bytes(200), "virus.docx")
    assert "virus.docx" in str(err.value)
    assert err.value.reason == "không phải văn bản"


def test_a_two_column_header_table_becomes_paragraphs_column_by_column() -> None:
    def build(document: object) -> None:
        table = document.add_table(rows=2, cols=2)  # type: ignore[attr-defined]
        table.cell(0, 0).text = "ỦY BAN NHÂN DÂN"
        table.cell(0, 0).add_paragraph("TỈNH LÀO CAI")
        table.cell(0, 1).text = "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"
        table.cell(0, 1).add_paragraph("Độc lập - Tự do - Hạnh phúc")
        table.cell(1, 0).text = "Số: 12/UBND-KT"
        table.cell(1, 1).text = "Lào Cai, ngày 11 tháng 6 năm 2026"
        document.add_paragraph("V/v tăng cường quản lý khoáng sản")  # type: ignore[attr-defined]

    doc = read_document(docx_bytes(build), "cv.docx")
    assert [b.text for b in doc.blocks] == [
        "ỦY BAN NHÂN DÂN",
        "TỈNH LÀO CAI",
        "Số: 12/UBND-KT",
        "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Lào Cai, ngày 11 tháng 6 năm 2026",
        "V/v tăng cường quản lý khoáng sản",
    ]
    assert all(b.kind == "para" for b in doc.blocks)


def test_it_renders_automatic_list_numbers() -> None:
    def build(document: object) -> None:
        document.add_paragraph("Giao Sở Y tế chủ trì.", style="List Number")  # type: ignore[attr-defined]
        document.add_paragraph("Giao Sở Tài chính bố trí kinh phí.", style="List Number")  # type: ignore[attr-defined]
        document.add_paragraph("Các sở phối hợp.", style="List Bullet")  # type: ignore[attr-defined]

    doc = read_document(docx_bytes(build), "ds.docx")
    assert [b.text for b in doc.blocks] == [
        "1. Giao Sở Y tế chủ trì.",
        "2. Giao Sở Tài chính bố trí kinh phí.",
        "- Các sở phối hợp.",
    ]
