"""Generate a replay news site (feeds + outlet pages) from the real corpus texts, into a temp dir.

The article texts come from ../shared/corpus/text at run time and are never written into the
repo; the page chrome (navigation, adverts, teasers, comments, footer) is written for this bench.
"""

from __future__ import annotations

import html
import json
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path

TEXT_DIR = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "text"
GIKIRIMA = TEXT_DIR / "gikirima-indonews-2025-06.jsonl"
INDOSUM = TEXT_DIR / "indosum-dev-sample.jsonl"
WIB = timezone(timedelta(hours=7))
OUTLETS = ("warta", "kabar", "harian", "suara", "lintas")
SECTIONS = ("nasional", "internasional", "ekonomi", "politik", "teknologi", "olahraga")
SUBS = ("terkini", "terpopuler", "daerah", "analisis", "wawancara", "infografik", "opini", "foto")
COMMENTS = (
    "Semoga pemerintah cepat bertindak, jangan sampai rakyat kecil yang jadi korban.",
    "Beritanya kurang lengkap, mohon ditambah data dari sumber lain ya min.",
    "Setuju dengan pendapat narasumber, ini memang sudah lama jadi masalah.",
    "Kapan ada kelanjutan beritanya? Saya tunggu liputan berikutnya.",
    "Judulnya agak berlebihan dibanding isi artikelnya.",
    "Terima kasih informasinya, sangat bermanfaat untuk warga di daerah kami.",
)


@dataclass(frozen=True, slots=True)
class Story:
    """One corpus article placed on the replay site."""

    title: str
    paragraphs: tuple[str, ...]
    author: str
    published: datetime
    path: str


@dataclass(frozen=True, slots=True)
class Site:
    """A generated site: the files' root, its base URL and what it holds."""

    root: Path
    base_url: str
    stories: tuple[Story, ...]
    feeds: tuple[str, ...]

    def urls(self) -> list[str]:
        """Every article URL, in feed order."""
        return [self.base_url + s.path for s in self.stories]


def _detok(tokens: list[str]) -> str:
    text = " ".join(tokens)
    text = re.sub(r"\s+([.,;:!?)%])", r"\1", text)
    return re.sub(r"([(])\s+", r"\1", text).replace('" ', '"', 1)


def read_texts(limit: int) -> Iterator[tuple[str, list[str], str]]:
    """(title, paragraphs, author) from the corpus, gikirima first, then indosum."""
    count = 0
    with GIKIRIMA.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            paras = [p.strip() for p in (rec.get("isi_berita") or "").split("\n") if p.strip()]
            if not rec.get("judul") or sum(len(p.split()) for p in paras) < 80:
                continue
            yield rec["judul"].strip(), paras, (rec.get("author") or "Redaksi").strip()
            count += 1
            if count >= limit:
                return
    with INDOSUM.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            paras = [" ".join(_detok(s) for s in para) for para in rec.get("paragraphs") or []]
            slug = str(rec.get("id", "")).split("-", 1)[-1].replace("-", " ").strip()
            if not slug or sum(len(p.split()) for p in paras) < 80:
                continue
            yield slug[:1].upper() + slug[1:], paras, "Tim Redaksi"
            count += 1
            if count >= limit:
                return
    raise SystemExit(f"the corpus holds only {count} usable articles, fewer than {limit}")


def _slug(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:80] or "berita"


def _chrome_head(outlet: str) -> str:
    styles = "".join(
        f".{outlet}-c{i}{{margin:{i}px;padding:{i % 7}px;color:#{i * 37 % 4096:03x}}}"
        for i in range(400)
    )
    return f"<style>{styles}</style>"


def _nav(outlet: str) -> str:
    items = "".join(
        f'<li class="nav-item"><a href="/{outlet}/{s}/">{s.title()}</a></li>'
        for s in (*SECTIONS, "hiburan", "otomotif", "kesehatan", "gaya-hidup", "video", "foto")
    )
    mega = "".join(
        f'<div class="mega-col"><h4>{s.title()}</h4><ul>'
        + "".join(
            f'<li><a href="/{outlet}/{s}/{k}/">{s.title()} {k.title()}</a></li>' for k in SUBS
        )
        + "</ul></div>"
        for s in SECTIONS
    )
    return (
        f'<header class="site-header"><div class="topbar"><a href="/{outlet}/">Beranda</a> '
        f'<a href="/{outlet}/login">Masuk</a> <a href="/{outlet}/daftar">Daftar</a></div>'
        f'<nav class="main-nav"><ul>{items}</ul><div class="mega-menu">{mega}</div></nav>'
        '<form class="search"><input name="q" placeholder="Cari berita..."></form></header>'
    )


def _ad(slot: int) -> str:
    return (
        f'<div class="ads ads-slot-{slot}" id="div-gpt-ad-{slot}"><span>ADVERTISEMENT</span>'
        f"<script>window.adq=window.adq||[];adq.push({{slot:{slot},size:[300,250]}});</script>"
        "<p>Scroll untuk melanjutkan membaca</p></div>"
    )


def _links(outlet: str, others: list[Story], cls: str, heading: str) -> str:
    items = "".join(
        f'<li><a href="{s.path}"><img src="/img/t{len(s.path)}.jpg" alt=""></a>'
        f'<div class="info"><a href="{s.path}">{html.escape(s.title)}</a><span class="time">'
        f"{s.published:%d/%m/%Y %H:%M} WIB</span>"
        f'<p class="lede">{html.escape(" ".join(s.paragraphs[0].split()[:25]))}</p></div></li>'
        for s in others
    )
    return f'<section class="{cls}"><h3>{heading}</h3><ul>{items}</ul></section>'


def _comments(rng: random.Random) -> str:
    items = "".join(
        f'<li class="comment"><b class="comment-author">pembaca{rng.randint(10, 9999)}</b>'
        f'<p class="comment-text">{rng.choice(COMMENTS)}</p>'
        f'<span class="comment-like">{rng.randint(0, 90)} suka</span></li>'
        for _ in range(rng.randint(3, 9))
    )
    return (
        '<section id="comments" class="comments"><h3>Komentar Pembaca</h3>'
        f"<ol>{items}</ol></section>"
    )


def _footer(outlet: str) -> str:
    links = " | ".join(
        f'<a href="/{outlet}/{p}">{p.replace("-", " ").title()}</a>'
        for p in ("tentang-kami", "redaksi", "pedoman-media-siber", "kontak", "karier", "iklan")
    )
    sitemap = "".join(
        f'<ul class="footer-col"><li><b>{s.title()}</b></li>'
        + "".join(f'<li><a href="/{outlet}/{s}/{k}/">{k.title()}</a></li>' for k in SUBS)
        + "</ul>"
        for s in SECTIONS
    )
    tracker = "".join(
        f"var t{i}=function(e){{if(!e)return {i};return e.dataset&&e.dataset.slot{i}||null}};"
        for i in range(250)
    )
    return (
        f'<footer class="site-footer"><div class="footer-sitemap">{sitemap}</div>'
        f'<div class="footer-links">{links}</div><script>{tracker}</script>'
        f"<p>Copyright 2025 {outlet.title()}News. All rights reserved.</p>"
        '<script>(function(){var s=document.createElement("script");s.async=1;})();</script>'
        "</footer>"
    )


def render_page(story: Story, outlet: str, base: str, others: list[Story], seed: int) -> str:
    """A full outlet page around one story."""
    rng = random.Random(seed)
    title = html.escape(story.title)
    body: list[str] = []
    for i, para in enumerate(story.paragraphs):
        body.append(f"<p>{html.escape(para)}</p>")
        if i == 1 and others:
            teaser = others[0]
            body.append(
                f'<div class="baca-juga"><strong>Baca juga:</strong> '
                f'<a href="{teaser.path}">{html.escape(teaser.title)}</a></div>'
            )
        if i == 3:
            body.append(_ad(2))
    published = story.published.isoformat()
    lede = html.escape(" ".join(story.paragraphs[0].split()[:30]))
    jsonld = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": story.title,
            "datePublished": published,
            "author": {"@type": "Person", "name": story.author},
            "publisher": {"@type": "Organization", "name": f"{outlet.title()}News"},
        },
        ensure_ascii=False,
    )
    content_class = {
        "warta": "read__content",
        "kabar": "detail__body-text",
        "harian": "entry-content",
        "suara": "article-body",
        "lintas": "post-content",
    }[outlet]
    return (
        f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{title} - '
        f"{outlet.title()}News</title>"
        f'<meta property="og:title" content="{title}">'
        f'<meta property="og:site_name" content="{outlet.title()}News">'
        f'<meta property="og:type" content="article"><meta name="description" content="{lede}">'
        f'<meta property="article:published_time" content="{published}">'
        f'<meta name="author" content="{html.escape(story.author)}">'
        f'<link rel="canonical" href="{base}{story.path}">'
        f'<script type="application/ld+json">{jsonld}</script>{_chrome_head(outlet)}</head>'
        f'<body class="{outlet} page-article">{_nav(outlet)}{_ad(1)}'
        f'<main class="container"><div class="breadcrumb"><a href="/{outlet}/">Beranda</a> / '
        f'<a href="/{outlet}/nasional/">Nasional</a></div>'
        f'<article class="article"><h1 class="title">{title}</h1>'
        f'<div class="byline">Penulis: <span class="author">{html.escape(story.author)}</span> '
        f'<time datetime="{published}">{story.published:%A, %d %b %Y %H:%M} WIB</time></div>'
        f'<figure><img src="/img/{rng.randint(1, 999)}.jpg" alt="{title}">'
        f"<figcaption>Ilustrasi. (Foto: Dokumentasi)</figcaption></figure>"
        f'<div class="{content_class}">{"".join(body)}</div>'
        f'<div class="tags">Tag: <a href="/tag/berita">berita</a> <a href="/tag/{outlet}">'
        f"{outlet}</a></div>"
        f'<div class="share">Bagikan: Facebook Twitter WhatsApp Telegram</div></article>'
        f"{_links(outlet, others[1:6], 'related', 'Berita Terkait')}"
        f"{_comments(rng)}</main>"
        f'<aside class="sidebar">{_ad(3)}{_links(outlet, others[6:16], "popular", "Terpopuler")}'
        f"{_links(outlet, others[16:26], 'latest', 'Berita Terkini')}"
        f"{_links(outlet, others[26:33], 'editor-picks', 'Pilihan Editor')}"
        f"{_links(outlet, others[33:40], 'video-list', 'Video Pilihan')}</aside>"
        f"{_footer(outlet)}</body></html>"
    )


def render_feed(feed_id: str, base: str, stories: list[Story]) -> str:
    """An RSS 2.0 feed listing `stories`."""
    items = "".join(
        f"<item><title>{html.escape(s.title)}</title><link>{base}{s.path}</link>"
        f"<guid>{base}{s.path}</guid><pubDate>{format_datetime(s.published)}</pubDate>"
        f"<description>{html.escape(' '.join(s.paragraphs[0].split()[:40]))}</description>"
        f"<author>{html.escape(s.author)}</author></item>"
        for s in stories
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>{feed_id}</title><link>{base}/</link><description>Bench feed</description>"
        f"<language>id</language>{items}</channel></rss>"
    )


def generate(root: Path, base_url: str, articles: int, feeds: int, small: int = 100) -> Site:
    """Write pages, feeds and sources files (full, `small` articles, one article) under root."""
    start = datetime(2025, 6, 18, 6, 0, tzinfo=WIB)
    stories: list[Story] = []
    for i, (title, paras, author) in enumerate(read_texts(articles)):
        outlet = OUTLETS[i % feeds % len(OUTLETS)]
        section = SECTIONS[i % len(SECTIONS)]
        path = f"/{outlet}/{section}/read/{100000 + i}/{_slug(title)}"
        published = (start + timedelta(minutes=7 * i)).astimezone(WIB)
        stories.append(Story(title, tuple(paras), author, published, path))
    rng = random.Random(7)
    for i, story in enumerate(stories):
        others = rng.sample(stories, k=min(40, len(stories)))
        page = render_page(story, story.path.split("/")[1], base_url, others, seed=i)
        target = root / story.path.lstrip("/")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(page, encoding="utf-8")
    per_feed: list[list[Story]] = [stories[f::feeds] for f in range(feeds)]
    feed_ids = tuple(f"feed{f:02d}" for f in range(feeds))
    per_small = max(1, small // feeds)
    for fid, items in zip(feed_ids, per_feed, strict=True):
        (root / fid).mkdir(parents=True, exist_ok=True)
        (root / fid / "rss.xml").write_text(render_feed(fid, base_url, items), encoding="utf-8")
        small_feed = render_feed(fid, base_url, items[:per_small])
        (root / fid / "rss-small.xml").write_text(small_feed, encoding="utf-8")
    one = render_feed("one", base_url, stories[:1])
    (root / feed_ids[0] / "rss-one.xml").write_text(one, encoding="utf-8")
    _write_sources(root / "sources.toml", base_url, feed_ids, "rss.xml")
    _write_sources(root / "sources-small.toml", base_url, feed_ids, "rss-small.xml")
    _write_sources(root / "sources-one.toml", base_url, feed_ids[:1], "rss-one.xml")
    return Site(root, base_url, tuple(stories), feed_ids)


def _write_sources(path: Path, base_url: str, feed_ids: tuple[str, ...], name: str) -> None:
    blocks = [
        f'[[sources]]\nid = "{fid}"\nname = "Bench {fid}"\nurl = "{base_url}/{fid}/{name}"\n'
        f'kind = "feed"\nlang = "id"\n'
        for fid in feed_ids
    ]
    path.write_text("\n".join(blocks), encoding="utf-8")


def generated_at() -> str:
    """A UTC timestamp for result files."""
    return datetime.now(UTC).isoformat(timespec="seconds")
