"""Loading and validating sources files."""

from __future__ import annotations

from pathlib import Path

import pytest

from pantau.errors import ConfigError
from pantau.settings import DEFAULT_SOURCES
from pantau.sources import load_sources, parse_sources


def test_real_sources_cover_the_outlets_republika_first() -> None:
    sources = load_sources(DEFAULT_SOURCES)
    names = [s.name for s in sources]
    assert names[0] == "Republika"
    outlets = set(names)
    for outlet in (
        "Republika",
        "Antara",
        "Tempo",
        "Kompas",
        "Detik",
        "CNN Indonesia",
        "BBC News Indonesia",
        "VOA Indonesia",
        "Okezone",
        "Liputan6",
        "Antara (English)",
        "The Jakarta Post",
    ):
        assert outlet in outlets, outlet
    assert all(s.url.startswith("https://") for s in sources)
    assert len({s.id for s in sources}) == len(sources)


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
