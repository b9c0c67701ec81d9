"""Task tables laid out with spaces: text copied from a PDF with its layout kept (``pdftotext -layout``).

Such a table has no separators: its header names the columns ("Thời gian | Nội dung | Đơn vị thực
hiện | Ghi chú", labels possibly stacked over two or three lines) and each body line holds pieces of
several columns, placed by runs of spaces. A cell's lines are centred in it, so the lines of one
cell interleave with those of its neighbours.

``layout_rows`` finds such tables and gives one ``LayoutRow`` per lead cell (the unit that carries a
row's assignment) with the content, support and time text around it and the span of the source lines
it covers, so that a task can quote the lines as they stand.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field

from dondoc.extraction.mention_lexicon import fold  # cached: header labels repeat
from dondoc.extraction.model import Block, Span, TextDocument

_CHUNK = re.compile(r"\S+(?: \S+)*")  # pieces of a line separated by two spaces or more
_ROLES = (
    ("support", ("phoi hop",)),
    ("lead", ("thuc hien", "chu tri", "trach nhiem", "phu trach")),
    ("time", ("thoi gian", "thoi han", "tien do", "thoi diem")),
    ("content", ("noi dung", "nhiem vu", "cong viec", "hoat dong")),
    ("other", ("ghi chu", "stt", "tt", "kinh phi", "san pham", "ket qua", "du toan")),
)
# Words that may stand alone in a stacked header ("Thời" over "gian", "Ghi" over "chú").
_LABEL_WORDS = set(
    "thoi gian han tien do diem noi dung nhiem vu cong viec hoat don vi co quan thuc hien chu tri phoi hop"
    " trach nhiem phu ghi tt stt kinh phi san pham ket qua du toan nguoi so hoan thanh kien bat dau thuc"
    " chiu chinh va".split()
)
_TIME_TOKEN = re.compile(r"^(?:Quý\s+[IV]+(?:/\d{4})?|(?:\d{1,2}\s*[-–]\s*)?\d{1,2}/\d{4}|\d{4})(?=\s|$)")
_ITEM = re.compile(r"^[-–+•]\s*\S")
_STOP_MARKER = re.compile(r"^(?:[IVX]{1,5}\.|\d{1,2}\.(?:\d{1,2}\.)*|Phần|PHẦN|Chương|CHƯƠNG|Điều)\s")
_PAGE = re.compile(r"^\d{1,3}$")


@dataclass(slots=True)
class _Column:
    role: str
    start: int
    end: int

    @property
    def center(self) -> float:
        return (self.start + self.end) / 2


@dataclass(slots=True)
class _Line:
    index: int  # position in the table's lines (blank lines and page numbers counted)
    block: Block
    cells: dict[str, str] = field(default_factory=dict)  # role -> text of this line in that column
    item_start: bool = False  # the content column opens an item here ("- Tổ chức ...")


@dataclass(slots=True)
class LayoutRow:
    """One lead cell of a layout table with the lines around it."""

    span: Span  # from the first to the last source line it covers (all columns)
    lead: str
    content: str
    support: str = ""
    time: str = ""


def _chunks(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _CHUNK.finditer(text)]


def _role(label: str) -> str | None:
    key = fold(label)
    for role, keys in _ROLES:
        if any(k == key or key.startswith(k + " ") or f" {k}" in f" {key}" for k in keys):
            return role
    return None


def _header(lines: list[Block], i: int) -> tuple[list[_Column], int] | None:
    """Columns of a header that starts at ``lines[i]`` (up to four stacked lines) and the line after it."""
    pieces: list[tuple[int, int, str]] = []
    j = i
    while j < len(lines) and j < i + 4:
        found = _chunks(lines[j].text)
        if not found or not all(len(c) <= 28 and set(fold(c).split()) <= _LABEL_WORDS for _, _, c in found):
            break
        pieces.extend(found)
        j += 1
    if j == i or len(pieces) < 2:
        return None
    # stack fragments that sit over each other ("Thời" / "gian") into one label
    labels: list[tuple[int, int, str]] = []
    for start, end, text in sorted(pieces, key=lambda p: p[0]):
        for k, (s0, e0, t0) in enumerate(labels):
            if start < e0 + 2 and end > s0 - 2 or abs((start + end) / 2 - (s0 + e0) / 2) <= 4:
                labels[k] = (min(s0, start), max(e0, end), f"{t0} {text}")
                break
        else:
            labels.append((start, end, text))
    columns = []
    for start, end, text in sorted(labels):
        role = _role(text)
        if role is None:
            return None
        columns.append(_Column(role, start, end))
    roles = [c.role for c in columns]
    if "lead" not in roles or "content" not in roles or len(set(roles)) != len(roles):
        return None
    return columns, j


def _column_of(columns: list[_Column], start: int, end: int) -> _Column:
    center = (start + end) / 2
    return min(columns, key=lambda c: abs(c.center - center))


def _read_line(line: _Line, columns: list[_Column], lead_starts: list[int], content_left: int) -> None:
    by_role = {c.role: c for c in columns}
    lead = by_role["lead"]
    content = by_role["content"]
    # a time column on the left is narrow and its label sits over the content's first words: it takes
    # periods only; anywhere else it is a column like the others
    time_left = "time" in by_role and columns[0].role == "time"
    text_columns = [c for c in columns if c.role != "time"] if time_left else columns
    for start, end, text in _chunks(line.block.text):
        if time_left and start < content_left - 2:
            t = _TIME_TOKEN.match(text)
            if t:  # "02/2017", "9-10/2017 phong trào thi đua": the time, then the content
                line.cells["time"] = text[: t.end()]
                if t.end() == len(text):
                    continue
                start, text = start + t.end() + 1, text[t.end() :].strip()
        # the time column holds periods only; other text near it is the content's
        col = _column_of(text_columns, start, end)
        if col is content and end > lead.start + 2 and lead.center > content.center:
            # one piece runs from the content into the lead column ("... của các Văn phòng chủ trì,")
            target = statistics.median(lead_starts) if lead_starts else lead.start
            cut = _split_at(text, start, target)
            if cut is not None:
                _add(line, "content", text[:cut].rstrip())
                _add(line, "lead", text[cut:].strip())
                continue
        _add(line, col.role, text)
    body = line.cells.get("content", "")
    line.item_start = bool(_ITEM.match(body))


def _split_at(text: str, start: int, target: float) -> int | None:
    """Index in ``text`` of the word start nearest to column ``target`` (at least 8 characters in)."""
    best: int | None = None
    for m in re.finditer(r" (?=\S)", text):
        k = m.end()
        if k < 8:
            continue
        if best is None or abs(start + k - target) < abs(start + best - target):
            best = k
    return best


def _add(line: _Line, role: str, text: str) -> None:
    if text:
        line.cells[role] = f"{line.cells[role]} {text}" if role in line.cells else text


def _is_stop(block: Block, columns: list[_Column]) -> bool:
    """A line that is no longer part of the table: a numbered heading or prose across the columns."""
    found = _chunks(block.text)
    if not found:
        return False
    content = next(c for c in columns if c.role == "content")
    lead = next(c for c in columns if c.role == "lead")
    start, end, text = found[0]
    if _STOP_MARKER.match(text) and start < content.start:
        return True
    # one piece from the left of the lead column to beyond it: a paragraph's line
    return len(found) == 1 and start < lead.start - 10 and end > lead.end + 3 and not _TIME_TOKEN.match(text)


def _table_lines(lines: list[Block], start: int, columns: list[_Column]) -> tuple[list[_Line], int]:
    """The body lines of a table whose header ends before ``start``, read by column; and where it ends."""
    out: list[_Line] = []
    stop = len(lines)
    for k in range(start, len(lines)):
        block = lines[k]
        text = block.text.strip()
        if not text or _PAGE.match(text):
            continue  # a blank line or a page break still counts as a line between two cells
        if _header(lines, k) is not None or _is_stop(block, columns):
            stop = k
            break
        out.append(_Line(k - start, block))
    while stop > start and not lines[stop - 1].text.strip():
        stop -= 1
    lead_col = next(c for c in columns if c.role == "lead")
    chunked = [_chunks(ln.block.text) for ln in out]  # each line's pieces, read once
    lefts = [
        s
        for pieces in chunked
        for s, _, text in pieces
        if s < lead_col.start - 10 and not _TIME_TOKEN.match(text)
    ]
    content_left = statistics.mode(lefts) if lefts else 0
    lead_starts = [[s for s, e, _ in pieces if _column_of(columns, s, e) is lead_col] for pieces in chunked]
    clean = [s for starts in lead_starts for s in starts if s > lead_col.start - 20]
    for k, ln in enumerate(out):
        near = [s for j in range(max(0, k - 3), min(len(out), k + 4)) if j != k for s in lead_starts[j]]
        _read_line(ln, columns, near or clean, content_left)
    return out, stop


def _cells(lines: list[_Line]) -> list[list[_Line]]:
    """Group the lines that carry lead text into cells.

    A line with text in other columns but none in the lead column is the interleaving of centred
    cells; an empty line (none in ``lines``) between two lead lines is the border between rows."""
    cells: list[list[_Line]] = []
    last: _Line | None = None
    present = {ln.index for ln in lines}
    for ln in lines:
        text = ln.cells.get("lead")
        if not text:
            continue
        gap = ln.index - last.index - 1 if last is not None else 99
        opens = text[:1].isupper() and (ln.item_start or _ends_cell(last))
        empty_between = last is not None and any(k not in present for k in range(last.index + 1, ln.index))
        if (
            last is None
            or gap >= 2
            or (opens and gap <= 1 and ln.item_start)
            or (opens and gap == 0)
            or (empty_between and text[:1].isupper())
        ):
            cells.append([ln])
        else:
            cells[-1].append(ln)
        last = ln
    return cells


def _ends_cell(line: _Line | None) -> bool:
    text = (line.cells.get("lead", "") if line else "").rstrip()
    return bool(text) and not text[-1].islower() and text[-1] not in ",;-–"


def _items(lines: list[_Line]) -> list[list[_Line]]:
    """Content items: a dash opens one; so does a capitalised line after a line that ended a sentence."""
    items: list[list[_Line]] = []
    prev = ""
    last = -9
    for ln in lines:
        body = ln.cells.get("content", "")
        if not body:
            continue
        if (
            not items
            or ln.item_start
            or (body[:1].isupper() and prev.endswith((".", ";", ":")))
            or (body[:1].isupper() and ln.index - last > 1)  # after a blank line: the next row's cell
        ):
            items.append([ln])
        else:
            items[-1].append(ln)
        prev = body
        last = ln.index
    return items


def _rows(lines: list[_Line]) -> list[LayoutRow]:
    cells = _cells(lines)
    if not cells:
        return []
    ranges = [(c[0].index, c[-1].index) for c in cells]
    owned: list[list[_Line]] = [[] for _ in cells]
    for item in _items(lines):
        a, b = item[0].index, item[-1].index
        overlap = [k for k, (s, e) in enumerate(ranges) if a <= e and b >= s]
        if overlap:
            k = overlap[0]
        else:  # the nearest cell; a tie goes to the cell above (the row goes on downwards)
            k = min(range(len(ranges)), key=lambda k: (min(abs(a - ranges[k][1]), abs(b - ranges[k][0])), k))
        owned[k].extend(item)
    times = [(ln.index, ln.cells["time"]) for ln in lines if ln.cells.get("time")]
    rows: list[LayoutRow] = []
    for cell, mine in zip(cells, owned, strict=True):
        every = sorted({ln.index: ln for ln in [*cell, *mine]}.values(), key=lambda ln: ln.index)
        first, last = every[0].index, every[-1].index
        time = " ".join(t for k, t in times if first <= k <= last)  # the row's own time cell
        if times and not time:
            # a period written once for rows that share it (centred beside them): the nearest one
            mid = (first + last) / 2
            time = min(times, key=lambda t: (abs(t[0] - mid), t[0]))[1]
        rows.append(
            LayoutRow(
                span=Span(every[0].block.span.start, every[-1].block.span.end),
                lead=" ".join(ln.cells["lead"] for ln in cell),
                content=" ".join(ln.cells.get("content", "") for ln in every if ln.cells.get("content")),
                support=" ".join(ln.cells["support"] for ln in every if ln.cells.get("support")),
                time=time,
            )
        )
    return rows


@dataclass(slots=True)
class LayoutTable:
    """A table found in laid-out lines: where it stands, its columns' roles, its rows."""

    start: int  # index of the header's first line in the lines given
    end: int  # index after its last body line
    roles: tuple[str, ...]  # left to right: "time", "content", "lead", "support", "other"
    rows: list[LayoutRow]


def layout_tables(lines: list[Block]) -> list[LayoutTable]:
    """Every task table laid out with spaces in ``lines`` (one block per source line, spaces kept).

    A row's ``span`` covers the spans of the lines it was read from."""
    out: list[LayoutTable] = []
    i = 0
    while i < len(lines):
        if "  " not in lines[i].text.strip():
            i += 1
            continue
        head = _header(lines, i)
        if head is None:
            i += 1
            continue
        columns, body = head
        table, stop = _table_lines(lines, body, columns)
        out.append(LayoutTable(i, stop, tuple(c.role for c in columns), _rows(table)))
        i = max(stop, i + 1)
    return out


def layout_rows(doc: TextDocument) -> list[LayoutRow]:
    """Rows of every space-laid-out task table of ``doc`` (none for docx and html, whose tables are cells)."""
    if doc.format not in ("txt", "pdf"):
        return []
    lines = [b for b in doc.blocks if b.kind == "para"]
    return [row for table in layout_tables(lines) for row in table.rows]
