"""Wrapped lines that start with a lower-case Vietnamese letter, and item letters garbled by OCR."""

from dondoc.extraction.readers import read_document
from dondoc.extraction.structure import match_marker, paragraphs

WRAPPED = (
    "1. Sở Tài chính\n"
    "- Chủ trì, thẩm định chặt chẽ điều kiện về vốn chủ sở hữu của\n"
    "tổ chức, cá nhân khi tham mưu trình cấp có thẩm quyền chấp thuận chủ trương\n"
    "đầu tư đối với dự án khai thác khoáng sản; bảo đảm tổ chức, cá nhân khai thác khoáng sản đáp ứng đầy đủ "
    "yêu cầu về năng lực tài chính, kỹ thuật và bảo vệ môi trường; kiểm tra việc nộp tiền cấp quyền; bảo đảm "
    "năng lực tài chính.\n"
    "- Theo dõi, hướng dẫn các chủ đầu tư.\n"
)


def test_a_line_starting_with_a_lower_case_accented_letter_continues_the_paragraph() -> None:
    paras = paragraphs(read_document(WRAPPED.encode(), "x.txt"))
    assert [p.body[:20] for p in paras] == ["Sở Tài chính", "Chủ trì, thẩm định c", "Theo dõi, hướng dẫn "]
    assert paras[1].body.endswith("bảo đảm năng lực tài chính.")


def test_garbled_item_letters_still_open_an_item() -> None:
    assert match_marker("ø) Củng cố đội ngũ giám định viên.") == ("letter", "ø)", 3)
    assert match_marker(".©) Sở Kế hoạch và Đầu tư: Tham mưu.") == ("letter", ".©)", 4)
    assert match_marker("TP) Hà Nội") is None
    assert match_marker("ha) thì") is None


def test_a_garbled_item_after_a_sentence_starts_a_new_paragraph() -> None:
    text = (
        "a) Tăng cường tuyên truyền, vận động Nhân dân tham gia phát hiện, tố giác hành vi tham nhũng.\n"
        "đd) Tiếp tục thực hiện các phương án phòng, chống dịch.\n"
    )
    paras = paragraphs(read_document(text.encode(), "x.txt"))
    assert [p.marker for p in paras] == ["a)", "đd)"]


def test_a_hyphenated_name_wrapped_at_its_dash_is_not_a_dash_item() -> None:
    text = (
        "1. Công an Thành phố bảo đảm an ninh, trật tự, phòng cháy chữa cháy, phân luồng giao thông và đảm bảo\n"
        "an toàn cho đại biểu, khách mời tham gia các hoạt động trong chương trình Festival Thăng Long\n"
        "- Hà Nội lần thứ II năm 2026.\n"
        "- Bố trí lực lượng ứng trực.\n"
    )
    paras = paragraphs(read_document(text.encode(), "x.txt"))
    assert [p.marker for p in paras] == ["1.", "-"]
    assert "Thăng Long - Hà Nội lần thứ II" in paras[0].body


LAYOUT = (
    "       2. Giao Sở Xây dựng\n"
    "      Chủ trì, phối hợp với Công an tỉnh và các sở, ngành, địa phương có liên quan tổ chức hướng\n"
    " dẫn triển khai thực hiện Quyết định số 1074/QĐ-BXD; hướng dẫn việc áp dụng các giải pháp kỹ\n"
    "thuật nâng cao an toàn phòng cháy, chữa cháy đối với các cơ sở, công trình thuộc đối tượng áp dụng.\n"
    "      Đồng thời, chủ trì phối hợp với Công an tỉnh tăng cường công tác kiểm tra, đôn đốc việc triển\n"
    " khai thực hiện trên địa bàn tỉnh; tổng hợp tình hình, kết quả thực hiện, tham mưu Ủy ban nhân dân tỉnh\n"
    "chỉ đạo xử lý các nội dung phát sinh.\n"
    "       3. Tổ chức thực hiện\n"
)


def test_a_sentence_indented_deeper_than_the_continuation_above_opens_a_paragraph() -> None:
    paras = paragraphs(read_document(LAYOUT.encode(), "x.txt"))
    assert [p.body[:11] for p in paras] == ["Giao Sở Xây", "Chủ trì, ph", "Đồng thời, ", "Tổ chức thự"]


def test_a_blank_line_between_a_full_stop_and_a_capital_ends_a_paragraph() -> None:
    text = (
        "8. Hiệp hội Doanh nghiệp tỉnh: Tuyên truyền, hướng dẫn các Hội viên chuẩn bị đầy đủ các điều kiện\n"
        "cần thiết để tham gia sử dụng hóa đơn điện tử; tổng hợp, phản ánh kịp thời những khó khăn.\n"
        "\n"
        "Yêu cầu Thủ trưởng các Sở, ban, ngành tỉnh khẩn trương triển khai thực hiện Chỉ thị này./.\n"
    )
    paras = paragraphs(read_document(text.encode(), "x.txt"))
    assert [p.text[:9] for p in paras] == ["8. Hiệp h", "Yêu cầu T"]
