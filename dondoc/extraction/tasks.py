"""Assignments: who leads, who supports, by when."""

from __future__ import annotations

from dondoc.extraction.model import Header, Section, Task, TextDocument


def extract_tasks(doc: TextDocument, sections: list[Section], header: Header) -> list[Task]:
    return []
