"""Who supplies whom, fourth round: one short story per direction kind, and every transfer."""

from __future__ import annotations

import pytest

from pantau.filter.classify import classify
from pantau.filter.direction import Clause
from pantau.filter.watchlist import Watchlist


def _pairs(wl: Watchlist, title: str, text: str = "") -> list[tuple[str | None, str | None]]:
    """The verdict's main pair first, then every other transfer it lists."""
    v = classify(title, text, wl)
    assert v.alert, (v.rule, v.score)
    assert v.transfers and (v.transfers[0].supplier, v.transfers[0].recipient) == (
        v.supplier,
        v.recipient,
    )
    return [(t.supplier, t.recipient) for t in v.transfers]


@pytest.mark.parametrize(
    ("title", "text", "main", "others"),
    [
        # Two sources, each with items of its own, are two transfers; the nearest is the main.
        (
            "Vietnam Borong Senjata",
            "Vietnam meneken kontrak pembelian rudal antikapal dari Rusia, serta drone intai "
            "dari Israel.",
            ("RU", "VN"),
            [("IL", "VN")],
        ),
        (
            "Egypt shops for drones",
            "Egypt will buy twelve attack drones from Iran and six patrol boats from Italy.",
            ("IR", "EG"),
            [("IT", "EG")],
        ),
    ],
)
def test_each_source_with_its_own_items_is_its_own_transfer(
    wl: Watchlist,
    title: str,
    text: str,
    main: tuple[str, str],
    others: list[tuple[str, str]],
) -> None:
    pairs = _pairs(wl, title, text)
    assert pairs[0] == main
    assert set(others) <= set(pairs[1:])


@pytest.mark.parametrize(
    ("title", "supplier", "recipient"),
    [
        # One 'from' shared by two sources leaves the supplier open, as before.
        ("Rusia membeli drone dari Iran dan Korut", None, "RU"),
        ("Russia buys drones from Iran and from North Korea", None, "RU"),
    ],
)
def test_one_transfer_with_two_sources_keeps_the_supplier_open(
    wl: Watchlist, title: str, supplier: str | None, recipient: str
) -> None:
    assert _pairs(wl, title)[0] == (supplier, recipient)


@pytest.mark.parametrize(
    ("title", "supplier", "recipient"),
    [
        # A relative clause's verb has the clause's own head as its doer, not the sentence's
        # subject; the items' genitive then names the source.
        ("Ukraina kecam kapal yang kirim rudal Korut ke Rusia", "KP", "RU"),
        # An actor just before 'yang' is still the relative verb's doer.
        ("Korut, yang Pasok Peluru ke Rusia, Dikecam Seoul", "KP", "RU"),
    ],
)
def test_a_relative_clause_has_its_own_doer(
    wl: Watchlist, title: str, supplier: str, recipient: str
) -> None:
    assert _pairs(wl, title)[0] == (supplier, recipient)


def test_a_citizen_of_a_state_is_no_state_party(wl: Watchlist) -> None:
    v = classify(
        "Iran terima komponen drone selundupan",
        "Dua warga negara Turki mengirim komponen drone ke Iran lewat perusahaan cangkang.",
        wl,
    )
    assert v.alert, v.rule
    assert (v.supplier, v.recipient) == (None, "IR")


def test_a_prosecutor_charging_smugglers_is_not_their_state(wl: Watchlist) -> None:
    v = classify(
        "Tiga pengusaha didakwa selundupkan komponen drone",
        "Jaksa Kanada mendakwa tiga pengusaha atas tuduhan mengirim komponen drone ke Iran.",
        wl,
    )
    assert v.supplier != "CA"


@pytest.mark.parametrize(
    ("title", "supplier", "recipient"),
    [
        # The speaker before a colon answers an accusation of supplying: it is the accused.
        ("Kemlu Korut: Tuduhan Pasok Senjata ke Rusia Hanya Rekayasa AS", "KP", "RU"),
        # Weapons taken from a party were that party's: the source named is its supplier.
        ("Weapons seized from Hezbollah traced to Iran, report says", "IR", "LB"),
        ("Rudal sitaan dari Houthi ternyata buatan Iran", "IR", "YE"),
        # The items an agent noun deals in may stand between its customer and it.
        ("Iran is now Russia's biggest drone supplier", "IR", "RU"),
        ("Korut jadi pemasok peluru utama Rusia", "KP", "RU"),
    ],
)
def test_direction_kinds(wl: Watchlist, title: str, supplier: str, recipient: str) -> None:
    assert _pairs(wl, title)[0] == (supplier, recipient)


def test_a_preposition_after_a_later_clauses_transfer_word_is_that_words(wl: Watchlist) -> None:
    text = "Mesir tunda pembelian drone, tawarkan kerja sama ke Rusia"
    hits = wl.matcher.find(text, "title")
    clause = Clause(text, 0, len(text), hits)
    purchase = next(h for h in hits if h.text == "pembelian")
    assert clause.roles(purchase).recipient != "RU"


@pytest.mark.parametrize(
    ("title", "text", "both"),
    [
        # Military help paid for with weapons: both ways are transfers.
        ("Rusia Bantu Iran Kembangkan Satelit Militer, Imbalan Pasokan Drone", "", ("RU", "IR")),
        (
            "Seoul: Korut Dapat Teknologi Kapal Selam",
            "Korut menerima teknologi kapal selam dari Rusia sebagai imbalan atas pasokan "
            "peluru artileri.",
            ("RU", "KP"),
        ),
        (
            "Seoul Rinci Imbalan untuk Pyongyang",
            "Seoul merinci imbalan yang diterima Korut dari Rusia atas pasokan rudal balistik.",
            ("RU", "KP"),
        ),
    ],
)
def test_weapons_paid_for_military_help_are_a_transfer_of_their_own(
    wl: Watchlist, title: str, text: str, both: tuple[str, str]
) -> None:
    pairs = _pairs(wl, title, text)
    assert both in pairs
    assert (both[1], both[0]) in pairs


def test_goods_paid_for_weapons_are_no_transfer(wl: Watchlist) -> None:
    pairs = _pairs(wl, "Rusia Kirim Minyak ke Korut sebagai Imbalan Amunisi")
    assert pairs == [("KP", "RU")]


@pytest.mark.parametrize(
    ("title", "text", "supplier", "recipient"),
    [
        # The user of supplied weapons, after a passive 'used', got them.
        ("Laporan Baru", "Drone yang dipasok Iran telah digunakan Rusia di Ukraina.", "IR", "RU"),
        # A participle before its agent is a passive: the clause's subject got the items.
        (
            "Kyiv says Russia fires North Korean missiles",
            "Ukraine said Russia had fired ballistic missiles supplied by North Korea.",
            "KP",
            "RU",
        ),
        # A place the weapons are used in is no target of the transfer itself.
        (
            "Iran denies sending drones",
            "Tehran denied that it had sent drones to Russia for use in Ukraine.",
            "IR",
            "RU",
        ),
        # A common misspelling of an item.
        ("Laporan Baru", "Korut telah mengirim ribuan kontainer amunsi ke Rusia.", "KP", "RU"),
        # The headline's opening party is the buyer the body leaves unnamed.
        (
            "Vietnam eyes Israeli drones after Russian deal stalls",
            "Officials are studying Hermes drones from Israel as deliveries face delays.",
            "IL",
            "VN",
        ),
    ],
)
def test_direction_kinds_in_stories(
    wl: Watchlist, title: str, text: str, supplier: str, recipient: str
) -> None:
    assert _pairs(wl, title, text)[0] == (supplier, recipient)


@pytest.mark.parametrize(
    ("title", "main", "listed"),
    [
        # One word, two buyers after one 'to': both transfers are listed.
        ("Turki Ekspor Drone Bayraktar ke Indonesia dan Pakistan", ("TR", "ID"), [("TR", "PK")]),
        # A list with commas after one 'to' (not "ke Houthi, Iran: ..." where the list stops).
        (
            "Turkey sells drones to Indonesia, Pakistan and Nigeria",
            ("TR", "ID"),
            [("TR", "PK"), ("TR", "NG")],
        ),
        # A list that ends the headline: every user of the weapons got them.
        (
            "UN panel: North Korean rockets used by Hezbollah, Hamas",
            ("KP", "LB"),
            [("KP", "PS")],
        ),
        # One word, two sources of one transfer: the supplier stays open, each source listed.
        (
            "Russia buys drones from Iran and North Korea",
            (None, "RU"),
            [("IR", "RU"), ("KP", "RU")],
        ),
    ],
)
def test_every_party_of_a_listed_transfer_is_listed(
    wl: Watchlist, title: str, main: tuple[str | None, str], listed: list[tuple[str, str]]
) -> None:
    pairs = _pairs(wl, title)
    assert pairs[0] == main
    assert set(listed) <= set(pairs[1:])


@pytest.mark.parametrize(
    ("title", "text", "supplier", "recipient"),
    [
        # A dateline is a place, never a guessed party ("KYIV -" is no supplier of Russia).
        ("Drone untuk Rusia", "KYIV - Ribuan drone dikirim ke Rusia bulan lalu.", None, "RU"),
        (
            "Missiles for Russia",
            "WASHINGTON (Reuters) - The missiles were handed over to Russia, officials said.",
            None,
            "RU",
        ),
        # A buyer offering to make the seller's weapons at home: the seller supplies.
        ("Mesir Tunda Pembelian Su-35, Tawarkan Produksi Lokal ke Rusia", "", "RU", "EG"),
    ],
)
def test_direction_kinds_with_context(
    wl: Watchlist, title: str, text: str, supplier: str | None, recipient: str
) -> None:
    assert _pairs(wl, title, text)[0] == (supplier, recipient)


def test_a_seller_offering_local_production_still_supplies(wl: Watchlist) -> None:
    assert _pairs(wl, "Rusia Tawarkan Produksi Lokal Su-35 ke Mesir")[0] == ("RU", "EG")


@pytest.mark.parametrize(
    ("title", "main", "both"),
    [
        # A barter verb: the weapons' giver supplies; weapons both ways list both transfers.
        ("Rusia Tukar Gandum dengan Drone Iran", ("IR", "RU"), False),
        ("Iran Tukar Drone dengan Jet Tempur Rusia", ("IR", "RU"), True),
        ("Rusia Barter Teknologi Rudal dengan Amunisi Korut", ("RU", "KP"), True),
    ],
)
def test_a_barter_verb_names_its_parties(
    wl: Watchlist, title: str, main: tuple[str, str], both: bool
) -> None:
    pairs = _pairs(wl, title)
    assert pairs[0] == main
    assert ((main[1], main[0]) in pairs) == both


def test_a_body_named_before_its_state_is_that_states(wl: Watchlist) -> None:
    # "Kemhan" alone is Indonesia's ministry; "Kemhan Rusia" is Russia's.
    v = classify("Wagner Terima Senjata dari Kemhan Rusia", "", wl)
    assert (v.supplier, v.recipient) == ("RU", "RU")
    assert v.recipient_group and v.recipient_group.startswith("Wagner")


@pytest.mark.parametrize(
    ("title", "supplier", "recipient"),
    [
        # Arming verbs whose object is the one armed.
        ("Iran equips Russia with attack drones", "IR", "RU"),
        ("Rusia Membekali Korut dengan Sistem Pertahanan Udara", "RU", "KP"),
        ("Russia hands Iran Su-35 fighter jets", "RU", "IR"),
    ],
)
def test_arming_verbs(wl: Watchlist, title: str, supplier: str, recipient: str) -> None:
    assert _pairs(wl, title)[0] == (supplier, recipient)


def test_an_arming_verb_without_parties_is_no_alert(wl: Watchlist) -> None:
    v = classify("Drone pertanian dilengkapi kamera termal", "", wl)
    assert not v.alert


@pytest.mark.parametrize(
    ("title", "text", "supplier", "recipient"),
    [
        # A route ("through Kazakhstan") is never the destination of an arrival.
        ("Chinese parts reach Russian drone makers through Kazakhstan", "", "CN", "RU"),
        # A dateline stands for an unnamed doer's state in an active sentence.
        (
            "Kemhan Pesan Drone",
            "JAKARTA - Kementerian Pertahanan berencana membeli drone dari Turki.",
            "TR",
            "ID",
        ),
    ],
)
def test_routes_and_datelines(
    wl: Watchlist, title: str, text: str, supplier: str, recipient: str
) -> None:
    assert _pairs(wl, title, text)[0] == (supplier, recipient)


@pytest.mark.parametrize(
    ("title", "supplier", "recipient"),
    [
        # A backer of a force is no party of what the force receives.
        ("Houthi yang didukung Iran terima drone baru dari Rusia", "RU", "YE"),
        # A trailing source is no party: "US says" does not make the Houthis a US target.
        ("Houthis receive new drones, US says", None, "YE"),
        # Weapons to a party's forces in a place went to that place's party.
        ("Iran sends drones to its proxies in Iraq", "IR", "IQ"),
    ],
)
def test_backers_sources_and_proxies(
    wl: Watchlist, title: str, supplier: str | None, recipient: str
) -> None:
    assert _pairs(wl, title)[0] == (supplier, recipient)


@pytest.mark.parametrize(
    ("title", "supplier", "recipient"),
    [
        # A customer is the buyer of the possessive's weapons.
        ("Russia is Iran's biggest customer for drones", "IR", "RU"),
        # The agent named after "X's <items> supplier" supplies X.
        ("Russia's drone supplier Iran denies role", "IR", "RU"),
    ],
)
def test_agent_nouns(wl: Watchlist, title: str, supplier: str, recipient: str) -> None:
    assert _pairs(wl, title)[0] == (supplier, recipient)


def test_two_states_side_by_side_stay_parties(wl: Watchlist) -> None:
    # Only a ministry's short name is qualified by the state after it.
    assert _pairs(wl, "North Korea Russia arms deal: shells sent to Moscow")[0] == ("KP", "RU")


def test_a_national_body_is_its_state(wl: Watchlist) -> None:
    # "national" after a state's name is its institution, not a citizen of it.
    assert _pairs(wl, "Indonesia National Armed Forces buy drones from Turkey")[0] == ("TR", "ID")


@pytest.mark.parametrize(
    ("text", "word", "supplier", "recipient"),
    [
        # A di- passive written apart from its root is still a passive.
        ("Ribuan drone di kirim Iran untuk Rusia", "kirim", "IR", "RU"),
        ("Rudal di terima Rusia dari Korut", "terima", "KP", "RU"),
        # A common misspelling of memasokkan.
        ("Iran memasokan drone ke Rusia", "memasokan", "IR", "RU"),
    ],
)
def test_misspelt_verbs(wl: Watchlist, text: str, word: str, supplier: str, recipient: str) -> None:
    hits = wl.matcher.find(text, "text")
    roles = Clause(text, 0, len(text), hits).roles(next(h for h in hits if h.text == word))
    assert (roles.supplier, roles.recipient) == (supplier, recipient)
