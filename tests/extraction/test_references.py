"""Cited documents on small hand-written fixtures."""

from __future__ import annotations

from datetime import date

from dondoc.extraction.doctypes import type_from_name, type_from_symbol
from dondoc.extraction.model import Header, Reference, TextDocument
from dondoc.extraction.references import find_references


def _refs(text: str, header: Header | None = None) -> list[Reference]:
    doc = TextDocument(name="fixture.txt", format="txt", text=text, blocks=[])
    return find_references(doc, header or Header())


def _numbers(text: str, header: Header | None = None) -> list[str]:
    return [r.number for r in _refs(text, header)]


def test_it_reads_number_type_date_and_issuer_of_a_citation() -> None:
    (ref,) = _refs("Thực hiện Nghị quyết số 01/NQ-CP ngày 01/01/2021 của Chính phủ về nhiệm vụ năm 2021;")
    assert (ref.number, ref.type, ref.date, ref.issuer) == (
        "01/NQ-CP",
        "Nghị quyết",
        date(2021, 1, 1),
        "Chính phủ",
    )


def test_it_reads_party_and_legal_numbers_with_wordy_dates() -> None:
    refs = _refs(
        "Căn cứ Nghị quyết số 02-NQ/TU ngày 08/12/2020 của Tỉnh ủy; Nghị định số 30/2020/NĐ-CP "
        "ngày 05 tháng 3 năm 2020 của Chính phủ; Luật số 72/2025/QH15 và Kết luận số 12-KL/TW."
    )
    by_number = {r.number: r for r in refs}
    assert set(by_number) == {"02-NQ/TU", "30/2020/NĐ-CP", "72/2025/QH15", "12-KL/TW"}
    assert by_number["30/2020/NĐ-CP"].date == date(2020, 3, 5)
    assert by_number["30/2020/NĐ-CP"].type == "Nghị định"
    assert by_number["72/2025/QH15"].type == "Luật"
    assert by_number["12-KL/TW"].type == "Kết luận"


def test_it_reads_every_number_of_a_list() -> None:
    assert _numbers("các Nghị quyết số 01/NQ-CP, 02/NQ-CP và 63/NQ-CP của Chính phủ") == [
        "01/NQ-CP",
        "02/NQ-CP",
        "63/NQ-CP",
    ]


def test_it_joins_symbols_broken_by_ocr_or_line_ends() -> None:
    assert _numbers("Nghị quyết số 17/NQ- CP ngày 07/3/2019 và Thông tư số 47/2024/TT-\nBGTVT của Bộ") == [
        "17/NQ-CP",
        "47/2024/TT-BGTVT",
    ]


def test_it_skips_the_documents_own_number_and_dedupes() -> None:
    header = Header(number="04/CT-UBND", type="Chỉ thị")
    text = "UBND tỉnh ban hành Chỉ thị số 04/CT-UBND. Theo Quyết định số 57/QĐ-UBND; Quyết định 57/QĐ-UBND."
    assert _numbers(text, header) == ["57/QĐ-UBND"]


def test_it_keeps_loose_numbers_after_a_document_word_only_with_a_date() -> None:
    text = (
        "Công ty A tại Văn bản số 21.4/GĐN ngày 21/4/2026; Công ty B tại Công văn số 02 ngày 21/4/2026; "
        "thực hiện Đề án số 08 về công nghiệp; cơn bão số 3."
    )
    assert _numbers(text) == ["21.4/GĐN", "02"]


def test_it_reads_technical_regulations_with_their_issuer() -> None:
    assert _numbers("theo QCVN 05A:2020/BCT và hệ thống TCVN 9001:2008") == ["QCVN 05A:2020/BCT"]


def test_it_drops_a_footnote_call_glued_to_a_number() -> None:
    text = "theo Nghị định số 105/2025/NĐ-CP2, và Luật số 42/2024/QH151.\n2 Nghị định số 105/2025/NĐ-CP ngày 15/5/2025"
    assert _numbers(text) == ["105/2025/NĐ-CP", "42/2024/QH15"]


def test_it_skips_the_appendix_caption_of_the_document_itself() -> None:
    header = Header(type="Quyết định")
    assert _numbers("(Ban hành kèm theo Quyết định số {†40/QĐ-UBND ngày 6/2016)", header) == []


def test_it_does_not_take_dates_or_plain_numbers_for_references() -> None:
    assert _numbers("Hoàn thành trước ngày 29/6/2026; đạt 1,2 triệu; Covid-19; Khoản 3 Điều 5.") == []


def test_it_maps_symbols_and_type_lines_to_types() -> None:
    assert type_from_symbol("04/CT-UBND") == "Chỉ thị"
    assert type_from_symbol("12/UBND-VX") == "Công văn"
    assert type_from_symbol("153-BC/BCS") == "Báo cáo"
    assert type_from_symbol("36/2006/CT-TTg") == "Chỉ thị"
    assert type_from_name("CHÍ THỊ") == "Chỉ thị"
    assert type_from_name("QUYÉT ĐỊNH") == "Quyết định"
