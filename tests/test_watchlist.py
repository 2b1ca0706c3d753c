"""The watchlist TOML is data, validated on load with one-line errors naming file and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from pantau.errors import ConfigError
from pantau.filter.watchlist import default_watchlist_path, load_watchlist
from pantau.filter.weights import CUE_PREFIX, SCORE_FEATURES, default_weights_path, load_weights

MINIMAL = """
version = "t1"
watched = ["RU"]

[[actor]]
code = "RU"
name = "Russia"
aliases = ["Rusia"]

[[item]]
name = "drone"
kind = "drone"
aliases = ["drone"]

[[transfer]]
root = "pasok"
dir = "give"
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "watchlist.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_shipped_watchlist_loads_with_versioned_hash() -> None:
    wl = load_watchlist(default_watchlist_path())
    declared, _, digest = wl.version.partition("+")
    assert declared and len(digest) == 8
    assert {"RU", "KP", "IR"} <= wl.watched
    assert "drone" in wl.watched_item_kinds


def test_version_changes_with_the_file(tmp_path: Path) -> None:
    first = load_watchlist(write(tmp_path, MINIMAL)).version
    second = load_watchlist(write(tmp_path, MINIMAL + "\n# edited\n")).version
    assert first.startswith("t1+") and second.startswith("t1+") and first != second


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ('code = "RU"', 'code = "Russia"', r"actor\[0\].*'code'.*ISO 3166"),
        ('dir = "give"', 'dir = "offer"', r"transfer\[0\] \(pasok\).*'dir'.*give, get"),
        ('kind = "drone"', 'kind = "drone"\ncolour = "red"', r"item\[0\].*unknown field 'colour'"),
        ('aliases = ["Rusia"]', "aliases = []", r"actor\[0\].*'aliases'.*non-empty list"),
        ('version = "t1"', "", r"top level.*'version'"),
        ('watched = ["RU"]', 'watched = ["KP"]', r"watched.*'KP' has no \[\[actor\]\]"),
    ],
)
def test_invalid_entries_name_file_line_and_field(
    tmp_path: Path, old: str, new: str, expected: str
) -> None:
    path = write(tmp_path, MINIMAL.replace(old, new))
    with pytest.raises(ConfigError, match=expected) as info:
        load_watchlist(path)
    message = str(info.value)
    assert message.startswith(str(path))
    assert "\n" not in message


def test_error_points_at_the_entry_line(tmp_path: Path) -> None:
    path = write(tmp_path, MINIMAL.replace('dir = "give"', 'dir = "sideways"'))
    with pytest.raises(ConfigError) as info:
        load_watchlist(path)
    line = MINIMAL.splitlines().index("[[transfer]]") + 1
    assert f"{path}:{line}:" in str(info.value)


def test_invalid_toml_and_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="invalid TOML"):
        load_watchlist(write(tmp_path, "version = \n"))
    with pytest.raises(ConfigError, match="cannot read watchlist"):
        load_watchlist(tmp_path / "absent.toml")


def test_edited_alias_is_matched_without_code_changes(tmp_path: Path) -> None:
    from pantau.filter.classify import classify

    path = write(tmp_path, MINIMAL.replace('aliases = ["Rusia"]', 'aliases = ["Rusia", "Ruski"]'))
    verdict = classify("Iran pasok drone ke Ruski", "", load_watchlist(path))
    assert "RU" in verdict.actors


GROUP = """
[[actor]]
group = "hamas"
code = "PS"
name = "Hamas"
aliases = ["Hamas"]
"""


def test_a_group_names_its_base_country(tmp_path: Path) -> None:
    wl = load_watchlist(write(tmp_path, MINIMAL + GROUP))
    assert wl.group_base == {"hamas": "PS"} and wl.names["hamas"] == "Hamas"
    bad = write(tmp_path, MINIMAL + GROUP.replace('code = "PS"', 'code = "Gaza"'))
    with pytest.raises(ConfigError, match=r"actor\[1\] \(hamas\).*'code'.*ISO 3166"):
        load_watchlist(bad)


def test_shipped_weights_load_and_weigh_the_score() -> None:
    weights = load_weights(default_weights_path())
    assert set(SCORE_FEATURES) <= set(weights.score)
    assert all(name.startswith(CUE_PREFIX) for name in set(weights.score) - set(SCORE_FEATURES))
    assert weights.weigh({"base": 1.0, "strong": 1.0}) == pytest.approx(
        weights.score["base"] + weights.score["strong"]
    )
    assert 0 < weights.rules.threshold < 1


def test_weights_beside_the_watchlist_are_used_and_versioned(tmp_path: Path) -> None:
    path = write(tmp_path, MINIMAL)
    shipped = default_weights_path().read_text(encoding="utf-8")
    first = load_watchlist(path)
    (tmp_path / "filter_weights.toml").write_text(
        shipped.replace("threshold = 0.55", "threshold = 0.9"), encoding="utf-8"
    )
    second = load_watchlist(path)
    assert second.weights.rules.threshold == 0.9 and second.version != first.version


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("threshold = 0.55", "threshold = 11", r":\d+: \[rules\] field 'threshold'.*0 to 10"),
        ("threshold = 0.55", "treshold = 0.5", r":\d+: \[rules\] unknown field 'treshold'"),
        ("[score]\n", "[score]\ncolour = 1\n", r":\d+: \[score\] unknown field 'colour'"),
        ("\nbase = ", "\nbasis = ", r"\[score\] unknown field 'basis'"),
        ("cues = ", "cues = 'x' #", r"\[score\] field 'cues' must be a number"),
    ],
)
def test_invalid_weights_name_file_line_and_field(
    tmp_path: Path, old: str, new: str, expected: str
) -> None:
    path = tmp_path / "filter_weights.toml"
    path.write_text(default_weights_path().read_text(encoding="utf-8").replace(old, new, 1))
    with pytest.raises(ConfigError, match=expected) as info:
        load_weights(path)
    assert str(info.value).startswith(str(path)) and "\n" not in str(info.value)
