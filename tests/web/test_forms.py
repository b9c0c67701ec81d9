"""Form field parsing."""

from __future__ import annotations

from datetime import date

import pytest

from dondoc.domain.errors import InputError
from dondoc.web import forms


def test_it_refuses_html_in_a_text_field() -> None:
    with pytest.raises(InputError, match="không được chứa mã HTML"):
        forms.text({"x": "Đã xong <script>alert(1)</script>"}, "x", "Kết quả")


def test_it_keeps_comparisons_that_are_not_markup() -> None:
    assert forms.text({"x": "tỷ lệ < 5% và > 2%"}, "x", "Kết quả") == "tỷ lệ < 5% và > 2%"


def test_a_missing_required_field_is_named() -> None:
    with pytest.raises(InputError, match="Vui lòng nhập “Kết quả”"):
        forms.text({}, "x", "Kết quả")


def test_it_reads_iso_and_vietnamese_dates() -> None:
    assert forms.parse_day("2026-06-30", "Hạn") == date(2026, 6, 30)
    assert forms.parse_day("30/6/2026", "Hạn") == date(2026, 6, 30)
    with pytest.raises(InputError, match="không phải là ngày"):
        forms.parse_day("31/02/2026", "Hạn")


def test_it_bounds_integers() -> None:
    assert forms.integer({"p": "40"}, "p", "Tiến độ", low=0, high=100) == 40
    with pytest.raises(InputError, match="từ 0 đến 100"):
        forms.integer({"p": "140"}, "p", "Tiến độ", low=0, high=100)
