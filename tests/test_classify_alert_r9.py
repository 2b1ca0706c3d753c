"""The alert decision, ninth round: each kind made to alert or not, beside a twin it must leave."""

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


def test_pouring_missiles_on_a_party_at_war_is_an_attack(wl: Watchlist) -> None:
    """'Guyur' is a strike when the pair is at war."""
    assert not classify("Rusia Guyur Kyiv dengan Rudal dan Drone", "", wl).alert


@pytest.mark.parametrize(
    ("title", "pair"),
    [
        ("Rudal Korut Kini di Tangan Rusia, Kata Seoul", ("KP", "RU")),
        ("Moskow Kini Punya Rudal Korut", ("KP", "RU")),
        ("Iran Resmi Miliki Jet Tempur Su-35 Buatan Rusia", ("RU", "IR")),
        ("Russia now has North Korean missiles, Seoul says", ("KP", "RU")),
    ],
)
def test_another_partys_weapons_now_held_alert(
    wl: Watchlist, title: str, pair: tuple[str, str]
) -> None:
    """Weapons of one party told as newly held by another: a completed transfer."""
    verdict = classify(title, "", wl)
    assert verdict.alert
    assert (verdict.supplier, verdict.recipient) == pair


@pytest.mark.parametrize(
    "title",
    [
        "TNI AU Miliki 16 Sukhoi Buatan Rusia",  # a fleet, told without its change
        "Keputusan Soal Drone Kini di Tangan Iran",  # one party: a decision, not weapons
        "Drone Iran Jatuh ke Tangan Ukraina",  # a capture
    ],
)
def test_a_fleet_a_decision_or_a_capture_held_does_not_alert(wl: Watchlist, title: str) -> None:
    """The twins: owning with no change, one party, or weapons fallen into an enemy's hands."""
    assert not classify(title, "", wl).alert


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
        "Iran, Russia in talks over Su-35 purchase",  # in English the noun heads its items
        "Russia pitches Su-57 fighter jets to Indonesia at Jakarta talks",
        "North Korea peddles missiles to Iran, UN says",
        "Rusia Promosikan Jet Tempur Su-35 ke Mesir",
        "Korut Jajakan Rudal ke Negara-negara Afrika",
        "Moscow seeks more shells from Pyongyang",
        "Pengapalan Rudal Iran ke Rusia Dimulai",
        "Handover of Su-35 fighter jets to Iran delayed",
    ],
)
def test_offers_plans_and_nominal_transfers_alert(wl: Watchlist, title: str) -> None:
    """Marketing, seeking, and transfers told as nouns are transfers told."""
    assert classify(title, "", wl).alert


@pytest.mark.parametrize(
    "title",
    [
        "Drone Impor dari China Dilarang di Jakarta",  # in Indonesian the bare root qualifies
        "Moscow seeks to end the war, says drone talks are off",
        "Iran pitches tents for flood victims as drone rumours swirl",
    ],
)
def test_a_qualifier_a_goal_or_a_tent_is_no_transfer(wl: Watchlist, title: str) -> None:
    """The twins: an Indonesian qualifier, a sought goal, and a verb of something else."""
    assert not classify(title, "", wl).alert


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


@pytest.mark.parametrize(
    ("title", "pair"),
    [
        ("AS Sita Kapal Pengangkut Rudal Iran untuk Houthi", ("IR", "YE")),
        ("Minsk Bakal Dapat Oreshnik dari Moskow", ("RU", "BY")),
        ("Iran Kirim Sistem Bavar-373 ke Venezuela", ("IR", "VE")),
    ],
)
def test_a_seized_makers_cargo_and_named_systems_alert(
    wl: Watchlist, title: str, pair: tuple[str, str]
) -> None:
    """A seizer is no target of the cargo's receiver; Oreshnik and Bavar-373 are weapons."""
    verdict = classify(title, "", wl)
    assert verdict.alert
    assert (verdict.supplier, verdict.recipient) == pair


def test_a_seizer_at_war_with_a_group_sending_it_nothing_is_no_supplier(wl: Watchlist) -> None:
    """The twin: the seizer still sends nothing; with no maker named the supplier stays open."""
    verdict = classify("AS Sita Kapal Pengangkut Rudal untuk Houthi", "", wl)
    assert verdict.supplier != "US"


@pytest.mark.parametrize(
    ("title", "pair"),
    [
        ("Iran shipping drones to Sudan's army via Red Sea, diplomats say", ("IR", "SD")),
        ("Chinese firms ship drone parts to Russia via Central Asia", ("CN", "RU")),
        ("Iran shipped drones to Russia across the Caspian", ("IR", "RU")),
    ],
)
def test_shipping_weapons_between_parties_alerts(
    wl: Watchlist, title: str, pair: tuple[str, str]
) -> None:
    """'ship', 'shipping' and 'shipped' after a party (its firms between) and before weapons."""
    verdict = classify(title, "", wl)
    assert verdict.alert
    assert (verdict.supplier, verdict.recipient) == pair


@pytest.mark.parametrize(
    "title",
    ["Houthi drones attack Red Sea shipping", "Iran's shipping firms hit by new sanctions"],
)
def test_shipping_as_a_noun_is_no_transfer(wl: Watchlist, title: str) -> None:
    """The twins: shipping the trade, not a verb with weapons after it."""
    assert not classify(title, "", wl).alert


@pytest.mark.parametrize(
    ("title", "pair"),
    [
        ("Rusia Kirimi Iran Sistem Perang Elektronik", ("RU", "IR")),
        ("Senjata Korut yang Kini Dipakai Rusia di Ukraina", ("KP", "RU")),
        ("Hamas Rakit Roket dengan Bantuan Teknologi Iran, Kata Analis", ("IR", "PS")),
        ("Iranian drones a game-changer for Russia as shipments grow", ("IR", "RU")),
    ],
)
def test_electronic_warfare_use_now_and_technological_help_alert(
    wl: Watchlist, title: str, pair: tuple[str, str]
) -> None:
    """EW systems are equipment; weapons now used by another, and help with technology, supply."""
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


def test_a_maker_named_on_a_cargo_seized_by_another_is_its_sender(wl: Watchlist) -> None:
    """'Kapal Pembawa Senjata Iran Dicegat AL AS': Iranian weapons sent, the US Navy no target."""
    verdict = classify("Kapal Pembawa Senjata Iran untuk Houthi Dicegat AL AS", "", wl)
    assert verdict.alert
    assert (verdict.supplier, verdict.recipient) == ("IR", "YE")


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


@pytest.mark.parametrize(
    ("title", "text", "pair"),
    [
        (
            "Tambahan Armada untuk Junta",
            "Militer Myanmar menerima dua jet tempur Su-30. Jet tersebut merupakan bagian dari "
            "kontrak dengan Rusia senilai 400 juta dolar.",
            ("RU", "MM"),
        ),
        (
            "Belarus gets new air defence",
            "Minsk took delivery of a second air defence battalion this week. The systems were "
            "handed over by Russia's defence ministry, officials said.",
            ("RU", "BY"),
        ),
    ],
)
def test_the_party_a_transfer_lacks_is_read_beside_it_of_the_same_weapons(
    wl: Watchlist, title: str, text: str, pair: tuple[str, str]
) -> None:
    """A supplier named in the next sentence, of the same weapons pointed back to."""
    verdict = classify(title, text, wl)
    assert verdict.alert
    assert (verdict.supplier, verdict.recipient) == pair


@pytest.mark.parametrize(
    "text",
    [
        # Other weapons in the next sentence, used in a strike.
        "Militer Myanmar menerima dua jet tempur baru. Jet tempur Rusia menyerang desa di "
        "Sagaing, kata warga.",
        # The same weapons, but no source named for them.
        "Militer Myanmar menerima dua jet tempur baru. Jet tersebut akan dipakai untuk patroli.",
    ],
)
def test_a_next_sentence_of_other_weapons_or_no_source_adds_no_party(
    wl: Watchlist, text: str
) -> None:
    """The twins: no watched party is read into the delivery."""
    assert not classify("Tambahan Armada untuk Junta", text, wl).alert


@pytest.mark.parametrize(
    "title",
    [
        "Rezim Assad Terima Drone Iran untuk Gempur Pemberontak di Idlib",
        "Iran Kirim Rudal ke Houthi untuk Serang Kapal di Laut Merah",
        "Militer Myanmar Dapat Kiriman Drone dan Amunisi dari Rusia dan China",
    ],
)
def test_a_strike_the_weapons_are_for_and_several_sources_still_alert(
    wl: Watchlist, title: str
) -> None:
    """A strike told as the weapons' purpose is no combat story; several named sources supply."""
    assert classify(title, "", wl).alert


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


def test_arriving_weapons_name_their_maker_as_sender(wl: Watchlist) -> None:
    """'artileri berat Korea Utara telah sampai ke tangan militer Rusia': KP to RU."""
    text = (
        "Senjata itu menjadi bukti bahwa artileri berat Korea Utara telah sampai ke tangan "
        "militer Rusia, kata juru bicara brigade."
    )
    verdict = classify("Ukraina Rampas Howitzer di Donetsk", text, wl)
    assert verdict.alert
    assert (verdict.supplier, verdict.recipient) == ("KP", "RU")


def test_suddenly_is_no_arrival(wl: Watchlist) -> None:
    """'Tiba-tiba' is 'suddenly': tanks withdrawn are no weapons arriving from their maker."""
    verdict = classify("Update Baru Gaza, Tank-Tank Israel Tiba-Tiba Ditarik Mundur", "", wl)
    assert not verdict.arms_supply


@pytest.mark.parametrize(
    ("title", "pair"),
    [
        ("Rusia Bayar Drone Iran dengan Emas", ("IR", "RU")),
        ("Russia paid for Iranian drones in gold, report says", ("IR", "RU")),
        ("Kapal Rusia Bongkar Muatan Amunisi dari Korut di Vostochny", ("KP", "RU")),
    ],
)
def test_paying_for_or_unloading_anothers_weapons_alerts(
    wl: Watchlist, title: str, pair: tuple[str, str]
) -> None:
    """Paying for weapons buys them; unloading weapons from another party receives them."""
    verdict = classify(title, "", wl)
    assert verdict.alert
    assert (verdict.supplier, verdict.recipient) == pair


@pytest.mark.parametrize(
    "title",
    [
        "Iran membayar mahal serangan drone ke Israel",
        "Kapal Bongkar Muatan Gandum dari Rusia di Tanjung Priok",
    ],
)
def test_paying_dearly_or_unloading_wheat_is_no_transfer(wl: Watchlist, title: str) -> None:
    """The twins: one party paying a price, and goods unloaded."""
    assert not classify(title, "", wl).alert


def test_oil_for_shells_told_as_two_voyages_alerts(wl: Watchlist) -> None:
    """'Pulang Bawa Peluru': the ship comes home with shells from the party it brought oil to."""
    verdict = classify("Kapal Rusia Bawa Minyak ke Korut, Pulang Bawa Peluru", "", wl)
    assert verdict.alert  # who supplies whom is still read from the first voyage (RU->KP)


def test_coming_home_with_medals_is_no_transfer(wl: Watchlist) -> None:
    """The twin: no weapon brought home."""
    assert not classify("Timnas Pulang Bawa Medali dari Rusia", "", wl).alert


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


@pytest.mark.parametrize(
    "title",
    [
        "Korut Setor Peluru ke Rusia",
        "Iran Obral Drone ke Negara Afrika",
        "Iran Pasarkan Drone Shahed ke Afrika",
        "Iran Kantongi Su-35 dari Rusia",
        "Rusia Kebanjiran Peluru Korut",
        "Korut Banjiri Rusia dengan Peluru",
    ],
)
def test_colloquial_headline_verbs_alert(wl: Watchlist, title: str) -> None:
    """Setor, obral, pasarkan, kantongi, kebanjiran and banjiri tell of weapons changing hands."""
    assert classify(title, "", wl).alert


@pytest.mark.parametrize(
    "title",
    [
        "Drone China Membanjiri Pasar Indonesia",
        "Startup Pasarkan Drone Pertanian ke Petani",
        "Iran Kantongi Izin Ekspor Minyak",
    ],
)
def test_colloquial_verbs_of_markets_farms_and_permits_do_not_alert(
    wl: Watchlist, title: str
) -> None:
    """The twins: a market flooded, farm drones marketed, a permit pocketed."""
    assert not classify(title, "", wl).alert


def test_jets_sent_to_strike_are_deployed(wl: Watchlist) -> None:
    """Jets sent to strike go with their crews: a deployment, not a transfer."""
    assert not classify("Rusia Kirim Pesawat Tempur ke Suriah untuk Serang ISIS", "", wl).alert


def test_jets_sent_to_strengthen_a_partys_air_defence_still_alert(wl: Watchlist) -> None:
    """The twin: jets sent for the receiver's own forces."""
    verdict = classify("Rusia Kirim Jet Tempur ke Iran untuk Perkuat Pertahanan Udara", "", wl)
    assert verdict.alert
    assert (verdict.supplier, verdict.recipient) == ("RU", "IR")


@pytest.mark.parametrize(
    ("title", "pair"),
    [
        ("Russia stocks up on North Korean missiles", ("KP", "RU")),
        ("Russia restocks with Iranian drones", ("IR", "RU")),
        ("Russia to hand Iran Su-35 fighter jets by March", ("RU", "IR")),
    ],
)
def test_stocking_up_and_handing_over_alert(
    wl: Watchlist, title: str, pair: tuple[str, str]
) -> None:
    """Stocking up on another's weapons gets them; 'to hand' a party weapons gives them."""
    verdict = classify(title, "", wl)
    assert verdict.alert
    assert (verdict.supplier, verdict.recipient) == pair


@pytest.mark.parametrize(
    "title",
    [
        "Iran turns to drones as jets age",
        "Russia turns to China for oil and gas",
        "Investors pour into defence stocks after drone strikes",
        "Russia has the upper hand with Iranian drones",
    ],
)
def test_turning_pouring_and_a_hand_of_something_else_do_not_alert(
    wl: Watchlist, title: str
) -> None:
    """The twins: one party turning, goods, investors, and a figure of speech."""
    assert not classify(title, "", wl).alert


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
    ("title", "text", "pair"),
    [
        (
            "Dari Teheran ke Moskow",
            "Ratusan drone Shahed dikirim lewat Laut Kaspia dalam beberapa bulan terakhir, "
            "menurut dokumen yang bocor.",
            ("IR", "RU"),
        ),
        (
            "A quiet deal in Yangon",
            "Myanmar's junta has signed for six more Su-30 fighters from Moscow, state media said.",
            ("RU", "MM"),
        ),
    ],
)
def test_a_route_headline_over_its_lead_and_signing_for_weapons_alert(
    wl: Watchlist, title: str, text: str, pair: tuple[str, str]
) -> None:
    """A headline that is a route names the lead's parties; signing for weapons orders them."""
    verdict = classify(title, text, wl)
    assert verdict.alert
    assert (verdict.supplier, verdict.recipient) == pair


def test_a_route_headline_over_no_weapons_does_not_alert(wl: Watchlist) -> None:
    """The twin: students travelling the route."""
    text = "Ratusan mahasiswa Iran berangkat ke Moskow untuk belajar, menurut kedutaan besar."
    assert not classify("Dari Teheran ke Moskow", text, wl).alert


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


def test_a_list_of_one_partys_weapons_used_by_another_alerts(wl: Watchlist) -> None:
    """'yang Dipakai Rusia': Iranian weapons held and used by Russia."""
    verdict = classify("7 Senjata Iran yang Dipakai Rusia di Ukraina", "", wl)
    assert verdict.alert
    assert (verdict.supplier, verdict.recipient) == ("IR", "RU")


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
        ("Iran denies supplying Russia", ("IR", "RU")),
        ("Iran Bantah Pasok Rusia", ("IR", "RU")),
        ("Korut Bantah Jadi Pemasok Rusia", ("KP", "RU")),
        ("North Korea denies being Russia's supplier", ("KP", "RU")),
    ],
)
def test_a_supply_to_a_party_denied_with_no_goods_named_alerts(
    wl: Watchlist, title: str, pair: tuple[str, str]
) -> None:
    """A supply denied, its goods unnamed, is of arms, as to an armed group it was."""
    verdict = classify(title, "", wl)
    assert verdict.alert
    assert (verdict.supplier, verdict.recipient) == pair


@pytest.mark.parametrize(
    "title",
    [
        "Iran denies supplying Russia with wheat",
        "Iran Bantah Pasok Gas ke Rusia",
        "Iran Pasok Rusia",
    ],
)
def test_goods_named_or_no_denial_keep_a_supply_unarmed(wl: Watchlist, title: str) -> None:
    """The twins: the goods are named, or nothing frames the bare supply as contested."""
    assert not classify(title, "", wl).alert
