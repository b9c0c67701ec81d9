"""Numbers as Vietnamese documents write them: "3,65" (decimal comma), "1.234,5" and "12.000"
(dot groups thousands), "95%"; English-style "1,234.5" is read when it cannot be anything else.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dondoc.extraction.model import Span

# A number token: digits with optional "." / "," groups and at most one decimal part. Means
# r"(?<![\w.,/])\d+(?:[.,]\d+)*(?![\d/])", written to start with a digit (the lookbehind checks the
# character before it) so that the regex engine skips fast to the next digit.
_NUMBER = re.compile(r"\d(?<![\w.,/].)\d*(?:[.,]\d+)*(?![\d/])")
_DIGIT_GROUPS = re.compile(r"\d+(?:[.,]\d+)*")
_GROUPED_DOTS = re.compile(r"\d{1,3}(?:\.\d{3})+")
_GROUPED_COMMAS = re.compile(r"\d{1,3}(?:,\d{3})+")


@dataclass(frozen=True, slots=True)
class NumberMatch:
    value: float
    text: str
    span: Span
    percent: bool = False


def parse_vn_number(text: str) -> float | None:
    """The value of one number written the Vietnamese way, or None when ``text`` is not a number.

    "3,65" -> 3.65; "1.234,5" -> 1234.5; "12.000" -> 12000; "95%" -> 95; "1,234.5" -> 1234.5.
    """
    s = text.strip().replace("\u00a0", "").replace(" ", "")
    if s.endswith("%"):
        s = s[:-1]
    s = s.lstrip("+")
    if not s or not _DIGIT_GROUPS.fullmatch(s):
        return None
    has_dot, has_comma = "." in s, "," in s
    if has_dot and has_comma:
        if s.rfind(",") > s.rfind("."):  # 1.234,5
            int_part, _, frac = s.rpartition(",")
            if not _GROUPED_DOTS.fullmatch(int_part):
                return None
            return float(int_part.replace(".", "") + "." + frac)
        int_part, _, frac = s.rpartition(".")  # 1,234.5
        if not _GROUPED_COMMAS.fullmatch(int_part):
            return None
        return float(int_part.replace(",", "") + "." + frac)
    if has_dot:
        if _GROUPED_DOTS.fullmatch(s):  # 12.000, 1.234.567
            return float(s.replace(".", ""))
        if s.count(".") == 1:  # 2.80 (a measure written with a point), 3.5
            return float(s)
        return None
    if has_comma:
        if s.count(",") == 1:  # 3,65 and also 12,000 (Vietnamese reading: a decimal)
            return float(s.replace(",", "."))
        if _GROUPED_COMMAS.fullmatch(s):  # 1,234,567
            return float(s.replace(",", ""))
        return None
    return float(s)


def find_numbers(text: str) -> list[NumberMatch]:
    """Every number in ``text`` with its span ("%" included in the span when it follows)."""
    found: list[NumberMatch] = []
    for m in _NUMBER.finditer(text):
        token = m.group(0)
        # plain digits (the commonest token) are what parse_vn_number reads with float()
        value = parse_vn_number(token) if "." in token or "," in token else float(token)
        if value is None:
            continue
        start, end = m.span()
        if text.startswith("%", end):
            found.append(NumberMatch(value, text[start : end + 1], Span(start, end + 1), True))
        elif text.startswith(" %", end):
            found.append(NumberMatch(value, text[start : end + 2], Span(start, end + 2), True))
        else:
            found.append(NumberMatch(value, token, Span(start, end), False))
    return found
