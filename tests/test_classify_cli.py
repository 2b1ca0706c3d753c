"""`pantau classify` through the real console script, reading JSONL on stdin."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def run(args: list[str], stdin: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["uv", "run", "--no-sync", "pantau", "classify", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
        check=False,
    )


def test_classify_stdin_keeps_order_and_reports_bad_lines() -> None:
    lines = [
        json.dumps({"id": "a", "title": "Korut Kirim Rudal ke Rusia", "text": "", "lang": "id"}),
        "{not json",
        json.dumps({"id": "c", "title": "Harga cabai naik", "text": "Pedagang mengeluh."}),
        json.dumps({"id": "d", "title": 5}),
    ]
    result = run(["-"], "\n".join(lines) + "\n")
    assert result.returncode == 1
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in out] == ["a", None, "c", "d"]
    assert out[0]["alert"] is True
    assert (out[0]["supplier"], out[0]["recipient"]) == ("KP", "RU")
    assert out[2]["alert"] is False and out[2]["score"] == 0.0
    assert "error" in out[1] and "error" in out[3]
    assert set(out[0]) >= {
        "alert",
        "arms_supply",
        "watched",
        "score",
        "supplier",
        "recipient",
        "actors",
        "items",
        "evidence",
    }
    errors = result.stderr.strip().splitlines()
    assert any("<stdin>:2:" in e and "invalid JSON" in e for e in errors)
    assert any("<stdin>:4:" in e for e in errors)
    assert "Traceback" not in result.stderr


def test_classify_file_with_custom_watchlist(tmp_path: Path) -> None:
    watchlist = tmp_path / "w.toml"
    watchlist.write_text(
        'version = "x"\nwatched = ["RU"]\n[[actor]]\ncode = "RU"\nname = "Russia"\n'
        'aliases = ["Rusia"]\n[[actor]]\ncode = "IR"\nname = "Iran"\naliases = ["Iran"]\n'
        '[[item]]\nname = "drone"\nkind = "drone"\naliases = ["drone"]\n'
        '[[transfer]]\nroot = "pasok"\ndir = "give"\n',
        encoding="utf-8",
    )
    articles = tmp_path / "in.jsonl"
    articles.write_text(
        json.dumps({"id": 7, "title": "Iran pasok drone ke Rusia"}) + "\n", encoding="utf-8"
    )
    result = run([str(articles), "--watchlist", str(watchlist)], "")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["supplier"] == "IR"


def test_bad_watchlist_is_one_clean_line(tmp_path: Path) -> None:
    watchlist = tmp_path / "w.toml"
    watchlist.write_text('version = "x"\nwatched = ["RUS"]\n', encoding="utf-8")
    result = run(["-", "--watchlist", str(watchlist)], "")
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and str(watchlist) in result.stderr
    assert "Traceback" not in result.stderr


def test_help_has_an_example() -> None:
    result = run(["-h"], "")
    assert result.returncode == 0
    assert "Example:" in result.stdout and "--watchlist" in result.stdout
