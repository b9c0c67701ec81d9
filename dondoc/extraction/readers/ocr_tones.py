"""Tone marks that OCR lost or misread in the words agencies' names are made of.

OCR of scanned Vietnamese often drops a tone mark ("UBND câp huyện", "tập huân") or reads one for
another ("thành phó", "đoàn thê", "Liên mỉnh"). Two kinds of evidence are used, both about the
language, not about a document:

- a syllable that ends in a stop consonant (p, t, c, ch) carries the sắc or nặng tone, never
  another: "câp", "xuât", "thuôc" cannot be Vietnamese. Such a syllable is given back its tone when
  one reading is by far the usual one in administrative text (``_STOP_SYLLABLES``), or when the
  next word decides ("câp nhật" is "cập nhật");
- a few pairs of words that are no phrase as read but are one with one mark changed
  ("tô chức" is "tổ chức", "thành phó" is "thành phố"), looked for only in a text that shows the
  first kind of damage somewhere (a clean text costs one scan).

Every repair replaces one character by one character (NFC), so offsets do not move: the clean text
is repaired, ``raw`` keeps the source's wording for quotes.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dondoc.extraction.model import Block, SourceMap, TextDocument

# Toneless stop-final syllables (as OCR leaves them) -> the word they nearly always stand for.
_STOP_SYLLABLES = {
    "câp": "cấp",
    "xuât": "xuất",
    "kêt": "kết",
    "quyêt": "quyết",
    "tiêp": "tiếp",
    "chât": "chất",
    "tât": "tất",
    "trât": "trật",
    "thuôc": "thuộc",
    "hơp": "hợp",
    "đươc": "được",
    "viêc": "việc",
    "thưc": "thực",
    "lưc": "lực",
    "môt": "một",
    "lâp": "lập",
    "tâp": "tập",
    "nhâp": "nhập",
    "nghiêp": "nghiệp",
    "hiêp": "hiệp",
    "thiêt": "thiết",
    "nhât": "nhất",
    "đât": "đất",
    "bât": "bất",
    "tưc": "tức",
    "mưc": "mức",
    "chưc": "chức",
    "đôc": "đốc",
    "luât": "luật",
    "trưc": "trực",
    "bâc": "bậc",
    "châp": "chấp",
    "triêt": "triệt",
}
# The next word decides between the two tones.
_BEFORE = {("câp", "nhật"): "cập", ("viêt", "nam"): "việt", ("biêt", "phái"): "biệt"}
# Pairs that are no phrase as read (a mark misread on one syllable).
_PAIRS = {
    "tô chức": "tổ chức",
    "đoàn thê": "đoàn thể",
    "thành phó": "thành phố",
    "liên mỉnh": "liên minh",
    "triên khai": "triển khai",
    "phô biến": "phổ biến",
    "kê hoạch": "kế hoạch",
    "đâu tư": "đầu tư",
    "phân mềm": "phần mềm",
    "tập huân": "tập huấn",
    "ân phẩm": "ấn phẩm",
    "thông tỉn": "thông tin",
    "bản ngành": "ban ngành",
    "cập huyện": "cấp huyện",
    "cập xã": "cấp xã",
    "cập tỉnh": "cấp tỉnh",
    "nâng cập": "nâng cấp",
}
# A toneless circumflex or horn vowel right before a final stop: the sign of a lost mark (fast to find).
_STOP_FINAL = re.compile(r"[âêôơưÂÊÔƠƯ](?:ch|c|p|t)(?![^\W\d_])")
_WORD_START = re.compile(r"[^\W\d_]*$")
_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")
# Each pair as written in lower case and capitalised (str.find on a few literals is fast).
_PAIR_FORMS = tuple(
    (form, _PAIRS[key] if form[0].islower() else _PAIRS[key][0].upper() + _PAIRS[key][1:])
    for key in _PAIRS
    for form in (key, key[0].upper() + key[1:])
)


def _cased(original: str, repaired: str) -> str:
    """``repaired`` with the case of ``original``, letter by letter (same length)."""
    return "".join(r.upper() if o.isupper() else r for o, r in zip(original, repaired, strict=True))


def repair_text(text: str) -> str:
    """``text`` with the lost tone marks of ``_STOP_SYLLABLES``/``_PAIRS`` given back (same length)."""
    stops = list(_STOP_FINAL.finditer(text))
    if not stops:
        return text  # a text with no lost stop tone shows no OCR damage: the pairs are not looked for
    pairs = [(form, new) for form, new in _PAIR_FORMS if form in text]
    chars = list(text)

    def put(start: int, old: str, new: str) -> None:
        for k, ch in enumerate(_cased(old, new)):
            chars[start + k] = ch

    for m in stops:
        head = _WORD_START.search(text, max(0, m.start() - 8), m.start())
        start = head.start() if head else m.start()
        end = m.end()
        word = text[start:end].lower()
        nxt = _NEXT_WORD.match(text, end)
        choice = _BEFORE.get((word, nxt.group(1).lower())) if nxt else None
        choice = choice or _STOP_SYLLABLES.get(word)
        if choice and len(choice) == len(word):
            put(start, text[start:end], choice)
    for form, new in pairs:
        at = text.find(form)
        while at >= 0:
            after = at + len(form)
            whole = (at == 0 or not text[at - 1].isalpha()) and (
                after == len(text) or not text[after].isalpha()
            )
            if whole:
                for k, ch in enumerate(new):
                    chars[at + k] = ch
            at = text.find(form, after)
    return "".join(chars)


def repair_ocr_tones(doc: TextDocument) -> TextDocument:
    """``doc`` with its clean text (blocks and cells too) repaired; the source wording kept in ``raw``."""
    text = repair_text(doc.text)
    if text == doc.text:
        return doc
    blocks = [
        Block(
            text=text[b.span.start : b.span.end],
            span=b.span,
            kind=b.kind,
            cells=tuple(repair_text(c) for c in b.cells),
            table=b.table,
        )
        for b in doc.blocks
    ]
    if doc.raw:
        return replace(doc, text=text, blocks=blocks)
    smap = SourceMap()
    smap.add(0, 0)  # same length: every clean offset is its own source offset
    return replace(doc, text=text, blocks=blocks, raw=doc.text, source_map=smap)
