"""Reading and extraction speed on the dev corpus, against a floor that only decodes.

Per document, median of RUNS in-process runs of:
  floor   read bytes + UTF-8 decode + NFC + split into non-empty paragraphs (the least any
          reader must do),
  read    ``read_document`` (format sniffing, encoding decision, repairs, blocks, source map),
  parse   read + header + section tree + cited documents (the first half of the extractor),
  extract ``dondoc.extraction.extract`` (read + header, structure, tasks, figures, references),
  uts     as a reference point only: underthesea's ``word_tokenize`` alone on the clean text
          (installed by ``make bench`` from the optional ``bench`` dependency group).
"""

from __future__ import annotations

import os
import statistics
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

from bench.report import ROOT, machine, median_ms

NAME = "extraction"
RUNS = 7
STAGE_ROUNDS = 60  # alternating rounds of the per-stage table for the seed
SEED_GOAL_MS, SEED_GOAL_RATIO = 10.0, 40.0  # issue #3: the seed in <= 10 ms and <= 40x the floor
CORPUS = ROOT.parent / "shared" / "corpus" / "dev" / "docs"


def _stages(path: Path) -> list[str]:
    """The seed's stages side by side: every round runs each stage once, in turn (noise hits all alike)."""
    from dondoc.extraction import extract
    from dondoc.extraction.figures import extract_figures
    from dondoc.extraction.header import parse_header
    from dondoc.extraction.readers import read_document
    from dondoc.extraction.references import find_references
    from dondoc.extraction.structure import parse_paragraphs
    from dondoc.extraction.tasks import extract_tasks

    doc = read_document(path)
    header = parse_header(doc)
    paras, sections = parse_paragraphs(doc)
    stages: list[tuple[str, Callable[[], object]]] = [
        ("floor", lambda: _floor(path)),
        ("read (file to clean text and blocks)", lambda: read_document(path)),
        ("header", lambda: parse_header(doc)),
        ("paragraphs and section tree", lambda: parse_paragraphs(doc)),
        ("cited documents", lambda: find_references(doc, header)),
        ("tasks (mentions, registry, deadlines)", lambda: extract_tasks(doc, sections, header, paras)),
        ("targets and figures", lambda: extract_figures(doc, sections, header)),
        ("whole extract", lambda: extract(path)),
    ]
    times: dict[str, list[float]] = {name: [] for name, _ in stages}
    for _, fn in stages:
        fn()  # warm-up: imports, the registry index
    for _ in range(STAGE_ROUNDS):
        for name, fn in stages:
            start = time.perf_counter()
            fn()
            times[name].append((time.perf_counter() - start) * 1000)
    med = {name: statistics.median(ts) for name, ts in times.items()}
    floor, whole = med["floor"], med["whole extract"]
    hot_floor = median_ms(lambda: _floor(path), 200)  # the floor alone, repeated: caches hot
    out = [
        f"Seed ({path.name}), stage by stage: median of {STAGE_ROUNDS} rounds, each round running every "
        "stage once in turn.",
        "",
        "| stage | ms | × floor |",
        "| --- | ---: | ---: |",
        *(f"| {name} | {m:.3f} | {m / floor:.0f} |" for name, m in med.items()),
        "",
        f"Goal (issue #3): the seed in ≤ {SEED_GOAL_MS:g} ms in-process — "
        f"{'met' if whole <= SEED_GOAL_MS else 'NOT met'} ({whole:.2f} ms); ≤ {SEED_GOAL_RATIO:g}× the floor — "
        f"{'met' if whole <= SEED_GOAL_RATIO * hot_floor else 'NOT met'} against the floor run alone in a hot "
        f"loop ({hot_floor:.3f} ms, the per-document table's method: {whole / hot_floor:.0f}×); "
        f"{whole / floor:.0f}× the floor measured in the same rounds as the stages ({floor:.3f} ms: a cold "
        "read of the file, like a real first read). The first is the one we hold ourselves to.",
        "",
    ]
    return out


def _floor(path: Path) -> list[str]:
    text = unicodedata.normalize("NFC", path.read_bytes().decode("utf-8", errors="replace"))
    return [line for line in text.split("\n") if line.strip()]


def _segmenter() -> Callable[[str], object] | None:
    try:
        from underthesea import word_tokenize
    except ImportError:
        print("underthesea is not installed (make bench installs it): its column is left empty")
        return None
    word_tokenize("khởi động")  # the first call loads the model
    return word_tokenize


def _parse(path: Path) -> None:
    from dondoc.extraction.header import parse_header
    from dondoc.extraction.readers import read_document
    from dondoc.extraction.references import find_references
    from dondoc.extraction.structure import parse_structure

    doc = read_document(path)
    header = parse_header(doc)
    parse_structure(doc)
    find_references(doc, header)


def run() -> str:
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    lines = ["## Extraction", "", f"{machine()} Load average at start: {load}.", ""]
    if not CORPUS.is_dir():
        msg = f"Corpus not found at {CORPUS}: benchmark skipped."
        print(msg)
        return "\n".join([*lines, msg])
    from dondoc.extraction import extract
    from dondoc.extraction.readers import read_document

    paths = sorted(p for p in CORPUS.iterdir() if p.is_file())
    seed = [p for p in paths if p.name.startswith("000_")]
    paths = seed + [p for p in paths if p not in seed]
    if seed:
        lines += _stages(seed[0])
    lines += [
        f"Median of {RUNS} runs per document, in milliseconds; × = ratio to the floor.",
        "",
        "| document | KB | floor ms | read ms | read × | parse ms | parse × | extract ms | extract × "
        "| underthesea ms |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    segment = _segmenter()
    total_bytes = 0
    totals = [0.0, 0.0, 0.0]
    for path in paths:
        size = path.stat().st_size
        floor = median_ms(lambda p=path: _floor(p), RUNS)
        read = median_ms(lambda p=path: read_document(p), RUNS)
        parse = median_ms(lambda p=path: _parse(p), RUNS)
        try:
            full = median_ms(lambda p=path: extract(p), RUNS)
        except Exception as err:  # another layer failing must not hide the reader figures
            print(f"extract failed on {path.name}: {err!r}")
            full = float("nan")
        if segment is not None:
            clean = read_document(path).text
            uts = f"{median_ms(lambda t=clean: segment(t), 3):.0f}"
        else:
            uts = "—"
        total_bytes += size
        for i, value in enumerate((floor, read, full)):
            totals[i] += value
        lines.append(
            f"| {path.name[:60]} | {size / 1024:.1f} | {floor:.3f} | {read:.3f} | {read / floor:.1f} "
            f"| {parse:.2f} | {parse / floor:.0f} | {full:.2f} | {full / floor:.0f} | {uts} |"
        )
    mb = total_bytes / (1024 * 1024)
    lines += [
        "",
        f"Overall ({len(paths)} documents, {mb:.2f} MB): floor {mb / totals[0] * 1000:.1f} MB/s, "
        f"read_document {mb / totals[1] * 1000:.1f} MB/s, extract {mb / totals[2] * 1000:.2f} MB/s.",
    ]
    return "\n".join(lines)
