"""The alert decision, sixth round (precision): false-alert kinds, each beside its true twin."""

from __future__ import annotations

import pytest

from pantau.filter.classify import classify
from pantau.filter.watchlist import Watchlist

_USE_HEADLINE = "Wagner fighters in Mali use Turkish drones, rights report says"
_USE_LEAD = (
    "BAMAKO - Russian mercenaries and Malian soldiers have carried out strikes with "
    "Turkish-made Bayraktar drones, a rights group said."
)


def test_dated_purchase_under_a_use_headline_is_background(wl: Watchlist) -> None:
    """A purchase dated to a past year, after a lead on the items' use, tells their history."""
    text = _USE_LEAD + " Mali bought the drones from Turkey in 2022. The report counts victims."
    verdict = classify(_USE_HEADLINE, text, wl)
    assert not verdict.alert
    assert verdict.rule.startswith("passing_mention:")


def test_undated_purchase_under_a_use_headline_still_alerts(wl: Watchlist) -> None:
    """The same story with a fresh purchase in its body is still a supply story."""
    text = _USE_LEAD + " Mali bought more drones from Russia this month. The report counts victims."
    verdict = classify(_USE_HEADLINE, text, wl)
    assert verdict.alert
    assert (verdict.supplier, verdict.recipient) == ("RU", "ML")


def test_dated_delivery_by_a_supplier_is_not_background(wl: Watchlist) -> None:
    """Only a buyer's dated purchase is history: a supplier's dated delivery stays a transfer."""
    title = "Iranian drones over Kyiv, Ukraine's air force says"
    text = (
        "Ukraine's air force said it faced dozens of drones overnight. "
        "Iran delivered the drones to Russia in 2022, according to Western intelligence."
    )
    verdict = classify(title, text, wl)
    assert verdict.arms_supply
    assert (verdict.supplier, verdict.recipient) == ("IR", "RU")


def test_dated_purchase_under_a_supply_headline_still_alerts(wl: Watchlist) -> None:
    """A headline that itself tells the transfer is never made background by a date."""
    verdict = classify(
        "Mali beli drone dari Turki",
        "BAMAKO - Junta Mali membeli drone Bayraktar dari Turki pada 2022, kata pejabat.",
        wl,
    )
    assert verdict.arms_supply
    assert (verdict.supplier, verdict.recipient) == ("TR", "ML")


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # An attack sent at an enemy, not a supply to a receiver.
        (
            "Houthi Kirim Drone ke Israel, Sirene Meraung di Eilat",
            "Kelompok Houthi mengirim drone ke Israel pada Selasa malam. Militer Israel "
            "mengatakan drone itu ditembak jatuh di atas Laut Merah.",
        ),
        # Uranium supplied is no weapon.
        (
            "Iran Tingkatkan Pasokan Uranium",
            "Iran meningkatkan pasokan uranium yang diperkaya ke fasilitas Fordow, menurut IAEA.",
        ),
        # Smuggling with a civilian drone is no drone transfer.
        (
            "Polisi Gagalkan Penyelundupan Narkoba dengan Drone",
            "Polisi menggagalkan penyelundupan sabu dari Malaysia menggunakan drone rakitan.",
        ),
        # A parade story recalling an accusation in one background sentence.
        (
            "Korut Gelar Parade Militer Besar-besaran",
            "Korea Utara memamerkan rudal balistik antarbenua dalam parade di Pyongyang. Kim "
            "Jong Un menyaksikan parade itu. Pyongyang sebelumnya dituduh memasok rudal ke "
            "Rusia, tuduhan yang dibantahnya.",
        ),
        # A missile test with the supply accusation as its backdrop.
        (
            "North Korea tests new cruise missile",
            "North Korea tested a new strategic cruise missile on Sunday, state media said. "
            "The launch comes as Washington accuses Pyongyang of sending artillery shells to "
            "Russia.",
        ),
        # A drone shot down is combat.
        (
            "Rusia Tembak Jatuh Drone Ukraina di Belgorod",
            "Kementerian Pertahanan Rusia mengatakan telah menembak jatuh 12 drone Ukraina.",
        ),
        # Humanitarian aid sent is no weapon.
        (
            "Iran Kirim Bantuan Kemanusiaan ke Lebanon",
            "Iran mengirim pesawat berisi obat-obatan dan makanan ke Beirut.",
        ),
        # A drone attack with the drones' design named.
        (
            "Russia launches drone attack on Kyiv",
            "Russia launched dozens of Iranian-designed Shahed drones at Kyiv overnight, "
            "Ukraine's air force said. Air defences shot down most of them.",
        ),
    ],
)
def test_no_alert_for_stories_about_something_else(wl: Watchlist, title: str, text: str) -> None:
    """Attacks, goods, civilian drones and background accusations raise no alert."""
    assert not classify(title, text, wl).alert


@pytest.mark.parametrize(
    ("title", "text", "supplier", "recipient"),
    [
        (
            "Iran Kirim Drone ke Rusia",
            "Iran mengirim drone Shahed ke Rusia, kata pejabat AS.",
            "IR",
            "RU",
        ),
        (
            "Korut Pasok Rudal ke Rusia",
            "Korea Utara memasok rudal balistik ke Rusia, menurut laporan intelijen.",
            "KP",
            "RU",
        ),
    ],
)
def test_the_same_verbs_to_a_receiver_alert(
    wl: Watchlist, title: str, text: str, supplier: str, recipient: str
) -> None:
    """The twins of the kinds above: the same verbs with a receiver and weapons alert."""
    verdict = classify(title, text, wl)
    assert verdict.alert
    assert (verdict.supplier, verdict.recipient) == (supplier, recipient)


def test_a_rankings_exports_with_no_buyer_raise_no_alert(wl: Watchlist) -> None:
    """A seller's falling exports in a story of rankings tell of no transfer."""
    verdict = classify(
        "Russia's arms sales fall",
        "Russia's arms exports fell by half over five years. India remained the largest buyer "
        "of Russian weapons.",
        wl,
    )
    assert not verdict.alert
    assert verdict.rule.startswith("statistics:")


def test_exports_to_a_named_buyer_still_alert(wl: Watchlist) -> None:
    """Exports with their buyer named are a transfer, rankings or not."""
    verdict = classify(
        "Russia's arms exports to India grow",
        "Russia's arms exports to India grew this year. India remained the largest buyer of "
        "Russian weapons.",
        wl,
    )
    assert verdict.alert
    assert (verdict.supplier, verdict.recipient) == ("RU", "IN")


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Menlu Iran Kunjungi Moskow",
            "Menteri Luar Negeri Iran tiba di Moskow untuk membahas perdagangan. Iran telah "
            "memasok drone Shahed ke Rusia, menurut pejabat Barat. Kedua pihak membahas koridor "
            "kereta api dan perbankan. Kesepakatan energi juga dibahas.",
        ),
        (
            "Harga Emas Naik",
            "Harga emas naik karena ketegangan geopolitik. Investor khawatir setelah laporan "
            "Korea Utara mengirim rudal ke Rusia. Emas naik 1 persen.",
        ),
    ],
)
def test_the_only_weapons_sentence_after_a_lead_on_else_is_an_aside(
    wl: Watchlist, title: str, text: str
) -> None:
    """A visit or market story recalling a supply in one sentence is no supply story."""
    verdict = classify(title, text, wl)
    assert not verdict.alert
    assert verdict.rule.startswith("passing_mention:")


def test_a_supply_told_over_several_sentences_still_alerts(wl: Watchlist) -> None:
    """The same shape with the weapons followed up is the story itself."""
    verdict = classify(
        "Iran and Russia deepen ties",
        "Tehran and Moscow signed new agreements on Tuesday. Iran has delivered hundreds of "
        "Shahed drones to Russia, US officials said. The drones are used against Ukrainian cities.",
        wl,
    )
    assert verdict.alert
    assert (verdict.supplier, verdict.recipient) == ("IR", "RU")


@pytest.mark.parametrize(
    "title",
    [
        "Russia says it destroyed Western-supplied weapons depot",
        "Rusia Klaim Hancurkan Senjata Kiriman Barat di Odesa",
        "Rusia Rusak Sistem Pertahanan Udara Pasokan Barat",
    ],
)
def test_weapons_destroyed_are_combat(wl: Watchlist, title: str) -> None:
    """Supplied weapons destroyed tell of a strike, not of a supply."""
    verdict = classify(title, "", wl)
    assert not verdict.alert
    assert "combat" in verdict.rule


def test_a_supply_to_replace_destroyed_weapons_still_alerts(wl: Watchlist) -> None:
    """Destruction named beside a clear supply does not unmake it."""
    verdict = classify(
        "Iran sends more drones to Russia to replace those destroyed",
        "Iran has sent a new batch of Shahed drones to Russia, US officials said.",
        wl,
    )
    assert verdict.alert
    assert (verdict.supplier, verdict.recipient) == ("IR", "RU")


def test_a_leader_received_is_a_visit(wl: Watchlist) -> None:
    """A get word whose object is a person hosts a visit: the drones discussed are no transfer."""
    verdict = classify(
        "Putin receives Iranian president",
        "The leaders discussed trade, oil and drones in the Kremlin.",
        wl,
    )
    assert not verdict.alert


def test_weapons_received_still_alert(wl: Watchlist) -> None:
    """The same verb with weapons as its object is a transfer."""
    verdict = classify("Russia receives Iranian drones", "", wl)
    assert verdict.alert
    assert (verdict.supplier, verdict.recipient) == ("IR", "RU")


def test_a_supply_aside_under_a_visit_headline_is_background(wl: Watchlist) -> None:
    """A headline's hosting verb is no transfer, so the body's one supply sentence is an aside."""
    verdict = classify(
        "Putin receives Iranian president",
        "Putin received Iran's president in the Kremlin. Tehran supplies Moscow with drones, the "
        "West says. They signed a partnership treaty.",
        wl,
    )
    assert not verdict.alert
    assert verdict.rule.startswith("passing_mention:")
