"""The tenth round's stance: what the rest of the story says of a transfer (story_stance.py)."""

from __future__ import annotations

import pytest

from pantau.filter.classify import classify
from pantau.filter.watchlist import Watchlist


def main_stance(wl: Watchlist, title: str, text: str = "") -> str:
    """The stance of the story's main transfer (the story must tell of one)."""
    v = classify(title, text, wl)
    assert v.arms_supply and v.transfers, v
    return v.transfers[0].stance


# A question headline, then its answer.
DENIED_ANSWERS = [
    # The answer in the headline's second part, which has no transfer word of its own.
    ("Korut Jual Peluru ke Rusia? Ini Bantahan Pyongyang", ""),
    ("Iran Pasok Rudal ke Rusia? Teheran: Itu Fitnah", ""),
    # The answer in the lead, by the receiving party.
    (
        "Rusia Kirim Jet Tempur ke Myanmar?",
        "Junta Myanmar membantah laporan bahwa Moskow mengirim jet tempur baru. Juru bicara "
        "junta menyebut kabar itu tidak berdasar.",
    ),
]


@pytest.mark.parametrize(("title", "text"), DENIED_ANSWERS)
def test_a_question_headline_answered_by_a_party_s_denial_is_denied(
    wl: Watchlist, title: str, text: str
) -> None:
    assert main_stance(wl, title, text) == "denied"


def test_the_question_alone_stays_a_claim(wl: Watchlist) -> None:
    assert main_stance(wl, "Korut Jual Peluru ke Rusia?") == "claimed"
    lead = "Sejumlah media regional melaporkan pengiriman itu sejak awal tahun."
    assert main_stance(wl, "Korut Jual Peluru ke Rusia?", lead) == "claimed"


def test_a_denial_by_no_party_leaves_the_question_a_claim(wl: Watchlist) -> None:
    # Egypt, named first in the answer, is no party to Iran's supply of Hamas.
    title = "Iran Selundupkan Roket ke Hamas? Mesir Bantah Ada Terowongan"
    assert main_stance(wl, title) == "claimed"


def test_a_denial_deep_in_the_story_does_not_answer_the_question(wl: Watchlist) -> None:
    title = "Iran Pasok Drone ke Sudan?"
    text = (
        "Citra satelit menunjukkan drone baru di pangkalan udara militer Sudan. "
        "Para analis menilai drone itu berasal dari Iran. "
        "Teheran membantah mengirim drone."
    )
    assert main_stance(wl, title, text) == "claimed"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Houthi Dapat Rudal dari Iran, Kata Pejabat AS",
            "Pejabat AS menyebut Iran terus memasok rudal kepada Houthi. Bulan lalu, kapal perang "
            "AS mencegat sebuah kapal kayu yang membawa komponen rudal di Laut Arab.",
        ),
        (
            "Israel accuses Iran of arming militants in the West Bank",
            "Israeli police said they had foiled an attempt to smuggle Iranian pistols and "
            "explosives into the West Bank for Palestinian Islamic Jihad.",
        ),
        ("Yordania Gagalkan Penyelundupan Senapan Iran untuk Hamas", ""),
    ],
)
def test_a_shipment_stopped_on_its_way_is_intercepted(wl: Watchlist, title: str, text: str) -> None:
    assert main_stance(wl, title, text) == "intercepted"


@pytest.mark.parametrize(
    "text",
    [
        # Weapons found in a depot or a tunnel had arrived: evidence of the supply.
        "Pejabat Israel menyebut roket antitank yang disita dari terowongan Hizbullah dibuat "
        "di Iran.",
        # A seizure that did not happen.
        "Karena Laut Kaspia tertutup, kapal-kapal Barat tidak dapat mencegat kapal pengangkut "
        "rudal itu.",
    ],
)
def test_weapons_seized_after_arriving_or_never_seized_are_no_interception(
    wl: Watchlist, text: str
) -> None:
    title = "Hizbullah Dapat Rudal dari Iran, Klaim Israel"
    assert main_stance(wl, title, text) == "claimed"


@pytest.mark.parametrize(
    "text",
    [
        "Badan intelijen Korsel menyebut Moskow mengirim radar dan rudal antipesawat ke "
        "Pyongyang bulan lalu.",
        "Ukraine's military intelligence said the air defence systems reached Pyongyang by rail.",
        "Seoul accused Moscow of shipping air defence missiles to Pyongyang in return for troops.",
        # The source named in the second sentence, as a lead's paragraph often does.
        "Rudal itu tiba di Pyongyang dengan kereta pekan lalu. Hal itu diungkap badan intelijen "
        "Korsel, menurut kantor berita Yonhap.",
    ],
)
def test_a_plain_headline_over_a_lead_of_intelligence_or_accusation_is_claimed(
    wl: Watchlist, text: str
) -> None:
    title = "Rusia Kirim Rudal Antipesawat ke Korut"
    assert main_stance(wl, title) == "reported"
    assert main_stance(wl, title, text) == "claimed"


@pytest.mark.parametrize(
    "text",
    [
        # A party's own ministry tells it.
        "Kementerian Pertahanan Korea Utara mengumumkan penerimaan rudal antipesawat dari Rusia.",
        # Intelligence named, but telling nothing: no saying word.
        "Pengiriman itu terjadi setelah kunjungan kepala intelijen Rusia ke Pyongyang.",
        # Intelligence tells it, but only after the story's first two sentences.
        "Rudal itu tiba di Pyongyang dengan kereta. Pengiriman dilakukan malam hari. "
        "Intelijen Korsel menyebut jumlahnya puluhan.",
    ],
)
def test_a_lead_with_no_intelligence_telling_it_keeps_the_headline_reported(
    wl: Watchlist, text: str
) -> None:
    assert main_stance(wl, "Rusia Kirim Rudal Antipesawat ke Korut", text) == "reported"


def test_the_story_s_reading_does_not_override_a_plan_or_an_offer(wl: Watchlist) -> None:
    lead = "Badan intelijen Korsel menyebut rencana itu dibahas dalam kunjungan pekan lalu."
    assert main_stance(wl, "Rusia Akan Kirim Rudal Antipesawat ke Korut", lead) == "planned"
    assert main_stance(wl, "Rusia Tawarkan Rudal Antipesawat kepada Korut", lead) == "offered"


def test_every_transfer_of_the_story_is_revised(wl: Watchlist) -> None:
    title = "Iran Kirim Drone ke Rusia, Korut Kirim Peluru ke Rusia"
    text = "Intelijen Ukraina menyebut kedua pengiriman tiba bulan lalu."
    told = {(t.supplier, t.recipient): t.stance for t in classify(title, text, wl).transfers}
    assert set(told.values()) == {"claimed"}
    assert len(told) >= 2


@pytest.mark.parametrize(
    ("title", "stance"),
    [
        # Customs, police or a navy holding a cargo stop it, as a seizure does.
        ("Bea Cukai Finlandia Tahan Kiriman Komponen Drone ke Rusia", "intercepted"),
        ("Polish customs detains shipment of drone engines bound for Russia", "intercepted"),
    ],
)
def test_a_holding_verb_seizes_only_for_customs_police_or_a_navy(
    wl: Watchlist, title: str, stance: str
) -> None:
    assert main_stance(wl, title) == stance
    # A party holding back its own shipment stops nothing on its way.
    assert main_stance(wl, "AS Tahan Pengiriman Bom ke Israel") != "intercepted"


def test_diplomats_telling_it_are_a_third_party(wl: Watchlist) -> None:
    title = "Iran sending attack drones to Sudan's army, Western diplomats say"
    assert main_stance(wl, title) == "claimed"


@pytest.mark.parametrize(
    "title",
    [
        "Rusia Tawari Indonesia Jet Tempur Su-57",  # the '-i' form: the buyer as object
        "Indonesia Ditawari Su-57 oleh Rusia",  # its passive: the buyer as subject
        "Russia pitches Su-35 jets to Malaysia",
        "Russia proposes selling Su-35 jets to Malaysia",
    ],
)
def test_an_offer_told_by_other_verbs_is_offered(wl: Watchlist, title: str) -> None:
    assert main_stance(wl, title) == "offered"


@pytest.mark.parametrize(
    "title",
    ["Indonesia dan Rusia Bahas Pembelian Jet Su-35", "Iran, Russia discuss sale of Su-35 jets"],
)
def test_talks_about_a_sale_plan_it(wl: Watchlist, title: str) -> None:
    assert main_stance(wl, title) == "planned"


@pytest.mark.parametrize(
    ("title", "stance"),
    [
        ("Pyongyang dismisses reports it sold shells to Moscow", "denied"),  # a rebuttal verb
        ("Kremlin: Tidak Ada Senjata Korut yang Dikirim ke Rusia", "denied"),  # 'there are no'
        ("Rusia Segera Kirim Su-35 ke Iran", "planned"),  # 'soon' before the verb: about to
        ("Iran Tunda Pengiriman Rudal ke Rusia", "planned"),  # a delivery put off
        ("Akan Ada Pengiriman Rudal Iran ke Rusia", "planned"),  # 'there will be'
    ],
)
def test_headline_words_for_denials_and_plans(wl: Watchlist, title: str, stance: str) -> None:
    assert main_stance(wl, title) == stance


def test_soon_after_the_verb_plans_nothing(wl: Watchlist) -> None:
    text = "Iran mengirim drone ke Rusia segera setelah perang dimulai."
    assert main_stance(wl, "", text) == "reported"


@pytest.mark.parametrize(
    ("title", "stance"),
    [
        ("Iran thought to have sent missiles to Russia", "claimed"),  # a hedge
        ("Iran poised to send missiles to Russia", "planned"),
        ("Iran Bersiap Kirim Rudal ke Rusia", "planned"),
        ("Iran Persiapkan Pengiriman Rudal ke Rusia", "planned"),
        ("Rusia Setuju Pasok S-400 ke India", "planned"),  # agreed, not yet delivered
        ("Iran mulls selling Su-35 jets to Algeria", "planned"),
        ("Iran Bersedia Pasok Drone ke Bolivia", "offered"),  # willing: an offer
        ("Iran willing to supply drones to Bolivia", "offered"),
    ],
)
def test_hedges_preparations_agreements_and_willingness(
    wl: Watchlist, title: str, stance: str
) -> None:
    assert main_stance(wl, title) == stance


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Seoul's spy agency says Russia sent air defence systems to North Korea", ""),
        (
            "Russia sends air defence systems to North Korea",
            "Russia has sent air defence systems to North Korea, South Korea's spy agency said.",
        ),
        ("NIS: Rusia Kirim Sistem Pertahanan Udara ke Korut", ""),
    ],
)
def test_a_spy_agency_is_intelligence(wl: Watchlist, title: str, text: str) -> None:
    assert main_stance(wl, title, text) == "claimed"


@pytest.mark.parametrize(
    ("title", "stance"),
    [
        ("Iran refutes reports it sent drones to Russia", "denied"),
        ('North Korea says reports of arms sales to Russia are "absurd"', "denied"),
        ("Korut: Laporan Jual Senjata ke Rusia Omong Kosong", "denied"),
        ("Iran rebuffs claims of missile shipments to Russia", "denied"),
        ("Minsk rules out sending weapons to Russia", "denied"),
        ("Russia vows to arm North Korea", "planned"),
        ("Rusia Janji Pasok Jet Tempur ke Iran", "planned"),
        ("Iran hopes to buy Su-35 jets from Russia", "planned"),
        ("Iran Berharap Beli Su-35 dari Rusia", "planned"),
        ("Russia to begin deliveries of Su-35 jets to Iran", "planned"),
        ("Rusia Kirim Su-35 ke Iran Bulan Depan", "planned"),
    ],
)
def test_rebuttals_promises_hopes_and_dates_ahead(wl: Watchlist, title: str, stance: str) -> None:
    assert main_stance(wl, title) == stance


def test_a_transfer_begun_in_the_past_is_reported(wl: Watchlist) -> None:
    assert main_stance(wl, "Russia began deliveries of Su-35 jets to Iran") == "reported"


@pytest.mark.parametrize(
    "text",
    [
        "Iran has sent hundreds of drones to Russia, according to people familiar with the matter.",
        "Iran has sent hundreds of drones to Russia, Reuters reported, citing sources.",
        "Iran mengirim ratusan drone ke Rusia, tegas pejabat intelijen Barat.",
    ],
)
def test_anonymous_and_cited_sources_make_a_claim(wl: Watchlist, text: str) -> None:
    assert main_stance(wl, "", text) == "claimed"


def test_a_stance_read_over_the_story_says_why(wl: Watchlist) -> None:
    plain = classify("Rusia Kirim Rudal Antipesawat ke Korut", "", wl).transfers[0]
    lead = "Badan intelijen Korsel menyebut Moskow mengirim rudal itu bulan lalu."
    sourced = classify("Rusia Kirim Rudal Antipesawat ke Korut", lead, wl).transfers[0]
    assert sourced.rule == f"stance_sourced:{plain.rule}"
    answered = classify("Korut Jual Peluru ke Rusia? Ini Bantahan Pyongyang", "", wl)
    assert answered.transfers[0].rule.startswith("stance_answered:")
    stopped = classify("Yordania Gagalkan Penyelundupan Senapan Iran untuk Hamas", "", wl)
    assert stopped.transfers[0].stance == "intercepted"
    assert not stopped.transfers[0].rule.startswith("stance_")  # its own sentence tells it


def test_a_claim_a_party_confirms_in_the_lead_is_reported(wl: Watchlist) -> None:
    title = "Iran Disebut Pasok Drone ke Rusia"
    assert main_stance(wl, title) == "claimed"
    admitted = "Seorang komandan Garda Revolusi Iran mengakui negaranya mengirim drone ke Rusia."
    assert main_stance(wl, title, admitted) == "reported"
    # A third party confirming it leaves a claim.
    third = "Pejabat AS mengonfirmasi Iran telah mengirim drone ke Rusia."
    assert main_stance(wl, title, third) == "claimed"
    # An admission only reported is still a claim.
    hedged = "Ukraina menyebut komandan Iran dikabarkan mengakui pengiriman drone ke Rusia."
    assert main_stance(wl, title, hedged) == "claimed"


@pytest.mark.parametrize(
    "title",
    [
        "Iran awaits Su-35 deliveries from Russia",
        "Iran Tunggu Kiriman Su-35 dari Rusia",
        "Iran is to receive Su-35 jets from Russia",
        "Iran expects to receive Su-35 jets from Russia in March",
    ],
)
def test_a_delivery_awaited_or_expected_is_planned(wl: Watchlist, title: str) -> None:
    assert main_stance(wl, title) == "planned"
