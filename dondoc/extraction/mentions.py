"""Agency mentions in a clause: "Sở Y tế", "UBND các huyện, thị xã, thành phố", "các sở Tài chính, Y tế".

``mention_list_at(text, pos)`` reads a list of agencies starting at ``pos`` (the subject of a clause,
what follows "Giao", "phối hợp với"); ``find_mentions`` scans a whole clause. Names are expanded by
``canonical`` (abbreviations, titles standing for their agency, tone placement).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dondoc.domain.text import fold

_UP = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
_CAP = rf"[{_UP}0-9][\w&.'’-]*"

# Titles that stand for their agency ("Giám đốc Sở Y tế" is "Sở Y tế").
_TITLE = (
    r"(?:(?:Giám đốc|Thủ trưởng|Chủ tịch|Phó Chủ tịch|Trưởng ban|Trưởng|Chánh Văn phòng|Chánh Thanh tra"
    r"|Chỉ huy trưởng|Cục trưởng|Chi cục trưởng|Tổng Giám đốc|Người đứng đầu|Lãnh đạo|Bí thư)\s+)"
)

# Head nouns of a specific agency; the name follows.
_HEADS = (
    "Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Hội đồng nhân dân|HĐND|Ủy ban Mặt trận Tổ quốc|Uỷ ban Mặt trận Tổ quốc"
    "|Ủy ban MTTQ|UBMTTQ|Ủy ban|Uỷ ban|Sở|Ban Quản lý|Ban Chỉ đạo|Ban|Bộ Chỉ huy|Bộ đội Biên phòng|Bộ Tư lệnh|Bộ"
    "|Tổng cục|Chi cục|Cục|Công an|Kho bạc|Ngân hàng|Đài|Báo|Văn phòng|Thanh tra|Liên đoàn|Liên hiệp|Hiệp hội"
    "|Hội|Tỉnh đoàn|Thành đoàn|Đoàn|Bảo hiểm|Trung tâm|Phòng|Học viện|Viện|Trường|Tổng công ty|Công ty|Tập đoàn"
    "|Điện lực|Hải quan|Bưu điện|Đại sứ quán|Bệnh viện|Tòa án|Toà án|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ"
    "|Huyện ủy|Đảng ủy|Chính phủ|Thủ tướng Chính phủ|Tổ công tác|Tổ|Cơ quan|Quỹ|Cảng vụ|Cảnh sát|Vườn quốc gia"
    "|Ban Dân tộc|Câu lạc bộ|Thuế|Hãng|Chi nhánh|Kiểm toán|Quân khu|Bộ Công an|Mặt trận"
)
_STANDALONE = (
    "Chính phủ|Thủ tướng Chính phủ|Tỉnh đoàn|Thành đoàn|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ|Công an tỉnh|Công an"
    "|Thanh tra tỉnh|Văn phòng Sở|Thanh tra Sở|Đoàn kiểm tra|Tổ công tác|Tổ kiểm tra|Tổ giúp việc|Văn phòng"
)
_PLACE = r"(?:tỉnh|thành phố|Thành phố|huyện|quận|thị xã|xã|phường|thị trấn|Trung ương|trung ương|cấp tỉnh)"
# Lower-case words and phrases that end a name (verbs and function words that start the predicate).
_STOP = set(
    "có chịu với trong tại để về của được đã sẽ là thuộc và các cùng cần phải khi nếu đối những này đó trên"
    " dưới theo khác ngay hằng hàng năm tháng ngày lần đợt giao cho từ bằng mà thì như nhưng do vì vào ra lập"
    " cử nhằm sớm nắm làm phối phân".split()
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
    "|giữ|nắm bắt|tuần tra|vệ sinh|phân công|thông báo|thông qua|sẵn sàng|ứng phó|xác định|tham gia|tham|gửi|nộp|trả lời".split(
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
    r"(?:sở|ban|ngành|cơ quan|đơn vị|địa phương|tổ chức|doanh nghiệp|cấp|huyện|xã|phường|thị xã|thành phố"
    r"|thị trấn|quận|tỉnh|hội|đoàn thể|bộ|chủ đầu tư|đơn vị chủ đầu tư|Đại sứ quán|nhà trường|chủ mỏ"
    r"|lực lượng|cá nhân|hợp tác xã|ban quản lý|Ban Quản lý dự án|phòng|chi cục|trung tâm|Bộ|Sở|Ban"
    r"|Ngành|tổ chức chính trị - xã hội|cơ quan báo chí|cơ quan thông tin|ngân hàng)"
)
_GROUP_TAIL = (
    r"(?:\s+(?:tỉnh|thành phố|Thành phố|huyện|cấp tỉnh|cấp huyện|cấp xã|thuộc tỉnh|trực thuộc|có liên quan|liên quan"
    r"|chức năng|khác|trên địa bàn(?: tỉnh| thành phố| Thành phố)?|thuộc UBND tỉnh|thuộc Thành phố|Thành phố"
    r"|Trung ương|trung ương|truyền thông|thông tấn|báo chí|hạ tầng[^,;:.]*?(?=[,;:.]|\s+(?:và|phối|chủ)\b)"
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
]
_ABBREV_RE = [(re.compile(p), full) for p, full in _ABBREV]
_TITLE_RE = re.compile(r"^" + _TITLE + r"(?:các\s+)?(?=\S)")
_TITLE_GROUP_RE = re.compile(r"^" + _TITLE)

_GROUP_RE = re.compile(
    rf"(?:{_TITLE})?(?:(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Chủ tịch UBND)\s+)?(?:các|Các|những)\s+"
    rf"{_GROUP_NOUNS}(?![\w])(?:\s*(?:,|và|/)\s*{_GROUP_NOUNS}(?![\w])|,\s*các\s+ngành|\s+{_GROUP_NOUNS}(?![\w]))*"
    rf"{_GROUP_TAIL}"
)
_UB_GROUP_RE = re.compile(
    rf"(?:{_TITLE})?(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND)\s+(?:cấp\s+)?(?:xã|huyện|phường)(?:\s*,\s*(?:xã|phường|"
    rf"thị trấn|thị xã|thành phố)|\s+và\s+(?:xã|phường|thị trấn))*(?=[\s,;:.)])"
    rf"(?!\s+[{_UP}])"
)
_SPECIFIC_RE = re.compile(rf"(?:{_TITLE})?(?:{_HEADS})(?=[\s,;:.)]|$)", re.IGNORECASE)
_WORD_RE = re.compile(r"\s*([,&]|-|–|\(|[^\s,;:.()\"“”]+\.?)")
_SEP_RE = re.compile(r"\s*(?:,|;|và|cùng|với|/)?\s*(?:với\s+)?")
_DISTRIB_RE = re.compile(r"(?:các|Các)\s+(sở|Sở|ban|Ban|Bộ|bộ)\s*:?\s+(?=[" + _UP + r"])")


@dataclass(frozen=True, slots=True)
class Mention:
    text: str  # as written
    name: str  # canonical full name
    start: int
    end: int
    group: bool = False
    generic: bool = False


_GENERIC_RE = re.compile(r"(liên quan|chức năng|\bkhác$)", re.IGNORECASE)
_VAGUE = set("cac nhung co quan don vi to chuc ca nhan dia phuong doanh nghiep va tren ban nganh".split())


def is_generic_name(name: str) -> bool:
    key = fold(name)
    if _GENERIC_RE.search(name) or re.search(r"\b(lien quan|chuc nang)\b|\bkhac$", key):
        return True
    words = key.split()
    return bool(words) and words[0] == "cac" and set(words) <= _VAGUE and "so" not in words


def canonical(mention: str) -> str:
    """Full name for a mention: abbreviations expanded, a title replaced by its agency."""
    text = " ".join(mention.replace("\n", " ").split()).strip(" ,;:.-")
    for pattern, full in _ABBREV_RE:
        text = pattern.sub(full, text)
    m = _TITLE_GROUP_RE.match(text)
    if m and len(text) > m.end():
        rest = text[m.end() :]
        text = rest if rest[:1].isupper() or rest.startswith("các") else text
    text = _new_tones(text)
    if text[:1].islower() and not text.startswith(("các", "những")):
        text = text[:1].upper() + text[1:]
    return text


_TONES = {"oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa", "uỳ": "ùy", "uý": "úy", "uỷ": "ủy"}
_TONES.update({k[0].upper() + k[1]: v[0].upper() + v[1] for k, v in _TONES.items()})
_TONES_RE = re.compile("(" + "|".join(_TONES) + r")(?![^\W\d_])")


def _new_tones(text: str) -> str:
    """'hoá' -> 'hóa', 'Uỷ' -> 'Ủy' where the pair ends the syllable ('hoạch' is left alone)."""
    return _TONES_RE.sub(lambda m: _TONES[m.group(1)], text)


def _is_cap(word: str) -> bool:
    return bool(word) and (word[0].isupper() or word[0].isdigit())


_LONG_HEADS = (
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


def _extend_name(text: str, pos: int, head_cap: bool, head: str = "") -> int:
    """End of the proper name that starts after a head noun at ``pos``."""
    end = pos
    lower_run = 0
    low = head.lower().strip()
    max_run = 6 if low.split(" ")[0] in _LONG_HEADS or low in _LONG_HEADS else 3
    first = low not in ("ban quản lý", "ban chỉ đạo", "bộ chỉ huy", "bộ tư lệnh", "bộ đội biên phòng")
    i = pos
    if low == "liên hiệp" and text.startswith(" các tổ chức", pos):
        i = end = pos + len(" các tổ chức")
        first = False
    while True:
        m = _WORD_RE.match(text, i)
        if not m:
            break
        w = m.group(1)
        if w in (",",):
            nxt = _WORD_RE.match(text, m.end())
            if nxt and _is_cap(nxt.group(1)) and not _SPECIFIC_RE.match(text, nxt.start(1)):
                if _looks_like_name_part(text, nxt.start(1)):
                    i = m.end()
                    continue
            break
        if w in ("-", "–", "&"):
            nxt = _WORD_RE.match(text, m.end())
            if nxt and _is_cap(nxt.group(1)):
                i = m.end()
                continue
            break
        if w == "và":
            nxt = _WORD_RE.match(text, m.end())
            if nxt and _is_cap(nxt.group(1)) and not _SPECIFIC_RE.match(text, nxt.start(1)):
                i = m.end()
                lower_run = 0
                continue
            break
        if w == "(":
            break
        bare = w.rstrip(".")
        nxt2 = _WORD_RE.match(text, m.end())
        pair = f"{bare} {nxt2.group(1)}".lower() if nxt2 else bare.lower()
        if _is_cap(bare) and pair in _CAP_STOP:
            break
        if _is_cap(bare):
            if first and not head_cap and not bare[0].isupper():
                break
            end = m.start(1) + len(bare)
            lower_run = 0
            i = m.end()
            first = False
            continue
        if bare in ("tỉnh", "huyện", "xã", "phường", "quận") or (
            bare == "thành" and text.startswith("thành phố", m.start(1))
        ):
            # "Công an tỉnh", "UBND huyện Tuần Giáo"
            if bare == "thành":
                m2 = re.compile(r"thành phố").match(text, m.start(1))
                assert m2 is not None
                stop = m2.end()
            else:
                stop = m.start(1) + len(bare)
            end = stop
            i = stop
            lower_run = 0
            first = False
            continue
        if (
            bare in _STOP
            or bare in _STOP2
            or pair in _STOP2
            or first
            or lower_run >= max_run
            or not bare.isalpha()
        ):
            break
        lower_run += 1
        end = m.start(1) + len(bare)
        i = m.end()
    return end


def _looks_like_name_part(text: str, pos: int) -> bool:
    """After a comma inside a name: "Văn hóa, Thể thao và Du lịch" (a capitalised word, not a sentence)."""
    m = re.compile(r"([^\s,;:.]+)(?:\s+([^\s,;:.]+))?").match(text, pos)
    if not m:
        return False
    w1, w2 = m.group(1), m.group(2) or ""
    return w1 in ("Thể", "Thương", "Gia", "Khoa") or (w1 == "Văn" and w2 == "hóa")


def mention_at(text: str, pos: int) -> list[Mention]:
    """Mentions that start exactly at ``pos`` (several when a head noun is shared)."""
    found = _mention_at(text, pos)
    if found and " " in found[0].text and found[0].text.isupper():
        return []  # a heading in capitals ("IV. TỔ CHỨC THỰC HIỆN")
    return found


def _mention_at(text: str, pos: int) -> list[Mention]:
    m = _DISTRIB_RE.match(text, pos)
    if m:
        return _distribute(text, pos, m)
    m = _LOCAL_DISTRIB_RE.match(text, pos)
    if m:
        found = _distribute_local(text, m)
        if found:
            return found
    for rx in (_UB_GROUP_RE, _GROUP_RE):
        g = rx.match(text, pos)
        if g:
            end = _trim(text, g.start(), g.end())
            raw = text[pos:end]
            name = canonical(raw)
            return [Mention(raw, name, pos, end, group=True, generic=is_generic_name(raw))]
    s = _SPECIFIC_RE.match(text, pos)
    if s:
        head = text[pos : s.end()]
        head_cap = head[:1].isupper()
        bare_head = _TITLE_GROUP_RE.sub("", head)
        end = _extend_name(text, s.end(), head_cap, bare_head)
        raw = text[pos:end]
        if end == s.end():
            if not re.fullmatch(rf"(?:{_TITLE})?(?:{_STANDALONE})", raw):
                return []
        elif not head_cap and not re.match(r"\s*[" + _UP + "]", text[s.end() : s.end() + 3]):
            return []
        if re.fullmatch(r"(?:Ủy ban nhân dân|UBND|Uỷ ban nhân dân)\s*", head) and end == s.end():
            return []
        return [Mention(raw, canonical(raw), pos, end)]
    return []


def _trim(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " ,;:.-":
        end -= 1
    return end


def _distribute(text: str, pos: int, m: re.Match[str]) -> list[Mention]:
    """ "các sở: Tài chính, Y tế" -> Sở Tài chính, Sở Y tế (commas inside names kept)."""
    head = m.group(1).capitalize()
    out: list[Mention] = []
    i = m.end()
    while True:
        end = _extend_name(text, i, True)
        if end <= i:
            break
        # split "Tài chính, Văn hóa, Thể thao và Du lịch, Kế hoạch và Đầu tư, Y tế" on commas unless inside a name
        for part_start, part_end in _split_names(text, i, end):
            raw = text[part_start:part_end]
            out.append(Mention(raw, canonical(f"{head} {raw}"), part_start, part_end))
        j = re.compile(r"\s*(?:,|và)\s*").match(text, end)
        if (
            not j
            or not re.match(r"[" + _UP + "]", text[j.end() : j.end() + 1])
            or _SPECIFIC_RE.match(text, j.end())
        ):
            break
        i = j.end()
    if not out:
        return []
    return out


_LOCAL_DISTRIB_RE = re.compile(
    r"(?:(?:Chủ tịch\s+)?(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND)\s+)(?:các\s+)?(phường|xã|huyện)\s*:\s*(?=["
    + _UP
    + r"])"
    r"|(?:các\s+)?Đại sứ quán(?:\s+các\s+nước)?\s*:\s*(?=[" + _UP + r"])"
)
_LOCAL_ITEM_RE = re.compile(r"\s*(?:,|và|;)?\s*(?:(phường|xã|huyện|thị trấn)\s+)?")


def _distribute_local(text: str, m: re.Match[str]) -> list[Mention]:
    """ "UBND các phường: Ba Đình, Hoàn Kiếm và xã Bát Tràng" -> one mention per locality."""
    kind = m.group(1)
    prefix = "Ủy ban nhân dân" if kind else "Đại sứ quán"
    out: list[Mention] = []
    i = m.end()
    while True:
        end = _extend_name(text, i, True)
        if end <= i:
            break
        raw = text[i:end]
        name = f"{prefix} {kind} {raw}" if kind else f"{prefix} {raw}"
        out.append(Mention(raw, canonical(name), i, end))
        sep = _LOCAL_ITEM_RE.match(text, end)
        if not sep or sep.end() == end or not re.match("[" + _UP + "]", text[sep.end() : sep.end() + 1]):
            break
        if _SPECIFIC_RE.match(text, sep.end()):
            break
        if sep.group(1):
            kind = sep.group(1)
        i = sep.end()
    return out


_KNOWN_COMMA_NAMES = ("Văn hóa, Thể thao và Du lịch", "Văn hoá, Thể thao và Du lịch", "Văn hóa, Thể thao")


def _split_names(text: str, start: int, end: int) -> list[tuple[int, int]]:
    chunk = text[start:end]
    parts: list[tuple[int, int]] = []
    i = 0
    while i < len(chunk):
        for known in _KNOWN_COMMA_NAMES:
            if chunk.startswith(known, i):
                j = i + len(known)
                break
        else:
            j = chunk.find(",", i)
            j = len(chunk) if j < 0 else j
        parts.append((start + i, start + j))
        k = j
        while k < len(chunk) and chunk[k] in ", ":
            k += 1
        i = k
    return [(a, b) for a, b in parts if b > a]


def mention_list_at(text: str, pos: int, *, limit: int | None = None) -> tuple[list[Mention], int]:
    """A list of mentions joined by commas, "và", ";" starting at ``pos``; returns them and the end."""
    out: list[Mention] = []
    i = pos
    end = pos
    limit = len(text) if limit is None else limit
    while i < limit:
        found = mention_at(text, i)
        if not found:
            break
        out.extend(found)
        end = found[-1].end
        sep = _SEP_RE.match(text, end)
        i = sep.end() if sep else end
        if i == end:
            break
    return out, end


_CAND_RE = re.compile(rf"(?<![\w])(?:{_TITLE})?(?:(?:các|Các)\s|(?:{_HEADS})(?=[\s,;:.)]))", re.IGNORECASE)


def find_mentions(text: str) -> list[Mention]:
    """Every agency mention in ``text``, left to right."""
    out: list[Mention] = []
    i = 0
    while True:
        m = _CAND_RE.search(text, i)
        if not m:
            break
        found = mention_at(text, m.start())
        if found:
            out.extend(found)
            i = found[-1].end
        else:
            i = m.end()
    return out
