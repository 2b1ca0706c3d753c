"""Round 18 (dir19) direction cases in articles and feed items, found by rewriting the story
structure of tuning stories the filter read right; each with a quiet twin the rule must leave
alone."""

from __future__ import annotations

from conftest import alert_pair, transfer_pair
from pantau.filter.classify import classify
from pantau.filter.watchlist import Watchlist


def test_suppliers_joined_by_as_well_as_or_along_with_leave_the_supplier_open(
    wl: Watchlist,
) -> None:
    """ "Tehran as well as Minsk", "Iran along with China", "Pyongyang beserta Minsk": a run of
    givers joined by a phrase, not only by 'and', is several suppliers at once."""
    assert alert_pair(
        wl, "Moscow restocks", "Tehran as well as Minsk sent drones to Moscow, envoys say."
    ) == (None, "RU")
    assert alert_pair(
        wl, "Moscow restocks", "Pyongyang along with Tehran shipped howitzer rounds to Russia."
    ) == (None, "RU")
    assert alert_pair(
        wl, "Moscow restocks", "North Korea, together with Iran, delivered rockets to Russia."
    ) == (None, "RU")
    assert alert_pair(
        wl, "Rusia Menimbun", "Teheran beserta Pyongyang memasok rudal jelajah kepada Moskow."
    ) == (None, "RU")


def test_as_well_as_after_the_recipient_keeps_the_supplier(wl: Watchlist) -> None:
    """Quiet twin: the phrase joining recipients, or a partner on the receiving side, leaves
    the one supplier named."""
    assert alert_pair(
        wl, "Moscow restocks", "Tehran sent drones to Moscow as well as Minsk, envoys say."
    ) == ("IR", "RU")
    assert alert_pair(
        wl, "Moscow restocks", "Russia, along with Belarus, got howitzer rounds from Pyongyang."
    ) == ("KP", "RU")


def test_a_list_closed_by_and_others_is_several_suppliers(wl: Watchlist) -> None:
    """ "Iran, Belarus and others", "Korut, Iran, dan negara lain": a comma list the writer
    closes with 'and others' names several givers, though no 'and' sits inside it."""
    assert alert_pair(
        wl, "Moscow's arsenal", "Iran, Belarus and others have shipped glide bombs to Russia."
    ) == (None, "RU")
    assert alert_pair(
        wl, "Arsenal Moskow", "Korut, Iran, dan negara lain mengirim rudal balistik ke Rusia."
    ) == (None, "RU")
    assert alert_pair(
        wl, "Arsenal Moskow", "Korut, Iran, dan negara-negara lain memasok amunisi kepada Rusia."
    ) == (None, "RU")


def test_others_closing_a_recipient_list_keep_the_supplier(wl: Watchlist) -> None:
    """Quiet twin: 'and others' closing the receiving side's list leaves the giver named."""
    assert alert_pair(
        wl, "Arsenal Moskow", "Korut mengirim rudal balistik ke Rusia, Suriah, dan negara lain."
    ) == ("KP", "RU")
    assert alert_pair(
        wl, "Moscow's arsenal", "Iran has shipped glide bombs to Russia, Syria and others."
    ) == ("IR", "RU")


def test_a_bloc_giving_leaves_the_supplier_open_though_the_goods_maker_is_known(
    wl: Watchlist,
) -> None:
    """ "dari mitra Eropa", "NATO allies delivered", "dikirim negara-negara Barat": a group of
    states gives, so the goods' maker is no guess for the supplier."""
    assert transfer_pair(wl, "Kyiv Terima Baterai Patriot dari Sekutu NATO") == (None, "UA")
    assert transfer_pair(wl, "Negara-negara Eropa Pasok Rudal HIMARS ke Ukraina") == (None, "UA")
    assert transfer_pair(
        wl, "Kyiv bolsters air defence", "Ukraine got NASAMS launchers from Western partners."
    ) == (None, "UA")
    assert transfer_pair(
        wl, "Kyiv bolsters air defence", "Gulf states have delivered Patriot systems to Kyiv."
    ) == (None, "UA")


def test_a_state_named_beside_the_bloc_keeps_its_goods_maker(wl: Watchlist) -> None:
    """Quiet twin: one state giving, a bloc only as a route or the state's own allies, keeps
    the named giver or the maker's guess."""
    assert transfer_pair(wl, "Kyiv Terima Baterai Patriot dari Norwegia") == ("NO", "UA")
    assert transfer_pair(
        wl, "Kyiv bolsters air defence", "Ukraine got NASAMS launchers via Western partners."
    ) == ("US", "UA")
    assert transfer_pair(
        wl, "Kyiv bolsters air defence", "Ukraine got NASAMS launchers from Norway."
    ) == ("NO", "UA")


def test_a_state_name_ending_in_a_labour_word_makes_no_workers_of_the_next_party(
    wl: Watchlist,
) -> None:
    """ "Amerika Serikat menuding Iran ...", "Federasi Rusia menuduh Iran ...": 'serikat' and
    'federasi' inside a state's own name are no union, so the accused party after the verb is
    no workers' group but the doer of the transfer."""
    assert alert_pair(
        wl, "Laporan Intelijen", "Amerika Serikat menuding Iran mengirim rudal balistik ke Rusia."
    ) == ("IR", "RU")
    assert alert_pair(
        wl, "Laporan Intelijen", "Federasi Rusia menuduh Iran memasok roket kepada Houthi."
    ) == ("IR", "YE")


def test_a_union_before_a_state_still_names_its_workers(wl: Watchlist) -> None:
    """Quiet twin: a union or workers written before the state are the state's people."""
    v = classify("Serikat Pekerja Pelabuhan Yunani Tolak Bongkar Senjata untuk Israel", "", wl)
    assert not v.alert
    assert alert_pair(
        wl, "Laporan Intelijen", "Korea Selatan menuding Korea Utara mengirim roket ke Rusia."
    ) == ("KP", "RU")


def test_a_passive_saying_word_raises_its_subject_as_the_doer(wl: Watchlist) -> None:
    """ "Belarus is said to have sent", "Pyongyang was accused of shipping": a saying word after
    'is'/'was' and before 'to'/'of' reports its subject's own deed, no speaker's clause."""
    assert alert_pair(
        wl, "Shells for Moscow", "Pyongyang was accused of shipping rockets to Russia."
    ) == ("KP", "RU")
    assert alert_pair(
        wl, "Moscow restocks", "Tehran is widely said to have sent glide bombs to Moscow."
    ) == ("IR", "RU")
    assert alert_pair(
        wl, "Moscow restocks", "Iran is reported to have shipped ballistic missiles to Russia."
    ) == ("IR", "RU")


def test_an_active_saying_word_still_closes_the_speakers_clause(wl: Watchlist) -> None:
    """Quiet twin: the speaker of an active saying word is no doer of the transfer after it."""
    assert alert_pair(
        wl, "Moscow restocks", "Tehran said Pyongyang had shipped glide bombs to Moscow."
    ) == ("KP", "RU")
    assert alert_pair(
        wl, "Moscow restocks", "Tehran is said to fear that Pyongyang shipped rockets to Moscow."
    ) == ("KP", "RU")


def test_a_we_quote_in_the_body_credits_its_speakers_state_as_the_doer(wl: Watchlist) -> None:
    """ "'Kami menerima rudal dari Korut,' kata pejabat Rusia", "'We shipped rockets to Russia,'
    a North Korean general said": the quote's "we" is the credited state, the giver of a giving
    word and the taker of a getting one."""
    assert alert_pair(
        wl, "Latihan Gabungan Digelar", '"Kami menerima rudal dari Korut," kata pejabat Rusia.'
    ) == ("KP", "RU")
    assert alert_pair(
        wl, "Joint drills held", '"We shipped rockets to Russia," a North Korean general said.'
    ) == ("KP", "RU")
    assert alert_pair(
        wl, "Joint drills held", '"We bought glide bombs from Tehran," Moscow said on Friday.'
    ) == ("IR", "RU")


def test_a_quote_naming_its_own_subject_keeps_it(wl: Watchlist) -> None:
    """Quiet twin: a quote whose subject is named inside it, or a speaker of no state, adds
    no party."""
    assert alert_pair(
        wl,
        "Joint drills held",
        '"We think Iran shipped rockets to Russia," a Ukrainian general said.',
    ) == ("IR", "RU")
    v = classify(
        "Latihan Gabungan Digelar", '"Kami menerima rudal dari Korut," kata seorang analis.', wl
    )
    assert (v.supplier, v.recipient) != ("KP", "RU")


def test_both_sides_of_baik_maupun_are_several_suppliers(wl: Watchlist) -> None:
    """ "Baik Iran maupun Korut memasok ...": 'maupun' joins two givers as 'dan' does."""
    assert alert_pair(
        wl, "Arsenal Moskow", "Baik Teheran maupun Pyongyang mengirim rudal ke Rusia."
    ) == (None, "RU")


def test_baik_maupun_on_the_receiving_side_keeps_the_giver(wl: Watchlist) -> None:
    """Quiet twin: 'baik kepada X maupun Y' lists takers; the one giver stays named."""
    assert alert_pair(
        wl, "Arsenal Moskow", "Pyongyang mengirim rudal baik ke Rusia maupun ke Suriah."
    ) == ("KP", "RU")


def test_the_broker_of_talks_is_no_giver(wl: Watchlist) -> None:
    """ "In talks brokered by Qatar, Iran agreed to send ...", "yang ditengahi oleh Turki": the
    agent of a brokering word before the transfer word is no party to it."""
    assert alert_pair(
        wl, "Talks end", "In talks hosted by Qatar, Tehran agreed to ship rockets to Moscow."
    ) == ("IR", "RU")
    assert alert_pair(
        wl,
        "Perundingan Usai",
        "Dalam perundingan yang ditengahi oleh Turki, Korut sepakat mengirim roket ke Rusia.",
    ) == ("KP", "RU")


def test_the_agent_of_the_transfer_word_itself_still_gives(wl: Watchlist) -> None:
    """Quiet twin: the 'by' agent of the giving word, or of a making word, stays the giver."""
    assert alert_pair(wl, "Talks end", "Rockets were shipped by Tehran to Moscow.") == ("IR", "RU")
    assert alert_pair(
        wl, "Talks end", "Rockets built by Pyongyang were shipped to Moscow in May."
    ) == ("KP", "RU")


def test_a_procurement_networks_owner_buys_and_its_site_sells(wl: Watchlist) -> None:
    """ "Jaringan Pengadaan Rudal Rusia di Turki", "Moscow's missile procurement network in
    China": the network's own party gets the goods, the place it works in supplies them."""
    assert transfer_pair(wl, "Inggris Sanksi Jaringan Pengadaan Rudal Rusia di Turki") == (
        "TR",
        "RU",
    )
    assert transfer_pair(wl, "EU targets Moscow's missile procurement network in China") == (
        "CN",
        "RU",
    )


def test_a_network_with_no_owner_or_a_plain_purchase_keeps_its_reading(wl: Watchlist) -> None:
    """Quiet twin: a purchase with no network word, or a network no party owns, is unchanged."""
    assert transfer_pair(wl, "Pengadaan Rudal Rusia dari Turki Terungkap") == ("TR", "RU")
    v = classify(
        "Rudal Korut Jatuh di Kharkiv",
        "Chip buatan perusahaan Jepang diduga diperoleh melalui jaringan pengadaan gelap.",
        wl,
    )
    assert v.recipient != "JP"


def test_plural_suppliers_of_a_named_customer_leave_the_supplier_open(wl: Watchlist) -> None:
    """ "Report maps Moscow's weapons suppliers", "Para Pemasok Senjata Rusia": givers told in the
    plural, none named in the headline, are several; a body naming one gives no single supplier."""
    body = "Pyongyang shipped rockets to Russia in March, the study found."
    assert alert_pair(wl, "Study maps Moscow's weapons suppliers", body) == (None, "RU")
    body_id = "Korut mengirim roket ke Rusia pada Maret, menurut kajian itu."
    assert alert_pair(wl, "Kajian Petakan Para Pemasok Senjata Rusia", body_id) == (None, "RU")


def test_one_supplier_or_a_named_one_among_many_keeps_it(wl: Watchlist) -> None:
    """Quiet twin: a singular supplier noun, or a state named among the suppliers, stays."""
    body = "Pyongyang shipped rockets to Russia in March, the study found."
    assert alert_pair(wl, "Study names Moscow's top weapons supplier", body) == ("KP", "RU")
    assert alert_pair(wl, "Pyongyang among Moscow's weapons suppliers", body) == ("KP", "RU")


def test_a_giver_joined_to_unnamed_others_is_several_suppliers(wl: Watchlist) -> None:
    """ "Pyongyang and other states", "Korut dan sejumlah negara lain", "several countries":
    the giving side is more than the one state named, so the supplier stays open."""
    assert alert_pair(
        wl, "Moscow restocks", "Pyongyang and other states have shipped rockets to Moscow."
    ) == (None, "RU")
    assert alert_pair(
        wl, "Rusia Menimbun", "Rusia menerima roket dari Korut dan sejumlah negara lain."
    ) == (None, "RU")
    assert alert_pair(
        wl, "Moscow restocks", "Several countries have shipped Shahed drones to Moscow."
    ) == (None, "RU")


def test_unnamed_others_among_the_takers_keep_the_giver(wl: Watchlist) -> None:
    """Quiet twin: 'and other countries' after the recipient lists takers, not givers."""
    assert alert_pair(
        wl, "Moscow restocks", "Pyongyang has shipped rockets to Moscow and other states."
    ) == ("KP", "RU")
    assert alert_pair(
        wl, "Rusia Menimbun", "Korut mengirim roket ke Rusia dan sejumlah negara lain."
    ) == ("KP", "RU")


def test_his_country_is_the_credited_speakers_state(wl: Watchlist) -> None:
    """ "kata pejabat Rusia setelah Korut mengirim roket ke negaranya", "to his country, a
    Russian general said": the goal told as the speaker's own country is the speaker's state."""
    assert alert_pair(
        wl,
        "Moskow Puji Pyongyang",
        '"Sahabat sejati," kata pejabat Rusia setelah Korut mengirim roket ke negaranya.',
    ) == ("KP", "RU")
    assert alert_pair(
        wl,
        "Moscow praises Pyongyang",
        "Pyongyang shipped rockets to his country, a Russian general said.",
    ) == ("KP", "RU")


def test_the_subjects_own_country_or_a_named_goal_is_no_speakers(wl: Watchlist) -> None:
    """Quiet twin: 'negaranya sendiri' is the subject's own country; a named goal stays."""
    v = classify(
        "Korut Kirim Roket", "Korut mengirim roket ke negaranya sendiri, kata pejabat Rusia.", wl
    )
    assert v.recipient != "RU"
    assert alert_pair(
        wl,
        "Moscow praises Pyongyang",
        "Pyongyang shipped rockets to Belarus, a Russian general said.",
    ) == ("KP", "BY")


def test_a_modal_before_bare_ship_makes_it_the_giving_verb(wl: Watchlist) -> None:
    """ "under which Pyongyang will ship rockets to Moscow", "could ship": after a modal the
    bare word is the verb, not the vessel."""
    assert alert_pair(
        wl,
        "Moscow and Pyongyang sign pact",
        "The pact under which Pyongyang will ship rockets to Moscow takes effect in May.",
    ) == ("KP", "RU")
    assert alert_pair(
        wl, "Pyongyang's offer", "Pyongyang could ship more rockets to Russia, Seoul warns."
    ) == ("KP", "RU")


def test_a_modal_before_a_ship_with_no_weapons_stays_quiet(wl: Watchlist) -> None:
    """Quiet twin: the weak entry still needs weapons and both parties."""
    assert not classify("Pyongyang will ship coal to China", "", wl).alert
    assert not classify("Pyongyang's navy will ship sailors to the drills", "", wl).alert
