from __future__ import annotations

import pytest

from dondoc.domain.text import fold, new_tone_placement


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Uỷ ban", "Ủy ban"),
        ("hoà", "hòa"),
        ("thuỷ điện", "thủy điện"),
        ("Hoà Bình", "Hòa Bình"),
        ("khoẻ", "khỏe"),
    ],
)
def test_it_moves_the_tone_of_a_final_vowel_pair(old: str, new: str) -> None:
    assert new_tone_placement(old) == new


@pytest.mark.parametrize("word", ["hoạch", "quý", "toàn"])
def test_it_leaves_other_syllables_alone(word: str) -> None:
    assert new_tone_placement(word) == word


def test_fold_ignores_case_marks_and_punctuation() -> None:
    assert fold("Sở KH&ĐT") == "so kh va dt"
