from __future__ import annotations

from dondoc.extraction.readers import read_document

from .helpers import assert_well_formed, cp1258_bytes

NEWS = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Tin tức - Báo tỉnh</title>
<style>p { color: red }</style><script>var menu = "Trang chủ";</script></head>
<body><header class="site-header"><nav><ul><li>Trang chủ</li><li>Thời sự</li></ul></nav></header>
<div class="breadcrumb">Trang chủ / Chính trị</div>
<div class="detail"><h1 class="title">UBND tỉnh ban hành Chỉ thị số 04/CT-UBND</h1>
<p class="sapo">Ngày 6/8/2021, UBND tỉnh Điện Biên ban hành Chỉ thị số 04/CT-UBND về nhiệm vụ trọng tâm.</p>
<div class="content"><p>1. Giao Sở Nông nghiệp chủ trì triển khai.</p>
<p>2. Các sở, ngành phối hợp<br>thực hiện nghiêm túc.</p>
<table><tr><th>Nội dung</th><th>Cơ quan chủ trì</th><th>Cơ quan phối hợp</th><th>Thời gian</th></tr>
<tr><td>Rà soát quy hoạch</td><td>Sở Xây dựng</td><td>UBND các huyện</td><td>Quý IV/2021</td></tr></table>
<div class="share-buttons">Chia sẻ Facebook</div></div>
<div class="related-news"><p>Tin liên quan: lễ hội mùa xuân</p></div></div>
<footer>Bản quyền Báo Điện Biên</footer></body></html>"""


def test_it_keeps_title_lead_and_content_and_drops_chrome() -> None:
    doc = read_document(NEWS.encode(), "tin.html")
    assert doc.format == "html"
    lines = [b.text for b in doc.blocks]
    assert lines[0] == "UBND tỉnh ban hành Chỉ thị số 04/CT-UBND"
    assert lines[1].startswith("Ngày 6/8/2021")
    assert "2. Các sở, ngành phối hợp" in lines
    assert "thực hiện nghiêm túc." in lines
    for chrome in ("Trang chủ", "Chia sẻ", "Tin liên quan", "Bản quyền", "color", "var menu"):
        assert chrome not in doc.text
    rows = [b for b in doc.blocks if b.kind == "table_row"]
    assert rows[0].cells == ("Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian")
    assert rows[1].cells[1] == "Sở Xây dựng"
    assert_well_formed(doc)


def test_it_honours_a_declared_windows_1258_charset() -> None:
    body = "<p>Ủy ban nhân dân tỉnh yêu cầu các sở phối hợp thực hiện.</p>"
    data = b'<html><head><meta charset="windows-1258"></head><body>' + cp1258_bytes(body) + b"</body></html>"
    doc = read_document(data, "a.htm")
    assert doc.text == "Ủy ban nhân dân tỉnh yêu cầu các sở phối hợp thực hiện."


def test_it_sniffs_html_markup_whatever_the_name() -> None:
    doc = read_document(b"<html><body><p>Xin ch\xc3\xa0o</p></body></html>", "trang.txt")
    assert doc.format == "html"
    assert doc.text == "Xin chào"


def test_it_splits_words_glued_by_an_html_export() -> None:
    doc = read_document("<p>Ủy ban nhân dântỉnh Lào Cai</p>".encode(), "a.html")
    assert doc.text == "Ủy ban nhân dân tỉnh Lào Cai"
    assert doc.raw == "Ủy ban nhân dântỉnh Lào Cai"


def test_a_decree_header_table_reads_column_by_column() -> None:
    page = (
        "<body><table><tr><td>ỦY BAN NHÂN DÂN<br>TỈNH QUẢNG NGÃI</td>"
        "<td>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</td></tr>"
        "<tr><td>Số: 16/CT-UBND</td><td>Quảng Ngãi, ngày 20 tháng 12 năm 2021</td></tr></table>"
        "<p>CHỈ THỊ</p></body>"
    )
    doc = read_document(page.encode(), "ct.html")
    assert [b.text for b in doc.blocks] == [
        "ỦY BAN NHÂN DÂN",
        "TỈNH QUẢNG NGÃI",
        "Số: 16/CT-UBND",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Quảng Ngãi, ngày 20 tháng 12 năm 2021",
        "CHỈ THỊ",
    ]


def test_a_layout_table_is_read_as_content_not_rows() -> None:
    page = (
        "<body><table><tr><td><p>Điều 1. Giao Sở Y tế.</p><p>Điều 2. Hiệu lực.</p></td></tr></table></body>"
    )
    doc = read_document(page.encode(), "a.html")
    assert [b.text for b in doc.blocks] == ["Điều 1. Giao Sở Y tế.", "Điều 2. Hiệu lực."]
    assert all(b.kind == "para" for b in doc.blocks)
