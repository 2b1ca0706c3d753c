"""The alert decision, seventh round: each kind made to alert, beside a twin that must not."""

from __future__ import annotations

import pytest

from pantau.filter.classify import classify
from pantau.filter.watchlist import Watchlist


@pytest.mark.parametrize(
    ("title", "pair"),
    [
        ("Investigasi: Drone Rusia yang Jatuh di Lviv Pakai Mesin Buatan Iran", ("IR", "RU")),
        ("Ternyata Rudal Rusia Dirakit dengan Komponen Asal China", ("CN", "RU")),
        ("Researchers find Chinese components in Russian cruise missiles", ("CN", "RU")),
        ("Russian Lancet drones contain American microchips, report says", ("US", "RU")),
    ],
)
def test_parts_of_one_party_in_anothers_weapon_alert(
    wl: Watchlist, title: str, pair: tuple[str, str]
) -> None:
    """Parts of one party's make found in another party's weapon: the maker supplied the owner."""
    verdict = classify(title, "", wl)
    assert verdict.alert
    assert (verdict.supplier, verdict.recipient) == pair


@pytest.mark.parametrize(
    "title",
    [
        "Mobil Listrik Rusia Kini Pakai Komponen China",  # no weapon
        "Pabrik Drone Iran Pakai Mesin Buatan Iran Sendiri",  # maker and owner are one
        "Rusia Tembak Jatuh Drone Ukraina Berisi Komponen AS",  # parts only an attribute in combat
        "Harga Mesin Drone Naik Tajam Tahun Ini",  # no party at all
    ],
)
def test_parts_without_two_parties_or_told_only_in_combat_do_not_alert(
    wl: Watchlist, title: str
) -> None:
    """No weapon, one party, or parts named only in a strike tell of no supply."""
    assert not classify(title, "", wl).alert


def test_parts_in_a_body_sentence_alert_with_the_weapons_owner_as_recipient(wl: Watchlist) -> None:
    """The same reading holds in a story's body, with the finding told by investigators."""
    verdict = classify(
        "Jejak Pemasok di Balik Serangan ke Kharkiv",
        "KHARKIV - Penyelidik Ukraina mengatakan drone Shahed Rusia yang jatuh semalam "
        "memakai mesin buatan Iran. Temuan itu diserahkan ke mitra Barat.",
        wl,
    )
    assert verdict.alert
    assert (verdict.supplier, verdict.recipient) == ("IR", "RU")


@pytest.mark.parametrize(
    ("title", "pair"),
    [
        ("Venezuela Mulai Merakit Drone Tempur Rancangan Iran", ("IR", "VE")),
        ("Myanmar junta begins assembling Chinese-designed attack drones", ("CN", "MM")),
    ],
)
def test_making_another_partys_design_alerts_with_the_designer_as_supplier(
    wl: Watchlist, title: str, pair: tuple[str, str]
) -> None:
    """Producing weapons of another party's design is licensed production: the designer supplies."""
    verdict = classify(title, "", wl)
    assert verdict.alert
    assert (verdict.supplier, verdict.recipient) == pair


def test_making_ones_own_design_is_no_transfer(wl: Watchlist) -> None:
    """A party making weapons of its own design tells of no supplier at all."""
    assert not classify("Pabrik Iran Produksi Drone Rancangan Iran", "", wl).arms_supply


@pytest.mark.parametrize(
    ("title", "pair"),
    [
        ("Teheran Bantah Pasok Houthi, Sebut Tuduhan Washington Fitnah", ("IR", "YE")),
        ("Iran keeps supplying Hezbollah through Syria, Israeli officials say", ("IR", "LB")),
    ],
)
def test_supply_to_an_armed_group_needs_no_item_word(
    wl: Watchlist, title: str, pair: tuple[str, str]
) -> None:
    """A party supplying an armed group itself, nothing else named, is supplying it arms."""
    verdict = classify(title, "", wl)
    assert verdict.alert
    assert (verdict.supplier, verdict.recipient) == pair


@pytest.mark.parametrize(
    "title",
    [
        "Iran Pasok Hizbullah dengan Dana Tunai, Kata Laporan",  # money named
        "Iran supplies Hamas with fuel and cash, report says",  # goods named
        "Qatar Suplai Dana untuk Hamas",  # money between the word and the group
        "Iran Kirim Bantuan ke Hamas",  # aid, not supply
    ],
)
def test_supply_to_an_armed_group_of_named_goods_is_no_alert(wl: Watchlist, title: str) -> None:
    """When the headline names what the group got and it is not weapons, no arms are told."""
    assert not classify(title, "", wl).alert


def test_a_makers_weapons_reaching_a_front_line_alert_without_the_front_as_recipient(
    wl: Watchlist,
) -> None:
    """ "Bagaimana Rudal Iran Sampai ke Garis Depan Ukraina": supply told, the front is a place."""
    verdict = classify("Bagaimana Rudal Iran Bisa Sampai ke Garis Depan Ukraina?", "", wl)
    assert verdict.alert
    assert verdict.supplier == "IR"
    assert verdict.recipient != "UA"


def test_a_front_line_reached_by_people_or_aid_is_no_transfer(wl: Watchlist) -> None:
    """Reaching the front tells of weapons only when weapons reach it."""
    assert not classify("Relawan Iran Sampai ke Garis Depan Lebanon", "", wl).arms_supply
    assert not classify("Bantuan Makanan Rusia Sampai di Garis Depan", "", wl).arms_supply


_PAST_BUYS = (
    "Indonesia membeli helikopter Mi-17 dan jet tempur Sukhoi dari Rusia pada awal 2000-an. "
    "Sebagian pembelian itu dibayar dengan komoditas seperti minyak sawit."
)


def test_transfers_under_a_history_headline_are_the_past(wl: Watchlist) -> None:
    """A headline on history ("Kilas Balik", "Sejarah") makes even the lead's purchase history."""
    verdict = classify("Kilas Balik: Jejak Alutsista Rusia di Tubuh TNI", _PAST_BUYS, wl)
    assert not verdict.alert
    assert verdict.rule.startswith("passing_mention:")


def test_the_same_purchases_under_a_plain_headline_still_count(wl: Watchlist) -> None:
    """Without the history headline the same body is a supply story."""
    assert classify("Jejak Alutsista Rusia di Tubuh TNI", _PAST_BUYS, wl).alert


def test_making_history_is_no_history_headline(wl: Watchlist) -> None:
    """ "Cetak sejarah", "makes history" speak of a first, not of the past."""
    assert classify("Rusia Cetak Sejarah di Asia Tenggara", _PAST_BUYS, wl).alert


@pytest.mark.parametrize(
    ("title", "pair"),
    [
        ("Panel PBB Lacak Komponen Rudal Houthi ke Iran", ("IR", "YE")),
        ("Kyiv investigators trace Russian missile parts back to North Korea", ("KP", "RU")),
    ],
)
def test_weapons_traced_to_a_maker_alert_with_their_holder_as_recipient(
    wl: Watchlist, title: str, pair: tuple[str, str]
) -> None:
    """Tracing a party's weapons to a maker is the maker's supply to that party."""
    verdict = classify(title, "", wl)
    assert verdict.alert
    assert (verdict.supplier, verdict.recipient) == pair


def test_weapons_traced_with_no_holder_named_are_no_transfer(wl: Watchlist) -> None:
    """Without a holder beside the weapons a trace names one party only: no transfer."""
    assert not classify("Police trace stolen rifles to Malaysia", "", wl).arms_supply


@pytest.mark.parametrize(
    "title",
    [
        "Rusia Kirim Jet Tempur ke Timur Tengah, Ada Apa?",
        "Wujud Kapal Selam Iran yang Dikirim ke Timur Tengah",
        "Russia sends fighter jets to the Middle East region",
    ],
)
def test_weapons_sent_to_a_region_are_deployed_not_handed_over(wl: Watchlist, title: str) -> None:
    """A region, like a sea, is no party: sending one's own weapons there deploys them."""
    assert not classify(title, "", wl).arms_supply


def test_weapons_sent_to_a_party_in_a_region_still_alert(wl: Watchlist) -> None:
    """Naming the receiving party keeps the supply."""
    verdict = classify("Rusia Kirim Jet Tempur ke Iran di Timur Tengah", "", wl)
    assert verdict.alert
    assert (verdict.supplier, verdict.recipient) == ("RU", "IR")


def test_a_likeness_of_a_weapon_is_no_weapon(wl: Watchlist) -> None:
    """ "Parfum Berbentuk Rudal": goods shaped like a weapon are sold, no weapon is."""
    assert not classify("Pedagang Iran Jual Parfum dalam Botol Berbentuk Rudal", "", wl).arms_supply
    assert classify("Iran Jual Rudal ke Rusia, Kata Intelijen AS", "", wl).alert


@pytest.mark.parametrize(
    "title",
    [
        "Kapal Perang Rusia Berlabuh di Tanjung Priok",
        "Dua Kapal Perang Iran Bersandar di Pelabuhan Venezuela",
        "Russian warships docked in Havana for a five-day visit",
    ],
)
def test_warships_berthing_make_a_port_call(wl: Watchlist, title: str) -> None:
    """Warships that berth somewhere visit it: nothing is unloaded or handed over."""
    assert not classify(title, "", wl).arms_supply


def test_a_ship_berthing_with_weapons_aboard_still_alerts(wl: Watchlist) -> None:
    """A cargo of weapons on a berthing ship is a delivery."""
    verdict = classify("Kapal Kargo Korut Berlabuh di Vladivostok, Diduga Angkut Amunisi", "", wl)
    assert verdict.alert
    assert (verdict.supplier, verdict.recipient) == ("KP", "RU")


@pytest.mark.parametrize(
    "title",
    ["Kremlin says Russia's arms exports fell in 2024", "Ekspor Senjata Rusia Anjlok 50 Persen"],
)
def test_exports_that_rose_or_fell_with_no_buyer_are_a_figure(wl: Watchlist, title: str) -> None:
    """A seller's exports told as a trend, with no buyer anywhere, tell of no transfer."""
    verdict = classify(title, "", wl)
    assert not verdict.alert
    assert verdict.rule.startswith("statistics:")


def test_exports_that_rose_with_buyers_named_still_alert(wl: Watchlist) -> None:
    """The same trend with its buyers named is a supply story."""
    verdict = classify(
        "Ekspor Drone Iran Melonjak",
        "Iran menjual drone Shahed ke Rusia dan Venezuela tahun lalu, kata pejabat AS.",
        wl,
    )
    assert verdict.alert


def test_warships_arriving_for_a_joint_exercise_are_deployed(wl: Watchlist) -> None:
    """Warships that come for a joint exercise visit; they are not handed over."""
    assert not classify("Russian warships arrive in Jakarta for joint exercise", "", wl).alert


def test_a_barter_aside_under_a_launch_headline_is_one_background_mention(wl: Watchlist) -> None:
    """Help paid with shells, told once after a launch lead, is background, not two transfers."""
    verdict = classify(
        "Pyongyang Luncurkan Satelit Pengintai Kedua",
        "Korea Utara meluncurkan satelit pengintai militer kedua pada Selasa dini hari. "
        "Jepang dan Korea Selatan mengecam peluncuran itu. Washington menduga Moskow membantu "
        "program satelit Pyongyang sebagai imbalan atas pasokan amunisi. "
        "Dewan Keamanan PBB dijadwalkan bersidang pekan depan.",
        wl,
    )
    assert not verdict.alert
    assert verdict.rule.startswith("passing_mention:")


def test_wreckage_handed_to_inspectors_is_evidence_not_arms(wl: Watchlist) -> None:
    """Handing over a weapon's wreckage gives evidence: no supplier, no recipient of arms."""
    assert not classify("Ukraina Serahkan Serpihan Drone Iran ke PBB", "", wl).arms_supply
    assert not classify("Kyiv hands wreckage of Iranian drones to UN inspectors", "", wl).alert
    verdict = classify("Iran Serahkan Drone Shahed ke Rusia, Kata Kyiv", "", wl)
    assert verdict.alert
    assert (verdict.supplier, verdict.recipient) == ("IR", "RU")
