""".docx via python-docx: body paragraphs and table rows in document order (no headers)."""

from __future__ import annotations

import io
import unicodedata
import warnings
import zipfile
import zlib
from typing import Any

from dondoc.extraction.errors import ReadError
from dondoc.extraction.model import TextDocument
from dondoc.extraction.readers.columns import is_zone_table
from dondoc.extraction.readers.docx_numbering import Numbering
from dondoc.extraction.readers.normalize import build_document, join_blocks

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_BROKEN = "tệp .docx bị hỏng"
_MAX_UNZIPPED = 300 * 1024 * 1024  # declared uncompressed size: refuse zip bombs
Piece = tuple[str, str, tuple[str, ...], int | None]


def _para_text(p: Any) -> str:
    """Text of a <w:p>, text boxes included, tabs and breaks as spaces."""
    out: list[str] = []
    _collect(p, out)
    return "".join(out)


def _collect(el: Any, out: list[str]) -> None:
    for child in el.iterchildren():
        tag = child.tag
        if tag == f"{_W}t":
            out.append(child.text or "")
        elif tag in (f"{_W}tab", f"{_W}br", f"{_W}cr"):
            out.append(" ")
        elif tag == f"{_W}p":  # a paragraph of a text box inside this one
            out.append(" ")
            _collect(child, out)
        elif tag != _FALLBACK and isinstance(tag, str):  # skip the VML copy of a text box
            _collect(child, out)


def _cell_paragraphs(tc: Any) -> list[str]:
    return [t for t in (_para_text(p).strip() for p in tc.iterchildren(f"{_W}p")) if t]


def _cell_text(tc: Any) -> str:
    parts = _cell_paragraphs(tc)
    for table in tc.iterchildren(f"{_W}tbl"):  # a nested table, flattened into the cell
        parts.extend(t for t in (_para_text(p).strip() for p in table.iter(f"{_W}p")) if t)
    return " ".join(parts)


def _zone(tbl: Any, pieces: list[Piece]) -> bool:
    """Emit a two-column layout table (header, signature) as paragraphs, column by column."""
    grid = [list(tr.iterchildren(f"{_W}tc")) for tr in tbl.iterchildren(f"{_W}tr")]
    if not is_zone_table([[_cell_text(tc) for tc in row] for row in grid]):
        return False
    for col in range(max(len(row) for row in grid)):
        for row in grid:
            if col < len(row):
                pieces.extend((t, "para", (), None) for t in _cell_paragraphs(row[col]))
    return True


def _walk(body: Any, pieces: list[Piece], tables: list[int], numbering: Numbering) -> None:
    for child in body.iterchildren():
        if child.tag == f"{_W}p":
            text = _para_text(child)
            label = numbering.label(child) if text.strip() else ""
            pieces.append((f"{label} {text.lstrip()}" if label else text, "para", (), None))
        elif child.tag == f"{_W}tbl":
            if _zone(child, pieces):
                continue
            index = tables[0]
            tables[0] += 1
            for tr in child.iterchildren(f"{_W}tr"):
                cells: list[str] = []
                for tc in tr.iterchildren(f"{_W}tc"):
                    text = _cell_text(tc)
                    merged = tc.find(f"{_W}tcPr/{_W}vMerge")
                    if merged is not None and merged.get(f"{_W}val") != "restart":
                        text = ""  # continuation of a vertically merged cell
                    cells.append(text)
                if any(cells):
                    pieces.append((" | ".join(cells), "table_row", tuple(cells), index))
        elif child.tag == f"{_W}sdt":
            content = child.find(f"{_W}sdtContent")
            if content is not None:
                _walk(content, pieces, tables, numbering)


def read_docx(data: bytes, name: str) -> TextDocument:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
            if "word/document.xml" not in names:
                reason = _BROKEN if name.lower().endswith(".docx") else "tệp nén không phải tài liệu .docx"
                raise ReadError(name, reason)
            if sum(info.file_size for info in zf.infolist()) > _MAX_UNZIPPED:
                raise ReadError(name, "tệp quá lớn khi giải nén")
            zf.testzip()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError, ValueError, KeyError):
        raise ReadError(name, _BROKEN) from None
    try:
        import docx

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            document = docx.Document(io.BytesIO(data))
        body = document.element.body
        try:
            numbering_xml = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            numbering_xml = None
        try:
            styles_xml = document.styles.element
        except (KeyError, NotImplementedError, AttributeError):
            styles_xml = None
        numbering = Numbering(numbering_xml, styles_xml)
    except ReadError:
        raise
    except Exception:
        raise ReadError(name, _BROKEN) from None
    pieces: list[Piece] = []
    _walk(body, pieces, [0], numbering)
    pieces = [
        (unicodedata.normalize("NFC", t), k, tuple(unicodedata.normalize("NFC", c) for c in cells), i)
        for t, k, cells, i in pieces
    ]
    raw, blocks = join_blocks(pieces)
    return build_document(name, "docx", raw, blocks)
