"""Fixture builders for the reader tests: legacy encodings, docx and pdf files."""

from __future__ import annotations

import io
import unicodedata
from pathlib import Path

import pytest

from dondoc.extraction.model import TextDocument

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
_TONES = "\u0300\u0301\u0303\u0309\u0323"

VIETNAMESE = (
    "Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành tăng cường công tác phòng chống "
    "thiên tai và tìm kiếm cứu nạn, chủ động xây dựng kế hoạch ứng phó với mưa lũ, "
    "bảo đảm an toàn tính mạng và tài sản của người dân trên địa bàn."
)


def legacy_bytes(text: str, encoding: str) -> bytes:
    """Encode ``text`` in TCVN3 or VNI with viparse's own tables, reversed."""
    from viparse.normalize.encodings import CHARMAPS

    inverse: dict[str, str] = {}
    for source, target in CHARMAPS[encoding].pairs:
        if len(target) == 1 and (target not in inverse or len(source) < len(inverse[target])):
            inverse[target] = source
    out = "".join(inverse.get(ch, ch) for ch in unicodedata.normalize("NFC", text))
    return out.encode("latin-1")


def cp1258_bytes(text: str) -> bytes:
    """Windows-1258: base letters precomposed where the code page has them, tones combining."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))
        out += base.encode("cp1258") + "".join(c for c in parts if c in _TONES).encode("cp1258")
    return bytes(out)


def assert_well_formed(doc: TextDocument) -> None:
    assert unicodedata.is_normalized("NFC", doc.text)
    assert doc.text == "\n".join(b.text for b in doc.blocks)
    for block in doc.blocks:
        assert doc.text[block.span.start : block.span.end] == block.text


def docx_bytes(build: object) -> bytes:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    build(document)  # type: ignore[operator]
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def pdf_document() -> object:
    fpdf = pytest.importorskip("fpdf")
    if not DEJAVU.exists():
        pytest.skip(f"font {DEJAVU} is missing: cannot make a Vietnamese PDF fixture")
    pdf = fpdf.FPDF(format="A4")
    pdf.add_font("DejaVu", "", str(DEJAVU))
    pdf.set_font("DejaVu", size=11)
    return pdf
