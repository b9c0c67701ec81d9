"""Bytes of a plain-text file -> Unicode text, and which encoding it was.

Order of decisions: a BOM (UTF-8, UTF-16); UTF-16 without BOM (NUL bytes in every other
position); strict UTF-8; otherwise a single-byte file, either Windows-1258 (tone marks as
combining characters) or a legacy Vietnamese font encoding (TCVN3/ABC, VNI) read through
Latin-1. The single-byte candidates are compared by Vietnamese plausibility: the share of
words shaped like Vietnamese syllables. UTF-8 text that still shows legacy-font letters
("Céng hoµ") is converted as well.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from dondoc.extraction.errors import ReadError
from dondoc.extraction.readers.syllables import plausibility

NOT_TEXT = "không phải văn bản"
_LEGACY_NAMES = {"tcvn3": "TCVN3 (ABC)", "vni": "VNI"}
# Characters that legacy font encodings produce and that Vietnamese Unicode text never has.
_LEGACY_HINTS = re.compile("[¡¢£¤¥¦§¨©ª«¬\xad®µ¶·¸¹»¼½¾ÄÅÆÇËÎÏÐÑÖ×ØÛÜÞßäåæçëîïñö÷øûüþ]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def _legacy(text: str) -> tuple[str, str] | None:
    """(converted text, encoding name) when ``text`` is legacy-font Vietnamese, else None."""
    sample = text[:20000]
    if _plainly_unicode(sample):
        return None  # plainly Unicode Vietnamese already: skip the scan
    # Legacy-font Vietnamese is dense with these (most words carry one); stray OCR symbols are not.
    if len(_LEGACY_HINTS.findall(sample)) < max(3, len(sample) // 50):
        return None
    import viparse  # heavy import, only for suspected legacy text

    found = viparse.detect_text_encoding(sample)
    if found not in _LEGACY_NAMES:
        return None
    converted = viparse.fix(text, encoding=found)
    if plausibility(converted) <= plausibility(text):
        return None
    return unicodedata.normalize("NFC", converted), str(found)


def _plainly_unicode(sample: str) -> bool:
    """More than one character in 50 is one of the commonest Unicode-only Vietnamese letters (the
    counts stop as soon as the share is reached)."""
    total = 0
    for ch in "ươđạảấầậếềệốồộ":
        total += sample.count(ch)
        if total * 50 > len(sample):
            return True
    return False


def _control_ratio(text: str) -> float:
    sample = text[:4096]
    if not sample:
        return 0.0
    return len(_CONTROL.findall(sample)) / len(sample)


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4000]
    if len(sample) < 4 or len(data) % 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    codec = (
        "utf-16-be"
        if even > 0.3 * half and odd == 0
        else "utf-16-le"
        if odd > 0.3 * half and even == 0
        else None
    )
    if codec is None:
        return None
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


def decode_text(data: bytes, name: str) -> tuple[str, str, list[str]]:
    """(NFC text, encoding, notes). Raises ReadError when the bytes are not text."""
    notes: list[str] = []
    text: str | None = None
    encoding = "utf-8"
    try:
        if data.startswith(codecs.BOM_UTF8):
            text = data[3:].decode("utf-8")
        elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            text, encoding = data.decode("utf-16"), "utf-16"
    except UnicodeDecodeError:
        raise ReadError(name, "tệp văn bản bị hỏng (sai bảng mã Unicode)") from None
    if text is None:
        text = _utf16_without_bom(data)
        if text is not None:
            encoding = "utf-16"
    if text is None:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = None
    if text is None:
        text, encoding = _single_byte(data, name)
        if encoding == "cp1258":
            notes.append("đã chuyển từ bảng mã Windows-1258 sang Unicode")
    elif text and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
        notes.append("đã chuẩn hóa dấu tiếng Việt về dạng dựng sẵn (NFC)")
    if encoding in ("utf-8", "utf-16"):
        legacy = _legacy(text)
        if legacy is not None:
            text, encoding = legacy
    if encoding in _LEGACY_NAMES:
        notes.append(f"đã chuyển từ bảng mã {_LEGACY_NAMES[encoding]} sang Unicode")
    if "\x00" in text[:4096] or _control_ratio(text) > 0.05:
        raise ReadError(name, NOT_TEXT)
    return text, encoding, notes


def _single_byte(data: bytes, name: str) -> tuple[str, str]:
    if data[:20000].count(0):
        raise ReadError(name, NOT_TEXT)
    latin = data.decode("latin-1")
    legacy = _legacy(latin)
    cp = unicodedata.normalize("NFC", data.decode("cp1258", errors="replace"))
    if legacy is not None and plausibility(legacy[0]) > plausibility(cp):
        return legacy
    if cp.count("\ufffd") > max(2, len(cp) // 100):
        raise ReadError(name, "không nhận ra bảng mã của tệp văn bản")
    return cp, "cp1258"
