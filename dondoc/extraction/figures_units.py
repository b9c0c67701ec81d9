"""Units that follow a figure: "%", money, measures and the count nouns of administrative writing."""

from __future__ import annotations

import re

_I = re.IGNORECASE

# (pattern, normalised unit). Longest first; patterns are matched right after the number.
_UNITS: tuple[tuple[str, str], ...] = (
    (r"%|phần\s+trăm", "%"),
    (r"nghìn\s+tỷ\s+đồng|ngàn\s+tỷ\s+đồng", "nghìn tỷ đồng"),
    (r"tỷ\s+(?:đồng|VNĐ|VND)", "tỷ đồng"),
    (r"triệu\s+(?:đồng|VNĐ|VND)", "triệu đồng"),
    (r"nghìn\s+đồng|ngàn\s+đồng", "nghìn đồng"),
    (r"triệu\s+USD", "triệu USD"),
    (r"USD", "USD"),
    (r"ha\b|héc\s*ta", "ha"),
    (r"km2|km²", "km2"),
    (r"km\b", "km"),
    (r"m3|m³", "m3"),
    (r"m2|m²", "m2"),
    (r"MW\b", "MW"),
    (r"kWh\b", "kWh"),
    (r"tấn\b", "tấn"),
    (r"cụm\s+công\s+nghiệp|CCN\b", "cụm công nghiệp"),
    (r"khu\s+công\s+nghiệp|KCN\b", "khu công nghiệp"),
    (r"khu\s+kinh\s+tế|KKT\b", "khu kinh tế"),
    (
        r"dịch\s+vụ\s+công\s+(?:\(DVC\)\s+)?trực\s+tuyến|DVC\s+(?:trực\s+tuyến|TT)\b|dịch\s+vụ\s+công\b",
        "dịch vụ công trực tuyến",
    ),
    (r"dự\s+án", "dự án"),
    (r"doanh\s+nghiệp", "doanh nghiệp"),
    (r"hợp\s+tác\s+xã|HTX\b", "hợp tác xã"),
    (r"tổ\s+chức\b(?!\s+(?:thực|triển|kiểm|hội|tập|đào|các|lớp))", "tổ chức"),
    (r"cơ\s+sở\b", "cơ sở"),
    (r"người\b", "người"),
    (r"hộ\b", "hộ"),
    (r"lượt\b", "lượt"),
    (r"lần\b", "lần"),
    (r"lớp\b", "lớp"),
    (r"điểm\b", "điểm"),
    (r"mỏ\b", "mỏ"),
    (r"website\b", "website"),
    (r"đơn\s+vị\b", "đơn vị"),
    (r"phóng\s+sự", "phóng sự"),
    (r"chuyên\s+đề", "chuyên đề"),
    (r"chuyên\s+trang", "chuyên trang"),
    (r"tin\s+bài", "tin bài"),
    (r"bậc\b", "bậc"),
    (r"công\s+trình", "công trình"),
    (r"sản\s+phẩm", "sản phẩm"),
    (r"học\s+sinh", "học sinh"),
    (r"lao\s+động", "lao động"),
    (r"cán\s+bộ", "cán bộ"),
    (r"hồ\s+sơ", "hồ sơ"),
    (r"vụ\s+việc|vụ\b", "vụ"),
    (r"sở,\s*ban,\s*ngành", "sở, ban, ngành"),
    (r"huyện,\s*thành\s+phố,\s*thị\s+xã", "huyện, thành phố, thị xã"),
    (r"xã,\s*phường,\s*thị\s+tr[ấầ]n", "xã, phường, thị trấn"),
    (r"m\b", "m"),
)
UNIT_RE = re.compile(r"\s?(" + "|".join(f"(?:{p})" for p, _ in _UNITS) + r")", _I)
_COMPILED = tuple((re.compile(f"(?:{p})$", _I), name) for p, name in _UNITS)
# Administrative units counted in a coverage fraction only ("10/13 huyện, thành phố, thị xã").
ADMIN_UNITS = frozenset({"sở, ban, ngành", "huyện, thành phố, thị xã", "xã, phường, thị trấn"})
COUNT_UNITS = frozenset(name for _, name in _UNITS) - {
    "%",
    "nghìn tỷ đồng",
    "tỷ đồng",
    "triệu đồng",
    "nghìn đồng",
    "triệu USD",
    "USD",
    "ha",
    "km2",
    "km",
    "m3",
    "m2",
    "MW",
    "kWh",
    "tấn",
    "m",
}


_NAMES: dict[str, str | None] = {}  # unit as written -> normalised unit (memo of _name)


def _name(written: str) -> str | None:
    for pattern, name in _COMPILED:
        if pattern.match(written):
            return name
    return None


def unit_at(text: str, pos: int) -> tuple[str, int] | None:
    """The unit written at ``pos`` (right after a number): (normalised unit, end offset)."""
    m = UNIT_RE.match(text, pos)
    if not m:
        return None
    written = m.group(1)
    if written in _NAMES:
        name = _NAMES[written]
    else:
        name = _name(written)
        if len(_NAMES) < 4096:
            _NAMES[written] = name
    return (name, m.end()) if name is not None else None
