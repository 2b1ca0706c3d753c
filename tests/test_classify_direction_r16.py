"""Round 16 direction cases, found by rewording stories the filter already read right (passive,
recipient as subject, relative clauses, a party's programme, a group placed in a state); each
with a quiet twin the rule must leave alone."""

from __future__ import annotations

from conftest import alert_pair, transfer_pair
from pantau.filter.watchlist import Watchlist


def test_helped_party_doing_the_sending_supplies(wl: Watchlist) -> None:
    """ "helping Pyongyang ship shells to Moscow": a helped party followed by its own giving
    verb is that verb's doer, not the one helped to goods."""
    assert alert_pair(
        wl,
        "Council agrees fresh measures",
        "The council met on Monday in Brussels. Its new list names traders who help Pyongyang "
        "ship artillery shells to Moscow.",
    ) == ("KP", "RU")
    assert alert_pair(wl, "Pedagang Dituduh Bantu Teheran Kirim Drone ke Moskow") == ("IR", "RU")


def test_helped_party_building_a_plant_still_receives(wl: Watchlist) -> None:
    """Quiet twin: helped to build a plant, or helped and then supplied, the helped one gets."""
    assert alert_pair(wl, "Iran helps Belarus build a drone plant") == ("IR", "BY")
    assert alert_pair(wl, "Iran Bantu Milisi Irak, Pasok Roket") == ("IR", "IQ")


def test_ships_in_a_body_is_read_in_the_body(wl: Watchlist) -> None:
    """A body's 'ship' read as a verb belongs to the body: no headline sentence is looked up for
    it (this story used to raise an IndexError)."""
    assert alert_pair(
        wl,
        "Ministers agree new package",
        "Ministers met in Luxembourg on Tuesday. The package lists firms accused of helping "
        "Tehran ship attack drones to Russia.",
    ) == ("IR", "RU")


def test_pro_party_is_an_alignment_not_a_party(wl: Watchlist) -> None:
    """ "Pro-Iran militias in Iraq": 'pro-X' qualifies the group, whose place names its state."""
    assert alert_pair(wl, "Pro-Iran militias in Iraq received drones from Tehran") == ("IR", "IQ")
    assert alert_pair(wl, "Milisi Pro-Iran di Irak Terima Drone dari Teheran") == ("IR", "IQ")
    assert alert_pair(wl, "Iran sends drones to pro-Iran militias in Iraq") == ("IR", "IQ")


def test_group_placed_in_a_state_stands_for_it(wl: Watchlist) -> None:
    """ "Milisi di Irak Terima Drone dari Iran": a bare group opening the clause, placed in a
    state, is that state's side."""
    assert alert_pair(wl, "Militias in Iraq received attack drones from Iran") == ("IR", "IQ")
    assert alert_pair(wl, "Milisi di Irak Terima Drone Serang dari Iran") == ("IR", "IQ")
    assert alert_pair(
        wl,
        "Pentagon Soroti Jalur Baru",
        "Pentagon menyatakan milisi pro-Iran di Irak telah menerima roket dari Teheran.",
    ) == ("IR", "IQ")


def test_group_of_a_named_party_keeps_its_party(wl: Watchlist) -> None:
    """Quiet twin: a group already named by its party ("Russian troops in Belarus") is that
    party's, and the place is only where it stands."""
    assert alert_pair(wl, "Russian troops in Belarus received shells from North Korea") == (
        "KP",
        "RU",
    )
    assert alert_pair(wl, "Pasukan Rusia di Belarus Terima Peluru dari Korut") == ("KP", "RU")
    assert transfer_pair(wl, "Iran sends drones to Iraqi militias") == ("IR", "IQ")


def test_party_of_a_transfer_told_after_a_finding_is_no_debris_site(wl: Watchlist) -> None:
    """ "menemukan puing drone yang diterima Rusia dari Iran": a party after a transfer word told
    after the finding belongs to that word (Russia received), not the place debris lay."""
    assert alert_pair(
        wl,
        "Kyiv Panggil Diplomat Iran",
        "Tentara Ukraina menemukan puing rudal yang diduga diterima Rusia dari Teheran.",
    ) == ("IR", "RU")


def test_place_of_found_debris_is_still_struck(wl: Watchlist) -> None:
    """Quiet twin: a place named after the finding word alone is where the weapon struck."""
    assert alert_pair(wl, "Serpihan Rudal Korut Ditemukan di Odesa") == ("KP", "RU")


def test_partys_programme_after_a_giving_word_is_the_goal(wl: Watchlist) -> None:
    """ "supplying Iran's drone programme": a party's programme, forces or makers right after a
    giving word name the goal, so the story's sanctioning state is no recipient."""
    assert alert_pair(
        wl, "Washington blacklists Chinese firms supplying Iran's missile programme"
    ) == ("CN", "IR")
    assert alert_pair(wl, "US names Chinese suppliers of Iran's drone industry") == (
        "CN",
        "IR",
    )


def test_partys_goods_after_a_giving_word_are_still_its_own(wl: Watchlist) -> None:
    """Quiet twin: a party's goods (no programme, forces or makers) are that party's, sent on."""
    assert alert_pair(wl, "Chinese firms shipping Iran's drones to Russia face US sanctions") == (
        "CN",
        "RU",
    )


def test_network_supplying_is_the_giver_not_who_targets_it(wl: Watchlist) -> None:
    """ "UK targets networks supplying ...": the networks supply, the state naming them does
    not; the goods' maker is the source left."""
    assert alert_pair(
        wl, "UK targets brokers supplying Russia's army with North Korean shells"
    ) == ("KP", "RU")


def test_state_supplying_is_still_the_giver(wl: Watchlist) -> None:
    """Quiet twin: a state right before the -ing word is its doer."""
    assert alert_pair(
        wl, "Britain says it is supplying Ukraine's army with interceptor drones"
    ) == (
        "GB",
        "UA",
    )


def test_subjects_appositive_ally_is_the_guessed_recipient(wl: Watchlist) -> None:
    """ "Korut, Sekutu Dekat Moskow, Pasok Peluru Lagi": with no recipient named, the party the
    subject is called an ally of between commas is the one supplied."""
    assert alert_pair(wl, "Korut, Sekutu Dekat Moskow, Pasok Peluru Lagi") == ("KP", "RU")
    assert alert_pair(wl, "Tehran, a close partner of Moscow, is shipping more drones") == (
        "IR",
        "RU",
    )


def test_named_recipient_outranks_the_appositive_ally(wl: Watchlist) -> None:
    """Quiet twin: a recipient the clause names keeps its place over the subject's ally."""
    assert alert_pair(wl, "Tehran, a close partner of Moscow, ships drones to Venezuela") == (
        "IR",
        "VE",
    )


def test_place_weapons_flew_over_is_struck(wl: Watchlist) -> None:
    """ "drones shot down over Kyiv": the place weapons flew over is what they struck, so the
    goods' shipment went to that place's one enemy, not to the place."""
    assert alert_pair(wl, "North Korean missiles shot down over Kharkiv were shipped in May") == (
        "KP",
        "RU",
    )
    assert alert_pair(wl, "Iranian Shaheds downed over Odesa came from a new batch") == (
        "IR",
        "RU",
    )


def test_place_weapons_fell_above_is_struck(wl: Watchlist) -> None:
    """ "Ditembak Jatuh di Atas Kyiv": Indonesian 'di atas' after a downing word or the weapons
    places the strike as 'over' does."""
    assert alert_pair(
        wl, "Rudal Korut yang Ditembak Jatuh di Atas Odesa Ternyata Kiriman Baru"
    ) == (
        "KP",
        "RU",
    )


def test_atas_as_on_behalf_is_no_place(wl: Watchlist) -> None:
    """Quiet twin: 'atas' as 'at the request of' places nothing."""
    assert alert_pair(wl, "Iran Kirim Drone atas Permintaan Rusia") == ("IR", "RU")


def test_concern_over_a_party_is_no_place(wl: Watchlist) -> None:
    """Quiet twin: 'over' after no weapon or downing word leaves the party a party."""
    assert alert_pair(wl, "Seoul protests over Pyongyang's shells shipped to Moscow") == (
        "KP",
        "RU",
    )


def test_state_targeting_suppliers_is_no_counterpart(wl: Watchlist) -> None:
    """ "US targets Hong Kong firms supplying ...": a state blacklisting or targeting firms a
    place name or two away regulates them, and is no side of their supply."""
    assert alert_pair(
        wl, "US blacklists Hong Kong traders supplying Russia's drone industry with chips"
    ) == (None, "RU")
    assert alert_pair(wl, "AS Sasar Perusahaan Hong Kong Pemasok Komponen Drone untuk Rusia") == (
        None,
        "RU",
    )


def test_state_banning_its_own_exports_still_supplies(wl: Watchlist) -> None:
    """Quiet twin: a ban on the state's own exports leaves it the supplier."""
    assert transfer_pair(wl, "Jerman Larang Ekspor Senjata ke Israel") == ("DE", "IL")
