"""Document types and the type codes of their symbols (Nghị định 30/2020 Phụ lục III, Hướng dẫn 36).

``type_from_symbol("04/CT-UBND")`` is "Chỉ thị"; ``type_from_symbol("12/UBND-VX")`` is "Công văn"
(a công văn has no type code: its symbol is ISSUER-UNIT); Party numbers ("02-NQ/TU") carry the
code before the slash.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Type names as written in a document, longest first where one is a prefix of another.
TYPE_NAMES: tuple[str, ...] = (
    "Thông tư liên tịch",
    "Chương trình hành động",
    "Nghị quyết",
    "Nghị định",
    "Quyết định",
    "Chỉ thị",
    "Kế hoạch",
    "Thông báo",
    "Thông cáo",
    "Thông tư",
    "Thông tri",
    "Công văn",
    "Công điện",
    "Báo cáo",
    "Tờ trình",
    "Hướng dẫn",
    "Chương trình",
    "Quy chế",
    "Quy định",
    "Phương án",
    "Đề án",
    "Dự án",
    "Biên bản",
    "Kết luận",
    "Giấy mời",
    "Giấy phép",
    "Pháp lệnh",
    "Luật",
    "Bản tin",
    "Văn bản",
)

# Codes of the symbol's first group (state) or of the part before the slash (Party).
TYPE_CODES: dict[str, str] = {
    "NQ": "Nghị quyết",
    "NĐ": "Nghị định",
    "QĐ": "Quyết định",
    "CT": "Chỉ thị",
    "QC": "Quy chế",
    "QYĐ": "Quy định",
    "QĐI": "Quy định",
    "TC": "Thông cáo",
    "TB": "Thông báo",
    "HD": "Hướng dẫn",
    "CTR": "Chương trình",
    "KH": "Kế hoạch",
    "PA": "Phương án",
    "ĐA": "Đề án",
    "DA": "Dự án",
    "BC": "Báo cáo",
    "BB": "Biên bản",
    "TTR": "Tờ trình",
    "HĐ": "Hợp đồng",
    "CĐ": "Công điện",
    "GM": "Giấy mời",
    "GP": "Giấy phép",
    "KL": "Kết luận",
    "TT": "Thông tư",
    "TTLT": "Thông tư liên tịch",
    "CV": "Công văn",
    "PL": "Pháp lệnh",
}

_FOLDED_NAMES = {}
_BLANKS = re.compile(r"\s+")
_PARTY_CODE = re.compile(r"\d+[a-z]?-([A-Za-zĐđ]+)/")
_ASSEMBLY = re.compile(r"QH\d*")
_ISSUER_UNIT = re.compile(r"[A-ZĐ0-9]+")


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Lower-case ASCII form (diacritics dropped, đ -> d) used to compare OCR'd words."""
    text = unicodedata.normalize("NFD", text).replace("đ", "d").replace("Đ", "D")
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Mn")
    return text.lower()


for _name in TYPE_NAMES:
    _FOLDED_NAMES[fold(_name)] = _name


def type_from_name(text: str) -> str | None:
    """The type named by ``text`` ("CHỈ THỊ", OCR'd "CHÍ THỊ" too), or None."""
    key = _BLANKS.sub(" ", fold(text)).strip(" :.")
    return _FOLDED_NAMES.get(key)


def type_from_symbol(number: str) -> str | None:
    """The document type a number's symbol encodes, or None when it cannot tell."""
    number = number.strip()
    party = _PARTY_CODE.match(number)
    if party:
        return TYPE_CODES.get(party.group(1).upper())
    parts = number.split("/")
    if len(parts) < 2:
        return None
    symbol = parts[-1]
    if _ASSEMBLY.fullmatch(symbol.upper()):
        return "Luật" if len(parts) >= 3 else "Nghị quyết"
    groups = symbol.split("-")
    code = groups[0].upper()
    if code in TYPE_CODES and len(groups) >= 2:
        return TYPE_CODES[code]
    if len(groups) >= 2 and code not in TYPE_CODES and _ISSUER_UNIT.fullmatch(code):
        return "Công văn"  # ISSUER-UNIT: a công văn
    return None
