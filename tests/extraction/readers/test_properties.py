from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from dondoc.extraction.errors import ReadError
from dondoc.extraction.readers import read_document

NAMES = st.sampled_from([None, "x.txt", "x.docx", "x.pdf", "x.html", "x"])
PREFIXES = st.sampled_from([b"", b"PK\x03\x04", b"%PDF-1.7\n", b"<html><body>", b"\xef\xbb\xbf", b"\xff\xfe"])


def _check(data: bytes, name: str | None) -> None:
    try:
        doc = read_document(data, name)
    except ReadError as err:
        assert err.reason
        return
    assert unicodedata.is_normalized("NFC", doc.text)
    assert doc.text == "\n".join(b.text for b in doc.blocks)
    for block in doc.blocks:
        assert doc.text[block.span.start : block.span.end] == block.text
        doc.source_text(block.span)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=600), PREFIXES, NAMES)
def test_arbitrary_bytes_give_a_document_or_a_read_error(
    data: bytes, prefix: bytes, name: str | None
) -> None:
    _check(prefix + data, name)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400), NAMES)
def test_arbitrary_utf8_text_gives_a_document_or_a_read_error(text: str, name: str | None) -> None:
    _check(text.encode("utf-8", errors="surrogatepass"), name)


VIET = st.text(
    alphabet="aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ ƣ\u00a0\n.|",
    max_size=300,
)


@settings(max_examples=200, deadline=None)
@given(VIET)
def test_vietnamese_like_text_maps_every_block_back_to_the_source(text: str) -> None:
    try:
        doc = read_document(text.encode(), "x.txt")
    except ReadError:
        return
    raw = doc.raw or doc.text
    for block in doc.blocks:
        source = doc.source_text(block.span)
        assert source in raw
        letters = source.replace("ƣ", "ư").replace("õ", "ò").replace("\u00a0", " ").split()
        clean = block.text.replace("õ", "ò")
        # the only other change is a tone mark given back where OCR lost one ("câp" -> "cấp")
        assert _bare("".join(letters)) == _bare("".join(clean.split()))
        assert len("".join(letters)) == len("".join(clean.split()))


def _bare(text: str) -> str:
    """Letters without their tone marks (the mark OCR repair may change), NFC."""
    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    return unicodedata.normalize(
        "NFC", "".join(c for c in unicodedata.normalize("NFD", text) if c not in tones)
    )
