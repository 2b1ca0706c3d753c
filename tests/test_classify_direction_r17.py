"""Round 17 direction cases, found by rewording headlines and feed items the filter already read
right the way other outlets would (wire abbreviations, a quote credited after it); each with a
quiet twin the rule must leave alone."""

from __future__ import annotations

from conftest import alert_pair, transfer_pair
from pantau.filter.classify import classify
from pantau.filter.watchlist import Watchlist


def test_wire_abbreviations_without_a_space_name_the_koreas(wl: Watchlist) -> None:
    """ "N.Korea", "S.Korea": wire style drops the space after the dot."""
    assert alert_pair(wl, "N.Korea moves rocket launchers to Russia -sources") == ("KP", "RU")
    assert alert_pair(wl, "Moscow hands N.Korea radar systems -S.Korea spy agency") == ("RU", "KP")
    assert alert_pair(wl, "Russia buys more N.Korean shells -think tanks") == ("KP", "RU")


def test_south_korea_abbreviated_is_no_north(wl: Watchlist) -> None:
    """Quiet twin: "S.Korea" selling to a state at peace is South Korea, and no alert."""
    assert transfer_pair(wl, "S.Korea ships howitzers to Poland -ministry") == ("KR", "PL")


def test_quote_opening_on_we_is_its_credited_speakers(wl: Watchlist) -> None:
    """ "'Kami Tak Pernah Jual Drone ke Moskow', Kata Iran": the credited speaker is the quote's
    "we" and its transfer's doer, not a mere source."""
    assert alert_pair(wl, "'Kami Tak Pernah Jual Drone ke Moskow', Kata Iran") == ("IR", "RU")
    assert alert_pair(wl, "'Kita Tidak Mengirim Peluru ke Rusia', Ujar Pejabat Korut") == (
        "KP",
        "RU",
    )
    assert alert_pair(wl, "'Kami Tak Pernah Membeli Rudal dari Iran', Kata Rusia") == ("IR", "RU")


def test_quote_naming_its_own_sender_keeps_the_source(wl: Watchlist) -> None:
    """Quiet twin: a quote naming its sender, or not opening on "we", keeps the speaker a source."""
    assert alert_pair(wl, "'Kami Minta Iran Berhenti Jual Drone ke Moskow', Kata Ukraina") == (
        "IR",
        "RU",
    )
    assert alert_pair(wl, "'Iran Jual Drone ke Moskow', Kata Ukraina") == ("IR", "RU")


def test_firing_place_after_from_is_no_source(wl: Watchlist) -> None:
    """ "fired by Russia from Belgorod": a 'from' right after a firing word is the launch site."""
    assert alert_pair(
        wl,
        "Prosecutors trace missile",
        "Fragments in Kharkiv came from a North Korean missile launched by Russia from Kursk.",
    ) == ("KP", "RU")


def test_from_after_a_later_transfer_word_is_still_a_source(wl: Watchlist) -> None:
    """Quiet twin: a transfer word between the firing word and 'from' takes the source."""
    assert alert_pair(
        wl,
        "Prosecutors trace missile",
        "Fragments of a missile Russia fired at Kharkiv came from North Korea, investigators say.",
    ) == ("KP", "RU")


def test_place_a_weapon_fell_in_was_struck(wl: Watchlist) -> None:
    """ "yang jatuh di Kharkiv", "that fell in Kharkiv": where it fell was struck, so the one
    at war with that place used it."""
    assert alert_pair(
        wl,
        "Jaksa Telusuri Puing",
        "Pecahan rudal yang jatuh di Zaporizhzhia berasal dari Korea Utara, kata jaksa.",
    ) == ("KP", "RU")
    assert alert_pair(
        wl,
        "Prosecutors trace debris",
        "Pieces of a missile that crashed in Zaporizhzhia came from North Korea, prosecutors say.",
    ) == ("KP", "RU")


def test_falling_into_hands_is_no_strike(wl: Watchlist) -> None:
    """Quiet twin: "jatuh di tangan Ukraina" names who holds the arms, not a place struck."""
    v = classify("Kyiv Pamerkan Temuan", "Rudal yang dipasok Korut jatuh di tangan Ukraina.", wl)
    assert (v.supplier, v.recipient) != ("KP", "RU")


def test_carrier_participle_carries_anothers_goods(wl: Watchlist) -> None:
    """ "Greece turned away a tanker carrying Iranian drones to Russia": the ship carries the
    goods' own party's cargo; the state that stops or lets it pass sends nothing."""
    assert alert_pair(
        wl,
        "Port refuses entry",
        "Greece turned away a tanker carrying Iranian drones to Russia on Monday.",
    ) == ("IR", "RU")


def test_own_ship_carrying_keeps_the_sender(wl: Watchlist) -> None:
    """Quiet twin: a party's own chartered ship with goods of no other party: it sends them."""
    assert alert_pair(
        wl, "Charter revealed", "Iran chartered a vessel carrying drones to Russia last spring."
    ) == ("IR", "RU")


def test_exchange_label_before_a_colon_leaves_the_news_its_way(wl: Watchlist) -> None:
    """ "Amunisi Ditukar Gandum: Korut Pasok Rusia": a kicker telling its own exchange of a
    named item is no payment for the supply told after the colon."""
    assert alert_pair(wl, "Amunisi Ditukar Gandum: Korut Pasok Rusia") == ("KP", "RU")
    assert alert_pair(wl, "Drone Ditukar Emas: Iran Pasok Moskow") == ("IR", "RU")


def test_payment_without_a_label_item_still_reverses(wl: Watchlist) -> None:
    """Quiet twin: a payment phrase without an item of its own before it still pays."""
    assert alert_pair(wl, "Sebagai imbalan amunisi, Korut menerima gandum dari Rusia") == (
        "KP",
        "RU",
    )


def test_cleft_puts_its_focus_as_the_doer(wl: Watchlist) -> None:
    """ "It was Iran that shipped ...": the cleft's focus does the giving, and the 'was' before
    it makes no passive of the verb after 'that'."""
    assert alert_pair(wl, "It was North Korea that sent the rockets to Russia, Seoul says") == (
        "KP",
        "RU",
    )
    assert transfer_pair(wl, "It was Iran that delivered the drones, officials say")[0] == "IR"


def test_be_before_its_own_participle_stays_passive(wl: Watchlist) -> None:
    """Quiet twin: "rockets that were sent by North Korea": the 'be' after 'that' is passive."""
    assert alert_pair(wl, "Rockets that were sent by North Korea to Russia hit Kharkiv") == (
        "KP",
        "RU",
    )


def test_party_ruled_out_between_commas_is_no_party(wl: Watchlist) -> None:
    """ "Korut, Bukan Iran, yang Kirim Roket ke Rusia": a party set aside by a negation between
    commas neither gives nor gets."""
    assert alert_pair(wl, "Korut, Bukan Iran, yang Kirim Roket ke Rusia") == ("KP", "RU")
    assert alert_pair(wl, "North Korea, not Iran, shipped the rockets to Russia") == ("KP", "RU")


def test_negation_opening_the_headline_is_left_as_it_was(wl: Watchlist) -> None:
    """Quiet twin: a negation with no comma before it ("Bukan Iran, Korut ...") is unchanged."""
    assert alert_pair(wl, "Bukan Iran, Korut yang Kirim Roket ke Rusia") == ("KP", "RU")


def test_indonesian_eu_abbreviation_sanctions_a_named_supplier(wl: Watchlist) -> None:
    """ "UE Sanksi Iran karena Pasok ...": 'UE' is the EU, so the state after it is the
    sanctioned one and the doer of the supply named for a reason."""
    assert alert_pair(wl, "UE Sanksi Iran karena Kirim Rudal ke Rusia") == ("IR", "RU")


def test_state_sanctioning_without_a_bloc_is_unchanged(wl: Watchlist) -> None:
    """Quiet twin: a state's sanctions ("sanksi Jepang") still name no party."""
    assert alert_pair(wl, "Iran Kirim Rudal ke Rusia Meski Ada Sanksi Jepang") == ("IR", "RU")


def test_islamic_republic_names_iran(wl: Watchlist) -> None:
    """ "the Islamic Republic": English wire style for Iran as a party."""
    assert alert_pair(wl, "Russia receives ballistic missiles from the Islamic Republic") == (
        "IR",
        "RU",
    )


def test_another_islamic_republic_is_not_read_as_iran(wl: Watchlist) -> None:
    """Quiet twin: Pakistan named in full stays the buyer, with no Iranian supply read."""
    assert transfer_pair(wl, "Islamic Republic of Pakistan buys Chinese J-10 fighter jets") == (
        "CN",
        "PK",
    )


def test_indonesian_epithets_name_their_states(wl: Watchlist) -> None:
    """ "Negeri Gajah Putih", "Negeri Sakura": the desks' epithets for a state are that state."""
    assert transfer_pair(wl, "Negeri Gajah Putih Borong Jet Gripen dari Swedia") == ("SE", "TH")
    assert transfer_pair(wl, "Negeri Sakura Hibahkan Radar Pantai ke Filipina") == ("JP", "PH")


def test_a_bare_country_word_is_no_epithet(wl: Watchlist) -> None:
    """Quiet twin: "negeri" alone, with no epithet, names no state."""
    assert transfer_pair(wl, "Filipina Terima Radar Pantai dari Negeri Sahabat")[0] is None
