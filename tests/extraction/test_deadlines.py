from datetime import date

from dondoc.extraction.deadlines import parse_deadline

DOC = date(2021, 8, 6)  # a Friday


def test_it_reads_a_date_after_truoc_ngay() -> None:
    d = parse_deadline("Báo cáo UBND tỉnh trước ngày 15/9/2021.", DOC)
    assert (d.date, d.kind) == (date(2021, 9, 15), "date")
    assert d.phrase == "15/9/2021"


def test_it_reads_the_wordy_form_after_cham_nhat() -> None:
    d = parse_deadline("hoàn thành chậm nhất đến ngày 01 tháng 7 năm 2022.", DOC)
    assert d.date == date(2022, 7, 1)


def test_it_reads_the_end_of_a_month() -> None:
    assert parse_deadline("hoàn thành trong tháng 9/2021", DOC).date == date(2021, 9, 30)
    assert parse_deadline("Xong trong tháng 02 năm 2024", DOC).date == date(2024, 2, 29)


def test_it_reads_the_end_of_a_quarter() -> None:
    assert parse_deadline("trình UBND tỉnh trong Quý III năm 2021", DOC).date == date(2021, 9, 30)
    assert parse_deadline("Xong trong Quý II/2026", DOC).date == date(2026, 6, 30)


def test_before_a_quarter_means_the_end_of_the_quarter_before() -> None:
    assert parse_deadline("hoàn thành trước Quý IV", DOC).date == date(2021, 9, 30)


def test_a_date_without_year_takes_the_document_year() -> None:
    assert parse_deadline("hoàn thành trước 31/12", DOC).date == date(2021, 12, 31)


def test_a_year_as_deadline_is_its_last_day() -> None:
    assert parse_deadline("Hoàn thành trong năm 2026.", DOC).date == date(2026, 12, 31)


def test_a_year_a_result_is_aimed_at_is_not_a_deadline() -> None:
    d = parse_deadline("phấn đấu đạt mục tiêu tăng trưởng 7% trong năm 2021", DOC)
    assert d.date is None


def test_it_counts_calendar_days_from_signing() -> None:
    d = parse_deadline("báo cáo trong 10 ngày kể từ ngày ký", DOC)
    assert d.date == date(2021, 8, 16)


def test_working_days_skip_weekends() -> None:
    d = parse_deadline("trong vòng 5 ngày làm việc kể từ ngày ban hành", DOC)
    assert d.date == date(2021, 8, 13)


def test_it_reads_recurrences() -> None:
    assert parse_deadline("Định kỳ hằng quý báo cáo UBND tỉnh", DOC).recurring == "quarterly"
    assert parse_deadline("hằng tháng báo cáo kết quả", DOC).recurring == "monthly"
    assert parse_deadline("báo cáo định kỳ 6 tháng, năm", DOC).recurring == "semiannual"
    assert parse_deadline("định kỳ 03 tháng/1 lần báo cáo", DOC).recurring == "quarterly"
    assert parse_deadline("Hàng năm", DOC).recurring == "yearly"


def test_a_monthly_day_gives_a_recurrence_and_no_date() -> None:
    d = parse_deadline("báo cáo trước ngày 20 hằng tháng", DOC)
    assert (d.date, d.recurring, d.kind) == (None, "monthly", "recurring")


def test_a_recurring_clause_may_carry_a_date() -> None:
    d = parse_deadline("định kỳ hàng năm (trước ngày 10/12) báo cáo UBND tỉnh", DOC)
    assert (d.date, d.recurring) == (date(2021, 12, 10), "yearly")


def test_it_marks_ongoing_asap_and_event_clauses() -> None:
    assert parse_deadline("Thường xuyên kiểm tra, đôn đốc", DOC).kind == "ongoing"
    assert parse_deadline("Khẩn trương rà soát, báo cáo", DOC).kind == "asap"
    assert parse_deadline("trình trước kỳ họp HĐND tỉnh cuối năm", DOC).kind == "event"
    assert parse_deadline("Thường xuyên kiểm tra", DOC).date is None


def test_dates_of_cited_documents_are_not_deadlines() -> None:
    d = parse_deadline("Thực hiện Nghị quyết số 01/NQ-CP ngày 01/01/2021 của Chính phủ", DOC)
    assert d.date is None and d.kind == "none"


def test_a_cited_document_does_not_hide_a_later_deadline() -> None:
    clause = "theo Văn bản số 2265/BCT-ATMT ngày 02/4/2021 và báo cáo UBND tỉnh trước ngày 15/4/2021."
    assert parse_deadline(clause, DOC).date == date(2021, 4, 15)


def test_a_range_ends_at_its_last_day() -> None:
    d = parse_deadline("treo cờ từ ngày 01/5/2026 đến hết ngày 05/5/2026", DOC)
    assert d.date == date(2026, 5, 5)


def test_a_start_date_alone_is_not_a_deadline() -> None:
    assert parse_deadline("áp dụng kể từ ngày 01/7/2025", DOC).date is None


def test_a_period_in_a_table_cell_ends_with_its_last_year() -> None:
    assert parse_deadline("Giai đoạn 2017-2020", DOC).date == date(2020, 12, 31)
    assert parse_deadline("Năm 2018; 2020", DOC).date == date(2020, 12, 31)
    assert parse_deadline("4-5/2017", DOC).date == date(2017, 5, 31)


def test_a_plan_name_with_a_period_is_not_a_deadline() -> None:
    d = parse_deadline("Hoàn thiện Đề án chống úng ngập giai đoạn 2026 - 2030 làm cơ sở triển khai", DOC)
    assert d.date is None


def test_a_month_without_year_takes_the_document_year() -> None:
    assert parse_deadline("hoàn thành trong tháng 10", DOC).date == date(2021, 10, 31)
    assert parse_deadline("xong trước tháng 10", DOC).date == date(2021, 9, 30)


def test_a_wordy_day_and_month_without_year_needs_a_cue() -> None:
    assert parse_deadline("báo cáo trước ngày 15 tháng 9", DOC).date == date(2021, 9, 15)
    assert parse_deadline("thống kê đến ngày 31 tháng 12 của năm thống kê", DOC).date is None


def test_days_counted_from_another_event_are_event_anchored() -> None:
    d = parse_deadline("giải quyết trong 15 ngày kể từ ngày nhận được hồ sơ", DOC)
    assert (d.date, d.kind) == (None, "event")


def test_the_first_of_ongoing_and_asap_words_gives_the_kind() -> None:
    assert parse_deadline("Thường xuyên theo dõi, kịp thời báo cáo", DOC).kind == "ongoing"
    assert parse_deadline("Kịp thời phát hiện và thường xuyên kiểm tra", DOC).kind == "asap"
