"""Classes of bodies named in a set phrase: "Chủ đầu tư các khu đô thị", "cơ quan thông tấn, báo chí",
"các đơn vị sự nghiệp, doanh nghiệp nhà nước thuộc UBND tỉnh" (two classes, one qualifier), "Ban Quản lý
dự án đầu tư xây dựng thuộc Thành phố" (a board named by its trade and owner: the owner's boards).
"""

from __future__ import annotations

import re

from dondoc.extraction.mention_lexicon import (
    _STOP,
    _STOP2,
    _TITLE,
    canonical,
    is_generic_name,
)
from dondoc.extraction.mention_names import Mention

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


_CLASS_BOARD_RE = re.compile(r"Ban Quản lý dự án(?: đầu tư xây dựng)?(?: công trình)?")
