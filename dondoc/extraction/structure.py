"""The section tree: Phần/Chương/Mục/Điều, I./1./(1)/a)/-/+ items, appendices.

Reader blocks are lines (pdftotext, OCR) or whole paragraphs (news pages, docx); ``paragraphs``
joins wrapped lines back into paragraphs first, skipping page numbers.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Callable
from dataclasses import dataclass, field

from dondoc.extraction.model import Block, Section, Span, TextDocument

# Vietnamese capitals, listed: the range "À-Ỹ" also holds lower-case letters ("đ", "ầ", "ờ").
_UPPER = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
_PAGE_NUMBER = re.compile(r"^\s*(?:-\s*)?(?:Trang\s+)?\d{1,3}(?:\s*/\s*\d{1,3})?\s*(?:-\s*)?$")
_MARKERS: list[tuple[str, re.Pattern[str]]] = [
    ("appendix", re.compile(r"^(PHỤ LỤC|Phụ lục)(?:\s+(?:số\s+)?([IVXLC]+|\d+[a-z]?))?\b[.:]?\s*")),
    (
        "part",
        re.compile(
            r"^(?:(PHẦN|Phần)\s+(?:THỨ\s+|thứ\s+)?([IVXLC]+|\d+|[A-ZĐÀ-Ỹa-zđà-ỹ]+)|(Mục|MỤC)\s+(\d+))[.:]?\s+"
        ),
    ),
    ("chapter", re.compile(r"^(Chương|CHƯƠNG)\s+([IVXLC]+|\d+)[.:]?\s*")),
    ("article", re.compile(r"^(Điều|ĐIỀU)\s+(\d+)\s*[.:]\s*")),
    ("roman", re.compile(r"^([IVX]{1,5})\s*(?:[.)]|/(?![vV]\b))\s*(?=\S)")),  # "V/v" is "về việc"
    (
        "number",
        re.compile(
            r"^(\d{1,2}(?:\.\d{1,2}){1,3})\.?\s+(?=\S)|^(\d{1,2})\s*(?:[.)]|/(?=\s))\s*(?=[^\d\s.,;:)])"
        ),
    ),
    # "(1).", "(ii)": items below a numbered one ("3. Kiến nghị" then "(i). Chỉ đạo ...")
    ("paren", re.compile(r"^\((\d{1,2}|[ivx]{1,5})\)\.?\s*(?=\S)")),
    ("letter", re.compile(r"^([a-zđ])\s*\)\s*(?=\S)|^([a-eđ])\.\s+(?=[" + _UPPER + "])")),
    ("dash", re.compile(r"^([-–—•])\s*(?=\S)")),
    ("plus", re.compile(r"^([+*])\s*(?=\S)")),
]
# The characters each marker pattern can start with (performance only: match_marker tries only the
# patterns the first character allows, in the order above; "number" starts with any decimal digit).
_FIRST_CHARS = {
    "appendix": "P",
    "part": "PM",
    "chapter": "C",
    "article": "Đ",
    "roman": "IVX",
    "number": "0123456789",
    "paren": "(",
    "letter": "abcdefghijklmnopqrstuvwxyzđ",
    "dash": "-–—•",
    "plus": "+*",
}
_BY_FIRST: dict[str, tuple[tuple[str, re.Pattern[str]], ...]] = {
    ch: tuple((kind, rx) for kind, rx in _MARKERS if ch in _FIRST_CHARS[kind])
    for ch in "".join(_FIRST_CHARS.values())
}
_NUMBER_MARKER = tuple((kind, rx) for kind, rx in _MARKERS if kind == "number")
_RANK = {
    "appendix": 0,
    "part": 1,
    "chapter": 2,
    "article": 3,
    "roman": 4,
    "number": 5,
    "paren": 6,
    "letter": 7,
    "dash": 8,
    "plus": 9,
}
_SENTENCE_END = re.compile(r"[.;:!?…”\"»)]\s*$")
_SENTENCE_END_CHARS = frozenset('.;:!?…”"»)')  # _SENTENCE_END on a right-stripped text: its last one
# A full line that ends on a capitalised word, then "- Capitalised": a hyphenated name wrapped at its dash.
_SPLIT_NAME = re.compile(r"^[-–]\s*[" + _UPPER + r"]\w*\s+[" + _UPPER + r"]")
_NAME_END = re.compile(r"(?:^|\s)[" + _UPPER + r"]\w*$")
_LOOSE_ITEM = re.compile(r"^[^\s()]{1,2}\)\s")
_OCR_LETTER = re.compile(r"^[^\s()\w]?[^\s()\d]{1,2}\)\s+(?=[" + _UPPER + "])")
_STARTS_UPPER = re.compile(r"^[\"“'(«]?[0-9" + _UPPER + "]")


@dataclass(slots=True)
class Paragraph:
    """A paragraph of the clean text (wrapped lines joined), or one table row."""

    text: str  # the lines joined with spaces, stripped
    span: Span
    kind: str = "para"  # "para" | "table_row"
    cells: tuple[str, ...] = ()
    table: int | None = None
    marker_kind: str | None = None
    marker: str = ""
    body: str = ""  # the text after the marker
    section: Section | None = field(default=None, repr=False)


# OCR specks before a marker (".: 3.2. Ban hành ...", ": ˆ = - Thời gian ...").
_OCR_SPECKS = re.compile(r"^[.:;,ˆ=_~`'‘’\s]{1,6}(?=(?:\d{1,2}(?:\.\d{1,2})*\.|[IVX]{1,5}\.|[-–]\s)\s*\S)")
_SPECK_CHARS = ".:;,ˆ=_~`'‘’"  # (and blanks) what _OCR_SPECKS can start with
_TWO_LETTERS = re.compile(r"[A-Za-z]{2}\)")


def match_marker(text: str) -> tuple[str, str, int] | None:
    """(kind, marker as written, end of the marker) for a paragraph that opens an item."""
    first = text[:1]
    skip = _OCR_SPECKS.match(text) if first and (first in _SPECK_CHARS or first.isspace()) else None
    offset = skip.end() if skip else 0
    rest = text[offset:]
    first = rest[:1]
    candidates = _BY_FIRST.get(first, _NUMBER_MARKER if first.isdecimal() else ())
    for kind, rx in candidates:
        m = rx.match(rest)
        if m:
            return kind, rest[: m.end()].strip(), offset + m.end()
    m = _OCR_LETTER.match(rest) if ")" in rest[1:4] else None
    if m and not _TWO_LETTERS.fullmatch(
        rest[: m.end()].strip()
    ):  # a letter item whose letter OCR garbled: "ø) Củng cố", ".©) Sở Kế hoạch và Đầu tư:"
        return "letter", rest[: m.end()].strip(), offset + m.end()
    return None


def _is_page_number(text: str) -> bool:
    """``_PAGE_NUMBER.match(text)``, tried only where the first non-blank character lets it match."""
    first = text.lstrip()[:1]
    return (first == "-" or first == "T" or first.isdecimal()) and _PAGE_NUMBER.match(text) is not None


def _blank_between(raw: str, to_source: Callable[[int], int], a: Block, b: Block) -> bool:
    """The source has an empty line between blocks ``a`` and ``b`` (blank lines leave no block)."""
    end, start = to_source(a.span.end), to_source(b.span.start)
    return 0 <= end < start <= len(raw) and raw.count("\n", end, start) >= 2


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip(" \t"))


def paragraphs(doc: TextDocument) -> list[Paragraph]:
    blocks = [b for b in doc.blocks if b.text.strip() and not _is_page_number(b.text)]
    lines = [b for b in blocks if b.kind != "table_row"]
    lower = sum(1 for b in lines if b.text.strip()[:1].islower())
    wrapped = bool(lines) and lower / len(lines) >= 0.04
    widths = sorted(len(b.text.rstrip()) for b in lines) or [0]
    width = widths[int(len(widths) * 0.8)] if widths else 0
    cont_indents = [_indent(b.text) for b in lines if b.text.strip()[:1].islower()]
    cont_indent = statistics.median(cont_indents) if cont_indents else 0
    out: list[Paragraph] = []
    current: list[Block] = []
    to_source = doc.source_map.to_source if doc.raw else None
    markers: dict[str, tuple[str, str, int] | None] = {}  # match_marker by text: a one-line paragraph's
    # text is its line's, read twice below

    def marker(text: str) -> tuple[str, str, int] | None:
        if text not in markers:
            markers[text] = match_marker(text)
        return markers[text]

    def flush() -> None:
        if current:
            start, end = current[0].span.start, current[-1].span.end
            lead = _indent(current[0].text)
            text = current[0].text.strip() if len(current) == 1 else " ".join(b.text.strip() for b in current)
            out.append(Paragraph(text=text, span=Span(start + lead, end)))
            current.clear()

    for b in blocks:
        if b.kind == "table_row":
            flush()
            out.append(
                Paragraph(text=b.text.strip(), span=b.span, kind="table_row", cells=b.cells, table=b.table)
            )
            continue
        stripped = b.text.strip()
        if not current:
            current.append(b)
            continue
        prev = current[-1].text.rstrip()
        opens = marker(stripped)
        new = (
            not wrapped
            or prev.endswith("./.")  # the body's end mark: "Nơi nhận" follows
            # "(2) Cải tạo ..." may be a wrapped line of a running enumeration: an item only after a full stop
            or (opens is not None and (opens[0] != "paren" or prev[-1:] in _SENTENCE_END_CHARS))
            # after a sentence's end, "x) " opens an item even where OCR garbled its letter ("ø) Củng cố")
            or (prev[-1:] in _SENTENCE_END_CHARS and _LOOSE_ITEM.match(stripped) is not None)
            or (
                prev[-1:] in _SENTENCE_END_CHARS
                and _STARTS_UPPER.match(stripped) is not None
                and (
                    len(prev) < 0.85 * width
                    or _indent(b.text) > cont_indent + 1
                    # a blank line in the source between a full stop and a capital
                    or (to_source is not None and _blank_between(doc.raw, to_source, current[-1], b))
                    # indented deeper than the line it follows, that line a continuation ("Đồng thời, ...")
                    or (len(current) > 1 and _indent(b.text) > _indent(current[-1].text) + 2)
                )
            )
            or (
                len(prev) < 0.6 * width
                and _STARTS_UPPER.match(stripped) is not None
                and not prev.endswith(",")
            )
        )
        if new and not wrapped and stripped[:1].islower() and not marker(stripped):
            new = False
        if (
            new
            and wrapped
            and _SPLIT_NAME.match(stripped)
            and _NAME_END.search(prev)
            and len(prev) >= 0.75 * width
        ):
            new = False  # "Festival Thăng Long⏎– Hà Nội", "Sở Lao động⏎- Thương binh và Xã hội": one name
        if new:
            flush()
        current.append(b)
    flush()
    for p in out:
        if p.kind == "table_row":
            continue
        mk = marker(p.text)
        if mk:
            p.marker_kind, p.marker, end = mk
            p.body = p.text[end:].strip()
        else:
            p.body = p.text
    return out


def _label(kind: str, marker: str, parent: Section | None, index: int) -> str:
    base = parent.label if parent else ""
    core = marker.rstrip(".):/ ").strip()
    if kind in ("dash", "plus"):
        own = f"-{index}" if kind == "dash" else f"+{index}"
        return f"{base}{own}" if base else own
    if kind == "paren":
        core = "(" + core.strip("(). ") + ")"
    elif kind == "number" and "." in core:
        core = core.split(".")[-1]
    elif kind in ("part", "chapter", "article", "appendix"):
        core = core.split()[-1] if core.split() else core
        core = {"part": "P", "chapter": "C", "article": "Đ", "appendix": "PL"}[kind] + core
    return f"{base}.{core}" if base else core


def _rank(p: Paragraph) -> float:
    assert p.marker_kind is not None
    rank = float(_RANK[p.marker_kind])
    if p.marker_kind == "number":
        depth = p.marker.rstrip(".) ").count(".")
        rank += min(depth, 3) * 0.3
    return rank


def build_tree(paras: list[Paragraph]) -> list[Section]:
    """The section tree; a section's span runs to the end of the last paragraph below it."""
    roots: list[Section] = []
    stack: list[tuple[float, Section]] = []
    # Per stack entry, the furthest paragraph end reached while it was on the stack, kept for the top
    # entry only and handed down when it is closed (a section's span is set once, when it is closed).
    ends: list[int] = []
    same_kind: dict[tuple[int, str], int] = {}  # (id of the parent, kind) -> sections of it so far
    for p in paras:
        if p.kind == "table_row" or p.marker_kind is None:
            if stack:
                p.section = stack[-1][1]
                if ends[-1] < p.span.end:
                    ends[-1] = p.span.end
            continue
        rank = _rank(p)
        while stack and stack[-1][0] >= rank:
            _close(stack, ends)
        parent = stack[-1][1] if stack else None
        siblings = parent.children if parent else roots
        key = (id(parent), p.marker_kind)
        index = same_kind[key] = same_kind.get(key, 0) + 1
        sec = Section(
            kind=p.marker_kind,
            marker=p.marker,
            label=_label(p.marker_kind, p.marker, parent, index),
            title=p.body,
            span=Span(p.span.start, p.span.end),
            level=len(stack),
        )
        siblings.append(sec)
        stack.append((rank, sec))
        ends.append(p.span.end)
        p.section = sec
    while stack:
        _close(stack, ends)
    return roots


def _close(stack: list[tuple[float, Section]], ends: list[int]) -> None:
    """Pop the top section: its span reaches the furthest end seen below it, and so do its parents'."""
    _, sec = stack.pop()
    end = ends.pop()
    if sec.span.end < end:
        sec.span = Span(sec.span.start, end)
    if ends and ends[-1] < end:
        ends[-1] = end


def parse_structure(doc: TextDocument) -> list[Section]:
    return build_tree(paragraphs(doc))


def parse_paragraphs(doc: TextDocument) -> tuple[list[Paragraph], list[Section]]:
    """The paragraphs, each tied to its section, and the section tree: computed once for every stage."""
    paras = paragraphs(doc)
    return paras, build_tree(paras)
