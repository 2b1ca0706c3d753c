"""The reviews table: record an analyst's judgement, read a story's history, export them."""

from __future__ import annotations

from collections.abc import Sequence

import duckdb

from pantau.reviews import Review, ReviewedArticle

_COLUMNS = (
    "story_id, article_id, action, reviewer, reviewed_at, reason, supplier, recipient, items, note,"
    " supplier_group, recipient_group"
)


def record_review(con: duckdb.DuckDBPyConnection, review: Review) -> int:
    """Append one review (the history is never rewritten); return its review_id."""
    row = con.execute(
        f"INSERT INTO reviews ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " RETURNING review_id",
        [
            review.story_id,
            review.article_id,
            review.action,
            review.reviewer,
            review.reviewed_at,
            review.reason,
            review.supplier,
            review.recipient,
            list(review.items),
            review.note,
            review.supplier_group,
            review.recipient_group,
        ],
    ).fetchone()
    assert row is not None
    return int(row[0])


def _review(row: Sequence[object]) -> Review:
    return Review(
        story_id=str(row[0]),
        article_id=str(row[1]),
        action=row[2],  # type: ignore[arg-type]  # the table's CHECK keeps it one of ACTIONS
        reviewer=str(row[3]),
        reviewed_at=row[4],  # type: ignore[arg-type]
        reason=row[5],  # type: ignore[arg-type]
        supplier=row[6],  # type: ignore[arg-type]
        recipient=row[7],  # type: ignore[arg-type]
        items=tuple(row[8] or ()),  # type: ignore[arg-type]
        note=row[9],  # type: ignore[arg-type]
        supplier_group=row[10],  # type: ignore[arg-type]
        recipient_group=row[11],  # type: ignore[arg-type]
    )


def story_reviews(con: duckdb.DuckDBPyConnection, story_id: str) -> list[Review]:
    """Every review of a story, latest (the standing one) first."""
    rows = con.execute(
        f"SELECT {_COLUMNS} FROM reviews WHERE story_id = ?"
        " ORDER BY reviewed_at DESC, review_id DESC",
        [story_id],
    ).fetchall()
    return [_review(r) for r in rows]


def reviewed_articles(con: duckdb.DuckDBPyConnection) -> list[ReviewedArticle]:
    """Each story's standing review with the article it was made on, oldest review first."""
    rows = con.execute(
        f"SELECT {', '.join('r.' + c.strip() for c in _COLUMNS.split(','))},"
        " a.lang, coalesce(a.title, ''), coalesce(a.text, a.summary, '')"
        " FROM standing_reviews r JOIN articles a USING (article_id)"
        " ORDER BY r.reviewed_at, r.review_id"
    ).fetchall()
    return [
        ReviewedArticle(review=_review(r[:12]), lang=r[12], title=r[13], text=r[14]) for r in rows
    ]
