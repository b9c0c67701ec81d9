"""Vietnamese text keys for matching (never applied to stored text)."""

from __future__ import annotations

import re
import unicodedata

# Old-style tone placement -> new style, on the vowel pair (applied to lower-case NFC text).
_TONE_PAIRS = {
    "oà": "òa",
    "oá": "óa",
    "oả": "ỏa",
    "oã": "õa",
    "oạ": "ọa",
    "oè": "òe",
    "oé": "óe",
    "oẻ": "ỏe",
    "oẽ": "õe",
    "oẹ": "ọe",
    "uỳ": "ùy",
    "uý": "úy",
    "uỷ": "ủy",
    "uỹ": "ũy",
    "uỵ": "ụy",
}
# Only a syllable-final pair moves its mark ("hoà", "thuỷ"); "hoạch" and "quý" stay as they are.
_TONE_RE = re.compile(r"(?<!q)(?:" + "|".join(_TONE_PAIRS) + r")(?!\w)")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def new_tone_placement(text: str) -> str:
    """'hoà' -> 'hòa', 'Uỷ' -> 'Ủy' (case kept on the first letter only where it was upper)."""

    def swap(m: re.Match[str]) -> str:
        return _TONE_PAIRS[m.group(0)]

    lower = nfc(text)
    out = _TONE_RE.sub(swap, lower.lower())
    return "".join(o.upper() if c.isupper() else o for c, o in zip(lower, out, strict=True))


def fold(text: str) -> str:
    """Case-, diacritic- and punctuation-insensitive key: 'Sở KH&ĐT' -> 'so kh va dt'."""
    text = unicodedata.normalize("NFD", text)
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Mn")
    text = text.replace("đ", "d").replace("Đ", "D").lower().replace("&", " va ")
    text = re.sub(r"[^0-9a-z]+", " ", text)
    return " ".join(text.split())
