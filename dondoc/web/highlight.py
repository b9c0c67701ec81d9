"""The document text with each extracted task's span wrapped in a <mark> (escaped, no overlaps)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from markupsafe import Markup, escape


@dataclass(frozen=True)
class Highlight:
    task_id: int
    start: int
    end: int
    state: str
    label: str  # the number shown before the passage


def highlight(text: str, marks: Iterable[Highlight]) -> Markup:
    """``text`` escaped, with ``<mark id="hl-ID">`` around each span; overlapping spans are clipped."""
    out: list[str] = []
    pos = 0
    for m in sorted(marks, key=lambda h: (h.start, h.end)):
        start, end = max(m.start, pos, 0), min(m.end, len(text))
        if end <= start:
            continue
        out.append(str(escape(text[pos:start])))
        out.append(
            f'<mark class="hl st-{escape(m.state)}" id="hl-{m.task_id}" data-task="{m.task_id}">'
            f'<span class="hl-tag">{escape(m.label)}</span>{escape(text[start:end])}</mark>'
        )
        pos = end
    out.append(str(escape(text[pos:])))
    return Markup("".join(out))
