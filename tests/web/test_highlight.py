"""Highlighting task spans in the document text."""

from __future__ import annotations

from dondoc.web.highlight import Highlight, highlight


def test_it_wraps_each_span_and_escapes_the_rest() -> None:
    html = highlight("a <b> giao Sở X thực hiện.", [Highlight(7, 6, 25, "draft", "1")])
    assert html.startswith("a &lt;b&gt; ")
    assert (
        '<mark class="hl st-draft" id="hl-7" data-task="7"><span class="hl-tag">1</span>giao Sở X thực hiện</mark>.'
        in html
    )


def test_overlapping_spans_are_clipped_not_nested() -> None:
    html = highlight("0123456789", [Highlight(1, 0, 6, "draft", "1"), Highlight(2, 4, 9, "draft", "2")])
    assert html.count("<mark") == 2
    assert ">012345</mark>" in html and ">678</mark>" in html


def test_a_span_past_the_end_is_cut() -> None:
    assert ">bc</mark>" in highlight("abc", [Highlight(1, 1, 99, "draft", "1")])
