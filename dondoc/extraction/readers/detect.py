"""Which reader a file needs, by its content first (magic bytes), its name second."""

from __future__ import annotations

import re

from dondoc.extraction.errors import ReadError

NOT_TEXT = "không phải văn bản"
_HTML = re.compile(
    rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|div|p|table|article)\b",
    re.I | re.S,
)
_BINARY_MAGIC = (
    b"MZ",  # Windows executable
    b"\x7fELF",
    b"\x89PNG",
    b"\xff\xd8\xff",  # JPEG
    b"GIF8",
    b"\xd0\xcf\x11\xe0",  # OLE2: legacy .doc / .xls
    b"Rar!",
    b"7z\xbc\xaf",
    b"\x1f\x8b",  # gzip
    b"II*\x00",
    b"MM\x00*",
    b"{\\rtf",
)


def suffix(name: str) -> str:
    dot = name.rfind(".")
    return name[dot + 1 :].lower() if dot >= 0 else ""


def sniff(data: bytes, name: str) -> str:
    """'docx' | 'pdf' | 'html' | 'txt'; ReadError for anything else."""
    head = data[:1024]
    ext = suffix(name)
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return "docx"
    if b"%PDF-" in head:
        return "pdf"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise ReadError(name, "định dạng .doc cũ chưa được hỗ trợ, hãy lưu lại thành .docx")
    if head.startswith(b"{\\rtf"):
        raise ReadError(name, "định dạng RTF chưa được hỗ trợ, hãy lưu lại thành .docx")
    if head.startswith(_BINARY_MAGIC):
        raise ReadError(name, NOT_TEXT)
    if ext in ("docx", "pdf"):
        reason = "tệp .docx bị hỏng" if ext == "docx" else "tệp PDF bị hỏng"
        raise ReadError(name, reason)
    sample = _ascii_view(head)
    if _HTML.match(sample) or ext in ("html", "htm") and b"<" in sample:
        return "html"
    return "txt"


def _ascii_view(head: bytes) -> bytes:
    """The first bytes with UTF-8/UTF-16 BOMs and UTF-16 NULs removed, for markup sniffing."""
    if head.startswith(b"\xef\xbb\xbf"):
        return head[3:]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head[2:].replace(b"\x00", b"")
    return head
