"""The words that make an agency mention: head nouns, titles, groups and generic phrases.

The task extractor imports these to find agency mentions in a clause; the registry uses them to
classify a mention before looking it up. Everything here is pure and cheap (compiled once, on first
use).
"""

from __future__ import annotations

import re
from functools import lru_cache

from dondoc.domain.text import fold

# Head nouns that open an agency name, as written (capitalised) in documents. Longest first is not
# required: the regex sorts them. Abbreviated heads are listed in AGENCY_HEAD_ABBREVIATIONS.
AGENCY_HEADS: tuple[str, ...] = (
    "Ủy ban nhân dân",
    "Hội đồng nhân dân",
    "Ủy ban Mặt trận Tổ quốc",
    "Mặt trận Tổ quốc",
    "Ủy ban",
    "Sở",
    "Bộ",
    "Ban",
    "Ban Quản lý dự án",
    "Tổng cục",
    "Cục",
    "Chi cục",
    "Công an",
    "Bộ Chỉ huy",
    "Bộ Tư lệnh",
    "Bộ đội Biên phòng",
    "Kho bạc Nhà nước",
    "Kho bạc",
    "Văn phòng",
    "Thanh tra",
    "Phòng",
    "Trung tâm",
    "Đài",
    "Báo",
    "Hội",
    "Hiệp hội",
    "Liên đoàn",
    "Liên minh",
    "Liên hiệp",
    "Tỉnh đoàn",
    "Thành đoàn",
    "Huyện đoàn",
    "Đoàn Thanh niên",
    "Tỉnh ủy",
    "Thành ủy",
    "Huyện ủy",
    "Đảng ủy",
    "Công ty",
    "Tổng công ty",
    "Tập đoàn",
    "Ngân hàng",
    "Bảo hiểm xã hội",
    "Viện",
    "Viện kiểm sát nhân dân",
    "Tòa án nhân dân",
    "Trường",
    "Bệnh viện",
    "Đoàn kiểm tra",
    "Đoàn công tác",
    "Tổ công tác",
    "Tổ giúp việc",
    "Hội đồng",
    "Chính phủ",
    "Thủ tướng Chính phủ",
    "Quốc hội",
    "Kiểm toán Nhà nước",
    "Thông tấn xã",
    "Thuế tỉnh",
    "Thuế thành phố",
    "Thuế cơ sở",
    "Điện lực",
    "Viễn thông",
    "Bưu điện",
    "Hạt Kiểm lâm",
    "Cảng vụ",
    "Chi nhánh",
)

# Abbreviations that open an agency mention (expanded by dondoc.domain.agency_names).
AGENCY_HEAD_ABBREVIATIONS: tuple[str, ...] = (
    "UBND",
    "HĐND",
    "UBMTTQ",
    "UBMTTQVN",
    "MTTQ",
    "VPUBND",
    "BQLDA",
    "BQL",
    "BCĐ",
    "BCHQS",
    "BCH",
    "BĐBP",
    "KBNN",
    "NHNN",
    "NHCSXH",
    "BHXH",
    "CTK",
    "VKSND",
    "TAND",
    "LĐLĐ",
    "LMHTX",
    "TTYT",
    "TCT",
    "VP",
    "CA",
    "BTV",
)

# Nouns that, after "các"/"những", make a plural addressee ("các sở, ban, ngành", "các huyện").
GROUP_NOUNS: tuple[str, ...] = (
    "sở",
    "ban",
    "ngành",
    "bộ",
    "huyện",
    "quận",
    "thị xã",
    "thành phố",
    "xã",
    "phường",
    "thị trấn",
    "tỉnh",
    "chủ đầu tư",
    "Ban Quản lý dự án",
    "Ban QLDA",
    "phòng",
    "cơ quan",
    "đơn vị",
    "tổ chức",
    "địa phương",
    "doanh nghiệp",
    "đoàn thể",
    "hội",
    "công ty",
    "trường",
    "Ủy ban nhân dân",
    "UBND",
)

# Titles that stand for their agency ("Giám đốc Sở Y tế" is Sở Y tế).
TITLES: tuple[str, ...] = (
    "Tổng Giám đốc",
    "Phó Tổng Giám đốc",
    "Giám đốc",
    "Phó Giám đốc",
    "Chủ tịch",
    "Phó Chủ tịch",
    "Thủ trưởng",
    "Người đứng đầu",
    "Lãnh đạo",
    "Bộ trưởng",
    "Thứ trưởng",
    "Cục trưởng",
    "Chi cục trưởng",
    "Chỉ huy trưởng",
    "Tư lệnh",
    "Chánh",
    "Trưởng",
    "Phó Trưởng",
    "Bí thư",
    "Chủ nhiệm",
    "Viện trưởng",
    "Hiệu trưởng",
    "Tổng Biên tập",
)

# General nouns: a plural made only of these names no definite set (GUIDE.md, "generic").
_VAGUE_WORDS = frozenset(
    "cac nhung co quan don vi to chuc ca nhan dia phuong doanh nghiep va tren ban nganh tat ca moi".split()
)
_GENERIC_RE = re.compile(r"(\blien quan\b|\bchuc nang\b|\bkhac$)")


def _tone_variants(word: str) -> str:
    """Regex for a word in either tone placement: 'Ủy' also matches 'Uỷ'."""
    old = {"ủy": "uỷ", "Ủy": "Uỷ", "hóa": "hoá", "òa": "oà", "ùy": "uỳ"}
    out = re.escape(word)
    for new, legacy in old.items():
        out = out.replace(re.escape(new), f"(?:{re.escape(new)}|{re.escape(legacy)})")
    return out


@lru_cache(maxsize=1)
def agency_head_regex() -> re.Pattern[str]:
    """A compiled regex that finds where an agency mention may start in running text.

    It matches a capitalised head noun (``AGENCY_HEADS``), an abbreviated head
    (``AGENCY_HEAD_ABBREVIATIONS``) or a plural "các/những + group noun", each on word
    boundaries. Lower-case "sở", "bộ"... alone do not match (they are ordinary words: "cán bộ").
    """
    heads = sorted(AGENCY_HEADS, key=len, reverse=True)
    abbrs = sorted(AGENCY_HEAD_ABBREVIATIONS, key=len, reverse=True)
    groups = sorted(GROUP_NOUNS, key=len, reverse=True)
    alts = [_tone_variants(h) for h in heads] + [re.escape(a) for a in abbrs]
    plural = r"(?:[Cc]ác|[Nn]hững)\s+(?:" + "|".join(_tone_variants(g) for g in groups) + ")"
    return re.compile(r"(?<!\w)(?:" + plural + "|" + "|".join(alts) + r")(?!\w)")


@lru_cache(maxsize=1)
def _folded_heads() -> tuple[str, ...]:
    return tuple(sorted({fold(h) for h in AGENCY_HEADS + AGENCY_HEAD_ABBREVIATIONS}, key=len, reverse=True))


@lru_cache(maxsize=1)
def _title_re() -> re.Pattern[str]:
    titles = "|".join(_tone_variants(t) for t in sorted(TITLES, key=len, reverse=True))
    one = rf"(?:(?:các|những)\s+)?(?:{titles})"
    return re.compile(rf"^(?:(?:đồng chí|[Đđ]/c)\s+)?{one}(?:\s*(?:,|và)\s*{one})*\s+", re.IGNORECASE)


def strip_title(mention: str) -> str:
    """'Giám đốc Sở Y tế' -> 'Sở Y tế'; 'Chủ tịch UBND các huyện' -> 'UBND các huyện'.

    The title is removed only when what follows is an agency or a group ("Chủ tịch nước" stays).
    """
    text = " ".join(mention.split())
    m = _title_re().match(text)
    if not m:
        return text
    rest = text[m.end() :]
    if not rest:
        return text
    # "Trưởng phòng X" / "Trưởng ban X" / "Chánh Văn phòng X": the head follows in lower case.
    rest = rest[0].upper() + rest[1:] if not rest.startswith(("các ", "những ")) else rest
    return rest if (_opens_with_head(rest) or rest.startswith(("các ", "những "))) else text


@lru_cache(maxsize=4096)
def is_agency_phrase(text: str) -> bool:
    """True when the text (after a title: 'Giám đốc Sở Y tế') opens with an agency head noun
    (``AGENCY_HEADS``, ``AGENCY_HEAD_ABBREVIATIONS``) or is a plural ('các sở, ban, ngành')."""
    return _opens_with_head(strip_title(text))


def _opens_with_head(text: str) -> bool:
    key = fold(text)
    if not key:
        return False
    words = key.split()
    if words[0] in ("cac", "nhung") and len(words) > 1:
        return True
    return any(key == h or key.startswith(h + " ") for h in _folded_heads())


def _plural(key: str) -> bool:
    return key.startswith(("cac ", "nhung ", "tat ca ", "moi "))


@lru_cache(maxsize=4096)
def is_generic(mention: str) -> bool:
    """A phrase that names no definite set (GUIDE.md): 'liên quan', 'chức năng', trailing 'khác',
    or a plural made only of general nouns ('các cơ quan, đơn vị, địa phương')."""
    key = fold(strip_title(mention))
    if not key or _GENERIC_RE.search(key):
        return True
    words = key.split()
    if words[0] in ("cac", "nhung", "tat", "moi") and set(words) <= _VAGUE_WORDS and "so" not in words:
        return True
    return key in ("co quan", "don vi", "dia phuong", "to chuc", "ca nhan", "doanh nghiep")


_BODY = r"(?:uy ban nhan dan|ubnd|hoi dong nhan dan|hdnd|ban quan ly du an|ban qlda|bqlda|so|phong)"
_GROUP_RE = re.compile(rf"^(?:{_BODY} )?(?:cac|nhung|tat ca) ")
_LEVEL_GROUP_RE = re.compile(rf"^{_BODY} cap (?:tinh|huyen|xa)")


@lru_cache(maxsize=4096)
def is_group_phrase(text: str) -> bool:
    """A plural addressee: 'các sở, ban, ngành', 'UBND các huyện', 'UBND cấp xã', 'Ban QLDA cấp tỉnh'."""
    key = fold(text)
    return bool(_GROUP_RE.match(key) or _LEVEL_GROUP_RE.match(key) or _plural(key))
