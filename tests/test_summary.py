"""Run summaries: the time window in run names, the markdown artifact."""

from __future__ import annotations

from datetime import UTC, datetime

from pantau.summary import IngestSummary, SourceTally, summary_markdown, window_label


def test_window_label_is_in_jakarta_time() -> None:
    end = datetime(2026, 11, 25, 23, 45, tzinfo=UTC)
    assert window_label(datetime(2026, 11, 25, 23, 30, tzinfo=UTC), end) == (
        "26 Nov 06:30-06:45 WIB"
    )
    assert window_label(datetime(2026, 11, 25, 16, 0, tzinfo=UTC), end) == (
        "25 Nov 23:00 - 26 Nov 06:45 WIB"
    )
    assert window_label(None, end) == "to 26 Nov 06:45 WIB"


def test_markdown_lists_every_source_and_escapes_pipes() -> None:
    start = datetime(2026, 11, 26, 0, 0, tzinfo=UTC)
    summary = IngestSummary(
        run_id="r1",
        started_at=start,
        finished_at=start,
        sources=(
            SourceTally("ok-source", entries=3, new_articles=2, alerts=1),
            SourceTally("bad-source", feed_error="HTTP 500 | upstream"),
        ),
        new_alerts=("Korut kirim peluru ke Rusia",),
    )
    text = summary_markdown(summary)
    assert "| ok-source | 3 | 2 | 0 | 0 | 0 | 1 |  |" in text
    assert "HTTP 500 \\| upstream" in text
    assert "- Korut kirim peluru ke Rusia" in text
