"""Loading and validating sources files."""

from __future__ import annotations

from pathlib import Path

import pytest

from pantau.errors import ConfigError
from pantau.settings import DEFAULT_SOURCES, DEFAULT_WATCHLIST
from pantau.sources import load_sources, parse_sources


def test_real_sources_cover_twenty_outlets_each_with_its_evidence() -> None:
    sources = load_sources(DEFAULT_SOURCES)
    assert sources[0].name == "Republika"
    outlets = {s.name for s in sources if s.kind != "gnews" or not s.name.startswith("Google")}
    assert len(outlets) >= 20, sorted(outlets)
    assert all(s.url.startswith("https://") for s in sources)
    assert len({s.id for s in sources}) == len(sources)
    # Known dead: Kompas's WAF-walled social feed, VOA Indonesia, The Jakarta Post's RSS.
    dead = ("rss.kompas.com", "voaindonesia.com", "thejakartapost.com/feed", "/rss/politik.xml")
    assert not [s.url for s in sources if any(d in s.url for d in dead)]
    lines = DEFAULT_SOURCES.read_text(encoding="utf-8").splitlines()
    headers = [i for i, line in enumerate(lines) if line == "[[sources]]"]
    generated = {
        s.id for s in sources if s.id.startswith("gnews-") and s.query and "when:" in s.query
    }
    for index in headers:
        entry_id = lines[index + 1].split('"')[1]
        if entry_id in generated:
            continue  # the generated block cites its evidence once, above it
        assert lines[index - 1].startswith("# "), f"{entry_id} has no evidence comment"


def test_default_gnews_searches_come_from_the_watchlist(tmp_path: Path) -> None:
    from pantau.gnews_queries import render_block, replace_block, watchlist_queries

    queries = watchlist_queries(DEFAULT_WATCHLIST)
    by_id = {q.source_id: q.query for q in queries}
    assert "Korut" in by_id["gnews-kp-id"] and "senjata" in by_id["gnews-kp-id"]
    assert '"North Korea"' in by_id["gnews-kp-en"] and "missiles" in by_id["gnews-kp-en"]
    text = DEFAULT_SOURCES.read_text(encoding="utf-8")
    assert replace_block(text, render_block(queries)) == text  # the shipped block is current
    loaded = {s.id for s in load_sources(DEFAULT_SOURCES)}
    assert set(by_id) <= loaded
    # Against a file without the block, the block is appended once.
    bare = '[[sources]]\nid = "a"\nname = "A"\nurl = "https://a.example/rss"\n'
    once = replace_block(bare, render_block(queries))
    assert replace_block(once, render_block(queries)) == once
    assert len(parse_sources(once, "x")) == 1 + len(queries)


GOOD = '[[sources]]\nid = "a"\nname = "A"\nurl = "https://a.example/rss"\n'
B = '[[sources]]\nid = "b"\nname = "B"\n'
URL = 'url = "https://b/rss"\n'


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (
            '[[sources]]\nid = "Bad Id"\nname = "B"\nurl = "https://b/rss"\n',
            "line 6, source #2: field 'id'",
        ),
        (
            '[[sources]]\nid = "b"\nname = "B"\nurl = "ftp://b/rss"\n',
            "line 6, source #2: field 'url'",
        ),
        ('[[sources]]\nid = "b"\nurl = "https://b/rss"\n', "line 6, source #2: field 'name'"),
        (
            '[[sources]]\nid = "b"\nname = "B"\nurl = "https://b/rss"\nkind = "api"\n',
            "field 'kind'",
        ),
        (
            '[[sources]]\nid = "b"\nname = "B"\nurl = "https://b/rss"\nlang = "ind"\n',
            "field 'lang'",
        ),
        ('[[sources]]\nid = "a"\nname = "B"\nurl = "https://b/rss"\n', "duplicate id 'a'"),
        (
            '[[sources]]\nid = "b"\nname = "B"\nurl = "https://b/rss"\nfeed = "x"\n',
            "unknown field 'feed'",
        ),
    ],
)
def test_errors_name_file_line_entry_and_field(extra: str, message: str) -> None:
    with pytest.raises(ConfigError) as caught:
        parse_sources(GOOD + "\n" + extra, "sources.toml")
    assert str(caught.value).startswith("sources.toml")
    assert message in str(caught.value)


def test_missing_file_and_bad_toml_are_config_errors(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read sources file"):
        load_sources(tmp_path / "nope.toml")
    bad = tmp_path / "bad.toml"
    bad.write_text("[[sources]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="invalid TOML"):
        load_sources(bad)


def test_base_placeholder_is_replaced(tmp_path: Path) -> None:
    path = tmp_path / "s.toml"
    path.write_text(GOOD.replace("https://a.example", "__BASE__"), encoding="utf-8")
    (source,) = load_sources(path, base_url="http://127.0.0.1:9/")
    assert source.url == "http://127.0.0.1:9/rss"
