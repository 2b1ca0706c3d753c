"""The alert decision, ninth round: readings that unmake a transfer, each beside a twin it keeps."""

from __future__ import annotations

import pytest

from pantau.filter.classify import classify
from pantau.filter.watchlist import Watchlist


@pytest.mark.parametrize(
    "title",
    [
        "Militer Iran Terima 200 Drone Baru",
        "Russian army receives new batch of Lancet drones",
        "Angkatan Darat Iran Terima Drone Buatan Kementerian Pertahanan",
        "Kim hands new missile launchers to frontline units",
        "Kim Jong Un Serahkan Peluncur Rudal Baru kepada Tentaranya",
        "TNI AD Terima Drone dari PT Pindad",
        "Kemhan Beli 12 Drone dari PT DI",
        "Russia's defence ministry orders 1,000 drones from domestic makers",
        "Rostec delivers new batch of Su-34 bombers to Russian Aerospace Forces",
    ],
)
def test_weapons_handed_within_one_state_do_not_alert(wl: Watchlist, title: str) -> None:
    """A state's own industry or command arming its own forces is no transfer between parties."""
    assert not classify(title, "", wl).alert


@pytest.mark.parametrize(
    ("title", "pair"),
    [
        ("Russian army receives new batch of Iranian drones", ("IR", "RU")),
        ("Pasukan Rusia Terima Drone Baru dari Iran", ("IR", "RU")),
        ("TNI AU Terima Drone dari Turki", ("TR", "ID")),
        ("Iran Kirim Drone ke Pasukan Houthi", ("IR", "YE")),
    ],
)
def test_forces_supplied_by_another_party_still_alert(
    wl: Watchlist, title: str, pair: tuple[str, str]
) -> None:
    """The twins: a second party (a maker's adjective included) supplies the forces."""
    verdict = classify(title, "", wl)
    assert verdict.alert
    assert (verdict.supplier, verdict.recipient) == pair


def test_forces_supplied_by_an_unnamed_ally_still_alert(wl: Watchlist) -> None:
    """A source abroad left unnamed is no home industry."""
    assert classify("Pasukan Rusia Terima Drone Baru dari Sekutu", "", wl).alert


def test_a_body_sentence_on_forces_alone_keeps_the_supplier_of_the_next(wl: Watchlist) -> None:
    """In a body, the forces' sentence may leave its supplier to the sentence beside it."""
    text = (
        "Pasukan Rusia menerima ribuan drone baru bulan ini. Drone itu dipasok Iran "
        "lewat Laut Kaspia, kata pejabat Ukraina."
    )
    assert classify("Pasokan Baru untuk Garis Depan", text, wl).alert


@pytest.mark.parametrize(
    "title",
    [
        "Novel Baru Kisahkan Penyelundupan Senjata ke Iran",
        "In new Netflix thriller series, North Korea sells missiles to Iran",
        "Rusia Jual Senapan Berburu ke Eropa Turun Drastis",
        "Iran Kirim Tim SAR dan Drone Pencari ke Lokasi Gempa",
        "Rusia Kirim Kapal Perang untuk Berikan Bantuan Medis ke Suriah",
        "Russian tankers deliver oil to new storage tanks in Rajin",
    ],
)
def test_fiction_civilian_guns_rescue_drones_and_aid_ships_do_not_alert(
    wl: Watchlist, title: str
) -> None:
    """A story told in fiction, hunting rifles, search drones, a warship carrying aid, oil tanks."""
    assert not classify(title, "", wl).alert


@pytest.mark.parametrize(
    ("title", "pair"),
    [
        ("Film Dokumenter Ungkap Penyelundupan Senjata Korut ke Iran", ("KP", "IR")),
        ("Rusia Jual Senapan Serbu ke Myanmar", ("RU", "MM")),
        ("Iran Kirim Drone Serang ke Sudan", ("IR", "SD")),
        ("Rusia Kirim Kapal Perang ke Myanmar sebagai Hibah", ("RU", "MM")),
        ("Iran Guyur Rusia dengan Ratusan Drone Shahed", ("IR", "RU")),
        ("Moscow snaps up Iranian drones", ("IR", "RU")),
        ("Putin Hadiahi Kim Jong Un Senapan Serbu", ("RU", "KP")),
    ],
)
def test_real_transfers_and_colloquial_verbs_still_alert(
    wl: Watchlist, title: str, pair: tuple[str, str]
) -> None:
    """The twins: a documentary's finding, assault rifles, attack drones, a warship given."""
    verdict = classify(title, "", wl)
    assert verdict.alert
    assert (verdict.supplier, verdict.recipient) == pair


@pytest.mark.parametrize(
    "title",
    [
        "US pledges to help Ukraine counter Iranian drones",
        "Jerman Kirim Senjata untuk Lawan Drone Rusia ke Ukraina",
        "Inggris Pasok Rudal untuk Menembak Jatuh Drone Iran ke Ukraina",
        "UK supplies Ukraine with missiles to down Iranian drones",
    ],
)
def test_weapons_sent_to_counter_a_watched_partys_drones_are_not_watched(
    wl: Watchlist, title: str
) -> None:
    """The drones met are the threat, not the goods; their maker is no party to the transfer."""
    verdict = classify(title, "", wl)
    assert not verdict.alert


@pytest.mark.parametrize(
    ("title", "pair"),
    [
        ("US intercepts Iranian missiles bound for Houthis", ("IR", "YE")),
        ("Russia supplies combat drones to Mali", ("RU", "ML")),
        ("Iran Kirim Drone ke Rusia untuk Lawan Ukraina", ("IR", "RU")),
    ],
)
def test_drones_that_are_the_goods_still_alert(
    wl: Watchlist, title: str, pair: tuple[str, str]
) -> None:
    """The twins: an interdiction, combat drones as goods, and a party, not items, fought."""
    verdict = classify(title, "", wl)
    assert verdict.alert
    assert (verdict.supplier, verdict.recipient) == pair


@pytest.mark.parametrize(
    "title",
    [
        "Iranian-supplied drones struck Odesa overnight",
        "North Korean-supplied missiles hit Kharkiv, Ukraine says",
        "Drone Pasokan Iran Hantam Odesa",
        "Iranian-made drones received by Russia were launched at Kyiv overnight",
    ],
)
def test_a_supply_that_only_qualifies_a_strikes_weapons_does_not_alert(
    wl: Watchlist, title: str
) -> None:
    """The strike is told; the supply of its weapons is taken as known."""
    assert not classify(title, "", wl).alert


@pytest.mark.parametrize(
    ("title", "pair"),
    [
        ("Korut Pasok Rudal yang Hantam Kharkiv, Kata Ukraina", ("KP", "RU")),
        ("Iran supplied the drones that struck Odesa, Kyiv says", ("IR", "RU")),
        ("Kapal Berisi Rudal yang Dikirim dari Iran ke Houthi Dicegat", ("IR", "YE")),
        # The supplier named as the participle's agent states the supply.
        ("Rudal yang Dipasok Korut ke Rusia Ditembakkan ke Kharkiv", ("KP", "RU")),
        ("Drones received from Iran now make up half of Russia's arsenal", ("IR", "RU")),
    ],
)
def test_a_supply_told_as_the_clauses_own_verb_still_alerts(
    wl: Watchlist, title: str, pair: tuple[str, str]
) -> None:
    """The twins: the supply is the verb, a cargo is stopped, or no strike is told."""
    verdict = classify(title, "", wl)
    assert verdict.alert
    assert (verdict.supplier, verdict.recipient) == pair


def test_weapons_bought_in_a_game_do_not_alert(wl: Watchlist) -> None:
    """A game's virtual drones and tanks are no weapons."""
    title = "Game Perang Buatan Studio Rusia Laris, Pemain Bisa Beli Drone dan Tank Virtual"
    assert not classify(title, "", wl).alert


def test_a_buyer_shifting_from_a_watched_supplier_is_no_party(wl: Watchlist) -> None:
    """'in shift from Russian arms': the supplier left, as 'shifts away from' was."""
    verdict = classify("Vietnam buys Korean K9 howitzers in shift from Russian arms", "", wl)
    assert verdict.arms_supply
    assert not verdict.alert


def test_domestic_orders_from_a_home_company_do_not_alert(wl: Watchlist) -> None:
    """A ministry ordering from a firm at home ('dari sebuah perusahaan rintisan')."""
    text = "Kementerian Pertahanan memesan 50 drone intai dari sebuah perusahaan rintisan."
    assert not classify("Kemhan Pesan 50 Drone Intai", text, wl).alert


def test_an_order_from_a_foreign_company_still_alerts(wl: Watchlist) -> None:
    """The twin: the firm's country is a second party."""
    text = "JAKARTA - Kementerian Pertahanan memesan 12 drone dari perusahaan Turki Baykar."
    verdict = classify("Kemhan Pesan 12 Drone", text, wl)
    assert verdict.alert
    assert (verdict.supplier, verdict.recipient) == ("TR", "ID")


def test_a_strike_told_with_another_partys_drones_stays_combat(wl: Watchlist) -> None:
    """The twin: the strike is the clause's verb, not the purpose of a transfer."""
    assert not classify("Rusia Gempur Kyiv dengan Drone Iran", "", wl).alert


def test_a_factory_making_weapons_on_a_leaders_tour_does_not_alert(wl: Watchlist) -> None:
    """The plant makes the jets; the visiting leader receives none."""
    text = (
        "North Korean leader Kim Jong Un toured an aircraft factory producing Su-35 fighter "
        "jets during his visit to Russia's Far East."
    )
    assert not classify("Kim Jong Un tours Russian fighter jet plant", text, wl).alert


def test_a_party_making_another_partys_weapons_still_alerts(wl: Watchlist) -> None:
    """The twin: a party makes the design of another."""
    verdict = classify("Belarus Produksi Drone Rancangan Rusia", "", wl)
    assert verdict.alert
    assert (verdict.supplier, verdict.recipient) == ("RU", "BY")


def test_suddenly_is_no_arrival(wl: Watchlist) -> None:
    """'Tiba-tiba' is 'suddenly': tanks withdrawn are no weapons arriving from their maker."""
    verdict = classify("Update Baru Gaza, Tank-Tank Israel Tiba-Tiba Ditarik Mundur", "", wl)
    assert not verdict.arms_supply


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Kolom: Dunia Multipolar dan Posisi Indonesia",
            "Ketika Korea Utara disebut memasok peluru ke Rusia, banyak negara memilih diam. "
            "Tulisan ini membahas bagaimana Indonesia seharusnya bersikap di forum internasional.",
        ),
        (
            "Iran in the 1980s: the war years",
            "During the Iran-Iraq war, Tehran bought arms from North Korea and China.",
        ),
    ],
)
def test_an_opinion_on_no_weapon_and_a_past_decade_tell_no_transfer(
    wl: Watchlist, title: str, text: str
) -> None:
    """A supply named once under an opinion column's label, or under a past decade, is given."""
    assert not classify(title, text, wl).alert


def test_an_opinion_on_the_weapons_themselves_still_alerts(wl: Watchlist) -> None:
    """The twin: a column on a supply, told over several sentences, is about it."""
    text = (
        "Korea Utara telah mengirim jutaan peluru artileri ke Rusia. Pengiriman itu berlanjut "
        "meski ada sanksi, dan Rusia juga menerima rudal balistik dari Pyongyang."
    )
    assert classify("Opini: Peluru Korut dan Perang di Ukraina", text, wl).alert


def test_jets_sent_to_strike_are_deployed(wl: Watchlist) -> None:
    """Jets sent to strike go with their crews: a deployment, not a transfer."""
    assert not classify("Rusia Kirim Pesawat Tempur ke Suriah untuk Serang ISIS", "", wl).alert


def test_jets_sent_to_strengthen_a_partys_air_defence_still_alert(wl: Watchlist) -> None:
    """The twin: jets sent for the receiver's own forces."""
    verdict = classify("Rusia Kirim Jet Tempur ke Iran untuk Perkuat Pertahanan Udara", "", wl)
    assert verdict.alert
    assert (verdict.supplier, verdict.recipient) == ("RU", "IR")


@pytest.mark.parametrize(
    "title",
    [
        "Rusia Datangkan Jet Tempur Su-35 ke Timur Tengah",
        "Kapal Bantuan dari Rusia Open Arms Tiba di Pelabuhan Latakia",
    ],
)
def test_jets_brought_into_a_region_and_a_ship_named_open_arms_are_no_transfer(
    wl: Watchlist, title: str
) -> None:
    """One's own jets brought into a region are deployed; 'Open Arms' is a rescue ship's name."""
    assert not classify(title, "", wl).arms_supply


def test_jets_brought_in_from_a_supplier_still_alert(wl: Watchlist) -> None:
    """The twin: 'Datangkan ... dari' a supplier imports them."""
    verdict = classify("Iran Datangkan Su-35 dari Rusia", "", wl)
    assert verdict.alert
    assert (verdict.supplier, verdict.recipient) == ("RU", "IR")


@pytest.mark.parametrize(
    "title",
    [
        "Poland buys Korean tanks to deter Russia",
        "Jepang Beli Tomahawk untuk Tangkal Ancaman Korut",
        "Japan buys Tomahawks amid North Korea threat",
        "Baltic states buy HIMARS as Russia looms",
    ],
)
def test_a_watched_state_named_as_the_threat_armed_against_is_no_party(
    wl: Watchlist, title: str
) -> None:
    """The buyer arms against the watched state; it supplies nothing."""
    verdict = classify(title, "", wl)
    assert verdict.arms_supply
    assert not verdict.alert


@pytest.mark.parametrize(
    ("title", "pair"),
    [
        ("Iran Kirim Drone ke Rusia untuk Lawan Ukraina", ("IR", "RU")),
        ("Iran threatens to supply missiles to Russia", ("IR", "RU")),
    ],
)
def test_a_watched_supplier_beside_a_threat_word_still_alerts(
    wl: Watchlist, title: str, pair: tuple[str, str]
) -> None:
    """The twins: the watched states are the transfer's parties; another is fought."""
    verdict = classify(title, "", wl)
    assert verdict.alert
    assert (verdict.supplier, verdict.recipient) == pair


def test_a_watched_state_named_as_a_likeness_is_no_party(wl: Watchlist) -> None:
    """'Seperti Rusia': the seller is likened to Russia, which supplies nothing here."""
    verdict = classify("Seperti Rusia, China Kini Jual Jet Tempur ke Afrika", "", wl)
    assert verdict.arms_supply
    assert not verdict.alert


def test_a_likeness_beside_a_watched_transfer_keeps_it(wl: Watchlist) -> None:
    """The twin: Belarus, likened to Russia, receives Iranian drones."""
    verdict = classify("Like Russia, Belarus receives Iranian drones", "", wl)
    assert verdict.alert
    assert (verdict.supplier, verdict.recipient) == ("IR", "BY")


def test_a_headline_of_one_state_over_a_handover_at_home_does_not_alert(wl: Watchlist) -> None:
    """The headline names only the state; its lead tells the handover to its own units."""
    text = "Kim Jong Un menyerahkan 250 peluncur rudal baru kepada unit-unit garis depan."
    verdict = classify("Korut Serahkan Peluncur", text, wl)
    assert not verdict.alert
    assert verdict.rule.startswith("within_state:")


def test_a_headline_of_one_state_over_a_handover_abroad_still_alerts(wl: Watchlist) -> None:
    """The twin: the lead names the receiving party."""
    text = "Kim Jong Un menyerahkan 250 peluncur rudal baru kepada Rusia, kata intelijen Korsel."
    verdict = classify("Korut Serahkan Peluncur", text, wl)
    assert verdict.alert
    assert (verdict.supplier, verdict.recipient) == ("KP", "RU")


def test_one_partys_weapons_used_in_a_strike_are_the_strike(wl: Watchlist) -> None:
    """The twin: the use qualifies the drones of a strike; the strike is told."""
    verdict = classify("Drone Iran yang Dipakai Rusia Serang Kyiv", "", wl)
    assert not verdict.alert
    assert verdict.rule.startswith("strike:")


def test_a_maker_phrase_between_the_items_and_a_strikes_participle(wl: Watchlist) -> None:
    """'Drone Buatan Iran yang Dipakai Rusia Serang Kyiv': the strike is told."""
    verdict = classify("Drone Buatan Iran yang Dipakai Rusia Serang Kyiv", "", wl)
    assert not verdict.alert
    assert verdict.rule.startswith("strike:")


@pytest.mark.parametrize(
    ("title", "pair"),
    [
        ("Militer Rusia Terima Rudal Fath-360", ("IR", "RU")),
        ("Russian forces receive new Shahed drones", ("IR", "RU")),
        ("Pasukan Rusia Dapat Rudal KN-23", ("KP", "RU")),
    ],
)
def test_forces_receiving_another_makers_model_still_alert(
    wl: Watchlist, title: str, pair: tuple[str, str]
) -> None:
    """A model's maker (Fath-360, Shahed, KN-23) is a second party: no handover at home."""
    verdict = classify(title, "", wl)
    assert verdict.alert
    assert (verdict.supplier, verdict.recipient) == pair
