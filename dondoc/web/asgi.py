"""Entry point for process managers: ``uvicorn --factory dondoc.web.asgi:make_app``."""

from __future__ import annotations

from fastapi import FastAPI

from dondoc.config import Settings
from dondoc.web.app import create_app


def make_app() -> FastAPI:
    """The app for the settings in the environment (``DONDOC_*``)."""
    return create_app(Settings.from_env())
