"""Reading and extraction speed on the dev corpus, against a floor that only decodes.

Per document, median of RUNS in-process runs of:
  floor   read bytes + UTF-8 decode + NFC + split into non-empty paragraphs (the least any
          reader must do),
  read    ``read_document`` (format sniffing, encoding decision, repairs, blocks, source map),
  extract ``dondoc.extraction.extract`` (read + header, structure, tasks, figures, references).
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from bench.report import ROOT, machine, median_ms

NAME = "extraction"
RUNS = 7
CORPUS = ROOT.parent / "shared" / "corpus" / "dev" / "docs"


def _floor(path: Path) -> list[str]:
    text = unicodedata.normalize("NFC", path.read_bytes().decode("utf-8", errors="replace"))
    return [line for line in text.split("\n") if line.strip()]


def run() -> str:
    lines = ["## Extraction", "", machine(), ""]
    if not CORPUS.is_dir():
        msg = f"Corpus not found at {CORPUS}: benchmark skipped."
        print(msg)
        return "\n".join([*lines, msg])
    from dondoc.extraction import extract
    from dondoc.extraction.readers import read_document

    paths = sorted(p for p in CORPUS.iterdir() if p.is_file())
    seed = [p for p in paths if p.name.startswith("000_")]
    paths = seed + [p for p in paths if p not in seed]
    lines += [
        f"Median of {RUNS} runs per document, in milliseconds; × = ratio to the floor.",
        "",
        "| document | KB | floor ms | read ms | read × | extract ms | extract × |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    total_bytes = 0
    totals = [0.0, 0.0, 0.0]
    for path in paths:
        size = path.stat().st_size
        floor = median_ms(lambda p=path: _floor(p), RUNS)
        read = median_ms(lambda p=path: read_document(p), RUNS)
        try:
            full = median_ms(lambda p=path: extract(p), RUNS)
        except Exception as err:  # another layer failing must not hide the reader figures
            print(f"extract failed on {path.name}: {err!r}")
            full = float("nan")
        total_bytes += size
        for i, value in enumerate((floor, read, full)):
            totals[i] += value
        lines.append(
            f"| {path.name[:60]} | {size / 1024:.1f} | {floor:.3f} | {read:.3f} | {read / floor:.1f} "
            f"| {full:.2f} | {full / floor:.0f} |"
        )
    mb = total_bytes / (1024 * 1024)
    lines += [
        "",
        f"Overall ({len(paths)} documents, {mb:.2f} MB): floor {mb / totals[0] * 1000:.1f} MB/s, "
        f"read_document {mb / totals[1] * 1000:.1f} MB/s, extract {mb / totals[2] * 1000:.2f} MB/s.",
    ]
    return "\n".join(lines)
