"""Tone marks OCR lost on stop-final syllables and misread in a few set phrases."""

import pytest

from dondoc.extraction.readers import read_document
from dondoc.extraction.readers.ocr_tones import repair_text


@pytest.mark.parametrize(
    ("damaged", "repaired"),
    [
        ("UBND câp huyện, Câp xã", "UBND cấp huyện, Cấp xã"),
        ("câp nhật dữ liệu", "cập nhật dữ liệu"),  # the next word decides the tone
        ("sản xuât kinh doanh; kêt quả", "sản xuất kinh doanh; kết quả"),
        # the set phrases are repaired in a text that shows OCR damage elsewhere ("câp")
        (
            "UBND câp tỉnh; các sở, ban, ngành, đoàn thê tỉnh và các tô chức",
            "UBND cấp tỉnh; các sở, ban, ngành, đoàn thể tỉnh và các tổ chức",
        ),
        ("UBND câp huyện; UBND huyện, thành phó, thị xã", "UBND cấp huyện; UBND huyện, thành phố, thị xã"),
        ("Viêt Nam", "Việt Nam"),
    ],
)
def test_a_lost_or_misread_mark_is_given_back(damaged: str, repaired: str) -> None:
    assert repair_text(damaged) == repaired


def test_a_clean_text_is_left_as_it_is_even_with_words_a_pair_would_repair() -> None:
    # no toneless stop-final syllable anywhere: no sign of OCR damage, so "tô chức" is not looked at
    text = "Phó Chủ tịch thành phố; bát tô chức năng"
    assert repair_text(text) == text


def test_an_unknown_damaged_syllable_is_not_guessed() -> None:
    assert repair_text("câp và xôp") == "cấp và xôp"


def test_the_repaired_text_keeps_the_source_wording_for_quotes() -> None:
    doc = read_document("1. UBND câp huyện chủ trì, phối hợp với các tô chức đoàn thê.\n".encode(), "x.txt")
    assert "UBND cấp huyện" in doc.text and "các tổ chức đoàn thể" in doc.text
    span = doc.blocks[0].span
    assert doc.source_text(span) == "1. UBND câp huyện chủ trì, phối hợp với các tô chức đoàn thê."
