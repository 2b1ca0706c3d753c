"""A progress hook the CLI sets and the flow reports to; silent by default."""

from __future__ import annotations

from contextvars import ContextVar
from typing import Protocol


class Progress(Protocol):
    """Receives the number of pages to process, then increments."""

    def start(self, total: int) -> None: ...

    def advance(self, count: int) -> None: ...


class _Silent:
    def start(self, total: int) -> None:
        pass

    def advance(self, count: int) -> None:
        pass


_SILENT = _Silent()
_current: ContextVar[Progress | None] = ContextVar("pantau_progress", default=None)


def current_progress() -> Progress:
    """The progress reporter of the calling context."""
    return _current.get() or _SILENT


def use_progress(progress: Progress) -> None:
    """Set the reporter for the flows run from this context."""
    _current.set(progress)
