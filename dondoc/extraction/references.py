"""Cited documents: number, type, date, issuer.

Two ways a citation shows: a well-formed number anywhere ("01/NQ-CP", "30/2020/NĐ-CP",
"02-NQ/TU", "QCVN 05A:2020/BCT"), and any token after "<document word> số" ("Văn bản số
21.4/GĐN", "Công văn số 02 ngày 21/4/2026": a bare number counts only with its date). OCR breaks
inside symbols ("01/NQ- CP") are joined. The document's own number is not a reference.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

from dondoc.extraction.dates import find_dates
from dondoc.extraction.doctypes import TYPE_NAMES, type_from_name, type_from_symbol
from dondoc.extraction.header_issuer import expand_abbreviations
from dondoc.extraction.model import Header, Reference, Span, TextDocument

_CODE = r"[A-ZĐƯ][A-Za-zĐđƯư0-9&.]*"
_CAPS = r"[A-ZĐƯ][A-ZĐƯ0-9&]+"
# A symbol group after "-": normally glued, or broken by OCR as "- CP" (capitals only then).
_GROUP = rf"(?:-{_CODE}|-[ \t]*\n[ \t]*{_CODE}|-[ \t]+{_CAPS}(?![a-zđà-ỹ]))"
_STATE = rf"\d+[a-d]?(?:\s*/\s*\d{{4}})?\s*/\s*{_CODE}{_GROUP}*"
_PARTY = rf"\d+[a-d]?-[ \t]?{_CODE}/{_CODE}(?:-{_CODE})*"
_STANDARD = r"(?:QCVN|TCVN)\s*[0-9A-Z.\-]+(?::\d{4})?/[A-ZĐ]+\d?"
# Means rf"(?<![\w/.:\-])(?:{_STANDARD}|{_PARTY}|{_STATE})(?![\w/])", written to start with a
# character class (the first character is consumed, then checked by lookbehinds) so that the regex
# engine skips quickly to the next possible start instead of trying every position.
_NUMBERED = (
    rf"(?<=\d)\d*[a-d]?-[ \t]?{_CODE}/{_CODE}(?:-{_CODE})*"
    rf"|(?<=\d)\d*[a-d]?(?:\s*/\s*\d{{4}})?\s*/\s*{_CODE}{_GROUP}*"
)
_WELL_FORMED = re.compile(
    rf"[QT\d](?<![\w/.:\-].)(?:(?<=[QT])CVN\s*[0-9A-Z.\-]+(?::\d{{4}})?/[A-ZĐ]+\d?|{_NUMBERED})(?![\w/])"
)
# _WELL_FORMED for a text without "CVN" (no standard can match): no stop at every capital T.
_WELL_FORMED_NUMBERS = re.compile(rf"\d(?<![\w/.:\-].)(?:{_NUMBERED})(?![\w/])")
_CAPTION = re.compile(r"k[eè]m\s+theo\s+(?P<type>[^\d\n]{2,30}?)\s+s[ốô]\s*:?[^\w\n]{0,3}$", re.IGNORECASE)
_WORDS = "|".join(re.escape(t) for t in TYPE_NAMES) + "|Giấy đề nghị|Đơn"
_AFTER_SO = re.compile(
    rf"(?i:(?P<word>{_WORDS}))(?P<between>[^\n.;,()]{{0,60}}?)\s+(?i:số)\s*:?\s*(?P<num>[^\s,;()]*\d[^\s,;()]*)"
)
# Where a type word of ``_AFTER_SO`` can start: found with ``str.find`` on the lower-cased text,
# far faster than the case-insensitive alternation scanning every position. ``str.lower`` folds
# these words exactly as the regex does, except for the dotted/dotless i (checked for).
_WORDS_LOWER = tuple(w.lower() for w in (*TYPE_NAMES, "Giấy đề nghị", "Đơn"))
# A type word of a match starts at most this far before the blanks in front of its "số".
_REACH = 60 + max(len(w) for w in _WORDS_LOWER)
_DATE_AFTER = re.compile(
    r"^\s*,?\s*(?:ban hành\s+)?ngày\s+(\d{1,2}\s*(?:/|-|\.|\s+tháng\s+)\s*\d{1,2}\s*(?:/|-|\.|\s+năm\s+)\s*\d{4})",
    re.IGNORECASE,
)
_STOPS = (
    r"về|quy định|hướng dẫn|ban hành|phê duyệt|sửa đổi|thực hiện|triển khai|tổ chức|cho phép|v/v|tại|đã|"
    r"đối với|nhằm|gửi|chỉ đạo|giao|yêu cầu|thông qua|kèm theo"
)
_ISSUER_AFTER = re.compile(
    rf"^\s*(?:của|do)\s+(?P<who>[^,;()|\n]{{3,90}}?)(?=\s+(?i:{_STOPS})\b|\s+và\s+(?![A-ZĐ])|"
    rf"\s+và\s+(?i:{_WORDS})|\s+(?:có|được)\s|[,;()|\n]|\.\s|\.?$)",
)
_AGENCY = re.compile(
    r"(?:Ủy ban|Uỷ ban|UBND|HĐND|Hội đồng|Sở|Bộ|Cục|Công ty|Doanh nghiệp|Chi nhánh|Ban|Văn phòng|Thủ tướng|"
    r"Chính phủ|Tổng cục|Trung tâm|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ|Quốc hội|Giám đốc|Chủ tịch|Thanh tra|"
    r"Liên danh|Tập đoàn|Tổng công ty|Kho bạc|Công an|Đảng ủy|BTV|Thường trực)\b"
)
# "Công ty A tại Văn bản số", "đề nghị của Sở Xây dựng tại Tờ trình số", "Bộ X ban hành Quyết định số".
_ISSUER_BEFORE = re.compile(
    rf"(?:của\s+)?(?P<who>[A-ZĐ][^,;()|\n\d]{{2,90}}?)\s+(?:tại|đã ban hành|ban hành|có|theo)\s+(?:các\s+)?(?i:{_WORDS})"
    r"(?:\s+[^\s\d]+){0,3}?\s+s[ốô]\s*:?\s*$"
)
_WORD_BOUNDED = re.compile(rf"\b({_WORDS})\b", re.IGNORECASE)


def _class_led(words: tuple[str, ...], after_first: str = "") -> str:
    """A case-insensitive alternation of ``words`` (in order) written to start with a character class
    of their first letters (then ``after_first``), each word told apart by a lookbehind on its letter
    (performance only: the regex engine skips to where a word may start). No word starts with "i"
    or "s", whose IGNORECASE matches the class would miss."""
    firsts = {c for w in words for c in (w[0].lower(), w[0].upper())}
    if "k" in firsts:
        firsts.add("\u212a")  # Kelvin sign, which IGNORECASE folds to "k"
    rest = "|".join(f"(?<={re.escape(w[0])}){re.escape(w[1:])}" for w in words)
    return f"[{''.join(sorted(firsts))}]{after_first}(?i:{rest})"


# The matches of _WORD_BOUNDED, the word being the whole match (r"\b" before it checked after the
# class); its group 1 would start after the class, so users read group 0.
_WORD_BOUNDED_FAST = re.compile(_class_led((*TYPE_NAMES, "Giấy đề nghị", "Đơn"), r"(?<!\w.)") + r"\b")
_WORD_TO_NUMBER = re.compile(r"(?:\s+[^\s\d]+){0,6}?\s+(?:số\s*:?\s*)?|\s*", re.IGNORECASE)
_STOP_SPLIT = re.compile(rf"\s+(?i:{_STOPS}|theo)\b")
_BARE_LOCAL = re.compile(r"\b(tỉnh|Tỉnh|thành phố|Thành phố)$")


_NOT_KEY = re.compile(r"[^0-9A-Za-z/]")
_SLASH = re.compile(r"\s*/\s*")
_DASH_BLANKS = re.compile(r"-\s+")
_DATE_ONLY = re.compile(r"\d{1,2}/\d{1,2}/\d{4}")
_LETTER = re.compile(r"[A-Za-zĐđ]")
_DIGITS = re.compile(r"\d+")
_DIGIT = re.compile(r"\d")
_FOOTNOTE_CALL = re.compile(r"(?<=[A-ZĐ]{2})\d$")
_QH_YEAR = re.compile(r"(?<=/QH)(\d{2})\d+$")


@lru_cache(maxsize=4096)
def ref_key(number: str) -> str:
    """Letters, digits and slashes, upper case, no diacritics: the identity of a number."""
    text = unicodedata.normalize("NFD", number).replace("đ", "d").replace("Đ", "D")
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Mn")
    return _NOT_KEY.sub("", text).upper()


def _clean(number: str) -> str:
    number = _SLASH.sub("/", number.replace("Ð", "Đ"))
    number = _DASH_BLANKS.sub("-", number)
    return number.strip(" .:-")


def _local_name(issuer: str, home: str | None) -> str:
    """'Ủy ban nhân dân tỉnh' in a Lào Cai document is 'Ủy ban nhân dân tỉnh Lào Cai'."""
    issuer = expand_abbreviations(re.sub(r"\s+", " ", issuer)).strip(" .")
    issuer = re.sub(r"\bBTV\b", "Ban Thường vụ", issuer)
    if home and _BARE_LOCAL.search(issuer):
        issuer = f"{issuer[: -len(_BARE_LOCAL.search(issuer).group(1))]}{home}"  # type: ignore[union-attr]
    return issuer[:1].upper() + issuer[1:]


def _home(header: Header) -> str | None:
    m = re.search(r"\b((?:tỉnh|thành phố)\s+\S.*)$", header.issuer or "")
    return m.group(1) if m else None


def _share_issuers(refs: list[Reference]) -> None:
    """A list cited with one "của X" at its end: "các Nghị quyết số 01/NQ-CP, 63/NQ-CP ... của Chính phủ"."""
    for i in range(len(refs) - 2, -1, -1):
        ref, nxt = refs[i], refs[i + 1]
        if ref.issuer or not nxt.issuer or not ref.span or not nxt.span:
            continue
        if nxt.span.start - ref.span.end < 120 and ref.number.split("-")[-1] == nxt.number.split("-")[-1]:
            ref.issuer = nxt.issuer


def find_references(doc: TextDocument, header: Header) -> list[Reference]:
    refs = _find(doc, header)
    home = _home(header)
    for ref in refs:
        if ref.issuer:
            ref.issuer = _local_name(ref.issuer, home)
    _share_issuers(refs)
    return refs


def _find(doc: TextDocument, header: Header) -> list[Reference]:
    text = doc.text.replace("Ð", "Đ")
    own = ref_key(header.number) if header.number else None
    own_span = header.spans.get("number_line")
    found: dict[str, Reference] = {}
    hits: list[tuple[int, int, str, str | None]] = []
    for m in (_WELL_FORMED if "CVN" in text else _WELL_FORMED_NUMBERS).finditer(text):
        hits.append((m.start(), m.end(), m.group(0), None))
    for m in _after_so(text):
        num = m.group("num").rstrip(".:")
        if _DATE_ONLY.fullmatch(num):
            continue  # "số ... ngày" misread: a date
        if not _LETTER.search(num):
            rest = text[m.end("num") : m.end("num") + 40]
            if not (_DIGITS.fullmatch(num) and _DATE_AFTER.match(rest)):
                continue  # a bare number needs its date ("Công văn số 02 ngày 21/4/2026")
        if not num[:1].isalnum():
            continue  # OCR junk in front of the number
        hits.append((m.start("num"), m.start("num") + len(num), num, m.group("word")))
    hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
    keys = {ref_key(_clean(h[2])) for h in hits}
    taken_end = -1
    for start, end, raw, word in hits:
        if start < taken_end or (own_span and own_span.start <= start < own_span.end):
            continue
        taken_end = end
        number = _drop_footnote(_clean(raw), keys)
        key = ref_key(number)
        if not key or key == own or not _DIGIT.search(key):
            continue
        if key in found:
            _complete(found[key], _describe(text, number, start, end, word))
            continue
        caption = _CAPTION.search(text[max(0, start - 60) : start])
        if caption and header.type and type_from_name(caption.group("type")) == header.type:
            continue  # "(Kèm theo Kế hoạch số .../KH-UBND ...)": the document itself
        if any(_same(key, other) for other in found):
            continue
        found[key] = _describe(text, number, start, end, word)
    return list(found.values())


def _after_so(text: str) -> Iterator[re.Match[str]]:
    """``_AFTER_SO.finditer(text)``, trying only where a type word starts."""
    low = text.lower()
    if len(low) != len(text) or "\u0130" in text or "\u0131" in text:  # the dotted/dotless i
        yield from _AFTER_SO.finditer(text)
        return
    starts: set[int] = set()
    for a, b in _so_windows(low) if "\u017f" not in text else [(0, len(low))]:
        for word in _WORDS_LOWER:
            i = low.find(word, a, b)
            while i >= 0:
                starts.add(i)
                i = low.find(word, i + 1, b)
    pos = 0
    for start in sorted(starts):
        if start < pos:
            continue
        m = _AFTER_SO.match(text, start)
        if m:
            yield m
            pos = m.end()


def _so_windows(low: str) -> list[tuple[int, int]]:
    """Where the type words of ``_AFTER_SO`` matches lie in the lower-cased text: before each "số"
    that follows blanks, back to ``_REACH`` characters before those blanks (windows merged).
    (A "ſố" would match too: the caller looks everywhere when the text holds a "ſ".)"""
    out: list[tuple[int, int]] = []
    i = low.find("số")
    while i >= 0:
        j = i
        while j > 0 and low[j - 1].isspace():
            j -= 1
        if j < i:  # r"\s+" before "số"
            a = max(0, j - _REACH)
            if out and a <= out[-1][1]:
                out[-1] = (out[-1][0], i)
            else:
                out.append((a, i))
        i = low.find("số", i + 1)
    return out


def _ends_with_so(text: str) -> bool:
    """What every _ISSUER_BEFORE match ends with: "số" or "sô", then blanks, at most one ":", blanks."""
    tail = text.rstrip()
    if tail.endswith(":"):
        tail = tail[:-1].rstrip()
    return tail.endswith(("số", "sô"))


def _complete(ref: Reference, other: Reference) -> None:
    """Fill what the first mention left out from a later one."""
    ref.date = ref.date or other.date
    ref.issuer = ref.issuer or other.issuer
    if ref.type in (None, "Văn bản"):
        ref.type = other.type or ref.type


def _drop_footnote(number: str, keys: set[str]) -> str:
    """ "105/2025/NĐ-CP2" (a footnote call glued to the number) -> "105/2025/NĐ-CP"."""
    m = _FOOTNOTE_CALL.search(number)
    if m and ref_key(number[:-1]) in keys:
        return number[:-1]
    return _QH_YEAR.sub(r"\1", number) if "/QH" in number else number


def _same(key: str, other: str) -> bool:
    """ "22/2016/HĐND" written for "22/2016/NQ-HĐND": same number, year and issuer, no type code."""
    a, b = key.split("/"), other.split("/")
    if len(a) != len(b) or a[:-1] != b[:-1] or a[-1] == b[-1]:
        return False
    shorter, longer = sorted((a[-1], b[-1]), key=len)
    return len(shorter) >= 3 and longer.endswith(shorter)


def _describe(text: str, number: str, start: int, end: int, word: str | None) -> Reference:
    before = text[max(0, start - 60) : start]
    kind = None
    m = None
    for cand in _WORD_BOUNDED_FAST.finditer(before):
        rest = before[cand.end() :]
        if _WORD_TO_NUMBER.fullmatch(rest):
            m = cand
    if m:
        kind = type_from_name(m.group(0))
    if word and kind is None:
        kind = type_from_name(word)
    by_symbol = type_from_symbol(number)
    if kind in (None, "Văn bản") and by_symbol:
        kind = by_symbol
    if number.startswith(("QCVN", "TCVN")):
        kind = "Quy chuẩn kỹ thuật quốc gia" if number.startswith("QCVN") else "Tiêu chuẩn quốc gia"
    after = text[end : end + 200]
    when = None
    d = _DATE_AFTER.match(after)
    if d:
        hits = find_dates(d.group(0))
        when = hits[0].date if hits else None
        after = after[d.end() :]
    issuer = None
    i = _ISSUER_AFTER.match(after.replace("\n", " "))
    if i and _AGENCY.match(i.group("who")):
        issuer = i.group("who")
    elif not i:
        window = text[max(0, start - 160) : start].replace("\n", " ")
        b = _ISSUER_BEFORE.search(window) if _ends_with_so(window) else None
        # the clause right before the number: after the last full stop, the body after the last "của"
        who = b.group("who").rsplit(". ", 1)[-1].rsplit(" của ", 1)[-1] if b else ""
        heads = list(_AGENCY.finditer(who)) if b else []
        if b and heads:
            issuer = who[heads[0].start() :]
            issuer = _STOP_SPLIT.split(issuer)[0]
    return Reference(
        number=number,
        type=kind,
        date=when,
        issuer=issuer,
        text=text[max(0, start - (len(before) - m.start()) if m else start) : end],
        span=Span(start, end),
    )
