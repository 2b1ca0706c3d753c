"""The alert decision, eighth round: asides and objects that are no weapons, beside their twins."""

from __future__ import annotations

import pytest

from pantau.filter.classify import classify
from pantau.filter.watchlist import Watchlist


@pytest.mark.parametrize(
    "title",
    [
        "Armenia buys Indian artillery, Iranian drones talk denied",
        "Filipina Beli Rudal BrahMos dari India, Kabar Drone Iran Dibantah",
    ],
)
def test_drones_told_only_in_a_denied_side_remark_do_not_make_a_deal_watched(
    wl: Watchlist, title: str
) -> None:
    """An unwatched deal, and drones only in a denied aside beside it: no alert."""
    verdict = classify(title, "", wl)
    assert verdict.arms_supply
    assert not verdict.alert


@pytest.mark.parametrize(
    "title",
    [
        "Armenia buys Indian drones, talk of Iranian artillery denied",
        "Iran denies sending drones to Sudan",
        "Rusia Terima Drone, Iran Membantah",  # the denier names no goods of its own
    ],
)
def test_drones_in_the_deal_itself_or_a_denied_transfer_still_alert(
    wl: Watchlist, title: str
) -> None:
    """The twins: the drones are the deal's items, or the denial is of the transfer itself."""
    assert classify(title, "", wl).alert


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Why Hanoi keeps its old MiGs in the air",
            "Vietnam still flies a dozen Russian MiG fighters, bought in the 1990s, and "
            "technicians now make many spare parts locally.",
        ),
        (
            "Cara TNI AU Merawat Armada Tua",
            "TNI AU masih mengoperasikan helikopter serang Mi-35 Rusia, dibeli pada 2003, "
            "dengan suku cadang yang makin sulit didapat.",
        ),
    ],
)
def test_a_purchase_told_in_a_dated_aside_on_the_items_does_not_alert(
    wl: Watchlist, title: str, text: str
) -> None:
    """A maintenance piece recalls, in an aside set off by commas, when its weapons were bought."""
    assert not classify(title, text, wl).alert


@pytest.mark.parametrize(
    "text",
    [
        "Vietnam bought a dozen MiG fighters from Russia in 2024, officials said.",
        "Iran menerima helikopter serang Mi-28 dari Rusia pada 2025, kata pejabat Teheran.",
    ],
)
def test_a_dated_purchase_told_as_the_sentences_own_news_still_alerts(
    wl: Watchlist, text: str
) -> None:
    """The twin: the purchase is the sentence's main verb, its year no aside."""
    assert classify("", text, wl).alert


@pytest.mark.parametrize(
    "title",
    [
        "Hezbollah denies reports that Tehran arms them",
        "Report: Russia armed them before the offensive, Kyiv says of Belarusian units",
    ],
)
def test_arms_as_a_verb_before_an_object_pronoun_tells_of_supply(wl: Watchlist, title: str) -> None:
    """'arms them' is the verb: a party gives weapons, denied or not."""
    assert classify(title, "", wl).alert


@pytest.mark.parametrize(
    "title",
    [
        "Hezbollah says its arms stay, rejects calls to disarm",
        "Iran's arms fair opens in Tehran",
    ],
)
def test_arms_as_a_noun_with_no_transfer_does_not_alert(wl: Watchlist, title: str) -> None:
    """The twin: the noun 'arms' with no transfer told."""
    assert not classify(title, "", wl).alert


@pytest.mark.parametrize(
    "title",
    [
        "Moscow sends condolences to Tehran after drone crash kills officials",
        "Malaysia Kirim Bantuan Kemanusiaan ke Iran Usai Serangan Drone",
        "Iranian cadets receive scholarships to study drone engineering in Russia",
        "Russia delivers fresh drone strikes on Kharkiv overnight",
    ],
)
def test_a_send_or_get_verb_whose_object_is_no_weapon_does_not_alert(
    wl: Watchlist, title: str
) -> None:
    """What is sent or received is sympathy, aid, a scholarship or a strike, not the weapon."""
    assert not classify(title, "", wl).alert


@pytest.mark.parametrize(
    "title",
    [
        "Moscow sends drones to Tehran after crash of Iranian fleet",
        "Iran receives Russian attack helicopters",
    ],
)
def test_a_send_or_get_verb_whose_object_is_the_weapon_still_alerts(
    wl: Watchlist, title: str
) -> None:
    """The twins: the verb's object is the weapon, whatever follows."""
    assert classify(title, "", wl).alert


@pytest.mark.parametrize(
    "title",
    [
        "Peru to retire MiG-29s bought from Russia in the 1990s",
        "Mesir Pensiunkan Helikopter Mi-17 Rusia yang Dibeli pada 2004",
    ],
)
def test_weapons_qualified_by_a_dated_purchase_are_their_past(wl: Watchlist, title: str) -> None:
    """Items qualified by when they were bought, in a story on retiring them: no transfer."""
    assert not classify(title, "", wl).alert


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Peru buys MiG-29s from Russia in 2025", ""),
        ("Drone Shahed yang Diterima Rusia dari Iran Sejak 2022 Kini Dirakit di Tatarstan", ""),
    ],
)
def test_a_dated_purchase_as_the_news_or_a_supply_since_a_year_still_alerts(
    wl: Watchlist, title: str, text: str
) -> None:
    """The twins: the purchase is the headline's verb, or the supply goes on since a year."""
    assert classify(title, text, wl).alert


@pytest.mark.parametrize(
    "title",
    [
        "Rusia Kirim Nota Protes ke Jepang soal Latihan Rudal",
        "Korut Terima Kecaman Usai Pamer Drone Serang",
        "North Korea receives Chinese tourists again, missile museum reopens",
        "Rusia Beli Gandum Iran, Soal Drone Tak Dibahas",
        "Iran supplies power to Armenia amid drone talk",
    ],
)
def test_a_verb_taking_a_note_praise_tourists_or_goods_does_not_alert(
    wl: Watchlist, title: str
) -> None:
    """The verb's object is a note, a rebuke, visitors or goods; the weapon is elsewhere."""
    assert not classify(title, "", wl).alert


@pytest.mark.parametrize(
    "title",
    [
        "Korut Kirim Minyak Mentah ke Rusia sebagai Imbalan Rudal",
        "Rusia Terima Peluru Korut, Bayar dengan Minyak",
        "Iran supplies drones to Armenia amid power talks",
    ],
)
def test_goods_paid_for_weapons_or_weapons_supplied_still_alert(wl: Watchlist, title: str) -> None:
    """The twins: goods are the barter's payment, or the weapon is the verb's object."""
    assert classify(title, "", wl).alert


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Korut Kirim Ribuan Pekerja Konstruksi ke Rusia", ""),
        ("Iran Air Beli 10 Pesawat Sukhoi Superjet dari Rusia", ""),
        (
            "Harga Minyak Naik Usai Serangan Drone",
            "Harga minyak dunia naik setelah drone menyerang kilang. Iran mengirim tambahan "
            "minyak ke China untuk mengisi kekosongan pasokan.",
        ),
    ],
)
def test_workers_airliners_or_more_goods_sent_do_not_alert(
    wl: Watchlist, title: str, text: str
) -> None:
    """Workers, a Superjet airliner (no Sukhoi fighter) or extra oil: no weapon sent."""
    assert not classify(title, text, wl).alert


@pytest.mark.parametrize(
    "title",
    [
        "Korut Kirim Tentara dan Rudal ke Rusia",
        "Rusia Kirim Minyak dan Drone ke Korut",
        "Iran Beli Jet Tempur Sukhoi Su-35 dari Rusia",
    ],
)
def test_weapons_joined_to_people_or_goods_or_a_sukhoi_fighter_still_alert(
    wl: Watchlist, title: str
) -> None:
    """The twins: a weapon is joined to what is sent, or the Sukhoi is the fighter."""
    assert classify(title, "", wl).alert


@pytest.mark.parametrize(
    "title",
    [
        "Iran's drone maker gets new CEO",
        "Iran receives IAEA inspectors, shows drone factory ruins",
        "Russia supplies Iran with wheat, not weapons, Moscow says",
        "Korut Pasok Tenaga Kerja ke Rusia, Bukan Senjata, Kata Pyongyang",
        "Iran sends football team to Russia for friendly",
    ],
)
def test_a_person_a_team_or_goods_with_a_weapon_negated_do_not_alert(
    wl: Watchlist, title: str
) -> None:
    """A chief, inspectors, a team, or goods 'not weapons': what is handed over is no weapon."""
    assert not classify(title, "", wl).alert


@pytest.mark.parametrize(
    "title",
    [
        "Russia supplies Iran with drones, not wheat, Kyiv says",
        "Iran sends drone team and Shahed drones to Russia",
    ],
)
def test_weapons_as_the_object_beside_a_negated_good_still_alert(wl: Watchlist, title: str) -> None:
    """The twins: the weapon is the object."""
    assert classify(title, "", wl).alert


@pytest.mark.parametrize(
    "title",
    [
        "Korea Selatan Beli Drone Pemantau Kebakaran dari Jepang",
        "Kampus di Teheran Terima Hibah Drone untuk Riset Cuaca",
        "Iranian filmmakers buy drones for aerial shots of Isfahan",
        "Ukraine startup sells racing drones to Poland's hobbyists",
    ],
)
def test_drones_for_fire_watch_weather_film_or_racing_do_not_alert(
    wl: Watchlist, title: str
) -> None:
    """Drones named for a civilian use are no weapons."""
    assert not classify(title, "", wl).alert


def test_drones_supplied_for_a_strike_that_caused_fires_still_alert(wl: Watchlist) -> None:
    """The twin: a fire the weapons caused names no civilian use."""
    assert classify("Iran Kirim Drone Shahed ke Rusia, Kebakaran Melanda Kyiv", "", wl).alert


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Iran Tolak Beli Jet Tempur Rusia, Pilih Produksi Sendiri", ""),
        ("Egypt refuses to buy Russian fighter jets under US pressure", ""),
        ("Why Algeria still flies Russian-made Su-30s bought two decades ago", ""),
        (
            "How Malaysia keeps its Russian jets flying",
            "The air force has cannibalised parts from grounded MiG-29s it bought from Moscow "
            "in 1995.",
        ),
    ],
)
def test_a_buyer_refusing_or_a_fleet_it_bought_long_ago_do_not_alert(
    wl: Watchlist, title: str, text: str
) -> None:
    """A buyer that refuses to buy, or a fleet qualified by a purchase decades ago."""
    assert not classify(title, text, wl).alert


@pytest.mark.parametrize(
    "title",
    [
        "Iran Menolak Tuduhan Pasok Drone ke Rusia",  # a supplier's denial still alerts
        "Egypt agrees to buy Russian fighter jets despite US pressure",
    ],
)
def test_a_suppliers_denial_or_an_agreed_purchase_still_alert(wl: Watchlist, title: str) -> None:
    """The twins: the refusal is of an accusation, or the buyer agrees."""
    assert classify(title, "", wl).alert
