"""The search index: every article's distinct words, written with the article itself."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress

import duckdb

# A word is a run of letters, digits, underscores and combining marks. A query term made
# only of such characters can occur in a text only inside one word, so "the term is a
# substring of some indexed word" is exactly the scan's substring match.
WORD = re.compile(r"[\w\u0300-\u036f]+")
# Lower-cased by DuckDB, as the scan's ILIKE does, so both fold case the same way.
BODY = "lower(coalesce(a.title, '') || ' ' || coalesce(a.text, a.summary, ''))"
CHUNK = 2000
# New postings are appended unsorted; once they are this share of the table (and at least
# RESORT_MIN rows), the table is resorted by term, so a lookup keeps reading few row groups.
RESORT_SHARE = 0.2
RESORT_MIN = 2_000_000
FILL_MEMORY = "512MB"


def words(body: str) -> str:
    """The distinct words of an already lower-cased text, joined by single spaces."""
    return " ".join(dict.fromkeys(WORD.findall(body)))


def index_covers(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether the warehouse has the index (0070 applied) and it holds every stored article.

    An article written past Pantau's writers (plain SQL, an older Pantau) is indexed by the
    next write; until then a search scans, with the same rows, only slower.
    """
    try:
        ((same,),) = con.execute(
            "SELECT (SELECT count(*) FROM articles) = (SELECT count(*) FROM search_docs)"
        ).fetchall()
    except duckdb.CatalogException:
        return False
    return bool(same)


def index_articles(con: duckdb.DuckDBPyConnection, article_ids: Iterable[str]) -> None:
    """Reindex these articles as now stored (new, changed or gone); call inside a transaction."""
    ids = list(dict.fromkeys(article_ids))
    added = 0
    for start in range(0, len(ids), CHUNK):
        added += _index_chunk(con, ids[start : start + CHUNK])
    if not index_covers(con):
        # Articles written past these functions (plain SQL, an older Pantau) catch up here.
        strays = [
            str(r[0])
            for r in con.execute(
                "SELECT article_id FROM articles ANTI JOIN search_docs USING (article_id)"
                " UNION ALL SELECT article_id FROM search_docs ANTI JOIN articles"
                " USING (article_id)"
            ).fetchall()
        ]
        for start in range(0, len(strays), CHUNK):
            added += _index_chunk(con, strays[start : start + CHUNK])
    if added:
        con.execute("UPDATE search_state SET unsorted = unsorted + ?", [added])
        _resort_if_due(con)


def rebuild(con: duckdb.DuckDBPyConnection) -> None:
    """Index every stored article from scratch (the migration's fill, or a repair)."""
    con.execute("DELETE FROM search_postings")
    con.execute("DELETE FROM search_docs")
    ids = [str(r[0]) for r in con.execute("SELECT article_id FROM articles ORDER BY 1").fetchall()]
    # Gathered apart and written once, sorted: the table is never resorted in place.
    with _memory_capped(con):
        con.execute("CREATE OR REPLACE TEMP TABLE search_fill (term_id INTEGER, doc INTEGER)")
        for start in range(0, len(ids), CHUNK):
            _index_chunk(con, ids[start : start + CHUNK], into="search_fill")
        con.execute("INSERT INTO search_postings SELECT * FROM search_fill ORDER BY term_id, doc")
        con.execute("DROP TABLE search_fill")
    con.execute("UPDATE search_state SET unsorted = 0")


def resort(con: duckdb.DuckDBPyConnection) -> None:
    """Rewrite the postings sorted by term, so each word's rows sit in few row groups."""
    with _memory_capped(con):
        con.execute(
            "CREATE OR REPLACE TEMP TABLE search_sorted AS"
            " SELECT term_id, doc FROM search_postings ORDER BY term_id, doc"
        )
        con.execute("DELETE FROM search_postings")
        con.execute("INSERT INTO search_postings SELECT term_id, doc FROM search_sorted")
        con.execute("DROP TABLE search_sorted")
    con.execute("UPDATE search_state SET unsorted = 0")


@contextmanager
def _memory_capped(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """Cap DuckDB's memory for the block: it spills big sorts to disk instead of holding them.

    Uncapped, filling the index of 100,000 articles held 1.8 GB; capped, 0.8 GB in the same
    time (bench/search_index.py).
    """
    ((memory,),) = con.execute("SELECT current_setting('memory_limit')").fetchall()
    con.execute(f"SET memory_limit = '{FILL_MEMORY}'")
    try:
        yield
    finally:
        # A failed block leaves its transaction aborted, and the caller's rollback matters
        # more than the setting of a connection about to be closed.
        with suppress(duckdb.Error):
            con.execute("SET memory_limit = ?", [memory])


def _resort_if_due(con: duckdb.DuckDBPyConnection) -> None:
    ((unsorted, total),) = con.execute(
        "SELECT (SELECT unsorted FROM search_state), (SELECT count(*) FROM search_postings)"
    ).fetchall()
    if int(unsorted) >= max(RESORT_MIN, RESORT_SHARE * int(total)):
        resort(con)


def _index_chunk(
    con: duckdb.DuckDBPyConnection, ids: Sequence[str], *, into: str = "search_postings"
) -> int:
    """Replace these articles' docs and postings (written to `into`); return the postings."""
    if into == "search_postings":  # else a rebuild, which starts from empty tables
        old = [
            int(r[0])
            for r in con.execute(
                "SELECT doc FROM search_docs WHERE article_id IN (SELECT unnest($ids))",
                {"ids": list(ids)},
            ).fetchall()
        ]
        if old:
            con.execute(
                "DELETE FROM search_postings WHERE doc IN (SELECT unnest($docs))", {"docs": old}
            )
            # An article no longer stored leaves the index with its postings.
            con.execute(
                "DELETE FROM search_docs WHERE doc IN (SELECT unnest($docs))"
                " AND article_id NOT IN (SELECT article_id FROM articles"
                "  WHERE article_id IN (SELECT unnest($ids)))",
                {"docs": old, "ids": list(ids)},
            )
    con.execute(
        "INSERT INTO search_docs (article_id, seen, source_id)"
        " SELECT article_id, coalesce(published_at, fetched_at), source_id FROM articles"
        " WHERE article_id IN (SELECT unnest($ids))"
        " ON CONFLICT (article_id) DO UPDATE SET seen = excluded.seen,"
        " source_id = excluded.source_id",
        {"ids": list(ids)},
    )
    rows = con.execute(
        f"SELECT d.doc, {BODY} FROM articles a JOIN search_docs d USING (article_id)"
        " WHERE a.article_id IN (SELECT unnest($ids))",
        {"ids": list(ids)},
    ).fetchall()
    if not rows:
        return 0
    # Replaced, not created: a batch that failed outside a transaction leaves it behind.
    con.execute(
        "CREATE OR REPLACE TEMP TABLE search_batch AS"
        " SELECT doc, unnest(string_split(body, ' ')) AS term"
        " FROM (SELECT unnest($docs) AS doc, unnest($bodies) AS body) WHERE body <> ''",
        {"docs": [int(r[0]) for r in rows], "bodies": [words(str(r[1])) for r in rows]},
    )
    con.execute(
        "INSERT INTO search_terms (term) SELECT DISTINCT term FROM search_batch"
        " WHERE term NOT IN (SELECT term FROM search_terms)"
    )
    written = con.execute(
        f"INSERT INTO {into} SELECT t.term_id, b.doc FROM search_batch b"
        " JOIN search_terms t USING (term) ORDER BY t.term_id, b.doc"
    ).fetchall()
    con.execute("DROP TABLE search_batch")
    return int(written[0][0]) if written else 0
