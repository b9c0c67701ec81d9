"""Vocabulary of agency mentions: head nouns, titles, stop words, group nouns, abbreviations.

Also ``canonical`` (the full name of a mention as written) and ``is_generic_name``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dondoc.domain.text import fold as _fold_uncached


@lru_cache(maxsize=16384)
def fold(text: str) -> str:
    """``dondoc.domain.text.fold``, cached: mentions and names repeat across a document."""
    return _fold_uncached(text)


_UP = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
_CAP = rf"[{_UP}0-9][\w&.'’-]*"

# Titles that stand for their agency ("Giám đốc Sở Y tế" is "Sở Y tế").
_TITLE = (
    r"(?:(?:Viện trưởng|Chánh án|Giám đốc|Thủ trưởng|Chủ tịch|Phó Chủ tịch|Trưởng ban|Trưởng|Chánh Văn phòng|Chánh Thanh tra"
    r"|Chỉ huy trưởng|Cục trưởng|Chi cục trưởng|Tổng Giám đốc|Người đứng đầu|Lãnh đạo|Bí thư"
    r"|(?:Các |các )?[Tt]hành viên|Trưởng,\s*Phó|Cấp trưởng)\s+)"
)

# Head nouns of a specific agency; the name follows.
_HEADS = (
    "Công đoàn|Chi đoàn|Chi bộ|Chi ủy|Chi uỷ|Đảng bộ|Hội đồng Thi đua|Hội đồng [Kk]hoa học|Hội đồng TĐKT|HĐTĐKT"
    "|HĐ(?= [A-ZĐ])|P(?= [A-ZĐ]{2,}\\b)|Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Hội đồng nhân dân|HĐND|Ủy ban Mặt trận Tổ quốc|Uỷ ban Mặt trận Tổ quốc"
    "|Ủy ban MTTQ|UBMTTQ|Ủy ban|Uỷ ban|Sở|Ban Quản lý|Ban Chỉ đạo|Ban|Bộ Chỉ huy|Bộ đội Biên phòng|Bộ Tư lệnh|Bộ"
    "|Tổng cục|Chi cục|Cục|Công an|Kho bạc|Ngân hàng|Đài|Báo|Văn phòng|Thanh tra|Liên đoàn|Liên hiệp|Hiệp hội"
    "|Liên minh|Viện kiểm sát nhân dân|Tòa án nhân dân|Toà án nhân dân|Hội|Tỉnh đoàn|Thành đoàn|Đoàn|Bảo hiểm|Trung tâm|Phòng|Học viện|Viện|Trường|Tổng công ty|Công ty|Tập đoàn"
    "|Điện lực|Hải quan|Bưu điện|Đại sứ quán|Bệnh viện|Bảo tàng|Nhà hát|Thư viện|Tòa án|Toà án|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ"
    "|Huyện ủy|Đảng ủy|Chính phủ|Thủ tướng Chính phủ|Tổ công tác|Tổ|Cơ quan|Quỹ|Cảng vụ|Cảnh sát|Vườn quốc gia"
    "|Ban Dân tộc|Câu lạc bộ|Thuế|Hãng|Chi nhánh|Kiểm toán|Quân khu|Bộ Công an|Mặt trận|Viễn thông|VNPT|Viettel"
)
_STANDALONE = (
    "Chính phủ|Thủ tướng Chính phủ|Tỉnh đoàn|Thành đoàn|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ|Công an tỉnh|Công an"
    "|Thanh tra tỉnh|Văn phòng Sở|Thanh tra Sở|Đoàn kiểm tra|Tổ công tác|Tổ kiểm tra|Tổ giúp việc|Văn phòng"
    "|Công đoàn|Chi đoàn|Chi bộ|Chi ủy|Chi uỷ|HĐTĐKT"
)
_PLACE = r"(?:tỉnh|thành phố|Thành phố|huyện|quận|thị xã|xã|phường|thị trấn|Trung ương|trung ương|cấp tỉnh)"
# Lower-case words and phrases that end a name (verbs and function words that start the predicate).
_STOP = set(
    "có chịu với trong tại để về của được đã sẽ là thuộc và các cùng cần phải khi nếu đối những này đó trên"
    " dưới theo khác ngay hằng hàng năm tháng ngày lần đợt giao cho từ bằng mà thì như nhưng do vì vào ra lập"
    " cử nhằm sớm nắm làm phối phân trân chưa không đang đều".split()
)
_STOP2 = set(
    "chủ trì|phối hợp|tham mưu|thực hiện|tổ chức|khẩn trương|tiếp tục|theo dõi|hướng dẫn|triển khai|rà soát"
    "|kiểm tra|chỉ đạo|tăng cường|xây dựng|căn cứ|đôn đốc|nghiên cứu|đề xuất|báo cáo|giám sát|quản lý"
    "|phụ trách|chủ động|đầu mối|tập trung|bố trí|cung cấp|tuyên truyền|đảm bảo|bảo đảm|ban hành|xem xét"
    "|hỗ trợ|phát hiện|xử lý|thường xuyên|định kỳ|tiếp nhận|thông tin|kịp thời|yêu cầu|đề nghị|tiến hành"
    "|thẩm định|hoàn thành|liên quan|chức năng|trình|cấp|quyết liệt|nghiêm túc|phổ biến|quán triệt|vận động"
    "|tích cực|rà|điều tra|thống kê|hoàn thiện|trực tiếp|khảo sát|sớm|nhanh|huy động|kiểm soát|phát huy"
    "|tổng hợp|giải quyết|thanh tra|công bố|sửa đổi|cập nhật|duy trì|nâng cao|đẩy mạnh|thành lập|chuẩn bị"
    "|mời|ưu tiên|đánh giá|tiếp thu|có trách nhiệm|chịu trách nhiệm|lựa chọn|bàn giao|thu hồi|cấp phép"
    "|giữ|nắm bắt|tuần tra|vệ sinh|phân công|thông báo|thông qua|sẵn sàng|ứng phó|xác định|tham gia|tham|gửi|nộp|trả lời|vận hành|ứng trực|điều tiết|quan tâm|phát động".split(
        "|"
    )
)

_CAP_STOP = set(
    "chủ trì|phối hợp|tham mưu|chỉ đạo|thực hiện|khẩn trương|tiếp tục|chủ động|rà soát|theo dõi|hướng dẫn"
    "|triển khai|đôn đốc|tăng cường|căn cứ|tập trung|xây dựng kế|là cơ|có trách|chịu trách|phối với".split(
        "|"
    )
)

_GROUP_NOUNS = (
    r"(?:đơn vị sự nghiệp(?: công lập)?|doanh nghiệp [Nn]hà nước|sở|ban|ngành|tổ chức chính trị\s*-\s*xã hội"
    r"|cơ quan (?:báo chí|thông tin(?:,\s*truyền thông)?|truyền thông|chuyên môn)|cơ quan|đơn vị|địa phương|tổ chức"
    r"|doanh nghiệp|cấp|huyện|xã|phường|đặc khu|thị xã|thành phố"
    r"|thị trấn|quận|tỉnh|hội|đoàn thể|bộ|chủ đầu tư|Chủ đầu tư|đơn vị chủ đầu tư|Đại sứ quán|nhà trường|chủ mỏ"
    r"|lực lượng|cá nhân|hợp tác xã|ban quản lý|Ban Quản lý dự án|phòng|Phòng|chi cục|trung tâm|Bộ|Sở|Ban"
    r"|Ngành|tổ chức chính trị - xã hội|cơ quan báo chí|cơ quan thông tin|ngân hàng|Ngân hàng|công ty|Công ty"
    r"|Câu lạc bộ|câu lạc bộ|Trường|nhà thầu(?: thi công)?|Nhà thầu(?: thi công)?|nhà đầu tư|Nhà đầu tư"
    r"|Cơ quan|Đơn vị|Địa phương|Doanh nghiệp)"
)
_GROUP_TAIL = (
    r"(?:\s+(?:tỉnh|thành phố|Thành phố|huyện|cấp tỉnh|cấp huyện|cấp xã|thuộc tỉnh|trực thuộc|có liên quan|liên quan"
    r"|chức năng|khác|trên địa bàn(?: tỉnh| thành phố| Thành phố)?|thuộc UBND tỉnh|thuộc Ủy ban nhân dân tỉnh|của tỉnh|thuộc Thành phố|Thành phố"
    r"|(?:của |thuộc )?(?:Trung ương|trung ương)|truyền thông|thông tấn(?:,\s*báo chí)?|báo chí|hạ tầng(?:\s+(?:kỹ thuật|cụm công nghiệp|khu công nghiệp|khu đô thị|khu kinh tế))?"
    r"|thông tin,\s*truyền thông|thương mại|các khu đô thị|các cụm công nghiệp|các khu công nghiệp"
    r"|có cụm công nghiệp|quản lý|đoàn thể))*"
)
_ABBREV = [
    (r"\bUBND\b", "Ủy ban nhân dân"),
    (r"\bHĐND\b", "Hội đồng nhân dân"),
    (r"\bUBMTTQ(?:VN)?\b", "Ủy ban Mặt trận Tổ quốc Việt Nam"),
    (r"\bMTTQ(?:VN)?\b", "Mặt trận Tổ quốc Việt Nam"),
    (r"\bKH\s*&\s*ĐT\b|\bKHĐT\b|Kế hoạch\s*-\s*Đầu tư", "Kế hoạch và Đầu tư"),
    (r"\bTN\s*&\s*MT\b|\bTNMT\b", "Tài nguyên và Môi trường"),
    (r"\bNN\s*&\s*PTNT\b|\bNN\s*và\s*PTNT\b|\bNNPTNT\b", "Nông nghiệp và Phát triển nông thôn"),
    (r"\bNN\s*&\s*MT\b|\bNNMT\b", "Nông nghiệp và Môi trường"),
    (r"\bLĐTB\s*&\s*XH\b|\bLĐ-TB\s*&\s*XH\b|\bLĐTBXH\b", "Lao động - Thương binh và Xã hội"),
    (r"\bGTVT\b", "Giao thông vận tải"),
    (r"\bVHTT\s*&\s*DL\b|\bVH,\s*TT\s*&\s*DL\b|\bVHTTDL\b", "Văn hóa, Thể thao và Du lịch"),
    (r"\bTT\s*&\s*TT\b|\bTTTT\b", "Thông tin và Truyền thông"),
    (r"\bKH\s*&\s*CN\b|\bKHCN\b", "Khoa học và Công nghệ"),
    (r"\bGD\s*&\s*ĐT\b|\bGDĐT\b", "Giáo dục và Đào tạo"),
    (r"\bVH\s*&\s*TT\b", "Văn hóa và Thể thao"),
    (r"\bBQLDA\b", "Ban Quản lý dự án"),
    (r"\bBQL\b", "Ban Quản lý"),
    (r"\bBCH\b", "Bộ Chỉ huy"),
    (r"\bHTX\b", "Hợp tác xã"),
    (r"\bKCN\b", "Khu công nghiệp"),
    (r"\bTMĐT\b", "Thương mại điện tử"),
    (r"\bKKT\b", "Khu kinh tế"),
    (r"\bLiên minh các Hợp tác xã\b", "Liên minh Hợp tác xã"),  # the official name has no "các"
    (r"\bHĐ\s*TĐKT\b", "Hội đồng Thi đua - Khen thưởng"),
    (r"\bTĐKT\b", "Thi đua - Khen thưởng"),
    (r"^HĐ\s+(?=[" + "A-ZĐ" + r"])", "Hội đồng "),  # "HĐ Khoa học Sở"
    (r"^P\.?\s+(?=[A-ZĐ]{2,}\b)", "Phòng "),  # "P KHTC"
    (r"\bKHTC\b", "Kế hoạch - Tài chính"),
    (r"\bBCVT\b", "Bưu chính - Viễn thông"),
    (r"\bBCXB\b", "Báo chí - Xuất bản"),
    (r"\bCNTT\s*-\s*TT\b|\bCNTT\s*&\s*TT\b", "Công nghệ thông tin và Truyền thông"),
    (r"\bCNTT\b", "Công nghệ thông tin"),
]
_ABBREV_RE = [(re.compile(p), full) for p, full in _ABBREV]
# Department abbreviations written as one capitalised token ("Sở TTTT"), for OCR repair ("Sở TTT1").
_DEPT_ABBREV = {
    "TTTT": "Thông tin và Truyền thông",
    "KHĐT": "Kế hoạch và Đầu tư",
    "TNMT": "Tài nguyên và Môi trường",
    "NNPTNT": "Nông nghiệp và Phát triển nông thôn",
    "NNMT": "Nông nghiệp và Môi trường",
    "LĐTBXH": "Lao động - Thương binh và Xã hội",
    "GTVT": "Giao thông vận tải",
    "VHTTDL": "Văn hóa, Thể thao và Du lịch",
    "KHCN": "Khoa học và Công nghệ",
    "GDĐT": "Giáo dục và Đào tạo",
}
_OCR_ABBREV_RE = re.compile(r"^Sở ([A-ZĐ0-9Il]{3,7})$")


def _near(a: str, b: str) -> bool:
    """Levenshtein distance of at most one."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) <= 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def _ocr_department(text: str) -> str:
    """ "Sở TTT1" / "Sở TITT" (an OCR'd "Sở TTTT") -> "Sở Thông tin và Truyền thông" when one abbreviation is near."""
    m = _OCR_ABBREV_RE.match(text)
    if not m:
        return text
    near = [full for abbr, full in _DEPT_ABBREV.items() if _near(m.group(1), abbr)]
    return f"Sở {near[0]}" if len(near) == 1 else text


_TITLE_RE = re.compile(r"^" + _TITLE + r"(?:các\s+)?(?=\S)")
_TITLE_GROUP_RE = re.compile(r"^" + _TITLE)


_GENERIC_RE = re.compile(r"(liên quan|chức năng|\bkhác$)", re.IGNORECASE)
_VAGUE = set("cac nhung co quan don vi to chuc ca nhan dia phuong doanh nghiep va tren ban nganh".split())


@lru_cache(maxsize=8192)
def is_generic_name(name: str) -> bool:
    key = fold(name)
    if _GENERIC_RE.search(name) or re.search(r"\b(lien quan|chuc nang)\b|\bkhac$", key):
        return True
    words = key.split()
    return bool(words) and words[0] == "cac" and set(words) <= _VAGUE and "so" not in words


@lru_cache(maxsize=8192)
def canonical(mention: str) -> str:
    """Full name for a mention: abbreviations expanded, a title replaced by its agency."""
    text = " ".join(mention.replace("\n", " ").split()).strip(" ,;:.-")
    text = re.sub(r"(?<=\w)([-–]) (?=\w)", r" \1 ", text)  # "Phát thanh- Truyền hình" (a line break)
    for pattern, full in _ABBREV_RE:
        text = pattern.sub(full, text)
    m = _TITLE_GROUP_RE.match(text)
    if m and len(text) > m.end():
        rest = text[m.end() :]
        text = rest if rest[:1].isupper() or rest.startswith("các") else text
    text = _new_tones(text)
    if text.startswith("Sở ") and text[3:4].isupper() and text[4:5].isupper():
        text = _ocr_department(text)
    if text.startswith("Sở "):
        dept = _DEPARTMENT_RE.match(text, 2)
        if dept:  # "Sở thông tin và Truyền thông" (a typo) -> "Sở Thông tin và Truyền thông"
            text = "Sở " + _OFFICIAL[dept.group(0).strip().lower()] + text[dept.end() :]
    if text[:1].islower() and not text.startswith(("các", "những")):
        text = text[:1].upper() + text[1:]
    return text


_TONES = {"oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa", "uỳ": "ùy", "uý": "úy", "uỷ": "ủy"}
_TONES.update({k[0].upper() + k[1]: v[0].upper() + v[1] for k, v in _TONES.items()})
_TONES_RE = re.compile("(" + "|".join(_TONES) + r")(?![^\W\d_])")


def _new_tones(text: str) -> str:
    """'hoá' -> 'hóa', 'Uỷ' -> 'Ủy' where the pair ends the syllable ('hoạch' is left alone)."""
    return _TONES_RE.sub(lambda m: _TONES[m.group(1)], text)


_WORD_RE = re.compile(r"\s*([,&]|-|–|—|\(|[^\s,;:.()\"“”]+\.?)")


_GENERIC_TAIL_RE = re.compile(r"liên quan|chức năng|khác$")
# What makes a plural of general nouns definite: "các đơn vị hoạt động hóa chất", "các tổ chức, cá nhân
# được cấp giấy phép khai thác", "các phòng, đơn vị thuộc Sở".
_QUALIFIER_RE = re.compile(
    r"\s+(?:hoạt động|được cấp(?: giấy)? phép|được cấp|khai thác|kinh doanh|sản xuất|cung cấp|đóng chân|đóng trên"
    r"|trực thuộc|thuộc|sử dụng|vận tải|nhập khẩu|xuất khẩu|bảo quản|đầu mối|chủ trì)(?=[\s,])"
)


_TRADE_RE = re.compile(
    r"\s*(?:khai thác|thu hồi|chế biến|kinh doanh|sản xuất|nhập khẩu|xuất khẩu|vận chuyển|sử dụng|tồn trữ|mua bán"
    r"|thăm dò|cung cấp|phân phối|bảo quản|lưu giữ|tàng trữ)(?=[\s,])"
)


_QUALIFIER_NOUNS = frozenset({"chương trình", "kế hoạch", "giao kế", "công trình", "dự án"})


def _qualifier_end(text: str, end: int) -> int:
    """End of a qualifying phrase after a plural of general nouns (``end`` when there is none)."""
    q = _QUALIFIER_RE.match(text, end)
    if not q:
        return end
    stop = q.end()
    i, n = stop, 0
    while n < 12:
        m = _WORD_RE.match(text, i)
        if not m:
            break
        w = m.group(1).rstrip(".")
        nxt = _WORD_RE.match(text, m.end())
        pair = f"{w} {nxt.group(1)}".lower() if nxt else w.lower()
        trade = _TRADE_RE.match(text, m.end() if w == "," else i)
        if trade:
            stop = trade.end()  # "khai thác, thu hồi khoáng sản"
            i = stop
            n += 1
            continue
        if pair in _QUALIFIER_NOUNS and nxt is not None:  # "Chương trình", "kế hoạch": nouns, not verbs
            stop = nxt.start(1) + len(nxt.group(1).rstrip("."))
            i = nxt.end()
            n += 2
            continue
        if (not w.isalpha() and not w.isdigit()) or w in _STOP or w in _STOP2 or pair in _STOP2:
            if w not in ("trên", "tại") and pair != "quản lý":
                break
        stop = m.start(1) + len(w)
        i = m.end()
        n += 1
    return stop


_LONG_HEADS = (
    "cơ quan",
    "ban",
    "trung tâm",
    "công ty",
    "tổng công ty",
    "phòng",
    "chi cục",
    "cục",
    "liên hiệp",
    "đoàn",
    "tổ",
)


# Heads whose name may go on in lower case: "Ban Quản lý dự án", "Cảnh sát giao thông", "Thanh tra giao thông".
_OPEN_HEADS = (
    "ban quản lý",
    "ban chỉ đạo",
    "bộ chỉ huy",
    "bộ tư lệnh",
    "bộ đội biên phòng",
    "cảnh sát",
    "thanh tra",
    "đài",
    "hiệp hội",  # "Hiệp hội doanh nghiệp tỉnh"
    "câu lạc bộ",  # "Câu lạc bộ nghệ nhân trẻ"
)


# "đầu tư xây dựng" (construction investment) names a trade, not an action, inside a unit's name.
# "công trình" (a works) is no "trình" (submit), "giao thông" (traffic) no "giao" (assign).
_NOUN_COMPOUNDS = (("đầu tư", "xây dựng"), ("phát triển", "xây dựng"), ("công nghệ", "thông tin"))


_LEGAL_FORM = re.compile(
    r"\s+(?:[Cc]ổ phần|CP|TNHH(?:\s+(?:MTV|[Mm]ột thành viên|[Hh]ai thành viên trở lên))?"
    r"|[Tt]rách nhiệm hữu hạn(?:\s+[Mm]ột thành viên)?|MTV)(?=\s+\S)"
)


_AND_ZONES = re.compile(
    r"\s+các\s+((?:KCN|KKT|Khu công nghiệp|khu công nghiệp|Khu kinh tế|Cụm công nghiệp)\b)"
)


# "Công ty TNHH MTV Đầu tư, Xây dựng và Kinh doanh dịch vụ Quảng Ngãi": trades enumerated inside a name.
_ENUM_IN_NAME = re.compile(
    rf"[{_UP}]\w*(?:\s+[a-zà-ỹđ]\w*)?\s*(?:,\s*[{_UP}]\w*(?:\s+[a-zà-ỹđ]\w*)?\s*)*\s+và\s+[{_UP}]"
)


# Departments (Sở) of a provincial People's Committee, before and after the 2025 reorganisation: a
# "Sở" name ends where one of these does ("Sở Nội vụ đào tạo ..." is "Sở Nội vụ").
_DEPARTMENTS = (
    "Kế hoạch và Đầu tư|Tài chính|Xây dựng|Giao thông vận tải|Giao thông - Vận tải|Giao thông và Vận tải"
    "|Tài nguyên và Môi trường|Nông nghiệp và Phát triển nông thôn|Nông nghiệp và Môi trường|Công Thương"
    "|Công thương|Khoa học và Công nghệ|Khoa học, Công nghệ|Thông tin và Truyền thông|Giáo dục và Đào tạo|Y tế"
    "|Lao động - Thương binh và Xã hội|Lao động, Thương binh và Xã hội|Văn hóa, Thể thao và Du lịch"
    "|Văn hoá, Thể thao và Du lịch|Văn hóa và Thể thao|Văn hoá và Thể thao|Văn hóa - Thể thao|Du lịch|Nội vụ"
    "|Tư pháp|Ngoại vụ|Dân tộc và Tôn giáo|Quy hoạch - Kiến trúc|Quy hoạch và Kiến trúc"
)
_DEPARTMENT_RE = re.compile(rf"\s+(?:{_DEPARTMENTS})(?![\w])", re.IGNORECASE)
_OFFICIAL = {name.lower(): name for name in reversed(_DEPARTMENTS.split("|"))}


# A group noun written right after another ("các sở ban ngành") joins the group, but "tổ chức" there is
# the verb ("UBND các xã, phường tổ chức thực hiện") and "cấp" without a level is "issue" ("cấp giấy phép").
_JUXTAPOSED = r"(?!tổ chức\b|cấp\s+(?!tỉnh\b|huyện\b|xã\b))"
# "các Ban Quản lý dự án đầu tư xây dựng": the boards' common name goes on in lower case.
_BOARDS_RE = re.compile(r"[Qq]uản lý dự án$")
# "UBND các xã, phường và đơn vị vận hành": a committees' group goes on only with localities.
_UB_HEAD_RE = re.compile(
    rf"(?:{_TITLE})?(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Chủ tịch UBND)\s+(?:các|Các|những)\s"
)
_NOT_LOCALITY_RE = re.compile(
    r"\s*(?:,|\bvà\b|/)(?!\s*(?:các\s+)?(?:xã|phường|đặc khu|huyện|thị xã|thành phố|Thành phố|thị trấn|quận|tỉnh)\b)"
)
# "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ": a trade, commas included, inside a unit's name.
_FIRE_RE = re.compile(
    r"(?:\s+và)?\s+[Pp]hòng\s+cháy,?\s+(?:và\s+)?[Cc]hữa\s+cháy(?:\s+và\s+[Cc]ứu\s+nạn,?\s+[Cc]ứu\s+hộ)?(?![\w])"
)
# "Cục X - Bộ Công Thương": the parent ministry after a dash is not part of the name.
_PARENT_RE = re.compile(r"Bộ\s+[" + _UP + r"]")
# "Công ty Cổ phần Xây dựng và thoát nước đô thị": a trade after "và" inside a company's name.
_TRADE_AFTER_AND = re.compile(
    r"\s+(?:thoát nước|cấp nước|dịch vụ|thương mại|môi trường|công trình|phát triển|công nghiệp|dân dụng"
    r"|nông nghiệp|giao thông|hạ tầng)\b"
)
# "Ban Quản lý dự án các công trình ...", "Ban Quản lý các dự án ...": the works a board manages.
_WORKS_AFTER_CAC = re.compile(r"\s+(?:công trình|dự án)\b")
