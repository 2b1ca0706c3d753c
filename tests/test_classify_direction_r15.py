"""Round 15 direction cases: a holder's hands, weapons fired at a place; each with a quiet
twin the rule must leave alone."""

from __future__ import annotations

from conftest import alert_pair, transfer_pair
from pantau.filter.watchlist import Watchlist


def test_holders_hands_are_no_giving(wl: Watchlist) -> None:
    """ "came into Polish hands": whose hands hold the goods neither gives nor gets them."""
    assert alert_pair(
        wl,
        "Russian shipment of North Korean shells seized?",
        "Polish border guards said they had seized crates of North Korean-made artillery shells "
        "meant for a Russian depot. Officials did not explain how the shells had come into "
        "Polish hands.",
    ) == ("KP", "RU")
    assert alert_pair(
        wl,
        "Belarusian shipment of Iranian drones stopped",
        "Nobody said how the drones fell into Ukrainian hands.",
    ) == ("IR", "BY")


def test_hands_as_a_verb_still_gives(wl: Watchlist) -> None:
    """Quiet twin: "hands" after its subject is the verb, its object the one given to."""
    assert alert_pair(wl, "Pyongyang hands Moscow a new batch of rocket fuses") == ("KP", "RU")
    assert alert_pair(wl, "Russian defence chief hands Belarus new missiles") == ("RU", "BY")


def test_weapons_fired_at_a_place_went_to_its_enemy(wl: Watchlist) -> None:
    """ "fired at Kharkiv": 'at' after a combat word names the one struck, as 'to' does, so a
    shipment of what was fired there went to the place's one enemy."""
    assert alert_pair(
        wl, "Officials: Iranian drones launched at Kharkiv came from a fresh batch flown in"
    ) == ("IR", "RU")
    assert alert_pair(
        wl, "North Korean rockets fired at Zaporizhzhia were part of a cargo shipped in spring"
    ) == ("KP", "RU")


def test_weapons_shown_at_a_place_name_no_user(wl: Watchlist) -> None:
    """Quiet twin: 'at' after no combat word is only where the weapons were."""
    assert transfer_pair(
        wl, "North Korean rockets displayed at Zaporizhzhia were part of a cargo shipped in spring"
    ) == ("KP", None)


def test_headline_credit_is_no_first_named_party(wl: Watchlist) -> None:
    """ "Intelijen Ukraina: ...": a body naming only the source takes its counterpart from the
    quote's parties, not from the speaker told first."""
    assert transfer_pair(
        wl,
        "Intelijen Ukraina: Mesin Drone Rusia Kini Dibuat di China, Bukan Iran",
        '"Mesin dan kamera drone itu berasal dari pemasok di China," katanya.',
    ) == ("CN", "RU")


def test_credit_also_quoted_keeps_its_place(wl: Watchlist) -> None:
    """Quiet twin: a speaker the quote names again is one of its parties and keeps its place."""
    assert transfer_pair(
        wl,
        "Menhan Kamboja: Kamboja Incar Drone China Setelah Kontrak Turki Tertunda",
        "Drone itu akan berasal dari pemasok di China, kata seorang pejabat.",
    ) == ("CN", "KH")
