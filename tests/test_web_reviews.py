"""Reviews in the warehouse: the alert views honour them, reclassify does not undo them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner
from web_site import private_warehouse

from conftest import REPO
from pantau.cli import app
from pantau.reviews import ReviewError, make_review
from warehouse.db import session
from warehouse.reviews import record_review, story_reviews

DEVSET = REPO / "tests" / "data" / "arms_devset.jsonl"
NOW = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)


@pytest.fixture
def web_db(tmp_path_factory: pytest.TempPathFactory, tmp_path: Path) -> Path:
    return private_warehouse(tmp_path_factory, tmp_path)


def _pantau(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pantau", *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=dict(os.environ),
        timeout=120,
    )


def _alerts(db: Path) -> dict[str, tuple[object, ...]]:
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute(
            "SELECT story_id, article_id, title, supplier, recipient, items, review, reviewed"
            " FROM alerts"
        ).fetchall()
    return {r[0]: r[1:] for r in rows}


def _review(db: Path, story_id: str, article_id: str, action: str, at: datetime, **kw: str) -> None:
    review = make_review(
        story_id=story_id,
        article_id=article_id,
        action=action,
        reviewer="analis",
        reviewed_at=at,
        **kw,
    )
    with session(db) as con:
        record_review(con, review)


def _first_alert(db: Path, title_word: str) -> tuple[str, str, str]:
    for story_id, (article_id, title, *_rest) in _alerts(db).items():
        if title_word in str(title):
            return story_id, str(article_id), str(title)
    raise AssertionError(f"no alert titled with {title_word!r}")


def test_a_dismissed_story_leaves_alerts_and_the_next_digest(web_db: Path) -> None:
    story_id, article_id, title = _first_alert(web_db, "Jutaan Peluru")
    before = _alerts(web_db)
    assert before[story_id][5:] == (None, False)
    _review(web_db, story_id, article_id, "dismiss", NOW, reason="not_arms_supply")
    after = _alerts(web_db)
    assert story_id not in after
    assert len(after) == len(before) - 1
    with duckdb.connect(str(web_db), read_only=True) as con:
        left = con.execute(
            "SELECT count(*) FROM alert_articles WHERE story_id = ?", [story_id]
        ).fetchone()
    assert left == (0,)
    done = _pantau("digest", "--dry-run", str(web_db.parent / "dg"), "--db", str(web_db))
    assert done.returncode == 0, done.stderr
    preview = next((web_db.parent / "dg").glob("*.html")).read_text(encoding="utf-8")
    assert title not in preview
    assert _first_alert(web_db, "KN-23")[2] in preview


def test_a_correction_replaces_the_filters_fields_and_survives_reclassify(
    web_db: Path,
) -> None:
    story_id, article_id, _ = _first_alert(web_db, "Su-35")
    assert _alerts(web_db)[story_id][2:4] == ("RU", "IR")
    _review(
        web_db,
        story_id,
        article_id,
        "correct",
        NOW,
        supplier="ru",
        recipient="IR",
        items="fighter jet, Su-35",
        note="the jets only",
    )
    expected = ("RU", "IR", ["fighter jet", "su-35"], "correct", True)
    assert _alerts(web_db)[story_id][2:] == expected
    done = _pantau("reclassify", "--all", "--db", str(web_db))
    assert done.returncode == 0, done.stderr
    assert "re-judged" in done.stdout
    assert _alerts(web_db)[story_id][2:] == expected
    with duckdb.connect(str(web_db), read_only=True) as con:
        pairs = con.execute(
            "SELECT actors FROM alert_articles WHERE story_id = ?", [story_id]
        ).fetchall()
    assert all({"RU", "IR"} <= set(a) for (a,) in pairs)


def test_a_dismissal_survives_reclassify_too(web_db: Path) -> None:
    story_id, article_id, _ = _first_alert(web_db, "KN-23")
    _review(web_db, story_id, article_id, "dismiss", NOW, reason="not_watched")
    assert _pantau("reclassify", "--all", "--db", str(web_db)).returncode == 0
    assert story_id not in _alerts(web_db)


def test_a_missed_alert_appears_and_the_latest_review_stands(web_db: Path) -> None:
    with duckdb.connect(str(web_db), read_only=True) as con:
        row = con.execute(
            "SELECT a.article_id, coalesce(a.story_id, a.article_id), a.title FROM articles a"
            " JOIN verdicts v USING (article_id)"
            " WHERE NOT v.alert AND coalesce(a.story_id, a.article_id) NOT IN"
            " (SELECT story_id FROM alert_articles) ORDER BY a.article_id LIMIT 1"
        ).fetchone()
    assert row is not None
    article_id, story_id, title = row
    assert story_id not in _alerts(web_db)
    _review(web_db, story_id, article_id, "missed_alert", NOW, supplier="KP", recipient="RU")
    shown = _alerts(web_db)[story_id]
    assert shown[:4] == (article_id, title, "KP", "RU") and shown[5:] == ("missed_alert", True)
    _review(web_db, story_id, article_id, "dismiss", NOW + timedelta(minutes=5))
    assert story_id not in _alerts(web_db)
    _review(web_db, story_id, article_id, "missed_alert", NOW + timedelta(minutes=9))
    assert _alerts(web_db)[story_id][5] == "missed_alert"
    with session(web_db, read_only=True) as con:
        history = story_reviews(con, story_id)
    assert [r.action for r in history] == ["missed_alert", "dismiss", "missed_alert"]


def test_export_writes_standing_reviews_in_the_devset_format(web_db: Path) -> None:
    dismissed = _first_alert(web_db, "Jutaan Peluru")
    corrected = _first_alert(web_db, "Su-35")
    _review(web_db, *dismissed[:2], "confirm", NOW)
    _review(web_db, *dismissed[:2], "dismiss", NOW + timedelta(hours=1), note="a rumour")
    _review(web_db, *corrected[:2], "correct", NOW, supplier="RU", recipient="IR")
    out = web_db.parent / "reviewed.jsonl"
    done = _pantau("reviews", "export", "--out", str(out), "--db", str(web_db))
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    devset_keys = list(json.loads(DEVSET.read_text(encoding="utf-8").splitlines()[0]))
    assert [list(line) for line in lines] == [devset_keys, devset_keys]
    by_id = {line["id"]: line for line in lines}
    gone, kept = by_id[dismissed[1]], by_id[corrected[1]]
    assert (gone["alert"], gone["arms_supply"], gone["watched"]) == (False, False, False)
    assert gone["supplier"] is None and gone["note"].startswith("a rumour [dismiss")
    assert gone["title"] == dismissed[2] and len(gone["text"]) > 200 and gone["lang"] == "id"
    assert (kept["alert"], kept["supplier"], kept["recipient"]) == (True, "RU", "IR")
    assert _pantau("reviews", "export", "--db", str(web_db)).stdout.count("\n") == 2


def test_reviews_export_has_help_with_an_example() -> None:
    result = CliRunner().invoke(app, ["reviews", "export", "-h"])
    assert result.exit_code == 0 and "Example:" in result.output


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("action", "delete", "unknown review action"),
        ("supplier", "Russia!", "neither a two-letter"),
        ("items", "<b>drone</b>", "not a plain name"),
        ("reason", "boring", "unknown dismiss reason"),
    ],
)
def test_a_malformed_review_is_refused_with_a_reason(field: str, value: str, message: str) -> None:
    args = {"action": "dismiss", field: value}
    with pytest.raises(ReviewError, match=message):
        make_review(story_id="s", article_id="a", reviewer="r", reviewed_at=NOW, **args)


def test_a_correction_to_an_armed_group_keeps_its_base_country_and_name(web_db: Path) -> None:
    story_id, article_id, _ = _first_alert(web_db, "Jutaan Peluru")
    groups = {"houthi": ("YE", "Houthis")}
    review = make_review(
        story_id=story_id,
        article_id=article_id,
        action="correct",
        reviewer="analis",
        reviewed_at=NOW,
        supplier="IR",
        recipient="Houthis",
        items="missile",
        groups=groups,
    )
    assert (review.recipient, review.recipient_group) == ("YE", "Houthis")
    with pytest.raises(ReviewError, match="watched armed group"):
        make_review(story_id=story_id, article_id=article_id, action="correct",
                    reviewer="analis", reviewed_at=NOW, recipient="atlantis",
                    groups=groups)  # fmt: skip
    with session(web_db) as con:
        record_review(con, review)
        pair = con.execute(
            "SELECT supplier, recipient, recipient_group FROM alerts WHERE story_id = ?",
            [story_id],
        ).fetchone()
        flows = con.execute(
            "SELECT DISTINCT supplier, recipient, recipient_group FROM alert_transfers"
            " WHERE story_id = ?",
            [story_id],
        ).fetchall()
    assert pair == ("IR", "YE", "Houthis")
    assert flows == [("IR", "YE", "Houthis")]  # the filter's KP -> RU transfers are replaced


def test_the_filter_is_scored_on_the_reviews_in_the_warehouse(web_db: Path) -> None:
    story_id, article_id, _ = _first_alert(web_db, "Jutaan Peluru")
    _review(web_db, story_id, article_id, "dismiss", NOW, reason="not_arms_supply")
    done = subprocess.run(
        [sys.executable, "bench/eval_filter.py", "--reviews", str(web_db)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    line = next(x for x in done.stdout.splitlines() if x.startswith("reviews"))
    assert line.split()[1:3] == ["1", "0"]  # one reviewed item, no alert after the dismissal
