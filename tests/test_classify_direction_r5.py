"""Who supplies whom, fifth round: one short story per direction kind the round fixed."""

from __future__ import annotations

import pytest

from pantau.filter.classify import classify
from pantau.filter.watchlist import Watchlist, default_watchlist_path, load_watchlist


@pytest.fixture(scope="module")
def wl() -> Watchlist:
    return load_watchlist(default_watchlist_path())


def _pair(wl: Watchlist, title: str, text: str = "") -> tuple[str | None, str | None]:
    """The verdict's supplier and recipient codes; the story must be an alert."""
    v = classify(title, text, wl)
    assert v.alert, (v.rule, v.score)
    return v.supplier, v.recipient


@pytest.mark.parametrize(
    ("title", "main"),
    [
        # The party a help verb takes is helped: it receives what the helper sends next.
        ("Iran Bantu Milisi Irak, Kirim Roket dan Drone Serang", ("IR", "IQ")),
        ("Korea Utara Bantu Rusia Lagi, Kali Ini Pasok Peluncur Roket", ("KP", "RU")),
        ("Iran helps Iraqi militias, sends rockets and attack drones", ("IR", "IQ")),
    ],
)
def test_the_party_helped_receives(wl: Watchlist, title: str, main: tuple[str, str]) -> None:
    assert _pair(wl, title) == main


@pytest.mark.parametrize(
    ("title", "text", "main"),
    [
        # A 'from' after pressure, sanctions or approval names who presses, not a source.
        (
            "Mesir Batal Kirim Roket",
            "Mesir membatalkan rencana mengirim 40.000 roket ke Rusia setelah mendapat tekanan "
            "dari Washington.",
            ("EG", "RU"),
        ),
        (
            "Vietnam weighs Russian jets",
            "Vietnam plans to buy Su-30 fighters from Russia despite the threat of sanctions "
            "from the United States.",
            ("RU", "VN"),
        ),
    ],
)
def test_a_from_after_pressure_or_sanctions_is_no_source(
    wl: Watchlist, title: str, text: str, main: tuple[str, str]
) -> None:
    assert _pair(wl, title, text) == main
