"""Web benchmark: 20 concurrent clients on the dashboard and the task list of a generated database
(50k tasks, 500k progress reports), beside the trivial ``/api/health`` of the same server in the
same run, logged in as the office (who sees everything), on the real rendered pages.

The dashboard and the first page of the task list are what everybody loads, and the server keeps
them in its read cache (dropped on every write): those rows are the cached figures. Beside them,
in the same run, a "rotating" load cycles through thousands of distinct task-list URLs (pages of
every agency x status filter, more than the cache keeps), and each engine also runs once with the
cache off (``DONDOC_READ_CACHE_SECONDS=0``): the uncached figures.

The server is uvicorn in its own process(es) on 127.0.0.1 with the default settings; its peak
memory (VmHWM) is read from /proc. The load comes from ``wrk`` (Debian package ``wrk``) in its
own process: one thread, 20 connections. Without ``wrk`` the benchmark says so and falls back to
an httpx client inside this process, which shares the cores with the server (figures then are
not comparable). Configurations: SQLite, then PostgreSQL (a throwaway cluster, as
``bench/storage.py``, when a server is available), each with one worker process and with one per
core. Bounded: every endpoint runs ``DURATION_S`` seconds after ``WARMUP_S`` of warm-up."""

from __future__ import annotations

import asyncio
import math
import os
import random
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import urlencode

import httpx
from argon2 import PasswordHasher
from sqlalchemy import Engine, insert, text

from bench.report import machine
from bench.storage import _postgres
from dondoc.config import Settings
from dondoc.domain.agencies import Registry
from dondoc.domain.roles import SYSTEM_ACTOR, Actor, Role
from dondoc.domain.status import StatusClass
from dondoc.services import queries, users
from dondoc.services.base import today
from dondoc.services.database import Database, init_database
from dondoc.storage.tables import AgencyRow, AssignmentRow, DocumentRow, ProgressReportRow, TaskRow
from dondoc.web.routes.tasks import PAGE_SIZE

NAME = "web"
ROOT = Path(__file__).resolve().parent.parent
N_TASKS, N_REPORTS, N_AGENCIES, N_DOCS = 50_000, 500_000, 60, 1_000
CLIENTS = 20
DURATION_S = 15  # per endpoint, in RUNS runs: with several workers, how the 20 connections happen
RUNS = 3  # to be spread over the processes changes the figures from one run to the next
WARMUP_S = 2
MAX_REQUESTS = 5_000  # httpx fallback only
PASSWORD = "bench-password-1"
# label, path, a text the page must contain (so that a redirect or an error page cannot pass)
ENDPOINTS = (
    ("trivial /api/health", "/api/health", '"ok"'),
    ("dashboard /", "/", "Tổng quan tình hình thực hiện nhiệm vụ"),
    ("task list /tasks", "/tasks", "Nhiệm vụ được giao"),
)
ROTATING = "task list, rotating"
ROTATING_MARKER = "Nhiệm vụ được giao"
ROTATING_PAGES = 20  # pages 1..20 of each filter combination (fewer when it has fewer)
GOAL_P95_MS, GOAL_SHARE = 150.0, 0.30
LUA = Path(__file__).with_name("web_report.lua")
LUA_ROTATE = Path(__file__).with_name("web_rotate.lua")


@dataclass(frozen=True)
class Result:
    label: str
    requests: int
    errors: int
    rps: float
    p50: float
    p95: float
    p99: float


def _generate(engine: Engine, rng: random.Random, today: date) -> None:
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
    with engine.begin() as conn:
        conn.execute(insert(AgencyRow), agencies)
        conn.execute(insert(DocumentRow), docs)
        for model, rows in ((TaskRow, tasks), (AssignmentRow, assignments), (ProgressReportRow, reports)):
            for i in range(0, len(rows), 50_000):
                conn.execute(insert(model), rows[i : i + 50_000])
    if engine.dialect.name == "postgresql":
        # VACUUM sets the visibility map (index-only scans); CHECKPOINT writes the loaded pages out
        # now rather than while the server is measured.
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM ANALYZE"))
            conn.execute(text("CHECKPOINT"))
    else:
        with engine.begin() as conn:
            conn.execute(text("ANALYZE"))


def _prepare(settings: Settings) -> float:
    """Schema, generated data and the office user; seconds taken."""
    t0 = time.perf_counter()
    db = Database.open(settings)
    if db.engine.dialect.name == "postgresql":
        with db.engine.begin() as conn:
            conn.execute(text("DROP SCHEMA public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
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


def _rotation(settings: Settings) -> list[str]:
    """Distinct task-list URLs: pages 1..ROTATING_PAGES of every agency x status filter (the
    office sees them all), shuffled. Only pages that exist, so no two URLs show the same page."""
    db = Database.open(settings)
    office = Actor(user_id=None, username="bench", role=Role.OFFICE, agency_id=None)
    as_of = today(settings.timezone)
    paths = []
    with db.session(readonly=True) as session:
        agencies = [None, *(a.id for a in queries.list_agencies(session, office) if not a.is_group)]
        for agency in agencies:
            for status in (None, *StatusClass):
                total = queries.count_assignments(
                    session, office, as_of=as_of, agency_id=agency, status=status
                )
                query = urlencode({k: v for k, v in (("agency", agency), ("status", status)) if v})
                for page in range(1, min(ROTATING_PAGES, math.ceil(total / PAGE_SIZE)) + 1):
                    paths.append(f"/tasks?{query}&page={page}" if query else f"/tasks?page={page}")
    db.dispose()
    random.Random(5).shuffle(paths)
    return paths


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _start(settings: Settings, port: int, workers: int, cache: bool) -> subprocess.Popen[bytes]:
    env = dict(
        os.environ,
        DONDOC_DATA_DIR=str(settings.data_dir),
        DONDOC_DATABASE_URL=settings.database_url,
        DONDOC_SECRET_KEY="b" * 40,
    )
    env.pop("DONDOC_WEB_THREADS", None)  # the default
    env.pop("DONDOC_READ_CACHE_SECONDS", None)
    if not cache:
        env["DONDOC_READ_CACHE_SECONDS"] = "0"
    cmd = [sys.executable, "-m", "uvicorn", "--factory", "dondoc.web.asgi:make_app"]
    cmd += ["--host", "127.0.0.1", "--port", str(port), "--log-level", "warning", "--no-access-log"]
    if workers > 1:
        cmd += ["--workers", str(workers)]
    proc = subprocess.Popen(cmd, env=env, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=1).status_code == 200:
                if workers <= 1 or len(_processes(proc.pid)) > workers:  # every worker is up
                    return proc
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    proc.terminate()
    raise RuntimeError("the server did not start")


def _processes(pid: int) -> list[int]:
    """The server process and its workers."""
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text(encoding="utf-8").split()
    except OSError:
        children = []
    return [pid, *(int(c) for c in children)]


def _peak_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text(encoding="utf-8").splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def _login(base: str) -> httpx.Cookies:
    with httpx.Client(base_url=base, timeout=30) as c:
        token = re.search(r'name="csrf_token" value="([^"]+)"', c.get("/login").text)
        assert token
        r = c.post(
            "/login", data={"username": "vanphong", "password": PASSWORD, "csrf_token": token.group(1)}
        )
        assert r.status_code == 303, r.text
        return c.cookies


def _check(base: str, cookies: httpx.Cookies, rotation: list[str]) -> None:
    """Each endpoint answers 200 with its real content for the logged-in office user."""
    checks = [*ENDPOINTS, *((ROTATING, path, ROTATING_MARKER) for path in rotation[:3])]
    with httpx.Client(base_url=base, cookies=cookies, timeout=60) as c:
        for label, path, marker in checks:
            r = c.get(path)
            if r.status_code != 200 or marker not in r.text:
                raise RuntimeError(f"{label} {path}: HTTP {r.status_code}, expected content missing")


def _wrk_version(wrk: str) -> str:
    out = subprocess.run([wrk, "--version"], capture_output=True, text=True, timeout=10)
    first = (out.stdout or out.stderr).strip().splitlines()
    return first[0].split("[")[0].strip() if first else "wrk"


@dataclass(frozen=True)
class Run:
    """One wrk run: answers (any status), those that were 200, errors, seconds, latencies (ms)."""

    answered: int
    ok: int
    errors: int
    seconds: float
    p50: float
    p95: float
    p99: float


def _wrk(wrk: str, url: str, cookie: str, seconds: int, rotate: tuple[Path, int] | None = None) -> Run:
    script = LUA_ROTATE if rotate else LUA
    cmd = [wrk, "-t1", f"-c{CLIENTS}", f"-d{seconds}s", "--timeout", "30s", "-s", str(script)]
    cmd += ["-H", f"Cookie: {cookie}", url]
    if rotate:
        cmd += ["--", str(rotate[0]), str(rotate[1])]
    env = {**os.environ, "DONDOC_WRK_REPORT": str(LUA)}  # web_rotate.lua counts and prints with it
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=seconds + 60, env=env).stdout
    line = next((x for x in out.splitlines() if x.startswith("DONDOC-WRK ")), None)
    if line is None:
        raise RuntimeError(f"wrk printed no result:\n{out}")
    requests, duration_us, socket_errors, not_200, p50, p95, p99, _max = (int(v) for v in line.split()[1:])
    return Run(
        requests,
        requests - not_200,
        socket_errors + not_200,
        duration_us / 1e6,
        p50 / 1000,
        p95 / 1000,
        p99 / 1000,
    )


def _combined(label: str, runs: list[Run]) -> Result:
    """Runs added up: requests over the total time; the median p50 and the worst p95 and p99."""
    ok = sum(r.ok for r in runs)
    return Result(
        label,
        ok,
        sum(r.errors for r in runs),
        ok / sum(r.seconds for r in runs),
        statistics.median(r.p50 for r in runs),
        max(r.p95 for r in runs),
        max(r.p99 for r in runs),
    )


def _load_wrk(wrk: str, base: str, cookies: httpx.Cookies, rotation: list[str]) -> list[Result]:
    cookie = "; ".join(f"{k}={v}" for k, v in cookies.items())
    results = []
    seconds = DURATION_S // RUNS
    with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8") as listing:
        listing.write("\n".join(rotation) + "\n")
        listing.flush()
        paths = Path(listing.name)
        for label, path, _ in ENDPOINTS:
            _wrk(wrk, base + path, cookie, WARMUP_S)
            results.append(_combined(label, [_wrk(wrk, base + path, cookie, seconds) for _ in range(RUNS)]))
        # The rotating load: the warm-up starts half-way down the list, the measured runs at its top,
        # each where the one before stopped (and past the requests it may have left in flight).
        _wrk(wrk, base + "/", cookie, WARMUP_S, (paths, len(rotation) // 2))
        runs, offset = [], 0
        for _ in range(RUNS):
            run = _wrk(wrk, base + "/", cookie, seconds, (paths, offset))
            runs.append(run)
            offset += run.answered + CLIENTS
        results.append(_combined(ROTATING, runs))
    for r in results:
        print(f"    {r.label}: {r.requests} ok, {r.errors} errors, {r.rps:.1f} req/s, p95 {r.p95:.0f} ms")
    return results


async def _httpx_one(
    base: str, path: str, cookies: httpx.Cookies, seconds: float, rotation: list[str] | None = None
) -> Result:
    latencies: list[float] = []
    errors = 0
    turn = 0
    stop_at = time.perf_counter() + seconds
    limits = httpx.Limits(max_connections=CLIENTS, max_keepalive_connections=CLIENTS)
    async with httpx.AsyncClient(base_url=base, cookies=cookies, limits=limits, timeout=60) as client:

        async def worker() -> None:
            nonlocal errors, turn
            while time.perf_counter() < stop_at and len(latencies) + errors < MAX_REQUESTS:
                t0 = time.perf_counter()
                target = path
                if rotation:
                    target, turn = rotation[turn % len(rotation)], turn + 1
                try:
                    r = await client.get(target)
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
    q = statistics.quantiles(latencies, n=100) if len(latencies) >= 2 else [float("nan")] * 99
    p50 = statistics.median(latencies) if latencies else float("nan")
    return Result(path, len(latencies), errors, len(latencies) / elapsed, p50, q[94], q[98])


def _load_httpx(base: str, cookies: httpx.Cookies, rotation: list[str]) -> list[Result]:
    results = []
    half = rotation[len(rotation) // 2 :] + rotation[: len(rotation) // 2]
    runs = [(label, path, None, None) for label, path, _ in ENDPOINTS] + [(ROTATING, "/", half, rotation)]
    for label, path, warm, measured in runs:
        asyncio.run(_httpx_one(base, path, cookies, WARMUP_S, warm))
        r = asyncio.run(_httpx_one(base, path, cookies, DURATION_S, measured))
        results.append(Result(label, r.requests, r.errors, r.rps, r.p50, r.p95, r.p99))
        print(f"    {label}: {r.requests} ok, {r.errors} errors, {r.rps:.1f} req/s, p95 {r.p95:.0f} ms")
    return results


def _table(results: list[Result], cache: bool) -> list[str]:
    trivial = results[0].rps
    lines = [
        "| endpoint | served from | requests | errors | req/s | share of trivial | p50 ms | p95 ms | "
        "p99 ms | goal |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for i, r in enumerate(results):
        share = r.rps / trivial if trivial else float("nan")
        if i == 0:
            goal, source = "(baseline)", "no database"
        else:
            p95_ok, share_ok = r.p95 <= GOAL_P95_MS, share >= GOAL_SHARE
            goal = f"p95 {'met' if p95_ok else 'NOT met'}, share {'met' if share_ok else 'NOT met'}"
            if not cache:
                source = "computed (cache off)"
            elif r.label == ROTATING:
                source = "rows computed"
            else:
                source = "read cache"
        label = r.label
        if r.label == ROTATING:
            label += " (many URLs)"
        lines.append(
            f"| {label} | {source} | {r.requests} | {r.errors} | {r.rps:.1f} | {share:.1%} | {r.p50:.0f} | "
            f"{r.p95:.0f} | {r.p99:.0f} | {goal} |"
        )
    return lines


@dataclass(frozen=True)
class Outcome:
    title: str
    lines: list[str]
    results: list[Result]


def _configuration(
    title: str, settings: Settings, workers: int, wrk: str | None, rotation: list[str], *, cache: bool = True
) -> Outcome:
    print(f"  {title}")
    port = _free_port()
    proc = _start(settings, port, workers, cache)
    try:
        base = f"http://127.0.0.1:{port}"
        cookies = _login(base)
        _check(base, cookies, rotation)
        results = _load_wrk(wrk, base, cookies, rotation) if wrk else _load_httpx(base, cookies, rotation)
        peaks = [_peak_mb(pid) for pid in _processes(proc.pid)]
    finally:
        proc.terminate()
        proc.wait(30)
    if workers > 1:
        memory = (
            f"Peak resident memory (VmHWM): **{max(peaks[1:]):.0f} MB** per worker process at most "
            f"(supervisor {peaks[0]:.0f} MB; {sum(peaks):.0f} MB for all {len(peaks)} processes of "
            "the server, helpers included, peaks added up)."
        )
    else:
        memory = f"Peak resident memory of the server process (VmHWM): **{peaks[0]:.0f} MB**."
    return Outcome(title, [f"### {title}", "", *_table(results, cache), "", memory, ""], results)


def _engine(name: str, settings: Settings, cores: int, wrk: str | None) -> list[Outcome]:
    """The configurations of one engine: one worker, one per core, one worker with the cache off."""
    rotation = _rotation(settings)
    print(f"  {name}: {len(rotation):,} distinct task-list URLs in the rotating load")
    outcomes = [_configuration(f"{name}, one worker process", settings, 1, wrk, rotation)]
    if cores > 1:
        title = f"{name}, {cores} worker processes (one per core)"
        outcomes.append(_configuration(title, settings, cores, wrk, rotation))
    title = f"{name}, one worker process, read cache off (`DONDOC_READ_CACHE_SECONDS=0`)"
    outcomes.append(_configuration(title, settings, 1, wrk, rotation, cache=False))
    return outcomes


def _verdict(outcomes: list[Outcome]) -> list[str]:
    """Which configurations meet the goal, said plainly (cached and uncached apart)."""

    def met(o: Outcome, r: Result) -> bool:
        return r.p95 <= GOAL_P95_MS and r.rps >= GOAL_SHARE * o.results[0].rps

    cached = [
        (o, r) for o in outcomes if "cache off" not in o.title for r in o.results[1:] if r.label != ROTATING
    ]
    uncached = [
        (o, r) for o in outcomes for r in o.results[1:] if r.label == ROTATING or "cache off" in o.title
    ]
    ratios = [o.results[0].rps / r.rps for o, r in uncached if r.rps] or [float("nan")]
    low, high = min(ratios), max(ratios)
    lines = [
        "### Summary",
        "",
        f"Goal met by {sum(met(o, r) for o, r in cached)} of the {len(cached)} cached measurements "
        "(dashboard and first task-list page, read cache on) and by "
        f"{sum(met(o, r) for o, r in uncached)} of the {len(uncached)} uncached ones (rotating task "
        f"list, and everything with the cache off): a page that has to be computed cost {low:.0f} to "
        f"{high:.0f} times a bare request in this run.",
        "",
    ]
    for o in outcomes:
        trivial = o.results[0].rps
        parts = []
        for r in o.results[1:]:
            share = r.rps / trivial if trivial else float("nan")
            ok = r.p95 <= GOAL_P95_MS and share >= GOAL_SHARE
            parts.append(
                f"{r.label} {share:.0%} of trivial, p95 {r.p95:.0f} ms ({'met' if ok else 'NOT met'})"
            )
        lines.append(f"- {o.title}: " + "; ".join(parts) + ".")
    return [*lines, ""]


def run() -> str:
    wrk = shutil.which("wrk")
    cores = os.cpu_count() or 1
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    if wrk:
        method = (
            f"Load: `{_wrk_version(wrk)}` in its own process on the same machine (one thread, {CLIENTS} "
            f"connections, `bench/web_report.lua` counts every answer other than 200 as an error), "
            f"{DURATION_S} s per endpoint after {WARMUP_S} s of warm-up, as {RUNS} runs of "
            f"{DURATION_S // RUNS} s that each open new connections (with several worker processes, "
            "how the 20 connections happen to be spread over them moved a single run's req/s by as "
            "much as 40% in trials): req/s is over the three runs together, p50 the median run's, "
            "p95 and p99 the worst run's. Each configuration was run once; no run was picked."
        )
    else:
        print("  wrk not found (Debian: apt-get install wrk): falling back to an httpx client in-process")
        method = (
            "**`wrk` was not installed** (Debian: `apt-get install wrk`): the load came from an httpx "
            f"asyncio client inside the benchmark process ({CLIENTS} concurrent clients, {DURATION_S} s "
            f"per endpoint after {WARMUP_S} s of warm-up), which competes with the server for the cores "
            "and caps the trivial endpoint: these figures are not comparable with a `wrk` run."
        )
    defaults = Settings()
    parts = [
        "## Web",
        "",
        f"{machine()} Load average at start: {load}.",
        "",
        f"Generated by `python -m bench web` (`bench/web.py`): {N_TASKS:,} tasks (one assignment each), "
        f"{N_REPORTS:,} progress reports, {N_AGENCIES} agencies, {N_DOCS:,} documents. {method} "
        "Every connection sends the session cookie of the one office user (sees everything); the "
        "pages are the real rendered ones (dashboard about 50 KB, a page of the task list about "
        "70 KB). The endpoints run one after the other against the same server in the same run. "
        "Server: uvicorn (`--factory dondoc.web.asgi:make_app`) on 127.0.0.1 with the default "
        f"settings (`DONDOC_WEB_THREADS={defaults.web_threads}`, "
        f"`DONDOC_READ_CACHE_SECONDS={defaults.read_cache_seconds}`) unless the title says otherwise.",
        "",
        f"Goal (issue #5): p95 ≤ {GOAL_P95_MS:.0f} ms and ≥ {GOAL_SHARE:.0%} of the trivial endpoint's "
        "throughput; peak memory of the server recorded. The share is measured against what the "
        "same server answers on `/api/health` (no database, no rendering) under the same load "
        "generator: with `wrk` that is the server's own floor, so the share asks a page to cost at "
        "most about three bare requests. The previous run of this section (2026-12-08, commit "
        "c706ca0: the session checked in the database and the task-list rows computed on every "
        "request) had the dashboard at 10–15% and the task list at 3–6% of the trivial endpoint.",
        "",
        "**What is cached, and what is not.** Nothing is written during the run, so the read cache "
        "(`dondoc/web/cache.py`, at most "
        f"{defaults.read_cache_seconds} s old, dropped whenever the process handles a write) stays "
        "warm; in use, every write drops it in the process that handled it and the next request of "
        "each page pays the uncached cost. Read the rows by their *served from* column:",
        "",
        "- *read cache*: the dashboard and the first page of the task list with the default filters "
        "(what users load most) come from the cache: the page body is rendered once per cache entry "
        "and each request renders only the layout (user name, CSRF token, navigation). The session "
        "check is also cached: the account behind a cookie is read again after 5 s at most, and at "
        "once after any write in the process (logout, locking a user, a password change); with one "
        "user on every connection it is nearly always a hit.",
        f"- *rows computed*: the rotating load cycles through distinct task-list URLs, pages 1 to "
        f"{ROTATING_PAGES} of every agency × status filter (the agency filter alone, each status "
        "class alone and every pair; only pages that exist; shuffled once). The warm-up starts half-way "
        "down the list, the measured runs at its top, each where the one before stopped. There are far "
        "more of them than the 64 rendered pages the cache keeps, so every request queries and renders "
        "its 50 rows; what every page of one filter shares (the total count, the "
        "agency and document option lists) comes from the cache after the first request of that "
        "filter, as it does for any user.",
        "- *computed (cache off)*: the same server with `DONDOC_READ_CACHE_SECONDS=0`: every request "
        "checks the session in the database and computes everything, the dashboard's figures over "
        "all 50,000 assignments and the task list's count and option lists included.",
        "",
    ]
    outcomes: list[Outcome] = []
    with tempfile.TemporaryDirectory(prefix="dondoc-bench-web-") as tmp:
        lite = Settings(data_dir=Path(tmp))
        build_s = _prepare(lite)
        print(f"  SQLite data generated in {build_s:.0f} s")
        parts.append(f"SQLite data generated in {build_s:.0f} s.\n")
        sqlite = _engine("SQLite", lite, cores, wrk)
        outcomes += sqlite
        for o in sqlite:
            parts += o.lines
    url, pgdata = _postgres()
    if url is None:
        parts += ["### PostgreSQL", "", "No server available: not measured.", ""]
    else:
        try:
            with tempfile.TemporaryDirectory(prefix="dondoc-bench-web-pg-") as tmp:
                pg = Settings(data_dir=Path(tmp), database_url=url)
                build_s = _prepare(pg)
                print(f"  PostgreSQL data generated in {build_s:.0f} s")
                parts += [f"PostgreSQL data generated in {build_s:.0f} s.", ""]
                postgres = _engine("PostgreSQL", pg, cores, wrk)
                outcomes += postgres
                for o in postgres:
                    parts += o.lines
        finally:
            if pgdata:
                subprocess.run(
                    ["bash", str(ROOT / ".ci/pg-down.sh"), pgdata], capture_output=True, timeout=60
                )
    parts += _verdict(outcomes)
    return "\n".join(parts).rstrip() + "\n"


if __name__ == "__main__":
    print(run())
