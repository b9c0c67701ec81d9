"""``python -m bench [names...]``: run the named benchmarks (all when none) and update
docs/benchmarks.md. A benchmark is a module with ``NAME`` and ``run() -> str`` (its Markdown
section); register new ones (storage, web, ...) in ``BENCHMARKS``."""

from __future__ import annotations

import argparse
import importlib

from bench.report import REPORT, write_section

BENCHMARKS = {"extraction": "bench.extraction", "storage": "bench.storage", "web": "bench.web"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("names", nargs="*", help=f"benchmarks to run: {', '.join(BENCHMARKS)}")
    args = parser.parse_args(argv)
    names = args.names or list(BENCHMARKS)
    unknown = [n for n in names if n not in BENCHMARKS]
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(unknown)}; known: {', '.join(BENCHMARKS)}")
    for name in names:
        module = importlib.import_module(BENCHMARKS[name])
        print(f"== {name}")
        section = module.run()
        write_section(name, section)
        print(section)
    print(f"wrote {REPORT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
