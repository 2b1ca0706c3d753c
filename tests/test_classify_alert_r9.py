"""The alert decision, ninth round: wordings that tell a transfer, each beside a twin."""

from __future__ import annotations

import pytest

from pantau.filter.classify import classify
from pantau.filter.watchlist import Watchlist


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


def test_a_maker_named_on_a_cargo_seized_by_another_is_its_sender(wl: Watchlist) -> None:
    """'Kapal Pembawa Senjata Iran Dicegat AL AS': Iranian weapons sent, the US Navy no target."""
    verdict = classify("Kapal Pembawa Senjata Iran untuk Houthi Dicegat AL AS", "", wl)
    assert verdict.alert
    assert (verdict.supplier, verdict.recipient) == ("IR", "YE")


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


def test_arriving_weapons_name_their_maker_as_sender(wl: Watchlist) -> None:
    """'artileri berat Korea Utara telah sampai ke tangan militer Rusia': KP to RU."""
    text = (
        "Senjata itu menjadi bukti bahwa artileri berat Korea Utara telah sampai ke tangan "
        "militer Rusia, kata juru bicara brigade."
    )
    verdict = classify("Ukraina Rampas Howitzer di Donetsk", text, wl)
    assert verdict.alert
    assert (verdict.supplier, verdict.recipient) == ("KP", "RU")


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


def test_a_list_of_one_partys_weapons_used_by_another_alerts(wl: Watchlist) -> None:
    """'yang Dipakai Rusia': Iranian weapons held and used by Russia."""
    verdict = classify("7 Senjata Iran yang Dipakai Rusia di Ukraina", "", wl)
    assert verdict.alert
    assert (verdict.supplier, verdict.recipient) == ("IR", "RU")


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
