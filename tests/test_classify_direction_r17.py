"""Round 17 direction cases, found by rewording headlines and feed items the filter already read
right the way other outlets would (wire abbreviations, a quote credited after it); each with a
quiet twin the rule must leave alone."""

from __future__ import annotations

from conftest import alert_pair, transfer_pair
from pantau.filter.watchlist import Watchlist


def test_wire_abbreviations_without_a_space_name_the_koreas(wl: Watchlist) -> None:
    """ "N.Korea", "S.Korea": wire style drops the space after the dot."""
    assert alert_pair(wl, "N.Korea moves rocket launchers to Russia -sources") == ("KP", "RU")
    assert alert_pair(wl, "Moscow hands N.Korea radar systems -S.Korea spy agency") == ("RU", "KP")
    assert alert_pair(wl, "Russia buys more N.Korean shells -think tanks") == ("KP", "RU")


def test_south_korea_abbreviated_is_no_north(wl: Watchlist) -> None:
    """Quiet twin: "S.Korea" selling to a state at peace is South Korea, and no alert."""
    assert transfer_pair(wl, "S.Korea ships howitzers to Poland -ministry") == ("KR", "PL")


def test_quote_opening_on_we_is_its_credited_speakers(wl: Watchlist) -> None:
    """ "'Kami Tak Pernah Jual Drone ke Moskow', Kata Iran": the credited speaker is the quote's
    "we" and its transfer's doer, not a mere source."""
    assert alert_pair(wl, "'Kami Tak Pernah Jual Drone ke Moskow', Kata Iran") == ("IR", "RU")
    assert alert_pair(wl, "'Kita Tidak Mengirim Peluru ke Rusia', Ujar Pejabat Korut") == (
        "KP",
        "RU",
    )
    assert alert_pair(wl, "'Kami Tak Pernah Membeli Rudal dari Iran', Kata Rusia") == ("IR", "RU")


def test_quote_naming_its_own_sender_keeps_the_source(wl: Watchlist) -> None:
    """Quiet twin: a quote naming its sender, or not opening on "we", keeps the speaker a source."""
    assert alert_pair(wl, "'Kami Minta Iran Berhenti Jual Drone ke Moskow', Kata Ukraina") == (
        "IR",
        "RU",
    )
    assert alert_pair(wl, "'Iran Jual Drone ke Moskow', Kata Ukraina") == ("IR", "RU")
