"""File -> ``TextDocument``: pick a reader by content and name, enforce the size limit."""

from __future__ import annotations

from pathlib import Path

from dondoc.extraction.errors import ReadError
from dondoc.extraction.model import Block, Span, TextDocument

DEFAULT_MAX_BYTES = 50 * 1024 * 1024


def read_document(
    source: str | Path | bytes, name: str | None = None, *, max_bytes: int = DEFAULT_MAX_BYTES
) -> TextDocument:
    if isinstance(source, bytes):
        data, name = source, name or "tài liệu"
    else:
        path = Path(source)
        name = name or path.name
        try:
            data = path.read_bytes()
        except OSError:
            raise ReadError(name, "không mở được tệp") from None
    if not data:
        raise ReadError(name, "tệp rỗng")
    if len(data) > max_bytes:
        raise ReadError(name, "tệp quá lớn")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise ReadError(name, "không nhận ra bảng mã") from None
    blocks: list[Block] = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            blocks.append(Block(text=line, span=Span(pos, pos + len(line))))
        pos += len(line) + 1
    return TextDocument(name=name, format="txt", text=text, blocks=blocks)
