"""Quantitative targets ("tăng trưởng GRDP đạt tối thiểu 7%") and reported figures ("GRDP tăng
3,65% so với cùng kỳ") of a document.

A figure is a number with a unit. It is a target when it stands in a goals section ("Mục tiêu",
"Chỉ tiêu") or its clause speaks of a goal ("phấn đấu", "tối thiểu", "trở lên", "không quá"...); it is
a measurement when it reports a result in the preamble or an assessment section ("Đánh giá tình
hình", "Kết quả"). Other numbers (counts of documents, article numbers, money in a task...) are left.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from dondoc.extraction.dates import end_of_quarter, end_of_year, find_dates, quarter_number
from dondoc.extraction.figures_labels import PERIOD, basis_of, indicator_of
from dondoc.extraction.figures_text import Paragraph, clauses, paragraphs
from dondoc.extraction.figures_units import ADMIN_UNITS, unit_at
from dondoc.extraction.model import Header, Measurement, Section, Span, Target, TextDocument
from dondoc.extraction.numbers import find_numbers, parse_vn_number

_I = re.IGNORECASE
# A goals heading names its topic first: "II. MỤC TIÊU", "2. Các chỉ tiêu cụ thể đến năm 2030".
_GOAL_HEADING = re.compile(
    r"^[\W_]*(?:[IVXA-Z]{1,5}|\d{1,2}(?:\.\d{1,2})*)?[.)]?\s*(?:\S+\s+){0,2}(?:m[ụu]c\s+ti[êềể]u|chỉ\s+tiêu)",
    _I,
)
_REPORT_HEADING = re.compile(
    r"^[\W_]*(?:[IVXA-Z]{1,5}|\d{1,2}(?:\.\d{1,2})*)[.)]?\s+(?:dự\s+báo\s+|khái\s+quát\s+|sơ\s+kết\s+|tổng\s+kết\s+)?"
    r"(?:đánh\s+giá|kết\s+quả|tình\s+hình|thực\s+trạng|bối\s+cảnh|hiện\s+trạng|tổng\s+quan)",
    _I,
)
# The goal cues, case-insensitive:
# r"phấn\s+đấu|ph[ầâ]n\s+đấu|mục\s+tiêu|chỉ\s+tiêu|tối\s+thiểu|ít\s+nhất|trở\s+lên|không\s+thấp\s+hơn|"
# r"không\s+(?:vượt\s+)?quá|tối\s+đa|bảo\s+đảm|đảm\s+bảo|duy\s+trì|hạ\s+mực\s+nước|mỗi\s+năm|cắt\s+giảm|"
# r"(?:nâng|mở\s+rộng)[^.;]{0,60}\blên|\bthêm\s+\d|"
# r"(?:tổ\s+chức|triển\s+khai|xây\s+dựng|đào\s+tạo|phát\s+triển|hỗ\s+trợ)\s+\d"
# written to start with a character class (every first letter in either case, Kelvin "K" included),
# then the same alternatives in the same order, each told apart by a lookbehind on that letter
# (performance only: the regex engine skips fast to where a match may start).
_GOAL_CUE = re.compile(
    "[pPmMcCtTíÍkK\u212abBđĐdDhHnNxX]"
    r"(?i:(?<=p)hấn\s+đấu|(?<=p)h[ầâ]n\s+đấu|(?<=m)ục\s+tiêu|(?<=c)hỉ\s+tiêu|(?<=t)ối\s+thiểu|(?<=í)t\s+nhất|"
    r"(?<=t)rở\s+lên|(?<=k)hông\s+thấp\s+hơn|(?<=k)hông\s+(?:vượt\s+)?quá|(?<=t)ối\s+đa|(?<=b)ảo\s+đảm|"
    r"(?<=đ)ảm\s+bảo|(?<=d)uy\s+trì|(?<=h)ạ\s+mực\s+nước|(?<=m)ỗi\s+năm|(?<=c)ắt\s+giảm|"
    r"(?:(?<=n)âng|(?<=m)ở\s+rộng)[^.;]{0,60}\blên|(?<=t)(?<!\w.)hêm\s+\d|"
    r"(?:(?<=t)ổ\s+chức|(?<=t)riển\s+khai|(?<=x)ây\s+dựng|(?<=đ)ào\s+tạo|(?<=p)hát\s+triển|(?<=h)ỗ\s+trợ)\s+\d)"
)
_REPORT_CUE = re.compile(
    r"so\s+với|đã\b|đạt\b|tăng\b|giảm\b|chiếm|xếp\s+thứ|đứng\s+thứ|tồn\s+tại|đến\s+nay|hiện\s+nay|hiện\s+có|"
    r"mới\s+có|chỉ\s+có|còn\b|có\b|ước\b|với\s+(?:tổng|trên)|thu\s+hút|hình\s+thành|cung\s+cấp|tổ\s+chức\s+\d",
    _I,
)
_SKIP_BEFORE = re.compile(
    r"\b(?:(?<!tổng\s)số|điều|khoản|điểm|mục|phụ\s+lục|mức\s+độ|cấp\s+độ|mức|lần\s+thứ|loại|nhóm|tuyến|quốc\s+lộ|"
    r"tỉnh\s+lộ|giờ|khóa|kỳ|đợt|biểu|mẫu|bước|(?<!mỗi\s)năm|giai\s+đoạn)\s*$",
    _I,
)
_GE_BEFORE = re.compile(r"(?:tối\s+thiểu|ít\s+nhất|trên|hơn|không\s+thấp\s+hơn|không\s+dưới|vượt)\s*$", _I)
_LE_BEFORE = re.compile(
    r"(?:tối\s+đa|không\s+(?:vượt\s+)?quá(?:\s+cao\s+độ)?|dưới|thấp\s+hơn|nhỏ\s+hơn|không\s+cao\s+hơn)\s*\+?\s*$",
    _I,
)
_GE_AFTER = re.compile(r"[^.;]{0,80}?\btrở\s+lên", _I)
_RANGE_JOIN = re.compile(r"\s*%?\s*(?:-|–|đến|tới)\s*", _I)
_RANK = re.compile(
    r"(?:xếp|đứng)\s+(?:thứ\s+|hạng\s+)(\d{1,3})(?:\s*/\s*\d{1,3})?|\bthứ\s+(\d{1,3})\s*/\s*\d{1,3}", _I
)
# r"(?<![\d/])(\d{1,4})\s*/..." written to start with a digit, so that the regex engine skips fast.
_FRACTION = re.compile(r"(\d(?<![\d/].)\d{0,3})\s*/\s*(\d{1,4})(?![\d/])\s*")
_DIGIT = re.compile(r"\d")
_AT_LEAST_BEFORE = re.compile(r"(?:tối\s+thiểu|ít\s+nhất|trên)\s*$", _I)
_YEAR_TEXT = re.compile(r"(?:19|20)\d\d")
_DASH_NUMBER = re.compile(r"\s*[-–]\s*\d")
_PER_UNIT = re.compile(r"/\s*[a-zđ]", _I)
_FROM_BEFORE = re.compile(r"từ\s*$", _I)
# r"(?<!với\s)(?:đến|trong|hết|cuối|năm)\s+(?:năm\s+)?((?:19|20)\d{2})(?![\d/])" case-insensitive, written
# to start with a character class (every first letter, in either case), its lookbehind moved after
# that character (performance only; as in deadlines).
_YEAR_IN = re.compile(
    r"[đĐtThHcCnN](?<!(?i:với)\s.)(?:(?<=[đĐ])(?i:ến)|(?<=[tT])(?i:rong)|(?<=[hH])(?i:ết)|(?<=[cC])(?i:uối)"
    r"|(?<=[nN])(?i:ăm))\s+(?:(?i:năm)\s+)?((?:19|20)\d{2})(?![\d/])"
)
_YEARS_SPAN = re.compile(r"((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})")
# r"\(|căn\s+cứ" and r"năm\s+((?:19|20)\d{2})(?!\s*(?:của|\)))", case-insensitive, likewise.
_SUBJECT_END = re.compile(r"[(cC](?:(?<=\()|(?<=[cC])(?i:ăn\s+cứ))")
_SUBJECT_SPAN = re.compile(r"(?:19|20)\d{2}\s*[-–]?\s*((?:19|20)\d{2})")
_SUBJECT_YEAR = re.compile(r"[nN](?i:ăm)\s+((?:19|20)\d{2})(?!\s*(?:(?i:của)|\)))")
_CLAUSE_PART = re.compile(r";|,(?!\d)")
_NON_WORDS = re.compile(r"\W+")
_QUARTER_DUE = re.compile(r"qu[ýy]\s*(IV|I{1,3}|[1-4])\b\s*(?:/|năm)\s*((?:19|20)\d{2})", _I)

# Pre-checks for the patterns that end in r"\s*$" (performance only): a match ends with one of a few
# letters (or "+") followed by blanks only, so the last non-blank character must be one of them, in
# either case; "ı" and "İ" match "i" and "I" under IGNORECASE as well.
_SKIP_LAST = frozenset("ốunmcộứiờaỳtỐUNMCỘỨIỜAỲTıİ")  # số, điều, khoản, điểm, mục, ..., giai đoạn
_GE_LAST = frozenset("utniUTNIıİ")  # tối thiểu, ít nhất, trên, hơn, không dưới, vượt
_LE_LAST = frozenset("aáộin+AÁỘIN+ıİ")  # tối đa, quá, cao độ, dưới, hơn, "+"


def _last_char(text: str) -> str:
    """The last non-blank character of ``text`` ("" when there is none)."""
    return text.rstrip()[-1:]


@dataclass(slots=True)
class _Figure:
    value: float
    unit: str
    start: int
    end: int
    comparator: str = "="
    value_max: float | None = None


def _figures_in(text: str, start: int, end: int) -> list[_Figure]:
    """Numbers with a unit in ``text[start:end]`` (ranges and comparators read)."""
    out: list[_Figure] = []
    if not _DIGIT.search(text, start, end):
        return out  # every figure has a digit (performance)
    clause = text[start:end]
    used: list[tuple[int, int]] = []
    low = clause.lower()
    for m in _RANK.finditer(clause) if "thứ" in low or "hạng" in low else ():
        value = float(m.group(1) or m.group(2))
        out.append(_Figure(value, "hạng", start + m.start(), start + m.end()))
        used.append((m.start(), m.end()))
    for m in _FRACTION.finditer(clause) if "/" in clause else ():
        if used and any(s <= m.start() < e for s, e in used):
            continue
        frac_unit = unit_at(clause, m.start() + len(m.group(0).rstrip()))
        if frac_unit and frac_unit[0] in ADMIN_UNITS | {"doanh nghiệp", "đơn vị", "dự án"}:
            out.append(_Figure(float(m.group(1)), frac_unit[0], start + m.start(), start + frac_unit[1]))
        used.append((m.start(), m.end()))
    numbers = find_numbers(clause)
    skip: set[int] = set()
    for i, n in enumerate(numbers):
        if i in skip or (used and any(s <= n.span.start < e for s, e in used)):
            continue
        before = clause[max(0, n.span.start - 25) : n.span.start]
        last = _last_char(before)
        if last in _SKIP_LAST and _SKIP_BEFORE.search(before) and not _AT_LEAST_BEFORE.search(before):
            continue
        value, value_max, fig_end = n.value, None, n.span.end
        join = _RANGE_JOIN.match(clause, n.span.end)
        if join and i + 1 < len(numbers) and numbers[i + 1].span.start == join.end():
            nxt = numbers[i + 1]
            if nxt.value > value:
                value_max, fig_end = nxt.value, nxt.span.end
                skip.add(i + 1)
        if n.percent and value_max is None:
            unit: tuple[str, int] | None = ("%", fig_end)
        elif value_max is not None and numbers[i + 1].percent:
            unit = ("%", fig_end)
        else:
            unit = unit_at(clause, fig_end)
        if unit is None or unit[0] in ADMIN_UNITS:
            continue
        if unit[0] != "%" and _YEAR_TEXT.fullmatch(n.text) and _DASH_NUMBER.match(clause, n.span.end):
            continue
        if unit[0] not in ("%",) and _PER_UNIT.match(clause[unit[1] : unit[1] + 3]) and unit[0] != "%":
            continue  # a rate such as "150m3/h"
        comparator = "range" if value_max is not None else "="
        if comparator == "=":
            if (last in _GE_LAST and _GE_BEFORE.search(before)) or _GE_AFTER.match(clause, unit[1]):
                comparator = ">="
            elif last in _LE_LAST and _LE_BEFORE.search(before):
                comparator = "<="
        if comparator == "range" and _FROM_BEFORE.search(before) and _GE_AFTER.match(clause, unit[1]):
            comparator = ">="
        out.append(_Figure(value, unit[0], start + n.span.start, start + unit[1], comparator, value_max))
    return sorted(out, key=lambda f: f.start)


def _due(
    text: str,
    para: Paragraph,
    clause: tuple[int, int],
    fallback_year: int | None,
    memo: dict[str, int | None] | None = None,
) -> date | None:
    own = text[clause[0] : clause[1]]
    if "/" in own or "ngày" in own:
        cue = _DATE_DUE.search(own)
        if cue:  # "đến hết ngày 31/01/2027 giải ngân đạt 100%": that day
            hits = find_dates(own[cue.end() :][:40], default_year=fallback_year)
            if hits and hits[0].span.start <= 6:
                return hits[0].date
    q = _QUARTER_DUE.search(own)
    if q:
        number = quarter_number(q.group(1))
        if number:
            return end_of_quarter(int(q.group(2)), number)
    for source in [own, text[para.start : para.end], *reversed(para.headings)]:
        if memo is None:
            latest = _latest_year(source)
        elif source in memo:
            latest = memo[source]
        else:
            latest = memo[source] = _latest_year(source)
        if latest is not None:
            return end_of_year(latest)
    return end_of_year(fallback_year) if fallback_year else None


_DATE_DUE = re.compile(r"\b(?:đến hết|đến|trước|chậm nhất|hạn chót)\s+(?:ngày\s+)?(?=\d)", re.IGNORECASE)


def _latest_year(source: str) -> int | None:
    """The last year a due date may take from ``source``, or None."""
    years = [int(y) for y in _YEAR_IN.findall(source)]
    span = _YEARS_SPAN.search(source)
    if span:
        years.append(int(span.group(2)))
    return max(years) if years else None


_DOC_TYPE_LINE = re.compile(
    r"^[\W_]*(?:K\w\s+HO\wCH|QUY[ÉẾ]T\s+ĐỊNH|CHỈ\s+THỊ|CHƯƠNG\s+TRÌNH|ĐỀ\s+ÁN|THÔNG\s+BÁO|"
    r"CÔNG\s+VĂN|NGHỊ\s+QUYẾT)[\W_]*$"
)


def _plan_year(doc: TextDocument, header: Header, paras: list[Paragraph]) -> int | None:
    """The last year of the period a document's subject names ("... năm 2017", "giai đoạn 2016 - 2020")."""
    for subject in _subjects(doc, header, paras):
        end = _SUBJECT_END.search(subject)  # (what re.split(...)[0] keeps)
        if end:
            subject = subject[: end.start()]
        span = _SUBJECT_SPAN.search(subject)
        if span:
            return int(span.group(1))
        year = _SUBJECT_YEAR.search(subject)
        if year:
            return int(year.group(1))
    return None


def _subjects(doc: TextDocument, header: Header, paras: list[Paragraph]) -> Iterator[str]:
    """The header's subject, then the text under each type line (built only when asked for)."""
    if header.subject:
        yield header.subject
    for i, p in enumerate(paras[:80]):
        if _DOC_TYPE_LINE.match(doc.text[p.start : p.end].strip()):
            yield " ".join(doc.text[q.start : q.end] for q in paras[i + 1 : i + 6] if not q.heading)


def extract_figures(
    doc: TextDocument, sections: list[Section], header: Header
) -> tuple[list[Target], list[Measurement]]:
    """Targets and measurements of ``doc``, in document order."""
    text = doc.text
    paras = paragraphs(text)
    plan_year = _plan_year(doc, header, paras)
    targets: list[Target] = []
    in_tables: set[int] = set()  # indexes of targets read from table rows
    measurements: list[Measurement] = []
    goal_memo: dict[str, bool] = {}  # paragraphs share their headings: each is read once
    year_memo: dict[str, int | None] = {}  # and targets their paragraph and headings (for _due)
    report_memo: dict[str, bool] = {}

    def is_goal(heading: str) -> bool:
        if heading not in goal_memo:
            goal_memo[heading] = len(heading) < 100 and bool(_GOAL_HEADING.search(heading))
        return goal_memo[heading]

    def is_report(heading: str) -> bool:
        if heading not in report_memo:
            report_memo[heading] = bool(_REPORT_HEADING.search(heading))
        return report_memo[heading]

    for para in paras:
        if para.heading:
            continue
        goal_section = any(is_goal(h) for h in para.headings) and not is_report(
            para.headings[-1] if para.headings else ""
        )
        report_heading = any(is_report(h) for h in para.headings)
        report_section = para.preamble or (report_heading and not goal_section)
        if not _DIGIT.search(text, para.start, para.end):
            continue  # no figure in a paragraph without a digit (performance)
        table = text.find(" | ", para.start, para.end) >= 0
        for c_start, c_end in clauses(text, para.start, para.end):
            clause = text[c_start:c_end]
            figures = _figures_in(text, c_start, c_end)
            if not figures:
                continue
            goal = bool(_GOAL_CUE.search(clause)) or any(f.comparator != "=" for f in figures)
            if table and not goal:
                continue
            for fig in figures:
                rel = fig.start - c_start
                if goal_section or ((goal or (fig.unit == "%" and fig.value == 100)) and not report_section):
                    if table:
                        in_tables.add(len(targets))
                    targets.append(
                        Target(
                            text=clause.strip(),
                            comparator=fig.comparator,
                            value=fig.value,
                            value_max=fig.value_max,
                            unit=fig.unit,
                            due=_due(text, para, (c_start, c_end), plan_year, year_memo),
                            indicator=indicator_of(clause, rel, fig.end - c_start, fig.unit),
                            span=Span(fig.start, fig.end),
                        )
                    )
                elif report_section and (_REPORT_CUE.search(clause) or not para.preamble):
                    period = PERIOD.search(clause)
                    measurements.append(
                        Measurement(
                            text=clause.strip(),
                            value=fig.value,
                            unit=fig.unit,
                            indicator=indicator_of(clause, rel, fig.end - c_start, fig.unit),
                            period=period.group(0) if period else "",
                            basis=basis_of(_CLAUSE_PART.split(clause[rel:], maxsplit=1)[0]),
                            span=Span(fig.start, fig.end),
                        )
                    )
    return _unique_targets(text, targets, in_tables), measurements


def _unique_targets(text: str, targets: list[Target], in_tables: set[int]) -> list[Target]:
    """A goal stated twice (again in the same words, or restated in an annex table) is one target."""
    in_text = {
        (t.comparator, t.value, t.value_max, t.unit) for i, t in enumerate(targets) if i not in in_tables
    }
    seen: set[tuple[object, ...]] = set()
    out: list[Target] = []
    for i, t in enumerate(targets):
        key = (t.comparator, t.value, t.value_max, t.unit)
        if i in in_tables and key in in_text:
            continue
        end = t.span.end if t.span else 0
        context = _NON_WORDS.sub(" ", text[end : end + 40]).strip().lower()
        if (*key, context) not in seen:
            seen.add((*key, context))
            out.append(t)
    return out


__all__ = ["extract_figures", "parse_vn_number"]
