"""Parse feed bytes (RSS, Atom) and news sitemaps into FeedEntry records."""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass
from typing import Any

import feedparser
from lxml import etree
from lxml import html as lxml_html

from pantau.extract import parse_timestamp
from pantau.feed_guard import FeedRefused, prepare_feed
from pantau.records import FeedEntry, Source
from pantau.urls import absolute_http_url, normalize_url

_SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
_NEWS_NS = "{http://www.google.com/schemas/sitemap-news/0.9}"
# feedparser's complaints about the headers we pass it, not about the document.
_BENIGN = (feedparser.NonXMLContentType, feedparser.CharacterEncodingOverride)


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    """Entries found in one feed or sitemap, plus what was wrong with it."""

    entries: tuple[FeedEntry, ...]
    skipped_links: int = 0
    error: str | None = None
    child_sitemaps: tuple[str, ...] = ()


def parse_listing(
    body: bytes, charset: str | None, source: Source, url: str, max_items: int
) -> ParsedFeed:
    """Guard, decode and parse a feed or sitemap body (a pool worker can run this)."""
    sitemap = source.kind == "sitemap"
    try:
        safe = prepare_feed(body, charset, max_items=None if sitemap else max_items)
    except FeedRefused as refused:
        return ParsedFeed(entries=(), error=str(refused))
    parse = parse_sitemap if sitemap else parse_feed
    return parse(safe, source, url, max_items=max_items)


def parse_feed(body: bytes, source: Source, feed_url: str, *, max_items: int) -> ParsedFeed:
    """Parse an RSS or Atom document; keep entries with a usable http(s) link."""
    parsed = feedparser.parse(body, response_headers={"content-location": feed_url})
    raw_entries: list[Any] = list(parsed.get("entries", []))
    if not raw_entries:
        reason = _bozo_reason(parsed)
        benign = isinstance(parsed.get("bozo_exception"), _BENIGN) or reason is None
        if benign and parsed.get("version"):
            return ParsedFeed(entries=())  # a valid feed listing nothing: silent, not broken
        return ParsedFeed(entries=(), error=f"feed has no entries: {reason or 'not a feed'}")
    entries: list[FeedEntry] = []
    skipped = 0
    seen: set[str] = set()
    for raw in raw_entries:
        url = absolute_http_url(raw.get("link"), feed_url)
        if url is None:
            skipped += 1
            continue
        key = normalize_url(url)
        if key in seen:
            continue
        seen.add(key)
        entries.append(
            FeedEntry(
                source_id=source.id,
                url=url,
                title=_clean(raw.get("title")),
                summary=_clean(raw.get("summary")),
                published_at=parse_timestamp(raw.get("published") or raw.get("updated") or ""),
                author=_clean(raw.get("author")),
            )
        )
        if len(entries) >= max_items:
            break
    return ParsedFeed(entries=tuple(entries), skipped_links=skipped)


def parse_sitemap(body: bytes, source: Source, sitemap_url: str, *, max_items: int) -> ParsedFeed:
    """Parse a (news) sitemap or sitemap index without resolving entities or the network."""
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False
    )
    try:
        root = etree.fromstring(body, parser)
    except etree.XMLSyntaxError as exc:
        return ParsedFeed(entries=(), error=f"sitemap is not valid XML: {exc}")
    if root.tag == f"{_SITEMAP_NS}sitemapindex":
        children = [
            link
            for loc in root.iter(f"{_SITEMAP_NS}loc")
            if (link := absolute_http_url(loc.text, sitemap_url))
        ]
        return ParsedFeed(entries=(), child_sitemaps=tuple(children))
    entries: list[FeedEntry] = []
    skipped = 0
    for node in root.iter(f"{_SITEMAP_NS}url"):
        url = absolute_http_url(node.findtext(f"{_SITEMAP_NS}loc"), sitemap_url)
        if url is None:
            skipped += 1
            continue
        news = node.find(f"{_NEWS_NS}news")
        title = news.findtext(f"{_NEWS_NS}title") if news is not None else None
        when = (
            news.findtext(f"{_NEWS_NS}publication_date") if news is not None else None
        ) or node.findtext(f"{_SITEMAP_NS}lastmod")
        entries.append(
            FeedEntry(
                source_id=source.id,
                url=url,
                title=_clean(title),
                published_at=parse_timestamp(when or ""),
            )
        )
        if len(entries) >= max_items:
            break
    return ParsedFeed(entries=tuple(entries), skipped_links=skipped)


def _clean(value: object) -> str | None:
    """Feed titles and summaries may carry markup: keep only their text."""
    if not isinstance(value, str):
        return None
    if "<" in value:
        # Not parseable as markup: keep the raw text rather than lose it.
        with suppress(etree.ParserError, ValueError):
            fragment = lxml_html.fromstring(value)
            for code in fragment.xpath("//script|//style"):
                code.drop_tree()
            value = str(fragment.text_content())
    text = " ".join(value.split())
    return text or None


def _bozo_reason(parsed: Any) -> str | None:
    exc = parsed.get("bozo_exception")
    if exc is None:
        return None
    return " ".join(str(exc).split())[:200] or type(exc).__name__
