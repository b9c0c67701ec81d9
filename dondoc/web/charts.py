"""Inline SVG charts drawn by our own small code (no chart library, no JavaScript).

Each function returns a ``markupsafe.Markup`` ready to drop into a template; every label is
escaped. Colours come from CSS classes (``.c-<key>``) so the style sheet owns the palette.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape


@dataclass(frozen=True)
class Series:
    key: str  # CSS class suffix: c-<key>
    label: str


def _fmt(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def donut(parts: Sequence[tuple[Series, int]], *, title: str, size: int = 180) -> Markup:
    """A ring of shares with the total in the middle; each arc has a <title> tooltip."""
    total = sum(v for _, v in parts)
    r, stroke = size / 2 - 14, 24
    c = size / 2
    circumference = 2 * math.pi * r
    out = [
        f'<svg class="chart donut" viewBox="0 0 {size} {size}" role="img" aria-label="{escape(title)}">',
        f"<title>{escape(title)}</title>",
        f'<circle class="donut-bg" cx="{_fmt(c)}" cy="{_fmt(c)}" r="{_fmt(r)}" fill="none" stroke-width="{stroke}"/>',
    ]
    offset = 0.0
    for series, value in parts:
        if total == 0 or value == 0:
            continue
        length = circumference * value / total
        out.append(
            f'<circle class="c-{series.key}" cx="{_fmt(c)}" cy="{_fmt(c)}" r="{_fmt(r)}" fill="none" '
            f'stroke-width="{stroke}" stroke-dasharray="{_fmt(length)} {_fmt(circumference - length)}" '
            f'stroke-dashoffset="{_fmt(-offset)}" transform="rotate(-90 {_fmt(c)} {_fmt(c)})">'
            f"<title>{escape(series.label)}: {value}</title></circle>"
        )
        offset += length
    out.append(
        f'<text class="donut-total" x="{_fmt(c)}" y="{_fmt(c + 8)}" text-anchor="middle">{total}</text></svg>'
    )
    return Markup("".join(out))


def stacked_bars(
    rows: Sequence[tuple[str, Mapping[str, int]]],
    series: Sequence[Series],
    *,
    title: str,
    width: int = 640,
    bar: int = 18,
    gap: int = 10,
    label_width: int = 230,
) -> Markup:
    """Horizontal bars, one per row, split by series; scaled to the largest row total."""
    largest = max((sum(counts.values()) for _, counts in rows), default=0) or 1
    plot = width - label_width - 50
    height = max(1, len(rows)) * (bar + gap) + gap
    out = [
        f'<svg class="chart bars" viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title)}" '
        f'preserveAspectRatio="xMinYMin meet">',
        f"<title>{escape(title)}</title>",
    ]
    for i, (label, counts) in enumerate(rows):
        y = gap + i * (bar + gap)
        short = label if len(label) <= 34 else label[:33] + "…"
        out.append(
            f'<text class="bar-label" x="{label_width - 8}" y="{y + bar - 4}" text-anchor="end">'
            f"<title>{escape(label)}</title>{escape(short)}</text>"
        )
        x = float(label_width)
        for s in series:
            value = counts.get(s.key, 0)
            if value <= 0:
                continue
            w = plot * value / largest
            out.append(
                f'<rect class="c-{s.key}" x="{_fmt(x)}" y="{y}" width="{_fmt(w)}" height="{bar}" rx="2">'
                f"<title>{escape(label)} — {escape(s.label)}: {value}</title></rect>"
            )
            x += w
        out.append(
            f'<text class="bar-value" x="{_fmt(x + 6)}" y="{y + bar - 4}">{sum(counts.values())}</text>'
        )
    out.append("</svg>")
    return Markup("".join(out))


def legend(series: Sequence[tuple[Series, int]]) -> Markup:
    items = "".join(
        f'<li><span class="swatch c-{s.key}"></span>{escape(s.label)} <b>{value}</b></li>'
        for s, value in series
    )
    return Markup(f'<ul class="legend">{items}</ul>')
