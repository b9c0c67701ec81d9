"""Vietnamese syllable shape: is a letter string one well-formed Vietnamese syllable?

Used to judge decodings (plausibility of a candidate encoding) and to find words glued
together by careless exports. Shape only (onset + vowel nucleus + coda, at most one tone
mark), no dictionary: "dân" and "tỉnh" are syllables, "dântỉnh" and "Cacbonat" are not.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}

_ONSETS = "ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x"
# Vowel clusters, glides included ("ai", "ươi"), longest first through the alternation order.
_NUCLEI = (
    "uyê|uyu|uya|ươu|ươi|uôi|uây|oeo|oay|oai|yêu|iêu|"
    "ươ|ưu|ưi|ưa|yê|uy|uơ|uô|uê|uâ|ui|ua|ơi|ôi|oi|oe|oă|oa|iu|iê|ia|êu|eo|ây|âu|ay|au|ao|ai|"
    "a|ă|â|e|ê|i|o|ô|ơ|u|ư|y"
)
_CODAS = "ch|ng|nh|c|m|n|p|t"
_SYLLABLE = re.compile(f"(?:{_ONSETS})?(?:{_NUCLEI})(?:{_CODAS})?")

VOWELS = "aăâeêioôơuưy"
_VOWELS_TONED = VOWELS + "àằầèềìòồờùừỳáắấéếíóốớúứýảẳẩẻểỉỏổởủửỷãẵẫẽễĩõỗỡũữỹạặậẹệịọộợụựỵ"
VOWEL_CHARS = _VOWELS_TONED + _VOWELS_TONED.upper()
CONSONANT_CHARS = "bcdđghklmnpqrstvxfjwz" + "bcdđghklmnpqrstvxfjwz".upper()
LETTER_CHARS = VOWEL_CHARS + CONSONANT_CHARS


@lru_cache(maxsize=8192)
def is_syllable(word: str) -> bool:
    """True when ``word`` (any case, NFC) has the shape of one Vietnamese syllable."""
    if not word or len(word) > 7:
        return False
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = sum(1 for ch in decomposed if ch in _TONE_MARKS)
    if tones > 1:
        return False
    base = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in _TONE_MARKS))
    return _SYLLABLE.fullmatch(base) is not None


_WORD = re.compile(f"[{LETTER_CHARS}]+")


def plausibility(text: str, *, limit: int = 4000) -> float:
    """Share of the words of ``text`` (first ``limit`` words) shaped like Vietnamese syllables."""
    words = _WORD.findall(text, 0, 200_000)[:limit]
    if not words:
        return 0.0
    return sum(1 for w in words if is_syllable(w)) / len(words)
