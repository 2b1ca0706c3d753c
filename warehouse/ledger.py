"""What digests and chat channels share: a ledger of sent reports, ids, and one recorded send."""

from __future__ import annotations

from collections.abc import Sequence

import duckdb

from pantau.digest.model import SentItem
from pantau.errors import WarehouseError

# Names below come from the two ledgers' own constants, never from a request.
_SENT = (
    "SELECT article_id, source_id, role, supplier, recipient, coalesce(items, [])"
    " FROM {table} WHERE {where} ORDER BY {order}, article_id"
)


def load_ledger(
    con: duckdb.DuckDBPyConnection, table: str, where: str, order: str, params: Sequence[object]
) -> list[SentItem]:
    """Every report a ledger table holds for one recipient, in the order it was sent."""
    rows = con.execute(_SENT.format(table=table, where=where, order=order), params).fetchall()
    return [SentItem(r[0], r[1], r[2] == "shown", r[3], r[4], tuple(r[5])) for r in rows]


def reserve_id(con: duckdb.DuckDBPyConnection, sequence: str, table: str, column: str) -> int:
    """The id of the next send: never one at or below an id already recorded."""
    # DuckDB does not persist a sequence advanced only by a SELECT once the connection
    # closes, so the table's own maximum bounds it too.
    recorded = f"(SELECT coalesce(max({column}), 0) + 1 FROM {table})"
    row = con.execute(f"SELECT greatest(nextval('{sequence}'), {recorded})").fetchone()
    assert row is not None
    return int(row[0])


def record_send(
    con: duckdb.DuckDBPyConnection,
    header: tuple[str, Sequence[object]],
    items: tuple[str, Sequence[Sequence[object]]],
    failure: str,
) -> None:
    """Insert a send's header row and its ledger rows in one transaction.

    `header` and `items` are (table, rows); `failure` opens the one-line error raised when
    the warehouse refuses them, after the send itself has already happened.
    """
    (head_table, head_row), (item_table, item_rows) = header, items
    try:
        con.execute("BEGIN TRANSACTION")
        con.execute(f"INSERT INTO {head_table} VALUES ({_marks(len(head_row))})", head_row)
        if item_rows:
            marks = _marks(len(item_rows[0]))
            con.executemany(f"INSERT INTO {item_table} VALUES ({marks})", item_rows)
        con.execute("COMMIT")
    except duckdb.Error as exc:
        con.execute("ROLLBACK")
        raise WarehouseError(f"{failure}: {str(exc).strip().splitlines()[0]}") from exc


def _marks(n: int) -> str:
    return ", ".join("?" * n)
