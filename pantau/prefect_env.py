"""Prefect settings Pantau needs before prefect is first imported."""

from __future__ import annotations

from collections.abc import MutableMapping

PREFECT_DEFAULTS = {
    # Telemetry attempts fail offline and log "database is locked" tracebacks.
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    # The first ephemeral start on a fresh home takes 15-18 s here; the default is 20 s.
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
}


def apply_prefect_defaults(env: MutableMapping[str, str]) -> None:
    """Set Pantau's Prefect defaults where the user has not chosen otherwise."""
    for key, value in PREFECT_DEFAULTS.items():
        env.setdefault(key, value)


def quiet_prefect_console(env: MutableMapping[str, str]) -> None:
    """For one-shot commands, which print their own summary and one-line errors.

    Prefect's console handler would repeat them, with tracebacks. Call before prefect
    is imported.
    """
    env.setdefault("PREFECT_LOGGING_LEVEL", "CRITICAL")
