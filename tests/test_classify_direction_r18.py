"""Round 18 direction cases, found by renaming the parties of stories the filter already read
right the way outlets do (a government or a front line standing for the state, an epithet);
each with a quiet twin the rule must leave alone."""

from __future__ import annotations

from conftest import alert_pair, transfer_pair
from pantau.filter.classify import classify
from pantau.filter.watchlist import Watchlist


def test_government_or_front_before_the_state_is_its_stand_in(wl: Watchlist) -> None:
    """ "ke pemerintahan Putin", "ke garis depan Rusia": the head leaves the 'ke' to the state."""
    assert alert_pair(wl, "Belarus Kirim Mortir ke pemerintahan Putin, Ujar Oposisi Minsk") == (
        "BY",
        "RU",
    )
    assert alert_pair(wl, "Korut Salurkan Roket ke garis depan Rusia, Menurut Analis Korsel") == (
        "KP",
        "RU",
    )
    assert alert_pair(wl, "Iran Pasok Drone ke wilayah pendudukan Rusia, Kata Pejabat Kyiv") == (
        "IR",
        "RU",
    )


def test_front_of_a_state_at_peace_with_its_supplier_stays_no_alert(wl: Watchlist) -> None:
    """Quiet twin: the same head before a state the watch does not cover raises nothing."""
    title = "Polandia Kirim Mortir ke garis depan Ukraina, Ujar Pejabat Rusia"
    assert transfer_pair(wl, title) == ("PL", "UA")


def test_stand_in_word_does_not_reach_across_a_comma(wl: Watchlist) -> None:
    """ "ke pasukan Rusia di garis depan, Iran ...": a comma ends the place; Iran opens a clause."""
    title = "Pasok Rudal ke pasukan Rusia di garis depan, Iran Minta Bayaran Gandum"
    assert alert_pair(wl, title) == ("IR", "RU")


def test_stand_in_word_without_a_comma_still_governs(wl: Watchlist) -> None:
    """Quiet twin: with no comma the place words still lead to the state after them."""
    assert alert_pair(wl, "Iran Pasok Rudal ke garis depan Rusia di Zaporizhzhia") == ("IR", "RU")


def test_clerical_regime_names_iran(wl: Watchlist) -> None:
    """ "rezim para mullah", "the clerical regime": the state by its clerics' rule."""
    assert alert_pair(wl, "Rezim Para Mullah Kirim Suku Cadang Rudal ke Moskow") == ("IR", "RU")
    assert alert_pair(wl, "The clerical regime shipped drones to Moscow, diplomats say") == (
        "IR",
        "RU",
    )


def test_clerics_without_the_regime_name_no_party(wl: Watchlist) -> None:
    """Quiet twin: clerics as people ("para mullah") name no state."""
    assert not classify("Para Mullah Gelar Doa Bersama untuk Korban Gempa", "", wl).alert


def test_headline_ally_is_the_party_the_body_names_most(wl: Watchlist) -> None:
    """ "ke Sekutunya", "from its ally": the body names the one partner, with no transfer word."""
    body = (
        "Citra satelit menunjukkan gerbong berpenutup terpal melintasi jembatan Tumen. Analis "
        "di London menilai Rusia kini bergantung pada pabrik-pabrik Korea Utara."
    )
    assert alert_pair(wl, "Korut Kirim Rudal Jelajah ke Sekutunya", body) == ("KP", "RU")
    body = (
        "Satellite images show flatcars crossing the Tumen bridge. Analysts say Russia now "
        "leans on North Korean factories for artillery."
    )
    assert alert_pair(wl, "Pyongyang ships howitzers to its closest ally", body) == ("KP", "RU")
    body = (
        "Militer Israel menyebut roket itu dirakit di pabrik Garda Revolusi Iran sebelum "
        "diangkut lewat jalur darat."
    )
    assert alert_pair(wl, "Hizbullah Terima Roket Presisi dari Sekutunya", body) == ("IR", "LB")


def test_headline_ally_stays_open_when_the_body_names_two_alike(wl: Watchlist) -> None:
    """Quiet twin: two partners named as often, or an ally that is no single one, stay open."""
    body = "Analis menyebut Rusia dan Iran sama-sama membutuhkan amunisi."
    assert alert_pair(wl, "Korut Kirim Rudal ke Sekutunya", body) == ("KP", None)
    body = "Paris menyebut pengiriman dimulai bulan depan. Ukraina menyambut baik. Rusia mengecam."
    assert not classify("Prancis Kirim Rudal ke Sekutunya", body, wl).alert
    body = "Analis menyebut Rusia membutuhkan amunisi."
    assert alert_pair(wl, "Korut Kirim Rudal ke Sekutu Barunya di Afrika", body) == ("KP", None)


def test_store_named_by_its_goods_belongs_to_the_state_after_it(wl: Watchlist) -> None:
    """ "ke gudang senjata Rusia", "untuk unit artileri Rusia": the store's or unit's owner."""
    title = "Iran Kirim Rudal ke stok amunisi Rusia, Ungkap Intelijen Ukraina"
    assert alert_pair(wl, title) == ("IR", "RU")
    title = "Belarus Pasok Mortir ke depot amunisi Rusia di Bryansk"
    assert alert_pair(wl, title) == ("BY", "RU")
    title = "Rusia Beli Peluru dari gudang senjata Korut, Kata Intelijen Korsel"
    assert alert_pair(wl, title) == ("KP", "RU")
    title = "Intelijen Korsel: Iran Sudah Kirim Jutaan Peluru untuk unit artileri Rusia"
    assert alert_pair(wl, title) == ("IR", "RU")


def test_goods_named_by_their_maker_without_a_store_keep_the_maker(wl: Watchlist) -> None:
    """Quiet twin: "Senjata Rusia" with no store noun before it is still Russian-made goods."""
    assert alert_pair(wl, "Korut Jual Senjata Rusia ke Iran, Kata Analis") == ("KP", "IR")
    assert transfer_pair(wl, "AS Kirim Peluru ke unit artileri Ukraina") == ("US", "UA")
    assert not classify("AS Kirim Peluru ke unit artileri Ukraina", "", wl).alert


def test_war_machine_before_a_state_is_its_stand_in(wl: Watchlist) -> None:
    """ "ke mesin perang Moskow": the war effort's 'ke' reaches the state that wages it."""
    title = "Belarus Kirim Mortir ke mesin perang Moskow, Kata Oposisi Minsk"
    assert alert_pair(wl, title) == ("BY", "RU")
    title = "Iran Pasok Rudal ke mesin perang Rusia, Ungkap Intelijen Barat"
    assert alert_pair(wl, title) == ("IR", "RU")


def test_war_effort_of_a_state_at_peace_with_its_supplier_stays_no_alert(wl: Watchlist) -> None:
    """Quiet twin: the same words before a state the watch does not cover raise nothing."""
    title = "Polandia Kirim Mortir ke upaya perang Ukraina, Kata Pejabat Rusia"
    assert transfer_pair(wl, title) == ("PL", "UA")
    assert not classify(title, "", wl).alert


def test_demonym_with_its_government_is_the_agent_nouns_subject(wl: Watchlist) -> None:
    """ "The Russian government has been one of ...'s main arms suppliers": the head noun
    after a demonym is the state itself, not a word between the subject and its copula."""
    body = (
        "Rights groups say at least four arrived by sea. The Russian government has been one of "
        "the junta's main arms suppliers since the coup, alongside China."
    )
    assert alert_pair(wl, "Myanmar junta inducts Russian-built gunships", body) == ("RU", "MM")


def test_demonym_before_a_person_noun_is_no_such_subject(wl: Watchlist) -> None:
    """Quiet twin: "Russian envoys" are people; the copula's subject stays unread."""
    body = (
        "Rights groups say at least four arrived by sea. Russian envoys have been among the "
        "junta's main arms suppliers since the coup, alongside China."
    )
    assert transfer_pair(wl, "Myanmar junta inducts Russian-built gunships", body) == (None, None)


def test_plural_possessive_before_an_agent_noun_is_the_customer(wl: Watchlist) -> None:
    """ "the Houthis' chief arms supplier": a plural's bare apostrophe marks the customer too."""
    title = "Tehran remains the Houthis' chief arms supplier, UN experts find"
    assert alert_pair(wl, title) == ("IR", "YE")
    assert alert_pair(wl, "Iran is the Houthis' main weapons supplier") == ("IR", "YE")


def test_closing_quote_after_a_plural_is_no_possessive(wl: Watchlist) -> None:
    """Quiet twin: a quote closing on "Houthis'" leaves the supplier the subject."""
    title = "UN experts: 'Iran remains the main weapons supplier of the Houthis'"
    assert alert_pair(wl, title) == ("IR", "YE")


def test_headline_patron_is_the_party_the_body_names(wl: Watchlist) -> None:
    """ "dari Penyokongnya", "from its patron": an armed group's patron, named in the body."""
    body = "Garda Revolusi Iran disebut mengawasi unit rudal kelompok itu."
    assert alert_pair(wl, "Houthi Terima Rudal Antikapal dari Penyokongnya", body) == ("IR", "YE")
    body = "Iran's Revolutionary Guards oversee the militia's drone unit, officials said."
    title = "Iraqi militia receives attack drones from its patron"
    assert alert_pair(wl, title, body) == ("IR", "IQ")


def test_headline_patron_stays_open_beside_its_enemies_only(wl: Watchlist) -> None:
    """Quiet twin: a body naming only the group's enemies, or a patron left unowned, fills none."""
    body = "Militer Israel dan pejabat Amerika Serikat menyebut rudal itu mengancam kapal dagang."
    title = "Houthi Terima Rudal Antikapal dari Penyokongnya"
    assert transfer_pair(wl, title, body) == (None, "YE")
    body = "Garda Revolusi Iran disebut mengawasi unit rudal kelompok itu."
    title = "Houthi Terima Rudal Antikapal dari Penyokong Asing"
    assert transfer_pair(wl, title, body) == (None, "YE")


def test_the_state_pointed_back_to_is_the_sentence_befores_subject(wl: Watchlist) -> None:
    """ "Negara itu disebut mengirim ...", "The country sent ...": the doer is the state the
    sentence before was about."""
    body = (
        "Teheran kembali menjadi sorotan. Negara itu disebut mengirim 300 drone serang ke "
        "Moskow pekan lalu."
    )
    assert alert_pair(wl, "Kiriman Baru Tiba", body) == ("IR", "RU")
    body = (
        "Pyongyang is again under scrutiny. The country sent 300 attack drones to Russia last "
        "week, officials said."
    )
    assert alert_pair(wl, "New shipment reaches port", body) == ("KP", "RU")


def test_the_state_with_no_party_before_stays_open(wl: Watchlist) -> None:
    """Quiet twin: a sentence before that names no state leaves "negara itu" unread."""
    body = (
        "Kapal kargo kembali terlihat di Laut Kaspia. Negara itu disebut mengirim 300 drone "
        "serang ke Moskow pekan lalu."
    )
    assert alert_pair(wl, "Kiriman Baru Tiba", body) == (None, "RU")


def test_source_opened_by_menurut_is_no_subject_past_its_nouns(wl: Watchlist) -> None:
    """ "Menurut intelijen Ukraina, negara tersebut ...": the source, its nouns between, is
    no party, so the state pointed back to is the doer."""
    body = (
        "Pyongyang kembali menjadi sorotan. Menurut intelijen Ukraina, negara tersebut telah "
        "memasok rudal balistik kepada Moskow."
    )
    assert alert_pair(wl, "Kiriman Baru Tiba", body) == ("KP", "RU")


def test_source_credited_by_kata_keeps_its_state(wl: Watchlist) -> None:
    """Quiet twin: "Ujar Koresponden Perang Rusia" after an arrival may credit the goods' taker."""
    title = "Roket dari Korut Tiba di Front Luhansk, Ujar Koresponden Perang Rusia"
    assert alert_pair(wl, title) == ("KP", "RU")
