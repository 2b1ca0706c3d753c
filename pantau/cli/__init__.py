"""The `pantau` command line."""

from __future__ import annotations

import os

from pantau.cli import backfill as _backfill  # noqa: F401
from pantau.cli import classify as _classify  # noqa: F401
from pantau.cli import digest as _digest  # noqa: F401
from pantau.cli import ingest as _ingest  # noqa: F401  (registers commands)
from pantau.cli import notify as _notify  # noqa: F401
from pantau.cli import query as _query  # noqa: F401
from pantau.cli import reclassify as _reclassify  # noqa: F401
from pantau.cli import report as _report  # noqa: F401
from pantau.cli import reviews as _reviews  # noqa: F401
from pantau.cli import search as _search  # noqa: F401
from pantau.cli import serve as _serve  # noqa: F401
from pantau.cli import sources as _sources  # noqa: F401
from pantau.cli import sources_check as _sources_check  # noqa: F401
from pantau.cli import web as _web  # noqa: F401
from pantau.cli.app import app
from pantau.prefect_env import apply_prefect_defaults


def main() -> None:
    """Entry point of the `pantau` console script."""
    apply_prefect_defaults(os.environ)
    app()
