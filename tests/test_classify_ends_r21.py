"""The alert decision and its direction, the twenty-first round's loose ends: weapons carried in
a drill, ports that stand for their state, thanks for weapons."""

from __future__ import annotations

import pytest

from conftest import alert_pair
from pantau.filter.classify import classify
from pantau.filter.watchlist import Watchlist


@pytest.mark.parametrize(
    "title",
    [
        "North Korean freighters carry missiles in a naval exercise",
        "Kapal perang China membawa rudal dalam latihan gabungan di Laut Kuning",
        "Russian bombers carried hypersonic missiles during war games over the Baltic",
        "Kapal Iran mengangkut drone saat latihan di Selat Hormuz",
    ],
)
def test_weapons_carried_in_a_drill_are_shown_not_sent(wl: Watchlist, title: str) -> None:
    assert not classify(title, "", wl).alert


@pytest.mark.parametrize(
    ("title", "supplier", "recipient"),
    [
        ("North Korean freighters carry missiles to Russia", "KP", "RU"),
        ("Kapal perang China membawa rudal ke Iran", "CN", "IR"),
        ("Russian bombers carried missiles for Syria after war games", "RU", "SY"),
        ("Kapal Iran mengangkut drone ke Rusia", "IR", "RU"),
    ],
)
def test_weapons_carried_to_a_party_still_alert(
    wl: Watchlist, title: str, supplier: str, recipient: str
) -> None:
    assert alert_pair(wl, title, "") == (supplier, recipient)


@pytest.mark.parametrize(
    ("title", "supplier", "recipient"),
    [
        ("Rockets shipped out of Bandar Abbas reached Russia, Kyiv says", "IR", "RU"),
        ("Kapal dari Bandar Abbas membawa drone ke Rusia", "IR", "RU"),
        ("Artillery shells from Rajin arrived at Vostochny, analysts say", "KP", "RU"),
    ],
)
def test_a_port_stands_for_its_state_where_weapons_leave_or_land(
    wl: Watchlist, title: str, supplier: str, recipient: str
) -> None:
    assert alert_pair(wl, title, "") == (supplier, recipient)


@pytest.mark.parametrize(
    "title",
    [
        "Carpets shipped out of Bandar Abbas reached Russia, Kyiv says",
        "Kapal dari Bandar Abbas membawa kurma ke Rusia",
        "Timber from Rajin arrived at Vostochny, analysts say",
    ],
)
def test_a_port_shipping_other_goods_stays_quiet(wl: Watchlist, title: str) -> None:
    assert not classify(title, "", wl).alert


@pytest.mark.parametrize(
    ("title", "supplier", "recipient"),
    [
        ("Rudal Iran dibongkar di pelabuhan Hudaydah", "IR", "YE"),
        ("Peluru dari Chongjin tiba di Rusia", "KP", "RU"),
    ],
)
def test_weapons_unloaded_at_a_port_of_their_taker(
    wl: Watchlist, title: str, supplier: str, recipient: str
) -> None:
    assert alert_pair(wl, title, "") == (supplier, recipient)


@pytest.mark.parametrize(
    "title", ["Beras Iran dibongkar di pelabuhan Hudaydah", "Ikan dari Chongjin tiba di Rusia"]
)
def test_other_goods_unloaded_at_a_port_stay_quiet(wl: Watchlist, title: str) -> None:
    assert not classify(title, "", wl).alert


@pytest.mark.parametrize(
    ("title", "supplier", "recipient"),
    [
        ("US strikes dhow carrying Iranian missiles to the Houthis", "IR", "YE"),
        ("Israel hits trucks moving Iranian rockets to Hezbollah", "IR", "LB"),
        ("Israeli jets hit boats carrying Iranian drones to Hezbollah", "IR", "LB"),
    ],
)
def test_a_strike_on_a_carrier_of_another_partys_weapons(
    wl: Watchlist, title: str, supplier: str, recipient: str
) -> None:
    assert alert_pair(wl, title, "") == (supplier, recipient)


@pytest.mark.parametrize(
    ("title", "supplier", "recipient"),
    [
        ("Iran sends dhow carrying missiles to the Houthis", "IR", "YE"),
        ("Iran loads trucks moving rockets to Hezbollah", "IR", "LB"),
    ],
)
def test_a_sender_of_a_carrier_with_no_other_maker_named_stays_the_giver(
    wl: Watchlist, title: str, supplier: str, recipient: str
) -> None:
    assert alert_pair(wl, title, "") == (supplier, recipient)


@pytest.mark.parametrize(
    ("title", "supplier", "recipient"),
    [
        ("Moskow berterima kasih kepada Pyongyang atas kiriman roket", "KP", "RU"),
        ("Kremlin berterima kasih kepada Teheran atas drone Shahed", "IR", "RU"),
    ],
)
def test_thanks_to_a_party_for_weapons_names_it_the_giver(
    wl: Watchlist, title: str, supplier: str, recipient: str
) -> None:
    assert alert_pair(wl, title, "") == (supplier, recipient)


@pytest.mark.parametrize(
    "title",
    [
        "Moskow berterima kasih kepada Pyongyang atas ucapan duka",
        "Kremlin berterima kasih kepada Teheran atas sambutan hangat",
    ],
)
def test_thanks_for_a_courtesy_stay_quiet(wl: Watchlist, title: str) -> None:
    assert not classify(title, "", wl).alert
