"""Google News links already decoded to their publishers' URLs (table `gnews_links`)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

import duckdb

from warehouse.store import registered, upsert_rows

_URL_COLUMN = (("google_url", "VARCHAR"),)
_COLUMNS = (
    ("google_url", "VARCHAR"),
    ("url", "VARCHAR"),
    ("source_id", "VARCHAR"),
    ("decoded_at", "TIMESTAMPTZ"),
)


def decoded_links(con: duckdb.DuckDBPyConnection, google_urls: Iterable[str]) -> frozenset[str]:
    """Which of `google_urls` were decoded before."""
    wanted = [(url,) for url in dict.fromkeys(google_urls)]
    if not wanted:
        return frozenset()
    with registered(con, "wanted_links", _URL_COLUMN, wanted):
        rows = con.execute(
            "SELECT google_url FROM wanted_links"
            " WHERE google_url IN (SELECT google_url FROM gnews_links)"
        ).fetchall()
    return frozenset(row[0] for row in rows)


def record_links(
    con: duckdb.DuckDBPyConnection,
    links: Sequence[tuple[str, str, str]],
    now: datetime,
) -> None:
    """Remember (Google link, publisher URL, source id); a link seen twice keeps the first."""
    rows = [(google, url, source_id, now) for google, url, source_id in links]
    upsert_rows(con, "gnews_links", _COLUMNS, rows, key=None)
