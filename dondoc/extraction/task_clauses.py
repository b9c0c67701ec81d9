"""Who a clause names: its leads (subject, "Giao X", "X chủ trì") and supports ("phối hợp với Y")."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from dondoc.extraction.mention_lexicon import fold
from dondoc.extraction.mentions import Mention, find_mentions, mention_list_at

_OPENERS = re.compile(
    r"^(?:\(?[*]\)?\s*)?(?:(?P<trig>Giao(?:\s+cho)?|Yêu cầu|Đề nghị|Kính đề nghị|Đối với|Riêng|Giao nhiệm vụ cho)(?:\s+đối\s+với)?\s*:?\s+)?",
    re.IGNORECASE,
)
_ISSUER_VERB = re.compile(
    r"^\s*(?:,\s*)?(?:đã\s+|sẽ\s+)?(?:trân trọng\s+|kính\s+)?(?:giao|yêu cầu|đề nghị|chỉ đạo|thống nhất giao|thống nhất|có ý kiến|kết luận)",
    re.IGNORECASE,
)
_TRIGGER = re.compile(
    r"(?:(?<=[\s,;.:(])|^)(?:giao(?:\s+cho)?|yêu cầu|đề nghị)(?:\s+đối\s+với)?\s+", re.IGNORECASE
)
_RESPONSIBLE = re.compile(
    r"^\s*,?\s*(?:là cơ quan (?:thường trực|đầu mối|chủ trì)|chủ trì|có trách nhiệm|chịu trách nhiệm|tham mưu|"
    r"theo chức năng|căn cứ chức năng|khẩn trương|chủ động|phối hợp|thực hiện|tổ chức|triển khai|có văn bản|"
    r"tiếp tục|tập trung|nghiêm túc|rà soát|hướng dẫn|kiểm tra|xây dựng|quán triệt)",
    re.IGNORECASE,
)
# "- Công ty X: 0243.974.62.25 – 0243.976.22.45." (a contact list, not an assignment)
_PHONE = re.compile(
    r"^[\s:,-]*(?:(?:ĐT|Điện thoại|SĐT|Hotline)\s*:?\s*)?(?:[\d.\s()+]{8,}[\s–,;/-]*)+\.?\s*$"
)
_RESPONSIBLE_AFTER = re.compile(
    r"\s*,?\s*(?:chủ trì|có trách nhiệm|chịu trách nhiệm|là cơ quan)", re.IGNORECASE
)
_RESPONSIBLE_HINT = re.compile(r"chủ trì|có trách nhiệm|chịu trách nhiệm|là cơ quan", re.IGNORECASE)
_JOINT = re.compile(
    r"^(?:Tăng cường|Đẩy mạnh|Nâng cao(?: hiệu quả)?)\s+(?:công tác\s+|sự\s+)?phối hợp giữa\s+"
    r"(?:các\s+(?:cơ quan|đơn vị|lực lượng)(?:\s+chức năng)?\s*:\s*)?"
)
_ACKNOWLEDGES = re.compile(
    r"^\s*,?\s*(?:đã\s+)?(?:ghi nhận|đánh giá cao|biểu dương|khen ngợi|hoan nghênh|cơ bản thống nhất|báo cáo kết quả)",
    re.IGNORECASE,
)
_SUPPORT = re.compile(
    r"phối\s+(?:hợp(?:\s*,?\s*(?:và\s+)?hỗ\s+trợ)?(?:\s+chặt\s+chẽ)?(?:\s+(?:với|cùng))?|với)(?:\s+các\s+lực\s+lượng)?"
    r"\s*(?::\s*)?",
    re.IGNORECASE,
)
_ONLY_HEADING = re.compile(
    r"^[\s,:;.-]*(?:(?:là\s+cơ\s+quan\s+)?chủ\s+trì|thực\s+hiện|có\s+trách\s+nhiệm|và|,|:|\s)*"
    r"(?:phối\s+hợp(?:\s+thực\s+hiện)?(?:\s+với)?)?[\s,:;.-]*$",
    re.IGNORECASE,
)


@dataclass(slots=True)
class Parties:
    leads: list[Mention] = field(default_factory=list)
    supports: list[Mention] = field(default_factory=list)
    how: str = ""  # "subject" | "trigger" | "responsible" | ""
    rest: str = ""  # what follows the subject list (empty for a bare heading)


def _is_self(m: Mention, issuer_key: str) -> bool:
    key = fold(m.name)
    if not issuer_key:
        return key in ("uy ban nhan dan tinh", "uy ban nhan dan thanh pho")
    return key == issuer_key or (
        issuer_key.startswith(key)
        and key in ("uy ban nhan dan tinh", "uy ban nhan dan thanh pho", "uy ban nhan dan")
    )


def _is_issuer(m: Mention, issuer_key: str) -> bool:
    """The issuer naming itself: "Sở Công Thương đề nghị ..." in a letter of "Sở Công Thương tỉnh Lào Cai"."""
    if _is_self(m, issuer_key):
        return True
    key = fold(m.name)
    return (
        bool(key)
        and issuer_key.startswith(key + " ")
        and issuer_key[len(key) + 1 :].startswith(("tinh ", "thanh pho "))
    )


# "đề nghị các Đại sứ quán, ..., yêu cầu các sở, ngành ...": a second request joined to the first.
_AND_ASKS = re.compile(r"\s*[,;]?\s*(?:và\s+)?(?:yêu cầu|đề nghị|giao)\s+", re.IGNORECASE)
# "... đã có Văn bản số 787/C06-P3 ngày 29/01/2026 đề nghị ...": someone else's request, reported.
_REPORTED = re.compile(
    r"\bđã\s+(?:có\s+)?(?:[Vv]ăn bản|[Cc]ông văn|[Tt]ờ trình|[Bb]áo cáo|[Tt]hông báo)\b[^.;]*$"
)
_SELF_NAMES = ("uy ban nhan dan tinh", "uy ban nhan dan thanh pho", "ubnd tinh", "ubnd thanh pho")


def _asked(clause: str, pos: int) -> tuple[list[Mention], int]:
    """Who a trigger asks, with a second request joined to it: "đề nghị các Đại sứ quán, các tỉnh,
    yêu cầu các sở, ngành, địa phương cử đầu mối ..." names both lists."""
    leads, end = mention_list_at(clause, pos)
    more = _AND_ASKS.match(clause, end) if leads else None
    if more:
        extra, end2 = mention_list_at(clause, more.end())
        if extra:
            return leads + extra, end2
    return leads, end


def _speaks_as_issuer(before: str, issuer_key: str) -> bool:
    """ "..., Ủy ban nhân dân tỉnh Lào Cai trân trọng| đề nghị": the issuer asks, however long the preamble."""
    key = fold(before)
    tail = key[-70:]
    short = re.split(r" (?:tinh|thanh pho) ", issuer_key + " ", maxsplit=1)[0].strip()  # "so cong thuong"
    return any(n in tail for n in _SELF_NAMES) or bool(short and short in tail)


@lru_cache(maxsize=4096)
def parties(clause: str, issuer: str | None = None) -> Parties:
    """Leads and supports named by one clause (a paragraph's text after its marker).

    Memoised (a heading is read for every paragraph below it): callers share the result, never change it.
    """
    issuer_key = fold(issuer or "")
    low = clause.lower()
    out = Parties()
    m = _OPENERS.match(clause)
    pos = m.end() if m else 0
    leads, end = mention_list_at(clause, pos)
    if leads and all(_is_issuer(x, issuer_key) for x in leads) and _ISSUER_VERB.match(clause[end:]):
        t = _TRIGGER.search(clause, end)
        if t:
            leads, end = _asked(clause, t.end())
            out.how = "trigger"
        else:
            leads = []
    elif leads:
        out.how = "subject"
    if not leads and ("giao" in low or "yêu cầu" in low or "đề nghị" in low):
        t = _TRIGGER.search(clause)
        while t and _REPORTED.search(clause, max(0, t.start() - 120), t.start()):
            t = _TRIGGER.search(clause, t.end())  # "Cục X đã có Văn bản số ... đề nghị Y": a fact reported
        if t and (
            t.start() < 200 or _speaks_as_issuer(clause[max(0, t.start() - 90) : t.start()], issuer_key)
        ):
            leads, end = _asked(clause, t.end())
            out.how = "trigger" if leads else ""
    if not leads and "phối hợp giữa" in low:
        j = _JOINT.match(clause)
        if j:  # "Tăng cường phối hợp giữa các cơ quan: Sở X, Sở Y và Công an tỉnh trong ..." (joint leads)
            leads, end = mention_list_at(clause, j.end())
            out.how = "joint" if leads else ""
    head = low[:340]
    if (
        not leads
        and ("chủ trì" in head or "trách nhiệm" in head or "là cơ quan" in head)
        and _RESPONSIBLE_HINT.search(clause, 0, 340)
    ):
        for mm in find_mentions(clause[:300]):
            if (
                not mm.generic
                and _RESPONSIBLE.match(clause[mm.end :])
                and _RESPONSIBLE_AFTER.match(clause, mm.end)
            ):
                leads, end = mention_list_at(clause, mm.start)
                out.how = "responsible"
                break
    if leads and _ACKNOWLEDGES.match(clause[end:]):
        leads = []  # "Ủy ban nhân dân tỉnh ghi nhận, đánh giá cao ..." states, assigns nothing
    leads = [x for x in leads if not _is_self(x, issuer_key)]
    if leads and ";" in clause:
        leads = leads + _joint_subjects(clause, end, leads, issuer_key)
    out.leads = leads
    out.rest = clause[end:] if leads else clause
    lead_keys = {fold(x.name) for x in leads}
    seen: set[str] = set()
    for s in _SUPPORT.finditer(clause) if "phối" in low else ():
        found, _ = mention_list_at(clause, s.end())
        for x in found:
            key = fold(x.name)
            if key not in lead_keys and key not in seen and not _is_self(x, issuer_key):
                seen.add(key)
                out.supports.append(x)
    return out


# "...; Ban Quản lý dự án Y đẩy nhanh ...", "...; đồng thời UBND phường X đề xuất ...": another subject
# with its own predicate after a semicolon is a joint lead of the same paragraph.
_NEXT_CLAUSE = re.compile(r";\s+(?:đồng thời,?\s+)?")
_NOT_PREDICATE = re.compile(r"\s*(?:[,;:.()]|và\b|phối hợp\b|của\b|thuộc\b|tại\b|về\b|với\b|theo\b|trên\b|$)")


def _joint_subjects(clause: str, start: int, leads: list[Mention], issuer_key: str) -> list[Mention]:
    keys = {fold(x.name) for x in leads}
    out: list[Mention] = []
    for m in _NEXT_CLAUSE.finditer(clause, start):
        if not clause[m.end() : m.end() + 1].isupper():
            continue  # a subject after a semicolon starts with a capital ("Ban Quản lý ...", "UBND ...")
        before = clause[max(start, m.start() - 120) : m.start()].rstrip()
        named = find_mentions(before)
        if named and named[-1].end >= len(before) - 1:
            continue  # "Yêu cầu Thủ trưởng các sở, ban, ngành; Chủ tịch UBND ...": one list, not two clauses
        found, end = mention_list_at(clause, m.end())
        if not found or any(x.generic for x in found) or _NOT_PREDICATE.match(clause, end):
            continue
        for x in found:
            key = fold(x.name)
            if key not in keys and not _is_issuer(x, issuer_key):
                keys.add(key)
                out.append(x)
    return out


def is_bare_heading(p: Parties) -> bool:
    """ "2. Sở Kế hoạch và Đầu tư:" / "Sở Công Thương chủ trì, phối hợp với các sở:" (names, no action)."""
    if not p.leads:
        return False
    if _FOLLOWING.match(p.rest):
        return True  # "4. Các sở, ngành sau đây có trách nhiệm ..." announces the items below
    rest = p.rest
    for s in p.supports:
        rest = rest.replace(s.text, " ")
    rest = re.sub(r"\([^()]*\)", " ", rest)  # "12. Sở Nội vụ (Ban Thi đua - Khen thưởng)"
    rest = re.sub(
        r"\b(?:và|các|cơ quan|đơn vị|liên quan|có liên quan|của tỉnh|của Thành phố|trong tỉnh)\b", " ", rest
    )
    return bool(_ONLY_HEADING.match(rest) or _PHONE.match(rest)) or len(rest.strip(" .:;,")) <= 2


_FOLLOWING = re.compile(r"^\s*(?:sau đây|dưới đây)\b", re.IGNORECASE)
_INTRO_ONLY = re.compile(
    r"^(?:[\s,;]|và|là cơ quan (?:chủ trì|thường trực|đầu mối)|chủ trì|có trách nhiệm|chịu trách nhiệm|tổ chức"
    r"|triển khai|thực hiện|chủ động|khẩn trương|tập trung|tiếp tục|cần|phải|quán triệt|theo dõi"
    r"|(?:căn cứ|theo) chức năng,? nhiệm vụ(?: được giao)?|trong phạm vi[^:]{0,40}|theo địa bàn quản lý[^:]{0,30})*"
    r"(?:(?:các|một số|những)\s+)?(?:nội dung|nhiệm vụ|giải pháp|công việc|biện pháp|yêu cầu)?"
    r"(?:\s+(?:cụ thể|chủ yếu|trọng tâm|sau đây|sau|như sau))*\s*:\s*$",
    re.IGNORECASE,
)


def is_intro(p: Parties) -> bool:
    """ "X có trách nhiệm:" / "X chủ trì, phối hợp với Y tổ chức triển khai các nội dung sau:" (no action of its own)."""
    if not p.leads:
        return False
    rest = p.rest
    for s in p.supports:
        rest = rest.replace(s.text, " ")
    rest = _SUPPORT.sub(" ", rest)
    rest = re.sub(r"\b(?:các cơ quan|đơn vị|liên quan|có liên quan|và)\b", " ", rest)
    return bool(_INTRO_ONLY.match(rest))


# The standard closing of a directive or letter: "UBND tỉnh yêu cầu Thủ trưởng các sở, ngành ... nghiêm
# túc triển khai thực hiện Chỉ thị này./.", "... trân trọng đề nghị Bộ X quan tâm, xem xét, giải quyết./."
_ASKS_ANYWHERE = re.compile(r"yêu cầu|đề nghị", re.IGNORECASE)
_ASKS = re.compile(r"(?:yêu cầu|đề nghị)\s*:?\s*$", re.IGNORECASE)
_FORMULA_VERB = (
    r"(?:nghiêm túc|khẩn trương|quan tâm|phối hợp|nghiên cứu|t[ổô] chức|triển khai|chỉ đạo|xem xét|giải quyết"
    r"|sớm|kịp thời|thực hiện|tạo điều kiện|giúp đỡ|hỗ trợ)"
)
_FORMULA = re.compile(
    rf"^[\s,]*{_FORMULA_VERB}(?:[\s,]+(?:và\s+)?{_FORMULA_VERB})*"
    r"(?:\s+(?:nghiêm túc|tốt|có hiệu quả|đầy đủ))?"
    r"(?:\s+(?:các nội dung|Chỉ thị|Kế hoạch|Kết luận|Công văn|Thông báo|Quyết định|văn bản)\s+(?:này|nêu trên|trên))?"
    r"(?:\s+(?:nghiêm túc|tốt|có hiệu quả))?(?:\s+theo (?:đúng )?quy định(?: của pháp luật)?)?\s*(?:\./\.|[.;]|$)",
    re.IGNORECASE,
)
# "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, kịp thời phản ánh về Sở X để tổng hợp ..."
_TROUBLE = re.compile(
    r"^\W*(?:(?:trong\s+)?quá trình|trường hợp|nếu)\b.{0,200}?(?:khó khăn|vướng mắc|phát sinh)",
    re.IGNORECASE | re.DOTALL,
)


def only_formula(rest: str) -> bool:
    """What follows the subjects is the closing formula and nothing else ("tổ chức thực hiện nghiêm túc
    Chỉ thị này./.")."""
    m = _FORMULA.match(rest)
    return m is not None and not rest[m.end() :].strip(" ,;./")


def closing_rest(clause: str, issuer: str | None = None, parsed: Parties | None = None) -> str | None:
    """What follows a closing formula that opens ``clause`` ("" when nothing else); None if there is none.

    ``parsed`` is ``parties(clause, issuer)`` when the caller has it already.
    """
    if not _ASKS_ANYWHERE.search(clause):
        return None
    p = parties(clause, issuer) if parsed is None else parsed
    if not p.leads or not _ASKS.search(clause[: p.leads[0].start]):
        return None
    m = _FORMULA.match(p.rest)
    if not m:
        return None
    rest = p.rest[m.end() :].strip(" ,;./")
    if not rest or _TROUBLE.match(rest) or closing_rest(rest, issuer) == "":
        return ""
    return rest
