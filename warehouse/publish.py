"""The readers' copy: a snapshot of the warehouse that analysts' tools may hold open for hours.

DuckDB lets no writer in while any other process has the file open, read-only included, so
analysts open a copy instead. It is written beside the warehouse under a temporary name and
renamed into place: a reader that has the old copy open keeps its inode and goes on
querying, and the next open sees the new copy.
"""

from __future__ import annotations

import os
import shutil
import uuid
from pathlib import Path

import duckdb

from warehouse.db import readers_copy


def publish_copy(con: duckdb.DuckDBPyConnection, db: Path) -> Path:
    """Checkpoint the warehouse `con` holds for writing, and publish a copy of its file."""
    # With the WAL folded in, the file alone is the whole database; holding `con` keeps every
    # other writer out until the copy is done, so the copy is one consistent state.
    con.execute("FORCE CHECKPOINT")
    target = readers_copy(db)
    tmp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        shutil.copyfile(db, tmp)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target
