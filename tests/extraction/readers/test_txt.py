from __future__ import annotations

import codecs
import unicodedata

import pytest

from dondoc.extraction.model import Span
from dondoc.extraction.readers import read_document

from .helpers import VIETNAMESE, assert_well_formed, cp1258_bytes, legacy_bytes


def test_it_reads_utf8_with_and_without_bom() -> None:
    for data in (VIETNAMESE.encode(), codecs.BOM_UTF8 + VIETNAMESE.encode()):
        doc = read_document(data, "a.txt")
        assert doc.text == VIETNAMESE
        assert doc.encoding == "utf-8"
        assert doc.format == "txt"
        assert doc.raw == ""


def test_it_reads_utf16_with_bom() -> None:
    doc = read_document(VIETNAMESE.encode("utf-16"), "a.txt")
    assert doc.text == VIETNAMESE
    assert doc.encoding == "utf-16"


def test_it_reads_windows_1258_and_composes_tone_marks() -> None:
    data = cp1258_bytes(VIETNAMESE)
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    doc = read_document(data, "a.txt")
    assert doc.text == VIETNAMESE
    assert doc.encoding == "cp1258"
    assert any("1258" in n for n in doc.notes)


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_it_converts_legacy_font_encodings(encoding: str) -> None:
    text = VIETNAMESE.lower()
    doc = read_document(legacy_bytes(text, encoding), "a.txt")
    assert doc.encoding == encoding
    assert doc.text == text
    assert doc.notes and "Unicode" in doc.notes[0]


def test_it_normalizes_nfd_input_and_notes_it() -> None:
    doc = read_document(unicodedata.normalize("NFD", VIETNAMESE).encode(), "a.txt")
    assert doc.text == VIETNAMESE
    assert doc.notes


def test_it_turns_odd_spaces_and_crlf_into_plain_ones() -> None:
    doc = read_document("Số:\u00a012/UBND-KT  \r\n\r\nHà\u2009Nội\u200b\r\n".encode(), "a.txt")
    assert doc.text == "Số: 12/UBND-KT\nHà Nội"
    assert [b.text for b in doc.blocks] == ["Số: 12/UBND-KT", "Hà Nội"]
    assert doc.source_text(doc.blocks[1].span) == "Hà\u2009Nội"
    assert_well_formed(doc)


def test_it_repairs_a_broken_glyph_map_and_keeps_the_source_wording() -> None:
    raw = "CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBộ Công Thƣơng hƣớng dẫn"
    doc = read_document(raw.encode(), "a.txt")
    assert doc.text == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBộ Công Thương hướng dẫn"
    start = doc.text.index("Thương")
    assert doc.source_text(Span(start, start + 6)) == "Thƣơng"
    assert doc.notes


def test_it_leaves_genuine_tilde_o_alone() -> None:
    doc = read_document("Làm rõ trách nhiệm, HÕA".encode(), "a.txt")
    assert doc.text == "Làm rõ trách nhiệm, HÕA"
    broken = read_document("Thƣờng xuyên theo dõi, làm rõ".encode(), "a.txt")
    assert broken.text == "Thường xuyên theo dõi, làm rõ"


def test_it_splits_glued_words_and_maps_back_to_the_source() -> None:
    doc = read_document("Ủy ban nhân dântỉnh Điện Biên\nĐiều 1.Giao Sở Y tế".encode(), "a.txt")
    assert doc.text == "Ủy ban nhân dân tỉnh Điện Biên\nĐiều 1. Giao Sở Y tế"
    start = doc.text.index("dân tỉnh")
    assert doc.source_text(Span(start, start + len("dân tỉnh"))) == "dântỉnh"
    giao = doc.text.index("Giao")
    assert doc.source_text(Span(giao, giao + 4)) == "Giao"


def test_it_keeps_old_tone_placement_and_foreign_words() -> None:
    text = "Uỷ ban, hoà giải, internet, CanxiCacbonat, VietinBank"
    assert read_document(text.encode(), "a.txt").text == text


def test_it_reads_pipe_lines_as_table_rows() -> None:
    text = (
        "Kế hoạch\n"
        "Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian\n"
        "Rà soát quy hoạch | Sở Xây dựng | UBND các huyện | Quý IV/2026 |\n"
        "Kết thúc"
    )
    doc = read_document(text.encode(), "a.txt")
    rows = [b for b in doc.blocks if b.kind == "table_row"]
    assert [r.cells for r in rows] == [
        ("Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"),
        ("Rà soát quy hoạch", "Sở Xây dựng", "UBND các huyện", "Quý IV/2026", ""),
    ]
    assert {r.table for r in rows} == {0}
    assert doc.blocks[0].kind == doc.blocks[-1].kind == "para"
    assert_well_formed(doc)


def test_a_run_of_single_pipe_lines_is_a_table() -> None:
    doc = read_document("Tên | Số\nA | 1\n\nMột câu | lẻ".encode(), "a.txt")
    kinds = [b.kind for b in doc.blocks]
    assert kinds == ["table_row", "table_row", "para"]


def test_it_reads_utf16_without_bom() -> None:
    doc = read_document(VIETNAMESE.encode("utf-16-le"), "a.txt")
    assert doc.text == VIETNAMESE
    assert doc.encoding == "utf-16"


def test_it_converts_legacy_font_text_pasted_as_unicode() -> None:
    pasted = legacy_bytes(VIETNAMESE.lower(), "tcvn3").decode("latin-1")
    doc = read_document(pasted.encode("utf-8"), "a.txt")
    assert doc.encoding == "tcvn3"
    assert doc.text == VIETNAMESE.lower()


def test_a_short_unicode_text_is_never_converted() -> None:
    for text in ("Hà Nội", "Số: 12/UBND-KT", "Ông Nguyễn Văn A", "Café ñandú"):
        assert read_document(text.encode(), "a.txt").text == text
