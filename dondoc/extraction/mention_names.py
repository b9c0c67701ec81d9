"""A mention of an agency, and where the proper name after its head noun ends.

``Mention`` is what ``mentions`` returns; ``_extend_name`` reads a name on from its head ("Sở| Y tế
tỉnh Điện Biên", "Ban Quản lý| dự án đầu tư xây dựng số 1") and stops at the predicate; ``_split_names``
cuts "Tài chính, Văn hóa, Thể thao và Du lịch, Y tế" into names, commas inside names kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dondoc.extraction.mention_lexicon import (
    _AND_ZONES,
    _CAP_STOP,
    _DEPARTMENT_RE,
    _ENUM_IN_NAME,
    _FIRE_RE,
    _HEADS,
    _LEGAL_FORM,
    _LONG_HEADS,
    _NOUN_COMPOUNDS,
    _OPEN_HEADS,
    _PARENT_RE,
    _STOP,
    _STOP2,
    _TITLE,
    _TRADE_AFTER_AND,
    _UP,
    _WORD_RE,
    _WORKS_AFTER_CAC,
)

_SPECIFIC_RE = re.compile(rf"(?:{_TITLE})?(?:{_HEADS})(?=[\s,;:.)]|$)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Mention:
    text: str  # as written
    name: str  # canonical full name
    start: int
    end: int
    group: bool = False
    generic: bool = False


def _is_cap(word: str) -> bool:
    return bool(word) and (word[0].isupper() or word[0].isdigit())


def _extend_name(text: str, pos: int, head_cap: bool, head: str = "") -> int:
    """End of the proper name that starts after a head noun at ``pos``."""
    end = pos
    lower_run = 0
    after_place = False
    low = head.lower().strip()
    max_run = 6 if low.split(" ")[0] in _LONG_HEADS or low in _LONG_HEADS else 3
    first = low not in _OPEN_HEADS
    i = pos
    if low == "liên hiệp" and text.startswith(" các tổ chức", pos):
        i = end = pos + len(" các tổ chức")
        first = False
    elif low in ("liên minh", "liên hiệp", "liên đoàn") and re.match(
        r" các [" + _UP + "]", text[pos : pos + 6]
    ):
        i = end = pos + len(" các")  # "Liên minh các Hợp tác xã"
        first = False
    if low == "sở":
        dept = _DEPARTMENT_RE.match(text, pos)
        if dept:  # "Sở Nội vụ đào tạo ..." ends at "Nội vụ"; "Sở Y tế tỉnh Điện Biên" goes on
            i = end = dept.end()
            first, after_place = False, True
    if low.endswith("công ty"):
        legal = _LEGAL_FORM.match(text, pos)  # "Công ty cổ phần X", "Công ty TNHH MTV X"
        if legal:
            i = end = legal.end()
            first = False
    if low == "ban quản lý" and text.startswith(" dự án", pos):
        max_run = 12  # "Ban Quản lý dự án đầu tư xây dựng công trình hạ tầng kỹ thuật ..."
    while True:
        fire = _FIRE_RE.match(text, i) if (not first or low in _OPEN_HEADS) and not after_place else None
        if fire:  # "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ" (a trade with its own comma)
            i = end = fire.end()
            lower_run = 0
            first = False
            continue
        m = _WORD_RE.match(text, i)
        if not m:
            break
        w = m.group(1)
        if w in (",",):
            nxt = _WORD_RE.match(text, m.end())
            if nxt and _is_cap(nxt.group(1)) and not _SPECIFIC_RE.match(text, nxt.start(1)):
                if _looks_like_name_part(text, nxt.start(1)) or (
                    low.endswith("công ty") and _ENUM_IN_NAME.match(text, nxt.start(1))
                ):
                    i = m.end()
                    continue
            break
        if w in ("-", "–", "—", "&"):
            nxt = _WORD_RE.match(text, m.end())
            if w != "&" and nxt and _PARENT_RE.match(text, nxt.start(1)):
                break  # "Cục Thương mại điện tử và Công nghệ thông tin - Bộ Công Thương": the parent follows
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
            zones = _AND_ZONES.match(text, m.end()) if low == "ban quản lý" else None
            if zones:
                i = zones.start(1)  # "Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi"
                lower_run = 0
                continue
            if (
                not first
                and max_run >= 6
                and (_lower_then_cap(text, m.end()) or _TRADE_AFTER_AND.match(text, m.end()))
            ):
                i = m.end()  # "Công ty cổ phần Môi trường và công trình Đô thị Sơn Tây"
                lower_run = 0
                continue
            break
        if w == "(":
            break
        if len(w) > 1 and w[-1] in "-–" and w[:-1].isalpha() and not first:
            nxt = _WORD_RE.match(text, m.end())
            if nxt and _is_cap(nxt.group(1)):  # "Đài Phát thanh-⏎Truyền hình" joined from two lines
                end = m.start(1) + len(w) - 1
                i = m.end()
                continue
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
            # A place's proper name ("phường Văn Phú") or a unit's number ("số 1") closes the name: only
            # capitalised words go on ("UBND phường Văn Phú tìm kiếm ..." ends at "Văn Phú").
            after_place = (after_place and not first) or (bare.isdigit() and not first)
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
            after_place = True  # "Công an tỉnh nhận ..." ends here; "UBND tỉnh Điện Biên" goes on
            continue
        if after_place and not _is_cap(bare):
            break
        if bare == "các" and low == "ban quản lý" and _WORKS_AFTER_CAC.match(text, m.end()):
            i = m.end()  # "Ban Quản lý dự án các công trình giao thông tỉnh"
            lower_run = 0
            continue
        before = text[max(0, m.start(1) - 16) : m.start(1)].rstrip().lower().removesuffix(" và")
        compound = (
            any(pair.startswith(w) and before.endswith(b) for b, w in _NOUN_COMPOUNDS)
            or (bare == "trình" and before.endswith("công"))
            or pair in ("giao thông", "cấp nước", "cấp điện", "thoát nước")
        )
        if (
            (bare in _STOP and not compound)
            or (bare in _STOP2 and not compound)
            or (pair in _STOP2 and not compound)
            or first
            or lower_run >= max_run
            or not bare.isalpha()
        ):
            break
        lower_run += 1
        end = m.start(1) + len(bare)
        i = m.end()
    return end


def _lower_then_cap(text: str, pos: int) -> bool:
    """One to four plain lower-case words, then a capitalised one ("và công trình Đô thị")."""
    i, n = pos, 0
    while n < 5:
        m = _WORD_RE.match(text, i)
        if not m:
            return False
        w = m.group(1)
        if _is_cap(w):
            return n > 0 and not _SPECIFIC_RE.match(text, m.start(1))
        if not w.isalpha() or w in _STOP:
            return False
        n += 1
        i = m.end()
    return False


def _looks_like_name_part(text: str, pos: int) -> bool:
    """After a comma inside a name: "Văn hóa, Thể thao và Du lịch" (a capitalised word, not a sentence)."""
    m = re.compile(r"([^\s,;:.]+)(?:\s+([^\s,;:.]+))?").match(text, pos)
    if not m:
        return False
    w1, w2 = m.group(1), m.group(2) or ""
    return w1 in ("Thể", "Thương", "Gia", "Khoa") or (w1, w2) in (("Văn", "hóa"), ("Truyền", "hình"))


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
