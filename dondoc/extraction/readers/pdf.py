""".pdf with a text layer via pypdf (layout mode, so two-column zones can be unfolded)."""

from __future__ import annotations

import io
import logging
import re
import unicodedata
import warnings
from typing import Any

from dondoc.extraction.errors import ReadError
from dondoc.extraction.layout_tables import LayoutTable, layout_tables
from dondoc.extraction.model import Block, Span, TextDocument
from dondoc.extraction.readers.columns import reading_order
from dondoc.extraction.readers.normalize import build_document, join_blocks

_BROKEN = "tệp PDF bị hỏng"
_MAX_PAGES = 2000
_SENTENCE_END = re.compile(r"[.:;!?…]\s*$")
_PAGE_NUMBER = re.compile(r"^(?:[-–]\s*)?(?:Trang\s+)?\d{1,3}(?:\s*/\s*\d{1,3})?(?:\s*[-–])?$", re.I)
_MARKER = re.compile(r"^\d{1,2}(?:\.\d{1,2})*[.)](?:\s|$)")
_STARTS_LOWER = re.compile(r"^[a-zàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ(]")


def _drop_page_numbers(lines: list[str]) -> list[str]:
    """Drop a bare page number ("2", "- 2 -", "Trang 2") from the top or bottom of a page."""
    kept = [line for line in lines if line]
    for edge in (0, -1):
        if kept and _PAGE_NUMBER.match(kept[edge]):
            kept.pop(edge)
    return kept


def _paragraphs(lines: list[str]) -> list[str]:
    """Join wrapped lines: a line not ending a sentence, followed by one starting lower-case
    or with a number that is not a list marker ("2021." after "năm")."""
    out: list[str] = []
    for line in lines:
        if not line:
            continue
        continues = _STARTS_LOWER.match(line) or (line[0].isdigit() and not _MARKER.match(line))
        if out and continues and not _SENTENCE_END.search(out[-1]):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def read_pdf(data: bytes, name: str) -> TextDocument:
    import pypdf

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return _read(pypdf, data, name)


def _read(pypdf: Any, data: bytes, name: str) -> TextDocument:
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")
            except Exception:
                opened = 0
            if not opened:
                raise ReadError(name, "PDF được mã hóa")
        pages = reader.pages
        if len(pages) > _MAX_PAGES:
            raise ReadError(name, "tệp PDF có quá nhiều trang")
        pieces: list[tuple[str, str, tuple[str, ...], int | None]] = []
        lines: list[str] = []
        tables = 0
        for number, page in enumerate(pages):
            text = page.extract_text(extraction_mode="layout") or ""
            page_lines = unicodedata.normalize("NFC", text).split("\n")
            at = 0
            for table in _tables(page_lines):
                # the prose before a task table, then the table as rows of cells
                lines.extend(
                    _drop_page_numbers(
                        reading_order(page_lines[at : table.start], first_page=number == 0 and at == 0)
                    )
                )
                pieces.extend((p, "para", (), None) for p in _paragraphs(lines))
                lines = []
                pieces.extend(_table_pieces(table, tables))
                tables += 1
                at = table.end
            lines.extend(
                _drop_page_numbers(reading_order(page_lines[at:], first_page=number == 0 and at == 0))
            )
    except ReadError:
        raise
    except Exception:  # pypdf raises many types on malformed files (PdfReadError, LimitReachedError, ...)
        raise ReadError(name, _BROKEN) from None
    pieces.extend((p, "para", (), None) for p in _paragraphs(lines))
    if not any(p[0].strip() for p in pieces):
        raise ReadError(name, "PDF chỉ có ảnh quét, không có lớp chữ")
    raw, blocks = join_blocks(pieces)
    return build_document(name, "pdf", raw, blocks)


# Header labels of the cells a layout table is turned into (what task_tables reads columns by).
_LABELS = {
    "time": "Thời gian",
    "content": "Nội dung",
    "lead": "Cơ quan chủ trì",
    "support": "Cơ quan phối hợp",
}


def _tables(page_lines: list[str]) -> list[LayoutTable]:
    """Task tables laid out with spaces on one page (pypdf's layout mode keeps the columns)."""
    blocks = [Block(text=line, span=Span(k, k + 1)) for k, line in enumerate(page_lines)]
    return [t for t in layout_tables(blocks) if t.rows]


def _table_pieces(table: LayoutTable, index: int) -> list[tuple[str, str, tuple[str, ...], int | None]]:
    """A header row and one row per lead cell, as cells (content, lead, support, time)."""
    roles = [r for r in ("content", "lead", "support", "time") if r in table.roles]
    header = tuple(_LABELS[r] for r in roles)
    out: list[tuple[str, str, tuple[str, ...], int | None]] = [
        (" | ".join(header), "table_row", header, index)
    ]
    for row in table.rows:
        cells = tuple(" ".join(getattr(row, r).split()) for r in roles)
        out.append((" | ".join(cells), "table_row", cells, index))
    return out
