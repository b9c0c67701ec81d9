""".pdf with a text layer via pypdf (layout mode, so two-column zones can be unfolded)."""

from __future__ import annotations

import io
import logging
import re
import unicodedata
import warnings
from typing import Any

from dondoc.extraction.errors import ReadError
from dondoc.extraction.model import TextDocument
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
        lines: list[str] = []
        for number, page in enumerate(pages):
            text = page.extract_text(extraction_mode="layout") or ""
            text = unicodedata.normalize("NFC", text)
            page_lines = reading_order(text.split("\n"), first_page=number == 0)
            lines.extend(_drop_page_numbers(page_lines))
    except ReadError:
        raise
    except Exception:  # pypdf raises many types on malformed files (PdfReadError, LimitReachedError, ...)
        raise ReadError(name, _BROKEN) from None
    paragraphs = _paragraphs(lines)
    if not any(p.strip() for p in paragraphs):
        raise ReadError(name, "PDF chỉ có ảnh quét, không có lớp chữ")
    raw, blocks = join_blocks([(p, "para", (), None) for p in paragraphs])
    return build_document(name, "pdf", raw, blocks)
