"""The demo sample under seeds/sample/ is complete, well-formed and matches its generator."""

from __future__ import annotations

import importlib.util
import sys
import tomllib
import xml.etree.ElementTree as ET
from collections import Counter
from datetime import datetime
from html.parser import HTMLParser
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import urlsplit

import feedparser
import pytest
import trafilatura

SAMPLE = Path(__file__).resolve().parents[1] / "seeds" / "sample"
SITE = SAMPLE / "site"
BASE = "__BASE__"
FIRST_DAY = datetime.fromisoformat("2026-11-10T00:00:00+07:00")
LAST_DAY = datetime.fromisoformat("2026-11-25T23:59:59+07:00")
TEASERS = ("Baca juga", "Baca Juga", "Read also", "Related news")


class _Head(HTMLParser):
    """Collects <html lang>, <title>, <meta> and <link rel=canonical> of one page."""

    def __init__(self) -> None:
        super().__init__()
        self.lang: str | None = None
        self.title = ""
        self.meta: dict[str, str] = {}
        self.canonical: str | None = None
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "html":
            self.lang = a.get("lang")
        elif tag == "title":
            self._in_title = True
        elif tag == "meta" and "content" in a:
            key = a.get("property") or a.get("name")
            if key:
                self.meta.setdefault(key, a["content"])
        elif tag == "link" and a.get("rel") == "canonical":
            self.canonical = a.get("href")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data


def _toml(name: str) -> dict[str, Any]:
    return tomllib.loads((SAMPLE / name).read_text(encoding="utf-8"))


def _file(url: str) -> Path:
    assert url.startswith(BASE + "/"), url
    return SITE / urlsplit(url[len(BASE) :]).path.lstrip("/")


def _head(path: Path) -> _Head:
    parser = _Head()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def _feeds() -> dict[str, Any]:
    out = {}
    for s in _toml("sources.toml")["sources"]:
        if _file(s["url"]).exists():
            out[s["id"]] = feedparser.parse(_file(s["url"]).read_bytes())
    return out


def _article_pages() -> set[str]:
    return {
        "/" + p.relative_to(SITE).as_posix() for p in SITE.rglob("*.html") if p.name != "index.html"
    }


LABELS = _toml("labels.toml")["article"]
PAGES = sorted(_article_pages())


def test_sources_parse_with_unique_ids_and_one_broken_feed() -> None:
    sources = _toml("sources.toml")["sources"]
    assert len(sources) >= 6
    for s in sources:
        assert set(s) == {"id", "name", "url", "kind", "lang", "max_silence_hours"}, s
        assert s["max_silence_hours"] >= 24 * 365  # a fixed snapshot is never "silent"
        assert s["kind"] == "feed" and s["lang"] in {"id", "en"}
        assert s["url"].startswith(BASE + "/")
    assert len({s["id"] for s in sources}) == len(sources)
    missing = [s["id"] for s in sources if not _file(s["url"]).exists()]
    assert len(missing) == 1, missing


@pytest.mark.parametrize("feed", sorted(SITE.rglob("*.xml")), ids=lambda p: p.name)
def test_feed_is_wellformed_and_parses(feed: Path) -> None:
    ET.parse(feed)
    parsed = feedparser.parse(feed.read_bytes())
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version in {"rss20", "atom10"}
    assert parsed.feed.get("title") and parsed.entries
    for e in parsed.entries:
        assert e.get("title") and e.get("link", "").startswith(BASE + "/")
        assert e.get("summary") and e.get("id")


def test_feed_mix_includes_rss_and_atom() -> None:
    versions = Counter(f.version for f in _feeds().values())
    assert versions["rss20"] >= 1 and versions["atom10"] >= 1


def test_feed_links_resolve_except_the_deliberate_404() -> None:
    links = {e.link for f in _feeds().values() for e in f.entries}
    dead = sorted(link for link in links if not _file(link).exists())
    assert len(dead) == 1, dead
    assert urlsplit(dead[0]).path not in _article_pages()


def test_feed_edge_cases_are_present() -> None:
    entries = [e for f in _feeds().values() for e in f.entries]
    links = Counter(e.link for e in entries)
    assert any(n >= 2 for n in links.values()), "one URL listed by two feeds"
    assert any(not e.get("published_parsed") for e in entries), "an item without a date"
    tracked = [link for link in links if "utm_" in urlsplit(link).query]
    assert len(tracked) == 1
    assert tracked[0].split("?")[0] in links, "the tracked link's clean form is in another feed"


def test_pages_match_labels() -> None:
    assert {lab["path"] for lab in LABELS} == set(PAGES)
    assert len(LABELS) == len(PAGES)


@pytest.mark.parametrize("path", PAGES)
def test_page_has_head_metadata(path: str) -> None:
    head = _head(SITE / path.lstrip("/"))
    url = BASE + path
    assert head.lang in {"id", "en"}
    assert head.title.strip()
    assert head.canonical == url
    assert head.meta.get("og:url") == url
    assert head.meta.get("og:title") and head.meta.get("og:site_name")
    assert head.meta.get("author")
    published = datetime.fromisoformat(head.meta["article:published_time"])
    assert published.tzinfo is not None
    assert FIRST_DAY <= published <= LAST_DAY


@pytest.mark.parametrize("path", PAGES)
def test_page_body_length_and_teasers(path: str) -> None:
    html = (SITE / path.lstrip("/")).read_text(encoding="utf-8")
    text = trafilatura.extract(html) or ""
    words = len(text.split())
    if "/20detik/" in path:
        assert words < 60, "the video page is meant to have almost no text"
        return
    assert 150 <= words <= 650, words
    assert any(t in html for t in TEASERS)


def test_labels_follow_the_definition() -> None:
    for lab in LABELS:
        assert lab["alert"] == (lab["arms_supply"] and lab["watched"]), lab["path"]
        for k in ("supplier", "recipient"):
            if k in lab:
                assert len(lab[k]) == 2 and lab[k].isupper(), lab
        assert lab.get("note")


def test_counts() -> None:
    langs = {lab["path"]: lab["lang"] for lab in LABELS}
    assert len(LABELS) >= 30
    assert sum(lab["alert"] for lab in LABELS) >= 5
    assert len({lab["outlet"] for lab in LABELS}) >= 4
    assert sum(lang == "en" for lang in langs.values()) >= 8
    for path, lang in langs.items():
        assert _head(SITE / path.lstrip("/")).lang == lang
    hard = [lab for lab in LABELS if not lab["alert"] and lab["watched"]]
    assert len(hard) >= 8


def _build_module(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    spec = importlib.util.spec_from_file_location("sample_build", SAMPLE / "_build.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    # dataclasses resolve annotations through sys.modules while the module executes.
    monkeypatch.setitem(sys.modules, spec.name, module)
    spec.loader.exec_module(module)
    return module


def test_committed_files_equal_generator_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _build_module(monkeypatch).build(tmp_path)
    built = {p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file()}
    committed = {p.relative_to(SAMPLE) for p in SITE.rglob("*") if p.is_file()}
    committed |= {Path("sources.toml"), Path("labels.toml")}
    assert built == committed
    for rel in sorted(built):
        assert (tmp_path / rel).read_bytes() == (SAMPLE / rel).read_bytes(), rel
