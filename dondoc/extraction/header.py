"""Decree 30 header: issuer, number, place and date, type and subject, signer, recipients.

Works on the clean text line by line; header lines may carry both columns (see header_layout).
A document wrapped in a news page has no "Số:" line: its number, date and issuer come from the
lead ("Ngày 6/8/2021, UBND tỉnh X ban hành Chỉ thị số 04/CT-UBND ..."), never from the page's
own date. An OCR'd header whose number or day is unreadable falls back to the appendix caption
("Kèm theo Kế hoạch số 496/KH-UBND ngày 30/12/2016 ...").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from dondoc.extraction.dates import make_date, parse_date
from dondoc.extraction.doctypes import TYPE_NAMES, type_from_name, type_from_symbol
from dondoc.extraction.header_issuer import expand_abbreviations, issuer_from_lines, sentence_case
from dondoc.extraction.header_layout import (
    PLACE,
    Line,
    Segment,
    is_national_motto,
    lines_of,
    repair_glyphs,
    segments,
)
from dondoc.extraction.header_signer import find_signer, recipients
from dondoc.extraction.model import Header, Span, TextDocument

_ZONE = 45  # lines searched for the header
_NUMBER = re.compile(r"(?<![\w/])S[ốốo]\s*:?\s*(?P<num>[^/\n|]{0,14}?)\s*/\s*(?P<sym>[^\s|,;]+)")
_DATE_LINE = re.compile(
    rf"(?P<place>{PLACE})\s*,\s*ng\S{{0,5}}\s*(?P<d>[^\s]{{0,5}}?)\s*th\S{{2,4}}\s*(?P<m>[^\s]{{0,4}}?)"
    r"\s*n\S{1,3}\s*(?P<y>\d{4})"
)
_TYPES = "|".join(re.escape(t) for t in TYPE_NAMES)
_NEWS_LEAD = re.compile(
    rf"(?:Ngày\s+(?P<date>\d{{1,2}}\s*/\s*\d{{1,2}}\s*/\s*\d{{4}})\s*,\s*)?(?P<issuer>[^.,;\n]{{3,80}}?)\s+"
    rf"(?:đã\s+)?(?:ban hành|ký ban hành)\s+(?P<type>{_TYPES})\s+số\s+(?P<number>[\w./-]*\d[\w./-]*)",
    re.IGNORECASE,
)
_BODY_START = re.compile(r"^(Căn cứ|Thực hiện|Theo đề nghị|Xét đề nghị|Kính gửi|Nơi nhận|[IVX]+\.|\d+\.)\s")
_BODY_BEGUN = re.compile(r"(Kính gửi|Căn cứ|Nơi nhận)\b|([IVX]+|\d+)\.\s")
_BLANKS = re.compile(r"\s+")
_NUMBER_VALUE = re.compile(r"\d+[a-d]?(?:-[A-Za-zĐđ]+)?")
_EDGE_JUNK = re.compile(r"^\W+|[^\w.]+$")
_SUBJECT_STOP = re.compile(r"(Kính gửi|Số)\b")
_ISSUER_HEAD = re.compile(
    r"^.*?\b(?=(?:UBND|Ủy ban|UỶ ban|Uỷ ban|HĐND|Hội đồng|Sở|Bộ|Thủ tướng|Văn phòng)\b)"
)


@dataclass(slots=True)
class _Number:
    value: str | None
    garbled: bool
    symbol: str | None
    span: Span


def parse_header(doc: TextDocument) -> Header:
    text = repair_glyphs(doc.text)
    lines = lines_of(text)
    zone = lines[:_ZONE]
    header = Header()
    type_idx = _type_line(zone, header)
    before_type = zone[:type_idx] if type_idx is not None else zone[:20]
    number = _number(before_type)
    if number:
        header.number = number.value
        header.spans["number_line"] = number.span
        if number.value:
            header.spans["number"] = number.span
    _place_date(before_type, header)
    if header.type is None and number and number.symbol:
        header.type = type_from_symbol(f"0/{number.symbol}")
    issuer_lines = _issuer_lines(before_type, number)
    header.issuer, header.parent_issuer = issuer_from_lines(issuer_lines, header.place)
    _subject(zone, type_idx, header)
    if number is None:
        _news_lead(text, header)
    elif (number.garbled or number.value is None) and header.type:
        _appendix(text, header, number)
    if header.type is None and header.subject and header.subject.startswith("V/v"):
        header.type = "Công văn"
    header.signer, signer_spans = find_signer(lines)
    header.spans.update(signer_spans)
    header.recipients, _ = recipients(lines)
    return header


def _type_line(zone: list[Line], header: Header) -> int | None:
    for line in zone:
        first = line.text.strip()
        if _BODY_BEGUN.match(first):
            return None  # the body has begun: no type line (a công văn)
        for seg in segments(line, glued=False):
            words = seg.text.split()
            for n in (4, 3, 2, 1):
                if len(words) < n:
                    continue
                tail = " ".join(words[-n:]).rstrip(":")
                if tail.upper() != tail or not any(c.isalpha() for c in tail):
                    continue
                found = type_from_name(tail)
                if found and (n == len(words) or len(" ".join(words[:-n])) <= 12):
                    header.type = found
                    header.spans["type"] = Span(seg.end - len(tail), seg.end)
                    return line.index
    return None


def _number(lines: list[Line]) -> _Number | None:
    for line in lines:
        m = _NUMBER.search(line.text)
        if not m:
            continue
        num = _BLANKS.sub("", m.group("num"))
        sym = m.group("sym").strip(".")
        span = Span(line.start + m.start("num"), line.start + m.end("sym"))
        if not num:
            return _Number(None, False, sym, span)
        if _NUMBER_VALUE.fullmatch(num):
            return _Number(f"{num}/{sym}", False, sym, span)
        return _Number(None, True, sym, span)
    return None


def _place_date(lines: list[Line], header: Header) -> None:
    for line in lines:
        m = _DATE_LINE.search(line.text)
        if not m:
            continue
        header.place = m.group("place")
        header.spans["place"] = Span(line.start + m.start("place"), line.start + m.end("place"))
        d, mo = m.group("d"), m.group("m")
        if d.isdigit() and mo.isdigit():
            header.date = make_date(int(m.group("y")), int(mo), int(d))
            if header.date:
                header.spans["date"] = Span(line.start + m.start(), line.start + m.end())
        return


def _issuer_lines(lines: list[Line], number: _Number | None) -> list[str]:
    out: list[str] = []
    for line in lines:
        if number and line.start <= number.span.start <= line.start + len(line.text):
            break
        for seg in segments(line):
            text = seg.text.strip()
            letters = [c for c in text if c.isalpha()]
            if len(letters) < 2 or sum(1 for c in letters if c.isupper()) < 0.8 * len(letters):
                continue  # (tested first, being the cheapest: the order does not change the result)
            if is_national_motto(text) or _DATE_LINE.search(text) or _NUMBER.search(text):
                continue
            out.append(_EDGE_JUNK.sub("", text))
    return out


def _subject(zone: list[Line], type_idx: int | None, header: Header) -> None:
    parts: list[Segment] = []
    start = None
    if type_idx is None:
        for line in zone:
            for seg in segments(line):
                if seg.text.startswith("V/v"):
                    start = line.index
                    parts.append(seg)
                    break
            if start is not None:
                break
    if start is not None:
        for line in zone[start + 1 : start + 8]:
            segs = segments(line)
            if line.blank or not segs or _SUBJECT_STOP.match(segs[0].text):
                break
            if is_national_motto(segs[0].text) or _DATE_LINE.search(segs[0].text):
                continue
            parts.append(segs[0])
    elif type_idx is not None:
        first_indent = 0
        for line in zone[type_idx + 1 : type_idx + 8]:
            if line.blank:
                if parts:
                    break
                continue
            segs = [
                s
                for s in segments(line, glued=False)
                if not s.text.startswith(("Ký bởi", "Email", "Người ký"))
            ]
            if not segs:
                continue
            seg = max(segs, key=lambda s: len(s.text))
            if set(seg.text) <= set("_-=* ") or seg.text.startswith("("):
                break
            indent = seg.start - line.start
            if parts and (_BODY_START.match(seg.text) or seg.text.upper() == seg.text):
                break
            if parts and seg.text[:1].isupper() and seg.text.rstrip().endswith((".", ";", ":")):
                break  # a sentence of the body (the reader may drop the blank line before it)
            if parts and first_indent >= 10 and indent < first_indent / 2:
                break  # centred subject lines, then the body's first indented paragraph
            if not parts:
                first_indent = indent
            parts.append(seg)
    if parts:
        subject = _BLANKS.sub(" ", " ".join(p.text for p in parts)).strip()
        header.subject = subject[:1].upper() + subject[1:]
        header.spans["subject"] = Span(parts[0].start, parts[-1].end)


def _news_lead(text: str, header: Header) -> None:
    """A document inside a news page: number, date and issuer from the lead paragraph."""
    for m in _news_leads(text[:6000]):
        found = type_from_name(m.group("type"))
        if header.type and found and found != header.type:
            continue
        header.number = m.group("number").rstrip(".")
        header.spans["number"] = Span(m.start("number"), m.end("number"))
        header.type = header.type or found
        if m.group("date"):
            header.date = parse_date(m.group("date"))
            header.spans["date"] = Span(m.start("date"), m.end("date"))
        if not header.issuer:
            issuer = _ISSUER_HEAD.sub("", m.group("issuer"))
            header.issuer = sentence_case(expand_abbreviations(issuer))
            header.spans["issuer"] = Span(m.end("issuer") - len(issuer), m.end("issuer"))
        return


def _news_leads(lead: str) -> Iterator[re.Match[str]]:
    """``_NEWS_LEAD.finditer(lead)``, each search started late (performance only): a match holds
    "ban hành" (letters IGNORECASE folds as str.lower does) and nothing before it in the match can be
    a "." or ";", so it starts after the last of those before the next "ban hành"."""
    low = lead.lower()
    if len(low) != len(lead):  # "İ" lower-cases to two characters: offsets would shift
        yield from _NEWS_LEAD.finditer(lead)
        return
    pos = 0
    while (cue := low.find("ban hành", pos)) >= 0:
        start = max(pos, lead.rfind(".", 0, cue) + 1, lead.rfind(";", 0, cue) + 1)
        m = _NEWS_LEAD.search(lead, start)
        if m is None:
            return
        yield m
        pos = m.end()


def _appendix(text: str, header: Header, number: _Number) -> None:
    """The document's own number and date from an appendix caption ("Kèm theo Kế hoạch số ...")."""
    assert header.type is not None and number.symbol
    pattern = re.compile(
        rf"(?:kèm\s+theo\s+)?{re.escape(header.type)}\s+số\s*:?\s*(?P<num>\d+)\s*/\s*{re.escape(number.symbol)}"
        r"(?:\s+ngày\s+(?P<date>\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}))?",
        re.IGNORECASE,
    )
    for m in pattern.finditer(text):
        head = text[max(0, m.start() - 40) : m.start()]
        eol = text.find("\n", m.end())
        tail = text[m.end() : eol if eol >= 0 else len(text)]
        caption = re.search(r"k[eèẻ]m\s+theo", head + m.group(0), re.IGNORECASE) or "(" in head[-20:]
        if not caption and not (tail.rstrip().endswith(")") and "(" not in tail):
            continue
        header.number = f"{m.group('num')}/{number.symbol}"
        header.spans["number"] = Span(m.start("num"), m.end())
        if m.group("date") and header.date is None:
            header.date = parse_date(m.group("date"))
        return


def header_date(header: Header) -> date | None:
    """The document's date (for callers that need a default year)."""
    return header.date
