"""The `pantau` command line."""

from __future__ import annotations

from pantau.cli.app import app


def main() -> None:
    """Entry point of the `pantau` console script."""
    app()
