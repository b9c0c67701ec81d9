"""The one error the extraction package raises."""

from __future__ import annotations

from dondoc.domain.errors import InputError


class ReadError(InputError):
    """A document that cannot be read: names the file and the reason, in Vietnamese."""

    def __init__(self, name: str, reason: str) -> None:
        self.name = name
        self.reason = reason
        super().__init__(f"Không đọc được tệp “{name}”: {reason}")
