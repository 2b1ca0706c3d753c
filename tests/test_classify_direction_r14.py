"""Round 14 direction cases: wire abbreviations of states, a plant's host, help bartered for
weapons, a speaker's own country; each with a quiet twin the rule must leave alone."""

from __future__ import annotations

from conftest import alert_pair, transfer_pair
from pantau.filter.watchlist import Watchlist


def test_wire_abbreviation_names_the_state(wl: Watchlist) -> None:
    """ "N. Korea", "S. Korea": a wire's abbreviated state is the state, in any sentence."""
    assert alert_pair(wl, "N. Korea sends fresh rocket batch to Russia, Tokyo says") == ("KP", "RU")
    assert transfer_pair(wl, "Warsaw signs for more tanks from S. Korea") == ("KR", "PL")
    assert alert_pair(
        wl,
        "Moscow gets more shells",
        "Analysts in Tokyo say N. Korean trains moved the shells. Kyiv said N. Korea shipped "
        "another batch of artillery rounds to Russia last month.",
    ) == ("KP", "RU")


def test_wire_abbreviation_twin_keeps_sentence_ends(wl: Watchlist) -> None:
    """A sentence ending in an abbreviation of two letters ("the U.S.") still ends there."""
    assert alert_pair(
        wl,
        "Moscow gets more shells",
        "The trains left the U.S. Iran shipped another batch of drones to Russia last month.",
    ) == ("IR", "RU")


def test_plant_adjective_names_its_host(wl: Watchlist) -> None:
    """ "Czech firm signs contract for Polish drone plant": the plant's land receives it."""
    assert transfer_pair(wl, "Czech firm signs contract for Polish drone plant") == ("CZ", "PL")
    assert transfer_pair(wl, "Serbian company inks MoU for Belarusian drone factory") == (
        "RS",
        "BY",
    )
    assert transfer_pair(
        wl, "Defence expo in Belgrade: Russian firm signs MoU for Serbian drone plant"
    ) == ("RU", "RS")


def test_plant_twin_adjective_before_weapons_is_their_maker(wl: Watchlist) -> None:
    """Before the weapons themselves the adjective is still their maker, who sells."""
    assert transfer_pair(wl, "Polish firm signs contract for Czech drones") == ("CZ", "PL")
    assert transfer_pair(wl, "Belarusian company inks MoU for Serbian drones") == ("RS", "BY")


def test_help_bartered_for_weapons(wl: Watchlist) -> None:
    """ "Moskow Tukar Teknologi Satelit dengan Peluru Korut": the weapons come the other way."""
    assert alert_pair(wl, "Moskow Tukar Teknologi Satelit dengan Peluru Korut") == ("KP", "RU")
    assert alert_pair(wl, "Moscow swaps satellite know-how for North Korean rockets") == (
        "KP",
        "RU",
    )


def test_help_barter_twin_weapons_both_ways(wl: Watchlist) -> None:
    """A weapon's own technology ("Teknologi Rudal") is weapons both ways: first told leads."""
    assert alert_pair(wl, "Moskow Tukar Teknologi Rudal dengan Peluru Korut") == ("RU", "KP")
    assert alert_pair(wl, "Kremlin Barter Teknologi Kapal Selam dengan Peluru Korut") == (
        "RU",
        "KP",
    )


def test_speaker_gone_to_a_state_is_no_party(wl: Watchlist) -> None:
    """ "An ex-officer who fled to Seoul says ...": where the speaker went is no recipient."""
    assert alert_pair(
        wl, "Former officer who defected to Seoul says Pyongyang sent rockets to Moscow"
    ) == ("KP", "RU")
    assert alert_pair(
        wl,
        "Peluru untuk Rusia",
        "Seorang mantan perwira yang membelot ke Korea Selatan mengatakan Korut mengirim "
        "peluru artileri ke Rusia sepanjang musim panas.",
    ) == ("KP", "RU")


def test_speaker_twin_goal_in_the_clause_stays(wl: Watchlist) -> None:
    """A goal told in the transfer's own clause, no saying word between, is still received."""
    assert alert_pair(wl, "Pyongyang sent rockets to Moscow, former officer says") == (
        "KP",
        "RU",
    )
    assert alert_pair(wl, "Officer who stayed in Seoul says Pyongyang sent rockets to Tehran") == (
        "KP",
        "IR",
    )


def test_carrier_of_goods_from_a_source_takes_them(wl: Watchlist) -> None:
    """ "kapal kargo Rusia yang membawa ... dari Korea Utara": the carrier's state receives."""
    assert alert_pair(
        wl, "Jepang memantau kapal kargo Rusia yang membawa peti amunisi dari Korea Utara"
    ) == ("KP", "RU")
    assert alert_pair(
        wl, "Tokyo tracks Russian freighter carrying rocket crates from North Korea"
    ) == (
        "KP",
        "RU",
    )


def test_carrier_twin_named_goal_leads(wl: Watchlist) -> None:
    """A goal told after the source still receives; the carrier only brings them there."""
    assert alert_pair(wl, "Kapal kargo Rusia membawa peti amunisi dari Korea Utara ke Suriah") == (
        "KP",
        "SY",
    )


def test_arrival_at_a_party_depot(wl: Watchlist) -> None:
    """ "tiba di depo Rusia": a party's depot is the goal, as its base or port is."""
    assert alert_pair(
        wl, "Amunisi Baru", "Kiriman rudal dari Iran tiba di depo Rusia di Krimea pekan lalu."
    ) == ("IR", "RU")


def test_arrival_twin_depot_without_party(wl: Watchlist) -> None:
    """A depot named by its place alone names no recipient."""
    assert alert_pair(
        wl, "Amunisi Baru", "Kiriman rudal dari Iran tiba di depo dekat Sevastopol pekan lalu."
    ) == ("IR", None)


def test_hostile_credit_before_a_buyer_is_no_target(wl: Watchlist) -> None:
    """ "Intelijen Ukraina: Rusia Beli Senapan Lagi": the credit at war with the buyer speaks."""
    assert alert_pair(wl, "Intelijen Ukraina: Rusia Beli Senapan Lagi") == (None, "RU")
    assert alert_pair(wl, "Ukrainian intelligence: Russia buying rifles") == (None, "RU")


def test_hostile_credit_twin_named_source_unchanged(wl: Watchlist) -> None:
    """With the source named the credit was never read as a party: the pair stays."""
    assert alert_pair(wl, "Intelijen Ukraina: Rusia Beli Rudal dari Korut") == ("KP", "RU")
    assert transfer_pair(wl, "Israel: Iran buys more Chinese drone engines") == ("CN", "IR")
