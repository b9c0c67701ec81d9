"""Checking an uploaded document before extraction: allowed types, content matching the name."""

from __future__ import annotations

from pathlib import PurePath

from dondoc.domain.errors import InputError

ALLOWED = {".docx": "Word (.docx)", ".pdf": "PDF", ".txt": "văn bản (.txt)", ".html": "HTML", ".htm": "HTML"}
_EXECUTABLE_MAGIC = (b"MZ", b"\x7fELF", b"\xca\xfe\xba\xbe", b"\xcf\xfa\xed\xfe", b"#!")


def check_upload(filename: str, content: bytes, max_bytes: int) -> str:
    """The safe base name of an acceptable upload; InputError (Vietnamese) otherwise."""
    name = PurePath(filename.replace("\\", "/")).name.strip()
    if not name or not content:
        raise InputError("Vui lòng chọn một tệp văn bản để tải lên.")
    if len(content) > max_bytes:
        raise InputError(f"Tệp quá lớn: chỉ nhận tệp tối đa {max_bytes // (1024 * 1024)} MB.")
    suffix = PurePath(name).suffix.lower()
    if suffix not in ALLOWED:
        raise InputError(f"Không nhận tệp “{name}”: chỉ nhận tệp .docx, .pdf, .txt hoặc .html.")
    kind = ALLOWED[suffix]
    wrong = InputError(
        f"Tệp “{name}” không phải là tệp {kind} hợp lệ (nội dung không khớp với phần mở rộng)."
    )
    if content.startswith(_EXECUTABLE_MAGIC):
        raise wrong
    if suffix == ".docx" and not content.startswith(b"PK\x03\x04"):
        raise wrong
    if suffix == ".pdf" and not content.lstrip()[:5] == b"%PDF-":
        raise wrong
    if suffix in (".txt", ".html", ".htm") and (b"\x00" in content[:4096] and not _utf16(content)):
        raise wrong
    return name


def _utf16(content: bytes) -> bool:
    return content.startswith((b"\xff\xfe", b"\xfe\xff"))
