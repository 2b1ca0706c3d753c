"""`pantau sources check`, silent and challenged feeds, over a real local server."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sources_site import SourcesSite, sources_file, sources_site
from typer.testing import CliRunner

from pantau.cli import app
from pantau.feed_guard import challenge_reason
from pantau.freshness import judge_freshness
from pantau.records import FeedEntry

runner = CliRunner()


@pytest.fixture(scope="module")
def site() -> Iterator[SourcesSite]:
    with sources_site() as running:
        yield running


@pytest.fixture
def sources(site: SourcesSite, tmp_path: Path) -> Path:
    path = tmp_path / "sources.toml"
    path.write_text(sources_file(site), encoding="utf-8")
    return path


def _check(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["sources", "check", *args])
    return result.exit_code, result.stdout, result.stderr


def test_check_says_what_each_source_answered(site: SourcesSite, sources: Path) -> None:
    code, out, err = _check(
        "--sources", str(sources), "--allow-host", site.host, "--format", "json"
    )
    rows = {row["source_id"]: row for row in json.loads(out)}
    assert rows["fresh"]["status"] == "ok" and rows["fresh"]["items"] == 3
    assert rows["fresh"]["newest_age_hours"] < 1
    assert rows["stale"]["status"] == "silent" and rows["stale"]["items"] == 2
    assert rows["stale"]["newest_age_hours"] > 72
    assert "limit 72 h" in rows["stale"]["problem"]
    assert rows["empty"]["status"] == "silent" and rows["empty"]["items"] == 0
    assert "no items" in rows["empty"]["problem"]
    assert rows["challenged"]["status"] == "challenged"
    assert rows["challenged"]["http_status"] == 403
    assert "Cloudflare" in rows["challenged"]["problem"]
    assert rows["walled"]["status"] == "challenged" and rows["walled"]["http_status"] == 202
    assert rows["gone"]["status"] == "dead" and rows["gone"]["http_status"] == 404
    # The search feed answered; one of its three links has no signature to decode.
    assert rows["gnews-korut"]["status"] == "ok" and rows["gnews-korut"]["kind"] == "gnews"
    assert "1 of 3 Google News links not decoded" in rows["gnews-korut"]["problem"]
    assert code == 1
    assert err.strip() == "pantau: 3 of 7 sources dead or challenged"


def test_check_table_and_a_clean_exit_when_all_answer(site: SourcesSite, tmp_path: Path) -> None:
    path = tmp_path / "ok.toml"
    path.write_text(
        f'[[sources]]\nid = "fresh"\nname = "Fresh"\nurl = "{site.base}/fresh.xml"\n'
        f'[[sources]]\nid = "empty"\nname = "Empty"\nurl = "{site.base}/empty.xml"\n',
        encoding="utf-8",
    )
    code, out, err = _check("--sources", str(path), "--allow-host", site.host)
    assert code == 0, err
    assert "fresh" in out and "ok" in out and "silent" in out
    assert err == ""


def test_check_without_a_network_refuses_each_source_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "offline.toml"
    path.write_text(
        '[[sources]]\nid = "nowhere"\nname = "Nowhere"\nurl = "https://pantau-check.invalid/rss"\n'
        '[[sources]]\nid = "private"\nname = "Private"\nurl = "http://127.0.0.1:9/rss"\n',
        encoding="utf-8",
    )
    code, out, err = _check("--sources", str(path), "--format", "csv")
    lines = out.strip().splitlines()
    assert lines[0].startswith("source_id,kind,status")
    assert lines[1].startswith("nowhere,feed,dead,,,,") and "resolve" in lines[1]
    assert lines[2].startswith("private,feed,dead,,,,refused:")
    assert code == 1 and "Traceback" not in out + err


def test_check_rejects_a_bad_sources_file_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text('[[sources]]\nid = "g"\nname = "G"\nkind = "gnews"\nlang = "id"\n')
    code, _, err = _check("--sources", str(path))
    assert code == 1
    assert err.count("\n") == 1 and "field 'query'" in err


def test_help_of_the_sources_group_and_check() -> None:
    for args in (["sources", "-h"], ["sources", "check", "-h"]):
        result = runner.invoke(app, args)
        assert result.exit_code == 0 and "Example:" in result.stdout


@pytest.mark.parametrize(
    ("status", "ctype", "body", "expected"),
    [
        (403, "text/html", b"<html><title>Just a moment...</title></html>", "Cloudflare"),
        (
            200,
            "text/html",
            b"<html><script src=/x.js></script>_Incapsula_Resource</html>",
            "Imperva",
        ),
        (202, None, b"<!DOCTYPE html><html><script>go()</script></html>", "script page"),
        (403, "text/html", b"<html><body>Forbidden</body></html>", None),
        (200, "application/rss+xml", b"<rss><channel><title>captcha</title></channel></rss>", None),
        (503, "text/html", b"<html><body>Down for maintenance</body></html>", None),
    ],
)
def test_challenge_pages_are_told_from_feeds_and_plain_errors(
    status: int, ctype: str | None, body: bytes, expected: str | None
) -> None:
    reason = challenge_reason(status, ctype, body)
    if expected is None:
        assert reason is None
    else:
        assert reason is not None and expected in reason and f"HTTP {status}" in reason


def test_freshness_counts_items_and_the_newest_age() -> None:
    now = datetime(2026, 6, 1, 12, tzinfo=UTC)

    def entry(hours: float | None) -> FeedEntry:
        when = None if hours is None else now - timedelta(hours=hours)
        return FeedEntry("s", f"https://x.example/{hours}", published_at=when)

    fresh = judge_freshness([entry(50), entry(3), entry(None)], now, 48)
    assert (fresh.items, fresh.silent, fresh.age_hours(now)) == (3, None, 3.0)
    stale = judge_freshness([entry(50), entry(None)], now, 48)
    assert stale.silent is not None and "50 h old (limit 48 h)" in stale.silent
    assert judge_freshness([entry(None)], now, 48).silent is None  # undated: cannot tell
    assert judge_freshness([], now, 48).silent is not None
