"""Raw blocks -> clean ``TextDocument``: spaces, control characters, glyph-map and glued-word
repairs, with a ``SourceMap`` from every clean offset back to the raw text.

``raw`` is the decoded source text (NFC, legacy fonts converted). Each reader cuts it into
``RawBlock``s (a paragraph, a line, a table row) that know where they start in ``raw``.
Cleaning a block only replaces characters one for one, deletes some, inserts spaces where
words were glued, and strips the ends; every such change gets an anchor, so
``TextDocument.source_text`` returns the source's own wording for any clean span.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass

from dondoc.extraction.model import Block, SourceMap, Span, TextDocument
from dondoc.extraction.readers.glued import glue_points

# Non-breaking and other odd spaces (and tabs) become one ordinary space each.
_SPACES = (
    "\t\x0b\x0c\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
)


def _spaces(text: str) -> str:
    """Odd spaces -> " " (str.replace per character present: much faster than translate)."""
    for ch in _SPACES:
        if ch in text:
            text = text.replace(ch, " ")
    return text


# Invisible characters (controls, zero-width and direction marks, soft hyphen) are dropped.
_DROP = "\x00-\x08\x0e-\x1f\x7f-\x9f\r\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\xad\ufffe\uffff"
_DELETE = re.compile(f"[{_DROP}\n]+")
_DIRTY = re.compile(f"[{_DROP}]")
_NEEDS_WORK = re.compile(f"[{_SPACES}{_DROP}\n]")

# A PDF whose glyph map broke letters: "ƣ" (U+01A3) stands for "ư".
_GLYPH_SIGNATURE = ("\u01a3", "\u01a2")


def _glyphs(text: str) -> str:
    return text.replace("\u01a3", "ư").replace("\u01a2", "Ư")


_GLYPH_O_TABLE = str.maketrans({"\u01a3": "ư", "\u01a2": "Ư", "õ": "ò", "Õ": "Ò"})
# Syllables where "õ" is genuine; they keep their "õ" even in a broken-map document.
_TRUE_TILDE_O = frozenset(
    "rõ võ mõ gõ ngõ chõ bõ lõi cõi dõi nõn lõm mõm xõa tõ dõng võng bõng nõ sõi".split()
)
_O_WORD = re.compile(r"\w*[õÕ]\w*")


@dataclass(slots=True)
class RawBlock:
    text: str  # as in ``raw``
    start: int  # offset of ``text`` in ``raw``
    kind: str = "para"
    cells: tuple[str, ...] = ()
    table: int | None = None


@dataclass(slots=True)
class _Repairs:
    glyphs: bool = False  # ƣ -> ư
    glyph_o: bool = False  # õ -> ò as well (no genuine ò anywhere)
    glued: int = 0
    glyph_count: int = 0
    points: list[int] | None = None  # glue points as offsets of ``raw`` (None: find per block)
    dirty: list[int] | None = None  # offsets of ``raw`` holding characters to replace or drop


def _fix_o(word: str) -> str:
    if word.lower() in _TRUE_TILDE_O:
        return word
    return word.translate(_GLYPH_O_TABLE)


def _glue(seg: str, at: int, repairs: _Repairs) -> list[int]:
    """Glue points inside ``seg``, which starts at raw offset ``at`` (-1: unknown)."""
    if repairs.points is None or at < 0:
        return glue_points(seg)
    points = repairs.points
    i = bisect.bisect_left(points, at)
    out = []
    while i < len(points) and points[i] < at + len(seg):
        if points[i] > at:
            out.append(points[i] - at)
        i += 1
    return out


def _is_dirty(text: str, at: int, repairs: _Repairs) -> bool:
    if repairs.dirty is None or at < 0:
        return _NEEDS_WORK.search(text) is not None
    i = bisect.bisect_left(repairs.dirty, at)
    return i < len(repairs.dirty) and repairs.dirty[i] < at + len(text)


def _clean(
    text: str, repairs: _Repairs, strip_leading: bool, at: int = -1
) -> tuple[str, list[tuple[int, int]]]:
    """Clean one block: (clean text, anchors (clean offset, raw offset) local to the block)."""
    if not repairs.glyphs and not _is_dirty(text, at, repairs) and not _glue(text, at, repairs):
        # fast path, by far the most common: nothing to change but the ends
        end = len(text.rstrip())
        lead = len(text) - len(text.lstrip()) if strip_leading else 0
        return (text[lead:end], [(0, lead)]) if end > lead else ("", [])
    if _NEEDS_WORK.search(text):
        spaced = _spaces(text)
        segments: list[tuple[int, str]] = []
        pos = 0
        for m in _DELETE.finditer(spaced):
            if m.start() > pos:
                segments.append((pos, spaced[pos : m.start()]))
            pos = m.end()
        if pos < len(spaced):
            segments.append((pos, spaced[pos:]))
    else:
        segments = [(0, text)]
    if repairs.glyphs:
        fixed = []
        for off, seg in segments:
            new = _O_WORD.sub(lambda m: _fix_o(m.group(0)), seg) if repairs.glyph_o else seg
            new = _glyphs(new)
            repairs.glyph_count += sum(1 for a, b in zip(seg, new, strict=True) if a != b)
            fixed.append((off, new))
        segments = fixed
    split: list[tuple[int, str]] = []
    for off, seg in segments:
        points = _glue(seg, at + off if at >= 0 else -1, repairs)
        last = 0
        for p in points:
            split.append((off + last, seg[last:p]))
            split.append((off + p, " "))
            last = p
        split.append((off + last, seg[last:]))
        repairs.glued += len(points)
    # strip the ends
    while split and not split[-1][1].rstrip():
        split.pop()
    if split:
        split[-1] = (split[-1][0], split[-1][1].rstrip())
    while strip_leading and split and not split[0][1].strip():
        split.pop(0)
    if strip_leading and split:
        off, seg = split[0]
        lead = len(seg) - len(seg.lstrip())
        split[0] = (off + lead, seg[lead:])
    out: list[str] = []
    anchors: list[tuple[int, int]] = []
    n = 0
    for off, seg in split:
        if seg:
            anchors.append((n, off))
            out.append(seg)
            n += len(seg)
    joined = "".join(out)
    if not unicodedata.is_normalized("NFC", joined):
        # a deletion let a combining mark reach a new base letter: recompose (anchors coarsen)
        joined = unicodedata.normalize("NFC", joined)
        anchors = anchors[:1]
    return joined, anchors


def build_document(
    name: str,
    fmt: str,
    raw: str,
    raw_blocks: list[RawBlock],
    *,
    encoding: str | None = None,
    notes: list[str] | None = None,
    strip_leading: bool = True,
) -> TextDocument:
    repairs = _Repairs()
    if any(sig in raw for sig in _GLYPH_SIGNATURE):
        repairs.glyphs = True
        repairs.glyph_o = "ò" not in raw and "Ò" not in raw
    # isprintable() is False for every character _DELETE drops (controls, format characters) and for
    # every odd space of _SPACES: a printable text (but for its line breaks) needs neither pass
    printable = raw.replace("\n", "").isprintable()
    spaced = raw if printable else _spaces(raw)  # one for one, so offsets into ``raw`` still hold
    fixed = _glyphs(spaced) if repairs.glyphs else spaced
    if repairs.glyph_o:
        fixed = _O_WORD.sub(lambda m: _fix_o(m.group(0)), fixed)
    repairs.points = glue_points(fixed)
    if not printable:
        printable = spaced.replace("\n", "").isprintable()
    repairs.dirty = [] if printable else [m.start() for m in _DIRTY.finditer(spaced)]
    # nothing to repair anywhere: every block takes _clean's fast path (inlined below)
    untouched = not repairs.glyphs and not repairs.points and not repairs.dirty
    blocks: list[Block] = []
    parts: list[str] = []
    smap = SourceMap()
    pos = 0
    for rb in raw_blocks:
        own = spaced[rb.start : rb.start + len(rb.text)] if spaced is not raw else rb.text
        if untouched and rb.start >= 0:
            end = len(own.rstrip())
            lead = len(own) - len(own.lstrip()) if strip_leading else 0
            if end <= lead:
                continue
            text = own[lead:end]
            smap.add(pos, rb.start + lead)
        else:
            text, anchors = _clean(own, repairs, strip_leading, rb.start)
            if not text:
                continue
            for c, r in anchors:
                smap.add(pos + c, rb.start + r)
        cells = (
            tuple(
                _clean(c, _Repairs(glyphs=repairs.glyphs, glyph_o=repairs.glyph_o), True)[0] for c in rb.cells
            )
            if rb.cells
            else ()
        )
        blocks.append(
            Block(text=text, span=Span(pos, pos + len(text)), kind=rb.kind, cells=cells, table=rb.table)
        )
        parts.append(text)
        pos += len(text) + 1
    clean = "\n".join(parts)
    out_notes = list(notes or [])
    if repairs.glyph_count:
        out_notes.append(f"đã sửa {repairs.glyph_count} ký tự lỗi phông chữ (ví dụ “ƣ” thành “ư”)")
    if repairs.glued:
        out_notes.append(f"đã tách {repairs.glued} chỗ chữ bị dính liền")
    if clean == raw:
        return TextDocument(
            name=name, format=fmt, text=clean, blocks=blocks, encoding=encoding, notes=out_notes
        )
    return TextDocument(
        name=name,
        format=fmt,
        text=clean,
        blocks=blocks,
        source_map=smap,
        encoding=encoding,
        notes=out_notes,
        raw=raw,
    )


def join_blocks(pieces: list[tuple[str, str, tuple[str, ...], int | None]]) -> tuple[str, list[RawBlock]]:
    """Join (text, kind, cells, table) pieces with "\\n" into a raw text and its blocks."""
    blocks: list[RawBlock] = []
    out: list[str] = []
    pos = 0
    for text, kind, cells, table in pieces:
        text = text.replace("\n", " ")
        blocks.append(RawBlock(text, pos, kind, cells, table))
        out.append(text)
        pos += len(text) + 1
    return "\n".join(out), blocks
