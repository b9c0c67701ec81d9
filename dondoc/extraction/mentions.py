"""Agency mentions in a clause: "Sở Y tế", "UBND các huyện, thị xã, thành phố", "các sở Tài chính, Y tế".

``mention_list_at(text, pos)`` reads a list of agencies starting at ``pos`` (the subject of a clause,
what follows "Giao", "phối hợp với"); ``find_mentions`` scans a whole clause. Names are expanded by
``canonical`` (abbreviations, titles standing for their agency, tone placement).
"""

from __future__ import annotations

import re

from dondoc.extraction.mention_classes import (
    _BARE_CLASS_RE,
    _CLASS_BOARD_RE,
    _INVESTOR_PAIR_RE,
    _qualifier_tail,
    _split_classes,
)
from dondoc.extraction.mention_lexicon import (
    _BOARDS_RE,
    _DEPARTMENT_RE,
    _GENERIC_TAIL_RE,
    _GROUP_NOUNS,
    _GROUP_TAIL,
    _HEADS,
    _JUXTAPOSED,
    _NOT_LOCALITY_RE,
    _STANDALONE,
    _STOP2,
    _TITLE,
    _TITLE_GROUP_RE,
    _UB_HEAD_RE,
    _UP,
    _qualifier_end,
    canonical,
    is_generic_name,
)
from dondoc.extraction.mention_names import (
    _SPECIFIC_RE,
    Mention,
    _extend_name,
    _split_names,
)

__all__ = ["Mention", "canonical", "find_mentions", "is_generic_name", "mention_at", "mention_list_at"]

_GROUP_RE = re.compile(
    rf"(?:{_TITLE})?(?:(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Chủ tịch UBND)\s+)?(?:các|Các|những)\s+"
    rf"{_GROUP_NOUNS}(?![\w])(?:\s*(?:,|và|/)\s*{_GROUP_NOUNS}(?![\w])|,\s*các\s+ngành|\s+{_JUXTAPOSED}{_GROUP_NOUNS}(?![\w]))*"
    rf"{_GROUP_TAIL}"
)
# Definite groups named without "các": "chính quyền địa phương", "chính quyền cơ sở".
_AUTHORITY_RE = re.compile(r"chính quyền (?:các cấp|địa phương(?: các cấp)?|cơ sở)")
# Group nouns that may carry a proper name: "các Công ty Thủy lợi", "các Câu lạc bộ Thư pháp".
_NAMED_GROUP_RE = re.compile(
    r"(?:Công ty|công ty|Câu lạc bộ|câu lạc bộ|Trường|trường|Chi cục|chi cục|Phòng)$"
)
_UB_GROUP_RE = re.compile(
    rf"(?:{_TITLE})?(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND)\s+(?:cấp\s+)?(?:xã|huyện|phường)(?:\s*,\s*(?:xã|phường|"
    rf"đặc khu|thị trấn|thị xã|thành phố)|\s+và\s+(?:xã|phường|thị trấn|đặc khu))*(?=[\s,;:.)]|$)"
    rf"(?!\s+[{_UP}])"
)
_LEVELS_RE = re.compile(
    rf"((?:{_TITLE})?(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND)\s+cấp\s+(?:tỉnh|huyện|xã))(\s*(?:,|và)\s*cấp\s+)(huyện|xã)\b"
)
_SEP_RE = re.compile(r"\s*(?:,\s*\.(?=\s+các\s)|,|;|và|cùng|với|/)?\s*(?:với\s+)?")
# "các sở: Tài chính, Y tế" (one head noun, several names), but not "các Ban Quản lý dự án" (a head of its own).
_DISTRIB_RE = re.compile(
    r"(?:các|Các)\s+(sở|Sở|ban|Ban|Bộ|bộ)\s*:?\s+(?!Quản lý\b|Chỉ đạo\b|Chỉ huy\b|Tư lệnh\b)(?=["
    + _UP
    + r"])"
)


def mention_at(text: str, pos: int) -> list[Mention]:
    """Mentions that start exactly at ``pos`` (several when a head noun is shared)."""
    found = _mention_at(text, pos)
    if (
        found
        and " " in found[0].text
        and found[0].text.isupper()
        and not _ABBREVIATED.fullmatch(found[0].text)
    ):
        return []  # a heading in capitals ("IV. TỔ CHỨC THỰC HIỆN"), not an abbreviation ("P KHTC")
    return found


_ENUM_OBJECTS = re.compile(rf"(?:[{_UP}]\w*(?: [a-zà-ỹđ]\w*){{0,3}}\s*,\s*){{1,4}}(?=các\s)")
_BARE_ABBR = re.compile(r"[A-ZĐ][A-ZĐ&-]{1,7}(?![\w&-])")


def _bare_abbreviation(text: str, pos: int, head: str) -> list[Mention]:
    """An abbreviation listed after a unit with its head ("Phòng BCVT; BCXB"): the head is shared."""
    m = _BARE_ABBR.match(text, pos)
    if not m:
        return []
    name = canonical(f"{head} {m.group()}")
    if name == f"{head} {m.group()}":
        return []  # not an abbreviation we can expand: no guess
    return [Mention(m.group(), name, pos, m.end())]


_ABBREVIATED = re.compile(r"[A-Z]{1,2}\.? [A-ZĐ&]{2,8}")


def _first_words() -> frozenset[str]:
    """Lower-cased first words a mention can start with: of a head, a title, a group or class pattern."""
    words = {"các", "những", "ngành", "chính", "chủ", "cơ", "nhà", "p", "hđ"}
    for alternatives in (_HEADS, _TITLE, _STANDALONE):
        for alt in re.sub(r"\(\?[:=!][^()]*\)|[()?]", " ", alternatives).split("|"):
            first = _WORD_CHARS.search(alt)
            if first:
                words.add(first.group().lower())
    return frozenset(words)


_WORD_CHARS = re.compile(r"[^\W\d_]+")
_FIRST_WORDS = _first_words()


def _group_starts() -> frozenset[str]:
    """First words of the group and class patterns: "các", "những", "UBND", "Chủ đầu tư", titles..."""
    words = {"các", "những", "ngành", "ủy", "uỷ", "ubnd", "chủ", "đại", "cơ", "chính", "thành"}
    for alt in re.sub(r"\(\?[:=!][^()]*\)|[()?]", " ", _TITLE).split("|"):
        first = _WORD_CHARS.search(alt)
        if first:
            words.add(first.group().lower())
    return frozenset(words)


_GROUP_STARTS = _group_starts()


def _mention_at(text: str, pos: int) -> list[Mention]:
    word = _WORD_CHARS.match(text, pos)
    first = word.group().lower() if word else ""
    if first not in _FIRST_WORDS:
        return []  # no mention starts with this word (most positions tried are no mention at all)
    if first not in _GROUP_STARTS:
        return _specific_at(text, pos)  # "Sở Y tế", "Ban Quản lý ...": no group pattern can start here
    if text.startswith(("ngành", "Ngành"), pos):
        dept = _DEPARTMENT_RE.match(text, pos + len("ngành"))
        if dept:  # "phối hợp với ngành giao thông vận tải": the sector stands for its department
            return [Mention(text[pos : dept.end()], canonical("Sở" + dept.group(0)), pos, dept.end())]
        return []
    m = _DISTRIB_RE.match(text, pos)
    if m:
        return _distribute(text, pos, m)
    m = _LOCAL_DISTRIB_RE.match(text, pos)
    if m:
        found = _distribute_local(text, m)
        if found:
            return found
    m = _LEVELS_RE.match(text, pos)
    if m:  # "UBND cấp huyện, cấp xã" names two groups
        raw1, second = m.group(1), m.group(3)
        return [
            Mention(raw1, canonical(raw1), pos, m.end(1), group=True),
            Mention(
                text[m.start(2) : m.end()].strip(" ,"),
                f"Ủy ban nhân dân cấp {second}",
                m.start(2),
                m.end(),
                group=True,
            ),
        ]
    pair = _INVESTOR_PAIR_RE.match(text, pos)
    if pair:  # "Chủ đầu tư và các nhà thầu thi công các công trình khẩn cấp": two classes, one tail
        end = _qualifier_tail(text, pair.end())
        tail = text[pair.end() : end]
        first, second = pair.group(1), pair.group(2)
        return [
            Mention(first, "các chủ đầu tư" + tail, pos, pos + len(first), group=True),
            Mention(second + tail, canonical("các " + second + tail), pair.start(2), end, group=True),
        ]
    b = _BARE_CLASS_RE.match(text, pos)
    if b:  # "Chủ đầu tư các khu đô thị", "cơ quan thông tấn, báo chí": a class named without "các"
        end = b.end()
        if b.group("investor"):
            end = _qualifier_tail(text, end)
        raw = text[pos:end]
        name = canonical(raw)
        if not name.startswith("các "):
            name = "các " + name[:1].lower() + name[1:]
        return [Mention(raw, name, pos, end, group=True)]
    for rx in (_UB_GROUP_RE, _GROUP_RE, _AUTHORITY_RE):
        g = rx.match(text, pos)
        if g:
            end = _trim(text, g.start(), g.end())
            if rx is _GROUP_RE and _UB_HEAD_RE.match(text, pos):
                cut = _NOT_LOCALITY_RE.search(text, pos, end)
                if cut:  # "UBND các xã, phường và đơn vị vận hành": the committees end at the localities
                    end = cut.start()
            noun = _NAMED_GROUP_RE.search(text, pos, end)
            if (
                noun
                and re.match(r" [" + _UP + "]", text[end : end + 2])
                # "các Công ty, Sở Y tế" names two bodies; "các Công ty Điện lực khu vực" one group
                and (not _SPECIFIC_RE.match(text, end + 1) or text.startswith("Điện lực", end + 1))
            ):
                end = max(end, _extend_name(text, end, True, noun.group(0)))
            if _BOARDS_RE.search(text, pos, end):
                end = max(end, _extend_name(text, end - len(" dự án"), True, "ban quản lý"))
            if text.endswith("thuộc", pos, end):
                end = _owner_end(text, end)  # "các phòng, đơn vị trực thuộc Sở Công Thương"
            if is_generic_name(text[pos:end]) and not _GENERIC_TAIL_RE.search(text, pos, end):
                end = _qualifier_end(text, end)  # "các tổ chức, cá nhân hoạt động khoáng sản" is definite
            raw = text[pos:end]
            split = _split_classes(text, pos, end) if rx is _GROUP_RE else None
            if split:
                return split
            name = canonical(raw)
            return [Mention(raw, name, pos, end, group=True, generic=is_generic_name(name))]
    return _specific_at(text, pos)


def _specific_at(text: str, pos: int) -> list[Mention]:
    """One agency named by a head noun and its name ("Sở Y tế", "Giám đốc Công an tỉnh")."""
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


def _owner_end(text: str, end: int) -> int:
    """End of the agency a group belongs to ("... trực thuộc| Sở Công Thương"), or of its bare head ("Sở")."""
    m = re.compile(r"\s+(?=\S)").match(text, end)
    if not m:
        return end
    owner = _mention_at(text, m.end())
    if owner and not owner[0].group:
        return owner[0].end
    head = _SPECIFIC_RE.match(text, m.end())
    return head.end() if head and text[m.end()].isupper() else end


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


_OWNER_RE = re.compile(
    r"\s+(?:trực\s+)?thuộc\s+(?:Sở|Thành phố|UBND (?:tỉnh|Thành phố)|Ủy ban nhân dân (?:tỉnh|Thành phố)|tỉnh|Bộ)"
    r"(?:\s+[" + _UP + r"]\w*)*(?=\s*(?:,|;|và\s|:|$))"
)
_ASIDE_RE = re.compile(r"\s*\([^()]{1,160}\)(?=\s*(?:,|;|và\s))")


def mention_list_at(text: str, pos: int, *, limit: int | None = None) -> tuple[list[Mention], int]:
    """A list of mentions joined by commas, "và", ";" starting at ``pos``; returns them and the end."""
    out: list[Mention] = []
    i = pos
    end = pos
    limit = len(text) if limit is None else limit
    while i < limit:
        found = mention_at(text, i)
        if not found and out and out[-1].name.startswith(("Phòng ", "Ban ")):
            found = _bare_abbreviation(text, i, out[-1].name.split()[0])  # "Phòng BCVT; BCXB"
        if not found and out and out[-1].group:
            objects = _ENUM_OBJECTS.match(text, i)
            if objects and not any(w in _STOP2 for w in objects.group().lower().replace(",", " ").split()):
                # "các Cơ quan chủ trì Dự án, Tiểu dự án, Nội dung thành phần, các cơ quan ...": the
                # qualifier's own objects, then the list goes on
                i = objects.end()
                found = mention_at(text, i)
        if not found:
            break
        out.extend(found)
        end = found[-1].end
        if not found[-1].group:
            owner = _OWNER_RE.match(text, end)
            if owner:  # "Ban Quản lý dự án thuộc Thành phố và các Chủ đầu tư": the owner ends the name
                end = owner.end()
                last = found[-1]
                if _CLASS_BOARD_RE.fullmatch(last.name):
                    # a board named by its trade only, then its owner: the owner's boards, a class
                    raw = text[last.start : end]
                    out[-1] = Mention(raw, "các " + canonical(raw), last.start, end, group=True)
        aside = _ASIDE_RE.match(text, end)  # "Sở X (cơ quan thường trực ...), Sở Y"
        sep = _SEP_RE.match(text, aside.end() if aside else end)
        i = sep.end() if sep else end
        if i == end:
            break
    return out, end


_CAND_RE = re.compile(
    rf"(?<![\w])(?:{_TITLE})?(?:(?:các|Các)\s|chính quyền\s|ngành\s|(?:{_HEADS})(?=[\s,;:.)]))", re.IGNORECASE
)


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
