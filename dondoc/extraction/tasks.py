"""Assignments: who leads, who supports, by when.

One task per paragraph, list item or table row of the operative body that names who acts (see
GUIDE.md). A heading that names an agency ("2. Sở Kế hoạch và Đầu tư:") lends it to every paragraph
and item below it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from dondoc.extraction.layout_tables import layout_rows
from dondoc.extraction.mention_lexicon import _UP, fold, is_generic_name
from dondoc.extraction.mentions import Mention, find_mentions
from dondoc.extraction.model import AgencyRef, Deadline, Header, Section, Span, Task, TextDocument
from dondoc.extraction.structure import Paragraph, build_tree, paragraphs
from dondoc.extraction.task_body import MAX_ADDRESSEES, THIS_DOC, body_start, is_formulaic, off_zones
from dondoc.extraction.task_clauses import (
    Parties,
    closing_rest,
    is_bare_heading,
    is_intro,
    only_formula,
    parties,
)
from dondoc.extraction.task_tables import field_tasks, is_field, table_tasks, trailer_tasks

Resolver = Callable[[Mention], AgencyRef]


def _deadline_parser() -> Callable[[str, date | None], Deadline]:
    try:
        from dondoc.extraction import deadlines  # noqa: PLC0415 (lands later)
    except ImportError:
        return lambda clause, doc_date: Deadline()
    fn = getattr(deadlines, "parse_deadline", None)
    if fn is None:
        return lambda clause, doc_date: Deadline()
    return fn  # type: ignore[no-any-return]


def _resolver(header: Header) -> tuple[Resolver, list[str]]:
    from dondoc.domain import agencies  # noqa: PLC0415

    registry = None
    loader = getattr(agencies.Registry, "load_default", None)
    if loader is not None:
        try:
            registry = loader()
        except Exception:  # noqa: BLE001 (a registry that cannot load leaves names as written)
            registry = None
    unresolved: list[str] = []
    own_units = fold(header.issuer or "").startswith("so ")

    def resolve(m: Mention) -> AgencyRef:
        name, agency_id, group, generic = m.name, None, m.group, m.generic
        if own_units and not group and fold(name) in _OWN_UNITS:
            name = f"{name} Sở"  # a department's own "Văn phòng", "Công đoàn": its units
        if registry is not None:
            res = registry.resolve(m.name, at=header.date, issuer=header.issuer)
            if res.kind != "unknown":
                own = fold(name)
                if res.name and not (own.startswith(fold(res.name)) and own != fold(res.name)):
                    name = res.name
                agency_id = res.agency.id if res.agency else None
                group = group or res.kind == "group"
                generic = generic or res.generic
            elif not generic:
                unresolved.append(m.text)
        return AgencyRef(name=name, mention=m.text, group=group, generic=generic, agency_id=agency_id)

    return resolve, unresolved


# Units every department has, named bare inside its own documents ("Văn phòng chủ trì" = "Văn phòng Sở").
_OWN_UNITS = frozenset(
    {
        "van phong",
        "thanh tra",
        "cong doan",
        "chi doan",
        "chi bo",
        "dang uy",
        "ban giam doc",
        "hoi dong thi dua khen thuong",
        "hoi dong khoa hoc",
    }
)


def _heading_parties(sec: Section, cache: dict[int, Parties | None], issuer: str | None) -> Parties | None:
    key = id(sec)
    if key not in cache:
        intro = sec.title.rstrip().endswith(":")
        p = parties(sec.title, issuer) if intro or sec.kind not in ("dash", "plus") else Parties()
        if not any(not x.generic for x in p.leads) and sec.kind not in ("dash", "plus"):
            p = _class_heading(sec.title) or p
        cache[key] = p if p.leads and not all(x.generic for x in p.leads) else None
    return cache[key]


# "5. Chủ đầu tư các khu đô thị:", "5. Doanh nghiệp trên địa bàn tỉnh", "2. Các cơ quan chủ trì các dự án":
# a heading that is only a class of bodies names who carries out the paragraphs below it.
_CLASS_HEADING = re.compile(
    r"^(?:(?:Các|các|Những|những)\s+)?(?:[Cc]hủ đầu tư|[Dd]oanh nghiệp|[Nn]hà đầu tư|[Nn]hà thầu|[Cc]ơ quan|[Đđ]ơn vị"
    r"|[Hh]ợp tác xã)(?:\s+[^\s.;:]+){0,11}\s*:?$"
)


def _class_heading(title: str) -> Parties | None:
    text = title.strip()
    if not _CLASS_HEADING.match(text):
        return None
    raw = text.rstrip(" :")
    name = raw[:1].lower() + raw[1:]
    if not name.startswith(("các ", "những ")):
        name = "các " + name
    m = Mention(raw, name, 0, len(raw), group=True, generic=is_generic_name(name))
    return Parties(leads=[m], how="heading", rest="")


def extract_tasks(
    doc: TextDocument, sections: list[Section], header: Header, paras: list[Paragraph] | None = None
) -> list[Task]:
    """Tasks of ``doc``; ``paras`` are its paragraphs when ``sections`` was built on them already."""
    parties.cache_clear()  # the memo serves one document (its headings are read once per paragraph)
    if paras is None:
        paras = paragraphs(doc)
        roots = build_tree(paras)
    else:
        paras, roots = list(paras), sections
    parse_deadline = _deadline_parser()
    resolve, unresolved = _resolver(header)
    start, addressees = body_start(doc, paras, header)
    end = len(paras)
    off = off_zones(paras, start)
    letter_to = addressees if len(addressees) <= MAX_ADDRESSEES else []
    if len(addressees) > 2:
        addressees = []  # a long list: the body says which of them does what
    parents = _parent_map(roots)
    cache: dict[int, Parties | None] = {}
    tasks: list[Task] = []
    consumed: set[int] = set()
    carry: tuple[Parties, Section | None] | None = None
    sibling_carry = False  # the carry comes from a numbered intro whose list runs on in its numbering
    quoted: Section | None = None
    for sec_task in trailer_tasks(doc, paras[start:end], header, resolve, parse_deadline):
        if any(not x.generic for x in sec_task[0].lead):
            tasks.append(sec_task[0])
        consumed.update(sec_task[1])
    rest = [q for q in paras[start:end] if id(q) not in consumed]
    for sec_task in field_tasks(doc, rest, parents, header, resolve, parse_deadline):
        tasks.append(sec_task[0])
        consumed.update(sec_task[1])
    tasks.extend(table_tasks(doc, paras[start:], header, resolve, parse_deadline))
    laid_out = _layout_tasks(doc, paras, header, resolve, parse_deadline)
    tasks.extend(task for task, _ in laid_out)
    covered = [span for _, span in laid_out]
    if 0 < start < len(paras) and paras[start - 1].marker_kind is None:
        # "..., Sở Tài chính đề nghị các cơ quan, đơn vị:" just before a letter's numbered items
        before = paras[start - 1]
        asked = _to_addressees(parties(_last_sentence(before.body)[1], header.issuer), letter_to)
        if before.body.rstrip().endswith(":") and asked.how == "addressee":
            carry = (asked, None)  # the whole body
    for idx in range(start, end):
        p = paras[idx]
        if (
            idx in off
            or id(p) in consumed
            or any(p.span.start < c.end and p.span.end > c.start for c in covered)
            or p.kind == "table_row"
            or p.text.count("|") >= 2
            or is_formulaic(p.body)
        ):
            continue
        if is_field(p.body) or len(p.body.strip(" .:;,-")) < 3:
            continue  # a field of a task above, or a bare marker ("8)" left alone by OCR)
        if (
            p.marker_kind is None
            and len(p.body) < 60
            and p.body.rstrip().endswith(":")
            and not parties(p.body, header.issuer).leads
        ):
            continue  # a label over the lines below it ("Chế độ báo cáo:")
        # a numbered item "2. Yêu cầu các sở ... triển khai." may be an assignment; the closing formula stands
        # unnumbered, ends the body ("./.") or names the document itself ("... thực hiện Chỉ thị này")
        # (a heading "2. Đề nghị X tổ chức thực hiện" over items is no task either: the items carry X)
        has_children = p.section is not None and p.section.title == p.body and bool(p.section.children)
        closing = (
            p.marker_kind is None
            or has_children
            or p.body.rstrip().endswith("./.")
            or (" này" in p.body and THIS_DOC.search(p.body) is not None)
        )
        own = parties(p.body, header.issuer)
        remainder = closing_rest(p.body, header.issuer, own) if closing else None
        if remainder == "":
            continue  # "UBND tỉnh yêu cầu Thủ trưởng các sở ... nghiêm túc thực hiện Chỉ thị này./."
        if (
            own.leads
            and p.body.rstrip().endswith("./.")
            and THIS_DOC.search(p.body)
            and only_formula(own.rest)
        ):
            continue  # "2. Thủ trưởng các sở ... tổ chức thực hiện nghiêm túc Chỉ thị này./."
        if remainder is not None:
            own = parties(remainder, header.issuer)
        if carry is not None and (
            not _within(p.section, carry[1], parents) or (p.marker_kind is None and p.body.endswith(":"))
        ):
            carry = None
        if carry is None:
            sibling_carry = False
        single, last = _last_sentence(p.body)
        if p.body.rstrip().endswith(":") and (p.marker_kind is None or has_children):
            # "X có trách nhiệm:" / "- X thực hiện các nội dung sau:" lends X to the items below it;
            # a one-sentence intro is no task itself.
            intro = _to_addressees(own if single else parties(last, header.issuer), letter_to)
            if any(not x.generic for x in intro.leads):
                if p.marker_kind is None:
                    carry = (intro, p.section)
                if single and (p.marker_kind is not None or is_intro(intro)):
                    continue
        elif (
            single
            and p.body.rstrip().endswith(":")
            and p.marker_kind in ("number", "paren", "letter")
            and any(not x.generic for x in own.leads)
            and _sibling_list_follows(paras, idx, end, parents, header.issuer)
        ):
            # "1. Giao phòng X thực hiện các công việc sau:" then "2. Tổ chức ...", "3. Chuẩn bị ...": the
            # numbering runs on, but the items after the intro are its list
            carry = (own, parents.get(id(p.section)))
            sibling_carry = True
            continue
        if sibling_carry and carry is not None and any(not x.generic for x in own.leads):
            carry = None  # a sibling that names its own lead ends the list
        if quoted is not None and (
            p.marker_kind not in (None, "dash", "plus", "paren", "letter")
            or not _within(p.section, quoted, parents)
        ):
            quoted = None
        inherited = _inherited(p, parents, cache, header.issuer) if quoted is None else None
        shared: list[Mention] = []  # supports a distributive intro lends to every item below it
        if carry is not None and p.marker_kind is not None and _within(p.section, carry[1], parents):
            inherited = _inherited(p, parents, cache, header.issuer, stop=carry[1]) or carry[0]
            if all(x.group for x in carry[0].leads):
                shared = carry[0].supports
        elif inherited is not None and inherited.leads and all(x.group for x in inherited.leads):
            shared = inherited.supports
        if (
            quoted is None
            and p.body.rstrip().endswith(":")
            and (_QUOTES_LAW.search(p.body) or _ENUMERATES.search(p.body))
        ):
            # the items below quote a regulation or list contents ("lưu ý các dữ liệu về:"): no assignment
            quoted = p.section
        if (
            own.how == "subject"
            and p.marker_kind in ("dash", "plus")
            and inherited is not None
            and any(not x.generic for x in inherited.leads)
            and _ASKS_OTHERS.match(p.body)
        ):
            # under "2. Sở X:", "- Yêu cầu các chủ đầu tư ..." is Sở X's action; the bodies named are its object
            own = Parties(supports=own.supports)
        if own.leads and is_bare_heading(own):
            continue  # a heading; its paragraphs carry the agency
        if not own.leads and has_children and len(p.body) < 160 and not p.body.endswith(".") and single:
            continue  # a topic heading ("2. Các hoạt động chính")
        if (
            not own.leads
            and p.marker_kind is not None
            and len(p.body) < 240
            and _TOPIC.match(p.body)
            and not p.body.rstrip().endswith((".", ";", ":"))
        ):
            continue  # "2.3. Đối với công tác quản lý ... khoáng sản", "1.5. Về việc lập bản đồ hiện trạng"
        leads = [x for x in own.leads if not x.generic]
        supports = list(own.supports)
        how = own.how
        if not leads and inherited is not None:
            leads = [x for x in inherited.leads if not x.generic]
            keys = {fold(x.name) for x in leads} | {fold(x.name) for x in supports}
            supports += [s for s in inherited.supports if fold(s.name) not in keys]
            how = "heading"
        if leads and shared:
            # "Các sở, ngành phối hợp với Sở X triển khai:" then "2.1. Công an Thành phố: ..." (X supports each)
            keys = {fold(x.name) for x in leads} | {fold(x.name) for x in supports}
            supports += [s for s in shared if fold(s.name) not in keys]
        if (
            not leads
            and addressees
            and quoted is None
            and (p.marker_kind is not None or (p.section is not None and _IMPERATIVE.match(p.body)))
        ):
            leads = addressees
            how = "addressee"
        if not leads:
            continue
        lead_keys = {fold(x.name) for x in leads}
        supports = [s for s in supports if fold(s.name) not in lead_keys]
        text = doc.source_text(p.span)
        conf = {"addressee": 0.65, "subject": 0.85, "heading": 0.8, "trigger": 0.75, "responsible": 0.7}.get(
            how, 0.6
        )
        mark = len(unresolved)
        task = Task(
            text=text,
            span=p.span,
            section=p.section.label if p.section else "",
            lead=[resolve(x) for x in leads] + [resolve(x) for x in own.leads if x.generic],
            support=[resolve(x) for x in supports],
            deadline=parse_deadline(p.text, header.date),
            confidence=conf,
        )
        task.unresolved = list(dict.fromkeys(unresolved[mark:]))
        tasks.append(task)
    tasks.sort(key=lambda t: t.span.start)
    return tasks


def _to_addressees(asked: Parties, letter_to: list[Mention]) -> Parties:
    """A letter's request in general terms ("Sở Tài chính đề nghị các cơ quan, đơn vị:") asks the
    bodies the letter is addressed to."""
    if letter_to and asked.how == "trigger" and asked.leads and all(x.generic for x in asked.leads):
        return Parties(leads=letter_to, supports=asked.supports, how="addressee", rest=asked.rest)
    return asked


def _layout_tasks(
    doc: TextDocument,
    paras: list[Paragraph],
    header: Header,
    resolve: Resolver,
    parse_deadline: Callable[[str, date | None], Deadline],
) -> list[tuple[Task, Span]]:
    """One task per lead cell of a table laid out with spaces, and the lines each one covers."""
    out: list[tuple[Task, Span]] = []
    for row in layout_rows(doc):
        own = parties(row.lead, header.issuer)
        leads = own.leads or find_mentions(row.lead)
        if not any(not x.generic for x in leads):
            continue
        keys = {fold(x.name) for x in leads}
        supports = [x for x in own.supports + find_mentions(row.support) if fold(x.name) not in keys]
        section = next((p.section for p in paras if p.span.end > row.span.start and p.section), None)
        span = row.span
        out.append(
            (
                Task(
                    text=doc.source_text(span),
                    span=span,
                    section=section.label if section else "",
                    lead=[resolve(x) for x in leads],
                    support=[resolve(x) for x in supports],
                    deadline=parse_deadline(row.time, header.date) if row.time else Deadline(),
                    confidence=0.7,
                    content=row.content,
                ),
                span,
            )
        )
    return out


_TOPIC = re.compile(r"^(?:Về|Đối với|Công tác|Lĩnh vực)\s")
# An unnumbered paragraph of a letter's section that asks for an action ("Yêu cầu thực hiện công tác ...").
_IMPERATIVE = re.compile(
    r"^(?:Yêu cầu|Đề nghị|Thực hiện|Chủ động|Khẩn trương|Tiếp tục|Tổ chức|Triển khai|Rà soát|Tăng cường"
    r"|Đẩy mạnh|Nghiêm túc|Chấp hành|Bảo đảm|Đảm bảo|Báo cáo|Kiểm tra|Thường xuyên|Định kỳ)\s"
)
_ASKS_OTHERS = re.compile(r"(?:Yêu cầu|Đề nghị)\s")
# "Khoản 1 Điều 59 Nghị định số 193/2025/NĐ-CP quy định: ... như sau:" (the items below quote it).
_QUOTES_LAW = re.compile(r"\b(?:Điều|[Kk]hoản)\s+\d+\b.*:\s*$", re.DOTALL)
_ENUMERATES = re.compile(
    r"\b(?:dữ liệu|thông tin|hồ sơ|tài liệu|nội dung báo cáo|chỉ tiêu)\s+(?:về|gồm|bao gồm)\s*:\s*$"
)
_SENTENCE_BREAK = re.compile(r"[.!?]\s+(?=[" + _UP + "])")


def _last_sentence(text: str) -> tuple[bool, str]:
    """(whether ``text`` is one sentence, its last sentence)."""
    cuts = [m.end() for m in _SENTENCE_BREAK.finditer(text.rstrip())]
    return (not cuts, text[cuts[-1] :] if cuts else text)


def _sibling_list_follows(
    paras: list[Paragraph], idx: int, end: int, parents: dict[int, Section | None], issuer: str | None
) -> bool:
    """The item after ``paras[idx]`` is its sibling (same marker kind and parent) and names no lead."""
    if idx + 1 >= end:
        return False
    p, q = paras[idx], paras[idx + 1]
    if q.marker_kind != p.marker_kind or q.section is None or p.section is None:
        return False
    if parents.get(id(q.section)) is not parents.get(id(p.section)):
        return False
    return not any(not x.generic for x in parties(q.body, issuer).leads)


def _within(sec: Section | None, anchor: Section | None, parents: dict[int, Section | None]) -> bool:
    """``sec`` is ``anchor`` or lies below it (any section lies below the root ``None``)."""
    while sec is not None:
        if sec is anchor:
            return True
        sec = parents.get(id(sec))
    return anchor is None


def _parent_map(roots: list[Section]) -> dict[int, Section | None]:
    """Section -> its parent section, by object id."""
    out: dict[int, Section | None] = {}
    todo: list[tuple[Section, Section | None]] = [(r, None) for r in roots]
    while todo:
        sec, parent = todo.pop()
        out[id(sec)] = parent
        todo.extend((c, sec) for c in sec.children)
    return out


def _inherited(
    p: Paragraph,
    parents: dict[int, Section | None],
    cache: dict[int, Parties | None],
    issuer: str | None,
    stop: Section | None = None,
) -> Parties | None:
    """Parties of the nearest heading above ``p`` that names an agency (up to, not including, ``stop``)."""
    sec = p.section
    if sec is not None and p.marker_kind is not None and sec.title == p.body:
        sec = parents.get(id(sec))
    while sec is not None and sec is not stop:
        found = _heading_parties(sec, cache, issuer)
        if found is not None:
            return found
        sec = parents.get(id(sec))
    return None
