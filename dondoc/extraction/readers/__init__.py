"""File -> ``TextDocument``: pick a reader by content and name, enforce the size limit.

Every failure becomes ``ReadError(name, reason)`` with a short Vietnamese reason; no other
exception leaves ``read_document``, whatever the input.
"""

from __future__ import annotations

from pathlib import Path

from dondoc.extraction.errors import ReadError
from dondoc.extraction.model import TextDocument
from dondoc.extraction.readers.detect import sniff
from dondoc.extraction.readers.ocr_tones import repair_ocr_tones

DEFAULT_MAX_BYTES = 20 * 1024 * 1024

__all__ = ["DEFAULT_MAX_BYTES", "read_document"]


def _size_label(max_bytes: int) -> str:
    mb = max_bytes / (1024 * 1024)
    return f"{mb:g} MB" if mb >= 1 else f"{max(1, max_bytes // 1024)} KB"


def read_document(
    source: str | Path | bytes, name: str | None = None, *, max_bytes: int = DEFAULT_MAX_BYTES
) -> TextDocument:
    """Read a .txt, .docx, .pdf or .html file (path or bytes) into clean text with blocks."""
    if isinstance(source, (bytes, bytearray, memoryview)):
        data, name = bytes(source), name or "tài liệu"
    else:
        path = Path(source)
        name = name or path.name
        try:
            if path.stat().st_size > max_bytes:
                raise ReadError(name, f"tệp quá lớn (tối đa {_size_label(max_bytes)})")
            data = path.read_bytes()
        except OSError:
            raise ReadError(name, "không mở được tệp") from None
    if not data.strip():
        raise ReadError(name, "tệp rỗng")
    if len(data) > max_bytes:
        raise ReadError(name, f"tệp quá lớn (tối đa {_size_label(max_bytes)})")
    try:
        doc = _read(data, name)
    except ReadError:
        raise
    except RecursionError:
        raise ReadError(name, "cấu trúc tệp quá phức tạp") from None
    except Exception:  # a reader library failed on malformed input: never leak it
        raise ReadError(name, "nội dung tệp bị hỏng hoặc không đọc được") from None
    if not doc.text.strip():
        raise ReadError(name, "tệp không có nội dung chữ")
    return repair_ocr_tones(doc)


def _read(data: bytes, name: str) -> TextDocument:
    kind = sniff(data, name)
    if kind == "docx":
        from dondoc.extraction.readers.docx import read_docx

        return read_docx(data, name)
    if kind == "pdf":
        from dondoc.extraction.readers.pdf import read_pdf

        return read_pdf(data, name)
    if kind == "html":
        from dondoc.extraction.readers.html import read_html

        return read_html(data, name)
    from dondoc.extraction.readers.txt import read_txt

    return read_txt(data, name)
