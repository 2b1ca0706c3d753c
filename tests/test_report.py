"""The weekly trend chart: series, PNG/SVG rendering, `pantau report`, and the digest image."""

from __future__ import annotations

import email
from datetime import UTC, date, datetime, timedelta
from email.policy import default as default_policy
from pathlib import Path

from typer.testing import CliRunner

from pantau.cli import app
from pantau.digest import build_message, render_digest
from pantau.digest.message import CHART_CID
from pantau.digest.model import DigestPlan
from pantau.records import Article, Source, Transfer, Verdict
from pantau.report import WeekCount, flow_label, render_trend, trend_series
from warehouse.db import connect
from warehouse.store import upsert_articles, upsert_sources, write_verdicts
from warehouse.views import weekly_flow_counts

MON = date(2026, 3, 2)
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def test_series_ranks_flows_and_fills_empty_weeks() -> None:
    counts = [
        WeekCount(MON, "KP", "RU", 2),
        WeekCount(MON + timedelta(weeks=2), "KP", "RU", 1),
        WeekCount(MON, "IR", "RU", 1),
        WeekCount(MON + timedelta(days=3), "RU", "IR", 4),  # a Thursday counts in its Monday's week
    ]
    series = trend_series(counts, end=MON + timedelta(weeks=3), top=2)
    assert series.weeks == tuple(MON + timedelta(weeks=n) for n in range(4))
    assert series.lines == ((("RU", "IR"), (4, 0, 0, 0)), (("KP", "RU"), (2, 0, 1, 0)))
    assert trend_series([]).empty


def test_flow_label_names_both_parties_and_marks_an_unclear_one() -> None:
    names = {"KP": "North Korea", "RU": "Russia"}
    assert flow_label(("KP", "RU"), names) == "North Korea → Russia"
    assert flow_label(("IR", None), names) == "IR → ?"


def test_chart_renders_png_and_svg_with_flow_names() -> None:
    series = trend_series(
        [WeekCount(MON, "KP", "RU", 3), WeekCount(MON + timedelta(weeks=1), "IR", "RU", 1)]
    )
    names = {"KP": "North Korea", "RU": "Russia"}
    png = render_trend(series, names=names, fmt="png")
    assert png.startswith(PNG_MAGIC) and len(png) > 5_000
    svg = render_trend(series, names=names, fmt="svg").decode()
    assert "<svg" in svg and "North Korea → Russia (3)" in svg and "IR → Russia (1)" in svg
    empty = render_trend(trend_series([]), fmt="svg").decode()
    assert "No alerts in this period" in empty


def _warehouse(path: Path) -> Path:
    con = connect(path)
    upsert_sources(con, [Source("warta", "Warta", "https://warta.example/rss")])
    when = datetime(2026, 3, 1, 18, 0, tzinfo=UTC)  # Monday 2 March, 01:00 WIB
    articles = [
        Article(f"a{n}", f"https://warta.example/{n}", "warta", when, "trafilatura", f"h{n}",
                title=f"Berita {n}", published_at=when + timedelta(weeks=n), text=f"teks {n}")
        for n in range(3)
    ]  # fmt: skip
    upsert_articles(con, articles)
    # Ukraine and the US are named in the story but neither supplies nor receives.
    actors = ("KP", "RU", "UA", "US")
    verdict = Verdict(True, True, True, 0.9, "KP", "RU", actors, ("shell",), "e", "r")
    quiet = Verdict(False, False, True, 0.1, actors=("IR",))
    write_verdicts(con, [("a0", verdict), ("a1", verdict), ("a2", quiet)], "wl")
    con.close()
    return path


def test_weekly_counts_are_flows_of_alerted_stories_not_every_actor_named(
    tmp_path: Path,
) -> None:
    con = connect(_warehouse(tmp_path / "w.duckdb"))
    counts = weekly_flow_counts(con, date(2026, 1, 1))
    con.close()
    assert counts == [
        WeekCount(MON, "KP", "RU", 1),
        WeekCount(MON + timedelta(weeks=1), "KP", "RU", 1),
    ]


def test_a_story_counts_once_in_each_flow_its_transfers_name(tmp_path: Path) -> None:
    con = connect(tmp_path / "w.duckdb")
    upsert_sources(con, [Source("warta", "Warta", "https://warta.example/rss")])
    when = datetime(2026, 3, 2, 3, 0, tzinfo=UTC)
    upsert_articles(
        con,
        [Article("b0", "https://warta.example/b0", "warta", when, "trafilatura", "hb",
                 title="Korut dan Iran pasok Rusia", published_at=when, text="teks")],
    )  # fmt: skip
    transfers = (
        Transfer("KP", "RU", items=("ammunition",), evidence="peluru", score=0.9),
        Transfer("IR", "RU", items=("drone",), evidence="drone", score=0.8),
        Transfer("IR", "YE", recipient_group="Houthis", items=("missile",), evidence="rudal"),
    )
    verdict = Verdict(True, True, True, 0.9, "KP", "RU", ("KP", "RU", "IR", "YE"),
                      ("ammunition",), "peluru", "r", transfers=transfers)  # fmt: skip
    write_verdicts(con, [("b0", verdict)], "wl")
    counts = weekly_flow_counts(con, date(2026, 1, 1))
    con.close()
    assert counts == [
        WeekCount(MON, "IR", "Houthis", 1),
        WeekCount(MON, "IR", "RU", 1),
        WeekCount(MON, "KP", "RU", 1),
    ]


def test_report_command_writes_png_and_svg(tmp_path: Path) -> None:
    db = _warehouse(tmp_path / "w.duckdb")
    out = tmp_path / "charts"
    result = CliRunner().invoke(
        app, ["report", "--db", str(db), "--out", str(out), "--since", "2026-02-01"]
    )
    assert result.exit_code == 0, result.output
    assert (out / "alert-flows-per-week.png").read_bytes().startswith(PNG_MAGIC)
    svg = (out / "alert-flows-per-week.svg").read_text(encoding="utf-8")
    assert "North Korea → Russia (2)" in svg and "Ukraine" not in svg


def test_report_on_a_missing_database_is_one_clean_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["report", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1
    assert result.output.startswith("pantau: error: no database at")
    assert "Traceback" not in result.output


def test_digest_embeds_the_chart_inline_by_content_id() -> None:
    now = datetime(2026, 3, 9, tzinfo=UTC)
    plan = DigestPlan(mailbox="a@example.org", now=now, stories=())
    png = render_trend(trend_series([WeekCount(MON, "KP", "RU", 2)]), fmt="png")
    rendered = render_digest(plan, chart=True)
    assert f'src="cid:{CHART_CID}"' in rendered.html
    assert "cid:" not in render_digest(plan).html

    raw = build_message(rendered, sender="p@example.org", to="a@example.org", now=now,
                        chart_png=png).as_bytes()  # fmt: skip
    parsed = email.message_from_bytes(raw, policy=default_policy)
    assert parsed.get_content_type() == "multipart/alternative"
    text, related = parsed.get_payload()  # type: ignore[misc]
    assert text.get_content_type() == "text/plain"
    assert related.get_content_type() == "multipart/related"
    html, image = related.get_payload()
    assert html.get_content_type() == "text/html"
    assert image.get_content_type() == "image/png"
    assert image["Content-ID"] == f"<{CHART_CID}>"
    assert image.get_payload(decode=True) == png
