"""The deadline of one task clause: a date, a recurrence, or a kind of urgency.

``parse_deadline(clause, doc_date)`` reads phrases such as "trước ngày 15/9/2021", "trong tháng
9/2021", "trong Quý III năm 2021", "hoàn thành trước Quý IV", "trong năm 2026", "trong 10 ngày làm
việc kể từ ngày ký", "định kỳ hằng quý", "thường xuyên", "khẩn trương". Dates of cited documents
("Nghị quyết số 01/NQ-CP ngày 01/01/2021") and start dates ("kể từ ngày 01/7/2025") are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from dondoc.extraction.dates import (
    add_working_days,
    end_of_month,
    end_of_quarter,
    end_of_year,
    find_dates,
    quarter_number,
)
from dondoc.extraction.model import Deadline

_I = re.IGNORECASE
_YEAR = r"((?:19|20)\d{2})"
_QUARTER = r"qu[ýy]\s*(IV|I{1,3}|[1-4])\b"

# Recurrences, smallest period first (an enumeration "hằng tháng, quý, năm" takes the smallest).
# Plain forms, case-insensitive (tests/extraction/test_fast_patterns.py keeps them):
#   daily       rf"{_HANG}\s+ngày\b(?!\s*\d)"
#   weekly      rf"{_HANG}\s+tuần\b"
#   monthly     rf"{_HANG}\s+tháng\b(?!\s*/)|định\s+kỳ\s+0?1\s+tháng\s*/?\s*(?:1|một)?\s*lần"
#   quarterly   rf"{_HANG}\s+quý|định\s+kỳ\s+(?:theo\s+)?quý|0?3\s+tháng\s*/?\s*(?:\S{{0,2}}\s*)lần"
#               r"|tháng\s+cuối\s+quý|hàng\s+tháng,\s*quý"
#   semiannual  r"(?:định\s+kỳ|báo\s+cáo|mỗi)\s+0?6\s+tháng|0?6\s+tháng\s*/?\s*(?:\S{0,2}\s*)lần"
#   yearly      rf"{_HANG}\s+năm\b|kỳ\s+báo\s+cáo\s+(?:là\s+)?năm|\b0?1\s+năm\s*/?\s*0?1\s+lần|năm\s+(?:một|1)\s+lần"
# with _HANG = r"(?:h[ằàăa]ng|mỗi|định\s+kỳ)"; written, like _ONGOING below, to start with a character
# class of every first character (performance only), each alternative told apart by a lookbehind on
# it, a leading "0?d" split into "(?<=0)d" and "(?<=d)", a leading r"\b" checked after the class.
_HANG = r"(?:h[ằàăa]ng|mỗi|định\s+kỳ)"
_HANG_LED = r"(?:(?<=h)[ằàăa]ng|(?<=m)ỗi|(?<=đ)ịnh\s+kỳ)"  # _HANG after its first letter
_TIMES = r"\s+tháng\s*/?\s*(?:\S{0,2}\s*)lần"
_RECURRENCES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("daily", re.compile(rf"[hHmMđĐ](?i:{_HANG_LED}\s+ngày\b(?!\s*\d))")),
    ("weekly", re.compile(rf"[hHmMđĐ](?i:{_HANG_LED}\s+tuần\b)")),
    (
        "monthly",
        re.compile(
            rf"[hHmMđĐ](?i:{_HANG_LED}\s+tháng\b(?!\s*/)|(?<=đ)ịnh\s+kỳ\s+0?1\s+tháng\s*/?\s*(?:1|một)?\s*lần)"
        ),
    ),
    (
        "quarterly",
        re.compile(
            rf"[hHmMđĐ03tT](?i:{_HANG_LED}\s+quý|(?<=đ)ịnh\s+kỳ\s+(?:theo\s+)?quý|(?<=0)3{_TIMES}|(?<=3){_TIMES}"
            r"|(?<=t)háng\s+cuối\s+quý|(?<=h)àng\s+tháng,\s*quý)"
        ),
    ),
    (
        "semiannual",
        re.compile(
            rf"[đĐbBmM06](?i:(?:(?<=đ)ịnh\s+kỳ|(?<=b)áo\s+cáo|(?<=m)ỗi)\s+0?6\s+tháng|(?<=0)6{_TIMES}|(?<=6){_TIMES})"
        ),
    ),
    (
        "yearly",
        re.compile(
            "[hHmMđĐkK\u212a01nN]"
            rf"(?i:{_HANG_LED}\s+năm\b|(?<=k)ỳ\s+báo\s+cáo\s+(?:là\s+)?năm|(?<=0)(?<!\w.)1\s+năm\s*/?\s*0?1\s+lần"
            r"|(?<=1)(?<!\w.)\s+năm\s*/?\s*0?1\s+lần|(?<=n)ăm\s+(?:một|1)\s+lần)"
        ),
    ),
)
# The next three are case-insensitive alternations written to start with a character class (the
# first letter in every case, "K" Kelvin and "ſ" included, then lookbehinds pick the alternative),
# so that the regex engine skips fast to where a match may start (performance only):
# r"thường\s+xuyên|liên\s+tục"
_ONGOING = re.compile(r"[tTlL](?i:(?<=t)hường\s+xuyên|(?<=l)iên\s+tục)")
# r"khẩn\s+trương|kịp\s+thời|ngay\s+(?:sau\s+khi|khi|lập\s+tức)|ngay\b|sớm\s+nhất|cấp\s+bách|khẩn\s+cấp"
_ASAP = re.compile(
    "[kK\u212anNsS\u017fcC]"
    r"(?i:(?<=k)hẩn\s+trương|(?<=k)ịp\s+thời|(?<=n)gay\s+(?:sau\s+khi|khi|lập\s+tức)|(?<=n)gay\b|(?<=s)ớm\s+nhất|"
    r"(?<=c)ấp\s+bách|(?<=k)hẩn\s+cấp)"
)
# r"trước\s+(?:kỳ\s+họp|tết|lễ|khi|đại\s+hội|mùa)|sau\s+khi|khi\s+có\s+yêu\s+cầu|theo\s+yêu\s+cầu|"
# r"kể\s+từ\s+(?:ngày|khi)\s+(?!(?:được\s+)?(?:ký|ban\s+hành))[^,.;]{0,30}"
_EVENT = re.compile(
    "[tTsS\u017fkK\u212a]"
    r"(?i:(?<=t)rước\s+(?:kỳ\s+họp|tết|lễ|khi|đại\s+hội|mùa)|(?<=s)au\s+khi|(?<=k)hi\s+có\s+yêu\s+cầu|"
    r"(?<=t)heo\s+yêu\s+cầu|(?<=k)ể\s+từ\s+(?:ngày|khi)\s+(?!(?:được\s+)?(?:ký|ban\s+hành))[^,.;]{0,30})"
)

# A cited document just before a date: "Quyết định số 12/QĐ-UBND ngày", "Luật ... ngày".
_DOC_TYPES = (
    r"Luật|Bộ\s+luật|Hiến\s+pháp|Nghị\s+quyết|Nghị\s+định|Quyết\s+định|Chỉ\s+thị|Kế\s+hoạch|Công\s+văn|"
    r"Văn\s+bản|Thông\s+tư|Kết\s+luận|Thông\s+báo|Tờ\s+trình|Công\s+điện|Pháp\s+lệnh|Hướng\s+dẫn|Báo\s+cáo|"
    r"Đề\s+án|Chương\s+trình|Quy\s+chế|Quy\s+định|Điều\s+lệ|Hợp\s+đồng|Biên\s+bản"
)
_CITED_BEFORE = re.compile(
    r"(?:\d+\s*/\s*(?:[\w/]+-\s?)*[\w/]*\w\)?\s*,?\s*(?:ngày|ban\s+hành\s+ngày)?"
    rf"|\b(?:{_DOC_TYPES})\b(?:(?!trước|chậm|hạn|ngày|hoàn\s+thành|xong)[^.;:!?]){{0,90}}ngày)\s*$",
    _I,
)
_START_BEFORE = re.compile(r"(?:kể\s+)?từ\s+(?:ngày\s+)?$", _I)
# A citation earlier in the sentence ("Chỉ thị số 12/CT-BCT ngày 12/11/2021 ... về ...") whose
# subject may carry its own periods ("cuối năm 2021"): nothing after it until a deadline cue.
_CITATION = re.compile(r"số\s*\d+\s*/\s*[\w\-/]+")
_CITATION_END = re.compile(r"[;.|]|trước|hoàn\s+thành|xong|chậm\s+nhất|báo\s+cáo|trình|thời\s+gian|hạn", _I)
_YEARLESS_CUE = re.compile(r"(?:trước|chậm\s+nhất|hạn|đến\s+hết|đến|hết|xong)\s+(?:ngày\s+)?$", _I)
_BEFORE = re.compile(r"trước\s+(?:ngày\s+)?$|trước\s+khi\s+$", _I)

# The patterns from here to _YEAR_SPAN (but _DAY_MONTH_WORDS) are case-insensitive regexes
# rewritten, like _ONGOING, to start with a character class (every first character of a match, in
# either case; no "i", "s" or "k" among them), the lookbehinds at the match start moved after that
# character, and the alternatives told apart by lookbehinds on it (performance only). Each one's
# plain form stands above it; a group that would start at the consumed character is read from the
# match instead (see the users). tests/extraction/test_fast_patterns.py compares the two forms.
# rf"(?<![\d/.])(?:(tháng)\s*)?(\d{{1,2}})(?:\s*[-–]\s*(\d{{1,2}}))?\s*(?:/|\s+năm\s+){_YEAR}(?![\d/])"
# The month is group "to", else group "from", else what the match holds before the end of group
# "digit"; the year is the match's last four characters.
_MONTH = re.compile(
    r"[tT\d](?<![\d/.].)(?:(?<=[tT])(?P<thang>(?i:háng))\s*(?P<from>\d{1,2})|(?<=\d)(?P<digit>\d?))"
    r"(?:\s*[-–]\s*(?P<to>\d{1,2}))?\s*(?:/|\s+(?i:năm)\s+)(?:19|20)\d{2}(?![\d/])"
)
# r"\b(trong|hết|xong|trước|cuối|đến\s+hết)\s+tháng\s+(\d{1,2})(?![\d/]|\s*năm)"; the cue word is
# what the match holds before the end of group "cue".
_MONTH_NO_YEAR = re.compile(
    r"[tThHxXcCđĐ](?<!\w.)(?P<cue>(?<=[tT])(?i:rong|rước)|(?<=[hH])(?i:ết)|(?<=[xX])(?i:ong)|(?<=[cC])(?i:uối)"
    r"|(?<=[đĐ])(?i:ến\s+hết))\s+(?i:tháng)\s+(?P<month>\d{1,2})(?![\d/]|\s*(?i:năm))"
)
_DAY_MONTH_WORDS = re.compile(
    r"(?<=ngày\s)(\d{1,2})\s+tháng\s+(\d{1,2})(?![\d/]|\s*(?:năm|hằng|hàng|của|cùng|mỗi|các|trong))", _I
)
# rf"{_QUARTER}(?:\s*(?:/|năm|-)\s*{_YEAR})?" case-insensitive, its first letter as a class (as above).
_QUARTER_RE = re.compile(rf"[qQ](?i:{_QUARTER[1:]}(?:\s*(?:/|năm|-)\s*{_YEAR})?)")
# rf"(?:(?:trong|hết|cuối|xong|đến\s+hết|trước|đến|của|vào|từ)\s+)?(năm)[\s.]*{_YEAR}(?![\d/\-–])"
# rf"(?:\s*[;,]\s*{_YEAR}(?![\d/]))*"; group "nam" is the plain group 1 after a cue word (without
# one, that group starts where the match does).
_YEAR_CUED = re.compile(
    r"[tThHcCxXđĐvVnN](?:(?:(?<=[tT])(?i:rong|rước|ừ)|(?<=[hH])(?i:ết)|(?<=[cC])(?i:uối|ủa)|(?<=[xX])(?i:ong)"
    r"|(?<=[đĐ])(?i:ến\s+hết|ến)|(?<=[vV])(?i:ào))\s+(?P<nam>(?i:năm))|(?<=[nN])(?i:ăm))"
    r"[\s.]*(?:19|20)\d{2}(?![\d/\-–])(?:\s*[;,]\s*(?:19|20)\d{2}(?![\d/]))*"
)
# rf"(?<![\d/.,])(?:năm\s*)?{_YEAR}(?![\d/.,\-–])"; the year is the match's last four characters.
_BARE_YEAR = re.compile(
    r"[nN12](?<![\d/.,].)(?:(?<=[nN])(?i:ăm)\s*(?:19|20)|(?<=1)9|(?<=2)0)\d{2}(?![\d/.,\-–])"
)
# rf"(?<![\d/])(?:(giai\s+đoạn|thời\s+kỳ|nhiệm\s+kỳ)\s+)?{_YEAR}\s*[-–]\s*{_YEAR}(?![\d/])"; the
# last year is the match's last four characters.
_YEAR_SPAN = re.compile(
    r"[gGtTnN12](?<![\d/].)(?:(?:(?<=[gG])(?i:iai\s+đoạn)|(?<=[tT])(?i:hời\s+kỳ)|(?<=[nN])(?i:hiệm\s+kỳ))"
    r"\s+(?:19|20)|(?<=1)9|(?<=2)0)\d{2}\s*[-–]\s*(?:19|20)\d{2}(?![\d/])"
)
_RELATIVE = re.compile(
    r"(?:trong\s+(?:vòng|thời\s+hạn|thời\s+gian)?\s*|chậm\s+nhất\s+(?:là\s+|sau\s+)?|sau\s+)"
    r"(\d{1,3})\s+ngày(\s+làm\s+việc)?\s*,?\s*(?:kể\s+)?từ\s+(?:ngày|khi)\s+([^,.;]{0,40})",
    _I,
)
_AIM = re.compile(r"(?:đạt|mục\s+tiêu|phấn\s+đấu|chỉ\s+tiêu|tăng\s+trưởng)[^.;]{0,60}$", _I)
_CELL_START = re.compile(
    r"(?:^|\|)\s*(?:giai\s+đoạn\s*)?(?:thời\s+gian(?:\s+thực\s+hiện|\s+hoàn\s+thành|\s+dự\s+kiến)?\s*:?\s*)?$",
    _I,
)
_TIME_LABEL = re.compile(r"thời\s*gian(?:\s*\w+){0,2}\s*:\s*(?:giai\s+đoạn\s*)?$|thời\s+hạn\s*:?\s*$", _I)
_YEAR_RE = re.compile(_YEAR)
_NUMBER_CUE = re.compile(r"số\s*$|[\w/]$", _I)
_CLAUSE_START = re.compile(r"(?:^|[.;:]\s*|\|\s*|-\s*|\n)$")
_ASSIGNED = re.compile(r"(?:được\s+giao|dự\s+kiến|đăng\s+ký)[^.;,]{0,25}$", _I)
_COMMA_AFTER = re.compile(r"\s*[,:]")
_SIGNED = re.compile(r"(?:được\s+)?(?:ký|ban\s+hành)")
_DONE_BEFORE = re.compile(r"hoàn\s+thành|xong|trước\s+$", _I)
_RESULT_AFTER = re.compile(r"[^.;]{0,30}\b(?:đạt|tăng|giảm)\b", _I)
_BEFORE_END = re.compile(r"trước\s+$", _I)


@dataclass(frozen=True, slots=True)
class _Candidate:
    date: date
    start: int
    end: int
    strong: bool  # introduced by "trước", "chậm nhất", "hoàn thành", "xong", a time label...


_STRONG_BEFORE = re.compile(
    r"(?:trước|chậm\s+nhất|hạn\s+chót|thời\s+hạn|hoàn\s+thành|xong|đến\s+hết|kết\s+thúc|dự\s+kiến|"
    r"thời\s+gian|thời\s+điểm|báo\s+cáo)[^.;|]{0,25}$",
    _I,
)


def _strong(clause: str, start: int) -> bool:
    before = clause[max(0, start - 40) : start]
    return bool(_STRONG_BEFORE.search(before) or _CELL_START.search(clause[max(0, start - 60) : start]))


def _in_citation(clause: str, start: int) -> bool:
    before = clause[max(0, start - 200) : start]
    cites = list(_CITATION.finditer(before))
    return bool(cites) and not _CITATION_END.search(before[cites[-1].end() :])


def _aimed(clause: str, start: int, end: int) -> bool:
    """A period that says when a result is aimed at ("đến hết Quý III năm 2021 giải ngân đạt 60%")."""
    after = clause[end : end + 40]
    before = clause[max(0, start - 60) : start]
    if _DONE_BEFORE.search(before):
        return False
    return bool(_RESULT_AFTER.match(after) or _AIM.search(before))


# Cheap pre-checks (performance only). A regex runs only when the clause holds what every match of
# it needs: a digit, a year's "19"/"20", or one of some words, looked up with ``in`` in the
# lower-cased clause. No such word holds an "i" or an "s", whose case-insensitive regex matching
# also accepts "ı" and "ſ" (str.lower keeps them): the look-up never misses what the regex finds.
_DIGIT = re.compile(r"\d")
_YEARISH = re.compile(r"(?:19|20)\d\d")
_HANG_WORDS = ("hằng", "hàng", "hăng", "hang", "mỗ", "kỳ")  # h[ằàăa]ng, mỗi, định kỳ
_EVENT_WORDS = ("trước", "au", "yêu", "từ")  # trước ..., sau khi, (theo|khi có) yêu cầu, kể từ
_ASAP_WORDS = ("khẩn", "kịp", "ngay", "ớm", "cấp")  # khẩn trương, kịp thời, ngay, sớm nhất, cấp bách
_ONGOING_WORDS = ("thường", "tục")  # thường xuyên, liên tục


def _has(low: str, words: tuple[str, ...]) -> bool:
    return any(w in low for w in words)


# The words every match of _EVENT, _ASAP and _ONGOING starts with (its first alternatives' words).
_EVENT_STARTS = ("trước", "sau", "khi", "theo", "kể")
_ASAP_STARTS = ("khẩn", "kịp", "ngay", "sớm", "cấp")
_ONGOING_STARTS = ("thường", "liên")


def _search_at_words(
    pattern: re.Pattern[str], clause: str, low: str, words: tuple[str, ...]
) -> re.Match[str] | None:
    """``pattern.search(clause)`` for a pattern whose every match starts with one of ``words``
    (case-insensitively): tried only where they stand in ``low``, the lower-cased clause
    (performance only). Where str.lower and IGNORECASE part ("İ" changes the length, "ı" and "ſ"
    match "i" and "s"), the plain search."""
    if len(low) != len(clause) or "ı" in clause or "ſ" in clause:
        return pattern.search(clause)
    starts: set[int] = set()
    for word in words:
        i = low.find(word)
        while i >= 0:
            starts.add(i)
            i = low.find(word, i + 1)
    for start in sorted(starts):
        m = pattern.match(clause, start)
        if m:
            return m
    return None


def _may_recur(name: str, low: str) -> bool:
    """What every match of the recurrence pattern ``name`` holds."""
    if name == "daily":
        return "ngày" in low and _has(low, _HANG_WORDS)
    if name == "weekly":
        return "tuần" in low and _has(low, _HANG_WORDS)
    if name == "monthly":
        return "tháng" in low and _has(low, _HANG_WORDS)
    if name == "quarterly":
        return "quý" in low or ("lần" in low and "tháng" in low)
    if name == "semiannual":
        return "tháng" in low and "6" in low
    return "năm" in low and (_has(low, _HANG_WORDS) or "lần" in low)


def _year_start(clause: str) -> int:
    """Where ``_YEARISH.search(clause)`` matches, or -1 (str.find for "19" and "20": faster)."""
    found = -1
    for prefix in ("19", "20"):
        i = clause.find(prefix)
        while i >= 0 and (found < 0 or i < found):
            if i + 4 <= len(clause) and clause[i + 2 : i + 4].isdecimal():  # r"\d\d"
                found = i
                break
            i = clause.find(prefix, i + 1)
    return found


def _scan(pattern: re.Pattern[str], clause: str, may_match: bool, pos: int = 0) -> Iterator[re.Match[str]]:
    """``pattern.finditer(clause)`` when ``may_match``, knowing that no match starts before ``pos``."""
    return pattern.finditer(clause, pos) if may_match else iter(())


def _words_before(clause: str, at: int, words: int) -> int:
    """Where the last ``words`` blank-separated words before ``at`` start, with the blanks before them."""
    parts = clause[:at].rsplit(None, words)
    return len(parts[0]) if len(parts) > words else 0


def _candidates(clause: str, doc_date: date | None) -> list[_Candidate]:
    low = clause.lower()
    if not (_DIGIT.search(clause) or "quý" in low or "quy" in low):
        return []
    first_year = _year_start(clause)
    yearish = first_year >= 0
    # A pattern with a year starts at most a few words before the first year: its search starts there.
    y0 = max(first_year, 0)
    year = doc_date.year if doc_date else None
    out: list[_Candidate] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return not any(s < end and start < e for s, e in taken)

    def add(d: date | None, start: int, end: int, *, check: bool = True) -> None:
        if d is None or not free(start, end):
            return
        taken.append((start, end))
        if check and (
            _START_BEFORE.search(clause[max(0, start - 12) : start]) or _in_citation(clause, start)
        ):
            return
        out.append(_Candidate(d, start, end, _strong(clause, start)))

    for rel in _scan(_RELATIVE, clause, "ngày" in low and "từ" in low):
        anchor = rel.group(3).lower()
        if doc_date and _SIGNED.match(anchor):
            n = int(rel.group(1))
            offset = add_working_days(doc_date, n) if rel.group(2) else doc_date + timedelta(days=n)
            add(offset, rel.start(), rel.end(), check=False)
    for hit in find_dates(clause, default_year=year or 2000):
        before = clause[max(0, hit.span.start - 120) : hit.span.start]
        if _CITED_BEFORE.search(before) or _START_BEFORE.search(before[-12:]):
            taken.append((hit.span.start, hit.span.end))
            continue
        if not hit.has_year and (year is None or not _YEARLESS_CUE.search(before[-25:])):
            continue
        add(hit.date, hit.span.start, hit.span.end)
    for m in _scan(_MONTH, clause, yearish and ("/" in clause or "năm" in low), _words_before(clause, y0, 6)):
        before = clause[max(0, m.start() - 12) : m.start()]
        if not m.group("thang") and _NUMBER_CUE.search(before):
            continue
        if _aimed(clause, m.start(), m.end()):
            continue
        month = int(m.group("to") or m.group("from") or clause[m.start() : m.end("digit")])
        add(end_of_month(int(m.group(0)[-4:]), month), m.start(), m.end())
    for m in _scan(_MONTH_NO_YEAR, clause, "tháng" in low):
        if year is None:
            break
        month = int(m.group("month"))
        if clause[m.start() : m.end("cue")].lower() == "trước":
            month -= 1
        add(end_of_month(year, month) if month else end_of_year(year - 1), m.start(), m.end())
    for m in _scan(_DAY_MONTH_WORDS, clause, "ngày" in low and "tháng" in low):
        if year is not None and _YEARLESS_CUE.search(clause[max(0, m.start() - 25) : m.start()]):
            try:
                add(date(year, int(m.group(2)), int(m.group(1))), m.start(), m.end())
            except ValueError:
                pass
    for m in _scan(_QUARTER_RE, clause, "quý" in low or "quy" in low):
        q = quarter_number(m.group(1))
        y = int(m.group(2)) if m.group(2) else year
        if q is None or y is None or _aimed(clause, m.start(), m.end()):
            continue
        due: date | None
        if _BEFORE_END.search(clause[max(0, m.start() - 10) : m.start()]):
            due = end_of_quarter(y, q - 1) if q > 1 else end_of_year(y - 1)
        else:
            due = end_of_quarter(y, q)
        add(due, m.start(), m.end())
    for m in _scan(_YEAR_SPAN, clause, yearish, _words_before(clause, y0, 3)):
        before = clause[max(0, m.start() - 60) : m.start()]
        if _CELL_START.search(before) or _TIME_LABEL.search(before):
            add(end_of_year(int(m.group(0)[-4:])), m.start(), m.end())
    cued_from = max(_words_before(clause, y0, 5), _words_before(clause, low.find("năm"), 3))
    for m in _scan(_YEAR_CUED, clause, yearish and "năm" in low, cued_from):
        lead = clause[m.start() : m.start("nam")].strip().lower() if m.group("nam") else ""
        before = clause[max(0, m.start() - 80) : m.start()]
        years = [int(y) for y in _YEAR_RE.findall(m.group(0))]
        alone = _CELL_START.search(before) or _TIME_LABEL.search(before)
        clause_start = _CLAUSE_START.search(before)
        if lead in ("trong", "hết", "cuối", "xong", "đến hết"):
            if lead == "trong" and _ASSIGNED.search(before):
                continue
            if _aimed(clause, m.start(), m.end()):
                continue
        elif lead == "đến" and clause_start:
            pass
        elif lead == "trước":
            add(end_of_year(years[-1] - 1), m.start(), m.end())
            continue
        elif not (alone or (not lead and clause_start and _COMMA_AFTER.match(clause, m.end()))):
            continue
        add(end_of_year(max(years)), m.start(), m.end())
    for m in _scan(_BARE_YEAR, clause, yearish, _words_before(clause, y0, 2)):
        if _CELL_START.search(clause[max(0, m.start() - 60) : m.start()]):
            add(end_of_year(int(m.group(0)[-4:])), m.start(), m.end())
    return sorted(out, key=lambda c: c.start)


def _recurrence(clause: str) -> tuple[str | None, str | None]:
    low = clause.lower()
    for name, pattern in _RECURRENCES:
        if not _may_recur(name, low):
            continue
        m = pattern.search(clause)
        if m:
            return name, m.group(0)
    return None, None


def parse_deadline(clause: str, doc_date: date | None) -> Deadline:
    """The deadline a task clause states; ``doc_date`` anchors "trước 31/12" and "10 ngày kể từ ngày ký"."""
    recurring, rec_phrase = _recurrence(clause)
    cands = _candidates(clause, doc_date)
    if cands:
        strong = [c for c in cands if c.strong]
        best = (strong or cands)[-1]
        return Deadline(
            date=best.date,
            recurring=recurring,
            kind="date",
            phrase=clause[best.start : best.end],
        )
    if recurring:
        return Deadline(recurring=recurring, kind="recurring", phrase=rec_phrase)
    low = clause.lower()
    event = _search_at_words(_EVENT, clause, low, _EVENT_STARTS) if _has(low, _EVENT_WORDS) else None
    if event:
        return Deadline(kind="event", phrase=event.group(0))
    hits = [
        (m.start(), kind, m.group(0))
        for kind, p, words, starts in (
            ("asap", _ASAP, _ASAP_WORDS, _ASAP_STARTS),
            ("ongoing", _ONGOING, _ONGOING_WORDS, _ONGOING_STARTS),
        )
        if _has(low, words) and (m := _search_at_words(p, clause, low, starts))
    ]
    if hits:
        _, kind, phrase = min(hits)
        return Deadline(kind=kind, phrase=phrase)
    return Deadline()
