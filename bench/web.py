"""Web benchmark: 20 concurrent clients on the dashboard and the task list of a generated database
(50k tasks, 500k progress reports), beside the trivial ``/api/health`` of the same server in the
same run. The server is uvicorn in its own process on 127.0.0.1; its peak memory (VmHWM) is read
from /proc. Bounded: each endpoint runs for at most ``DURATION_S`` seconds or ``MAX_REQUESTS``."""

from __future__ import annotations

import asyncio
import os
import random
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import httpx
from argon2 import PasswordHasher
from sqlalchemy import insert, text

from bench.report import machine
from dondoc.config import Settings
from dondoc.domain.agencies import Registry
from dondoc.domain.roles import SYSTEM_ACTOR
from dondoc.services import users
from dondoc.services.database import Database, init_database
from dondoc.storage.tables import AgencyRow, AssignmentRow, DocumentRow, ProgressReportRow, TaskRow

NAME = "web"
N_TASKS, N_REPORTS, N_AGENCIES, N_DOCS = 50_000, 500_000, 60, 1_000
CLIENTS = 20
DURATION_S = 15.0
MAX_REQUESTS = 5_000
PASSWORD = "bench-password-1"
ENDPOINTS = (("trivial /api/health", "/api/health"), ("dashboard /", "/"), ("task list /tasks", "/tasks"))


def _generate(engine: object, rng: random.Random, today: date) -> None:
    agencies = [
        {"id": f"a{i:03d}", "name": f"Sở thử nghiệm {i}", "kind": "so", "is_group": False}
        for i in range(N_AGENCIES)
    ]
    start = today - timedelta(days=900)
    docs = [
        {
            "id": d + 1,
            "content_hash": f"{d:064x}",
            "filename": f"d{d}.txt",
            "format": "txt",
            "size": 1,
            "original": b"",
            "text": "",
            "extraction": {},
            "number": f"{d + 1}/CT-UBND",
            "issued_on": start + timedelta(days=d % 880),
        }
        for d in range(N_DOCS)
    ]
    tasks, assignments, reports = [], [], []
    for t in range(N_TASKS):
        doc = docs[t % N_DOCS]
        issued: date = doc["issued_on"]  # type: ignore[assignment]
        due = issued + timedelta(days=rng.randint(15, 400)) if rng.random() < 0.8 else None
        tasks.append(
            {
                "id": t + 1,
                "document_id": doc["id"],
                "position": t,
                "text": f"Nhiệm vụ thử nghiệm số {t}",
                "section": "1",
                "kind": "task",
                "deadline": due,
                "deadline_kind": "date" if due else "none",
                "confidence": 0.9,
                "state": "published",
                "version": 1,
            }
        )
        done = rng.random() < 0.5
        completed = min(today, issued + timedelta(days=rng.randint(5, 500))) if done else None
        assignments.append(
            {
                "id": t + 1,
                "task_id": t + 1,
                "document_id": doc["id"],
                "agency_id": agencies[rng.randrange(N_AGENCIES)]["id"],
                "assigned_on": issued,
                "original_due_on": due,
                "due_on": due,
                "state": "completed" if done else "in_progress",
                "active": True,
                "percent": 100 if done else rng.randint(0, 90),
                "completed_on": completed,
                "version": 1,
            }
        )
    for i in range(N_REPORTS):
        a = assignments[i % N_TASKS]
        reports.append(
            {
                "id": i + 1,
                "assignment_id": a["id"],
                "period": "",
                "reported_on": min(today, a["assigned_on"] + timedelta(days=rng.randint(0, 400))),  # type: ignore[operator]
                "percent": rng.randint(0, 100),
                "narrative": "Đã triển khai",
                "difficulties": "",
                "proposals": "",
            }
        )
    with engine.begin() as conn:  # type: ignore[attr-defined]
        conn.execute(insert(AgencyRow), agencies)
        conn.execute(insert(DocumentRow), docs)
        for model, rows in ((TaskRow, tasks), (AssignmentRow, assignments), (ProgressReportRow, reports)):
            for i in range(0, len(rows), 50_000):
                conn.execute(insert(model), rows[i : i + 50_000])
        conn.execute(text("ANALYZE"))


def _prepare(data_dir: Path) -> float:
    t0 = time.perf_counter()
    settings = Settings(data_dir=data_dir)
    db = Database.open(settings)
    init_database(db, Registry([]))
    _generate(db.engine, random.Random(7), date.today())
    cheap = PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1)
    with db.session() as s:
        users.add_user(
            s,
            SYSTEM_ACTOR,
            username="vanphong",
            full_name="Văn phòng",
            role="office",
            password=PASSWORD,
            hasher=cheap,
        )
    db.dispose()
    return time.perf_counter() - t0


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _start(data_dir: Path, port: int) -> subprocess.Popen[bytes]:
    env = dict(os.environ, DONDOC_DATA_DIR=str(data_dir), DONDOC_SECRET_KEY="b" * 40, DONDOC_DATABASE_URL="")
    cmd = [
        sys.executable,
        "-m",
        "uvicorn",
        "--factory",
        "dondoc.web.asgi:make_app",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--log-level",
        "warning",
        "--no-access-log",
    ]
    proc = subprocess.Popen(cmd, env=env, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.terminate()
    raise RuntimeError("the server did not start")


def _login(base: str) -> httpx.Cookies:
    with httpx.Client(base_url=base, timeout=30) as c:
        token = re.search(r'name="csrf_token" value="([^"]+)"', c.get("/login").text)
        assert token
        r = c.post(
            "/login", data={"username": "vanphong", "password": PASSWORD, "csrf_token": token.group(1)}
        )
        assert r.status_code == 303, r.text
        return c.cookies


async def _load(base: str, path: str, cookies: httpx.Cookies) -> tuple[list[float], int, float]:
    latencies: list[float] = []
    errors = 0
    stop_at = time.perf_counter() + DURATION_S
    limits = httpx.Limits(max_connections=CLIENTS, max_keepalive_connections=CLIENTS)
    async with httpx.AsyncClient(base_url=base, cookies=cookies, limits=limits, timeout=60) as client:

        async def worker() -> None:
            nonlocal errors
            while time.perf_counter() < stop_at and len(latencies) + errors < MAX_REQUESTS:
                t0 = time.perf_counter()
                try:
                    r = await client.get(path)
                except httpx.HTTPError:
                    errors += 1
                    continue
                if r.status_code == 200:
                    latencies.append((time.perf_counter() - t0) * 1000)
                else:
                    errors += 1

        t0 = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(CLIENTS)))
        elapsed = time.perf_counter() - t0
    return latencies, errors, elapsed


def _peak_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text(encoding="utf-8").splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def run() -> str:
    with tempfile.TemporaryDirectory(prefix="dondoc-bench-web-") as tmp:
        data_dir = Path(tmp)
        build_s = _prepare(data_dir)
        port = _free_port()
        proc = _start(data_dir, port)
        try:
            base = f"http://127.0.0.1:{port}"
            cookies = _login(base)
            rows = []
            for label, path in ENDPOINTS:
                lat, errors, elapsed = asyncio.run(_load(base, path, cookies))
                q = statistics.quantiles(lat, n=100) if len(lat) >= 2 else [float("nan")] * 99
                rows.append(
                    (label, len(lat), errors, len(lat) / elapsed, statistics.median(lat) if lat else 0, q[94])
                )
                print(
                    f"  {label}: {len(lat)} ok, {errors} errors, {len(lat) / elapsed:.1f} req/s, p95 {q[94]:.0f} ms"
                )
            peak = _peak_mb(proc.pid)
        finally:
            proc.terminate()
            proc.wait(15)
    trivial = rows[0][3]
    lines = [
        f"{N_TASKS:,} tasks (one assignment each), {N_REPORTS:,} progress reports, {N_AGENCIES} agencies, "
        f"{N_DOCS:,} documents on SQLite (generated in {build_s:.0f} s). One uvicorn worker on 127.0.0.1; "
        f"{CLIENTS} concurrent clients (httpx, same machine) for {DURATION_S:.0f} s per endpoint, logged in "
        f"as the office (sees everything). {machine()}.",
        "",
        "| endpoint | requests | errors | req/s | share of trivial | p50 ms | p95 ms |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for label, n, errors, rps, p50, p95 in rows:
        lines.append(
            f"| {label} | {n} | {errors} | {rps:.1f} | {rps / trivial:.1%} | {p50:.0f} | {p95:.0f} |"
        )
    lines += [
        "",
        f"Peak resident memory of the server process (VmHWM): **{peak:.0f} MB**.",
        "",
        "Goal: p95 <= 150 ms and >= 30% of the trivial endpoint's throughput.",
    ]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(run())
