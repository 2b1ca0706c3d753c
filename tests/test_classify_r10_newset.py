"""The tenth round (the new set): kinds read on synthetic_j's tuning part, each beside twins."""

from __future__ import annotations

import pytest

from pantau.filter.classify import classify
from pantau.filter.watchlist import Watchlist


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Pasukan Korut Dikirim ke Rusia Tanpa Senjata Berat", ""),
        ("North Korean troops sent to Russia without heavy weapons", ""),
        ("Korut Kirim Pasukan ke Rusia, Tanpa Membawa Artileri", ""),
        (
            "Korut Kirim Ribuan Tentara ke Rusia",
            "Ribuan tentara Korut yang dikirim ke Kursk hanya membawa senapan serbu dan granat, "
            "kata intelijen Korea Selatan.",
        ),
    ],
)
def test_troops_sent_without_weapons_or_with_their_own_kit_do_not_alert(
    wl: Watchlist, title: str, text: str
) -> None:
    """Weapons said to stay behind, or carried by the unit sent, are no goods handed over."""
    assert not classify(title, text, wl).alert


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("North Korea sends troops and heavy weapons to Russia", ""),
        ("Korut Kirim Pasukan dan Artileri ke Rusia", ""),
        ("Iran Kirim Drone ke Rusia Tanpa Tanda Pengenal", ""),
        (
            "Korut Kirim Ribuan Tentara ke Rusia",
            "Ribuan tentara Korut dikirim ke Kursk. Korut juga mengirim 50 peluncur roket ke "
            "Rusia, kata intelijen Korea Selatan.",
        ),
    ],
)
def test_weapons_sent_beside_troops_still_alert(wl: Watchlist, title: str, text: str) -> None:
    """The twins: weapons sent with or beside the troops, or sent without something else."""
    verdict = classify(title, text, wl)
    assert verdict.alert
    assert (verdict.recipient, verdict.supplier) in {("RU", "KP"), ("RU", "IR")}


@pytest.mark.parametrize(
    ("title", "pair"),
    [
        ("PBB: Senjata Korut Ditemukan di Tangan Pemberontak Sudan Selatan", ("KP", "SS")),
        ("Iran Kirim Drone ke Sudan", ("IR", "SD")),
        ("Wagner Kirim Senjata ke Milisi di Afrika Tengah", ("RU", "CF")),
    ],
)
def test_south_sudan_and_central_africa_are_parties_of_their_own(
    wl: Watchlist, title: str, pair: tuple[str, str]
) -> None:
    """'Sudan Selatan' is South Sudan, not Sudan; 'Afrika Tengah' alone is the republic."""
    verdict = classify(title, "", wl)
    assert verdict.alert
    assert (verdict.supplier, verdict.recipient) == pair


@pytest.mark.parametrize(
    ("title", "pair"),
    [
        ("Sanksi Baru AS Sasar Jaringan Pemasok Drone Iran untuk Rusia", ("IR", "RU")),
        ("Sanksi Baru AS Sasar Jaringan Pemasok Komponen Rudal Iran untuk Rusia", ("IR", "RU")),
        ("US Treasury sanctions Chinese firms supplying drone parts to Russia", ("CN", "RU")),
        ("New sanctions by the EU target Iranian drone shipments to Russia", ("IR", "RU")),
        ("AS Jatuhkan Sanksi Baru pada Iran karena Kirim Drone ke Rusia", ("IR", "RU")),
    ],
)
def test_a_sanctioning_state_is_no_party_to_the_supply_it_punishes(
    wl: Watchlist, title: str, pair: tuple[str, str]
) -> None:
    """The sanctioner beside two other parties drops out; a sanctioned supplier stays one."""
    verdict = classify(title, "", wl)
    assert verdict.alert
    assert (verdict.supplier, verdict.recipient) == pair


@pytest.mark.parametrize(
    "text",
    [
        "Israeli officials said Iran has resumed sending rockets and anti-tank missiles to "
        "Hezbollah through Iraqi territory since the fall of Assad cut the Syrian route.",
        "Iran has resumed sending rockets to Hezbollah since Israel cut the Syrian route.",
        "Iran kembali mengirim roket ke Hizbullah melalui Irak sejak jatuhnya rezim Assad.",
        "Iran kirim roket ke Hizbullah lewat jalur darat Irak setelah jalur Suriah tertutup.",
    ],
)
def test_a_route_or_a_fallen_regime_named_beside_a_supply_is_no_second_supplier(
    wl: Watchlist, text: str
) -> None:
    """'the Syrian route', 'since the fall of Assad': Syria neither supplies nor receives."""
    verdict = classify("", text, wl)
    assert verdict.alert
    assert (verdict.supplier, verdict.recipient) == ("IR", "LB")


@pytest.mark.parametrize(
    ("title", "pair"),
    [
        ("Iran sent rockets to Syria after the fall of Assad's rivals", ("IR", "SY")),
        ("Rusia Kirim Jet Tempur ke Suriah", ("RU", "SY")),
    ],
)
def test_syria_as_the_receiver_stays_one(wl: Watchlist, title: str, pair: tuple[str, str]) -> None:
    """The twins: Syria named as the goal of the weapons is still the recipient."""
    verdict = classify(title, "", wl)
    assert verdict.alert
    assert (verdict.supplier, verdict.recipient) == pair


@pytest.mark.parametrize(
    ("title", "pair"),
    [
        (
            "Iran arms shipment to Sudan, Russian jets for Mali, Chinese drones in Myanmar: "
            "Africa-Asia arms roundup",
            ("IR", "SD"),
        ),
        (
            "Chinese drones for Myanmar, Iran arms shipment to Sudan, Russian jets for Mali: "
            "arms roundup",
            ("CN", "MM"),
        ),
        ("Rangkuman: Korut Kirim Peluru ke Rusia, Banjir Jakarta, Harga Emas Naik", ("KP", "RU")),
    ],
)
def test_a_labelled_roundup_is_about_its_first_item(
    wl: Watchlist, title: str, pair: tuple[str, str]
) -> None:
    """A roundup's comma list under its label: the first item is the story."""
    verdict = classify(title, "", wl)
    assert verdict.alert
    assert (verdict.supplier, verdict.recipient) == pair


def test_an_unlabelled_comma_list_stays_whole(wl: Watchlist) -> None:
    """The twin: with no roundup label, a barter's two halves are one story."""
    verdict = classify("Korut Kirim Peluru, Rusia Bayar dengan Minyak", "", wl)
    assert verdict.alert
    assert (verdict.supplier, verdict.recipient) == ("KP", "RU")


@pytest.mark.parametrize(
    "title",
    [
        "Korut Jual Peluru Senilai US$2 Miliar ke Rusia",
        "Iran sold US$2 billion worth of drones to Russia, officials say",
    ],
)
def test_a_currency_sign_after_a_code_names_money_not_a_party(wl: Watchlist, title: str) -> None:
    """ "US$2 billion" names no US party; the sale's parties stay."""
    verdict = classify(title, "", wl)
    assert "US" not in verdict.actors
    assert verdict.alert
    assert verdict.recipient == "RU"


def test_the_united_states_named_as_a_party_stays_one(wl: Watchlist) -> None:
    """The twin: 'AS' as the seller is the supplier."""
    verdict = classify("AS Jual Drone MQ-9 ke Taiwan Senilai US$1 Miliar", "", wl)
    assert (verdict.supplier, verdict.recipient) == ("US", "TW")


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Tehran Eyes Russian Jets Again",
            "Iranian media reported that the first batch of Su-35 fighters ordered from Moscow "
            "could arrive before spring.",
        ),
        ("Iran's Su-35s ordered from Russia could arrive before spring", ""),
    ],
)
def test_weapons_ordered_from_a_party_are_bought_from_it(
    wl: Watchlist, title: str, text: str
) -> None:
    """'ordered from' with its source names the seller and the buyer of the weapons."""
    verdict = classify(title, text, wl)
    assert verdict.alert
    assert (verdict.supplier, verdict.recipient) == ("RU", "IR")


def test_people_ordered_from_a_place_buy_nothing(wl: Watchlist) -> None:
    """The twin: a command to leave, with no weapons, is no order of goods."""
    assert not classify("Troops ordered from the front line after drone attack", "", wl).alert


def test_an_approved_drone_package_is_no_courier_parcel(wl: Watchlist) -> None:
    """'Setujui Paket Drone': an arms package, so 'paket' is no civilian cue."""
    verdict = classify(
        "AS Setujui Paket Drone Rp3 Triliun untuk Taiwan, Beijing Meradang",
        "Departemen Luar Negeri Amerika Serikat menyetujui kemungkinan penjualan drone serang "
        "dan sistem pendukungnya kepada Taiwan senilai sekitar 200 juta dolar AS.",
        wl,
    )
    assert verdict.alert
    assert (verdict.supplier, verdict.recipient) == ("US", "TW")


@pytest.mark.parametrize(
    "title",
    [
        "Kurir Kirim Paket Drone Mainan ke Pembeli di Rusia",
        "Toko Daring Kirim Paket Drone ke Rusia",
    ],
)
def test_a_parcel_of_drones_sent_to_a_buyer_does_not_alert(wl: Watchlist, title: str) -> None:
    """The twins: a courier's or a shop's parcel stays civilian."""
    assert not classify(title, "", wl).alert


def test_the_soviet_union_named_as_a_supplier_is_russia(wl: Watchlist) -> None:
    """A history of arms bought from the Soviet Union is coded as Russia's supply."""
    verdict = classify("Sejarah Pembelian MiG-21 oleh Indonesia dari Uni Soviet", "", wl)
    assert verdict.alert
    assert (verdict.supplier, verdict.recipient) == ("RU", "ID")


@pytest.mark.parametrize(
    "title",
    ["Polandia Kirim MiG-29 Era Soviet ke Ukraina", "Poland sends Soviet-era MiG-29s to Ukraine"],
)
def test_soviet_era_weapons_name_no_party(wl: Watchlist, title: str) -> None:
    """The twins: the bare adjective dates the jets; Poland supplies Ukraine, no watched party."""
    verdict = classify(title, "", wl)
    assert verdict.arms_supply and not verdict.alert
    assert (verdict.supplier, verdict.recipient) == ("PL", "UA")


@pytest.mark.parametrize(
    ("title", "pair"),
    [
        ("Hamas Tunnels Yielded Iranian-Designed Rockets, Israeli Army Says", ("IR", "PS")),
        ("Houthi depot raid yields Iranian drones", ("IR", "YE")),
    ],
)
def test_a_party_s_place_yielding_another_s_weapons_holds_them(
    wl: Watchlist, title: str, pair: tuple[str, str]
) -> None:
    """Weapons of one party's make found in another's place tell of their supply."""
    verdict = classify(title, "", wl)
    assert verdict.alert
    assert (verdict.supplier, verdict.recipient) == pair


def test_a_raid_yielding_weapons_of_no_named_maker_does_not_alert(wl: Watchlist) -> None:
    """The twin: with no second party, the weapons are no one's supply."""
    assert not classify("Police raid yielded rifles and drones", "", wl).alert


_PACT = "Putin and Kim sign defence pact in Pyongyang"


def test_a_supply_framed_as_the_backdrop_of_other_news_does_not_alert(wl: Watchlist) -> None:
    """'The pact comes after months of accusations that ...': the supply is the backdrop."""
    text = (
        "Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a mutual "
        "defence pact on Wednesday, pledging to help each other if either is attacked.\n\n"
        "The pact comes after months of Western accusations that Pyongyang has shipped "
        "millions of artillery shells to Russia. Both countries deny any arms trade.\n\n"
        "The two leaders also discussed tourism and a new road bridge across the Tumen river."
    )
    assert not classify(_PACT, text, wl).alert


def test_a_supply_told_as_news_beside_a_pact_still_alerts(wl: Watchlist) -> None:
    """The twin: the shipments told first, then framed by talks, are the news."""
    text = (
        "North Korea has shipped millions of artillery shells to Russia, Western officials "
        "said. The shipments come after months of talks between the two leaders."
    )
    verdict = classify(_PACT, text, wl)
    assert verdict.alert
    assert (verdict.supplier, verdict.recipient) == ("KP", "RU")


@pytest.mark.parametrize(
    "title",
    [
        "Kim Jong Un Tinjau Pabrik Rudal, Tak Ada Tanda Ekspor ke Rusia",
        "Rusia Pamerkan Drone Geran-3 di Pameran Dubai, Belum Ada Pembeli",
        "Kim tours missile plant, no sign of exports to Russia",
    ],
)
def test_a_transfer_said_to_show_no_sign_does_not_alert(wl: Watchlist, title: str) -> None:
    """No sign of exports, no buyer yet: no transfer is told."""
    assert not classify(title, "", wl).alert


@pytest.mark.parametrize(
    ("title", "pair"),
    [
        ("Rusia Pamerkan Drone Geran-3 di Dubai, Iran Jadi Pembeli Pertama", ("RU", "IR")),
        ("Korut Kirim Rudal ke Rusia, Tak Ada Tanda Akan Berhenti", ("KP", "RU")),
        ("Dituding Kirim Senjata ke Houthi, Iran: Tak Ada Bukti", ("IR", "YE")),
    ],
)
def test_a_buyer_named_a_sign_of_stopping_or_a_denial_still_alert(
    wl: Watchlist, title: str, pair: tuple[str, str]
) -> None:
    """The twins: a first buyer, a supply with no sign of ending, a party's denial."""
    verdict = classify(title, "", wl)
    assert verdict.alert
    assert (verdict.supplier, verdict.recipient) == pair


def test_a_visit_story_recalling_an_accusation_does_not_alert(wl: Watchlist) -> None:
    """A leader's visit is news elsewhere, as an inspection is: the accusation is background."""
    verdict = classify(
        "Kim Visits Drone Institute",
        "North Korean leader Kim Jong Un inspected a drone research institute and urged mass "
        "production of attack drones, state media said. Seoul has accused Pyongyang of "
        "receiving Russian help with drone technology.",
        wl,
    )
    assert not verdict.alert


@pytest.mark.parametrize(
    "title",
    [
        "Putin visits Pyongyang, signs deal for North Korean shells",
        "Menhan Iran Kunjungi Moskow, Teken Pembelian Su-35",
    ],
)
def test_a_visit_headline_telling_a_deal_still_alerts(wl: Watchlist, title: str) -> None:
    """The twins: a visit that itself tells a deal for weapons (its pair read elsewhere)."""
    assert classify(title, "", wl).alert


_JOINT = (
    "Vietnam and {other} have agreed to jointly make artillery ammunition at a factory in "
    "northern Vietnam, a daily reported. Under the plan, {other} would supply production "
    "technology and machinery, while Vietnam's state-run defence industry would make the rounds "
    "for its own army. Hanoi has relied on Moscow for most of its weapons, but has also signed "
    "deals with Israel, South Korea and the United States. Analysts said the deal would test "
    "Washington's patience with Hanoi."
)


def test_a_joint_production_deal_with_a_watched_party_alerts(wl: Watchlist) -> None:
    """A two-party deal read with one side open keeps its other party, which makes it watched."""
    title = "Vietnam and Russia sign deal on joint production of artillery shells"
    verdict = classify(title, _JOINT.format(other="Russia"), wl)
    assert verdict.alert
    assert verdict.recipient == "VN"


def test_a_joint_production_deal_with_no_watched_party_does_not_alert(wl: Watchlist) -> None:
    """The twin: the same deal with South Korea is a transfer, not an alert."""
    title = "Vietnam and South Korea sign deal on joint production of artillery shells"
    verdict = classify(title, _JOINT.format(other="South Korea"), wl)
    assert verdict.arms_supply and not verdict.alert
