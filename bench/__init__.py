"""Benchmarks: ``python -m bench [names...]`` writes one section per benchmark to docs/benchmarks.md."""
