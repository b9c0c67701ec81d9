from __future__ import annotations

from datetime import date

from dondoc.extraction.model import (
    AgencyRef,
    Deadline,
    Extraction,
    Header,
    Measurement,
    Span,
    Target,
    Task,
)
from dondoc.reports.extraction_text import render_extraction_text, vn_number


def make_extraction() -> Extraction:
    header = Header(
        type="Chỉ thị", number="07/CT-UBND", date=date(2026, 3, 10), issuer="Ủy ban nhân dân tỉnh A"
    )
    tasks = [
        Task(
            text="Sở Tài chính chủ trì theo dõi giải ngân",
            span=Span(0, 10),
            section="II.1",
            lead=[AgencyRef(name="Sở Tài chính")],
            support=[AgencyRef(name="Kho bạc Nhà nước")],
            deadline=Deadline(date=date(2026, 9, 30), kind="date"),
        ),
        Task(
            text="UBND các xã báo cáo",
            span=Span(11, 20),
            section="II.2",
            lead=[AgencyRef(name="Ủy ban nhân dân các xã", group=True)],
            deadline=Deadline(recurring="quarterly", kind="recurring"),
        ),
    ]
    return Extraction(
        name="a.txt",
        format="txt",
        text="",
        header=header,
        tasks=tasks,
        targets=[Target(text="GRDP tăng tối thiểu 8%", comparator=">=", value=8, unit="%", indicator="GRDP")],
        measurements=[Measurement(text="thu đạt 103,5% dự toán", value=103.5, unit="%", basis="dự toán")],
    )


def test_it_groups_tasks_by_lead_agency_with_deadlines() -> None:
    text = render_extraction_text(make_extraction())
    assert "Số: 07/CT-UBND" in text and "Ngày: 10/03/2026" in text
    assert "* Sở Tài chính — 1 nhiệm vụ" in text
    assert "hạn 30/09/2026; phối hợp: Kho bạc Nhà nước" in text
    assert "* Ủy ban nhân dân các xã — 1 nhiệm vụ" in text and "hằng quý" in text


def test_it_writes_figures_the_vietnamese_way() -> None:
    text = render_extraction_text(make_extraction())
    assert "GRDP: tối thiểu 8%" in text
    assert "103,5% (dự toán)" in text
    assert vn_number(1234.5) == "1.234,5"


def test_tasks_are_grouped_by_agency_whatever_the_case_and_generic_phrases_head_nothing() -> None:
    result = make_extraction()
    result.tasks = [
        Task(text="a", span=Span(0, 1), lead=[AgencyRef(name="Các sở, ban ngành tỉnh", group=True)]),
        Task(
            text="b",
            span=Span(2, 3),
            lead=[
                AgencyRef(name="các sở, ban ngành tỉnh", group=True),
                AgencyRef(name="các cơ quan, đơn vị liên quan", group=True, generic=True),
            ],
        ),
        Task(text="c", span=Span(4, 5), lead=[AgencyRef(name="các đơn vị liên quan", generic=True)]),
    ]
    out = render_extraction_text(result)
    assert "* Các sở, ban ngành tỉnh — 2 nhiệm vụ" in out
    assert "liên quan —" not in out
    assert "* (chưa xác định cơ quan chủ trì) — 1 nhiệm vụ" in out
