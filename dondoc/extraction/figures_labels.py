"""Labels of a figure: what it measures ("tăng trưởng GRDP"), its period and its basis."""

from __future__ import annotations

import re

_I = re.IGNORECASE

PERIOD = re.compile(
    r"(?:\d+\s+tháng\s+(?:đầu|cuối)\s+năm(?:\s+(?:19|20)\d{2})?|quý\s+[IV1-4]+(?:\s*(?:/|năm)\s*\d{4})?|"
    r"năm\s+(?:19|20)\d{2})",
    _I,
)
_BASIS = re.compile(r"so\s+với\s+cùng\s+kỳ(?:\s+năm\s+trước)?|dự\s+toán|kế\s+hoạch", _I)


def basis_of(clause: str) -> str:
    """What a reported figure is compared with: "so với cùng kỳ", "dự toán", "kế hoạch"."""
    m = _BASIS.search(clause)
    if not m:
        return ""
    word = m.group(0).lower()
    return "so với cùng kỳ" if word.startswith("so") else _BLANKS.sub(" ", word)


_TRAILING_VERB = re.compile(
    r"\s*\b(?:đạt|tăng|giảm|là|có|chiếm|lên|xuống|khoảng|tối\s+thiểu|ít\s+nhất|trên|dưới|không\s+(?:vượt\s+)?quá|"
    r"từ|bình\s+quân|trung\s+bình|mới|chỉ|thêm|với|tại|được|bằng|ước(?:\s+tính)?|xảy\s+ra|làm|thu\s+hút|"
    r"hình\s+thành|tổ\s+chức|hỗ\s+trợ|xây\s+dựng|triển\s+khai|cung\s+cấp|số\s+hóa|cắt\s+giảm)\s*$",
    _I,
)
_TRAILING_TIME = re.compile(
    r"\s+(?:(?:trong|đến\s+hết|đến|hết|cuối)\s+)?(?:năm\s+\d{4}|qu[ýy]\s+\w+(?:\s*(?:/|năm)\s*\d{4})?)"
    r"(?:\s+của\s+(?:tỉnh|thành\s+phố|huyện|ngành))?\s*$",
    _I,
)
_INDICATOR_START = re.compile(
    r".*(?:mục\s+tiêu|chỉ\s+tiêu|phấn\s+đấu|đảm\s+bảo|bảo\s+đảm|trong\s+đó|góp\s+phần\s+đạt|[,:“\"])",
    _I | re.S,
)
# Where _INDICATOR_START.match ends (performance only): after the cue that starts last. Every start
# of a cue, overlapping ones included (one character is consumed per match), the cue itself looked
# ahead; a first character starts at most one cue, so the alternatives' order does not matter.
_CUE_STARTS = re.compile(
    '[mMcCpPđĐbBtTgG,:“"](?=(?P<rest>(?i:(?<=m)ục\\s+tiêu|(?<=c)hỉ\\s+tiêu|(?<=p)hấn\\s+đấu|(?<=đ)ảm\\s+bảo|'
    '(?<=b)ảo\\s+đảm|(?<=t)rong\\s+đó|(?<=g)óp\\s+phần\\s+đạt|(?<=[,:“"]))))'
)
# The last words of _TRAILING_VERB's alternatives: a text it matches ends (but for blanks) with one,
# in either case ("ı", "İ" and "ſ" aside, which IGNORECASE also folds).
_VERB_ENDS = tuple(
    "đạt tăng giảm là có chiếm lên xuống khoảng thiểu nhất trên dưới quá từ quân bình mới chỉ thêm với "
    "tại được bằng ước tính ra làm hút thành chức trợ dựng khai cấp hóa".split()
)
_BLANKS = re.compile(r"\s+")


_TAIL_STOP = re.compile(r"[,;.:()]|\bso\s+với\b|\btrên\s+tổng\b|\bvới\b|\bđạt\b|\btrở\s+lên\b", _I)
_CONNECTOR = re.compile(r"\s*(?:/|kế\s+hoạch|dự\s+toán|so\s+với|trở\s+lên|trong|năm|[,;.)])", _I)
_LEADING_TIME = re.compile(r"^(?:(?:trong|đến|đến\s+hết|hết)\s+)?năm\s+\d{4},?\s*", _I)


def _tail(clause: str, rel_end: int) -> str:
    """The noun phrase right after a figure ("5% số vụ tai nạn", "45 vụ cháy")."""
    rest = clause[rel_end:]
    if _CONNECTOR.match(rest):
        return ""
    stop = _TAIL_STOP.search(rest)
    words = (rest[: stop.start()] if stop else rest).split()[:8]
    return " ".join(words)


def indicator_of(clause: str, rel_start: int, rel_end: int, unit: str) -> str:
    """What a figure measures: the words before it less verbs, periods and lead-ins; or the noun phrase
    after it ("100% cán bộ ...", "45 vụ cháy") when nothing precedes it or a verb does."""
    raw = _head(clause, rel_start)
    tail = _tail(clause, rel_end)
    if tail and (not raw or raw != _head_unstripped(clause, rel_start)):
        return tail if unit == "%" else f"{unit} {tail}"
    return raw


def _indicator_start(head: str) -> int | None:
    """``_INDICATOR_START.match(head).end()``, or None when it does not match."""
    ends = [m.end("rest") for m in _CUE_STARTS.finditer(head)]
    return ends[-1] if ends else None


def _may_end_with_verb(text: str) -> bool:
    """Whether ``_TRAILING_VERB`` can match ``text`` (performance only)."""
    tail = text.rstrip()[-7:]
    if "ı" in tail or "İ" in tail or "ſ" in tail:
        return True
    return tail.lower().endswith(_VERB_ENDS)


def _head_unstripped(clause: str, rel_start: int) -> str:
    head = clause[:rel_start]
    end = _indicator_start(head)
    if end is not None and end < len(head):
        head = head[end:]
    return _BLANKS.sub(" ", _LEADING_TIME.sub("", head.strip())).strip(" -+_(")


def _cut_end(pattern: re.Pattern[str], text: str, words: int) -> str:
    """``pattern.sub("", text)`` for a pattern anchored at the end that spans at most ``words``
    blank-separated words: searched only from where those last words start (performance)."""
    parts = text.rsplit(None, words)
    m = pattern.search(text, len(parts[0]) if len(parts) > words else 0)
    return text[: m.start()] + text[m.end() :] if m else text


def _head(clause: str, rel_start: int) -> str:
    head = clause[:rel_start]
    for _ in range(4):
        verbless = _cut_end(_TRAILING_VERB, head, 3) if _may_end_with_verb(head) else head
        low = verbless.lower()  # a _TRAILING_TIME match holds "năm" or "qu" (no letter of them folds oddly)
        timeless = _cut_end(_TRAILING_TIME, verbless, 12) if "năm" in low or "qu" in low else verbless
        trimmed = timeless.rstrip(" ,;:")
        if trimmed == head:
            break
        head = trimmed
    end = _indicator_start(head)
    if end is not None and end < len(head):
        head = head[end:]
    return _BLANKS.sub(" ", _LEADING_TIME.sub("", head.strip())).strip(" -+_(")
