"""The alert decision, tenth round: readings that unmake a transfer, each beside a twin."""

from __future__ import annotations

import pytest

from pantau.filter.classify import classify
from pantau.filter.watchlist import Watchlist


@pytest.mark.parametrize(
    "title",
    [
        "Video Iran Kirim Enam Kapal Perang untuk Membalas Israel",
        "Rusia Kirim Dua Kapal Perang dan Pesawat Intai untuk Bantu Iran",
        "Ratusan Kapal Perang Rusia Disebut Sampai di Timur Tengah",
        "North Korea sends warships to escort Russian cargo",
        "Iran dispatches destroyer to the Red Sea to protect tankers",
    ],
)
def test_warships_sailing_on_a_mission_are_deployed(wl: Watchlist, title: str) -> None:
    """Warships sent to retaliate, back a party, escort, or to a sea go with their crews."""
    verdict = classify(title, "", wl)
    assert not verdict.arms_supply
    assert not verdict.alert


@pytest.mark.parametrize(
    ("title", "pair"),
    [
        ("Rusia Kirim Kapal Selam ke Iran", ("RU", "IR")),  # to a party: told as a delivery
        ("Korut Kirim Kapal Perang ke Rusia untuk Bantu Perang di Ukraina", ("KP", "RU")),
        ("Rusia Kirim Jet Tempur untuk Bantu Iran", ("RU", "IR")),  # jets, no warship
        ("Rusia Kirim Kapal Perang Bekas untuk Bantu Myanmar", ("RU", "MM")),  # used ships
    ],
)
def test_warships_sent_to_a_party_or_handed_over_still_alert(
    wl: Watchlist, title: str, pair: tuple[str, str]
) -> None:
    """The twins: ships sent to a party first, jets alone, or used ships granted."""
    verdict = classify(title, "", wl)
    assert verdict.alert
    assert (verdict.supplier, verdict.recipient) == pair


@pytest.mark.parametrize(
    "title",
    [
        "Rusia Kirim Menhan ke Pyongyang, Bahas Kerja Sama Rudal",
        "Iran sends defence minister to Moscow ahead of drone talks",
        "Russia sends delegation to Tehran air show featuring drones",
    ],
)
def test_a_minister_or_a_show_sent_is_no_weapon(wl: Watchlist, title: str) -> None:
    """A send word whose object is a minister, a delegation or an event tells no transfer."""
    assert not classify(title, "", wl).alert


def test_a_minister_sent_with_weapons_still_alerts(wl: Watchlist) -> None:
    """The twin: weapons joined to the object are still sent."""
    verdict = classify("Iran Kirim Menhan dan 200 Drone ke Moskow", "", wl)
    assert verdict.alert
    assert (verdict.supplier, verdict.recipient) == ("IR", "RU")


def test_a_speaker_at_war_with_the_receiver_is_no_party(wl: Watchlist) -> None:
    """A headline's speaker calling to stop arms for its enemy neither sends nor is a target."""
    verdict = classify("Presiden Ukraina: Hentikan Pengiriman Senjata ke Rusia!", "", wl)
    assert verdict.alert
    assert verdict.recipient == "RU"
    assert verdict.supplier is None


@pytest.mark.parametrize(
    ("title", "pair"),
    [
        ("Kemlu Korut: Tuduhan Pasok Senjata ke Rusia Hanya Rekayasa AS", ("KP", "RU")),
        ("Iran: Kami Tak Pernah Kirim Drone ke Rusia", ("IR", "RU")),
    ],
)
def test_a_speaker_at_peace_with_the_receiver_may_be_the_supplier(
    wl: Watchlist, title: str, pair: tuple[str, str]
) -> None:
    """The twins: a speaker not at war with the receiver stays a party (here, denying)."""
    verdict = classify(title, "", wl)
    assert verdict.alert
    assert (verdict.supplier, verdict.recipient) == pair


def test_a_strike_told_by_its_target_stays_a_strike(wl: Watchlist) -> None:
    """A quoted strike keeps its target when the quote names it."""
    assert not classify("Ukraina: Rusia Kirim Drone ke Kyiv Semalaman", "", wl).alert


@pytest.mark.parametrize(
    "title",
    [
        "Iran Kirim Rudal Sampai 3 Kali",
        "Rusia Akui Salah Sasaran, Tapi Kirim Rudal Lagi",
        "Korut Kirim Rudal Lagi",
        # Two parties before the verb, but as rivals: still a launch.
        "Ketegangan Korut dan Korsel Memanas, Pyongyang Kirim Rudal Lagi",
    ],
)
def test_a_headlines_missiles_sent_to_nothing_are_fired(wl: Watchlist, title: str) -> None:
    """A headline's 'Kirim Rudal' with no goal and no party after it tells of a launch."""
    verdict = classify(title, "", wl)
    assert not verdict.arms_supply
    assert not verdict.alert


@pytest.mark.parametrize(
    ("title", "pair"),
    [
        ("Korut Kirim Rudal ke Rusia", ("KP", "RU")),
        ("Iran Kirim Rudal Balistik untuk Rusia", ("IR", "RU")),
        ("Iran Kirim Rudal Fath-360, Rusia Siap Pakai", ("IR", "RU")),
        # Partners told before the verb: the other is the receiver.
        ("Hubungan Iran dan Rusia Kian Erat, Teheran Kirim Rudal Balistik", ("IR", "RU")),
    ],
)
def test_a_headlines_missiles_sent_to_a_party_are_a_supply(
    wl: Watchlist, title: str, pair: tuple[str, str]
) -> None:
    """The twins: a goal named, a party named after the send word, or a partner before it."""
    verdict = classify(title, "", wl)
    assert verdict.alert
    assert (verdict.supplier, verdict.recipient) == pair


@pytest.mark.parametrize(
    "title",
    [
        "Pipa Pemasok Oksigen RS di Kharkiv Terkena Drone Rusia",  # a supplier of goods
        "Video Rusia Menyerahkan Jenazah Tentara Ukraina Berisi Bom",  # bodies handed over
        "Iran Serahkan Sandera ke Irak, Drone Tak Disebut",  # hostages
    ],
)
def test_goods_bodies_or_hostages_handed_over_are_no_weapons(wl: Watchlist, title: str) -> None:
    """A send or supply word whose object is goods, bodies or hostages tells no arms transfer."""
    assert not classify(title, "", wl).arms_supply


def test_goods_supplied_beside_weapons_still_alert(wl: Watchlist) -> None:
    """The twin: weapons joined to the goods are still supplied."""
    verdict = classify("Iran Jadi Pemasok Gandum dan Drone untuk Rusia", "", wl)
    assert verdict.alert
    assert (verdict.supplier, verdict.recipient) == ("IR", "RU")


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Pengirim Email Bom ke Maskapai Rusia Diduga dari Iran",
            "Polisi menyebut pengirim email itu diduga berada di Iran. Email itu menyebut ada "
            "bom di pesawat yang terbang ke Moskow.",
        ),
        ("Polisi Lacak Pengirim Email Soal Bom ke Bandara Moskow dari Teheran", ""),
    ],
)
def test_a_sender_of_an_email_is_no_supplier(wl: Watchlist, title: str, text: str) -> None:
    """A sender noun whose object is an email (a bomb threat's) tells no transfer."""
    assert not classify(title, text, wl).alert


def test_a_sender_of_drones_is_a_supplier(wl: Watchlist) -> None:
    """The twin: a sender noun whose object is weapons."""
    verdict = classify("Pengirim Drone ke Rusia Ternyata Iran", "", wl)
    assert verdict.alert
    assert (verdict.supplier, verdict.recipient) == ("IR", "RU")


@pytest.mark.parametrize(
    "title",
    [
        "RS Kharkiv Terancam Drone Rusia, Mesir Bantu Bangun Faskes Sementara",
        "Rusia Bantu Bangun Rumah Sakit di Suriah Usai Serangan Drone",
    ],
)
def test_help_to_build_a_hospital_is_no_weapons_help(wl: Watchlist, title: str) -> None:
    """A help noun whose object is a hospital or a clinic tells no transfer."""
    assert not classify(title, "", wl).arms_supply


def test_help_to_build_a_school_and_a_drone_plant_still_alerts(wl: Watchlist) -> None:
    """The twin: a weapons plant joined to the object is still help with weapons."""
    verdict = classify("Rusia Bantu Bangun Sekolah dan Pabrik Drone di Iran", "", wl)
    assert verdict.alert
    assert (verdict.supplier, verdict.recipient) == ("RU", "IR")


@pytest.mark.parametrize(
    "title",
    [
        "Su-57 wows crowds at Chinese air show but no buyers named",
        "No buyers for Su-57 at Dubai Airshow",
        "Russia has yet to find a foreign buyer for its Su-57",
        "Su-57 Pukau Pengunjung Pameran, tapi Belum Ada Pembeli",
        "Pameran Zhuhai: Su-57 Belum Temukan Pembeli",
    ],
)
def test_a_weapon_with_no_buyer_tells_no_sale(wl: Watchlist, title: str) -> None:
    """A buyer noun negated ("no buyers", "Belum Ada Pembeli"): nothing changes hands."""
    verdict = classify(title, "", wl)
    assert not verdict.arms_supply
    assert not verdict.alert


@pytest.mark.parametrize(
    "title",
    [
        "Iran is the first foreign buyer of Russia's Su-35",
        "Pembeli Drone Iran Bertambah: Kini Ethiopia",
    ],
)
def test_a_buyer_named_still_tells_a_sale(wl: Watchlist, title: str) -> None:
    """The twin: a buyer named is a sale."""
    assert classify(title, "", wl).alert


def test_dapat_before_a_noun_in_me_is_get(wl: Watchlist) -> None:
    """'Dapat Mesin Drone': a noun starting 'me' ('mesin', 'mesiu') is no verb, so 'dapat' is
    'gets', not 'can'."""
    verdict = classify("Houthi Dapat Mesin Drone dari Iran, Kata Panel PBB", "", wl)
    assert verdict.alert
    assert (verdict.supplier, verdict.recipient) == ("IR", "YE")


def test_dapat_before_a_verb_is_can(wl: Watchlist) -> None:
    """The twin: 'dapat menggunakan' is 'can use'."""
    assert not classify("Rusia dapat menggunakan drone Iran", "", wl).alert


@pytest.mark.parametrize(
    ("title", "pair"),
    [
        ("Iran Disebut Kirim Bahan Bakar Rudal ke Houthi Lewat Oman", ("IR", "YE")),
        ("Iran funds and arms Hamas, Israel says", ("IR", "PS")),
    ],
)
def test_missile_fuel_or_funding_and_arming_is_a_supply(
    wl: Watchlist, title: str, pair: tuple[str, str]
) -> None:
    """Missile fuel is no goods; 'funds and arms' arms."""
    verdict = classify(title, "", wl)
    assert verdict.alert
    assert (verdict.supplier, verdict.recipient) == pair


@pytest.mark.parametrize(
    "title",
    ["Iran Kirim Bahan Bakar ke Suriah", "Rusia Kirim Bahan Bakar Roket Soyuz ke Kazakhstan"],
)
def test_fuel_and_space_rocket_fuel_are_goods(wl: Watchlist, title: str) -> None:
    """The twins: fuel, and a space rocket's fuel, are goods."""
    assert not classify(title, "", wl).arms_supply
