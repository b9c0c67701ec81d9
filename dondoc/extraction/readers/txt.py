"""Plain text: one block per non-empty line; "a | b | c" lines become table rows."""

from __future__ import annotations

import re

from dondoc.extraction.model import TextDocument
from dondoc.extraction.readers.encodings import decode_text
from dondoc.extraction.readers.normalize import RawBlock, build_document

_BREAK = re.compile("\r\n|[\r\n\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
# Line breaks other than "\n" (looked up one by one with ``in``: faster than a regex scan).
_EXOTIC_BREAKS = "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


def _lines(text: str) -> list[tuple[int, str]]:
    """(offset, line) for every line, whatever the line ending."""
    out: list[tuple[int, str]] = []
    if not any(ch in text for ch in _EXOTIC_BREAKS):
        pos = 0
        for line in text.split("\n"):
            out.append((pos, line))
            pos += len(line) + 1
        return out
    pos = 0
    for m in _BREAK.finditer(text):
        out.append((pos, text[pos : m.start()]))
        pos = m.end()
    out.append((pos, text[pos:]))
    return out


def _cells(line: str) -> tuple[str, ...]:
    parts = line.strip().split("|")
    if len(parts) > 2 and not parts[0].strip() and not parts[-1].strip() and line.strip().startswith("|"):
        parts = parts[1:-1]  # "| a | b |" (Markdown style)
    return tuple(p.strip() for p in parts)


def table_blocks(lines: list[tuple[int, str]]) -> list[RawBlock]:
    """Raw blocks for the non-empty lines; rows of pipe tables get kind, cells and table index."""
    blocks: list[RawBlock] = []
    pipes = [line.count("|") if line.strip() else -1 for _, line in lines]
    table = -1
    in_table = False
    for i, (off, line) in enumerate(lines):
        n = pipes[i]
        if n < 0:
            in_table = False
            continue
        runs = n >= 1 and ((i > 0 and pipes[i - 1] >= 1) or (i + 1 < len(lines) and pipes[i + 1] >= 1))
        if n >= 2 or runs:
            if not in_table:
                table += 1
                in_table = True
            blocks.append(RawBlock(line, off, "table_row", _cells(line), table))
        else:
            in_table = False
            blocks.append(RawBlock(line, off))
    return blocks


def read_txt(data: bytes, name: str) -> TextDocument:
    text, encoding, notes = decode_text(data, name)
    blocks = (
        table_blocks(_lines(text)) if "|" in text else [RawBlock(line, off) for off, line in _lines(text)]
    )
    return build_document(name, "txt", text, blocks, encoding=encoding, notes=notes, strip_leading=False)
