"""Google News search sources: the feed URL, link decoding and ingest over a local stand-in."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import duckdb
import pytest
from sources_site import ARTICLES, SourcesSite, offline_id, sources_file, sources_site
from typer.testing import CliRunner

from connectors.gnews import decode_entries
from connectors.http import Fetcher
from flows.ingest_pass import ingest_pass
from pantau.cli import app
from pantau.errors import ConfigError
from pantau.feeds import parse_listing
from pantau.gnews import google_link, offline_url, parse_batch_response, search_url
from pantau.settings import DEFAULT_WATCHLIST, FetchSettings
from pantau.sources import parse_sources

FEED = "https://news.google.com/rss/search?q=x&hl=id&gl=ID&ceid=ID:id"
FAST = FetchSettings(min_host_interval=0.0, retries=0, request_deadline=5.0, run_deadline=60.0)


@pytest.fixture(scope="module")
def site() -> Iterator[SourcesSite]:
    with sources_site() as running:
        yield running


def test_search_url_is_built_from_query_lang_and_region() -> None:
    url = search_url("Korut (senjata OR rudal) Rusia", "id", "id")
    parts = urlsplit(url)
    assert (parts.scheme, parts.netloc, parts.path) == ("https", "news.google.com", "/rss/search")
    query = parse_qs(parts.query)
    assert query == {
        "q": ["Korut (senjata OR rudal) Rusia"],
        "hl": ["id"],
        "gl": ["ID"],
        "ceid": ["ID:id"],
    }


def test_a_gnews_source_is_validated_and_gets_its_url() -> None:
    text = '[[sources]]\nid = "g"\nname = "G"\nkind = "gnews"\nquery = "Korut  senjata"\n'
    (source,) = parse_sources(text + 'lang = "id"\nregion = "ID"\n', "s.toml")
    assert source.url == search_url("Korut senjata", "id", "ID")
    assert (source.query, source.region, source.max_silence_hours) == ("Korut senjata", "ID", 48)
    for extra, field in [
        ('lang = "id"\nregion = "Indonesia"\n', "region"),
        ('region = "ID"\n', "lang"),
        ('lang = "id"\nregion = "ID"\nurl = "https://x/rss"\n', "url"),
        ('lang = "id"\nregion = "ID"\nmax_silence_hours = 0\n', "max_silence_hours"),
    ]:
        with pytest.raises(ConfigError, match=f"line 1, source #1: field '{field}'"):
            parse_sources(text + extra, "s.toml")
    with pytest.raises(ConfigError, match="field 'query' belongs to kind"):
        parse_sources(
            '[[sources]]\nid = "f"\nname = "F"\nurl = "https://f/rss"\nquery = "x"\n', "f"
        )


def test_batch_answers_are_matched_by_request_number() -> None:
    rows = [
        ["wrb.fr", "Fbv4je", json.dumps(["garturlres", "https://b.example/2", 1]), None, "1"],
        ["wrb.fr", "Fbv4je", json.dumps(["garturlres", "javascript:alert(1)", 1]), None, "0"],
        ["di", 42],
    ]
    text = f')]}}\'\n\n123\n{json.dumps(rows)}\n25\n[["e",4,null,null,123]]\n'
    assert parse_batch_response(text, 3) == [None, "https://b.example/2", None]
    assert parse_batch_response("<html>sorry</html>", 2) == [None, None]


def test_links_are_decoded_through_the_one_http_client(site: SourcesSite, tmp_path: Path) -> None:
    (source,) = parse_sources("[[sources]]" + sources_file(site).split("[[sources]]")[-1], "s.toml")
    assert source.kind == "gnews" and source.url.startswith(f"{site.base}/rss/search?")

    async def go() -> tuple[list[str], int, str | None]:
        async with Fetcher(FAST, allow_hosts=[site.host]) as fetcher:
            feed = await fetcher.get(source.url, source_id=source.id, kind="feed")
            assert feed.body is not None
            parsed = parse_listing(feed.body, feed.charset, source, source.url, 100)
            decoded = await decode_entries(fetcher, source, source.url, parsed.entries)
            return [e.url for e in decoded.entries], decoded.failed, decoded.error

    posts_before = len(site.posts)
    urls, failed, error = asyncio.run(go())
    online = [f"{site.base}{path}" for signature, path in ARTICLES.values() if signature]
    assert urls == [f"{site.base}/news/offline-decoded", *online]
    assert failed == 1 and error is not None and "no signature" in error
    assert len(site.posts) == posts_before + 1  # one POST decodes the whole feed


def test_ingest_stores_publisher_urls_once_and_does_not_decode_twice(
    site: SourcesSite, tmp_path: Path
) -> None:
    sources = tmp_path / "sources.toml"
    sources.write_text(sources_file(site), encoding="utf-8")
    db = tmp_path / "p.duckdb"
    ingest_pass(sources, db, (site.host,), DEFAULT_WATCHLIST, FAST)
    with duckdb.connect(str(db), read_only=True) as con:
        urls = [row[0] for row in con.execute("SELECT url FROM articles").fetchall()]
        links = con.execute("SELECT count(*) FROM gnews_links").fetchone()
        states = dict(con.execute("SELECT source_id, state FROM source_health").fetchall())
    korut = f"{site.base}/news/korut-kirim-peluru"
    assert urls.count(korut) == 1  # the outlet's feed and the search found the same story
    assert f"{site.base}/news/iran-shahed-rusia" in urls
    assert not any("/rss/articles/" in url for url in urls)
    assert links == (3,)
    with duckdb.connect(str(db), read_only=True) as con:
        outlets = dict(
            con.execute(
                "SELECT url, outlet FROM article_outlets JOIN articles USING (article_id)"
                " WHERE via_google_news"
            ).fetchall()
        )
    # The real outlet comes from the publisher's page, not from the search that found it.
    assert outlets == {
        f"{site.base}/news/iran-shahed-rusia": "Warta Uji",
        f"{site.base}/news/offline-decoded": "Warta Uji",
    }
    assert states == {
        "fresh": "ok",
        "stale": "silent",
        "empty": "silent",
        "challenged": "challenged",
        "walled": "challenged",
        "gone": "failing",
        "gnews-korut": "ok",
    }
    pages_asked = sum(n for path, n in site.hits.items() if path.startswith("/rss/articles/"))
    ingest_pass(sources, db, (site.host,), DEFAULT_WATCHLIST, FAST)
    again = sum(n for path, n in site.hits.items() if path.startswith("/rss/articles/"))
    assert again == pages_asked + 1  # only the link that never decoded is asked for again

    result = CliRunner().invoke(app, ["sources", "--db", str(db), "--format", "json"])
    shown = {row["source_id"]: row for row in json.loads(result.stdout)}
    assert shown["stale"]["status"] == "silent" and "limit 72 h" in shown["stale"]["last_error"]
    assert shown["empty"]["status"] == "silent"
    assert shown["challenged"]["status"] == "challenged"
    assert shown["fresh"]["status"] == "ok"

    from flows.digest import quiet_sources
    from pantau.digest import render_digest
    from pantau.digest.model import DigestPlan

    now = datetime.now(UTC)
    with duckdb.connect(str(db), read_only=True) as con:
        quiet = quiet_sources(con, now)
    assert [q.split(" ", 1)[0] for q in quiet] == ["challenged", "empty", "stale", "walled"]
    assert "limit 72 h" in quiet[2] and "bot wall" in quiet[0]
    rendered = render_digest(DigestPlan("desk@example.org", now, (), quiet_sources=quiet))
    for text in (rendered.text, rendered.html):
        assert "Silent sources (answering, but nothing new): challenged (" in text
    assert "Silent sources" not in render_digest(DigestPlan("d@example.org", now, ())).text
    # A source since removed from the sources file is no longer reported.
    with duckdb.connect(str(db)) as con:
        con.execute(
            "UPDATE sources SET updated_at = updated_at - INTERVAL 2 DAY WHERE source_id = 'stale'"
        )
        assert [q.split(" ", 1)[0] for q in quiet_sources(con, now)] == [
            "challenged",
            "empty",
            "walled",
        ]


def test_offline_ids_decode_without_a_request_and_new_ones_do_not() -> None:
    url = "https://www.kompas.com/global/read/2025/01/02/korut-kirim-peluru"
    link = google_link(f"https://news.google.com/rss/articles/{offline_id(url)}?oc=5", FEED)
    assert link is not None and offline_url(link) == url
    new = google_link(f"https://news.google.com/rss/articles/{next(iter(ARTICLES))}", FEED)
    assert new is not None and offline_url(new) is None
    assert google_link("https://news.google.com/rss/articles/x", "https://evil.example/") is None


def test_robots_refusal_keeps_links_to_judge_their_headlines(tmp_path: Path) -> None:
    with sources_site() as site:
        site.robots = "User-agent: *\nDisallow: /rss/articles/\n"  # as news.google.com
        sources = tmp_path / "sources.toml"
        sources.write_text("[[sources]]" + sources_file(site).split("[[sources]]")[-1])
        db = tmp_path / "p.duckdb"
        ingest_pass(sources, db, (site.host,), DEFAULT_WATCHLIST, FAST)
        asked = sum(n for path, n in site.hits.items() if path.startswith("/rss/articles/"))
        assert asked == 0 and site.hits["/robots.txt"] == 1 and not site.posts
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute(
            "SELECT url, title, extraction_method FROM articles ORDER BY 2"
        ).fetchall()
    # The offline id still decodes; the three others are stored from their headlines.
    assert rows[-1] == (f"{site.base}/news/offline-decoded", "Hasil lama", "trafilatura")
    assert [r[1] for r in rows[:-1]] == ["Hasil 1", "Hasil 2", "Hasil 3"]
    assert all("/rss/articles/" in r[0] and r[2] != "trafilatura" for r in rows[:-1])


def test_a_decoding_endpoint_refused_by_robots_is_never_posted_to(tmp_path: Path) -> None:
    source = parse_sources(
        "[[sources]]" + sources_file(SourcesSite("http://x")).split("[[sources]]")[-1], "s"
    )[0]
    with sources_site() as site:
        site.robots = "User-agent: *\nDisallow: /_/\n"
        url = source.url.replace("http://x", site.base)

        async def go() -> tuple[int, int]:
            async with Fetcher(FAST, allow_hosts=[site.host]) as fetcher:
                feed = await fetcher.get(url, source_id=source.id, kind="feed")
                assert feed.body is not None
                parsed = parse_listing(feed.body, feed.charset, source, url, 100)
                decoded = await decode_entries(fetcher, source, url, parsed.entries)
                return decoded.kept, decoded.failed

        kept, failed = asyncio.run(go())
        assert (kept, failed) == (2, 1) and not site.posts  # signed links kept, none posted
