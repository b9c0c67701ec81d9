"""Agency mentions in a clause: "Sở Y tế", "UBND các huyện, thị xã, thành phố", "các sở Tài chính, Y tế".

``mention_list_at(text, pos)`` reads a list of agencies starting at ``pos`` (the subject of a clause,
what follows "Giao", "phối hợp với"); ``find_mentions`` scans a whole clause. Names are expanded by
``canonical`` (abbreviations, titles standing for their agency, tone placement).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dondoc.extraction.mention_lexicon import (
    _AND_ZONES,
    _BOARDS_RE,
    _CAP_STOP,
    _DEPARTMENT_RE,
    _ENUM_IN_NAME,
    _FIRE_RE,
    _GENERIC_TAIL_RE,
    _GROUP_NOUNS,
    _GROUP_TAIL,
    _HEADS,
    _JUXTAPOSED,
    _LEGAL_FORM,
    _LONG_HEADS,
    _NOT_LOCALITY_RE,
    _NOUN_COMPOUNDS,
    _OPEN_HEADS,
    _PARENT_RE,
    _STANDALONE,
    _STOP,
    _STOP2,
    _TITLE,
    _TITLE_GROUP_RE,
    _TRADE_AFTER_AND,
    _UB_HEAD_RE,
    _UP,
    _WORD_RE,
    _WORKS_AFTER_CAC,
    _qualifier_end,
    canonical,
    is_generic_name,
)

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
_SPECIFIC_RE = re.compile(rf"(?:{_TITLE})?(?:{_HEADS})(?=[\s,;:.)]|$)", re.IGNORECASE)
_SEP_RE = re.compile(r"\s*(?:,\s*\.(?=\s+các\s)|,|;|và|cùng|với|/)?\s*(?:với\s+)?")
# "các sở: Tài chính, Y tế" (one head noun, several names), but not "các Ban Quản lý dự án" (a head of its own).
_DISTRIB_RE = re.compile(
    r"(?:các|Các)\s+(sở|Sở|ban|Ban|Bộ|bộ)\s*:?\s+(?!Quản lý\b|Chỉ đạo\b|Chỉ huy\b|Tư lệnh\b)(?=["
    + _UP
    + r"])"
)


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


_INVESTOR_PAIR_RE = re.compile(
    r"([Cc]hủ đầu tư)\s+và\s+(?:các\s+)?((?:nhà|Nhà) thầu(?: thi công)?)(?=\s+(?:các|của các)\s)"
)
_BARE_CLASS_RE = re.compile(
    r"(?P<investor>[Cc]hủ đầu tư(?=\s+(?:các|của các|dự án|công trình)\s))"
    r"|[Cc]ơ quan (?:thông tấn(?:,\s*báo chí)?|báo chí)(?![\w])"
)


def _qualifier_tail(text: str, end: int) -> int:
    """ "Chủ đầu tư| các khu đô thị", "| các công trình khẩn cấp": what the investors invest in."""
    m = re.compile(r"\s+(?:các|của các|dự án|công trình)(?:\s+[a-zà-ỹđ]+){1,5}").match(text, end)
    if not m:
        return end
    words = m.group().split()
    keep = len(words)
    for k, w in enumerate(words[1:], start=1):
        if " ".join(words[k - 1 : k + 1]) in ("công trình", "chương trình", "khẩn cấp"):
            continue
        if w in _STOP or w in _STOP2 or " ".join(words[k : k + 2]) in _STOP2:
            keep = k
            break
    return end + len(m.group()) - len(" ".join(words[keep:])) - (1 if keep < len(words) else 0)


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


# Classes of bodies that are distinct kinds of their own: "các đơn vị sự nghiệp, doanh nghiệp nhà nước thuộc
# UBND tỉnh" names two groups sharing one qualifier (unlike "các sở, ban, ngành" or "các tổ chức, cá nhân").
_CLASS_ITEM = re.compile(
    r"(?:đơn vị sự nghiệp(?: công lập)?|doanh nghiệp [Nn]hà nước|chủ đầu tư|nhà thầu|nhà đầu tư"
    r"|[Bb]an [Qq]uản lý dự án)(?![\w])"
)
_CLASS_SEP = re.compile(r"\s*(?:,|\bvà\b)\s*(?:các\s+)?")
_SHARED_TAIL = re.compile(r"\s+(?:thuộc|trực thuộc|trên địa bàn|của)\b.*$", re.DOTALL)


def _split_classes(text: str, pos: int, end: int) -> list[Mention] | None:
    """ "các sở, ban ngành, đơn vị sự nghiệp công lập, doanh nghiệp nhà nước thuộc tỉnh" -> three groups."""
    raw = text[pos:end]
    if raw.count(",") + raw.count(" và ") == 0 or not _CLASS_ITEM.search(raw):
        return None
    head = re.compile(
        rf"(?:{_TITLE})?(?:(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND)\s+)?(?:các|Các|những)\s+"
    ).match(raw)
    if head is None or raw[: head.end()].startswith(("Ủy", "Uỷ", "UBND")):
        return None
    tail_m = _SHARED_TAIL.search(raw, head.end())
    body_end = tail_m.start() if tail_m else len(raw)
    tail = raw[body_end:]
    items: list[tuple[int, int]] = []
    i = head.end()
    for sep in _CLASS_SEP.finditer(raw, head.end(), body_end):
        items.append((i, sep.start()))
        i = sep.end()
    items.append((i, body_end))
    classes = [k for k, (a, b) in enumerate(items) if _CLASS_ITEM.fullmatch(raw[a:b])]
    if len(classes) < 2 and not (classes and classes[0] > 0):
        return None
    out: list[Mention] = []
    first = classes[0]
    if first > 0:  # the leading run of short nouns ("các sở, ban ngành") stays one group
        a, b = head.end(), items[first - 1][1]
        r = raw[:b]
        out.append(Mention(r, canonical(r), pos, pos + b, group=True, generic=is_generic_name(canonical(r))))
    for k in range(first, len(items)):
        a, b = items[k]
        if not _CLASS_ITEM.fullmatch(raw[a:b]):
            return None  # a plain noun after a class: not a list of classes
        name = canonical("các " + raw[a:b] + tail)
        out.append(
            Mention(raw[a:b] + tail if k == len(items) - 1 else raw[a:b], name, pos + a, pos + b, group=True)
        )
    if out:
        last = out[-1]
        out[-1] = Mention(last.text, last.name, last.start, end, group=True, generic=last.generic)
    return out


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


_CLASS_BOARD_RE = re.compile(r"Ban Quản lý dự án(?: đầu tư xây dựng)?(?: công trình)?")
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
