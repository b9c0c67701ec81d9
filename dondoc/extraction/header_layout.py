"""Lines and columns of a Decree 30 header.

``pdftotext -layout`` and some converters put the two header columns (issuer | Quốc hiệu) side by
side on one line, separated by a run of spaces or by " | " table cells; OCR text separates them by
a single space. ``segments`` splits a line into its column pieces, each with its offset in the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dondoc.extraction.doctypes import fold


@dataclass(frozen=True, slots=True)
class Segment:
    text: str
    start: int  # offset in the document text

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass(frozen=True, slots=True)
class Line:
    index: int
    text: str
    start: int

    @property
    def blank(self) -> bool:
        return not self.text.strip()


def lines_of(text: str) -> list[Line]:
    out: list[Line] = []
    pos = 0
    for i, raw in enumerate(text.split("\n")):
        out.append(Line(i, raw, pos))
        pos += len(raw) + 1
    return out


UPPER = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
LOWER = UPPER.lower()
PLACE = rf"[{UPPER}][{LOWER}]+(?:\s+[{UPPER}][{LOWER}]+){{0,3}}"

# Both regexes below start with a character class, so that the regex engine skips fast to where a
# match may start: the first character is consumed, then lookbehinds tell the alternatives apart.
# r"\s{3,}|\s*\|\s*|\t+":
_COLUMN_GAP = re.compile(r"[\s|](?:(?<=\s)\s{2,}|(?<=\s)\s*\|\s*|(?<=\|)\s*|(?<=\t)\t*)")
# Right-column pieces that OCR glues to the left column with a single space:
# r"C[ỘỌOÔ]NG\s+H[OÒÓÕÕ]À?A?\s+X[ÃA]\s+H[ỘO]I|Độc\s+lập\s*[-–]|(?<!\S){PLACE}\s*,\s*ng\S{0,3}".
_RIGHT_MARKERS = re.compile(
    rf"[{UPPER}](?:(?<=C)[ỘỌOÔ]NG\s+H[OÒÓÕÕ]À?A?\s+X[ÃA]\s+H[ỘO]I|(?<=Đ)ộc\s+lập\s*[-–]|"
    rf"(?<!\S.)[{LOWER}]+(?:\s+[{UPPER}][{LOWER}]+){{0,3}}\s*,\s*ng\S{{0,3}})"
)


def _may_have_gap(text: str) -> bool:
    """Whether ``_COLUMN_GAP`` can match in ``text`` (performance only): it needs a "|", a tab or three
    blanks in a row, and a text whose only blank is " " is printable."""
    return "|" in text or "   " in text or not text.isprintable()


def _may_have_right_marker(text: str) -> bool:
    """Whether ``_RIGHT_MARKERS`` can match in ``text``: each alternative holds "NG", "Độc" or ","."""
    return "," in text or "NG" in text or "Độc" in text


def segments(line: Line, *, glued: bool = True) -> list[Segment]:
    """Column pieces of a header line (empty pieces dropped)."""
    out: list[Segment] = []
    pos = 0
    for m in _COLUMN_GAP.finditer(line.text) if _may_have_gap(line.text) else ():
        _add(out, line, pos, m.start())
        pos = m.end()
    _add(out, line, pos, len(line.text))
    if not glued:
        return out
    split: list[Segment] = []
    for seg in out:
        right = _RIGHT_MARKERS.search(seg.text) if _may_have_right_marker(seg.text) else None
        if right and right.start() > 0 and seg.text[: right.start()].strip():
            left = seg.text[: right.start()].rstrip()
            split.append(Segment(left, seg.start))
            split.append(Segment(seg.text[right.start() :], seg.start + right.start()))
        else:
            split.append(seg)
    return split


def _add(out: list[Segment], line: Line, start: int, end: int) -> None:
    piece = line.text[start:end]
    stripped = piece.strip()
    if not stripped:
        return
    offset = start + (len(piece) - len(piece.lstrip()))
    out.append(Segment(stripped, line.start + offset))


_MOTTO = re.compile(r"c\w{0,2}ng h\w{0,2}a x\w? h\w{0,2}i|doc lap|tu do|hanh phuc|dang cong san viet nam")
_LETTER = re.compile(r"[^\W\d_]")


def is_national_motto(text: str) -> bool:
    """Quốc hiệu, tiêu ngữ, Party heading, and rules/ornaments under them."""
    key = fold(text)
    if _MOTTO.search(key):
        return True
    return not _LETTER.search(text)  # "-------", "___", "*"


def repair_glyphs(text: str) -> str:
    """Undo the commonest broken-font substitution ("ƣ" for "ư")."""
    return text.replace("ƣ", "ư").replace("Ƣ", "Ư").replace("Ð", "Đ")
