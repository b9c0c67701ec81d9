"""Where a document's operative body lies, and what in it assigns nothing.

The body starts at the first numbered item before the closing (or the first lettered or dash item,
or, in a short notice, after the header); a letter names its addressees first ("Kính gửi: ...").
Closing formulas, recipients and signatures are off the body; ``is_formulaic`` knows the closing
sentences that stand inside it ("Yêu cầu Thủ trưởng các sở ... nghiêm túc thực hiện Chỉ thị này./.").
"""

from __future__ import annotations

import re

from dondoc.extraction.mentions import Mention, find_mentions
from dondoc.extraction.model import Header, Span, TextDocument
from dondoc.extraction.structure import Paragraph

OPERATIVE = ("roman", "number", "article", "paren", "letter", "part", "chapter", "dash", "plus")

_CLOSING = re.compile(
    r"^(?:Nơi nhận|NƠI NHẬN|TM\.|KT\.|TL\.|TUQ\.|Q\.\s|T/M|CHỦ TỊCH$|GIÁM ĐỐC$)"
    r"|^Nhận được (?:Chỉ thị|Công văn|Kế hoạch|Thông báo|văn bản)|^[-–]\s*(?:Như trên|Lưu\s*:)"
    r"|^(?:Trên đây là|(?:Trong )?[Qq]uá trình (?:tổ chức )?(?:thực hiện|triển khai)[^.;]{0,60}(?:khó khăn|vướng mắc|phát sinh))"
)
_CLOSING_FORMULA = re.compile(
    r"thông báo\b.{0,250}\bđể\b.{0,120}\b(?:biết|thực hiện)\W*$"  # "Nay, thông báo ... để ... thực hiện./."
    # "Căn cứ văn bản này, các cơ quan, đơn vị liên quan triển khai thực hiện./."
    r"|^(?:Căn cứ [^,.]{3,80},\s*)?(?:Yêu cầu\s+)?(?:Thủ trưởng\s+)?các\s+cơ\s+quan[^.;]{0,100}\bthực\s+hiện\s*(?:\./\.|\.)?\s*$",
    re.IGNORECASE | re.DOTALL,
)
_RECIPIENTS = re.compile(r"\bNơi nhận\s*:")
# "Yêu cầu Thủ trưởng các sở, ... nghiêm túc triển khai thực hiện Chỉ thị này./." however damaged the list
_CLOSING_HEAD = re.compile(r"^(?:Yêu cầu|Đề nghị|Căn cứ (?:Chỉ thị|Kế hoạch|Công văn|văn bản) này)\b")
# The body's last paragraph: "Căn cứ Chỉ thị này, Thủ trưởng các sở ... báo cáo kết quả ... ./.",
# "Yêu cầu các cấp, các ngành ... nghiêm túc triển khai, thực hiện; thường xuyên báo cáo kết quả ... ./."
_CLOSING_ASK = re.compile(
    r"^(?:Căn cứ (?:Chỉ thị|Kế hoạch|Công văn|Thông báo|văn bản) này\b"
    r"|(?:Yêu cầu|Đề nghị)\b[^.;]{0,250}?\b(?:nghiêm túc|khẩn trương)\s+(?:triển khai|thực hiện|tổ chức)"
    r"(?:\s*,\s*(?:triển khai|thực hiện))?\s*[;,]\s*(?:thường xuyên|định kỳ|kịp thời)?\s*báo cáo\b)"
)
# "Các sở, ban, ngành, UBND các xã căn cứ Kế hoạch này triển khai thực hiện./."
_CLOSING_BY_THIS = re.compile(
    r"\b(?:căn cứ|theo)\s+(?:nội dung\s+)?(?:Chỉ thị|Kế hoạch|Công văn|Thông báo|Quyết định|văn bản) này"
    r"[^.;]{0,60}?(?:tổ chức\s+)?(?:triển khai\s+)?(?:thực hiện|triển khai)(?:\s+(?:nghiêm túc|có hiệu quả))?\s*\./\.\s*$"
)
_CLOSING_THIS = re.compile(
    r"(?:thực hiện|triển khai)[^.;]{0,60}\b(?:Chỉ thị|Kế hoạch|Công văn|Thông báo|Quyết định|văn bản) này\b"
)
_CLOSING_TAIL = re.compile(
    r"(?:thực hiện|triển khai|chấp hành)(?:\s+(?:nghiêm túc|nghiêm|tốt|có hiệu quả))?\s+"
    r"(?:các nội dung của\s+)?(?:Chỉ thị|Kế hoạch|Công văn|Thông báo|Quyết định|văn bản) này\s*\.?/?\.?\s*$"
)
# Lines that are never an assignment: the start of the recipients or of a quoted instrument, and the
# phrases of a decision's last articles (looked for only where their words stand).
_EXCLUDE_START = re.compile(
    r"^(?:Nơi nhận|Như (?:trên|Điều)|Lưu:?\s)"
    r"|^(?:Nghị định|Thông tư|Quyết định|Nghị quyết|Chỉ thị|Công văn|Kế hoạch|Luật|Thông báo)(?:\s+liên tịch)?\s+số\s",
    re.IGNORECASE,
)
_EXCLUDE_PHRASE = re.compile(
    r"chịu trách nhiệm thi hành (?:Quyết định|Chỉ thị)|(?:Quyết định|Chỉ thị) này có hiệu lực", re.IGNORECASE
)


def is_formulaic(body: str) -> bool:
    """A paragraph that assigns nothing: a closing formula, the recipients, a quoted instrument."""
    if _EXCLUDE_START.match(body):
        return True
    low = body.lower()
    if ("thi hành" in low or "hiệu lực" in low) and _EXCLUDE_PHRASE.search(body):
        return True
    if (
        len(body) < 600
        and "thực hiện" in body
        and ("thông báo" in low or "cơ quan" in low)
        and _CLOSING_FORMULA.search(body)
    ):
        return True
    if len(body) < 400 and _CLOSING_HEAD.match(body) and _CLOSING_TAIL.search(body):
        return True
    return (
        len(body) < 600
        and body.rstrip().endswith("./.")
        and bool(
            _CLOSING_ASK.match(body)
            or (_CLOSING_HEAD.match(body) and _CLOSING_THIS.search(body))
            or (len(body) < 300 and _CLOSING_BY_THIS.search(body))
        )
    )


def _start(doc: TextDocument, paras: list[Paragraph], header: Header) -> int:
    """First operative paragraph (the first numbered item).

    Without numbered items: the first lettered or dash item of the body; a short notice with no items
    at all is operative from the end of its header (title, number, date, subject) on.
    """
    numbered = ("roman", "number", "article", "part", "chapter")
    closing = next((i for i, p in enumerate(paras) if _CLOSING.match(p.text)), len(paras))
    # numbered items of the body come before its closing (those after it belong to an appendix)
    start = next((i for i, p in enumerate(paras[:closing]) if p.marker_kind in numbered), None)
    if start is not None:
        return start
    start = next((i for i, p in enumerate(paras[:closing]) if p.marker_kind in ("letter", "dash")), None)
    if start is None:
        ends = [sp.end for key, sp in header.spans.items() if not key.startswith("signer")]
        head_end = max(ends, default=0)
        start = next((i for i, p in enumerate(paras) if p.span.end > head_end), 0) if ends else 0
        p = paras[start] if start < len(paras) else None
        if p is not None and p.span.start < head_end and p.kind == "para":
            # the header's last lines ran into the first paragraph: the body starts after them
            text = doc.text[head_end : p.span.end]
            lead = len(text) - len(text.lstrip())
            body = " ".join(text.split())
            if body:
                paras[start] = Paragraph(
                    text=body, span=Span(head_end + lead, p.span.end), body=body, section=p.section
                )
    return start


def body_start(doc: TextDocument, paras: list[Paragraph], header: Header) -> tuple[int, list[Mention]]:
    """Where the operative body starts, and who a letter is addressed to ("Kính gửi: ...").

    May replace the paragraph the header's last lines ran into by its body part (``paras`` is the
    caller's own list)."""
    start = _start(doc, paras, header)
    addressees, after = _addressees(paras)
    if after and start < after:
        end = next((i for i in range(after, len(paras)) if _CLOSING.match(paras[i].text)), len(paras))
        start = next((i for i in range(after, end) if paras[i].marker_kind in OPERATIVE), after)
    return start, addressees


def off_zones(paras: list[Paragraph], start: int) -> set[int]:
    """Closing formulas, Nơi nhận and signatures, up to an attached document's next big section."""
    off: set[int] = set()
    closed = ended = False
    for i in range(start, len(paras)):
        p = paras[i]
        if _CLOSING.match(p.text) or ("Nơi nhận" in p.text and _RECIPIENTS.search(p.text)) or ended:
            closed = True
        elif closed and p.marker_kind in ("roman", "part", "chapter", "article", "appendix"):
            closed = False
        if closed:
            off.add(i)
        ended = p.text.rstrip().endswith("./.")  # the body's end mark
    return off


MAX_ADDRESSEES = 8  # a longer "Kính gửi" list is no letter's addressees
THIS_DOC = re.compile(r"\b(?:Chỉ thị|Kế hoạch|Kết luận|Công văn|Thông báo|Quyết định|văn bản) này\b")

_KINH_GUI = re.compile(r"^Kính\s*gửi\s*:?\s*", re.IGNORECASE)


def _addressees(paras: list[Paragraph]) -> tuple[list[Mention], int]:
    """Who a letter is addressed to ("Kính gửi: Công ty X" / a dash list below it) and where it ends."""
    for i, p in enumerate(paras[:80]):
        m = _KINH_GUI.match(p.text)
        if not m:
            continue
        found = [x for x in find_mentions(p.text[m.end() :]) if not x.generic]
        j = i + 1
        while j < len(paras) and paras[j].marker_kind in ("dash", "plus") and len(paras[j].body) < 150:
            found += [x for x in find_mentions(paras[j].body) if not x.generic]
            j += 1
        return found, j
    return [], 0
