"""Parsing RSS, Atom and news sitemaps into feed entries."""

from __future__ import annotations

from datetime import timedelta

from conftest import FIXTURES, require_corpus
from pantau.feeds import parse_feed, parse_sitemap
from pantau.records import Source

SOURCE = Source(id="t", name="T", url="https://hostile.example/rss")
WIB = timedelta(hours=7)


def _site_feed(name: str, base: str = "https://kabar.example") -> bytes:
    raw = (FIXTURES / "site" / "feeds" / name).read_bytes()
    return raw.replace(b"__BASE__", base.encode())


def test_rss_entries_keep_time_zone_and_resolve_links() -> None:
    parsed = parse_feed(
        _site_feed("rss.xml"), SOURCE, "https://kabar.example/feeds/rss.xml", max_items=50
    )
    assert parsed.error is None
    assert parsed.skipped_links == 1  # the javascript: link
    first = parsed.entries[0]
    assert first.title == "Korut Kirim Ribuan Peluru Artileri ke Rusia, Kata Intelijen Seoul"
    assert first.published_at is not None and first.published_at.utcoffset() == WIB
    assert first.published_at.hour == 14
    assert first.author == "Rina Wulandari"
    assert first.summary == (
        "Badan intelijen Korea Selatan menyebut Pyongyang mengirim peluru artileri."
    )


def test_atom_relative_links_and_html_titles() -> None:
    parsed = parse_feed(
        _site_feed("atom.xml"), SOURCE, "https://kabar.example/feeds/atom.xml", max_items=50
    )
    titles = [e.title for e in parsed.entries]
    assert titles[0] == "Iran denies shipping drones to Moscow"
    assert parsed.entries[0].url == "https://kabar.example/en/iran-denies-drones.html"
    assert parsed.entries[0].published_at is not None
    assert parsed.entries[0].published_at.utcoffset() == WIB


def test_markup_in_titles_is_text_and_bad_links_are_skipped() -> None:
    body = (FIXTURES / "feeds" / "hostile-titles.xml").read_bytes()
    parsed = parse_feed(body, SOURCE, "https://hostile.example/rss", max_items=50)
    assert [e.url for e in parsed.entries] == [
        "https://hostile.example/berita/1",
        "https://hostile.example/berita/2",
    ]
    assert parsed.skipped_links == 2
    title = parsed.entries[0].title or ""
    assert title == "Rusia Beli Drone"
    assert parsed.entries[0].summary == "Teks tautan ringkasan."


def test_item_cap_is_applied() -> None:
    parsed = parse_feed(_site_feed("rss.xml"), SOURCE, "https://kabar.example/rss", max_items=2)
    assert len(parsed.entries) == 2


def test_not_a_feed_is_an_error_not_an_exception() -> None:
    parsed = parse_feed(
        b"<html><body>Not found</body></html>", SOURCE, "https://x/rss", max_items=50
    )
    assert parsed.entries == ()
    assert parsed.error is not None


def test_news_sitemap() -> None:
    body = (FIXTURES / "feeds" / "news-sitemap.xml").read_bytes()
    parsed = parse_sitemap(body, SOURCE, "https://kabar.example/sitemap.xml", max_items=50)
    assert [e.title for e in parsed.entries] == ["Korut dan Rusia", None]
    assert parsed.entries[0].published_at is not None
    assert parsed.entries[0].published_at.utcoffset() == WIB
    assert parsed.skipped_links == 1


def test_sitemap_index_lists_children() -> None:
    body = (
        b'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        b"<sitemap><loc>https://k.example/s1.xml</loc></sitemap>"
        b"<sitemap><loc>/s2.xml</loc></sitemap></sitemapindex>"
    )
    parsed = parse_sitemap(body, SOURCE, "https://k.example/index.xml", max_items=50)
    assert parsed.child_sitemaps == ("https://k.example/s1.xml", "https://k.example/s2.xml")


def test_real_outlet_feeds_parse() -> None:
    feeds = sorted((require_corpus() / "feeds").rglob("*.xml"))
    assert feeds
    for path in feeds:
        parsed = parse_feed(path.read_bytes(), SOURCE, "https://outlet.example/rss", max_items=500)
        assert parsed.entries, path.name
        assert all(e.url.startswith("http") and e.title for e in parsed.entries), path.name
        dated = [e for e in parsed.entries if e.published_at is not None]
        assert len(dated) >= len(parsed.entries) // 2, path.name
        assert all(e.published_at.tzinfo is not None for e in dated if e.published_at)
