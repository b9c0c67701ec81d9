"""The section tree: Phần/Chương/Mục/Điều, I./1./a)/-/+ items, appendices."""

from __future__ import annotations

from dondoc.extraction.model import Section, TextDocument


def parse_structure(doc: TextDocument) -> list[Section]:
    return []
