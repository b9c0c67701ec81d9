"""``extract``: a file in, an ``Extraction`` out. A pure function of the document."""

from __future__ import annotations

from pathlib import Path

from dondoc.extraction.figures import extract_figures
from dondoc.extraction.header import parse_header
from dondoc.extraction.model import Extraction
from dondoc.extraction.readers import DEFAULT_MAX_BYTES, read_document
from dondoc.extraction.references import find_references
from dondoc.extraction.structure import parse_paragraphs
from dondoc.extraction.tasks import extract_tasks

Source = str | Path | bytes


def extract(source: Source, name: str | None = None, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Extraction:
    """Read ``source`` (a path, or bytes with ``name``) and extract everything we know how to.

    Raises ``ReadError`` (and nothing else) for input that cannot be read.
    """
    doc = read_document(source, name, max_bytes=max_bytes)
    header = parse_header(doc)
    paras, sections = parse_paragraphs(doc)
    references = find_references(doc, header)
    tasks = extract_tasks(doc, sections, header, paras)
    targets, measurements = extract_figures(doc, sections, header)
    return Extraction(
        name=doc.name,
        format=doc.format,
        text=doc.text,
        header=header,
        sections=sections,
        tasks=tasks,
        targets=targets,
        measurements=measurements,
        references=references,
        warnings=list(doc.notes),
        encoding=doc.encoding,
    )
