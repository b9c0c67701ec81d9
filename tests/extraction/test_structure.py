from dondoc.extraction.readers import read_document
from dondoc.extraction.structure import match_marker, paragraphs, parse_structure

DOC = """CHỈ THỊ
Mở đầu không đánh số.
I. YÊU CẦU CHUNG
1. Sở Y tế: Chủ trì theo dõi.
2. Sở Kế hoạch và Đầu tư:
a) Theo dõi tiến độ.
- Kiểm tra hồ sơ.
b) Tham mưu giải ngân.
II. TỔ CHỨC THỰC HIỆN
2.1. Hoạt động khai mạc
"""


def test_it_builds_the_section_tree_with_path_labels() -> None:
    roots = parse_structure(read_document(DOC.encode(), "x.txt"))
    assert [r.label for r in roots] == ["I", "II"]
    first = roots[0]
    assert [c.label for c in first.children] == ["I.1", "I.2"]
    assert [c.label for c in first.children[1].children] == ["I.2.a", "I.2.b"]
    assert first.children[1].children[0].children[0].label == "I.2.a-1"
    assert roots[1].children[0].label == "II.1"


def test_a_section_spans_its_children() -> None:
    doc = read_document(DOC.encode(), "x.txt")
    roots = parse_structure(doc)
    heading = roots[0].children[1]
    assert doc.text[heading.span.start : heading.span.end].endswith("Tham mưu giải ngân.")


WRAPPED = """     1. Sở Tài chính
     - Chủ trì thẩm định dự toán kinh phí của
các đơn vị tham gia chương trình.
                                        3
     - Kiểm tra việc phân bổ và giao dự toán
theo quy định.
     Tăng cường giám sát sau khi cấp kinh phí cho
các đơn vị.
"""


def test_it_joins_wrapped_lines_and_skips_page_numbers() -> None:
    paras = paragraphs(read_document(WRAPPED.encode(), "x.txt"))
    assert [p.text for p in paras] == [
        "1. Sở Tài chính",
        "- Chủ trì thẩm định dự toán kinh phí của các đơn vị tham gia chương trình.",
        "- Kiểm tra việc phân bổ và giao dự toán theo quy định.",
        "Tăng cường giám sát sau khi cấp kinh phí cho các đơn vị.",
    ]


def test_ocr_specks_before_a_marker_are_skipped() -> None:
    assert match_marker(".: 3.2. Ban hành Quy chế") == ("number", "3.2.", 8)
    assert match_marker("Ban hành: 3.2. điều") is None


def test_a_wrapped_document_number_or_bracket_is_no_item_marker() -> None:
    assert match_marker("11/CT-UBND ngày 06/9/2023 của Chủ tịch UBND tỉnh") is None
    assert match_marker("1); cập nhật các chỉ tiêu") is None
    assert match_marker("1/ Sở Y tế chủ trì") == ("number", "1/", 3)
