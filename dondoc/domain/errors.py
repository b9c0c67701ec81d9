"""The small family of typed errors every layer raises.

Each error carries a Vietnamese message meant for the user (``message``) and an HTTP-like
``status`` so the web and CLI adapters can render it without knowing the concrete class.
"""

from __future__ import annotations


class DondocError(Exception):
    """Base class: an expected failure with a user-facing Vietnamese message."""

    status: int = 400

    def __init__(self, message: str, *, status: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        if status is not None:
            self.status = status

    def __str__(self) -> str:
        return self.message


class InputError(DondocError):
    """A file, a form or an argument that cannot be used as given."""


class NotFoundError(DondocError):
    status = 404


class PermissionDenied(DondocError):
    status = 403


class ConflictError(DondocError):
    """A concurrent change, a duplicate, or an invalid state transition."""

    status = 409
