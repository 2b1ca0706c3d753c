"""The alert decision, tenth round: wordings that tell a transfer, each beside a twin."""

from __future__ import annotations

import pytest

from pantau.filter.classify import classify
from pantau.filter.watchlist import Watchlist


@pytest.mark.parametrize(
    ("title", "pair"),
    [
        ("Aljazair Jadi Pembeli Asing Pertama Su-57", ("RU", "DZ")),
        ("Algeria becomes first foreign buyer of Su-57 stealth fighter", ("RU", "DZ")),
        ("Vietnam Terima Jet Latih Yak-130 Gelombang Kedua", ("RU", "VN")),
        ("Myanmar receives Ka-52 attack helicopters", ("RU", "MM")),
    ],
)
def test_a_model_only_russia_sells_names_its_seller(
    wl: Watchlist, title: str, pair: tuple[str, str]
) -> None:
    """A buyer of a model only Russia makes and sells buys it from Russia: watched."""
    verdict = classify(title, "", wl)
    assert verdict.alert
    assert (verdict.supplier, verdict.recipient) == pair


@pytest.mark.parametrize(
    "title",
    [
        "Polandia Serahkan MiG-29 ke Ukraina",  # a Soviet type a third state passes on
        "Militer Rusia Terima Su-34 Baru dari Pabrik",  # the maker's own forces
        "India's HAL delivers Su-30MKI jets to air force",  # licence-built at home
    ],
)
def test_soviet_types_home_deliveries_and_licence_builds_name_no_russian_seller(
    wl: Watchlist, title: str
) -> None:
    """The twins: a type others pass on, a handover at home, a licence-built jet."""
    assert not classify(title, "", wl).alert


_ROUTE_BODY = (
    "Selongsong peluru di sekitar Pokrovsk bertuliskan aksara Korea. "
    "Tentara di garis depan menunjukkan tanda pabrik pada selongsong itu. "
    "Menurut pejabat Ukraina, rezim Kim terus memasok Moskow dengan amunisi. "
    "Uni Eropa menyiapkan sanksi bagi perusahaan pelayaran yang terlibat."
)


def test_a_route_headline_names_the_transfer_told_later(wl: Watchlist) -> None:
    """A headline that is only a route from the supplier ('Dari Pyongyang ke Donbas') is the
    transfer's own, though the body tells it only in its third sentence."""
    verdict = classify("Dari Pyongyang ke Donbas", _ROUTE_BODY, wl)
    assert verdict.alert
    assert (verdict.supplier, verdict.recipient) == ("KP", "RU")


def test_a_route_headline_of_another_party_leaves_the_transfer_an_aside(wl: Watchlist) -> None:
    """The twin: a route between other ends ('Dari Kyiv ke Warsawa') keeps it background."""
    assert not classify("Dari Kyiv ke Warsawa", _ROUTE_BODY, wl).alert


@pytest.mark.parametrize(
    ("title", "pair"),
    [
        ("Kremlin denies buying from North Korea", ("KP", "RU")),
        ("Moskow Bantah Beli dari Pyongyang", ("KP", "RU")),
        ("Kremlin denies buying anything from Pyongyang", ("KP", "RU")),
        ("Russia denies it purchased from Iran", ("IR", "RU")),
    ],
)
def test_a_purchase_from_a_party_denied_is_of_arms(
    wl: Watchlist, title: str, pair: tuple[str, str]
) -> None:
    """A denied purchase with the seller right after and no goods named is of arms."""
    verdict = classify(title, "", wl)
    assert verdict.alert
    assert (verdict.supplier, verdict.recipient) == pair


@pytest.mark.parametrize(
    "title",
    [
        "India denies buying more oil from Russia",  # goods named
        "Moskow Bantah Beli Minyak dari Pyongyang",
        "Moskow Beli dari Pyongyang",  # no denial: what was bought is open
    ],
)
def test_a_purchase_of_goods_or_undenied_stays_unarmed(wl: Watchlist, title: str) -> None:
    """The twins: goods named, or a bare purchase with no denial."""
    assert not classify(title, "", wl).arms_supply


@pytest.mark.parametrize(
    ("title", "pair"),
    [
        ("Peluru Korut Jadi Andalan Rusia di Ukraina", ("KP", "RU")),
        ("Russia's war machine runs on North Korean shells", ("KP", "RU")),
        ("Iranian drones vital to Russia's war effort, report says", ("IR", "RU")),
        ("Kremlin Timbun Peluru dari Pyongyang", ("KP", "RU")),  # stockpiled from another
    ],
)
def test_another_partys_weapons_a_war_runs_on_alert(
    wl: Watchlist, title: str, pair: tuple[str, str]
) -> None:
    """Another party's weapons told as what a party's war relies on: supplied to it."""
    verdict = classify(title, "", wl)
    assert verdict.alert
    assert (verdict.supplier, verdict.recipient) == pair


@pytest.mark.parametrize(
    "title",
    [
        "Rudal Iskander Jadi Andalan Rusia Gempur Kyiv",  # its own weapons
        "Drone Jadi Andalan Ukraina di Garis Depan",  # one party
        "Russia's economy runs on oil exports",  # no weapons
        "Drones essential to Ukraine's defence",  # one party
        "Iran's oil is vital to China's economy",  # goods
        "Rusia Timbun Peluru untuk Musim Dingin",  # its own stockpile
    ],
)
def test_own_weapons_or_goods_a_war_runs_on_do_not_alert(wl: Watchlist, title: str) -> None:
    """The twins: a party's own weapons, one party, or goods."""
    assert not classify(title, "", wl).alert


def test_pilots_trained_for_jets_to_come_alert(wl: Watchlist) -> None:
    """Training another party's pilots for named weapons tells of their supply."""
    verdict = classify("Rusia Dikabarkan Latih Pilot Iran untuk Su-35", "", wl)
    assert verdict.alert
    assert (verdict.supplier, verdict.recipient) == ("RU", "IR")


@pytest.mark.parametrize(
    "title",
    [
        "Rusia Latih Pilot Iran di Moskow",  # no weapons
        "TNI AU Latih Pilot Baru untuk Rafale",  # one party
    ],
)
def test_pilots_trained_with_no_weapons_or_at_home_do_not_alert(wl: Watchlist, title: str) -> None:
    """The twins: no weapons named, or a state training its own pilots."""
    assert not classify(title, "", wl).alert


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Iran Pamerkan Drone untuk Pembeli Asing di Doha", ""),
        (
            "Russian arms firms showcase drones at Jakarta defence expo",
            "Russia's state arms exporter displayed Lancet drones at the expo, saying it was open "
            "to discussing sales with partners in the region. Officials toured the stands.",
        ),
    ],
)
def test_weapons_shown_for_buyers_or_export_are_offered(
    wl: Watchlist, title: str, text: str
) -> None:
    """A show's display for buyers or for export is an offer, which the definition counts."""
    assert classify(title, text, wl).alert


@pytest.mark.parametrize(
    "title",
    [
        "Korut Pamerkan Rudal Baru dalam Parade Militer",  # a parade
        "Iran Pamerkan Drone Baru di Pameran Teheran",  # shown, no buyer or export
    ],
)
def test_weapons_shown_with_no_buyer_are_not_offered(wl: Watchlist, title: str) -> None:
    """The twins: a parade, or a show naming no buyer or export."""
    assert not classify(title, "", wl).alert


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Ketika Moskow Kehabisan Amunisi",
            "Rusia kini bergantung pada peluru artileri kiriman Korea Utara untuk mempertahankan "
            "serangan di Ukraina.",
        ),
        ("Russia relies on North Korean shells to sustain its offensive", ""),
    ],
)
def test_weapons_received_to_sustain_a_strike_are_a_supply(
    wl: Watchlist, title: str, text: str
) -> None:
    """A strike told as what received weapons sustain is their use, not a combat story."""
    verdict = classify(title, text, wl)
    assert verdict.alert
    assert (verdict.supplier, verdict.recipient) == ("KP", "RU")


def test_jets_sent_to_sustain_a_strike_are_deployed(wl: Watchlist) -> None:
    """The twin: jets sent to carry on strikes go with their crews."""
    title = "Rusia Kirim Jet Tempur ke Suriah untuk Lanjutkan Serangan ke ISIS"
    assert not classify(title, "", wl).alert


@pytest.mark.parametrize(
    "title",
    [
        "Russian troops spotted with North Korean rocket launchers",
        "Pasukan Rusia Terlihat Menggunakan Peluncur Roket Korut",
    ],
)
def test_another_partys_weapons_seen_in_a_partys_hands_alert(wl: Watchlist, title: str) -> None:
    """Weapons of one maker seen with another party's forces: a finding of their supply."""
    verdict = classify(title, "", wl)
    assert verdict.alert
    assert (verdict.supplier, verdict.recipient) == ("KP", "RU")


@pytest.mark.parametrize(
    "title",
    [
        "Russian drones spotted over Poland",  # no holder but the maker
        "Drone Rusia Terlihat di Langit Rumania",
    ],
)
def test_weapons_seen_with_their_own_maker_do_not_alert(wl: Watchlist, title: str) -> None:
    """The twins: weapons seen in the sky of a place, held by no other party."""
    assert not classify(title, "", wl).alert


@pytest.mark.parametrize(
    ("title", "pair"),
    [
        ("Kapal Iran Berisi Senjata untuk Houthi Dicegat AL AS", ("IR", "YE")),
        ("Dhow laden with Iranian missiles for the Houthis seized off Yemen", ("IR", "YE")),
        ("Russia to help North Korea build submarines", ("RU", "KP")),
    ],
)
def test_a_carrier_loaded_for_a_party_or_help_to_build_weapons_alert(
    wl: Watchlist, title: str, pair: tuple[str, str]
) -> None:
    """A carrier loaded with weapons for a party, or help to build weapons: a supply."""
    verdict = classify(title, "", wl)
    assert verdict.alert
    assert (verdict.supplier, verdict.recipient) == pair


@pytest.mark.parametrize(
    "title",
    [
        "Truk Berisi Bantuan Kemanusiaan untuk Gaza Tertahan di Rafah",  # no weapons
        "Russia helps Iran launch research satellite",  # no weapons
    ],
)
def test_goods_carried_or_help_with_no_weapons_do_not_alert(wl: Watchlist, title: str) -> None:
    """The twins: goods carried, or help with no weapons."""
    assert not classify(title, "", wl).arms_supply


@pytest.mark.parametrize(
    "title",
    [
        "Rezim Kim Dapat Imbalan Teknologi Satelit dari Moskow",
        "Russia gives Pyongyang spy satellite technology",
    ],
)
def test_military_satellite_technology_handed_over_alerts(wl: Watchlist, title: str) -> None:
    """Satellite technology handed to a watched party is military equipment supplied."""
    verdict = classify(title, "", wl)
    assert verdict.alert
    assert (verdict.supplier, verdict.recipient) == ("RU", "KP")


def test_a_satellite_launched_is_no_transfer(wl: Watchlist) -> None:
    """The twin: a launch hands nothing over."""
    assert not classify("Rusia Luncurkan Satelit Iran ke Orbit", "", wl).arms_supply


@pytest.mark.parametrize(
    ("title", "pair"),
    [
        ("Iran rearms Hezbollah", ("IR", "LB")),
        ("Houthis rearmed by Tehran, US says", ("IR", "YE")),
        ("Hamas Peroleh RPG Korut", ("KP", "PS")),
        ("Hamas obtained North Korean RPGs, Israel says", ("KP", "PS")),
    ],
)
def test_rearming_a_group_or_its_rpgs_alert(
    wl: Watchlist, title: str, pair: tuple[str, str]
) -> None:
    """Re-arming names its weapons as arming does; an RPG is a weapon."""
    verdict = classify(title, "", wl)
    assert verdict.alert
    assert (verdict.supplier, verdict.recipient) == pair


@pytest.mark.parametrize(
    "title",
    [
        "Europe rearms as Russia threat grows",  # a party arming itself
        "Poland rearms at record pace amid Russia fears",
    ],
)
def test_a_party_rearming_itself_does_not_alert(wl: Watchlist, title: str) -> None:
    """The twins: re-arming with no receiver named is a party arming itself."""
    assert not classify(title, "", wl).alert


@pytest.mark.parametrize(
    ("title", "pair"),
    [
        ("Rusia Lengkapi Junta Mali dengan Drone", ("RU", "ML")),
        ("Sudan army fields Iranian drones, satellite images show", ("IR", "SD")),
        ("Citra Satelit: Militer Sudan Gunakan Drone Iran", ("IR", "SD")),
    ],
)
def test_equipping_a_party_or_its_weapons_seen_from_space_alert(
    wl: Watchlist, title: str, pair: tuple[str, str]
) -> None:
    """Equipping another party, or another party's weapons in a party's hands seen on
    satellite images, tells of their supply."""
    verdict = classify(title, "", wl)
    assert verdict.alert
    assert (verdict.supplier, verdict.recipient) == pair


@pytest.mark.parametrize(
    "title",
    [
        "TNI AL Lengkapi Kapal Perang dengan Rudal Baru",  # its own ships
        "Russia uses Iranian drones",  # a use told with no finding
    ],
)
def test_equipping_ones_own_or_a_use_untold_does_not_alert(wl: Watchlist, title: str) -> None:
    """The twins: a party equipping its own ships; a use with no finding behind it."""
    assert not classify(title, "", wl).alert


@pytest.mark.parametrize(
    ("title", "pair"),
    [
        ("Iran: Drone Kami Tidak Dipakai Rusia", ("IR", "RU")),
        ("Korut Bantah Rudal Kami Dipakai Rusia di Ukraina", ("KP", "RU")),
        ("Russia denies using Iranian drones", ("IR", "RU")),
    ],
)
def test_a_party_denying_its_weapons_in_anothers_hands_alerts(
    wl: Watchlist, title: str, pair: tuple[str, str]
) -> None:
    """A party's own weapons ("Drone Kami") denied in another's hands: a denied supply."""
    verdict = classify(title, "", wl)
    assert verdict.alert
    assert (verdict.supplier, verdict.recipient) == pair


@pytest.mark.parametrize(
    "title",
    [
        "Ukraina: Drone Kami Hantam Kilang Rusia",  # its own drones striking
        "Rusia: Drone Kami Tembak Jatuh Rudal Ukraina",
    ],
)
def test_a_partys_own_weapons_striking_do_not_alert(wl: Watchlist, title: str) -> None:
    """The twins: a party's own weapons used by itself in a strike."""
    assert not classify(title, "", wl).alert


@pytest.mark.parametrize(
    ("title", "pair"),
    [
        ("Rusia Resmikan Pabrik Drone di Belarus", ("RU", "BY")),
        ("Iran inaugurates drone factory in Tajikistan", ("IR", "TJ")),
        ("Russia opens Kalashnikov plant in Venezuela", ("RU", "VE")),
        ("Belarus Pasok Truk Militer ke Rusia", ("BY", "RU")),
    ],
)
def test_a_plant_inaugurated_abroad_or_military_trucks_supplied_alert(
    wl: Watchlist, title: str, pair: tuple[str, str]
) -> None:
    """A weapons plant inaugurated in another party's country; military trucks supplied."""
    verdict = classify(title, "", wl)
    assert verdict.alert
    assert (verdict.supplier, verdict.recipient) == pair


@pytest.mark.parametrize(
    "title",
    [
        "Rusia Resmikan Pabrik Drone Baru di Tatarstan",  # a plant at home
        "Truk Militer Rusia Terbalik di Jalan Tol",  # no transfer
    ],
)
def test_a_plant_at_home_or_a_truck_crash_does_not_alert(wl: Watchlist, title: str) -> None:
    """The twins: a plant inaugurated at home; military trucks with no transfer."""
    assert not classify(title, "", wl).alert
