from dondoc.extraction.numbers import find_numbers, parse_vn_number


def test_it_reads_a_decimal_comma() -> None:
    assert parse_vn_number("3,65") == 3.65


def test_it_reads_dot_thousands_with_a_decimal_comma() -> None:
    assert parse_vn_number("1.234,5") == 1234.5


def test_it_reads_dot_groups_as_thousands() -> None:
    assert parse_vn_number("12.000") == 12000
    assert parse_vn_number("1.234.567") == 1234567


def test_it_reads_a_percentage() -> None:
    assert parse_vn_number("95%") == 95


def test_it_reads_english_style_when_unambiguous() -> None:
    assert parse_vn_number("1,234.5") == 1234.5
    assert parse_vn_number("1,234,567") == 1234567


def test_it_reads_a_single_point_as_a_decimal_point() -> None:
    assert parse_vn_number("2.80") == 2.8


def test_it_rejects_what_is_not_a_number() -> None:
    assert parse_vn_number("abc") is None
    assert parse_vn_number("1,2,3") is None
    assert parse_vn_number("") is None


def test_it_finds_numbers_with_their_spans() -> None:
    text = "GRDP tăng 3,65% và thu 1.234,5 tỷ đồng"
    found = find_numbers(text)
    assert [n.value for n in found] == [3.65, 1234.5]
    assert text[found[0].span.start : found[0].span.end] == "3,65%"
    assert found[0].percent and not found[1].percent


def test_it_skips_dates_and_document_numbers() -> None:
    assert find_numbers("Quyết định số 12/QĐ-UBND ngày 15/9/2021") == []
