"""Nationwide agency names: abbreviation expansion, canonical names, kinds and match keys.

Works without any province file: "Sở KH&ĐT" -> "Sở Kế hoạch và Đầu tư", "UBND TP Điện Biên Phủ" ->
"Ủy ban nhân dân thành phố Điện Biên Phủ", "Giám đốc Sở Y tế" -> "Sở Y tế". The patterns live in
the package data file ``dondoc/data/agencies/national.json`` (loaded once, on first use).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Any

from dondoc.domain.agency_lexicon import is_group_phrase, strip_title
from dondoc.domain.text import fold, new_tone_placement, nfc

_SUBJECT_HEADS = ("Sở", "Bộ", "Phòng", "sở", "bộ", "phòng", "ngành", "Ngành")
_MAX_SUBJECT_TOKENS = 9
_TRAILING_PUNCT = ",;.:)"


# Old tone placement at the end of a syllable only ("hoà" -> "hòa", "Uỷ" -> "Ủy"; "hoạch", "quý" kept).
_SYLLABLE_END_TONE_RE = re.compile(r"(?<![qQ])(?:[oO][àáảãạèéẻẽẹ]|[uU][ỳýỷỹỵ])(?!\w)")


def tidy_tones(text: str) -> str:
    """New tone placement on syllable-final vowel pairs only (dondoc.domain.text.new_tone_placement
    also rewrites 'hoạch' and 'quý', which must stay)."""
    text = nfc(text)
    return _SYLLABLE_END_TONE_RE.sub(lambda m: new_tone_placement(m.group(0)), text)


def data_text(name: str) -> str:
    """The text of a package data file under dondoc/data/agencies/."""
    return resources.files("dondoc").joinpath("data", "agencies", name).read_text(encoding="utf-8")


@dataclass(frozen=True)
class Subject:
    """What follows Sở/Bộ/Phòng: 'Kế hoạch và Đầu tư', valid until, and its successor subject."""

    name: str
    until: date | None = None
    successor: str | None = None


@dataclass(frozen=True)
class NationalData:
    subjects: dict[str, Subject]  # compact key -> subject
    abbreviations: tuple[tuple[str, str], ...]
    abbreviation_re: re.Pattern[str]
    bodies: dict[str, tuple[str, str]]  # folded alias -> (name, kind)
    body_successors: dict[str, tuple[date, str]]  # folded name -> (until, successor name)
    provinces: dict[str, str]  # folded province name -> data file


def compact(text: str) -> str:
    """'KH&ĐT' -> 'khdt'; 'Kế hoạch - Đầu tư' -> 'kehoachdautu' (folded, without 'và' and spaces)."""
    return "".join(w for w in fold(text).split() if w != "va")


def _day(value: Any) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) and value else None


@lru_cache(maxsize=1)
def national() -> NationalData:
    raw = json.loads(data_text("national.json"))
    subjects: dict[str, Subject] = {}
    for item in raw["subjects"]:
        subject = Subject(item["name"], _day(item.get("until")), item.get("successor"))
        for variant in (item["name"], *item.get("aliases", [])):
            subjects.setdefault(compact(variant), subject)
    abbreviations = tuple((a, f) for a, f in sorted(raw["abbreviations"], key=lambda p: -len(p[0])))
    pattern = "|".join(re.escape(a).replace(r"\ ", r"\s+") for a, _ in abbreviations)
    bodies: dict[str, tuple[str, str]] = {}
    successors: dict[str, tuple[date, str]] = {}
    for body in raw["national_bodies"]:
        for variant in (body["name"], *body.get("aliases", [])):
            bodies.setdefault(fold(variant), (body["name"], body["kind"]))
        until = _day(body.get("until"))
        if until and body.get("successor"):
            successors[fold(body["name"])] = (until, body["successor"])
    return NationalData(
        subjects=subjects,
        abbreviations=abbreviations,
        abbreviation_re=re.compile(rf"(?<!\w)(?:{pattern})(?!\w)"),
        bodies=bodies,
        body_successors=successors,
        provinces={fold(k): v for k, v in raw["provinces"].items()},
    )


def _expand_subjects(text: str) -> str:
    """Replace the subject after each Sở/Bộ/Phòng by its full name ('Sở TN&MT' -> 'Sở Tài nguyên và Môi trường')."""
    subjects = national().subjects
    tokens = list(re.finditer(r"\S+", text))
    out: list[str] = []
    pos = 0
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        word = tok.group(0).rstrip(_TRAILING_PUNCT)
        lower_ok = word == "ngành" or i == 0 or _after_plural(tokens, i)
        if word not in _SUBJECT_HEADS or (word[0].islower() and not lower_ok):
            i += 1
            continue
        for n in range(min(_MAX_SUBJECT_TOKENS, len(tokens) - i - 1), 0, -1):
            span = tokens[i + 1 : i + 1 + n]
            start, end = span[0].start(), span[-1].end()
            while end > start and text[end - 1] in _TRAILING_PUNCT:
                end -= 1
            subject = subjects.get(compact(text[start:end]))
            if subject:
                out.append(text[pos:start] + subject.name)
                pos = end
                i += n
                break
        i += 1
    out.append(text[pos:])
    return "".join(out)


def _after_plural(tokens: list[re.Match[str]], i: int) -> bool:
    return i > 0 and tokens[i - 1].group(0).lower() in ("các", "những")


def expand_abbreviations(text: str) -> str:
    """Expand UBND, HĐND, KBNN, BQLDA, TP... and the subjects after Sở/Bộ/Phòng (whole words only)."""
    data = national()
    text = _expand_subjects(text)
    table = {re.sub(r"\s+", " ", a): f for a, f in data.abbreviations}

    def full(m: re.Match[str]) -> str:
        return table[re.sub(r"\s+", " ", m.group(0))]

    return data.abbreviation_re.sub(full, text)


@lru_cache(maxsize=8192)
def canonical_name(mention: str) -> str:
    """The full official form of a mention, without any registry: titles dropped, abbreviations
    expanded, new tone placement, spaces tidied. 'Chủ tịch UBND các huyện' -> 'Ủy ban nhân dân các huyện'."""
    text = tidy_tones(" ".join(mention.split())).strip(" \t,;:.-–+*\"'“”()")
    text = strip_title(text)
    text = expand_abbreviations(text)
    text = re.sub(r"\s*-\s*", " - ", text) if " - " in text else text
    text = " ".join(text.split())
    body = national().bodies.get(fold(text))
    if body:
        return body[0]
    if (
        text
        and not is_group_phrase(text)
        and text[0].islower()
        and text.split()[0] in ("sở", "bộ", "ban", "phòng")
    ):
        text = text[0].upper() + text[1:]
    return text


_ADMIN_WORDS = ("huyen", "xa", "phuong", "tran", "quan", "pho", "tinh", "khu", "vuc")


def strip_place(key: str, place: str) -> str:
    """Drop the province from a folded name: 'so y te tinh dien bien' -> 'so y te' (place 'dien bien').

    A bare place name is dropped only when it does not name a district or commune ('huyen dien bien')."""
    if place:
        if key.endswith(" " + place):
            head = key[: -len(place) - 1]
            last = head.rsplit(" ", 1)[-1]
            if head.endswith((" tinh", " thanh pho")) or last not in _ADMIN_WORDS:
                key = head
    for suffix in (" tinh", " thanh pho", " cua tinh", " thuoc tinh"):
        if key.endswith(suffix) and len(key) > len(suffix):
            key = key[: -len(suffix)]
            break
    for suffix in (" cua", " thuoc"):
        if key.endswith(suffix):
            key = key[: -len(suffix)]
    return key


@lru_cache(maxsize=16384)
def match_key(mention: str, place: str = "") -> str:
    """Folded key used to look a mention up in a registry (place: folded province name)."""
    return strip_place(fold(canonical_name(mention)), place)


def place_of(issuer: str | None) -> str:
    """'Ủy ban nhân dân tỉnh Điện Biên' -> 'dien bien' (folded; '' when the issuer names no province)."""
    if not issuer:
        return ""
    m = re.search(r"\b(?:tinh|thanh pho)\s+(.+)$", fold(issuer))
    return m.group(1) if m else ""


_KIND_RULES: tuple[tuple[str, str], ...] = (
    (
        r"^uy ban nhan dan (?:tinh|thanh pho (?:ha noi|ho chi minh|hai phong|da nang|can tho|hue)$)",
        "ubnd_tinh",
    ),
    (r"^uy ban nhan dan (?:cac |cap )?(?:huyen|quan|thi xa|thanh pho)", "ubnd_huyen"),
    (r"^uy ban nhan dan (?:cac |cap )?(?:xa|phuong|thi tran|dac khu)", "ubnd_xa"),
    (r"^hoi dong nhan dan", "hdnd"),
    (r"^(?:van phong uy ban nhan dan|van phong doan dai bieu|thanh tra tinh|thanh tra thanh pho)", "so"),
    (r"^so ", "so"),
    (r"^ban quan ly du an|^ban qlda|chu dau tu", "ban_qlda"),
    (r"^ban (?:dan toc|quan ly khu)", "ban"),
    (
        r"^(?:tinh uy|thanh uy|huyen uy|dang uy|ban (?:thuong vu|chap hanh|tuyen giao|dan van|to chuc|noi chinh))",
        "dang",
    ),
    (r"^(?:uy ban kiem tra) .*uy$", "dang"),
    (
        r"^(?:uy ban mat tran|mat tran|hoi |hiep hoi|lien doan lao dong|tinh doan|thanh doan|huyen doan|doan thanh nien|lien minh|lien hiep|cong doan)",
        "doan_the",
    ),
    (
        r"^(?:bo chi huy|bo tu lenh|bo doi bien phong|cong an|kho bac|cuc |tong cuc|thue |ngan hang nha nuoc|ngan hang chinh sach|bao hiem xa hoi|vien kiem sat|toa an|chi cuc thue|thi hanh an|kiem toan)",
        "trung_uong",
    ),
    (r"^bo ", "bo"),
    (r"^(?:cong ty|tong cong ty|tap doan|ngan hang|dien luc|vien thong|buu dien)", "doanh_nghiep"),
    (
        r"^(?:phong |van phong so|chi cuc|doan kiem tra|doan cong tac|to cong tac|to giup viec|hoi dong)",
        "don_vi",
    ),
    (r"^(?:trung tam|dai |bao |truong |benh vien|vien |ban bien tap|hat kiem lam)", "su_nghiep"),
)

KINDS: dict[str, str] = {
    "ubnd_tinh": "Ủy ban nhân dân tỉnh",
    "hdnd": "Hội đồng nhân dân",
    "so": "Sở và cơ quan tương đương sở",
    "ban": "Ban thuộc Ủy ban nhân dân tỉnh",
    "ubnd_huyen": "Ủy ban nhân dân cấp huyện",
    "ubnd_xa": "Ủy ban nhân dân cấp xã",
    "ban_qlda": "Ban Quản lý dự án",
    "trung_uong": "Cơ quan Trung ương đóng tại địa phương",
    "bo": "Bộ, cơ quan ngang bộ",
    "chinh_phu": "Chính phủ, Quốc hội",
    "doanh_nghiep": "Doanh nghiệp",
    "dang": "Cơ quan Đảng",
    "doan_the": "Mặt trận và đoàn thể",
    "don_vi": "Đơn vị thuộc cơ quan (phòng, chi cục, đoàn kiểm tra)",
    "su_nghiep": "Đơn vị sự nghiệp (trung tâm, đài, báo, trường)",
    "khac": "Khác",
}


@lru_cache(maxsize=1)
def _kind_res() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(p), k) for p, k in _KIND_RULES)


@lru_cache(maxsize=8192)
def kind_of(name: str) -> str | None:
    """The kind of agency a (canonical) name denotes, by its head: 'Sở Y tế' -> 'so'; None if unknown."""
    key = fold(name)
    body = national().bodies.get(key)
    if body:
        return body[1]
    key = re.sub(r"^(?:cac|nhung) ", "", key)
    for regex, kind in _kind_res():
        if regex.search(key):
            return kind
    return None


@lru_cache(maxsize=4096)
def current_name(name: str, at: date) -> str:
    """The nationwide successor name at a date: 'Sở Kế hoạch và Đầu tư' at 2026 -> 'Sở Tài chính'."""
    canonical = canonical_name(name)
    key = fold(canonical)
    succ = national().body_successors.get(key)
    if succ and at > succ[0]:
        return current_name(succ[1], at)
    m = re.match(r"^(Sở|Bộ)\s+(.+?)(\s+(?:tỉnh|thành phố)\s.*)?$", canonical)
    if not m:
        return canonical
    subject = national().subjects.get(compact(m.group(2)))
    if subject and subject.until and subject.successor and at > subject.until:
        return current_name(f"{m.group(1)} {subject.successor}{m.group(3) or ''}", at)
    return canonical
