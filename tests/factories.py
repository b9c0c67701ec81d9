"""Plain factory functions for agencies, users, extractions, documents and published tasks."""

from __future__ import annotations

import itertools
from datetime import date

from argon2 import PasswordHasher
from sqlalchemy.orm import Session

from dondoc.domain.agencies import Agency
from dondoc.domain.roles import SYSTEM_ACTOR, Actor, Role
from dondoc.extraction.model import AgencyRef, Deadline, Extraction, Header, Span, Task
from dondoc.services import ingest, users
from dondoc.storage.repositories import agencies as agency_repo

CHEAP_HASHER = PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1)
PASSWORD = "mat-khau-thu"
OFFICE = SYSTEM_ACTOR
_counter = itertools.count(1)

AGENCIES = [
    Agency(id="so_tai_chinh", name="Sở Tài chính", kind="so"),
    Agency(id="so_noi_vu", name="Sở Nội vụ", kind="so"),
    Agency(
        id="so_kh_dt",
        name="Sở Kế hoạch và Đầu tư",
        kind="so",
        valid_to=date(2025, 2, 28),
        successor_id="so_tai_chinh",
    ),
    Agency(id="so_y_te", name="Sở Y tế", kind="so"),
    Agency(
        id="cac_so_nganh",
        name="Các sở, ban, ngành tỉnh",
        kind="nhom",
        is_group=True,
        member_ids=("so_tai_chinh", "so_noi_vu", "so_kh_dt", "so_y_te"),
    ),
]


def seed_agencies(session: Session, agencies: list[Agency] | None = None) -> None:
    agency_repo.sync(session, agencies or AGENCIES)
    session.commit()


def make_agency(session: Session, agency_id: str, name: str | None = None, **kw: object) -> Agency:
    agency = Agency(id=agency_id, name=name or agency_id, kind=str(kw.pop("kind", "so")), **kw)  # type: ignore[arg-type]
    agency_repo.sync(session, [agency])
    session.commit()
    return agency


def make_user(
    session: Session,
    username: str | None = None,
    role: Role | str = Role.OFFICE,
    agency_id: str | None = None,
) -> Actor:
    name = username or f"user{next(_counter)}"
    users.add_user(
        session,
        OFFICE,
        username=name,
        full_name=f"Người dùng {name}",
        role=role,
        password=PASSWORD,
        agency_id=agency_id,
        email=f"{name}@example.vn",
        hasher=CHEAP_HASHER,
    )
    return users.actor_for(session, name)


def make_task(
    text: str = "Triển khai nhiệm vụ",
    *,
    lead: tuple[str, ...] = ("so_tai_chinh",),
    support: tuple[str, ...] = (),
    deadline: date | None = None,
    section: str = "1",
    group: tuple[str, ...] = (),
) -> Task:
    def ref(agency_id: str) -> AgencyRef:
        return AgencyRef(name=agency_id, mention=agency_id, agency_id=agency_id, group=agency_id in group)

    return Task(
        text=text,
        span=Span(0, len(text)),
        section=section,
        lead=[ref(a) for a in lead],
        support=[ref(a) for a in support],
        deadline=Deadline(date=deadline, kind="date" if deadline else "none"),
    )


def make_extraction(
    tasks: list[Task] | None = None, *, issued: date = date(2021, 3, 1), number: str = "04/CT-UBND"
) -> Extraction:
    return Extraction(
        name="chi-thi.txt",
        format="txt",
        text="\n".join(t.text for t in tasks or []),
        header=Header(type="Chỉ thị", number=number, date=issued, issuer="Ủy ban nhân dân tỉnh Điện Biên"),
        tasks=tasks if tasks is not None else [make_task()],
    )


def make_document(
    session: Session,
    tasks: list[Task] | None = None,
    *,
    publish: bool = True,
    on: date = date(2021, 3, 2),
    content: bytes | None = None,
    issued: date = date(2021, 3, 1),
) -> ingest.IngestResult:
    body = content if content is not None else f"văn bản {next(_counter)}".encode()
    return ingest.ingest_extraction(
        session,
        OFFICE,
        filename="chi-thi.txt",
        content=body,
        extraction=make_extraction(tasks, issued=issued),
        publish=publish,
        on=on,
    )
