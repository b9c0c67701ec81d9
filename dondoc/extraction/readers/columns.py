"""Two-column zones of a laid-out page (Decree 30 header, signature block) in reading order.

Input: the lines of one page as fixed-width text (pypdf's layout mode), where horizontal
position survives as spaces. In the header of a Decree 30 document the issuer (left:
"ỦY BAN NHÂN DÂN / TỈNH X / Số: 12/UBND-KT") and the national motto and place-date (right:
"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc / X, ngày ...") share lines.
A zone is a run of lines that each hold a left group, a right group, or both, separated by a
gap of several spaces, with no line crossing the gutter; its left lines are emitted first,
then its right lines. Zones start at the top of the first page and at "Nơi nhận".
"""

from __future__ import annotations

import re

_GAP = re.compile(r"\S( {4,})(?=\S)")
_MAX_ZONE = 16


def _groups(line: str) -> tuple[int, str, int, str] | None:
    """(left start, left text, right start, right text) split at the widest gap, or None."""
    gaps = list(_GAP.finditer(line))
    if not gaps:
        return None
    widest = max(gaps, key=lambda m: len(m.group(1)))
    left = line[: widest.start(1)]
    right = line[widest.end(1) :]
    if _GAP.search(right) or _GAP.search(left):
        return None  # three or more groups: a table row, not a two-column zone
    return len(left) - len(left.lstrip()), left.strip(), widest.end(1), right.strip()


def _zone(lines: list[str], start: int) -> tuple[int, list[str]] | None:
    """(end index, reordered lines) for a two-column zone starting at ``start``, else None."""
    split = [g for g in (_groups(line) for line in lines[start : start + _MAX_ZONE]) if g]
    if not split or _groups(lines[start]) is None:
        return None
    gutter_left = max(g[0] + len(g[1]) for g in split)
    gutter_right = min(g[2] for g in split)
    if gutter_right - gutter_left < 3:
        return None
    left: list[str] = []
    right: list[str] = []
    i = start
    while i < len(lines) and i - start < _MAX_ZONE:
        line = lines[i]
        if not line.strip():
            if i + 1 < len(lines) and not lines[i + 1].strip():
                break  # two blank lines end the zone
            i += 1
            continue
        g = _groups(line)
        if g is not None and g[0] + len(g[1]) <= gutter_left + 2 and g[2] >= gutter_right - 2:
            left.append(g[1])
            right.append(g[3])
        else:
            begin = len(line) - len(line.lstrip())
            end = len(line.rstrip())
            if g is None and end <= gutter_left + 2:
                left.append(line.strip())
            elif g is None and begin >= gutter_left + 2:
                right.append(line.strip())
            else:
                break
        i += 1
    return i, left + right


def reading_order(lines: list[str], *, first_page: bool) -> list[str]:
    """The page's lines with two-column zones unfolded (left column first), others stripped."""
    out: list[str] = []
    i = 0
    first = next((k for k, line in enumerate(lines) if line.strip()), len(lines))
    while i < len(lines):
        line = lines[i]
        starts_zone = (first_page and i == first) or line.lstrip().startswith("Nơi nhận")
        if starts_zone:
            found = _zone(lines, i)
            if found is not None:
                i, ordered = found
                out.extend(ordered)
                continue
        out.append(" ".join(line.split()))
        i += 1
    return out


_ZONE_TABLE = re.compile(r"cộng h(?:òa|oà) xã hội chủ nghĩa|^nơi nhận", re.I)


def is_zone_table(rows: list[list[str]]) -> bool:
    """A two-column layout table (Decree 30 header or signature block), not a data table:
    at most two columns, and a cell holding the national motto or starting "Nơi nhận"."""
    if not rows or any(len(r) > 2 for r in rows):
        return False
    return any(_ZONE_TABLE.search(cell.strip()) for row in rows for cell in row)
