"""Issuing body names: from capitalised header lines to the official name in sentence case.

"ỦY BAN NHÂN DÂN" / "TỈNH ĐIỆN BIÊN" -> "Ủy ban nhân dân tỉnh Điện Biên"; "UBND TỈNH LÀO CAI" /
"SỞ CÔNG THƯƠNG" -> issuer "Sở Công Thương tỉnh Lào Cai", parent "Ủy ban nhân dân tỉnh Lào Cai";
a bare "VĂN PHÒNG" under its body is "Văn phòng Ủy ban nhân dân tỉnh Lào Cai".
"""

from __future__ import annotations

import difflib
import re

from dondoc.extraction.doctypes import fold
from dondoc.extraction.mention_lexicon import _DEPARTMENT_RE, _OFFICIAL

# Words that open a new body's name (folded): a line starting with one is a new unit.
_HEADS = re.compile(
    r"^(uy ban|ubnd|hoi dong|hdnd|so |bo |cuc |tong cuc|chi cuc|van phong|ban |phong |trung tam|"
    r"vu |thanh tra|tinh uy|thanh uy|huyen uy|dang uy|cong an|bo chi huy|kho bac|thu tuong|"
    r"chinh phu|quoc hoi|dang bo|ngan hang|bao hiem|hoi |lien doan|doan |cong ty|tap doan)"
)
_LOCAL_PARENT = re.compile(r"^(uy ban nhan dan|hoi dong nhan dan|tinh uy|thanh uy|huyen uy)\b")
_LOCALITY = re.compile(r"\b(tỉnh|thành phố|huyện|quận|thị xã|thị trấn|xã|phường)\s+(\S.*)$")
_ABBREVIATIONS = (
    (re.compile(r"\bUBND\b", re.IGNORECASE), "Ủy ban nhân dân"),
    (re.compile(r"\bHĐND\b", re.IGNORECASE), "Hội đồng nhân dân"),
    (re.compile(r"\bUBMTTQ(?:VN)?\b", re.IGNORECASE), "Ủy ban Mặt trận Tổ quốc Việt Nam"),
    (re.compile(r"\bTP\.?\s", re.IGNORECASE), "thành phố "),
)
# Official capitalisations kept inside a sentence-case name.
OFFICIAL = (
    "Ủy ban nhân dân",
    "Hội đồng nhân dân",
    "Ủy ban Mặt trận Tổ quốc Việt Nam",
    "Công Thương",
    "Chính phủ",
    "Thủ tướng",
    "Quốc hội",
    "Việt Nam",
    "Nhà nước",
    "Trung ương",
    "Tỉnh ủy",
    "Thành ủy",
    "Ban Thường vụ",
    "Bộ Chính trị",
    "Ban Bí thư",
)
# (lower-case name, its pattern, the official form), for sentence_case
_OFFICIAL_SUBS = tuple(
    (name.lower(), re.compile(r"\b" + re.escape(name.lower()) + r"\b"), name) for name in OFFICIAL
)
_BLANKS = re.compile(r"\s+")
_HEAD_WORD = re.compile(r"^(?:sở|bộ) ")
_PARTY_PLACE = re.compile(r"\b(Tỉnh ủy|Thành ủy|Huyện ủy|Đảng ủy)\s+(\S.*)$")
_OCR_TINH = re.compile(r"^(.*?\b)(tĩnh|tình|tinh)\s+(\S.*)$")


def expand_abbreviations(text: str) -> str:
    for pattern, full in _ABBREVIATIONS:
        text = pattern.sub(full, text)
    return text


def sentence_case(text: str) -> str:
    """'ỦY BAN NHÂN DÂN TỈNH LÀO CAI' -> 'Ủy ban nhân dân tỉnh Lào Cai' (proper nouns kept)."""
    text = _BLANKS.sub(" ", expand_abbreviations(text)).strip(" ,.;:")
    low = text.lower().replace("uỷ", "ủy").replace("hoà", "hòa")
    for lower, pattern, name in _OFFICIAL_SUBS:
        if lower in low:  # (the pattern matches the lower-case name only)
            low = pattern.sub(name, low)
    head = _HEAD_WORD.match(low)
    if head:  # "sở tài chính" -> "Sở Tài chính", "bộ kế hoạch và đầu tư" -> "Bộ Kế hoạch và Đầu tư"
        dept = _DEPARTMENT_RE.match(low, head.end() - 1)
        if dept:
            low = low[: dept.start()] + " " + _OFFICIAL[dept.group(0).strip().lower()] + low[dept.end() :]
    loc = _LOCALITY.search(low) or _PARTY_PLACE.search(low)
    if loc:
        place = " ".join(w[:1].upper() + w[1:] for w in loc.group(2).split())
        low = low[: loc.start(2)] + place
    return low[:1].upper() + low[1:]


def is_head(text: str) -> bool:
    return bool(_HEADS.match(fold(expand_abbreviations(text)) + " "))


def units_of(lines: list[str]) -> list[str]:
    """Group capitalised header lines into body names (a line with a head word starts a new one)."""
    units: list[list[str]] = []
    for line in lines:
        if units and not is_head(line):
            units[-1].append(line)
        else:
            units.append([line])
    return [" ".join(u) for u in units]


def issuer_from_lines(lines: list[str], place: str | None) -> tuple[str | None, str | None]:
    """(issuer, parent_issuer) from the capitalised lines above the number."""
    units = [sentence_case(u) for u in units_of(lines)]
    units = [_fix_locality(u, place) for u in units if u]
    if not units:
        return None, None
    issuer, parent = units[-1], (units[-2] if len(units) > 1 else None)
    if parent:
        if fold(issuer) in ("van phong", "thanh tra", "ban quan ly"):
            issuer = f"{issuer} {parent}"
        elif not _LOCALITY.search(issuer) and _LOCAL_PARENT.match(fold(parent)):
            loc = _LOCALITY.search(parent)
            if loc:
                issuer = f"{issuer} {parent[loc.start() :]}"
    return issuer, parent


def _fix_locality(name: str, place: str | None) -> str:
    """OCR'd place names: take the spelling of the date line's place when they nearly agree."""
    loc = _LOCALITY.search(name)
    if not loc:
        m = _OCR_TINH.match(name)  # OCR'd "tỉnh"
        if not m:
            return name
        name = f"{m.group(1)}tỉnh {m.group(3)}"
        loc = _LOCALITY.search(name)
        assert loc is not None
    if place:
        written = loc.group(2)
        ratio = difflib.SequenceMatcher(None, fold(written), fold(place)).ratio()
        if written != place and ratio >= 0.75:
            name = name[: loc.start(2)] + place
    return name
