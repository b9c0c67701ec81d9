from datetime import date

from dondoc.extraction.figures import extract_figures
from dondoc.extraction.model import Header, Measurement, Target, TextDocument

DIRECTIVE = """CHỈ THỊ
Về các nhiệm vụ, giải pháp chủ yếu thúc đẩy tăng trưởng kinh tế năm 2021
Trong 6 tháng đầu năm 2021, tổng sản phẩm trên địa bàn (GRDP) tăng 3,65% so với cùng kỳ năm trước; \
tổng thu ngân sách địa phương đạt 51,44% dự toán.
1. Thực hiện quyết liệt các nhiệm vụ đảm bảo hoàn thành mục tiêu tăng trưởng GRDP năm 2021 \
của tỉnh đạt tối thiểu 7%.
2. Các chủ đầu tư: đảm bảo tỷ lệ giải ngân vốn đầu tư năm 2021 đạt 95% - 100% kế hoạch; \
trong đó đến hết Quý III năm 2021 giải ngân đạt tối thiểu 60% kế hoạch.
3. Sở Tài chính chủ trì thực hiện Nghị quyết số 08/NQ-HĐND, bố trí 08 nhiệm vụ trọng tâm.
"""

PLAN = """KẾ HOẠCH
Phát triển thương mại điện tử giai đoạn 2016 - 2020
A. ĐÁNH GIÁ TÌNH HÌNH
Đến nay toàn tỉnh có 125 doanh nghiệp sử dụng chữ ký số; tỉnh xếp thứ 43/63 về chỉ số TMĐT.
B. KẾ HOẠCH
I. MỤC TIÊU
- 70 - 80% doanh nghiệp có trang thông tin điện tử.
- Diện tích làm mới thêm: trên 2.000 ha.
- Tổng công suất bổ sung khoảng 2.989,5 MW.
- Mực nước sông không quá +4.0m.
II. NHIỆM VỤ
1. Sở Công Thương chủ trì tổ chức kiểm tra 10 cơ sở kinh doanh.
"""


def _run(text: str, doc_date: date | None = None) -> tuple[list[Target], list[Measurement]]:
    doc = TextDocument(name="t.txt", format="txt", text=text, blocks=[])
    return extract_figures(doc, [], Header(date=doc_date))


def test_it_reads_a_minimum_target_with_its_year() -> None:
    targets, _ = _run(DIRECTIVE, date(2021, 8, 6))
    seven = [t for t in targets if t.value == 7]
    assert len(seven) == 1
    assert (seven[0].comparator, seven[0].unit, seven[0].due) == (">=", "%", date(2021, 12, 31))
    assert "tăng trưởng GRDP" in seven[0].indicator


def test_it_reads_a_range_target() -> None:
    targets, _ = _run(DIRECTIVE, date(2021, 8, 6))
    ranges = [t for t in targets if t.comparator == "range"]
    assert [(t.value, t.value_max, t.unit) for t in ranges] == [(95, 100, "%")]


def test_a_quarter_sets_the_due_date() -> None:
    targets, _ = _run(DIRECTIVE, date(2021, 8, 6))
    sixty = next(t for t in targets if t.value == 60)
    assert (sixty.comparator, sixty.due) == (">=", date(2021, 9, 30))


def test_it_reads_reported_figures_with_basis_and_period() -> None:
    _, measurements = _run(DIRECTIVE, date(2021, 8, 6))
    assert [(m.value, m.unit) for m in measurements] == [(3.65, "%"), (51.44, "%")]
    assert measurements[0].basis == "so với cùng kỳ"
    assert measurements[0].period.startswith("6 tháng đầu năm")
    assert measurements[1].basis == "dự toán"


def test_counts_of_tasks_and_document_numbers_are_not_figures() -> None:
    targets, measurements = _run(DIRECTIVE, date(2021, 8, 6))
    values = {t.value for t in targets} | {m.value for m in measurements}
    assert 8 not in values


def test_goal_section_figures_are_targets_due_at_the_end_of_the_plan() -> None:
    targets, _ = _run(PLAN)
    found = {(t.comparator, t.value, t.value_max, t.unit) for t in targets}
    assert ("range", 70, 80, "%") in found
    assert (">=", 2000, None, "ha") in found
    assert ("=", 2989.5, None, "MW") in found
    assert ("<=", 4.0, None, "m") in found
    assert all(t.due == date(2020, 12, 31) for t in targets)


def test_assessment_section_figures_are_measurements() -> None:
    _, measurements = _run(PLAN)
    assert [(m.value, m.unit) for m in measurements] == [(125, "doanh nghiệp"), (43, "hạng")]


def test_counts_in_plain_tasks_are_neither() -> None:
    targets, measurements = _run(PLAN)
    assert all(t.value != 10 for t in targets)
    assert all(m.value != 10 for m in measurements)


TASKS = """KẾ HOẠCH
Ứng dụng công nghệ thông tin năm 2017
I. NỘI DUNG
1. Sở Thông tin và Truyền thông bảo đảm 100% cán bộ sử dụng thư điện tử; trích lại 35% nguồn thu.
2. Triển khai thêm 400 dịch vụ công trực tuyến mức độ 3.
PHỤ LỤC
TT | Nội dung | Cơ quan chủ trì
1 | Triển khai thêm 400 dịch vụ công trực tuyến mức 3 | Sở TTTT
"""


def test_full_coverage_in_a_task_is_a_target_but_a_plain_share_is_not() -> None:
    targets, _ = _run(TASKS)
    percents = [t.value for t in targets if t.unit == "%"]
    assert percents == [100]


def test_a_goal_restated_in_an_annex_table_is_one_target() -> None:
    targets, _ = _run(TASKS)
    services = [t for t in targets if t.unit == "dịch vụ công trực tuyến"]
    assert [(t.value, t.due) for t in services] == [(400, date(2017, 12, 31))]
