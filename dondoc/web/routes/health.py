"""``/api/health``: a trivial endpoint (liveness probe and the benchmark's baseline)."""

from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel

router = APIRouter()


class Health(BaseModel):
    status: str


@router.get("/api/health", response_model=Health, tags=["hệ thống"])
async def health() -> Health:
    """Trả lời ngay, không đọc cơ sở dữ liệu."""
    return Health(status="ok")
