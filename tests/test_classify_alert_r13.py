"""The alert decision, thirteenth round: the kinds the new tuning part showed, each with twins."""

from __future__ import annotations

import pytest

from conftest import alert_pair
from pantau.filter.classify import classify
from pantau.filter.watchlist import Watchlist


@pytest.mark.parametrize(
    ("title", "supplier", "recipient"),
    [
        ("Korut Pasok Drone Pencegat ke Rusia, Kata Seoul", "KP", "RU"),
        ("Iran Kirim Drone Penyerang ke Rusia", "IR", "RU"),
        ("Inggris Kirim Drone Pencegat ke Ukraina dalam Paket Bantuan Terbaru", "GB", "UA"),
    ],
)
def test_a_weapon_named_by_its_doer_noun_or_sent_in_an_aid_package_alerts(
    wl: Watchlist, title: str, supplier: str, recipient: str
) -> None:
    assert alert_pair(wl, title, "") == (supplier, recipient)


@pytest.mark.parametrize(
    "title",
    [
        "Drone Pencegat Ukraina Tembak Jatuh Shahed Rusia",
        "Drone Penyerang Rusia Hantam Kyiv",
        "Iran Kirim Drone Pembawa Paket Bantuan Kemanusiaan ke Lebanon",
        "Kurir Kirim Paket Berisi Drone ke Rusia",
    ],
)
def test_their_twins_telling_a_strike_or_a_parcel_stay_quiet(wl: Watchlist, title: str) -> None:
    assert not classify(title, "", wl).alert


@pytest.mark.parametrize(
    "title",
    [
        "Qatar Buys Italian Frigates as Iran Tensions Mount",
        "Vietnam Beli Rudal Pantai di Tengah Ketegangan dengan China dan Rusia",
        "Japan orders more interceptors amid standoff with North Korea",
    ],
)
def test_a_purchase_told_beside_a_tension_with_a_watched_party_stays_quiet(
    wl: Watchlist, title: str
) -> None:
    assert not classify(title, "", wl).alert


@pytest.mark.parametrize(
    ("title", "supplier", "recipient"),
    [
        ("Iran Kirim Drone ke Rusia di Tengah Ketegangan dengan AS", "IR", "RU"),
        ("Qatar Buys Iranian Drones as Gulf Tensions Mount", "IR", "QA"),
    ],
)
def test_their_twins_whose_watched_party_supplies_still_alert(
    wl: Watchlist, title: str, supplier: str, recipient: str
) -> None:
    assert alert_pair(wl, title, "") == (supplier, recipient)


@pytest.mark.parametrize(
    ("title", "supplier", "recipient"),
    [
        ("Egypt eyes Russian fighter jets in talks with Moscow", "RU", "EG"),
        ("Mesir Lirik Jet Tempur Rusia", "RU", "EG"),
        ("Aljazair Incar Drone Buatan Iran", "IR", "DZ"),
    ],
)
def test_a_buyer_eyeing_another_partys_weapons_alerts(
    wl: Watchlist, title: str, supplier: str, recipient: str
) -> None:
    assert alert_pair(wl, title, "") == (supplier, recipient)


@pytest.mark.parametrize(
    "title",
    [
        "Drone Iran Incar Kapal Tanker di Teluk",
        "Iran eyes a summit with Russia on drones",
        "All eyes on Tehran as Putin visits drone plant",
    ],
)
def test_their_twins_where_eyeing_is_aiming_or_attention_stay_quiet(
    wl: Watchlist, title: str
) -> None:
    assert not classify(title, "", wl).alert


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Russia extends gasoline export ban as Ukrainian drones hit refineries", ""),
        (
            "Rusia Perpanjang Larangan Ekspor Bensin",
            "Rusia memperpanjang larangan ekspor bensin setelah serangan drone Ukraina ke kilang.",
        ),
        (
            "Russia halts diesel exports",
            "Moscow halted diesel exports to protect domestic supply after drone strikes.",
        ),
    ],
)
def test_fuel_exports_stopped_after_drone_strikes_stay_quiet(
    wl: Watchlist, title: str, text: str
) -> None:
    assert not classify(title, text, wl).alert


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Iran Kirim Solar dan Drone ke Rusia", ""),
        ("Iran Kirim Bahan Bakar ke Rusia", "Teheran juga mengirim drone Shahed ke Moskow."),
    ],
)
def test_their_twins_with_weapons_sent_beside_the_fuel_still_alert(
    wl: Watchlist, title: str, text: str
) -> None:
    assert alert_pair(wl, title, text) == ("IR", "RU")


def test_a_purchase_answering_a_watched_partys_arsenal_stays_quiet(wl: Watchlist) -> None:
    text = (
        "Romania's new air shield began operating on Monday with interceptors bought from"
        " Israel. Officials said the purchase responded to Russia's expanding drone arsenal."
    )
    verdict = classify("Romania's new air shield runs on Israeli interceptors", text, wl)
    assert not verdict.alert, verdict.rule


def test_its_twin_answering_a_watched_partys_request_still_alerts(wl: Watchlist) -> None:
    assert alert_pair(wl, "Iran sent drones in response to Russia's request", "") == ("IR", "RU")


@pytest.mark.parametrize(
    ("title", "supplier", "recipient"),
    [
        ("Houthi missiles are Iranian-made, UN panel says", "IR", "YE"),
        ("Hamas rockets were North Korean-made, Israeli army says", "KP", "PS"),
        ("Hezbollah's latest drones bear Iranian fingerprints, analysts say", "IR", "LB"),
    ],
)
def test_an_owners_weapons_told_as_another_partys_make_alert(
    wl: Watchlist, title: str, supplier: str, recipient: str
) -> None:
    assert alert_pair(wl, title, "") == (supplier, recipient)


@pytest.mark.parametrize(
    "title",
    [
        "Iran's new drones are Iranian-made, minister boasts",
        "Shells fired at Kharkiv were North Korean-made",
        "Cars sold in Iran are Chinese-made",
    ],
)
def test_their_twins_with_no_other_owner_named_stay_quiet(wl: Watchlist, title: str) -> None:
    assert not classify(title, "", wl).alert
