"""Shared fixtures. Each topic keeps its own fixtures beside its tests."""
