"""Date literals as Vietnamese documents write them: "ngày 06 tháng 8 năm 2021", "6/8/2021",
"06-8-2021", "06.8.2021", and day/month without a year ("trước 31/12", the year comes from context).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from dondoc.extraction.model import Span


@dataclass(frozen=True, slots=True)
class DateMatch:
    date: date
    span: Span
    has_year: bool


# Both start with a character class so that the regex engine skips fast to possible starts:
# _WORDY is r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})" case-insensitive; _NUMERIC is
# r"(?<![\d/.\-])(\d{1,2})\s*([/.\-])..." with the lookbehind moved after the first digit.
_WORDY = re.compile(r"[nN](?i:gày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4}))")
_NUMERIC = re.compile(r"(\d(?<![\d/.\-].)\d?)\s*([/.\-])\s*(\d{1,2})(?:\s*\2\s*(\d{4}))?(?![\d/])")


def make_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def find_dates(text: str, *, default_year: int | None = None) -> list[DateMatch]:
    """Every date literal in ``text``, in order. Without a year, ``default_year`` is used (or skipped)."""
    found: list[DateMatch] = []
    taken: list[tuple[int, int]] = []
    # (every _WORDY match holds "ngày", whose letters IGNORECASE folds as str.lower does)
    for m in _WORDY.finditer(text) if "ngày" in text.lower() else ():
        d = make_date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        if d:
            found.append(DateMatch(d, Span(m.start(), m.end()), True))
            taken.append((m.start(), m.end()))
    for m in _NUMERIC.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        sep, year_text = m.group(2), m.group(4)
        if year_text is None and sep != "/":
            continue  # "1.5" or "3-4" without a year is a number, not a date
        if year_text is None and default_year is None:
            continue
        year = int(year_text) if year_text else default_year
        assert year is not None
        d = make_date(year, int(m.group(3)), int(m.group(1)))
        if d:
            found.append(DateMatch(d, Span(m.start(), m.end()), year_text is not None))
    found.sort(key=lambda x: x.span.start)
    return found


def parse_date(text: str, *, default_year: int | None = None) -> date | None:
    """The first date literal in ``text``."""
    hits = find_dates(text, default_year=default_year)
    return hits[0].date if hits else None


ROMAN_QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def end_of_month(year: int, month: int) -> date | None:
    if not 1 <= month <= 12 or not 1900 <= year <= 2100:
        return None
    return date(year, month, calendar.monthrange(year, month)[1])


def end_of_quarter(year: int, quarter: int) -> date | None:
    if not 1 <= quarter <= 4:
        return None
    return end_of_month(year, quarter * 3)


def end_of_year(year: int) -> date | None:
    return end_of_month(year, 12)


def quarter_number(text: str) -> int | None:
    return ROMAN_QUARTERS.get(text.strip().lower())


def add_working_days(start: date, days: int) -> date:
    """``start`` plus ``days`` working days (Saturdays and Sundays skipped; holidays are not known)."""
    current, left = start, days
    while left > 0:
        current += timedelta(days=1)
        if current.weekday() < 5:
            left -= 1
    return current
