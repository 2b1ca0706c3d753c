"""Shared helpers for the digest tests: a real warehouse filled with hand-written alerts.

Every title and sentence here is invented for the tests (no outlet's text).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import duckdb

from warehouse.db import connect

NOW = datetime(2026, 11, 26, 0, 0, tzinfo=UTC)  # 07:00 WIB
NAMES = {"KP": "North Korea", "RU": "Russia", "IR": "Iran"}
OUTLETS = {
    "warta": "Warta Nusantara",
    "kabar": "Kabar Pagi",
    "suara": "Suara Timur",
    "lintas": "Lintas Berita",
    "gema": "Gema Kota",
}


@dataclass(frozen=True)
class Fixture:
    """One hand-written alert (or non-alert) article."""

    article_id: str
    source_id: str
    title: str
    published_at: datetime | None
    score: float
    supplier: str | None
    recipient: str | None
    items: tuple[str, ...]
    evidence: str
    text: str | None
    terms: tuple[tuple[str, str, str], ...] = ()  # (kind, surface term, canonical)
    alert: bool = True
    fetched_at: datetime | None = None


def _h(hours: float) -> datetime:
    return NOW - timedelta(hours=hours)


STANDARD = (
    Fixture(
        "a1",
        "warta",
        "Korut kirim rudal balistik ke Rusia lewat pelabuhan Rajin",
        _h(21),
        0.92,
        "KP",
        "RU",
        ("ballistic missile",),
        "Pejabat intelijen menyebut Korut mengirim rudal balistik ke Rusia melalui pelabuhan "
        "Rajin.",
        "Seoul - Pejabat intelijen menyebut Korut mengirim rudal balistik ke Rusia melalui "
        "pelabuhan Rajin. Pengiriman rudal itu disebut yang ketiga tahun ini.",
        (
            ("actor", "Korut", "KP"),
            ("transfer", "mengirim", "give"),
            ("item", "rudal balistik", "ballistic missile"),
            ("actor", "Rusia", "RU"),
        ),
    ),
    Fixture(
        "a2",
        "kabar",
        "Rusia terima rudal balistik dari Korut, kata intelijen",
        _h(17.5),
        0.85,
        "KP",
        "RU",
        ("ballistic missile",),
        "Rusia menerima kiriman rudal balistik dari Korut, menurut sumber intelijen.",
        "Rusia menerima kiriman rudal balistik dari Korut, menurut sumber intelijen.",
        (
            ("actor", "Rusia", "RU"),
            ("item", "rudal balistik", "ballistic missile"),
            ("actor", "Korut", "KP"),
        ),
    ),
    Fixture(
        "a3",
        "suara",
        "Iran pasok drone Shahed ke Rusia untuk serangan musim dingin",
        _h(38),
        0.88,
        "IR",
        "RU",
        ("Shahed",),
        "Teheran disebut memasok drone Shahed kepada Rusia menjelang musim dingin.",
        None,  # summary-only: spans cannot be mapped, terms are found again
        (
            ("item", "drone Shahed", "Shahed"),
            ("actor", "Rusia", "RU"),
            ("transfer", "memasok", "give"),
        ),
    ),
    Fixture(
        "a4",
        "lintas",
        "Drone Iran kembali tiba di Rusia",
        _h(136),
        0.70,
        "IR",
        "RU",
        ("Shahed",),
        "Gelombang baru drone Iran dilaporkan tiba di Rusia pekan ini.",
        "Gelombang baru drone Iran dilaporkan tiba di Rusia pekan ini.",
        (("item", "drone", "drone"), ("actor", "Iran", "IR"), ("actor", "Rusia", "RU")),
    ),
    Fixture(
        "a5",
        "warta",
        'Laporan <b>eksklusif</b>: "amunisi" Korut & Rusia\r\nBcc: evil@example.com',
        _h(100),
        0.75,
        "KP",
        "RU",
        ("artillery shell",),
        "Gudang amunisi <img src=x onerror=alert(1)> di perbatasan dikosongkan untuk Rusia.",
        "Gudang amunisi <img src=x onerror=alert(1)> di perbatasan dikosongkan untuk Rusia.",
        (("item", "amunisi", "artillery shell"), ("actor", "Rusia", "RU")),
    ),
    Fixture(
        "a6",
        "gema",
        "Kapal kargo misterius angkut drone ke Laut Kaspia",
        None,
        0.60,
        "IR",
        "RU",
        ("drone",),
        "Sebuah kapal kargo disebut mengangkut drone menuju pelabuhan Rusia di Laut Kaspia.",
        "Sebuah kapal kargo disebut mengangkut drone menuju pelabuhan Rusia di Laut Kaspia.",
        (("item", "drone", "drone"), ("actor", "Rusia", "RU")),
        fetched_at=_h(4),
    ),
    Fixture(
        "n1",
        "kabar",
        "Harga cabai naik menjelang akhir tahun",
        _h(10),
        0.05,
        None,
        None,
        (),
        "Harga cabai naik.",
        "Harga cabai naik.",
        alert=False,
    ),
)


def add_sources(con: duckdb.DuckDBPyConnection) -> None:
    """The invented outlets."""
    for sid, name in OUTLETS.items():
        con.execute(
            "INSERT OR REPLACE INTO sources (source_id, name, url, kind, lang, updated_at)"
            " VALUES (?, ?, ?, 'feed', 'id', ?)",
            [sid, name, f"https://{sid}.example/rss", NOW],
        )


def add(con: duckdb.DuckDBPyConnection, f: Fixture) -> None:
    """Insert one article, its verdict and its mentions (spans found in text or title)."""
    fetched = f.fetched_at or (f.published_at or NOW) + timedelta(minutes=20)
    con.execute(
        "INSERT INTO articles (article_id, url, source_id, title, published_at, fetched_at,"
        " text, extraction_method, content_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            f.article_id,
            f"https://{f.source_id}.example/berita/{f.article_id}",
            f.source_id,
            f.title,
            f.published_at,
            fetched,
            f.text,
            "trafilatura" if f.text else "feed_summary",
            "h-" + f.article_id,
        ],
    )
    con.execute(
        "INSERT INTO verdicts (article_id, watchlist_version, alert, arms_supply, watched, score,"
        " supplier, recipient, actors, items, evidence, rule, judged_at)"
        " VALUES (?, 'test', ?, ?, true, ?, ?, ?, ?, ?, ?, 'test', ?)",
        [
            f.article_id,
            f.alert,
            f.alert,
            f.score,
            f.supplier,
            f.recipient,
            [c for c in (f.supplier, f.recipient) if c],
            list(f.items),
            f.evidence,
            fetched,
        ],
    )
    for kind, term, canonical in f.terms:
        field, body = ("text", f.text) if f.text else ("title", f.title)
        start = body.find(term)
        if start < 0:
            field, start = "title", f.title.find(term)
        if start < 0:
            start = 10_000  # matched somewhere the test does not keep
        con.execute(
            "INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?, ?)",
            [f.article_id, kind, term, canonical, field, start, start + len(term)],
        )


def make_db(path: Path, fixtures: tuple[Fixture, ...] = STANDARD) -> Path:
    """A migrated warehouse file holding `fixtures`."""
    con = connect(path)
    try:
        add_sources(con)
        for f in fixtures:
            add(con, f)
    finally:
        con.close()
    return path


def rows(db: Path, sql: str) -> list[tuple[object, ...]]:
    """Run a read query against the warehouse file."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()
