"""Decree 30 header: issuer, number, place and date, type and subject, signer, recipients."""

from __future__ import annotations

from dondoc.extraction.model import Header, TextDocument


def parse_header(doc: TextDocument) -> Header:
    return Header()
