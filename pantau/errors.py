"""Pantau's error tree: a whole-run failure raises one of these; a bad feed or page is data."""


class PantauError(Exception):
    """Base of every error the CLI turns into one clean line."""


class ConfigError(PantauError):
    """A settings, sources or watchlist file is missing or invalid."""


class WarehouseError(PantauError):
    """The DuckDB file cannot be opened, migrated or written."""


class DeliveryError(PantauError):
    """A digest could not be delivered (SMTP refused or unreachable)."""
