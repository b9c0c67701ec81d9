"""Decree 30 header parsing on small hand-written fixtures."""

from __future__ import annotations

from datetime import date

from dondoc.extraction.header import parse_header
from dondoc.extraction.model import Header, TextDocument


def _doc(text: str) -> TextDocument:
    return TextDocument(name="fixture.txt", format="txt", text=text, blocks=[])


def _header(text: str) -> Header:
    return parse_header(_doc(text))


TWO_COLUMNS = """\
      ỦY BAN NHÂN DÂN                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        TỈNH LÀO CAI                            Độc lập - Tự do - Hạnh phúc

       Số: 2496 /UBND-KT                       Lào Cai, ngày 06 tháng 4 năm 2026
 V/v triển khai thực hiện thủ tục cấp
Giấy phép vận chuyển hàng hoá

                              Kính gửi: Sở Công Thương.

         Giao Sở Công Thương chủ trì thực hiện./.

   Nơi nhận:                                             TL. CHỦ TỊCH
   - Như trên;
   - Chủ tịch UBND tỉnh;                            KT. CHÁNH VĂN PHÒNG
   - Phó CTUBND tỉnh Ngô Hạnh Phúc;                 PHÓ CHÁNH VĂN PHÒNG
   - Lưu: VT, KT (Long).


                                                           Bùi Ngọc Hùng
"""


def test_it_reads_a_two_column_layout_header() -> None:
    h = _header(TWO_COLUMNS)
    assert h.number == "2496/UBND-KT"
    assert h.date == date(2026, 4, 6)
    assert h.place == "Lào Cai"
    assert h.issuer == "Ủy ban nhân dân tỉnh Lào Cai"
    assert h.type == "Công văn"
    assert h.subject == "V/v triển khai thực hiện thủ tục cấp Giấy phép vận chuyển hàng hoá"


def test_it_takes_the_signer_from_the_right_of_the_recipient_list() -> None:
    h = _header(TWO_COLUMNS)
    assert h.signer is not None
    assert h.signer.name == "Bùi Ngọc Hùng"
    assert h.signer.title == "Phó Chánh Văn phòng"
    assert h.signer.authority == "KT."
    assert "Chủ tịch UBND tỉnh" in h.recipients
    assert "Sở Công Thương" in h.recipients
    assert not any(r.startswith(("Như trên", "Lưu")) for r in h.recipients)


def test_it_finds_number_date_and_issuer_of_a_news_wrapped_document() -> None:
    text = (
        "Chỉ thị về phát triển kinh tế - xã hội những tháng cuối năm 2021\n"
        "Thứ Ba, 10/08/2021, 15:07 [GMT+7]\n"
        "Đài TV – Ngày 6/8/2021, UBND tỉnh Điện Biên ban hành Chỉ thị số 04/CT-UBND về các nhiệm vụ.\n"
        "CHỈ THỊ\n"
        "về các nhiệm vụ, giải pháp chủ yếu năm 2021\n"
        "Năm 2021 là năm đầu của nhiệm kỳ.\n"
        "TM. ỦY BAN NHÂN DÂN\n"
        "CHỦ TỊCH\n"
        "Lê Thành Đô\n"
    )
    h = _header(text)
    assert h.type == "Chỉ thị"
    assert h.number == "04/CT-UBND"
    assert h.date == date(2021, 8, 6)
    assert h.issuer == "Ủy ban nhân dân tỉnh Điện Biên"
    assert h.subject == "Về các nhiệm vụ, giải pháp chủ yếu năm 2021"
    assert h.signer is not None and h.signer.name == "Lê Thành Đô" and h.signer.title == "Chủ tịch"


def test_it_leaves_a_blank_draft_number_unset() -> None:
    text = (
        "UBND TỈNH LÀO CAI\nSỞ CÔNG THƯƠNG\n\nSố:           /KH-SCT\n\n"
        "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nLào Cai,  ngày       tháng 4 năm 2026\n\n"
        "KẾ HOẠCH\nKiểm tra vật liệu nổ công nghiệp\n\nCăn cứ Luật Hóa chất;\n"
    )
    h = _header(text)
    assert h.number is None
    assert h.date is None
    assert h.type == "Kế hoạch"
    assert h.issuer == "Sở Công Thương tỉnh Lào Cai"
    assert h.parent_issuer == "Ủy ban nhân dân tỉnh Lào Cai"
    assert h.subject == "Kiểm tra vật liệu nổ công nghiệp"


def test_it_names_a_bare_office_after_its_body() -> None:
    text = (
        "UBND TỈNH LÀO CAI\nVĂN PHÒNG\n\nSố:  /TB-VP\nLào Cai, ngày 2 tháng 6 năm 2026\nTHÔNG BÁO\nKết luận\n"
    )
    assert _header(text).issuer == "Văn phòng Ủy ban nhân dân tỉnh Lào Cai"


def test_it_reads_a_party_number() -> None:
    text = (
        "TỈNH ỦY ĐIỆN BIÊN                 ĐẢNG CỘNG SẢN VIỆT NAM\n"
        "        *\n"
        "Số 02-NQ/TU                  Điện Biên, ngày 08 tháng 12 năm 2020\n"
        "NGHỊ QUYẾT\n"
        "về phát triển kinh tế - xã hội năm 2021\n"
    )
    h = _header(text)
    assert h.number == "02-NQ/TU"
    assert h.type == "Nghị quyết"
    assert h.date == date(2020, 12, 8)
    assert h.issuer == "Tỉnh ủy Điện Biên"


def test_it_uses_the_symbol_when_there_is_no_type_line() -> None:
    text = "ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: 12/TB-UBND\nHà Tĩnh, ngày 3 tháng 1 năm 2017\n"
    assert _header(text).type == "Thông báo"


def test_it_reads_ocr_glued_columns_and_repairs_the_place_name() -> None:
    text = (
        "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "TĨNH QUANG NGAÀI Độc lập - Tự do - Hạnh phúc\n"
        "Số: 565 /TB-UBND Quảng Ngãi, ngày 15 thắng 11 năm 2024\n"
        "THÔNG BÁO\n"
        "Kết luận của Phó Chủ tịch\n"
    )
    h = _header(text)
    assert h.issuer == "Ủy ban nhân dân tỉnh Quảng Ngãi"
    assert h.number == "565/TB-UBND"
    assert h.date == date(2024, 11, 15)


def test_it_takes_a_garbled_number_from_the_appendix_caption() -> None:
    text = (
        "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "TỈNH HÀ TĨNH Độc lập - Tự do - Hạnh phúc\n"
        "Số: 44é /KH-UBND Hà Tĩnh, ngày ä§ tháng 12 năm 2016\n"
        "KẾ HOẠCH\nỨng dụng công nghệ thông tin\n"
        "Nội dung.\n"
        "PHỤ LỤC\n(Kèm theo Kế hoạch số 496 /KH-UBND ngày 30/12/2016 của UBND tỉnh)\n"
    )
    h = _header(text)
    assert h.number == "496/KH-UBND"
    assert h.date == date(2016, 12, 30)


def test_it_reads_a_three_line_tm_kt_block_without_columns() -> None:
    text = (
        "Nơi nhận:\n- Như trên;\n- Sở Tư pháp;\n- Lưu: VT, KT.\n\n"
        "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n(Đã ký)\n\nNguyễn Thành Sinh\n"
    )
    h = _header(text)
    assert h.signer is not None
    assert (h.signer.name, h.signer.title, h.signer.authority) == ("Nguyễn Thành Sinh", "Phó Chủ tịch", "KT.")
    assert h.signer.on_behalf_of == "Ủy ban nhân dân"
    assert h.recipients == ["Sở Tư pháp"]


def test_it_finds_a_name_glued_to_a_recipient_line_by_ocr() -> None:
    text = (
        "Nơi nhận: CHỦ TỊCH\n- Thủ tướng Chính phủ (b/cáo);\n"
        "- Mặt trận và các tổ chức chính trị-xã hội tỉnh; Đặng Văn Minh\n- Lưu: VT.\n"
    )
    h = _header(text)
    assert h.signer is not None and h.signer.name == "Đặng Văn Minh"


def test_it_does_not_take_a_place_in_a_recipient_line_for_a_name() -> None:
    text = "Nơi nhận:\n- Ủy ban nhân dân tỉnh Đồng Nai.\n\nKT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\n\nPhạm Mạnh Cường\n"
    h = _header(text)
    assert h.signer is not None
    assert h.signer.name == "Phạm Mạnh Cường"
    assert h.signer.title == "Phó Chủ nhiệm"


def test_it_lists_kinh_gui_dash_recipients() -> None:
    text = "Kính gửi:\n- Các Sở, ban, ngành thuộc tỉnh;\n- Công an tỉnh;\n- Ủy ban nhân dân các xã, phường.\n\nNội dung.\n"
    assert _header(text).recipients == [
        "Các Sở, ban, ngành thuộc tỉnh",
        "Công an tỉnh",
        "Ủy ban nhân dân các xã, phường",
    ]


def test_it_does_not_take_a_body_heading_for_the_type_line() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 12/UBND-KT\nLào Cai, ngày 3 tháng 1 năm 2026\n"
        "V/v báo cáo tình hình\nKính gửi: Sở Tài chính.\n1. BÁO CÁO\nNội dung.\n"
    )
    h = _header(text)
    assert h.type == "Công văn"
    assert h.subject == "V/v báo cáo tình hình"
