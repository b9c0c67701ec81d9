"""Word's automatic list numbering, rendered as text ("1.", "a)", "II.", "-").

Word stores "1." of a numbered paragraph not in the text but as a reference (numId, level)
to numbering.xml; without it "1. Giao Sở ..." reads as "Giao Sở ...". This renders the
label from the level's format and template, counting per list, restarting deeper levels.
"""

from __future__ import annotations

from typing import Any

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_ROMAN = (
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
)


def _roman(n: int) -> str:
    out = []
    for value, letters in _ROMAN:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def _letter(n: int) -> str:
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def _format(n: int, fmt: str) -> str:
    if fmt == "lowerLetter":
        return _letter(n)
    if fmt == "upperLetter":
        return _letter(n).upper()
    if fmt == "lowerRoman":
        return _roman(n)
    if fmt == "upperRoman":
        return _roman(n).upper()
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)


def _val(el: Any, tag: str) -> str | None:
    child = el.find(f"{_W}{tag}")
    return None if child is None else child.get(f"{_W}val")


class Numbering:
    """Labels for numbered paragraphs of one document, in document order."""

    def __init__(self, numbering_xml: Any | None, styles_xml: Any | None = None) -> None:
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}  # numId -> ilvl -> (fmt, text, start)
        self.counters: dict[str, dict[int, int]] = {}
        self.styles: dict[str, tuple[str | None, str | None, str | None]] = {}  # id -> numId, ilvl, basedOn
        if styles_xml is not None:
            for style in styles_xml.iterchildren(f"{_W}style"):
                props = style.find(f"{_W}pPr/{_W}numPr")
                based = _val(style, "basedOn")
                num = (_val(props, "numId"), _val(props, "ilvl")) if props is not None else (None, None)
                self.styles[style.get(f"{_W}styleId") or ""] = (*num, based)
        if numbering_xml is None:
            return
        abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        for an in numbering_xml.iterchildren(f"{_W}abstractNum"):
            levels = {}
            for lvl in an.iterchildren(f"{_W}lvl"):
                start = _val(lvl, "start") or "1"
                levels[int(lvl.get(f"{_W}ilvl") or 0)] = (
                    _val(lvl, "numFmt") or "decimal",
                    _val(lvl, "lvlText") or "",
                    int(start) if start.isdigit() else 1,
                )
            abstract[an.get(f"{_W}abstractNumId") or ""] = levels
        for num in numbering_xml.iterchildren(f"{_W}num"):
            ref = _val(num, "abstractNumId")
            if ref in abstract:
                self.levels[num.get(f"{_W}numId") or ""] = abstract[ref]

    def label(self, p: Any) -> str:
        """The rendered label of paragraph ``p`` ("" when it is not numbered)."""
        props = p.find(f"{_W}pPr/{_W}numPr")
        num_id, ilvl_text = (_val(props, "numId"), _val(props, "ilvl")) if props is not None else (None, None)
        style = _val(p.find(f"{_W}pPr"), "pStyle") if p.find(f"{_W}pPr") is not None else None
        for _ in range(10):  # the style chain (basedOn) may carry the numbering
            if num_id is not None or style is None or style not in self.styles:
                break
            num_id, style_ilvl, style = self.styles[style]
            ilvl_text = ilvl_text or style_ilvl
        if num_id is None:
            return ""
        ilvl_text = ilvl_text or "0"
        ilvl = int(ilvl_text) if ilvl_text.isdigit() else 0
        levels = self.levels.get(num_id or "")
        if not levels or ilvl not in levels:
            return ""
        counts = self.counters.setdefault(num_id or "", {})
        counts[ilvl] = counts.get(ilvl, levels[ilvl][2] - 1) + 1
        for deeper in [k for k in counts if k > ilvl]:
            del counts[deeper]
        fmt, template, _ = levels[ilvl]
        if fmt == "none":
            return ""
        if fmt == "bullet":
            return "-"
        text = template
        for k in range(ilvl, -1, -1):
            if f"%{k + 1}" in text:
                level = levels.get(k, ("decimal", "", 1))
                n = counts.get(k, level[2])
                text = text.replace(f"%{k + 1}", _format(n, level[0]))
        return text.strip()
