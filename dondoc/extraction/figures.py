"""Quantitative targets and reported figures."""

from __future__ import annotations

from dondoc.extraction.model import Header, Measurement, Section, Target, TextDocument


def extract_figures(
    doc: TextDocument, sections: list[Section], header: Header
) -> tuple[list[Target], list[Measurement]]:
    return [], []
