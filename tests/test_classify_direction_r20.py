"""Round 18 second pass (dir20) direction cases: a side the transfer leaves open, named by
another sentence's role noun; each with a quiet twin the rule must leave alone."""

from __future__ import annotations

from conftest import alert_pair
from pantau.filter.classify import classify
from pantau.filter.watchlist import Watchlist


def test_a_role_noun_sentence_names_the_open_side(wl: Watchlist) -> None:
    """ "Penerimanya adalah Myanmar", "The supplier, Pyongyang, ...": a sentence opening on the
    open side's role noun, told as a party by a copula or an appositive, names that side."""
    assert alert_pair(
        wl,
        "Kiriman Howitzer Terungkap",
        "Rusia mengirim howitzer pada musim gugur, kata penyelidik. Tujuannya adalah Myanmar.",
    ) == ("RU", "MM")
    assert alert_pair(
        wl,
        "Rocket launchers traced",
        "An audit exposed a shipment of rocket launchers to Tehran last autumn. "
        "The supplier, Pyongyang, declined to comment.",
    ) == ("KP", "IR")
    assert alert_pair(
        wl,
        "Kiriman Rudal Jelajah Terungkap",
        "Laporan itu mengungkap pengiriman rudal jelajah ke Iran bulan lalu. "
        "Negara pemasoknya adalah Korea Utara, kata penyelidik.",
    ) == ("KP", "IR")
    assert alert_pair(
        wl,
        "Cruise missiles shipped",
        "Russia shipped cruise missiles in March, officials said. "
        "The final destination was Venezuela.",
    ) == ("RU", "VE")


def test_a_role_noun_of_something_else_or_owned_names_no_side(wl: Watchlist) -> None:
    """Quiet twin: a role noun of another thing ('tujuan kunjungan menteri'), one whose
    possessor is named ('gas supplier of Iraq'), or one told as no party ('destination was
    unclear') fills nothing."""
    assert alert_pair(
        wl,
        "Kiriman Howitzer Terungkap",
        "Rusia mengirim howitzer pada musim gugur, kata penyelidik. "
        "Tujuan kunjungan menteri berikutnya adalah Myanmar.",
    ) == ("RU", None)
    assert alert_pair(
        wl,
        "Rocket launchers traced",
        "An audit exposed a shipment of rocket launchers to Tehran last autumn. "
        "The gas supplier of Iraq, Pyongyang, declined to comment.",
    ) == (None, "IR")
    assert alert_pair(
        wl,
        "Cruise missiles shipped",
        "Russia shipped cruise missiles in March, officials said. "
        "The final destination was unclear, though Venezuela was mentioned.",
    ) == ("RU", None)


def test_a_denied_giver_gives_way_to_another_told_giving(wl: Watchlist) -> None:
    """ "Belarus membantah memasok ..., tetapi Rusia mengakui mengirim ...": a transfer word a
    denial governs gives way to a sure event naming another giver to the same taker."""
    assert alert_pair(
        wl,
        "Arms for Myanmar",
        "Belarus membantah memasok senjata ke Myanmar, tetapi Rusia mengakui mengirim "
        "helikopter tempur ke negara itu.",
    ) == ("RU", "MM")
    assert alert_pair(
        wl,
        "Arms for Russia",
        "Pyongyang has denied sending arms to Moscow. Tehran, however, acknowledged shipping "
        "attack drones to Russia.",
    ) == ("IR", "RU")


def test_a_denial_with_no_other_giver_or_no_taker_keeps_the_vote(wl: Watchlist) -> None:
    """Quiet twin: a lone denied giver, every giver denying, or a denial naming no taker leave
    the vote as it was."""
    assert alert_pair(
        wl, "Drones for Russia", "Iran denied sending attack drones to Russia, officials said."
    ) == ("IR", "RU")
    assert alert_pair(
        wl,
        "Drones for Russia",
        "China denied supplying weapons to Russia, and Iran denied sending drones to the "
        "country as well.",
    ) == ("CN", "RU")
    assert alert_pair(
        wl,
        "Drones for Russia",
        "Iran denied sending weapons. Officials said China shipped drones to Russia.",
    ) == (None, "RU")


def test_an_agent_noun_told_as_a_party_by_a_copula_names_the_giver(wl: Watchlist) -> None:
    """ "Iran's main arms supplier is now Russia", "pemasok senjata terbesar Iran kini adalah
    Rusia": the party the agent noun is said to be gives; a source trailing an appositive
    ("..., Israeli officials say") is no giver."""
    assert alert_pair(
        wl, "Tehran's arms", "Envoys in Vienna say Iran's main arms supplier is now Russia."
    ) == ("RU", "IR")
    assert alert_pair(
        wl,
        "Tehran's arms",
        "Para diplomat mengatakan pemasok senjata terbesar Iran kini adalah Rusia.",
    ) == ("RU", "IR")
    assert alert_pair(
        wl, "Tehran's arms", "Russia is now Iran's main weapons supplier, Israeli officials say."
    ) == ("RU", "IR")


def test_an_agent_noun_linked_to_no_party_or_apposed_keeps_its_reading(wl: Watchlist) -> None:
    """Quiet twin: a copula before no party ('is now in talks with Belarus', 'adalah mitra
    lama Rusia') names no giver; a plain appositive ('Russia's main supplier, Iran,') still
    does."""
    assert alert_pair(
        wl, "Tehran's arms", "Iran's main arms supplier is now in talks with Belarus, envoys say."
    ) == (None, "IR")
    assert alert_pair(
        wl, "Tehran's arms", "Pemasok senjata utama Iran adalah mitra lama Rusia."
    ) == (None, "IR")
    assert alert_pair(
        wl, "Tehran's arms", "Russia's main supplier, Iran, has sent drones to Moscow."
    ) == ("IR", "RU")


def test_a_watched_suppliers_goods_at_a_front_in_a_state_at_war_go_to_its_enemy(
    wl: Watchlist,
) -> None:
    """ "Rudal Iran Sampai ke Garis Depan Ukraina": the front lies in Ukraine, whose one enemy
    uses the watched supplier's missiles."""
    assert alert_pair(wl, "Begini Rudal Iran Sampai ke Garis Depan Ukraina") == ("IR", "RU")
    assert alert_pair(wl, "Roket Korea Utara Sampai di Garis Depan Ukraina") == ("KP", "RU")


def test_a_watched_states_own_front_or_an_unwatched_supplier_names_no_enemy(
    wl: Watchlist,
) -> None:
    """Quiet twin: a watched state's own front ('Garis Depan Rusia') is no recipient, and an
    unwatched supplier's weapons at Ukraine's front are no one's supply to its enemy."""
    v = classify("Roket Korea Utara Sampai ke Garis Depan Rusia", "", wl)
    assert (v.supplier, v.recipient) == ("KP", None)
    v = classify("Peluru Artileri Amerika Sampai ke Garis Depan Ukraina", "", wl)
    assert v.recipient is None


def test_a_front_told_in_english_before_its_state_goes_to_the_enemy(wl: Watchlist) -> None:
    """ "How Iranian missiles reached the battlefield in Ukraine": the state the front lies in
    is the enemy of the watched supplier's customer."""
    assert alert_pair(wl, "How Iranian missiles reached the battlefield in Ukraine") == (
        "IR",
        "RU",
    )
    assert alert_pair(wl, "North Korean rockets arrive at the front lines in Ukraine") == (
        "KP",
        "RU",
    )


def test_an_unwatched_suppliers_goods_at_the_front_keep_their_taker(wl: Watchlist) -> None:
    """Quiet twin: an unwatched supplier's weapons at Ukraine's front, or a watched state's
    own front, keep the state the front lies in."""
    v = classify("How Western shells reached the front lines in Ukraine", "", wl)
    assert v.recipient == "UA"
    assert alert_pair(wl, "Iranian drones arrive at the front in Russia") == ("IR", "RU")


def test_role_nouns_and_denials_worded_otherwise(wl: Watchlist) -> None:
    """ "Pengirimnya ternyata adalah ...", "Pemasoknya diduga ...", "pemasok ... saat ini
    adalah ...", "menepis tuduhan memasok": the same readings with a hedge, a time word or a
    denied claim between."""
    assert alert_pair(
        wl,
        "Kiriman Rudal Jelajah Terungkap",
        "Laporan itu mengungkap pengiriman rudal jelajah ke Iran bulan lalu. "
        "Pengirimnya ternyata adalah Korea Utara.",
    ) == ("KP", "IR")
    assert alert_pair(
        wl,
        "Kiriman Rudal Jelajah Terungkap",
        "Laporan itu mengungkap pengiriman rudal jelajah ke Iran bulan lalu. "
        "Pemasoknya diduga Korea Utara.",
    ) == ("KP", "IR")
    assert alert_pair(
        wl, "Pemasok Iran", "Menurut analis, pemasok rudal terbesar Iran saat ini adalah Rusia."
    ) == ("RU", "IR")
    assert alert_pair(
        wl,
        "Senjata untuk Myanmar",
        "Belarus menepis tuduhan memasok senjata ke Myanmar, sementara Rusia mengakui "
        "mengirim helikopter tempur ke Myanmar.",
    ) == ("RU", "MM")


def test_hedges_and_denials_with_no_party_or_other_giver_stay(wl: Watchlist) -> None:
    """Quiet twin: a hedge before no party ('diduga berasal dari gudang lama') fills nothing,
    and a denied claim with no other giver keeps the denier."""
    assert alert_pair(
        wl,
        "Kiriman Rudal Jelajah Terungkap",
        "Laporan itu mengungkap pengiriman rudal jelajah ke Iran bulan lalu. "
        "Pemasoknya diduga berasal dari gudang lama.",
    ) == (None, "IR")
    assert alert_pair(
        wl, "Senjata untuk Myanmar", "Rusia menepis tuduhan memasok senjata ke Myanmar."
    ) == ("RU", "MM")
