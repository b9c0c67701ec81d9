"""The signature block (authority, title, name) and the addressees (Kính gửi, Nơi nhận).

The block sits at the end of the operative text: "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ
TỊCH / (Đã ký) / Nguyễn Văn A". In two-column layouts it is on the right of the "Nơi nhận:" list.
"""

from __future__ import annotations

import re

from dondoc.extraction.doctypes import fold
from dondoc.extraction.header_issuer import sentence_case
from dondoc.extraction.header_layout import LOWER, UPPER, Line, Segment, segments
from dondoc.extraction.model import Signer, Span

_AUTHORITY = re.compile(r"^(TM|KT|TL|TUQ|Q|T/M|K/T|T/L)\s*[.:,]?\s*(?=\S)(.*)$")
# Where OCR glued a block line to list text: "...; Kế hoạch KT. CHỦ TỊCH", "Nơi nhận: TM. ỦY BAN".
_GLUED = re.compile(r"(?<=\s)(?=(?:TM|KT|TL|TUQ)[.,]\s*[A-ZĐỦ])|(?<=[NV]ơi nhận:)")
_TITLE_WORDS = re.compile(
    r"^(phó\s+)?(chủ tịch|giám đốc|chánh văn phòng|thủ tướng|bộ trưởng|cục trưởng|chủ nhiệm|"
    r"trưởng ban|trưởng phòng|chi cục trưởng|tổng cục trưởng|chánh thanh tra|vụ trưởng|"
    r"viện trưởng|hiệu trưởng|bí thư|trưởng đoàn|tổng giám đốc|trưởng ban chỉ đạo|"
    r"bộ trưởng, chủ nhiệm|tư lệnh|chỉ huy trưởng|giám đốc sở)\b",
    re.IGNORECASE,
)
SURNAMES = frozenset(
    fold(s)
    for s in (
        "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Trương Đinh Lâm Mai "
        "Trịnh Đào Cao Hà Lương Đoàn Tạ Vương Châu Quách Thái Tô Triệu La Lưu Kiều Khổng Hứa Lò Lù "
        "Giàng Sùng Mùa Vàng Thào Hầu Lầu Cứ Quàng Tòng Cầm Lường Bạc Vi Nông Hoàng Lục Chu Văn Tăng "
        "Âu Diệp Đàm Giáp Hàn Khúc Kim Lã Mạc Mẫn Ninh Ông Phí Phùng Quan Thân Thạch Tôn Từ Ưng Y "
        "Đồng Doãn Đường Khương Kha Lại Lạc Lò Mạch Nghiêm Nhữ Phó Tống Trình Viên Xa H' Rơ Ksor"
    ).split()
)
_NAME = re.compile(rf"[{UPPER}][{LOWER}']*(?:\s+[{UPPER}][{LOWER}']*){{1,4}}")
# What a line holds when one of its column pieces (which start after a blank or "|") matches
# _AUTHORITY in upper case: the authority word, then no lower-case letter. Written to start with a
# character class so that the regex engine skips fast (performance only).
_AUTHORITY_HINT = re.compile(
    rf"[TKQ](?<![^\s|].)(?:(?<=T)(?:M|L|UQ|/M|/L)|(?<=K)(?:T|/T)|(?<=Q))\s*[.:,]?\s*[^\s{LOWER}]"
)
_RECIPIENTS = re.compile(r"(?:^|\s)[.,]?\s*[NV]ơi\s+nhận\s*:")
# What every match of _GLUED holds (performance only): an authority word and its "." or ",", or
# "ơi nhận:"; a literal-led alternation the regex engine skips to fast.
_GLUED_HINT = re.compile(r"T(?:M|L|UQ)[.,]|KT[.,]|ơi nhận:")
_ADDRESSED = re.compile(r"(Kính gửi|[NV]ơi nhận)\s*:\s*(.*)$")
_AS_ABOVE = re.compile(r"(?i)(như trên|như điều|lưu\b|lưu:)")
_NOT_NAMES = frozenset(fold(w) for w in "Như Lưu Sở Ban Bộ Các Văn Phòng Ủy Thường Đ/c Chủ".split())


def _is_title(text: str) -> bool:
    return bool(_TITLE_WORDS.match(text.strip())) and text.upper() == text


def find_signer(lines: list[Line]) -> tuple[Signer | None, dict[str, Span]]:
    """The signer of the main signature block, with the spans of what was found."""
    anchor = _anchor(lines)
    if anchor is None:
        return None, {}
    window = lines[max(0, anchor - 8) : anchor + 30]
    authority: str | None = None
    on_behalf: str | None = None
    title: str | None = None
    title_line = -1
    spans: dict[str, Span] = {}
    for line in window:
        if title_line >= 0 and line.index - title_line > 4:
            break
        for seg in _pieces(line):
            text = seg.text.strip()
            m = _AUTHORITY.match(text)
            if m and m.group(2).upper() == m.group(2):
                auth = m.group(1).replace("/", "") + "."
                target = sentence_case(m.group(2))
                if auth == "TM.":
                    on_behalf = target
                elif on_behalf is None:
                    on_behalf = target
                authority = auth
                title_line = line.index
                if _is_title(m.group(2)) and title is None:
                    title = _title_case(m.group(2))
            elif _is_title(text):
                title = _title_case(text)
                title_line = line.index
                spans["signer.title"] = Span(seg.start, seg.end)
    if title_line < 0 and authority is None:
        title_line = anchor  # the block was lost (OCR): look for the name after the anchor
    name, name_span = _find_name([ln for ln in lines if ln.index > title_line][:25])
    if name is None and title is None and authority is None:
        return None, {}
    if name_span:
        spans["signer.name"] = name_span
    return Signer(name=name, title=title, authority=authority, on_behalf_of=on_behalf), spans


def _pieces(line: Line) -> list[Segment]:
    out: list[Segment] = []
    for seg in segments(line, glued=False):
        if not _GLUED_HINT.search(seg.text):
            out.append(seg)  # no cut: the one piece, already stripped
            continue
        cuts = [0] + [m.start() for m in _GLUED.finditer(seg.text) if m.start() > 0] + [len(seg.text)]
        for a, b in zip(cuts, cuts[1:], strict=False):
            piece = seg.text[a:b]
            if piece.strip():
                lead = len(piece) - len(piece.lstrip())
                out.append(Segment(piece.strip(), seg.start + a + lead))
    return out


def _title_case(text: str) -> str:
    low = re.sub(r"\s+", " ", text.strip()).lower()
    low = low.replace("văn phòng", "Văn phòng").replace("chủ nhiệm", "Chủ nhiệm")
    low = re.sub(r"^(phó )?", lambda m: (m.group(1) or "").capitalize(), low)
    words = low.split(" ")
    if words and words[0] == "Phó":
        rest = " ".join(words[1:])
        return "Phó " + rest[:1].upper() + rest[1:]
    return low[:1].upper() + low[1:]


def _anchor(lines: list[Line]) -> int | None:
    for line in lines:
        if "ơi" in line.text and _RECIPIENTS.search(line.text):
            return line.index
    last = None
    for line in lines:
        if not _AUTHORITY_HINT.search(line.text):
            continue  # no column piece of the line can start an upper-case authority line
        for seg in segments(line, glued=False):
            if _AUTHORITY.match(seg.text) and seg.text.upper() == seg.text:
                last = line.index
    return last


def _find_name(lines: list[Line]) -> tuple[str | None, Span | None]:
    fallback: tuple[str, Span] | None = None
    for line in lines:
        segs = segments(line, glued=False)
        for seg in reversed(segs):
            text = seg.text.strip()
            if text.startswith("(") or _is_title(text) or text.upper() == text:
                continue
            for m in _NAME.finditer(text):
                if m.end() < len(text.rstrip(" .")):
                    continue
                words = m.group(0).split()
                # A name after list text on the same line ("...tỉnh; Đặng Văn Minh").
                while len(words) > 2 and fold(words[0]) not in SURNAMES:
                    words = words[1:]
                if fold(words[0]) in SURNAMES and len(words) >= 2:
                    start = seg.start + m.start() + len(m.group(0)) - len(" ".join(words))
                    before = text[: start - seg.start].rstrip()
                    if before and not before.endswith((";", ":", ",", ")")):
                        continue  # a place inside a list line ("- UBND tỉnh Đồng Nai.")
                    return " ".join(words), Span(start, start + len(" ".join(words)))
                if (
                    fallback is None
                    and m.start() == 0
                    and len(words) <= 4
                    and fold(words[0]) not in _NOT_NAMES
                ):
                    fallback = (m.group(0), Span(seg.start, seg.start + len(m.group(0))))
            repaired = _repair_surname(text)
            if repaired and fallback is None:
                fallback = (repaired, Span(seg.start, seg.end))
    if fallback:
        return fallback
    return None, None


_DAMAGED = re.compile(rf"^(\S{{2,6}})\s+([{UPPER}][{LOWER}]+(?:\s+[{UPPER}][{LOWER}]+){{1,2}})$")


def _repair_surname(text: str) -> str | None:
    """A name line whose surname lost or garbled its capital under the stamp ("rần Hoàng Tuân")."""
    m = _DAMAGED.match(text)
    if not m:
        return None
    word = fold(m.group(1))
    if not word.isalpha():
        return None
    found = {s for s in SURNAMES if len(s) > 2 and s[1:] == word}  # the capital was lost
    if not found:  # the capital was misread
        found = {s for s in SURNAMES if len(s) > 3 and len(s) == len(word) and s[1:] == word[1:]}
    if len(found) != 1:
        return None
    surname = found.pop()
    written = m.group(1)
    if len(written) < len(surname):
        written = surname[0].upper() + written
    else:
        written = surname[0].upper() + written[1:]
    return f"{written} {m.group(2)}"


def recipients(lines: list[Line]) -> tuple[list[str], list[Segment]]:
    """Addressees from "Kính gửi:" (inline or a dash list) and the "Nơi nhận:" list."""
    found: list[str] = []
    segs: list[Segment] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        text = line.text
        m = _ADDRESSED.search(text) if "ính gửi" in text or "ơi nhận" in text else None
        if not m:
            i += 1
            continue
        inline = segments(Line(line.index, m.group(2), line.start + m.start(2)), glued=False)
        if inline and not _is_title(inline[0].text) and not _AUTHORITY.match(inline[0].text):
            _add(found, segs, inline[0])
        j, blanks = i + 1, 0
        while j < len(lines) and j - i < 40:
            nxt = lines[j]
            if nxt.blank:
                blanks += 1
                if blanks >= 2 and found:
                    break
                j += 1
                continue
            blanks = 0
            first = segments(nxt, glued=False)
            if not first:
                j += 1
                continue
            text = first[0].text
            if text.startswith(("-", "+", "•")):
                _add(found, segs, first[0])
            elif found and not _is_title(text) and not _AUTHORITY.match(text) and text[:1].islower():
                found[-1] = f"{found[-1]} {text.strip(' ;.')}"
            elif not (_is_title(text) or _AUTHORITY.match(text)):
                break
            j += 1
        i = j
    return found, segs


def _add(found: list[str], segs: list[Segment], seg: Segment) -> None:
    text = seg.text.lstrip("-+• ").strip(" ;.")
    if not text or _AS_ABOVE.match(text):
        return
    if text not in found:
        found.append(text)
        segs.append(seg)
