"""Cited documents: number, type, date, issuer."""

from __future__ import annotations

from dondoc.extraction.model import Header, Reference, TextDocument


def find_references(doc: TextDocument, header: Header) -> list[Reference]:
    return []
