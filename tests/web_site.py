"""A test warehouse for the workbench: the offline sample plus one hostile outlet, ingested."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO

SAMPLE = REPO / "seeds" / "sample"
HOSTILE_TITLE = (
    "Iran <script>window.__pwned = 1</script> pasok drone Shahed ke Rusia"
    ' <img src=x onerror="window.__pwned = 2">'
)
"""The headline Pantau stores from the hostile feed (its markup-cleaning leaves this text)."""
# The feed wraps it once more: feed titles are cleaned to their text, which unescapes it.
_FEED_TITLE = (
    "<![CDATA[<b>Iran</b> &lt;script&gt;window.__pwned = 1&lt;/script&gt; pasok drone Shahed"
    ' ke Rusia &lt;img src=x onerror="window.__pwned = 2"&gt;]]>'
)
_BODY = (
    "Pemerintah Iran kembali memasok ratusan drone Shahed kepada Rusia bulan ini, menurut"
    " laporan intelijen yang dikutip sejumlah diplomat di Wina. Pengiriman drone itu"
    " dilakukan lewat Laut Kaspia dengan kapal kargo sipil. Para pejabat menyebut pasokan"
    " drone dari Teheran dipakai untuk menyerang kota-kota di seluruh negeri sepanjang musim"
    " dingin. Kementerian Luar Negeri Iran membantah laporan itu dan menyebutnya propaganda."
    " Analis pertahanan di Jakarta mengatakan pengiriman semacam ini sulit dibuktikan tanpa"
    " citra satelit, tetapi pola pasokan drone dari Iran ke Rusia sudah berlangsung sejak"
    " dua tahun terakhir dan terus dibahas di forum internasional."
)


def _escape(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )


def write_hostile_outlet(site: Path) -> str:
    """Add an outlet whose feed and page carry markup in the headline; return its sources entry."""
    root = site / "hostile"
    (root / "rss").mkdir(parents=True)
    (root / "berita").mkdir()
    page = root / "berita" / "drone-iran-rusia.html"
    title = _escape(HOSTILE_TITLE)
    paragraphs = "".join(f"<p>{s.strip()}.</p>" for s in _BODY.split(". ") if s.strip())
    page.write_text(
        f"<!doctype html><html lang=id><head><meta charset=utf-8><title>{title}</title>"
        f'<meta property="og:title" content="{title}"></head><body><article>'
        f"<h1>{title}</h1>{paragraphs}</article></body></html>",
        encoding="utf-8",
    )
    page_url = "__BASE__/hostile/berita/drone-iran-rusia.html"
    (root / "rss" / "terkini.xml").write_text(
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        "<title>Kabar Nakal</title><link>__BASE__/hostile/</link><description>x</description>"
        f"<item><title>{_FEED_TITLE}</title><link>{page_url}</link><guid>{page_url}</guid>"
        "<pubDate>Tue, 24 Nov 2026 09:00:00 +0700</pubDate>"
        f"<description>{_escape(_BODY[:200])}</description></item></channel></rss>",
        encoding="utf-8",
    )
    return (
        '\n[[sources]]\nid = "kabar-nakal"\nname = "Kabar <b>Nakal</b>"\n'
        'url = "__BASE__/hostile/rss/terkini.xml"\nkind = "feed"\nlang = "id"\n'
    )


def build_warehouse(work: Path) -> Path:
    """Ingest the sample and the hostile outlet through `pantau run`; return the database."""
    from connectors.replay import replay_site

    site = work / "site"
    shutil.copytree(SAMPLE / "site", site)
    extra = write_hostile_outlet(site)
    sources_text = (SAMPLE / "sources.toml").read_text(encoding="utf-8") + extra
    db = work / "pantau.duckdb"
    with replay_site(site) as base_url:
        sources = work / "sources.toml"
        sources.write_text(sources_text.replace("__BASE__", base_url), encoding="utf-8")
        done = subprocess.run(
            [
                *(sys.executable, "-m", "pantau", "run", "--sources", str(sources)),
                *("--db", str(db), "--host-interval", "0"),
                *("--allow-host", base_url.removeprefix("http://")),
            ],
            capture_output=True,
            text=True,
            cwd=REPO,
            timeout=300,
        )
    assert done.returncode == 0, done.stderr[-2000:]
    return db


_BUILT: dict[str, Path] = {}


def private_warehouse(factory: pytest.TempPathFactory, into: Path) -> Path:
    """A private copy of the test warehouse, which is ingested once per session."""
    if "db" not in _BUILT:
        _BUILT["db"] = build_warehouse(factory.mktemp("web-warehouse"))
    db = into / "pantau.duckdb"
    shutil.copyfile(_BUILT["db"], db)
    return db
