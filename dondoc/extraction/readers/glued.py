"""Find words glued together by careless exports ("nhân dântỉnh", "Điều 1.Giao").

The heuristic is deliberately narrow, because a wrong split corrupts good text:

1. A lower-case letter run that is not one Vietnamese syllable but splits in exactly one
   way into two syllables ("dântỉnh" -> "dân|tỉnh"), and carries at least one Vietnamese
   diacritic (so English or chemical words such as "internet", "canxi" are never touched).
   Vietnamese writes one syllable per word, so two vowel nuclei in one lower-case word is
   the signature of a lost space.
2. A lower-case syllable running into a capitalised syllable ("dânTỉnh"), both well
   formed and at least one with a Vietnamese diacritic (brand names such as "VietinBank"
   or "CanxiCacbonat" are plain ASCII or not syllables, and stay as written).
3. A numbered heading marker glued to its title: "Điều 1.Giao", "Khoản 2.Các", or a
   line starting "1.Giao" / "II.Nhiệm" followed by a capitalised word.

Further guards: the first part has at least two letters and either a diacritic or a final
consonant ("makét" stays whole), the word is made only of Vietnamese letters and is not
attached to digits, hyphens, slashes or "@" (codes, names, addresses), words longer than 14
letters are left alone, and all upper-case words are never split (too little evidence in
"NHÂNDÂN"-like headings). Ambiguous splits ("tổchức": "tổ|chức" or "tổc|hức") are left as
written. Known misses: a vowel-final syllable glued to a vowel-initial one ("vềỦy").
"""

from __future__ import annotations

import re

from dondoc.extraction.readers.syllables import CONSONANT_CHARS, LETTER_CHARS, VOWEL_CHARS, is_syllable

_L = LETTER_CHARS
_LOWER = "".join(ch for ch in _L if ch.islower())
_UPPER = "".join(ch for ch in _L if ch.isupper())
_V = VOWEL_CHARS
_C = CONSONANT_CHARS

_LETTERS = frozenset(_L)
_JOINERS = frozenset("0123456789_-'’@/\\")  # a word joined to these is a code, a name or an address
_CODA_END = frozenset("cmnptgh")
# Two vowel nuclei in one letter run (also catches "dânTỉnh"), and a glued heading marker.
# Two separate passes: an alternation of both is several times slower.
_CANDIDATE = re.compile(f"[{_V}][{_C}]+[{_V}]")
_DOT_UPPER = re.compile(f"\\.[{_UPPER}]")
_CAMEL_PART = re.compile(f"[{_UPPER}]?[{_LOWER}]+")
_MARKER_BEFORE = re.compile(
    r"(?:(?:Điều|Khoản|Mục|Chương|Phần)\s+[0-9IVXLC]+|^\s*(?:[0-9]{1,2}|[IVX]{1,5}))$"
)
_ASCII = re.compile(r"[A-Za-z]+")
_MAX_WORD = 14


def _has_diacritic(word: str) -> bool:
    return _ASCII.fullmatch(word) is None


def _split_point(word: str) -> int | None:
    """The one index splitting ``word`` into two syllables, else None."""
    found = None
    for i in range(2, len(word) - 1):
        if is_syllable(word[:i]) and is_syllable(word[i:]):
            if found is not None:
                return None
            found = i
    return found


def _word_points(word: str) -> list[int]:
    if len(word) > _MAX_WORD or word.isupper() or not _has_diacritic(word):
        return []
    parts = _CAMEL_PART.findall(word)
    if len(parts) > 1:
        if "".join(parts) != word:
            return []
        out, pos = [], 0
        for left, right in zip(parts, parts[1:], strict=False):
            pos += len(left)
            ok = len(left) >= 2 and is_syllable(left) and is_syllable(right)
            if ok and (right[0] in CONSONANT_CHARS or len(right) >= 3):
                out.append(pos)
        return out
    if is_syllable(word):
        return []
    i = _split_point(word)
    if i is None or not (_has_diacritic(word[:i]) or word[i - 1] in _CODA_END):
        return []
    return [i]


def glue_points(text: str) -> list[int]:
    """Offsets in ``text`` where a missing space should be inserted, ascending."""
    points: set[int] = set()
    done_until = -1
    for m in _DOT_UPPER.finditer(text):
        at = m.start()
        head = text[max(0, at - 24) : at]
        tail = text[at + 1 : at + 3]
        if len(tail) == 2 and tail[1].islower() and _MARKER_BEFORE.search(head):
            points.add(at + 1)
    for m in _CANDIDATE.finditer(text):
        at = m.start()
        if at < done_until:
            continue
        start, end = at, m.end()
        while start > 0 and (text[start - 1].isalpha() or text[start - 1] in _JOINERS):
            start -= 1
        while end < len(text) and (text[end].isalpha() or text[end] in _JOINERS):
            end += 1
        done_until = end
        word = text[start:end]
        if all(ch in _LETTERS for ch in word):  # only words written in Vietnamese letters
            points.update(start + p for p in _word_points(word))
    return sorted(points)
