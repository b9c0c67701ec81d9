"""The document cut for figure finding: logical paragraphs (wrapped lines joined), clauses, and the
headings above each paragraph."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_I = re.IGNORECASE
_MARKER = re.compile(
    r"^[\W_]{0,3}(?:(?P<roman>[IVX]{1,5})\.|(?P<alpha>[A-Z])\.|(?P<num>\d{1,2}(?:\.\d{1,2})+\.?|\d{1,2}[.)])"
    r"|(?P<letter>[a-zđ])\))\s",
)
_SENTENCE_END_CHARS = frozenset(".:;!?")  # ends a sentence when last but for blanks


@dataclass(slots=True)
class Paragraph:
    start: int
    end: int
    headings: list[str] = field(default_factory=list)  # headings above, outermost first
    preamble: bool = False  # before the first section heading
    heading: bool = False  # the paragraph is itself a heading


def _level(m: re.Match[str]) -> int:
    if m.group("alpha"):
        return 0
    if m.group("roman"):
        return 1
    if m.group("num"):
        return 2 + m.group("num").count(".")
    return 5


def _is_heading(text: str) -> bool:
    body = text.strip()
    if len(body) > 160:
        return False
    if not body.endswith((".", ";", ",")):
        return True  # (the letter count below only decides for a body ending like a sentence)
    letters = [c for c in body if c.isalpha()]
    return bool(letters) and sum(1 for c in letters if c.isupper()) > 0.8 * len(letters)


def paragraphs(text: str) -> list[Paragraph]:
    """Lines joined into paragraphs where a line continues the one before (OCR and PDF wrapping)."""
    spans: list[list[int]] = []
    pos = 0
    last = ""  # the last non-blank character of the paragraph so far
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        stripped = line.strip()
        if not stripped:
            continue
        if spans:
            first = stripped[0]
            if (first.islower() or first in "(%") and not _MARKER.match(stripped) and last != ":":
                spans[-1][1] = end
                last = stripped[-1]
                continue
            if last not in _SENTENCE_END_CHARS and first.isdigit() and not _MARKER.match(stripped):
                spans[-1][1] = end
                last = stripped[-1]
                continue
        spans.append([start, end])
        last = stripped[-1]
    out: list[Paragraph] = []
    stack: dict[int, str] = {}
    headings: list[str] = []  # the stack's headings, outermost first (rebuilt when it changes)
    seen_heading = False
    for start, end in spans:
        body = text[start:end].strip()
        m = _MARKER.match(body)
        is_heading = False
        if m and " | " not in body:
            seen_heading = True
            if _is_heading(body):
                level = _level(m)
                for k in [k for k in stack if k >= level]:
                    del stack[k]
                stack[level] = body
                headings = [stack[k] for k in sorted(stack)]
                is_heading = True
        if not is_heading and body.isupper() and len(body) < 120:
            is_heading = True
        out.append(Paragraph(start, end, list(headings), preamble=not seen_heading, heading=is_heading))
    return out


# Clause ends: r";|\.(?=\s+[^\d\s])|\.\s*$|\s[-+]\s(?=[A-ZĐ])", written to start with a character
# class so that the regex engine skips fast (performance only); a " - " end is then found at its
# dash, one character after its start.
_CLAUSE_END = re.compile(r"[;.\-+](?:(?<=;)|(?<=\.)(?=\s+[^\d\s])|(?<=\.)\s*$|(?<=\s[-+])\s(?=[A-ZĐ]))")


def clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Clauses of ``text[start:end]``: cut at ";" and at a full stop that ends a sentence."""
    out: list[tuple[int, int]] = []
    pos = start
    for m in _CLAUSE_END.finditer(text, start, end):
        cut = m.start()
        if text[cut] in "-+":
            cut -= 1  # the blank before the dash
            if cut < start:
                continue
        if cut > pos:
            out.append((pos, cut))
        pos = m.end()
    if pos < end:
        out.append((pos, end))
    return [(s, e) for s, e in out if text[s:e].strip()]
