"""The send ledger digests and chat channels share, on a real warehouse file."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from pantau.errors import WarehouseError
from warehouse.db import connect
from warehouse.ledger import load_ledger, record_send, reserve_id

NOW = datetime(2026, 12, 3, 8, 0, tzinfo=UTC)


def _digest(digest_id: int) -> list[object]:
    return [digest_id, "desk@example.org", f"<{digest_id}@pantau>", "s", 1, 0, None, NOW, NOW]


def _item(digest_id: int, article: str, role: str = "shown") -> tuple[object, ...]:
    return (digest_id, "desk@example.org", "story", article, "src", role, "KP", "RU", ["shells"])


def test_ids_stay_above_every_recorded_send_across_sessions(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    con = connect(db)
    first = reserve_id(con, "digest_id_seq", "digests", "digest_id")
    record_send(con, ("digests", _digest(first)), ("digest_items", []), "not recorded")
    con.close()
    con = connect(db)
    # A sequence advanced only by SELECT is not kept: the recorded maximum must bound it.
    assert reserve_id(con, "digest_id_seq", "digests", "digest_id") > first
    con.close()


def test_a_refused_send_records_nothing_and_says_so_in_one_line(tmp_path: Path) -> None:
    con = connect(tmp_path / "w.duckdb")
    items = [_item(7, "a1"), _item(7, "a1")]  # the same article twice breaks the primary key
    with pytest.raises(WarehouseError) as refused:
        record_send(con, ("digests", _digest(7)), ("digest_items", items), "digest 7 lost")
    assert str(refused.value).startswith("digest 7 lost: ") and "\n" not in str(refused.value)
    assert con.execute("SELECT count(*) FROM digests").fetchone() == (0,)


def test_the_ledger_reads_back_in_send_order_with_roles(tmp_path: Path) -> None:
    con = connect(tmp_path / "w.duckdb")
    record_send(con, ("digests", _digest(2)), ("digest_items", [_item(2, "b")]), "x")
    record_send(con, ("digests", _digest(1)), ("digest_items", [_item(1, "c", "folded")]), "x")
    sent = load_ledger(con, "digest_items", "mail_to = ?", "digest_id", ["desk@example.org"])
    assert [(s.article_id, s.shown, s.items) for s in sent] == [
        ("c", False, ("shells",)),
        ("b", True, ("shells",)),
    ]
